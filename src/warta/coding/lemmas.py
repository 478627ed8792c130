"""Verb lemmas the trained lemmatizer got wrong, mended from the language's own inflections.

An edit-tree lemmatizer can strip a verb (as the tagger tells) to no word ("violated" → "violat", "rioted" →
"riote"). For a language whose grammar.yaml lists `inflections`, a word whose lemma is no known
verb takes the first form its endings allow that is one (verbs.yaml), as the trigger finder
already reads it, so that the word lists keyed by lemma (light, control, speech verbs) and the
mode cues read the same verb.
"""

from __future__ import annotations

from warta.coding.lexicon import Lexicon
from warta.coding.words import Word

MIN_STEM = 3  # letters left once an ending is taken off ("used" → "us" is no candidate)


def inflected_forms(lower: str, lexicon: Lexicon) -> list[str]:
    """The forms grammar.yaml `inflections` allow for a word, in their order."""
    return [lower[: -len(suffix)] + replacement for suffix, replacement in lexicon.grammar.inflections
            if lower.endswith(suffix) and len(lower) - len(suffix) >= MIN_STEM]


def mend_lemmas(words: list[Word], lexicon: Lexicon) -> None:
    if not lexicon.grammar.inflections:
        return
    for w in words:
        if w.pos not in ("VERB", "AUX", "") or w.lemma in lexicon.verbs or not w.lower.isalpha():
            continue
        known = next((f for f in inflected_forms(w.lower, lexicon) if f in lexicon.verbs), None)
        if known is not None:
            w.lemma = known
