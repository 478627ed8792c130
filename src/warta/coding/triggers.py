"""Event triggers: verbs matched on their lemma, event nouns on their surface form."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from warta.coding.lemmas import MIN_STEM
from warta.coding.lexicon import Lexicon, Sense, match_phrase
from warta.coding.words import Word


@dataclass(slots=True)
class Trigger:
    first: int
    last: int  # inclusive word index
    kind: str  # verb or noun
    lemma: str
    senses: tuple[Sense, ...]
    passive: bool = False
    agent_clitic: bool = False  # disebutnya: the -nya is the agent of a passive verb

    @property
    def text_span(self) -> tuple[int, int]:
        return self.first, self.last


def _is_verbal(word: Word, lemma: str, lexicon: Lexicon, after_pronoun: bool = False) -> bool:
    """A verb form of the lemma, not its nominalisation (tuduh/menuduh/dituduh, not tuduhan);
    `after_pronoun`: a bare lemma right after "kami", "kita", "saya" is a verb ("kita dorong KPK")."""
    if word.pos in ("PUNCT", "NUM", "SYM"):  # the tagger's other labels are not trusted over the affixes
        return False
    base = word.base
    if word.lower in lexicon.grammar.adjective_forms:
        return False  # "lima tahun mendatang": upcoming, no coming
    if word.pos and word.pos.lower() in lexicon.grammar.nonverb_tags:
        return False  # grammar.yaml `nonverb_tags`: a word the tagger calls a noun is no verb (PETRARCH's dictionaries)
    if lexicon.grammar.inflections:  # an inflecting language: nouns were matched first
        return True
    if base == lemma:
        g = lexicon.grammar
        return lemma in g.bare_verbs or word.pos == "VERB" or lemma.startswith(tuple(g.verb_prefixes)) or (after_pronoun and word.pos != "ADJ")
    prefixes = tuple(lexicon.grammar.verb_prefixes)
    if base in (lemma + "i", lemma + "kan"):  # a verb suffix alone, as headlines write: "Polisi selidiki"
        return True
    return base.startswith(prefixes) and not (base.startswith(("pe", "ke")) and base.endswith("an"))


def is_passive(words: list[Word], i: int, lemma: str, lexicon: Lexicon) -> bool:
    """di- passives (dituduh), or an auxiliary before a participle (was accused)."""
    word, g = words[i], lexicon.grammar
    if any(word.base.startswith(p) and not lemma.startswith(p) for p in g.passive_prefixes):
        return True
    j = i - 1
    while j > 0 and words[j].pos == "ADV":  # "was fiercely opposed by"
        j -= 1
    return j >= 0 and words[j].lower in g.passive_auxiliaries and word.lower.endswith(("ed", "en", "t"))


def lemma_candidates(word: Word, lexicon: Lexicon) -> tuple[str, ...]:
    """The word's lemma and base, and for inflecting languages the forms its suffixes allow."""
    out = [word.lower, word.lemma, word.base, word.stem] if lexicon.grammar.forms_first else [word.lemma, word.base, word.stem]
    for suffix, replacement in lexicon.grammar.inflections:
        if word.lower.endswith(suffix) and len(word.lower) > len(suffix) + 2:
            out.append(word.lower[: -len(suffix)] + replacement)
    out.extend(active_forms(word.lower, lexicon))
    return tuple(dict.fromkeys(x for x in out if x))


def active_forms(lower: str, lexicon: Lexicon) -> list[str]:
    """The active forms a passive may answer to (grammar.yaml `active_prefixes`, "passive>active"
    or "passive>active/swallowed letter"): "ditandatangani" → "menandatangani", "digerebek" →
    "menggerebek"."""
    out: list[str] = []
    if not lower.startswith(lexicon.grammar.active_prefix_starts) or lower in lexicon.grammar.no_active_form:
        return out
    for passive, active, swallowed in lexicon.grammar.active_prefix_rules:
        rest = lower[len(passive) :]
        if lower.startswith(passive) and rest.startswith(swallowed) and len(rest) > MIN_STEM:
            out.append(active + rest[len(swallowed) :])
    return out


def find_triggers(words: list[Word], start: int, end: int, lexicon: Lexicon, taken: set[int]) -> list[Trigger]:
    """Triggers in words[start:end], skipping words inside actor mentions (`taken`)."""
    out: list[Trigger] = []
    i = start
    while i < end:
        if i in taken:
            i += 1
            continue
        verb_context = i > start and words[i - 1].lower in lexicon.grammar.verb_cues
        noun = None if verb_context else _noun_at(words, i, end, lexicon, taken)
        if noun is not None:
            out.append(noun)
            i = noun.last + 1
            continue
        w = words[i]
        if _attributive(words, i, start, lexicon) or _attributive_participle(words, i, start, end, lexicon):
            i += 1
            continue
        after_pronoun = i > start and words[i - 1].lower in lexicon.grammar.bare_verb_subjects
        for lemma in lemma_candidates(w, lexicon):
            senses = lexicon.verbs.get(lemma)
            if senses and _is_verbal(w, lemma, lexicon, after_pronoun):
                passive = is_passive(words, i, lemma, lexicon)
                out.append(Trigger(i, i, "verb", lemma, senses, passive, passive and w.possessive))
                break
        i += 1
    return out


def _attributive(words: list[Word], i: int, start: int, lexicon: Lexicon) -> bool:
    """A participle used as an adjective after a determiner ("the occupied West Bank", "a
    planned visit"): grammar.yaml `attributive_endings`."""
    g = lexicon.grammar
    return i > start and words[i - 1].lower in g.determiners and words[i].lower.endswith(tuple(g.attributive_endings))


def _attributive_participle(words: list[Word], i: int, start: int, end: int, lexicon: Lexicon) -> bool:
    """A participle the parse makes a modifier of a noun after it, with no auxiliary of its own
    ("a heavily armed ruling Serb minority", "an occupying army", "Algeria's leading human
    rights activist"): an adjective (grammar.yaml `attributive_participles`, the endings)."""
    endings = tuple(lexicon.grammar.attributive_participles)
    w = words[i]
    if not endings or w.dep != "amod" or not i < w.head < end or not w.lower.endswith(endings):
        return False
    return not any(words[k].head == i and words[k].dep in ("aux", "aux:pass") for k in range(start, end))


def _noun_at(words: list[Word], i: int, end: int, lexicon: Lexicon, taken: Collection[int] = ()) -> Trigger | None:
    if words[i].base not in lexicon.noun_starts:
        return None
    for n in range(min(lexicon.max_noun, end - i), 0, -1):
        key = tuple(w.base for w in words[i : i + n])
        senses = lexicon.nouns.get(key)
        if senses is not None:  # an empty tuple: a phrase known to be no event, which blocks shorter ones
            if n == 1 and _qualified(words, i, end, lexicon, taken):
                senses = ()
            return Trigger(i, i + n - 1, "noun", " ".join(key), senses)
    return None


def _qualified(words: list[Word], i: int, end: int, lexicon: Lexicon, taken: Collection[int]) -> bool:
    """Is a noun that is an event only on its own (grammar.yaml `standalone_nouns`: "aksi")
    followed by a content word that says what kind of act it is ("aksi dukung-mendukung",
    "aksi jual")? An actor after it is its owner ("aksi mahasiswa"), not its kind."""
    g = lexicon.grammar
    k = i + 1
    if words[i].base not in g.standalone_nouns or k >= end or k in taken:
        return False
    w = words[k]
    return w.pos in ("NOUN", "PROPN", "VERB", "ADJ") and w.text.replace("-", "").isalpha() and w.lower not in g.event_modifiers


SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")
SUBJECT_REACH = 4  # without a parse: the words right before the verb that may be its subject's


def subject_words(words: list[Word], start: int, i: int) -> list[Word]:
    """The words of the subject of the verb at i: by the parse, its subject and the words that
    hang from it before the verb; without a parse, the few words right before the verb."""
    if not any(w.dep for w in words[start:i + 1]):
        return words[max(start, i - SUBJECT_REACH) : i]
    subject = next((k for k in range(start, i) if words[k].head == i and words[k].dep in SUBJECT_DEPS), None)
    if subject is None:
        return []
    out = []
    for k in range(start, i):
        j = k
        for _ in range(len(words)):  # up the heads to the subject, the verb or the root
            if j == subject or not 0 <= j < len(words) or words[j].head in (j, i, -1):
                break
            j = words[j].head
        if j == subject and words[k].pos != "ADV":  # "Gollum recently did allow": no adverb is the subject's
            out.append(words[k])
    return out


def subject_has(words: list[Word], start: int, trigger: Trigger, sense: Sense, lexicon: Lexicon) -> bool:
    """Does the sense's `subject` condition hold (PETRARCH's words before the verb: "- {DEATH TOLL} *")?"""
    if not sense.subject:
        return True
    forms = [w.forms() for w in subject_words(words, start, trigger.first)]
    return any(match_phrase(p, forms, len(forms), lexicon.grammar.determiners) is not None for p in sense.subject)
