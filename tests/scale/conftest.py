"""Inputs for the scale-out tests: distinct copies of the reference article."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_ARTICLE


def write_copies(folder: Path, count: int) -> Path:
    """`count` copies of the reference article, each made distinct by a closing line of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    for number in range(1, count + 1):
        (folder / f"copy-{number}.id.txt").write_text(f"{text}\nSalinan nomor {number} dari laporan ini.\n",
                                                      encoding="utf-8")  # fmt: skip
    return folder


@pytest.fixture
def copies(tmp_path: Path) -> Path:
    return write_copies(tmp_path / "copies", 4)
