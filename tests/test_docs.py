"""The docs stay true: every field of the JSON output is documented in docs/output.md."""

import re
from dataclasses import fields

import pytest

from tests.conftest import ROOT
from warta import document as model

OUTPUT_DOC = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")


def section(name: str) -> str:
    match = re.search(rf"^## `{re.escape(name)}`\n(.*?)(?=^## |\Z)", OUTPUT_DOC, re.S | re.M)
    assert match, f"docs/output.md has no section for {name}"
    return match.group(1)


def documented(name: str) -> set[str]:
    """The field names in the first column of a section's table (`a`, `b` rows name two)."""
    rows = re.findall(r"^\| ((?:`\w+`(?:, )?)+) \|", section(name), re.M)
    return {field for row in rows for field in re.findall(r"`(\w+)`", row)}


@pytest.mark.parametrize(
    "name, record",
    [("article", model.Article), ("sentences[]", model.Sentence), ("events[]", model.Event),
     ("quotes[]", model.Quote), ("times[]", model.TimeExpression), ("places[]", model.Place),
     ("entities[]", model.Entity)],
)  # fmt: skip
def test_every_output_field_is_documented(name, record):
    internal = {"body_start"}  # never serialised
    assert {f.name for f in fields(record)} - internal == documented(name)
