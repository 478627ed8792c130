"""Coding stage: who did what to whom, as CAMEO/PLOVER events, from the parsed article.

`load_stage(language)` reads the language's dictionaries (`warta/lang/<code>/verbs.yaml`,
`nouns.yaml`, `agents.yaml`, `modality.yaml`, `grammar.yaml`), the actor knowledge base
(`warta.actors`) and the CAMEO table, and returns a Document → Document function that fills
`document.events` and the `actor` code of `document.entities`.
"""

from __future__ import annotations

from warta.actors import default_kb
from warta.coding.cameo import default_table
from warta.coding.engine import Coder
from warta.coding.lexicon import LexiconError, load_lexicon
from warta.coding.places import place_country_finder
from warta.coding.words import load_known_word, load_lemmatizer
from warta.lang import LanguageData

__all__ = ["Coder", "LexiconError", "load_coder", "load_stage"]


def load_coder(language: LanguageData) -> Coder:
    cameo = default_table()
    lexicon = load_lexicon(language.data_dir, language.code, cameo)
    places = place_country_finder(language.data_dir / "places.tsv")
    return Coder(lexicon, default_kb(), cameo, load_lemmatizer(language.code), places, load_known_word(language.code))


def load_stage(language: LanguageData):
    """A Document → Document stage for one language (the dictionaries are loaded once, here)."""
    if not (language.data_dir / "verbs.yaml").exists():
        return _no_coding
    return load_coder(language)


def _no_coding(document):
    return document
