"""Place mentions: find gazetteer names in the text, tell places from actors and names, geocode.

A capitalised name the gazetteer knows is a *place* unless its context says otherwise:
part of a longer name (`Presiden Rusia Vladimir Putin`), the head of an agreement
(`perjanjian Minsk`), a modifier of a noun (`invasi Rusia`), the object of a preposition or
verb that takes actors (`dengan Moskow`, `mendorong Kiev`), or the subject of a verb
(`Washington menolak`). The cue words come from the language's `places.toml`.
Ambiguous names (Donetsk: UA or RU) go to the country the article is about.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from warta.document import Dateline, Document, Place
from warta.resolution.gazetteer import Candidate, Gazetteer, fold, load_gazetteer
from warta.resolution.text import Token, sentence_spans, tokenize

PLACE, ACTOR, NAME, MODIFIER = "place", "actor", "name", "modifier"
SMALL_CITY = 100_000
_DATELINE = re.compile(
    r"^[ \t]*([A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,40}?)\s*(?:,[^\n–—]{0,40}?)?(?:\([^)\n]{0,30}\))?\s*[–—-]+\s",
    re.MULTILINE,
)


@dataclass
class PlaceCues:
    """A language's cue words, read from `places.toml`."""

    locative: set[str]
    at: set[str]
    place_heads: set[str]
    name_heads: set[str]
    actor_preps: set[str]
    motion_verbs: set[str]
    neutral: set[str]
    adverbs: set[str]
    verb_prefixes: tuple[str, ...]
    passive_prefixes: tuple[str, ...]
    not_verbs: set[str]
    verb_suffixes: tuple[str, ...]
    sentence_openers: set[str]
    modifier_nouns: set[str]
    root_verbs: set[str]
    coordinators: set[str]
    topic_words: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> PlaceCues:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)

        def words(key: str) -> set[str]:
            return {w.lower() for w in data.get(key, [])}

        return cls(
            locative=words("locative"),
            at=words("at"),
            place_heads=words("place_heads"),
            name_heads=words("name_heads"),
            actor_preps=words("actor_preps"),
            motion_verbs=words("motion_verbs"),
            neutral=words("neutral"),
            adverbs=words("adverbs"),
            verb_prefixes=tuple(sorted(words("verb_prefixes"), key=len, reverse=True)),
            passive_prefixes=tuple(words("passive_prefixes")),
            not_verbs=words("not_verbs"),
            verb_suffixes=tuple(words("verb_suffixes")),
            sentence_openers=words("sentence_openers"),
            modifier_nouns=words("modifier_nouns"),
            root_verbs=words("root_verbs"),
            coordinators=words("coordinators") | {","},
            topic_words=frozenset(words("topic_words")),
        )

    def known(self, word: str) -> bool:
        """A cue word of any kind (a capitalised one opening a sentence is not a name)."""
        return any(
            word in s
            for s in (
                self.locative,
                self.place_heads,
                self.name_heads,
                self.actor_preps,
                self.motion_verbs,
                self.neutral,
                self.adverbs,
                self.sentence_openers,
            )
        )

    def is_verb(self, word: str, pos: str | None = None) -> bool:
        if pos:
            return pos in ("VERB", "AUX")
        if word in self.not_verbs or word in self.motion_verbs or word in self.root_verbs:
            return word in self.motion_verbs or word in self.root_verbs
        if any(word.startswith(p) and len(word) >= len(p) + 3 for p in self.verb_prefixes):
            return True
        return bool(self.verb_suffixes) and any(
            word.endswith(s) and len(word) > 4 for s in self.verb_suffixes
        )


@dataclass
class Mention:
    start: int
    end: int
    first: int  # token indexes [first, last)
    last: int
    candidates: list[Candidate]
    role: str = PLACE
    at: bool = False  # introduced by an "at" word: where something happens
    cued: bool = True  # a place word said so (di, kota, meninggalkan …), not just the default
    chosen: Candidate | None = field(default=None, repr=False)


class PlaceFinder:
    def __init__(self, gazetteer: Gazetteer, cues: PlaceCues):
        self.gazetteer = gazetteer
        self.cues = cues

    # -- mentions ------------------------------------------------------------------------

    def mentions(self, document: Document) -> list[Mention]:
        """Every gazetteer name in the text, each with its role."""
        text = document.article.text
        tokens = tokenize(text, sentence_spans(document))
        pos = _pos_by_offset(document)
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            if not self._name_token(tokens[i]):
                i += 1
                continue
            j = i
            while (
                j < len(tokens)
                and self._name_token(tokens[j])
                and (j == i or not tokens[j].sentence_start)
            ):
                j += 1
            found.extend(self._in_run(text, tokens, i, j, pos))
            i = j
        for index, mention in enumerate(found):
            if mention.role == PLACE:  # roles may depend on the previous mention
                mention.role, mention.at = self._role(tokens, mention, found[:index], pos)
                mention.cued = (
                    self._cued(tokens, mention)
                    or mention.at
                    or (
                        index > 0
                        and found[index - 1].cued
                        and found[index - 1].role == PLACE
                        and tokens[found[index - 1].last].lower in self.cues.coordinators
                    )
                )
            common = mention.candidates[0].common and not mention.at
            if mention.role == PLACE and common and not self._cued(tokens, mention):
                mention.role = NAME
        return found

    def _name_token(self, token: Token) -> bool:
        if not token.capitalised:
            return False
        return not (token.sentence_start and self.cues.known(token.lower))

    def _in_run(self, text: str, tokens: list[Token], i: int, j: int, pos) -> list[Mention]:
        """The gazetteer matches in the capitalised run tokens[i:j], longest first."""
        matches: list[Mention] = []
        p = i
        while p < j:
            for length in range(min(self.gazetteer.max_words, j - p), 0, -1):
                name = text[tokens[p].start : tokens[p + length - 1].end]
                if name.isupper() and len(name) <= 4 and fold(name) not in self.gazetteer.acronyms:
                    continue  # an acronym (KEL, PBB) is no place unless the language file says so
                candidates = self.gazetteer.lookup(name)
                if candidates and length == 1 and tokens[p].lower in self.cues.place_heads:
                    candidates = []  # "Kota", "Laut" alone are the head of a name, not Kota (IN)
                if candidates:
                    matches.append(
                        Mention(
                            tokens[p].start, tokens[p + length - 1].end, p, p + length, candidates
                        )
                    )
                    p += length
                    break
            else:
                p += 1
        covered = {k for m in matches for k in range(m.first, m.last)}
        for m in matches:
            rest = [tokens[k].lower for k in range(i, j) if k not in covered]
            before_heads = all(w in self.cues.place_heads for w in rest)
            if rest and not before_heads:
                m.role = NAME  # Presiden Rusia Vladimir Putin, Kementerian Luar Negeri Rusia
            if (
                tokens[m.first].capitalised
                and m.last - m.first == 1
                and len(tokens[m.first].text) <= 2
                and not tokens[m.first].text.isupper()
            ):
                m.role = NAME
        return matches

    def _role(
        self, tokens: list[Token], m: Mention, previous: list[Mention], pos
    ) -> tuple[str, bool]:
        """PLACE, ACTOR, NAME or MODIFIER from the words around the mention, and whether it is an "at"."""
        cues = self.cues
        run_start = m.first
        while (
            run_start > 0
            and tokens[run_start - 1].capitalised
            and not tokens[run_start - 1].sentence_start
            and tokens[run_start - 1].lower in cues.place_heads
        ):
            run_start -= 1
        if run_start != m.first:
            return PLACE, self._at_before(tokens, run_start)
        # coordination: "Donetsk dan Luhansk", "Jerman, Israel, dan Swedia"
        k = m.first - 1
        while k >= 0 and tokens[k].lower in cues.coordinators:
            k -= 1
        if k < m.first - 1 and previous and previous[-1].last == k + 1:
            if previous[-1].role == NAME and {t.lower for t in tokens[k + 1 : m.first]} == {","}:
                return PLACE, False  # a locator after a facility's name: "Bandara El Arish, Mesir"
            return previous[-1].role, previous[-1].at
        first = m.first
        if (
            k < m.first - 1
        ):  # coordinated with a name the gazetteer does not know: "antara Barat dan Rusia"
            while k >= 0 and tokens[k].capitalised and not tokens[k].sentence_start:
                k -= 1
            first = k + 1
        words = self._words_before(tokens, first, 3)
        if len(words) > 1 and f"{words[1][0]} {words[0][0]}" in cues.modifier_nouns:
            return MODIFIER, False  # warga negara Indonesia
        for n, (word, index) in enumerate(words):
            two = f"{words[n + 1][0]} {word}" if n + 1 < len(words) else None  # "di atas Sarawak"
            if two and two in cues.locative:
                return PLACE, two in cues.at
            if two and two in cues.actor_preps:
                return ACTOR, False
            if two and two in cues.name_heads:
                return NAME, False
            if word in cues.locative:
                return PLACE, word in cues.at
            if word in cues.actor_preps:
                return ACTOR, False
            if word in cues.motion_verbs:
                return PLACE, False
            if word in cues.place_heads:
                return PLACE, self._at_before(tokens, index)
            if word in cues.name_heads:
                return NAME, False
            if word in cues.neutral:
                break
            if cues.is_verb(word, pos.get(tokens[index].start)):
                return ACTOR, False
            if n == 0 and word in cues.adverbs:
                continue
            if n == 0:
                # a noun right before: "invasi Rusia" — unless a name head is one word further
                nxt = words[1][0] if len(words) > 1 else None
                if nxt in cues.name_heads:
                    return NAME, False
                return MODIFIER, False
        if self._subject(tokens, m.last, pos):
            return ACTOR, False
        return PLACE, False

    def _words_before(self, tokens: list[Token], index: int, n: int) -> list[tuple[str, int]]:
        """Up to n lowercase words right before a token, nearest first, stopping at punctuation."""
        out = []
        k = index - 1
        while k >= 0 and len(out) < n:
            token = tokens[k]
            if not token.text[0].isalnum():
                break
            if token.capitalised and not (token.sentence_start or self.cues.known(token.lower)):
                break
            out.append((token.lower, k))
            if token.sentence_start:
                break
            k -= 1
        return out

    def _at_before(self, tokens: list[Token], index: int) -> bool:
        words = self._words_before(tokens, index, 2)
        return bool(words) and (
            words[0][0] in self.cues.at
            or (len(words) > 1 and f"{words[1][0]} {words[0][0]}" in self.cues.at)
        )

    def _subject(self, tokens: list[Token], index: int, pos) -> bool:
        """Followed by a verb, maybe after adverbs or coordinated names: the subject of a clause."""
        k = index
        while (
            k + 1 < len(tokens)
            and tokens[k].lower in self.cues.coordinators
            and tokens[k + 1].capitalised
        ):
            k += 1
            while k < len(tokens) and tokens[k].capitalised:
                k += 1  # "London dan Paris sepakat"
        while k < len(tokens):
            word = tokens[k].lower
            pair = f"{word} {tokens[k + 1].lower}" if k + 1 < len(tokens) else ""
            if pair in self.cues.adverbs:
                k += 2
                continue
            if word in self.cues.adverbs:
                k += 1
                continue
            if (
                self.cues.passive_prefixes
                and word.startswith(self.cues.passive_prefixes)
                and word not in self.cues.not_verbs
            ):
                return False  # the patient of a passive: "Tripoli dilanda bentrokan"
            return (
                word[0].isalpha()
                and not tokens[k].capitalised
                and self.cues.is_verb(word, pos.get(tokens[k].start))
            )
        return False

    def _cued(self, tokens: list[Token], m: Mention) -> bool:
        words = self._words_before(tokens, m.first, 1)
        return bool(words) and (
            words[0][0] in self.cues.locative
            or words[0][0] in self.cues.place_heads
            or words[0][0] in self.cues.motion_verbs
        )

    # -- disambiguation ------------------------------------------------------------------

    def resolve(self, mentions: list[Mention], dateline: Candidate | None = None) -> None:
        """Choose each mention's reading, preferring the countries the article is about: each
        unambiguous mention of a country adds to its weight (a place twice an actor), up to a cap;
        the dateline counts little (where the reporter is, not what the story is about)."""
        context: Counter[str] = Counter()
        if dateline is not None and dateline.record.country:
            context[dateline.record.country] += 0.25
        own: dict[int, tuple[str | None, int]] = {}
        for i, m in enumerate(mentions):
            top = m.candidates[0]
            countries = {c.record.country for c in m.candidates}
            if top.record.feature == "country" or len(countries) == 1:
                own[i] = (top.record.country, 2 if m.role == PLACE else 1)
                context[top.record.country] += own[i][1]

        def support(code: str | None, i: int) -> float:  # what the other mentions say for a country
            country, weight = own.get(i, (None, 0))
            return context.get(code, 0) - (weight if code == country else 0)

        for i, m in enumerate(mentions):
            m.chosen = max(
                m.candidates,
                key=lambda c, i=i: c.prior() + min(0.5 * support(c.record.country, i), 2.0),
            )
            r = m.chosen.record
            if (
                m.role == PLACE
                and not m.cued
                and r.feature == "city"
                and r.population < SMALL_CITY
                and support(r.country, i) < 1
            ):
                m.role = (
                    NAME  # an uncued small town abroad is more likely a name (Pedro, Roy, Selama)
                )

    def dateline(self, text: str, context: list[Mention]) -> Candidate | None:
        """The place of a dateline text such as `MOSKOW` or `JAKARTA, KOMPAS.com`."""
        name = re.split(r"[,(/]", text)[0].strip(" .-–—")
        words = name.split()
        for n in range(len(words), 0, -1):
            candidates = self.gazetteer.lookup(" ".join(words[:n]))
            if candidates:
                countries = Counter(m.candidates[0].record.country for m in context)
                return max(
                    candidates,
                    key=lambda c: (
                        c.prior()
                        + (1.5 if c.record.feature == "city" else 0)
                        + 0.2 * min(countries.get(c.record.country, 0), 5)
                    ),
                )
        return None


def to_place(text: str, start: int, end: int, candidate: Candidate) -> Place:
    r = candidate.record
    return Place(
        text=text,
        start=start,
        end=end,
        name=r.name,
        country=r.country,
        lat=r.lat,
        lon=r.lon,
        geonameid=r.geonameid,
        feature=r.feature,
    )


def find_dateline(text: str, body_start: int = 0) -> Dateline | None:
    """A `CITY –` opening in the first lines, for articles ingestion gave no dateline."""
    m = _DATELINE.search(text, body_start, min(len(text), body_start + 400))
    if not m:
        return None
    return Dateline(
        text=m.group(1).strip(), start=m.start(1), end=m.start(1) + len(m.group(1).strip())
    )


def _pos_by_offset(document: Document) -> dict[int, str]:
    """Token start → coarse POS tag, when the language stage has a tagger; else empty."""
    doc = document.spacy_doc
    try:
        if doc is None or not doc.has_annotation("POS"):
            return {}
        return {t.idx: t.pos_ for t in doc}
    except (AttributeError, ValueError):
        return {}


@cache
def load_finder(data_dir: Path) -> PlaceFinder:
    """The place finder of the language whose data lives in `data_dir` (cached)."""
    return PlaceFinder(
        load_gazetteer(data_dir / "places.tsv"), PlaceCues.load(data_dir / "places.toml")
    )
