"""CAMEO event codes → PLOVER event type, mode and context (the coding stage's table)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class PloverType:
    event: str
    mode: str
    context: tuple[str, ...]


@cache
def plover_table() -> dict[str, PloverType]:
    """CAMEO code → PLOVER, read from warta.coding's data/cameo.tsv (built from CAMEO2PLOVER-2021)."""
    text = resources.files("warta.coding").joinpath("data/cameo.tsv").read_text("utf-8")
    table = {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        context = tuple(c for c in (row.get("plover_context") or "").split("|") if c)
        table[row["code"]] = PloverType(row.get("plover") or "", row.get("plover_mode") or "", context)
    return table


def plover_for(code: str, stored: str | None = None) -> PloverType:
    """The PLOVER type of a CAMEO code; `stored` (the event's own plover column) wins if set."""
    found = plover_table().get(code) or plover_table().get(code[:3]) or PloverType("", "", ())
    if stored and stored != found.event:
        return PloverType(stored, "", found.context)
    return found
