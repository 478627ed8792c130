"""Quotes and their speakers: direct (in quotation marks), indirect (X mengatakan bahwa …), partial.

Attribution words come from the language's `quotes.toml`. A speaker given only as a
pronoun (`katanya`, `kata dia`) is the last person named as a speaker before it; a surname
(`Ushakov`) is expanded to the fullest form of the name in the article (`Yury Ushakov`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from warta.document import Quote, Speaker
from warta.resolution.times import TimeLexicon

_OPEN, _CLOSE = "“«", "”»"
_END = ".!?…"
_NAME_TOKEN = re.compile(r"[A-ZÀ-Ý][\w'’.-]*")


@dataclass
class QuoteLexicon:
    after_verbs: list[str]
    pronoun_suffix: str
    pronouns: set[str]
    report_verbs: list[str]
    complementisers: list[str]
    according: list[str]
    no_subject: set[str]
    speaker_stops: set[str]
    titles: set[str]
    speaker_nouns: set[str]
    adjunct_openers: set[str]
    government_words: list[str]
    org_heads: set[str]
    need_complementiser: set[str]
    trailing_fillers: set[str]
    not_name_pattern: re.Pattern
    abbreviations: set[str]
    agent_words: list[str]
    as_words: list[str]
    verb_pattern: str

    @classmethod
    def load(cls, path: Path) -> QuoteLexicon:
        with open(path, "rb") as handle:
            d = tomllib.load(handle)
        low = lambda key: [w.lower() for w in d.get(key, [])]
        return cls(
            after_verbs=low("after_verbs"),
            pronoun_suffix=d.get("pronoun_suffix", ""),
            pronouns=set(low("pronouns")),
            report_verbs=low("report_verbs"),
            complementisers=low("complementisers"),
            according=low("according"),
            no_subject=set(low("no_subject")),
            speaker_stops=set(low("speaker_stops")),
            titles=set(low("titles")),
            speaker_nouns=set(low("speaker_nouns")),
            adjunct_openers=set(low("adjunct_openers")),
            government_words=low("government_words"),
            org_heads=set(low("org_heads")),
            need_complementiser=set(low("need_complementiser")),
            trailing_fillers=set(low("trailing_fillers")),
            not_name_pattern=re.compile(d.get("not_name_pattern", "^(?!x)x$"), re.IGNORECASE),
            abbreviations=set(d.get("abbreviations", [])),
            agent_words=low("agent_words"),
            as_words=low("as_words"),
            verb_pattern=d.get("verb_pattern", "(?!x)x"),
        )

    def not_name(self) -> set[str]:
        """Capitalised words that cannot be part of a person's name."""
        first = {w.split()[0] for w in self.according + self.after_verbs + self.report_verbs}
        return self.titles | self.no_subject | self.speaker_stops | first | self.pronouns


@dataclass
class _Attribution:
    name: str | None  # None: a pronoun, resolved later
    position: int  # where the speaker is named
    person: bool = False


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    attribution: _Attribution | None


def _alt(words) -> str:
    return (
        "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
        )
        or "(?!x)x"
    )


class QuoteFinder:
    def __init__(
        self,
        lex: QuoteLexicon,
        is_country=lambda word: False,
        known_kind=lambda name: None,
        is_place=lambda word: False,
        is_time_word=lambda word: False,
        full_person=lambda name: None,
    ):
        self.lex = lex
        self.is_time_word = is_time_word
        self.full_person = full_person
        self.is_country = is_country
        self.is_place = is_place
        self.known_kind = known_kind
        self._not_name = lex.not_name()
        after = _alt(lex.after_verbs)
        suffix = re.escape(lex.pronoun_suffix) if lex.pronoun_suffix else "(?!x)x"
        report = _alt(lex.report_verbs)
        self._after = re.compile(
            rf"\s*,?\s*(?P<verb>{after})(?P<nya>{suffix})?(?![\w])(?P<rest>[^\n“”\"«»]*)",
            re.IGNORECASE,
        )
        self._after_name = re.compile(
            rf"\s*,?\s*(?P<phrase>[A-ZÀ-Ý][^\n,.“”\"]{{0,60}}?)\s+(?:{after}|{report})(?![\w])",
            re.UNICODE,
        )
        self._before_kata = re.compile(
            rf"(?:^|[\s,])(?P<verb>{after})\s+(?P<phrase>[^\n,:“”\"]{{1,80}}?)\s*[:,]\s*$",
            re.IGNORECASE,
        )
        self._before_report = re.compile(rf"(?P<verb>{report})\s*[:,]?\s*$", re.IGNORECASE)
        self._report = re.compile(rf"(?<![\w])(?P<verb>{report})(?![\w])", re.IGNORECASE)
        self._according = re.compile(
            rf"(?<![\w])(?P<verb>{_alt(lex.according)})\s+(?P<phrase>[^,.;\n“”\"]{{1,80}}?)\s*(?:,|(?=[.!?]\s*$)|$)",
            re.IGNORECASE,
        )
        self._final_kata = re.compile(
            rf",\s*(?P<verb>{after})(?P<nya>{suffix})?(?![\w])(?P<rest>[^,“”\"]*?)\s*[.!?]?\s*$",
            re.IGNORECASE,
        )
        self._complementiser = re.compile(
            rf"(?<![\w])(?:{_alt(lex.complementisers)})(?![\w])", re.IGNORECASE
        )
        self._agent = re.compile(
            rf"(?<![\w])(?:{_alt(lex.agent_words)})\s+(?P<phrase>[^,.;“”\"]{{1,60}}?)\s+(?:{_alt(lex.as_words)})\s*$",
            re.IGNORECASE,
        )
        self._verb = re.compile(lex.verb_pattern)

    # -- public --------------------------------------------------------------------------

    def find(self, text: str, sentences: list[tuple[int, int]]) -> list[_Found]:
        """Every quote in the text with its attribution (pronouns not yet resolved)."""
        direct = self._direct(text, sentences)
        indirect = self._indirect(text, sentences, direct)
        return sorted(direct + indirect, key=lambda q: (q.start, -q.end))

    def resolve(self, text: str, found: list[_Found], date: str | None, code_of) -> list[Quote]:
        """Resolve pronouns and surnames, look up actor codes, and make Quote records."""
        named = [
            f.attribution
            for f in found
            if f.attribution and f.attribution.name and f.kind != "partial"
        ]
        quotes = []
        names_in_text: set[str] | None = None  # found once an article, when a speaker needs them
        for f in found:
            a = f.attribution
            name = None
            if a is not None:
                name = a.name
                if name is None:
                    name = _last_speaker(named, a.position)
                if name is not None:
                    names_in_text = self._names_in(text) if names_in_text is None else names_in_text
                    name = self.full_name(text, name, names_in_text)
            speaker = Speaker(name=name, code=self.code(name, date, code_of)) if name else None
            quotes.append(
                Quote(
                    text=text[f.start : f.end],
                    start=f.start,
                    end=f.end,
                    kind=f.kind,
                    speaker=speaker,
                )
            )
        return quotes

    def code(self, name: str, date: str | None, code_of) -> str | None:
        """The speaker's actor code; a bare country code gains GOV for an official
        (`pejabat kepresidenan Prancis` → FRAGOV)."""
        code = code_of(name, date)
        if code and len(code) == 3 and self.person_name(name) is None:
            lowered = f" {name.lower()} "
            if any(f" {w} " in lowered for w in self.lex.government_words):
                return code + "GOV"
        return code

    # -- direct and partial --------------------------------------------------------------

    def _direct(self, text: str, sentences: list[tuple[int, int]]) -> list[_Found]:
        out: list[_Found] = []
        carry: _Attribution | None = None  # the speaker of a quote split by its attribution
        carry_until = -1
        for qs, qe in _quote_spans(text):
            start, end = _strip(text, qs + 1, qe)
            if end <= start:
                continue
            s_start, _ = _sentence_around(sentences, qs)
            before = text[s_start:qs]
            after = text[qe + 1 :]
            attribution, attr_end = self._after_attribution(text, qe + 1)
            if attribution is None:
                attribution = self._before_attribution(text, s_start, qs)
            at_start = not before.strip() or before.rstrip().endswith(":")
            at_end = bool(re.match(r"\s*([.!?…]|$|\n)", after)) or text[end:qe].strip()[-1:] in (
                ".",
                "!",
                "?",
                ",",
            )
            split = carry is not None and qs <= carry_until
            if split and attribution is None:
                attribution = carry
            kind = (
                "direct"
                if (
                    attribution is not None
                    and (at_start or split or self._attributes_whole(before))
                )
                or (at_start and at_end)
                else "partial"
            )
            if kind == "partial":
                attribution = self._partial_speaker(text, s_start, qs, sentences)
            elif attribution is None:
                attribution = _Attribution(
                    None, qs
                )  # an unattributed direct quote: the last speaker
            out.append(_Found(start, end, kind, attribution))
            carry = None
            if kind == "direct" and attr_end is not None:
                nxt = re.match(r"[\s,]*[“\"«]", text[attr_end:])
                if nxt:
                    carry, carry_until = attribution, attr_end + nxt.end()
        return out

    def _attributes_whole(self, before: str) -> bool:
        return bool(self._before_kata.search(before) or self._before_report.search(before))

    def _after_attribution(self, text: str, pos: int) -> tuple[_Attribution | None, int | None]:
        m = self._after.match(text, pos)
        if m:
            rest_start = m.start("rest")
            if m.group("nya"):
                return _Attribution(None, m.start("verb")), m.start("rest")
            phrase, consumed = self._phrase(m.group("rest"))
            if phrase and phrase.lower() in self.lex.pronouns:
                return _Attribution(None, m.start("verb")), rest_start + consumed
            if phrase:
                return self._named(
                    phrase, rest_start + m.group("rest").find(phrase)
                ), rest_start + consumed
        m = self._after_name.match(text, pos)
        if m:
            phrase = m.group("phrase").strip()
            if phrase.lower() in self.lex.pronouns:
                return _Attribution(None, m.start("phrase")), m.end()
            return self._named(phrase, m.start("phrase")), m.end()
        return None, None

    def _before_attribution(self, text: str, s_start: int, qs: int) -> _Attribution | None:
        before = text[s_start:qs]
        m = self._before_kata.search(before)
        if m:
            phrase = m.group("phrase").strip()
            if phrase.lower() in self.lex.pronouns or phrase.lower().endswith(
                self.lex.pronoun_suffix or "\0"
            ):
                return _Attribution(None, s_start + m.start("phrase"))
            return self._named(phrase, s_start + m.start("phrase"))
        m = self._before_report.search(before)
        if m:
            return self._subject(text, s_start, s_start + m.start("verb"))
        return None

    def _partial_speaker(self, text: str, s_start: int, qs: int, sentences) -> _Attribution | None:
        """A quoted phrase's speaker: the sentence's attribution, the nearest speech verb's subject,
        a passive agent (oleh X sebagai “…”), or the subject of the sentence."""
        s_end = _sentence_around(sentences, qs)[1]
        sentence = text[s_start:s_end]
        m = self._final_kata.search(sentence)
        if m and not m.group("nya"):
            phrase, _ = self._phrase(m.group("rest"))
            if phrase:
                return self._named(phrase, s_start + m.start("rest"))
        m = self._according.search(text, s_start, qs)
        if m:
            return self._named(m.group("phrase").strip(), m.start("phrase"))
        reports = [m for m in self._report.finditer(text, s_start, qs)]
        for m in reversed(reports):
            a = self._subject(text, s_start, m.start())
            if a is not None:
                return a
        m = self._agent.search(text[s_start:qs])
        if m:
            return self._named(m.group("phrase").strip(), s_start + m.start("phrase"))
        return self._sentence_subject(text, s_start, qs)

    # -- indirect ------------------------------------------------------------------------

    def _indirect(self, text: str, sentences, direct: list[_Found]) -> list[_Found]:
        """Statements without quotation marks, sentence by sentence (those holding a direct quote skipped)."""
        out: list[_Found] = []
        marks = [d.start - 1 for d in direct if d.kind == "direct"]
        for s_start, s_end in sentences:
            end = s_end
            while end > s_start and (text[end - 1].isspace() or text[end - 1] in _END):
                end -= 1
            if not text[s_start:end].strip() or any(s_start <= a < end for a in marks):
                continue
            final = self._final_attribution(text, s_start, s_end, end)
            if final is not None:
                out.append(final)
                end = final.end
            out.extend(self._according_statement(text, s_start, end))
            out.extend(self._reported_clauses(text, s_start, end))
        return out

    def _final_attribution(self, text: str, s_start: int, s_end: int, end: int) -> _Found | None:
        """ "…, kata X." — the whole clause before the attribution is X's."""
        m = self._final_kata.search(text[s_start:s_end])
        if not m or re.search(r"[”\"»]\s*$", text[s_start : s_start + m.start()]):
            return None
        if m.group("nya"):
            attribution = _Attribution(None, s_start + m.start("verb"))
        else:
            phrase, _ = self._phrase(m.group("rest"))
            position = s_start + m.start("rest") + m.group("rest").find(phrase)
            attribution = self._named(phrase, position) if phrase else None
        if attribution is None:
            return None
        a, b = _strip(text, s_start, s_start + m.start())
        return _Found(a, b, "indirect", attribution)

    def _according_statement(self, text: str, s_start: int, end: int) -> list[_Found]:
        """ "Menurut X, …" (the rest of the sentence) or "…, menurut X." (what comes before)."""
        m = self._according.search(text, s_start, end)
        if not m:
            return []
        attribution = self._named(m.group("phrase").strip(), m.start("phrase"))
        if m.start() - s_start <= 2 and m.end() < end:
            a, b = _strip(text, m.end(), end)
        else:
            a, b = _strip(text, s_start, m.start())
        return [_Found(a, b, "indirect", attribution)] if b > a else []

    def _reported_clauses(self, text: str, s_start: int, end: int) -> list[_Found]:
        """ "X mengatakan (… bahwa) …": the clause after the verb, or after "bahwa" when only an
        adjunct stands between ("mengatakan pada konferensi pers … bahwa …")."""
        out = []
        for m in self._report.finditer(text, s_start, end):
            attribution = self._subject(text, s_start, m.start())
            if attribution is None:
                continue
            clause = m.end()
            window = text[m.end() : min(end, m.end() + 120)]
            c = self._complementiser.search(window)
            between = window[: c.start()].split() if c else []
            if m.group("verb").lower() in self.lex.need_complementiser and (c is None or between):
                continue  # "menyebut aksi itu “terencana”" names, it does not report
            if c and len(between) > 2 and between[0].lower() not in self.lex.adjunct_openers:
                c = None
            if c and not re.search(r"[“\"«]", window[: c.start()]):
                clause = m.end() + c.end()
            a, b = _strip(text, clause, end)
            while a < b and text[a] in ":,":
                a, b = _strip(text, a + 1, b)
            if len(text[a:b].split()) < 3 or text[a] in _OPEN + '"':
                continue  # too short to be a statement ("told reporters"), or a direct quote
            out.append(_Found(a, b, "indirect", attribution))
        return out

    # -- speakers ------------------------------------------------------------------------

    def _phrase(self, rest: str) -> tuple[str, int]:
        """The speaker phrase at the start of `rest` (after an "after" verb) and how many characters it used."""
        words = []
        for m in re.finditer(r"\S+", rest):
            word = m.group(0)
            clean = word.rstrip(",.;:!?")
            if word.rstrip(",;:") in self.lex.abbreviations:
                clean = word.rstrip(",;:")
            if clean.lower() in self.lex.speaker_stops and words:
                break
            if clean:
                words.append(clean)
            if clean != word or len(words) >= 10:
                break
        phrase = " ".join(words)
        consumed = rest.find(words[-1]) + len(words[-1]) if words else 0
        return phrase, consumed

    def _named(self, phrase: str, position: int) -> _Attribution | None:
        if phrase and all(self.is_time_word(w.lower().strip(",.")) for w in phrase.split()):
            return None  # "…, ujarnya, Kamis"
        if (
            phrase
            and phrase.lower().strip(" ,.") not in self.lex.pronouns
            and not self._plausible_speaker(phrase.split())
        ):
            return None
        keep_stop = any(phrase.rstrip(" ,;:").endswith(a) for a in self.lex.abbreviations)
        phrase = phrase.strip(" ,;:") if keep_stop else phrase.strip(" ,.;:")
        if not phrase:
            return None
        if phrase.lower() in self.lex.pronouns:
            return _Attribution(None, position)
        return _Attribution(phrase, position, person=self.person_name(phrase) is not None)

    def _subject(
        self, text: str, s_start: int, verb_start: int, strict: bool = True
    ) -> _Attribution | None:
        """The subject of a speech verb: the words from the clause start up to it."""
        before = text[s_start:verb_start]
        words = before.split()
        if not words or (strict and words[-1].lower().strip(",") in self.lex.no_subject):
            return None
        if before.rstrip().endswith(("”", '"', "»")):
            return None
        segments = [s for s in re.split(r",", before) if s.strip()]
        if not segments:
            return None
        segment = segments[-1]
        offset = s_start + before.rfind(segment)
        return self._clean_subject(segment, offset)

    def _sentence_subject(self, text: str, s_start: int, limit: int) -> _Attribution | None:
        """The subject of the sentence: the words before its first verb, after any opening phrase."""
        for m in self._verb.finditer(text[s_start:limit]):
            return self._subject(text, s_start, s_start + m.start(), strict=False)
        return None

    def _clean_subject(self, segment: str, offset: int) -> _Attribution | None:
        tokens = list(re.finditer(r"\S+", segment))
        # keep up to the last capitalised word or speaker noun; drop leading function words
        keep = [t for t in tokens]
        while keep and keep[-1].group(0).lower() in self.lex.trailing_fillers:
            keep.pop()
        while keep and not (
            keep[0].group(0)[0].isupper() or keep[0].group(0).lower() in self.lex.speaker_nouns
        ):
            keep.pop(0)
        if not keep or len(keep) > 10:
            return None
        words = [t.group(0) for t in keep]
        if not self._plausible_speaker(words):
            return None
        phrase = segment[keep[0].start() : keep[-1].end()]
        return self._named(phrase, offset + keep[0].start())

    def _plausible_speaker(self, words: list[str]) -> bool:
        """A speaker names someone: a capitalised word after the first or a speaker noun, no
        numbers, no lowercase preposition ("Sekitar 6% dari anak …" is not a speaker), no time word."""
        lowered = [w.lower().strip(",.") for w in words]
        if any(any(ch.isdigit() for ch in w) for w in words):
            return False
        if any(w.endswith(".") and w not in self.lex.abbreviations for w in words[:-1]):
            return False  # runs over a sentence end: "Eropa. Thomas"
        if any(w in self.lex.speaker_stops for w, raw in zip(lowered, words) if raw[:1].islower()):
            return False
        if all(self.is_time_word(w) for w in lowered):
            return False
        named = any(w[:1].isupper() for w in words[1:]) or (
            len(words) == 1 and words[0][:1].isupper()
        )
        return named or any(w in self.lex.speaker_nouns for w in lowered)

    def person_name(self, phrase: str) -> str | None:
        """The personal name at the end of a speaker phrase (titles and countries stripped), if any."""
        words = phrase.split()
        if words and words[0].lower() in self.lex.org_heads:
            return None  # Kementerian Kesehatan
        return self._name_tail(words)

    def _name_tail(self, words: list[str]) -> str | None:
        """The run of name words at the end: back from the last word to a title, a country, an
        acronym or an organisation the knowledge base knows (`Gedung Putih`)."""
        name: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            word = words[i]
            pair = f"{words[i - 1]} {word}" if i else ""
            initials = word.isupper() and len(word) <= 2 and i == len(words) - 1  # Mahfud MD
            after_title = i > 0 and words[i - 1].lower() in self._not_name
            if after_title and self.is_place(word):
                break  # Wali Kota Surabaya Eri Cahyadi
            if (
                not _NAME_TOKEN.fullmatch(word)
                or word.lower() in self._not_name
                or self.is_country(word)
                or self.lex.not_name_pattern.match(word)
                or (pair and self.is_country(pair))
                or (word.isupper() and len(word) > 1 and not initials)
                or (pair and self.known_kind(pair) not in (None, "person"))
                or self.known_kind(word) not in (None, "person")
            ):
                break
            name.insert(0, word)
        if (
            not name
            or (len(name) == len(words) and len(words) > 4)
            or all(w.isupper() for w in name)
        ):
            return None
        if (
            len(name) > 3
        ):  # "Panitia Asian Games Erick Thohir": a known person, else the last two words
            known = [n for n in (2, 3) if self.known_kind(" ".join(name[-n:])) == "person"]
            name = name[-(known[-1] if known else 2) :]
        return " ".join(name)

    def full_name(self, text: str, phrase: str, names: set[str] | None = None) -> str:
        """`Ushakov` → `Yury Ushakov`, `Prabowo` → `Prabowo Subianto` (the fullest form of the name
        in the article; `names`: the text's names, when already found); `Presiden Rusia Vladimir
        Putin` → `Vladimir Putin`; a phrase with no personal name stays as written."""
        name = self.person_name(phrase)
        if name is None:
            return phrase
        words = name.split()
        best = name
        for candidate in self._names_in(text) if names is None else names:
            parts = candidate.split()
            if len(parts) > len(best.split()) and any(
                parts[i : i + len(words)] == words for i in range(len(parts) - len(words) + 1)
            ):
                best = candidate
        if best == name and len(words) == 1:  # a surname the article never spells out: ask the KB
            best = self.full_person(name) or name
        return best

    def _names_in(self, text: str) -> set[str]:
        """The personal names at the end of each run of capitalised words in the text."""
        names = set()
        for m in re.finditer(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)+", text):
            segment: list[str] = []
            for word in m.group(0).split() + ["."]:  # a full stop ends a name: "Indonesia. Halim"
                segment.append(word)
                if word.endswith(".") and word not in self.lex.abbreviations:
                    name = self._name_tail(
                        [w.rstrip(".") if w is segment[-1] else w for w in segment if w != "."]
                    )
                    if name and len(name.split()) > 1:
                        names.add(name)
                    segment = []
        return names


def _last_speaker(named: list[_Attribution], position: int) -> str | None:
    before = [a for a in named if a.position < position]
    people = [a for a in before if a.person]
    pick = max(people or before, key=lambda a: a.position, default=None)
    return pick.name if pick else None


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) indexes of paired quotation marks, curly or straight, within a paragraph."""
    spans, opened, straight = [], None, None
    for i, ch in enumerate(text):
        if ch == "\n":
            opened = straight = None
        elif ch in _OPEN:
            opened = i
        elif ch in _CLOSE and opened is not None:
            spans.append((opened, i))
            opened = None
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                spans.append((straight, i))
                straight = None
    return sorted(spans)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and trailing , ; : (and a final full stop) from a span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if end > start and text[end - 1] == "." and text[max(start, end - 3) : end] != "...":
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_around(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= offset < end:
            return start, end
    return (offset, offset)


@cache
def load_finder(data_dir: Path) -> QuoteFinder:
    from warta.resolution.places import load_finder as load_places
    from warta.resolution.speakers import known_kind, known_person

    gazetteer = load_places(data_dir).gazetteer

    def is_country(word: str) -> bool:
        found = gazetteer.lookup(word)
        return bool(found) and found[0].record.feature in ("country", "region")

    time_words = set(TimeLexicon.load(data_dir / "times.toml").weekdays)
    time_words |= set(TimeLexicon.load(data_dir / "times.toml").months)
    return QuoteFinder(
        QuoteLexicon.load(data_dir / "quotes.toml"),
        is_country,
        known_kind,
        lambda word: word in gazetteer,
        lambda word: word in time_words,
        known_person,
    )
