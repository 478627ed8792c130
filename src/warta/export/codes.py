"""CAMEO actor codes split into GDELT's fields: country, known group, ethnicity, religions, types."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: Type codes that open the code of an international actor; a country code may follow them
#: (IGOEUREEC: the EU, an IGO of Europe; MNCUSA: a US multinational).
_INTERNATIONAL = {"IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS"}


@dataclass(frozen=True, slots=True)
class ActorParts:
    """GDELT's ten actor columns less the name: Code, CountryCode, KnownGroupCode, ... Type3Code."""

    code: str = ""
    country: str = ""
    known_group: str = ""
    ethnic: str = ""
    religion1: str = ""
    religion2: str = ""
    type1: str = ""
    type2: str = ""
    type3: str = ""


@cache
def code_table() -> dict[str, set[str]]:
    """kind → codes, from data/cameo_actor_codes.tsv (see data/README.md for its sources)."""
    table: dict[str, set[str]] = {}
    text = resources.files("warta.export").joinpath("data/cameo_actor_codes.tsv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        table.setdefault(row["kind"], set()).add(row["code"])
    return table


@cache
def country_names() -> dict[str, str]:
    text = resources.files("warta.export").joinpath("data/cameo_actor_codes.tsv").read_text("utf-8")
    return {
        row["code"]: row["label"]
        for row in csv.DictReader(text.splitlines(), delimiter="\t")
        if row["kind"] in ("country", "region")
    }


@cache
def split_actor(code: str | None) -> ActorParts:
    """Split a CAMEO actor code into 3-letter parts the way GDELT fills its actor columns.

    RUSGOV → country RUS, type GOV; IGOUNO → type IGO, known group UNO;
    IGOEUREEC → country EUR, known group EEC, type IGO. Unknown parts are left out.
    """
    if not code:
        return ActorParts()
    table = code_table()
    countries = table["country"] | table["region"]
    parts = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    fields: dict[str, str] = {}
    religions: list[str] = []
    types: list[str] = []
    for position, part in enumerate(parts):
        country_slot = position == 0 or (position == 1 and parts[0] in _INTERNATIONAL)
        if country_slot and part in countries and "country" not in fields:
            fields["country"] = part
        elif part in table["knowngroup"] and "known_group" not in fields:
            fields["known_group"] = part
        elif part in table["type"] and len(types) < 3:
            types.append(part)
        elif part in table["religion"] and len(religions) < 2:
            religions.append(part)
        elif part in table["ethnic"] and "ethnic" not in fields:  # ethnic codes are lower case
            fields["ethnic"] = part
    religions += [""] * (2 - len(religions))
    types += [""] * (3 - len(types))
    return ActorParts(code, fields.get("country", ""), fields.get("known_group", ""), fields.get("ethnic", ""),
                      religions[0], religions[1], types[0], types[1], types[2])  # fmt: skip
