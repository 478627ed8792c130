"""Fixtures for the resolution tests: the stage (loaded once) and a document builder."""

from __future__ import annotations

import pytest

from warta.document import Article, Document, Event
from warta.lang import get_language


@pytest.fixture(scope="session")
def id_stage():
    from warta.resolution import load_stage

    return load_stage(get_language("id"))


@pytest.fixture(scope="session")
def en_stage():
    from warta.resolution import load_stage

    return load_stage(get_language("en"))


@pytest.fixture
def resolve(id_stage):
    """Run the Indonesian stage on a text (article date 2022-02-15 unless given)."""

    def run(text: str, date: str | None = "2022-02-15", events=()) -> Document:
        doc = Document(article=Article(id="t", text=text, date=date, language="id"))
        doc.events = list(events)
        return id_stage(doc)

    return run


def event_at(text: str, evidence: str, code: str = "040") -> Event:
    """A bare event at its evidence in the text: what the resolution stage needs, nothing else."""
    start = text.index(evidence)
    return Event(
        code=code, root=code[:2], name="", quad_class=1, goldstein=1.0, source=None, target=None,
        sentence=0, start=start, end=start + len(evidence), evidence=evidence,
    )  # fmt: skip
