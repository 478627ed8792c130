"""Targets and events told through a clause rather than a verb's own slots.

Each rule reads its words from the language's grammar.yaml / modality.yaml and does nothing
for a language that lists none:

* clause_target — "The PRC on Tuesday demanded that the US cancel ...": the target of a verb
  of a root in `clause_target_roots` is the subject of the clause a complementizer
  (`clause_complementizers`) opens a few words after it; with `clause` in `parse_roles`, first
  the parsed subject of the verb's "that" clause (ccomp), however long its subject's phrase.
* place_target — "Israeli tanks fired shells at targets in Jericho": force used in a place
  (`place_target_roots`) with no actor as its target is used against the place's country.
* complement_target — "agreed to set up a center in Tokyo": an intention (or, as the language
  lists, a refusal) with no actor as its object is towards the first state its complement names
  (`complement_target_roots`).
* condition_target — "threatened to break relations unless the Kremlin closed ...": the
  target of a root in `condition_target_roots` is the subject of its condition
  (`condition_markers`).
* find_obligation — "Russia said on Tuesday that Sudan must return ...": a reporting verb
  (`obligation_reporters`) whose clause puts an actor under an obligation
  (`obligation_words`) is a demand (`obligation_code`) of that actor.
* verbs_first — "Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting":
  with `noun_events: [fallback]`, a sentence that tells an asserted event by a verb does not
  also tell events by nouns alone (PETRARCH's way: nouns are a verb's complements, not events).
* intent_code — "Portugal will support Turkey", "Iran threatened to shell Iraqi towns": an
  event announced as intended (modality.yaml `intent`) is the intention's own event, coded
  by `intent_codes` (CAMEO's 03 "express intent to ..." and 13 "threaten ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.coding.lexicon import Lexicon, Sense
from warta.coding.mentions import Mention
from warta.coding.modality import _match_at
from warta.coding.roles import Sentence
from warta.coding.triggers import Trigger

CLAUSE_GAP = 4  # words between a verb and its complementizer ("demanded on Tuesday that")
SUBJECT_REACH = 6  # words after a complementizer in which the clause's subject stands
CONDITION_REACH = 12  # words after a verb in which its condition ("unless ...") may open
OBLIGATION_REACH = 16  # words between a reporting verb and the obligation word


def clause_subject(s: Sentence, k: int, exclude: Mention | None = None) -> Mention | None:
    """The first actor after word k that no preposition governs: the subject of the clause k opens."""
    stop = min(s.end, k + 1 + SUBJECT_REACH)
    for m in s.mentions:
        if k < m.first < stop and m is not exclude and s.governor(m) is None and m.code:
            return s._group_head(m)
    return None


def clause_target(s: Sentence, trigger: Trigger, sense: Sense, source: Mention | None) -> Mention | None:
    g = s.lexicon.grammar
    if sense.code[:2] not in g.clause_target_roots:
        return None
    if "clause" in g.parse_roles and s.has_parse:  # the parsed subject of the verb's "that" clause, however long
        for k in s.dependents(trigger.last, ("ccomp",)):
            if k > trigger.last and any(s.words[j].lower in g.clause_complementizers for j in s.dependents(k, ("mark",))):
                found = s.parsed_role(k, ("nsubj", "nsubj:pass"))
                if isinstance(found, Mention) and found is not source:
                    return found
    return _subject_after(s, trigger.last + 1, CLAUSE_GAP + 1, g.clause_complementizers, source, (",", ";", ".", ":"))


def condition_target(s: Sentence, trigger: Trigger, sense: Sense, source: Mention | None) -> Mention | None:
    g = s.lexicon.grammar
    if sense.code[:2] not in g.condition_target_roots and sense.code not in g.condition_target_roots:
        return None
    found = _subject_after(s, trigger.last + 1, CONDITION_REACH, g.condition_markers, source, (";", ".", ":"))
    return found if found is None or source is None or found.country != source.country else None


def place_target(s: Sentence, trigger: Trigger, sense: Sense, source: Mention | None) -> Mention | None:
    """"Israeli tanks fired four shells at targets in Jericho": force used in a place, with no
    actor named as its target, is used against that place's country (`place_target_roots`)."""
    g = s.lexicon.grammar
    if sense.code[:2] not in g.place_target_roots:
        return None
    limit = s.right_limit(trigger.last)
    for m in s.mentions:
        if trigger.last < m.first < limit and m is not source and m.kind in ("country", "metonym") and s.governor(m) in g.location_prepositions:
            return m
    return None


def complement_target(s: Sentence, trigger: Trigger, sense: Sense, source: Mention | None) -> Mention | None:
    """"APEC has agreed to set up a research center in Tokyo", "Syria is willing to withdraw its
    troops from Lebanon": an intention (a root or code in `complement_target_roots`) with no actor as its
    object is towards the first state its complement names, whatever preposition governs it."""
    g = s.lexicon.grammar
    if not sense.code.startswith(tuple(g.complement_target_roots)):
        return None
    if trigger.last + 1 < s.end and s.words[trigger.last + 1].lower in g.origin_prepositions:
        return None  # "impor ... datang dari Inggris": where it comes from, not where one goes
    return _state_after(s, trigger.last, s.right_limit(trigger.last), source)


def _state_after(s: Sentence, after: int, limit: int, source: Mention | None) -> Mention | None:
    """The first state (country or metonym) between word `after` and `limit`, not the source's."""
    for m in s.mentions:
        if after < m.first < limit and m.kind in ("country", "metonym") and (source is None or m.country != source.country):
            return m
    return None


def owned_target(s: Sentence, trigger: Trigger, target: Mention | None, source: Mention | None) -> Mention | None:
    """"Britain mobilized army reservists for a possible war against Iraq", "rejected a call for
    its peacekeeping forces to be deployed in East Timor": a target that is a bare sector (no
    country: whose army?; a domestic sector takes the source's) gives way, with `owned_targets: [after_sector]`, to the first state the
    rest of the clause names."""
    g = s.lexicon.grammar
    if target is None or "after_sector" not in g.owned_targets or target.code not in s.lexicon.sector_codes:
        return target
    if target.code.lower() in g.domestic_sectors:  # "opposition", "rebels": the other actor's country decides
        return target
    return _state_after(s, target.last, s.right_limit(trigger.last), source) or target


def _subject_after(s: Sentence, lo: int, reach: int, markers: frozenset[str], source: Mention | None, stops: tuple[str, ...]) -> Mention | None:
    """The subject of the clause the first of `markers` opens within `reach` words of lo; none
    past a stop, or, when the marker must follow closely (a complementizer), past an actor."""
    for k in range(lo, min(s.end, lo + reach)):
        if s.words[k].lower in markers:
            return clause_subject(s, k, source)
        if s.words[k].text in stops or ("," in stops and k in s.inside):
            return None
    return None


@dataclass(frozen=True, slots=True)
class Obligation:
    code: str
    source: Mention
    target: Mention
    first: int  # the reporting verb
    last: int


def find_obligation(s: Sentence) -> Obligation | None:
    """"Russia said that Sudan must return ...", "British Foreign Secretary Jack Straw said on
    Friday that the Sudanese government and the rebels in Darfur must reach ...": the reporter
    demands of the subject of the clause its obligation word stands in."""
    g = s.lexicon.grammar
    code = next(iter(g.obligation_code), None)
    if code is None:
        return None
    for k in range(s.start + 1, s.end):
        if s.words[k].lower not in g.obligation_words:
            continue
        for j in range(k - 1, max(s.start, k - OBLIGATION_REACH) - 1, -1):
            word = s.words[j]
            if word.lower in g.obligation_reporters or word.lemma in g.obligation_reporters:
                source, target = s.subject_left(j), clause_subject(s, j)
                if source is not None and target is not None and target.last < k and source.code and source.code != target.code:
                    return Obligation(_obligation_code(g, code, source, target), source, target, j, j)
                break
            if s.is_hard_break(j) and word.lower not in g.clause_complementizers:
                break
    return None


def _obligation_code(g, code: str, source: Mention, target: Mention) -> str:
    """A demand of another state; of one's own country's actors, an appeal (grammar.yaml
    `domestic_obligation_code`), when the language has one."""
    domestic = next(iter(g.domestic_obligation_code), None)
    return domestic if domestic and source.country and source.country == target.country else code


WISH_REACH = 5  # words from the wished-of actor to its verb ("saat ini tidak", "segera", "dapat" between)


def find_wish(s: Sentence) -> Obligation | None:
    """"Megawati berharap partai yang berkuasa tidak bertindak seenaknya", "dia mengharapkan
    Menkumham memberikan peringatan keras": a wish that another actor act (grammar.yaml
    `wish_verbs`, active forms only) is an appeal to that actor (`wish_code`)."""
    g = s.lexicon.grammar
    code = next(iter(g.wish_code), None)
    if code is None:
        return None
    for k in range(s.start + 1, s.end - 2):
        w = s.words[k]
        if w.lower not in g.wish_verbs:
            continue
        j = k + 1 + (s.words[k + 1].text == ",")  # "Dia berharap, pemerintah pusat bisa ..."
        j += s.words[j].lower in g.wish_complementizers  # "berharap agar ..."
        target = s.by_first.get(j)
        source = s.subject_left(k)
        if target is None or source is None or not target.code or not source.code or target.code == source.code:
            continue
        if target.kind == "country" and target.country == source.country:
            continue  # "Jokowi berharap Indonesia menjadi negara maju": a hope for one's own country, no appeal
        verbs = [x for x in s.words[target.last + 1 : min(s.end, target.last + 1 + WISH_REACH)] if x.pos == "VERB"]
        if verbs and verbs[0].lemma not in g.stative_verbs:
            return Obligation(code, source, target, k, k)
    return None


def verbs_first(events: list, nominal: list, lexicon: Lexicon) -> list:
    """The events of a sentence, less those told by a noun alone when a verb asserts one."""
    if "fallback" not in lexicon.grammar.noun_events or not nominal:
        return events
    told = {id(e) for e in nominal}
    if not any(e.mode == "asserted" and id(e) not in told for e in events):
        return events
    return [e for e in events if id(e) not in told]


def intent_code(s: Sentence, anchor: int, code: str, lexicon: Lexicon, negated: bool = False) -> str | None:
    """The code of an intention announced for the event at `anchor`, if a cue announces one. An
    intention denied ("Syria says it will not accept any more refugees", "would not meet their
    demands") is a refusal: `intent_codes` "negated"."""
    mod = lexicon.modality
    if not mod.intent or not mod.intent_codes or (negated and "negated" not in mod.intent_codes):
        return None
    k = _intent_cue(s, anchor, lexicon)
    if k is None:
        return None
    if negated:
        return mod.intent_codes["negated"]
    found = next((mod.intent_codes[code[:size]] for size in (4, 3, 2) if code[:size] in mod.intent_codes), None)
    if "threat" in mod.intent_codes and _match_at(s.words, k, mod.threat) and not (found or "").startswith(mod.intent_codes["threat"][:2]):
        return mod.intent_codes["threat"]  # "threatened to stop negotiations": a threat, whatever is threatened
    return found


def intent_mode(s: Sentence, anchor: int, lexicon: Lexicon) -> str:
    """The mode of the intention announced for the event at `anchor`: hypothetical when its cue
    stands itself in a condition or an aim ("... unless the president agrees to step down": no
    one has agreed), a hypothetical cue of modality.yaml that is no intention cue in the
    hypothetical window before it; the mode of a `complement_by_lemma` word there ("the US must
    be ready to mediate": demanded of it); else asserted ("said it would be ready to host")."""
    mod = lexicon.modality
    k = _intent_cue(s, anchor, lexicon)
    if k is None:
        return "asserted"
    for j in range(k - 1, max(s.start, k - mod.hypothetical_window) - 1, -1):
        if s.is_hard_break(j) or s.words[j].text == ",":
            break
        if s.words[j].lemma in mod.complement_by_lemma and s.words[j].lower not in mod.complement_exclude:
            return mod.complement_by_lemma[s.words[j].lemma]
        if _match_at(s.words, j, mod.hypothetical) and not _match_at(s.words, j, mod.intent):
            return "hypothetical"
    return "asserted"


def _intent_cue(s: Sentence, anchor: int, lexicon: Lexicon) -> int | None:
    """Where the intention cue of the event at `anchor` stands: the nearest before it, in its
    clause and within `intent_window` words. None for a participle the parse hangs on a noun
    ("will return weapons and equipment seized last year": the cue is the main verb's)."""
    mod = lexicon.modality
    if s.words[anchor].dep == "acl" and not any(s.words[j].lower in lexicon.grammar.purpose_markers for j in s.dependents(anchor, ("mark",))):
        return None
    for k in range(anchor - 1, max(s.start, anchor - (mod.intent_window or mod.hypothetical_window)) - 1, -1):
        if (s.is_hard_break(k) and s.words[k].lower not in lexicon.grammar.clause_complementizers) or s.words[k].text == ",":
            return None
        if _match_at(s.words, k, mod.intent):
            return k
    return None
