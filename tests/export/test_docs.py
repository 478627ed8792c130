"""docs/exports.md stays true: every format, GDELT column and PLOVER field is documented."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT
from warta.export import FORMATS, gdelt, mentions
from warta.export.plover import schema

DOC = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
NAMES = set(re.findall(r"`([\w-]+)`", DOC))


@pytest.mark.parametrize("name", FORMATS)
def test_docs_every_format(name):
    assert re.search(rf"^## .*`{re.escape(name)}`", DOC, re.M), name


def test_docs_every_gdelt_column():
    # Actor2 columns share Actor1's rows; the geography groups share one table of Geo_ columns.
    generic = {re.sub(r"^(Actor1|Actor2|Action)Geo_", "Geo_", c.replace("Actor2", "Actor1")) for c in gdelt.COLUMNS}
    assert generic <= NAMES


def test_docs_every_mentions_column():
    assert set(mentions.COLUMNS) <= NAMES


def test_docs_every_plover_field():
    assert set(schema()["properties"]) <= NAMES
