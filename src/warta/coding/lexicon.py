"""A language's coding dictionaries, read from `warta/lang/<code>/*.yaml` and validated.

verbs.yaml (triggers by lemma), nouns.yaml (event nouns by surface form), agents.yaml
(sector nouns), modality.yaml (mode cues) and grammar.yaml (function words).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import re

import yaml

from warta.coding.cameo import CameoTable
from warta.coding.learned import Judge, load_judges

TARGET_SLOTS = frozenset({"obj", "any"})
GAP = "..."  # in a `with` phrase: any words of the clause may stand between its parts
DETERMINERS = "~"  # in a `with` phrase: determiners (grammar.yaml) may stand here ("for ~ asylum": "for the asylum")


def match_phrase(phrase: tuple[str, ...], forms: list[tuple[str, ...]], starts: int, determiners: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Where a `with` phrase stands among words (`forms`: each word's forms), begun within the
    first `starts` words: (first, one past the last), or None. A GAP lets any words stand
    between the parts ("police ... to ~ border": "rushed police to the border"), a DETERMINERS
    mark only `determiners`."""
    parts: list[tuple[str, ...]] = [()]
    for word in phrase:
        if word == GAP:
            parts.append(())
        else:
            parts[-1] += (word,)

    def end_of(part: tuple[str, ...], k: int) -> int | None:
        for word in part:
            if word == DETERMINERS:
                while k < len(forms) and set(forms[k]) & determiners:
                    k += 1
            elif k < len(forms) and word in forms[k]:
                k += 1
            else:
                return None
        return k

    for k in range(min(starts, len(forms))):
        end = end_of(parts[0], k)
        if end is None:
            continue
        for part in parts[1:]:
            end = next((e for j in range(end, len(forms)) if (e := end_of(part, j)) is not None), None)
            if end is None:
                return None  # the later parts stand nowhere after an earlier start either
        return k, end
    return None


class LexiconError(ValueError):
    """A dictionary file breaks its format (file, entry and reason in the message)."""


@dataclass(frozen=True, slots=True)
class Sense:
    code: str
    with_: tuple[tuple[str, ...], ...] = ()  # any of these word sequences must follow
    target: tuple[str, ...] = ("obj",)
    mutual: bool = False
    source: tuple[str, ...] = ()  # codes or sectors the source must hold ("kill" by MIL is 190, not 180)
    reverse: str = ""  # PETRARCH's [a:b]: b is coded too, target to source ("left for X for talks": 042, 043)
    reversed: bool = False  # PETRARCH's [:b]: only b, target to source ("appeared before a court": the court's 173)
    subject: tuple[tuple[str, ...], ...] = ()  # any of these word sequences must stand in the verb's subject ("death toll has risen")
    patient: tuple[str, ...] = ()  # codes or sectors the target must hold ("menekan oposisi" is 170; "menekan harga" no event)
    abroad: bool = False  # the target is of another country than the source ("Jepang membantu Indonesia" is aid; help at home is not)
    unnamed: bool = False  # told even with its patient unnamed ("ditetapkan sebagai tersangka oleh penyidik": target null)
    undergone: bool = False  # the subject undergoes it, as in a passive ("X menjadi tersangka": named a suspect by someone)

    def fits_source(self, code: str | None) -> bool:
        """Does an actor code meet the sense's source condition (none: any does)?"""
        return _holds(code, self.source)

    def fits_target(self, code: str | None) -> bool:
        """Does the target's code meet the sense's patient condition (none: any does)?"""
        return _holds(code, self.patient)


def _holds(code: str | None, wanted: tuple[str, ...]) -> bool:
    if not wanted:
        return True
    parts = {code[k : k + 3] for k in range(0, len(code or ""), 3)}
    return bool(parts & set(wanted))


@dataclass(frozen=True, slots=True)
class Agent:
    code: str  # sector code (GOV, MIL...), "" for none
    head: bool = False
    generic: bool = False
    domestic: bool = False  # an office only the language's home country has (bupati, camat, Kapolda)


def _with_offices(agents: dict[tuple[str, ...], Agent], offices: dict, phrase) -> dict[tuple[str, ...], Agent]:
    """agents.yaml `offices`: each title followed by each portfolio ("menteri keuangan") is an
    agent of the title's sector, unless the list names that office itself."""
    composed = dict(agents)
    for title in offices.get("titles") or []:
        office = agents.get(phrase(title))
        if office is None:
            raise LexiconError(f"agents.yaml offices: title {title!r} is no agent")
        for portfolio in offices.get("portfolios") or []:
            composed.setdefault(phrase(f"{title} {portfolio}"), Agent(office.code, generic=True))
    return composed


@dataclass(frozen=True)
class Grammar:
    words: dict[str, frozenset[str]]
    light_verbs: dict[str, str]
    adverbial_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    implied_agents: dict[str, str] = field(default_factory=dict)  # verb → the sector only a state has ("tangkap": COP)
    standing_conflicts: dict[str, str] = field(default_factory=dict)  # country → the other side of a conflict the news covers
    bombed_places: dict[str, str] = field(default_factory=dict)  # a place a bomb is set off in → the sector of the people it strikes
    telling_agents: frozenset[str] = frozenset()  # sectors whose teller did the agentless arrest he tells of
    receiving_verbs: frozenset[str] = frozenset()  # "mendapat grasi dari X": the subject receives what X gives
    inflections: tuple[tuple[str, str], ...] = ()  # suffix → replacement, to reach a verb's lemma
    owner_before_agent: bool = False  # "Russian President" (English) rather than "Presiden Rusia"
    mutual_both_ways: bool = False  # "X and Y met": X met Y and Y met X (else X met Y)
    forms_first: bool = False  # a verb form keyed in verbs.yaml ("left") before its lemma ("leave"): PETRARCH's
    complement_window: int = 7  # words after a verb in which its `with` complement must start (roles.py)

    def __post_init__(self) -> None:
        for name, words in self.words.items():  # plain attributes: looked up on every word
            if name not in self.__dataclass_fields__:
                object.__setattr__(self, name, words)
        # "passive>active/swallowed" parsed once, sorted: a frozenset's order changes between runs
        rules = []
        for rule in sorted(self.words.get("active_prefixes", ())):
            passive, _, active = rule.partition(">")
            active, _, swallowed = active.partition("/")
            rules.append((passive, active, swallowed))
        object.__setattr__(self, "active_prefix_rules", tuple(rules))
        object.__setattr__(self, "active_prefix_starts", tuple(sorted({passive for passive, _, _ in rules})))  # one test before the rules

    def __getattr__(self, name: str) -> frozenset[str]:
        """A word list of grammar.yaml; a list a language does not need is empty."""
        if name.startswith("__"):
            raise AttributeError(name)
        return frozenset()


@dataclass(frozen=True)
class Modality:
    negation: frozenset[tuple[str, ...]]
    negation_window: int
    sentence_negation: frozenset[tuple[str, ...]]
    hypothetical: frozenset[tuple[str, ...]]
    hypothetical_window: int
    hypothetical_after: frozenset[tuple[str, ...]]
    alleged: frozenset[tuple[str, ...]]
    alleged_window: int
    complement_by_code: dict[str, str]
    complement_by_lemma: dict[str, str]
    complement_exclude: frozenset[str] = frozenset()
    negation_exceptions: frozenset[str] = frozenset()  # "tidak hanya": not only
    existential_negation: frozenset[tuple[str, ...]] = frozenset()  # "belum ada satu roket pun yang ditembakkan"
    future_times: frozenset[tuple[str, ...]] = frozenset()  # "besok": told to come
    future_after_calendar: frozenset[str] = frozenset()  # "depan", "mendatang" after a calendar word
    calendar_words: frozenset[str] = frozenset()  # "pekan", "Agustus", "Senin"
    opening_speculation: frozenset[tuple[str, ...]] = frozenset()  # "Mungkin presiden ... berbicara kepada PKS"
    intent: frozenset[tuple[str, ...]] = frozenset()  # "will", "ready to": an intention (see clauses.py)
    intent_codes: dict[str, str] = field(default_factory=dict)  # event code prefix → intention's code
    threat: frozenset[tuple[str, ...]] = frozenset()  # "threatened to": an intention cue that makes it a threat (intent_codes "threat")
    intent_window: int = 0  # words back to an intention cue (0: hypothetical_window)
    negated_codes: dict[str, str] = field(default_factory=dict)  # a negated event's own code ("did not clash": 050)
    occurrence_verbs: frozenset[str] = frozenset()  # "akan dilakukan": after an event noun, a cue about its happening
    realised: dict[str, frozenset[str]] = field(default_factory=dict)  # "akhirnya dapat menangkap": an ability cue → words before it that make it done
    charged_reasons: frozenset[tuple[str, ...]] = frozenset()  # "dihukum ... karena X": X is the charge, alleged
    charged_codes: tuple[str, ...] = ()  # the triggers whose reason is a charge (punishment, arrest)


@dataclass(frozen=True)
class Lexicon:
    code: str
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[tuple[str, ...], tuple[Sense, ...]]
    agents: dict[tuple[str, ...], Agent]
    grammar: Grammar
    modality: Modality
    max_noun: int = field(default=1)
    max_agent: int = field(default=1)
    noun_starts: frozenset[str] = frozenset()  # first words of the nouns and agents: most words
    agent_starts: frozenset[str] = frozenset()  # start neither, and need no longer look-up
    sector_codes: frozenset[str] = frozenset()  # the agents' sector codes (GOV, MIL, ...): a code of no country
    judges: tuple[Judge, ...] = ()  # learned criticism and demand judges (judgements.json), if the language has them


class _DataLoader(yaml.CSafeLoader):
    """YAML 1.2 as the data is written (only true/false are booleans: "no", "on" and "off"
    are words), read by libyaml's C parser (the big English verb file loads in about 1 s, not
    6), and a key written twice is an error, not a silent overwrite."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
        if repeated:
            raise yaml.constructor.ConstructorError(None, None, f"key(s) written twice: {', '.join(repeated)}", node.start_mark)
        return super().construct_mapping(node, deep=deep)


_DataLoader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}
_DataLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def phrase(text: str) -> tuple[str, ...]:
    return tuple(str(text).lower().split())


def _sense(entry: dict, where: str, cameo: CameoTable, blocking: bool = False) -> Sense:
    """One sense; with `blocking`, `code: null` and a `with` make a sense that codes no event
    (PETRARCH's [---]: "approved the budget")."""
    if not isinstance(entry, dict) or "code" not in entry:
        raise LexiconError(f"{where}: a sense needs a code")
    if entry["code"] is None and blocking and (entry.get("with") or entry.get("subject")):
        return Sense("", tuple(phrase(w) for w in entry.get("with", [])), (), subject=tuple(phrase(w) for w in entry.get("subject", [])))
    code = str(entry["code"])
    if code not in cameo:
        raise LexiconError(f"{where}: {code!r} is not a CAMEO event code")
    unknown = set(entry) - {"code", "with", "target", "mutual", "source", "reverse", "reversed", "subject", "patient", "abroad", "unnamed", "undergone"}
    if unknown:
        raise LexiconError(f"{where}: unknown field(s) {sorted(unknown)}")
    reverse = str(entry.get("reverse", ""))
    if reverse and reverse not in cameo:
        raise LexiconError(f"{where}: {reverse!r} is not a CAMEO event code")
    target = tuple(str(t) for t in entry.get("target", ["obj"]))
    source = tuple(str(c) for c in entry.get("source", []))
    return Sense(code, tuple(phrase(w) for w in entry.get("with", [])), target, bool(entry.get("mutual", False)), source, reverse,
                 bool(entry.get("reversed", False)), tuple(phrase(w) for w in entry.get("subject", [])),
                 tuple(str(c) for c in entry.get("patient", [])), bool(entry.get("abroad", False)),
                 bool(entry.get("unnamed", False)), bool(entry.get("undergone", False)))


def _cues(values) -> frozenset[tuple[str, ...]]:
    return frozenset(phrase(v) for v in values or [])


def load_lexicon(data_dir: Path, code: str, cameo: CameoTable) -> Lexicon:
    """Read and check one language's dictionaries; raises LexiconError."""
    def read(name: str) -> dict:
        path = data_dir / name
        if not path.exists():
            raise LexiconError(f"{path}: missing (the event coder needs it for language {code!r})")
        try:
            with path.open(encoding="utf-8") as handle:
                return yaml.load(handle, Loader=_DataLoader) or {}
        except yaml.YAMLError as error:
            raise LexiconError(f"{path}: {error}") from error

    verbs = {
        str(lemma): tuple(_sense(s, f"verbs.yaml:{lemma}", cameo, blocking=True) for s in senses)
        for lemma, senses in read("verbs.yaml").items()
    }
    nouns = {  # `code: null` marks a phrase that is no event ("serangan jantung"); a list, senses in order
        phrase(noun): tuple(_sense(e, f"nouns.yaml:{noun}", cameo) for e in (entry if isinstance(entry, list) else [entry]) if e.get("code") is not None)
        for noun, entry in read("nouns.yaml").items()
    }
    raw_agents = read("agents.yaml")
    agents = {
        phrase(noun): Agent(str(a.get("code", "")), bool(a.get("head", False)), bool(a.get("generic", False)), bool(a.get("domestic", False)))
        for noun, a in (raw_agents.get("agents") or {}).items()
    }
    agents = _with_offices(agents, raw_agents.get("offices") or {}, phrase)
    raw_grammar = read("grammar.yaml")
    grammar = Grammar(
        words={
            k: frozenset(str(w).lower() for w in v)
            for k, v in raw_grammar.items()
            if isinstance(v, list) and k not in ("inflections", "owner_before_agent", "mutual_both_ways")
        },
        inflections=tuple((str(a), str(b)) for a, b in raw_grammar.get("inflections") or []),
        owner_before_agent=bool(raw_grammar.get("owner_before_agent")),
        mutual_both_ways=bool(raw_grammar.get("mutual_both_ways")),
        forms_first=bool(raw_grammar.get("forms_first")),
        complement_window=int(raw_grammar.get("complement_window", 7)),
        light_verbs={str(k): str(v) for k, v in (raw_grammar.get("light_verbs") or {}).items()},
        adverbial_verbs={str(k): tuple(str(r) for r in v) for k, v in (raw_grammar.get("adverbial_verbs") or {}).items()},
        implied_agents={str(k): str(v).upper() for k, v in (raw_grammar.get("implied_agents") or {}).items()},
        standing_conflicts={str(k).upper(): str(v).upper() for k, v in (raw_grammar.get("standing_conflicts") or {}).items()},
        bombed_places={str(k).lower(): str(v).upper() for k, v in (raw_grammar.get("bombed_places") or {}).items()},
        telling_agents=frozenset(str(x).upper() for x in raw_grammar.get("telling_agents") or []),
        receiving_verbs=frozenset(str(x) for x in raw_grammar.get("receiving_verbs") or []),
    )
    raw = read("modality.yaml")
    modality = Modality(
        negation=_cues(raw.get("negation")),
        negation_window=int(raw.get("negation_window", 3)),
        sentence_negation=_cues(raw.get("sentence_negation")),
        existential_negation=_cues(raw.get("existential_negation")),
        future_times=_cues(raw.get("future_times")),
        future_after_calendar=frozenset(str(w).lower() for w in raw.get("future_after_calendar") or []),
        calendar_words=frozenset(str(w).lower() for w in raw.get("calendar_words") or []),
        opening_speculation=_cues(raw.get("opening_speculation")),
        hypothetical=_cues(raw.get("hypothetical")),
        hypothetical_window=int(raw.get("hypothetical_window", 4)),
        hypothetical_after=_cues(raw.get("hypothetical_after")),
        alleged=_cues(raw.get("alleged")),
        alleged_window=int(raw.get("alleged_window", 4)),
        complement_by_code={str(k): str(v) for k, v in (raw.get("complement_by_code") or {}).items()},
        complement_by_lemma={str(k): str(v) for k, v in (raw.get("complement_by_lemma") or {}).items()},
        complement_exclude=frozenset(str(w).lower() for w in raw.get("complement_exclude") or []),
        negation_exceptions=frozenset(str(w).lower() for w in raw.get("negation_exceptions") or []),
        intent=_cues(raw.get("intent")),
        intent_codes={str(k): str(v) for k, v in (raw.get("intent_codes") or {}).items()},
        intent_window=int(raw.get("intent_window", 0)),
        threat=_cues(raw.get("threat")),
        occurrence_verbs=frozenset(str(w).lower() for w in raw.get("occurrence_verbs") or []),
        realised={str(w).lower(): frozenset(str(x).lower() for x in (raw.get("realised_before") or [])) for w in raw.get("realised_abilities") or []},
        charged_reasons=_cues(raw.get("charged_reasons")),
        charged_codes=tuple(str(c) for c in raw.get("charged_codes") or []),
        negated_codes={str(k): str(v) for k, v in (raw.get("negated_codes") or {}).items() if str(k) in cameo and str(v) in cameo},
    )
    return Lexicon(
        code=code,
        verbs=verbs,
        nouns=nouns,
        agents=agents,
        grammar=grammar,
        modality=modality,
        max_noun=max((len(k) for k in nouns), default=1),
        max_agent=max((len(k) for k in agents), default=1),
        noun_starts=frozenset(k[0] for k in nouns if k),
        agent_starts=frozenset(k[0] for k in agents if k),
        sector_codes=frozenset(a.code for a in agents.values() if a.code),
        judges=tuple(j for j in load_judges(data_dir / "judgements.json") if j.code in cameo),
    )
