"""Fixtures shared by every test folder."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE_ARTICLE = EXAMPLES / "moskow-2022-02-15.id.txt"
# ../shared beside the repository: data for tests (never needed by an installed warta).
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "gold" / "moskow-2022-02-15.gold.json"


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def pipeline():
    """One pipeline for the whole run: loading models is the slow part."""
    from warta.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def reader():
    from warta.ingest import Reader

    return Reader()


@pytest.fixture(scope="session")
def example_document(reader, pipeline):
    """The reference article through the whole pipeline."""
    article = reader.from_plain_text(EXAMPLE_ARTICLE.read_text(encoding="utf-8"), str(EXAMPLE_ARTICLE))
    return pipeline.process(article)


@pytest.fixture
def bad_inputs_folder(tmp_path: Path) -> Path:
    """The issue's mixed folder: the reference article and four kinds of bad input."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "moskow.txt").write_bytes(EXAMPLE_ARTICLE.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "random.bin").write_bytes(random.Random(4096).randbytes(4096))  # 4 KB of random bytes, seeded
    (folder / "latin1.txt").write_bytes("15 Februari 2022\nJAKARTA - Presiden bertemu menteri. Caf\xe9".encode("latin-1"))
    good = {
        "title": "Indonesia dan Jepang sepakat memperkuat kerja sama",
        "date": "2023-05-20",
        "text": "TOKYO – Presiden Indonesia Joko Widodo bertemu dengan Perdana Menteri Jepang Fumio Kishida "
        "di Tokyo pada hari Sabtu. Kedua pemimpin sepakat untuk memperkuat kerja sama ekonomi.",
    }
    (folder / "feed.jsonl").write_text(json.dumps(good) + "\n{not json at all\n", encoding="utf-8")
    return folder
