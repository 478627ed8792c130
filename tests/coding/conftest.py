"""Fixtures for the event coder's tests: code one sentence through the full pipeline."""

from __future__ import annotations

import pytest

from warta.document import Article, article_id


@pytest.fixture(scope="session")
def code(pipeline):
    """code(text, date) → the coded Document of one short Indonesian text."""

    def run(text: str, date: str = "2025-03-10"):
        return pipeline.process(Article(id=article_id(text), text=text, date=date, language="id"))

    return run


def triples(document, mode: str | None = "asserted") -> set[tuple[str, str, str]]:
    """(source, target, root) of a document's events, of one mode (None: all)."""
    return {
        (e.source.code, e.target.code if e.target else None, e.root)
        for e in document.events
        if mode is None or e.mode == mode
    }


def english_coder(pipeline, default_date: str):
    """code_en(text, date=...): an English text through the whole pipeline."""

    def run(text: str, date: str = default_date):
        return pipeline.process(Article(id=article_id(text), text=text, date=date, language="en"))

    return run
