"""Language stage: tokens, sentences, parse and entities, from the language's spaCy pipeline."""

from __future__ import annotations

import importlib
from functools import cache, partial

import spacy
from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

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
        return with_numpy_blas(spacy.load(model_dir))
    nlp = spacy.blank(language.code)
    nlp.add_pipe("sentencizer")
    return nlp


def with_numpy_blas(nlp: Language) -> Language:
    """The pipeline with every layer multiplying matrices through numpy's BLAS, not cython-blis.

    blis falls back to its generic kernel on CPUs it does not recognise (three times slower on
    the AMD EPYC of BENCHMARKS.md); numpy's OpenBLAS picks its kernel at run time. The outputs
    are the same.
    """
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        for layer in pipe.model.walk() if hasattr(pipe, "model") else ():
            layer.ops = ops
    return nlp


@cache
def _blas_libraries() -> ThreadpoolController:
    """The BLAS libraries loaded in this process, found once (finding them walks every loaded library)."""
    return ThreadpoolController()


def one_blas_thread():
    """A context in which numpy's BLAS runs on one thread.

    One document is one core's work: parallelism comes from workers, and a second BLAS thread on
    matrices this small only contends with them (or with the rest of the machine).
    """
    return _blas_libraries().limit(limits=1, user_api="blas")


def annotate(document: Document, nlp: Language) -> Document:
    with one_blas_thread():
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
