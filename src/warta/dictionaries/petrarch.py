"""Read PETRARCH's dictionaries and write them in warta's own formats.

PETRARCH formats read here (this is our own reading of the documented formats):

* Verb dictionary (CAMEO.2.0.txt, PETRARCH-2 syntax). Synonym sets first (`&NAME` then
  `+MEMBER` lines); then blocks opened by `---  NAME  [code]  ---`, each listing verbs
  (`WORD [code] {IRREGULAR FORMS}`, multi-word verbs as `+PUT_OUT` or `WIRE_+TAPPED`) and
  patterns shared by the whole block: `- before * after [code] # origin`. In a pattern `*`
  is the verb, `+` the target, `$` the source, `%` both actors in one phrase, `^` a skipped
  word, `{...}` a noun phrase, `(PREP ...)` a prepositional phrase, `&NAME` a synonym set;
  `[---]` codes no event and `[a:b]` codes a, plus b with the roles reversed (`reverse:`).
* Internal coding ontology (PETR_Validate_Internal_Coding_Ontology_1_01.txt): `CODE:VALUE`
  lines; a negated event's value differs from its code's by 0xFFFF (`negated_codes`).
* Actor dictionaries (Phoenix.*.actors.txt): `NAME [CODE]`, `+ALIAS` lines and role lines
  `[CODE dates]`, dates `>YYMMDD` (from), `<YYMMDD` (until), `YYMMDD-YYMMDD`.
* Agent dictionary (Phoenix.agents.txt): `NOUN {PLURALS} [~SECTOR]`, with `!NAME! = A, B`
  substitution sets.
* Discards: one phrase a line; `+` marks a phrase that discards the whole story.

warta's formats written (see warta/coding/lexicon.py and warta/actors/kb.py): verbs.yaml
(lemma → senses {code, with, target, mutual, reverse, reversed, subject}; `code: null` for
[---]; in `with` phrases `...` stands for any words, `~` for determiners), agents.yaml
(`agents:` noun → {code}), actors/ (the TSV tables of the actor knowledge base),
discards.yaml (read by no stage yet), and warta's English grammar.yaml and modality.yaml with
the keys PETRARCH reads otherwise (`PETRARCH_KEYS`, `negated_codes`). What cannot be said in
warta's formats is counted, by reason, in `Report`.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# --- reasons a pattern does not convert (the keys of Report.rejected) ---------------------
NULL_CODE = "codes no event ([---]) and names no complement: nothing to block"
BAD_CODE = "code not in warta's CAMEO table"
WORDS_BEFORE_VERB = "a prepositional phrase before the verb, or no verb (*) at all"
TARGET_BEFORE_VERB = "target before the verb (+ left of *) with another actor marked too"
SOURCE_AFTER_VERB = "source after the verb ($ right of *) with a target marked too"
SEVERAL_COMPLEMENTS = "an actor inside a noun phrase ({... +}): warta's `with` holds words, not slots"
TOO_MANY_FORMS = "synonym sets expand to too many phrases"
UNKNOWN_SYNSET = "unknown synonym set"
MULTIWORD_VERB = "pattern of a multi-word-verb block (only its plain verbs take patterns)"
NO_PLAIN_VERB = "block has no single-word verb to carry the pattern"

GAP = "..."  # in a `with` phrase: any words of the clause may stand here (warta.coding.lexicon.GAP)
DETERMINERS = "~"  # in a `with` phrase: determiners may stand here (warta.coding.lexicon.DETERMINERS)
USUAL = "*"  # in a pattern's target slots: the verb's usual target (the default) from here on
PARTICLES = frozenset({"down", "up", "out", "off", "away", "back", "over"})  # (DOWN): the verb's particle, no phrase
MAX_PHRASES = 200  # a pattern whose synsets expand beyond this is left out rather than bloat verbs.yaml
_CODE = re.compile(r"\[([^\]]*)\]")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_DATE_RANGE = re.compile(r"^(?:[<>]\d{6}(?:\d\d)?|\d{6}(?:\d\d)?(?:-\d{6}(?:\d\d)?)?)$")
_ISO = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$")
_ACTOR_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_DATES = re.compile(r"^(?P<code>[A-Z~]{3,}|---)\s*(?P<dates>.*)$")


@dataclass
class Report:
    """What converted and why the rest did not."""

    patterns: int = 0
    converted: int = 0
    rejected: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)  # reason → one pattern line, to show the user
    verbs: int = 0
    multiword_verbs: int = 0
    compound_codes: int = 0  # [a:b]: a, and b as the sense's reversed code
    actors: int = 0
    agents: int = 0
    discards: int = 0
    negated_codes: int = 0

    def reject(self, reason: str, line: str) -> None:
        self.rejected[reason] += 1
        self.examples.setdefault(reason, line.strip())

    def lines(self) -> list[str]:
        out = [f"verb patterns: {self.converted}/{self.patterns} converted"]
        out += [f"  not converted, {n}: {reason} (e.g. {self.examples[reason]!r})" for reason, n in self.rejected.most_common()]
        out.append(f"  [a:b] compound codes (a, and b reversed): {self.compound_codes}")
        out.append(f"verbs: {self.verbs} (multi-word: {self.multiword_verbs})")
        out.append(f"actors: {self.actors}, agents: {self.agents}, discards: {self.discards}, codes of negated events: {self.negated_codes}")
        return out


# --- words ---------------------------------------------------------------------------------

def words_of(token: str) -> tuple[str, ...]:
    """PETRARCH writes phrases with underscores; a final `_` means "exactly this word"."""
    return tuple(w for w in re.split(r"[\s_]+", token.lower()) if w)


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def number_forms(word: str) -> tuple[str, ...]:
    """A noun as written and its other number, since PETRARCH matches stems and warta matches forms."""
    if word.endswith("ies") and len(word) > 4:
        return (word, word[:-3] + "y")
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return (word, word[:-1])
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return (word, word[:-1] + "ies")
    return (word, word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s"))


# --- synonym sets --------------------------------------------------------------------------

def read_synsets(lines: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """`&NAME` followed by `+MEMBER` lines, up to the verb patterns."""
    synsets: dict[str, list[tuple[str, ...]]] = {}
    current: list | None = None
    for raw in lines:
        line = strip_comment(raw).strip()
        if line.startswith("&"):
            current = synsets.setdefault(line[1:].rstrip("_").upper(), [])
        elif line.startswith("+") and current is not None:
            current.append(words_of(line[1:].split("{")[0].strip()))
        elif line.startswith("---"):
            break
    return synsets


# --- patterns ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pattern:
    code: str | None  # None: [---], the complement makes the verb no event
    with_: tuple[str, ...] = ()  # phrases, any of which must follow the verb
    target: tuple[str, ...] = ()  # slots, best first
    mutual: bool = False
    reverse: str = ""  # [a:b]: b, coded with the roles reversed
    reversed: bool = False  # [:b]: only b, coded with the roles reversed
    subject: tuple[str, ...] = ()  # words before the verb: phrases, any of which must stand in its subject


class Unconvertible(Exception):
    """A pattern warta's formats cannot say; the message is the reason."""


def tokenize_pattern(text: str) -> list[str]:
    """Split on spaces but keep `{...}` and `(...)` groups whole."""
    return re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", text)


def expand(words: list[str], synsets: dict) -> list[tuple[str, ...]]:
    """All word sequences a list of pattern words stands for (synsets multiply)."""
    choices = []
    for word in words:
        if word.startswith("&"):
            members = synsets.get(word[1:].rstrip("_").upper())
            if members is None:
                raise Unconvertible(UNKNOWN_SYNSET)
            choices.append(members)
        elif word in (GAP, DETERMINERS):
            choices.append([(word,)])
        else:
            choices.append([words_of(word.strip("{}"))])
    total = 1
    for c in choices:
        total *= max(len(c), 1)
    if total > MAX_PHRASES:
        raise Unconvertible(TOO_MANY_FORMS)
    return [tuple(w for part in combo for w in part) for combo in itertools.product(*choices)]


def phrases_with_numbers(phrases: list[tuple[str, ...]], keep: frozenset[str] = frozenset()) -> list[str]:
    """Each phrase, and the same with its last word in the other number (not the words in `keep`: prepositions)."""
    out: dict[str, None] = {}
    for p in phrases:
        if not p:
            continue
        for last in number_forms(p[-1]) if len(p[-1]) > 3 and p[-1] not in keep else (p[-1],):  # "on", "off": no plural
            out[" ".join((*p[:-1], last))] = None
    return list(out)


def parse_code(text: str, report: Report | None) -> str | None:
    """The code for the roles as found: None for [---] (no event); "" for [:b] (only b, reversed)."""
    code = text.strip()
    if code == "---" or not code:
        return None
    if ":" in code:  # [a:b]: a for the roles as found; b, reversed, the sense's `reverse`
        if report is not None:
            report.compound_codes += 1
        code = code.split(":")[0].strip()
        if code == "---":
            return None
    return code


def convert_pattern(line: str, synsets: dict, cameo_codes, report: Report | None = None) -> Pattern:
    """One `- before * after [code]` line → a Pattern, or Unconvertible(reason)."""
    body = strip_comment(line).lstrip("-").strip()
    found = _CODE.findall(body)
    if not found:
        raise Unconvertible(NULL_CODE)
    body = body[: body.rfind("[")].strip()
    if "*" not in body:
        raise Unconvertible(WORDS_BEFORE_VERB)
    before, after = (tokenize_pattern(part) for part in body.split("*", 1))
    mutual = "%" in before
    # "+ *" (the target before the verb) or "* ... $" (the source after it): the subject is the
    # target, and the actor the pattern marks after the verb the source; coded reversed
    source_after = any(t == "$" or (t.startswith("(") and "$" in t[1:-1].split()) for t in after)
    flip = "+" in before or source_after
    if "+" in before and ("$" in before or any("+" in t.split() or t == "+" for t in after)):
        raise Unconvertible(TARGET_BEFORE_VERB)
    if source_after and ("$" in before or any(t == "+" or (t.startswith("(") and "+" in t[1:-1].split()) for t in after)):
        raise Unconvertible(SOURCE_AFTER_VERB)
    if any(t.startswith("(") for t in before):
        raise Unconvertible(WORDS_BEFORE_VERB)
    words = [w for t in before if t not in ("$", "%", "^", "+") for w in (t.strip("{}").split() if t.startswith("{") else [t])]
    subject = tuple(phrases_with_numbers(expand(words, synsets))) if words else ()
    complements, target = complement_groups([t.replace("$", "+") for t in after] if flip else after)
    code = parse_code(found[-1], None)
    reverse = found[-1].partition(":")[2].strip()
    if code is None and not complements and not subject:
        raise Unconvertible(NULL_CODE)
    if code is not None and (code or reverse) not in cameo_codes:
        raise Unconvertible(BAD_CODE)
    preps = frozenset(t[1:-1].split()[0].lower() for t in after if t.startswith("(") and t[1:-1].split())
    phrases = phrases_with_numbers(expand(complements[0], synsets), preps) if complements else []
    parse_code(found[-1], report)  # count the compound code only for a pattern that converts
    if code == "":  # [:b]: only b, the roles reversed (reversed again by a flip: as found)
        return Pattern(reverse, tuple(phrases), tuple(target), mutual, reversed=not flip, subject=subject)
    return Pattern(code, tuple(phrases), tuple(target), mutual, reverse if code and reverse in cameo_codes else "", flip, subject)


def complement_groups(after: list[str]) -> tuple[list[list[str]], list[str]]:
    """The word groups after the verb that must be there, and the target slots they imply.

    A prepositional phrase must be there, its preposition first: `(TO BORDER)` is "to ~
    border" (determiners may stand between: "to the border", not "for foreign asylum" for
    `(FOR ASYLUM)`), a bare `(FOR)` the word "for", `(AT ^)` "at" followed by a word. The
    target: `+` (the object), `(PREP +)` (the phrase's object), or a bare `(PREP)` (the
    phrase's object, else the verb's usual target: "called for a boycott against Osgiliath";
    a particle, `(DOWN)`, is no phrase of its own and gives no target).
    """
    groups: list[list[str]] = []
    target: list[str] = []
    for token in after:
        if token in ("^",):
            continue
        if token == "$":
            raise Unconvertible(SOURCE_AFTER_VERB)
        if token == "+":
            target.append("obj")
        elif token.startswith("("):
            inner = token[1:-1].split()
            prep, rest = (inner[0].lower(), inner[1:]) if inner else ("", [])
            if "$" in rest:
                raise Unconvertible(SOURCE_AFTER_VERB)
            content = [w for w in rest if w not in ("+", "^")]
            if "+" in rest:
                target.append(prep)
            elif not rest:  # a bare (FOR): its object, else the verb's usual target; a particle (DOWN) none
                target += [prep] if prep in PARTICLES else [prep, USUAL]
            if prep:
                groups.append([prep, DETERMINERS, *content] if content else [prep])
        elif token.startswith("{"):
            content = [w for w in token[1:-1].split() if w not in ("^",)]
            if "+" in content or "$" in content:
                raise Unconvertible(SEVERAL_COMPLEMENTS)
            groups.append(content)
        else:
            groups.append([token])
    return merge_adjacent(groups, after), target


def merge_adjacent(groups: list[list[str]], after: list[str]) -> list[list[str]]:
    """Bare words written next to each other (`- * CEASE FIRE`) are one phrase; separate
    groups (`- * POLICE (TO BORDER)`) one phrase with gaps (GAP: any words between)."""
    if len(groups) > 1 and all(not t.startswith(("(", "{")) and t not in ("+", "^") for t in after):
        return [[w for g in groups for w in g]]
    if len(groups) > 1:
        return [[w for n, g in enumerate(groups) for w in ([GAP] if n else []) + g]]
    return groups


# --- verb blocks ---------------------------------------------------------------------------

@dataclass
class VerbEntry:
    lemma: str
    code: str | None  # the verb's own default code, or the block's; None = no event alone
    forms: tuple[str, ...] = ()  # irregular forms listed in {}
    particles: tuple[str, ...] = ()  # multi-word verbs: the words after the verb ("put out")
    reverse: str = ""  # `[a:b]`: b, coded with the roles reversed


def parse_verb_line(line: str, block_code: str | None, block_reverse: str = "") -> VerbEntry | None:
    """`WORD [code] {FORMS}` or `+PUT_OUT {…}`; None for a verb warta cannot key (particle first)."""
    text = strip_comment(line).strip()
    forms_match = re.search(r"\{([^}]*)\}", text)
    listed = forms_match.group(1).replace(",", " ").split() if forms_match else []
    forms = tuple(words_of(f.lstrip("+"))[0] for f in listed if words_of(f.lstrip("+")))
    text = re.sub(r"\{[^}]*\}", "", text)
    own = _CODE.search(text)
    code, reverse = block_code, block_reverse
    if own:
        raw = own.group(1).strip()
        code, _, reverse = ("", "", "") if raw == "---" else raw.partition(":")
        code, reverse = code.strip() or None, reverse.strip()
    head = _CODE.sub("", text).strip().split()[0]
    if head.startswith("+") or "_+" in head:
        parts = head.replace("_+", "_").lstrip("+").lower().strip("_").split("_")
        if "_+" in head:  # WIRE_+TAPPED: the verb comes last; warta keys verbs by their first word
            return None
        return VerbEntry(parts[0], code, tuple(f.split()[0] for f in forms), tuple(parts[1:]), reverse)
    return VerbEntry(words_of(head)[0], code, tuple(f.split()[0] for f in forms), (), reverse)


@dataclass
class Block:
    name: str
    code: str | None
    reverse: str = ""
    verbs: list[VerbEntry] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)


def read_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    for raw in lines:
        if raw.startswith("####") and "TRANSFORMATION" in raw:
            break
        header = _BLOCK.match(raw.strip())
        if header:
            code, _, reverse = header.group(2).strip().partition(":")
            blocks.append(Block(header.group(1), None if code.strip() in ("---", "") else code.strip(), reverse.strip()))
            continue
        if not blocks or not strip_comment(raw).strip():
            continue
        line = strip_comment(raw).strip()
        if line.startswith("-"):
            blocks[-1].patterns.append(raw)
        elif not line.startswith(("&", "~")):
            entry = parse_verb_line(line, blocks[-1].code, blocks[-1].reverse)
            blocks[-1].verbs.append(entry if entry is not None else VerbEntry("", None))
    return blocks


def sense_of(pattern: Pattern, default_target: tuple[str, ...]) -> dict:
    sense: dict = {"code": pattern.code}
    if pattern.with_:
        sense["with"] = list(pattern.with_)
    if pattern.subject:
        sense["subject"] = list(pattern.subject)
    if pattern.code is None:  # [---]: with this complement the verb codes nothing
        return sense
    slots = [x for t in (pattern.target or default_target) for x in (default_target if t == USUAL else (t,))]
    sense["target"] = list(dict.fromkeys(slots))
    if pattern.reversed:
        sense["reversed"] = True
    if pattern.mutual:
        sense["mutual"] = True
    if pattern.reverse:
        sense["reverse"] = pattern.reverse
    return sense


def specificity(sense: dict) -> tuple[int, int]:
    """Senses are tried in order: a longer complement first, a bare default last."""
    longest = max((len([x for x in w.split() if x not in (GAP, DETERMINERS)]) for w in sense.get("with", [])), default=0)
    longest += max((len(w.split()) for w in sense.get("subject", [])), default=0)
    return (-longest, 0 if sense.get("with") or sense.get("subject") else (1 if sense.get("target") != ["obj", "any"] else 2))


def convert_verbs(path: Path, cameo_codes, default_target=("obj", "any")) -> tuple[dict[str, list[dict]], Report]:
    """A PETRARCH verb dictionary → warta verbs (lemma → senses), with the report."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines)
    report = Report()
    verbs: dict[str, list[dict]] = {}
    forms_of: dict[str, set[str]] = {}
    for block in read_blocks(lines):
        plain = [v for v in block.verbs if v.lemma and not v.particles]
        report.verbs += sum(1 for v in block.verbs if v.lemma)
        report.multiword_verbs += sum(1 for v in block.verbs if v.particles or not v.lemma)
        senses: list[tuple[str | None, dict]] = []
        for line in block.patterns:
            report.patterns += 1
            if not plain:
                report.reject(NO_PLAIN_VERB, line)
                continue
            try:
                sense = sense_of(convert_pattern(line, synsets, cameo_codes, report), default_target)
                senses.append((pattern_origin(line, plain), sense))
                report.converted += 1
            except Unconvertible as reason:
                report.reject(str(reason), line)
        for verb in block.verbs:
            if not verb.lemma:
                continue
            if verb.particles:  # "broken down a treaty": the block's patterns after the particles
                own = [with_particles(s, verb.particles) for origin, s in senses if origin is None]
            else:
                own = [s for origin, s in senses if origin in (None, verb.lemma)]
            if verb.code and verb.code in cameo_codes:
                default = {"code": verb.code, "target": list(default_target)}
                if verb.particles:
                    default["with"] = [" ".join(verb.particles)]
                if verb.reverse in cameo_codes:
                    default["reverse"] = verb.reverse
                own.append(default)
            if own:
                senses_so_far = verbs.setdefault(verb.lemma, [])
                if block.name.lower().strip("_") == verb.lemma:  # DEMAND's own block speaks first for "demand"
                    senses_so_far[:0] = own
                else:
                    senses_so_far.extend(own)
                forms_of.setdefault(verb.lemma, set()).update(verb.forms)
    return finish_verbs(verbs, forms_of), report


def with_particles(sense: dict, particles: tuple[str, ...]) -> dict:
    """A block pattern's sense for a multi-word verb: its particles first, then the pattern's words."""
    lead = " ".join(particles)
    return {**sense, "with": [f"{lead} {GAP} {w}" for w in sense["with"]] if sense.get("with") else [lead]}


def pattern_origin(line: str, plain: list[VerbEntry]) -> str | None:
    """The verb a pattern was first written for (its `# VERB` comment), if it is a verb of the block.

    PETRARCH applies a block's patterns to all its verbs, WordNet synonyms included ("race",
    "rush" and "speed" share "- * (TO BORDER) [154]"). warta keeps a pattern on the verb it
    came from: fewer dubious readings, and a vocabulary small enough to load quickly.
    """
    comment = line.split("#", 1)[1].split() if "#" in line else []
    if not comment:
        return None
    named = words_of(comment[0])
    if len(named) != 1:
        return None
    for verb in plain:
        if named[0] == verb.lemma or named[0] in verb.forms:
            return verb.lemma
    return None


def finish_verbs(verbs: dict[str, list[dict]], forms_of: dict[str, set[str]]) -> dict[str, list[dict]]:
    """Order each verb's senses, drop duplicates, and key irregular forms ("found") too."""
    out: dict[str, list[dict]] = {}
    for lemma in sorted(verbs):
        unique = list({repr(s): s for s in verbs[lemma]}.values())
        out[lemma] = sorted(unique, key=specificity)
    for lemma, forms in forms_of.items():
        for form in sorted(forms):
            if lemma in out and form not in out and not regular_form(form, lemma):
                out[form] = [dict(sense) for sense in out[lemma]]  # copies: no YAML anchors
    return dict(sorted(fold_inflected(out).items()))


INFLECTIONS = (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", ""), ("d", ""))


def reductions(form: str) -> list[str]:
    """The lemmas warta's English inflection rules (grammar.yaml `inflections`) try for a form."""
    return [form[: -len(s)] + r for s, r in INFLECTIONS if form.endswith(s) and len(form) > len(s) + 2]


def regular_form(form: str, lemma: str) -> bool:
    """Forms warta's English inflection rules already bring back to the lemma."""
    return lemma in reductions(form)


def fold_inflected(verbs: dict[str, list[dict]], hand: frozenset[str] = frozenset()) -> dict[str, list[dict]]:
    """An inflected key ("attacked", from PETRARCH's multi-word ATTACKED_AND_STABBED) would hide
    its lemma's senses, since warta tries the word itself first: fold it into the lemma. A
    lemma kept by hand (`hand`) keeps only its own senses."""
    out = dict(verbs)
    for key in list(out):
        base = next((b for b in reductions(key) if b in out and b != key), None)
        if base is None:
            continue
        senses = out.pop(key)
        if base not in hand:
            out[base] = [x for x in senses if x.get("with")] + out[base]
    return out


# --- actors --------------------------------------------------------------------------------

def petrarch_date(raw: str) -> str:
    """YYMMDD (years up to 30 read as 20yy, as PETRARCH does) or YYYYMMDD → ISO."""
    raw = raw.strip()
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{2000 + year if year <= 30 else 1900 + year}{raw[2:]}"
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def parse_role(text: str) -> tuple[str, str, str] | None:
    """`CODE`, `CODE >YYMMDD`, `CODE <YYMMDD`, `CODE YYMMDD-YYMMDD` → (code, from, to); None for [---]."""
    match = _DATES.match(text.strip())
    if not match:
        return None
    code, dates = match.group("code").lstrip("~"), match.group("dates").replace(" ", "")
    if match.group("code") == "---" or not _ACTOR_CODE.match(code):  # warta's codes are groups of three letters
        return None
    if dates and not _DATE_RANGE.match(dates):  # "[ELR/GAL]": no form warta can hold
        return None
    if dates[:1] in (">", "<"):
        date = petrarch_date(dates[1:])
        if not _ISO.match(date):
            return None
        return (code, date, "") if dates[0] == ">" else (code, "", date)
    if dates:
        start, _, end = dates.partition("-")
        start, end = petrarch_date(start), petrarch_date(end) if end else ""
        if not _ISO.match(start) or (end and (not _ISO.match(end) or end < start)):
            return None  # a typo in the source ("121207-120802"): no role rather than a wrong one
        return code, start, end
    return code, "", ""


@dataclass
class ActorEntry:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[tuple[str, str, str]] = field(default_factory=list)


def display_name(token: str) -> str:
    return " ".join(w if "." in w else w.capitalize() for w in words_of(token))


def read_actors(text: str) -> list[ActorEntry]:
    """Entries of a PETRARCH actor file; those with no role (only [---]) are dropped."""
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    for raw in text.splitlines():
        line = strip_comment(raw)
        if not line.strip() or line.strip().startswith("<!--"):
            continue
        stripped = line.strip()
        roles = [parse_role(r) for r in _CODE.findall(stripped)]
        name = _CODE.sub("", stripped).strip()
        if name.startswith("+") and current is not None:
            current.aliases.append(display_name(name[1:].split("{")[0].strip()))
        elif name and not raw[:1].isspace():
            current = ActorEntry(display_name(name.split("{")[0].strip()))
            entries.append(current)
        if current is not None:
            current.roles.extend(r for r in roles if r is not None)
    return [e for e in entries if e.roles and e.name]


def actor_tables(entries: list[ActorEntry]) -> tuple[list[str], list[str]]:
    """Undated three-letter actors become countries; the rest named actors with dated roles."""
    countries, named = ["code\tiso2\tname\taliases"], ["name\taliases\troles\ttitle"]
    for e in entries:
        aliases = "|".join(dict.fromkeys(a for a in e.aliases if a and a != e.name))
        if len(e.roles) == 1 and len(e.roles[0][0]) == 3 and not any(e.roles[0][1:]):
            countries.append(f"{e.roles[0][0]}\t\t{e.name}\t{aliases}")
        else:
            roles = ";".join(f"{c}:{a}:{b}" for c, a, b in e.roles)
            named.append(f"{e.name}\t{aliases}\t{roles}\t")
    return countries, named


# --- agents and discards -------------------------------------------------------------------

def read_agents(text: str) -> dict[str, dict]:
    """`NOUN {PLURALS} [~SECTOR]` lines → agents.yaml entries; `!SET!` substitutions expanded."""
    substitutions: dict[str, list[str]] = {}
    agents: dict[str, dict] = {}
    for raw in text.splitlines():
        line = strip_comment(raw).strip()
        if not line or line.startswith("<!--"):
            continue
        sub = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if sub:
            substitutions[sub.group(1).upper()] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        code = _CODE.search(line)
        if not code:
            continue
        sector = code.group(1).strip().replace("~", "")
        plurals = re.search(r"\{([^}]*)\}", line)
        heads = [line[: line.find("{") if plurals else code.start()].strip()]
        heads += plurals.group(1).split() if plurals else []
        for head in heads:
            for noun in substitute(head, substitutions):
                words = words_of(noun)
                forms = [words] if plurals or not words else [words, words[:-1] + number_forms(words[-1])[1:]]
                for form in forms:  # without `{...}`, PETRARCH adds the regular plural ("soldiers")
                    agents[" ".join(form)] = {"code": sector, "generic": True}
    return agents


def substitute(head: str, substitutions: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", head)
    if not match:
        return [head]
    out = []
    for value in substitutions.get(match.group(1).upper(), []):
        out += substitute(head[: match.start()] + "_" + value + "_" + head[match.end():], substitutions)
    return out


def read_discards(text: str) -> dict[str, list[str]]:
    """Phrases that discard a sentence, and (`+`) those that discard the whole story."""
    sentence, story = [], []
    for raw in text.splitlines():
        line = strip_comment(raw).strip()
        if not line or line.startswith("<!--"):
            continue
        (story if line.startswith("+") else sentence).append(" ".join(words_of(line.lstrip("+").replace(" ", "_"))))
    return {"sentence": sentence, "story": story}


# --- the internal coding ontology ----------------------------------------------------------

NEGATION = 0xFFFF  # PICO: a negated event's value is its code's value plus or minus this


def read_negations(text: str, cameo_codes) -> dict[str, str]:
    """PETRARCH's internal coding ontology (`CODE:VALUE#VALUE...#Name` lines, values written as
    sums of hex numbers) → the code of each event when negated: the code whose value differs by
    0xFFFF ("did not clash", 110, is 050; "will not wire tap", 170, is 057). Codes with no such
    partner, or more than one, are left out."""
    values: dict[str, set[int]] = {}
    for raw in text.splitlines():
        match = re.match(r"^(\d{2,4}):(\S+)", raw.strip())
        if not match or match.group(1) not in cameo_codes:
            continue
        for part in match.group(2).split("#"):
            if re.fullmatch(r"[-+]?0x[0-9a-fA-F]+(?:[-+]0x[0-9a-fA-F]+)*", part):
                values.setdefault(match.group(1), set()).add(sum(int(t, 16) for t in re.findall(r"[-+]?0x[0-9a-fA-F]+", part)))
    codes_of: dict[int, set[str]] = {}
    for code, found in values.items():
        for value in found:
            codes_of.setdefault(value, set()).add(code)
    out: dict[str, str] = {}
    for code, found in values.items():
        partners = {p for v in found for w in (v + NEGATION, v - NEGATION) for p in codes_of.get(w, ()) if p != code}
        if len(partners) == 1:
            out[code] = partners.pop()
    return dict(sorted(out.items()))


# --- writing warta's files -----------------------------------------------------------------

ENGLISH = Path(__file__).resolve().parents[1] / "lang" / "en"
#: Files a lexicon folder needs that PETRARCH has no counterpart for: taken from warta's English.
ENGLISH_ONLY = ("grammar.yaml", "modality.yaml")
#: Keys of warta's English data left out of a PETRARCH folder: PETRARCH codes a verb's pattern
#: whatever its tense ("will contribute" is 070), where the CAMEO manual (and warta's English)
#: codes an announced intention as one (033; see warta/coding/clauses.py).
NOT_PETRARCH = frozenset({"intent", "intent_codes"})
#: The target of a pattern that marks none: PETRARCH takes it from the verb's object or any
#: phrase of the verb, an agent ("chided an attack by Osgiliath soldiers in south Ithilen"), a
#: place ("appealed for peace in Ithilen") or a phrase past `any`'s few words ("signed an 800
#: million ducat trade protocol for 1990 with Dagolath") included; the agent first, then places,
#: and last a phrase inside one ("in the vicinity of Cirith Ungol").
PETRARCH_TARGET = ("obj", "any", "by", "in", "at", "with", "to", "against", "on", "for", "from", "into", "about", "over", "toward", "towards", "of")
#: Keys set in a PETRARCH folder over warta's English ones, by file. PETRARCH codes verbs only
#: (a word the tagger calls a noun, "the pass of Cirith Ungol", is no verb of the dictionary),
#: and a verb with no object of its own takes the subject of its complement clause as the
#: target, whatever its root ("Gollum allowed that Mordor isn't ...": 080, Mordor); a verb form
#: with an entry of its own (LEFT [042:043]) is read as that entry, not as its lemma's (LEAVE).
PETRARCH_KEYS: dict[str, dict] = {
    "grammar.yaml": {"nonverb_tags": ["NOUN", "PROPN"], "clause_target_roots": [f"{r:02d}" for r in range(1, 21)], "forms_first": True},
}


@dataclass
class Sources:
    verbs: Path | None = None
    actors: tuple[Path, ...] = ()
    agents: Path | None = None
    discards: Path | None = None
    curation: Path | None = None  # hand corrections applied over the generated verbs
    ontology: Path | None = None  # PETRARCH's internal coding ontology (PICO): the codes of negated events


def apply_curation(verbs: dict[str, list[dict]], curation: dict) -> dict[str, list[dict]]:
    """`drop:` lemmas removed; `replace:` lemma → senses, the hand's word over the generated one."""
    out = {k: v for k, v in verbs.items() if k not in set(curation.get("drop") or [])}
    hand = {str(k): list(v) for k, v in (curation.get("replace") or {}).items()}
    out.update(hand)
    return dict(sorted(fold_inflected(out, frozenset(hand)).items()))


def header_lines(sources: Sources, command: str) -> str:
    names = ", ".join(p.name for p in (sources.verbs, sources.curation) if p)
    return (
        f"# Generated from PETRARCH's {names} by `{command}`\n"
        "# (warta.dictionaries.petrarch); then curated by hand through the curation file, so\n"
        "# regenerate rather than edit. CAMEO.2.0.txt: (c) 2015 Open Event Data Alliance, MIT.\n"
        "# Fields as in warta/lang/id/verbs.yaml: code, with (a complement that must follow),\n"
        "# target (slots, best first), mutual.\n"
    )


def write_yaml(path: Path, data: dict, header: str = "") -> None:
    """One key a line, list items and mappings as JSON flow (valid YAML): short, no anchors, diffable."""
    lines = [header.rstrip("\n")] if header else []
    for key, value in data.items():
        if isinstance(value, list):
            lines.append(f"{yaml_key(key)}:" if value else f"{yaml_key(key)}: []")
            lines += [f"  - {json.dumps(item, ensure_ascii=False)}" for item in value]
        elif isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            lines.append(f"{yaml_key(key)}:")
            lines += [f"  {yaml_key(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()]
        else:
            lines.append(f"{yaml_key(key)}: {json.dumps(value, ensure_ascii=False)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def yaml_key(key: str) -> str:
    return key if re.fullmatch(r"[a-z][a-z0-9 '-]*", key) and key not in ("yes", "no", "on", "off", "true", "false", "null") else json.dumps(key)


def import_dictionaries(sources: Sources, out: Path, cameo_codes, command: str = "warta dictionaries import") -> Report:
    """Convert whatever PETRARCH files are given into `out`, a folder warta's coder can read."""
    import srsly

    out.mkdir(parents=True, exist_ok=True)
    report = Report()
    if sources.verbs:
        verbs, report = convert_verbs(sources.verbs, cameo_codes, PETRARCH_TARGET)
        if sources.curation:
            verbs = apply_curation(verbs, srsly.read_yaml(sources.curation) or {})
        write_yaml(out / "verbs.yaml", verbs, header_lines(sources, command))
    if sources.actors:
        entries = [e for path in sources.actors for e in read_actors(path.read_text(encoding="utf-8", errors="replace"))]
        report.actors = len(entries)
        write_actor_tables(entries, out / "actors")
    if sources.agents:
        agents = read_agents(sources.agents.read_text(encoding="utf-8", errors="replace"))
        report.agents = len(agents)
        write_yaml(out / "agents.yaml", {"agents": agents}, f"# Generated from {sources.agents.name} by `{command}`.\n")
    if sources.discards:
        discards = read_discards(sources.discards.read_text(encoding="utf-8", errors="replace"))
        report.discards = sum(len(v) for v in discards.values())
        write_yaml(out / "discards.yaml", discards, f"# Generated from {sources.discards.name}; no warta stage reads discards yet.\n")
    keys = {name: dict(value) for name, value in PETRARCH_KEYS.items()}
    if sources.ontology:
        negated = read_negations(sources.ontology.read_text(encoding="utf-8", errors="replace"), cameo_codes)
        keys.setdefault("modality.yaml", {})["negated_codes"] = negated
        report.negated_codes = len(negated)
    for name in ENGLISH_ONLY:
        if not (out / name).exists():
            own = keys.get(name, {})
            text = _without_keys((ENGLISH / name).read_text(encoding="utf-8"), NOT_PETRARCH | frozenset(own))
            text += "".join(f"{key}: {json.dumps(value)}\n" for key, value in own.items())
            (out / name).write_text(text, encoding="utf-8")
    for name, empty in (("nouns.yaml", {}), ("agents.yaml", {"agents": {}})):
        if not (out / name).exists():
            write_yaml(out / name, empty)
    return report


def _without_keys(text: str, keys: frozenset[str]) -> str:
    """A block-style YAML text without the top-level `keys` (each key's line and its indented lines)."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        if line[:1] not in (" ", "\t", "-") and line.strip():
            skipping = line.split(":", 1)[0].strip() in keys
        if not skipping:
            out.append(line)
    return "".join(out)


def write_actor_tables(entries: list[ActorEntry], folder: Path) -> None:
    """The five tables warta.actors.load_kb reads; those PETRARCH has no counterpart for stay empty."""
    folder.mkdir(parents=True, exist_ok=True)
    countries, named = actor_tables(entries)
    (folder / "countries.tsv").write_text("\n".join(countries) + "\n", encoding="utf-8")
    (folder / "phoenix_actors.tsv").write_text("\n".join(named) + "\n", encoding="utf-8")
    for name, columns in (("country_extra.tsv", "code\taliases\tmetonyms"), ("organizations.tsv", "code\taliases"),
                          ("people.tsv", "name\taliases\troles\ttitle")):
        (folder / name).write_text(f"# (empty: PETRARCH has no counterpart)\n{columns}\n", encoding="utf-8")
