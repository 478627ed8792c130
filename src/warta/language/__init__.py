"""Language stage: tokens, sentences, parse and entities, from the language's spaCy pipeline."""

from __future__ import annotations

import importlib
from functools import partial

import spacy
from spacy.language import Language

from warta.document import Document, Entity, Sentence
from warta.lang import LanguageData


def load_nlp(language: LanguageData) -> Language:
    """The shipped trained pipeline of a language if it has one, else a blank one with a sentencizer."""
    model_dir = language.data_dir / "model"
    try:  # the language's own spaCy components and tokenizer, if it has any
        importlib.import_module(f"warta.lang.{language.code}.components")
    except ModuleNotFoundError as error:
        if error.name != f"warta.lang.{language.code}.components":
            raise
    if (model_dir / "config.cfg").exists():
        return spacy.load(model_dir)
    nlp = spacy.blank(language.code)
    nlp.add_pipe("sentencizer")
    return nlp


def annotate(document: Document, nlp: Language) -> Document:
    doc = nlp(document.article.text)
    document.spacy_doc = doc
    document.sentences = [
        Sentence(start=s.start_char, end=s.end_char, text=s.text) for s in doc.sents if s.text.strip()
    ]
    document.entities = [
        Entity(text=e.text, label=e.label_, start=e.start_char, end=e.end_char) for e in doc.ents
    ]
    return document


def load_stage(language: LanguageData):
    return partial(annotate, nlp=load_nlp(language))
