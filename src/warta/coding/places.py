"""The country a place name lies in, for the coder: "polisi di Xinjiang" are China's police.

The gazetteer of the resolution stage answers where a name is; the actor knowledge base's
country table turns its ISO alpha-2 code into the alpha-3 code CAMEO actors carry.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import cache
from pathlib import Path

from warta.actors.kb import DATA_DIR
from warta.resolution.gazetteer import load_gazetteer

PlaceCountry = Callable[[str], "str | None"]


@cache
def _alpha3() -> dict[str, str]:
    with (DATA_DIR / "countries.tsv").open(encoding="utf-8") as handle:
        return {row["iso2"]: row["code"] for row in csv.DictReader(handle, delimiter="\t") if row.get("iso2")}


def place_country_finder(places_tsv: Path | None) -> PlaceCountry:
    """A function from a place name to its country's alpha-3 code (None if unknown or if the
    name is also an ordinary word)."""
    gazetteer = load_gazetteer(places_tsv)
    alpha3 = _alpha3()

    def country_of(name: str) -> str | None:
        best = next((c for c in gazetteer.lookup(name) if not c.common), None)
        return alpha3.get(best.record.country or "") if best else None

    return country_of
