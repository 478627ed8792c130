"""Coding stage."""

from warta.document import Document
from warta.lang import LanguageData


def load_stage(language: LanguageData):
    def stage(document: Document) -> Document:
        return document

    return stage
