"""The offline gazetteer: place names folded to keys, looked up in a dict.

The index (data/gazetteer.json.gz) is built from GeoNames by scripts/build_gazetteer.py;
a language adds its own exonyms and regions from `lang/<code>/places.tsv` at load time.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

INDEX_PATH = Path(__file__).parent / "data" / "gazetteer.json.gz"
SUBDIVISIONS_PATH = Path(__file__).parent / "data" / "subdivisions.tsv"

_FEATURE_WEIGHT = {"country": 3.0, "region": 2.5, "admin1": 2.0, "city": 1.0}
#: A first-level division whose population the data lacks (the US states) is weighed as a
#: million people: "Florida" is the state before the Cuban town of 63,000.
_ADMIN1_POPULATION = 1_000_000


def fold(name: str) -> str:
    """The lookup key of a name: accents stripped, apostrophes dropped, case folded, spaces single."""
    if name.isascii():  # nothing to decompose (most names; this runs on every candidate)
        plain = name
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("'", "").replace("’", "").replace("ʼ", "").replace("-", " ")
    return " ".join(plain.casefold().split())


@dataclass(frozen=True, slots=True)
class GeoRecord:
    geonameid: int | None
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    population: int


@dataclass(frozen=True, slots=True)
class Candidate:
    record: GeoRecord
    primary: bool  # the key is the record's own name, not an alternate one
    common: bool  # the key is also an ordinary word: accept it only with a place cue

    def prior(self) -> float:
        """How likely this reading is before looking at the article: big, primary, country first."""
        r = self.record
        weight = (
            _FEATURE_WEIGHT.get(r.feature, 1.0) if r.lat is not None else 0.9
        )  # no coordinates: last
        population = r.population or (_ADMIN1_POPULATION if r.feature == "admin1" else 0)
        return weight + math.log10(population + 1) / 4 + (0.5 if self.primary else 0)


class Gazetteer:
    """Name → candidate places, in memory; `lookup` is one dict access."""

    def __init__(
        self,
        records: list[GeoRecord],
        names: dict[str, list[int]],
        primary: dict[str, list[int]],
        common: set[str],
    ):
        self.records = records
        self.names = names
        self.primary = primary
        self.common = common
        self.country_index = {r.country: i for i, r in enumerate(records) if r.feature == "country"}
        self.id_index = {}
        for i, r in enumerate(records):
            self.id_index.setdefault(r.geonameid, i)
        self.max_words = 4
        self.acronyms: set[str] = set()  # keys a language file gives in capitals (AS, UEA, NTB)

    @classmethod
    def load(cls, path: Path = INDEX_PATH) -> Gazetteer:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        records = [GeoRecord(*row) for row in data["records"]]
        return cls(records, data["names"], data["primary"], set(data["common"]))

    def add_subdivisions(self, path: Path = SUBDIVISIONS_PATH) -> None:
        """Add ISO 3166-2 first-level subdivisions (a country, no coordinates) under names not taken."""
        with open(path, encoding="utf-8") as handle:
            rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
        for code, name, name_id, _type in rows:
            self.records.append(GeoRecord(None, name, code.split("-")[0], None, None, "admin1", 0))
            index = len(self.records) - 1
            for text in {name, name_id}:
                key = fold(text)
                self.names.setdefault(key, []).append(index)
                self.primary.setdefault(key, []).append(index)

    def add_names(self, path: Path) -> None:
        """Add a language's exonyms and regions: a TSV of text, ref, name, country, lat, lon.

        `ref` is an ISO country code (the country), `CC/Name` (the place of that name in that
        country), a geonameid, or `-` (a new region with the given name, country and coordinates).
        """
        with open(path, encoding="utf-8") as handle:
            rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
        for text, ref, name, country, lat, lon, *_ in rows[1:]:
            if ref == "-":
                self.records.append(
                    GeoRecord(None, name, country or None, float(lat), float(lon), "region", 0)
                )
                index = len(self.records) - 1
            elif ref.isdigit():
                index = self.id_index.get(int(ref))
            elif "/" in ref:
                code, _, city = ref.partition("/")
                index = next(
                    (
                        i
                        for i in self.primary.get(fold(city), ())
                        if self.records[i].country == code
                    ),
                    None,
                )
            else:
                index = self.country_index.get(ref)
            if index is None:
                continue
            key = fold(text)
            if text.replace(".", "").isupper():
                self.acronyms.add(key)
            self.names[key] = [index] + [i for i in self.names.get(key, []) if i != index]
            self.primary[key] = [index] + [i for i in self.primary.get(key, []) if i != index]
            self.common.discard(key)
            self.max_words = max(self.max_words, len(key.split()))

    def lookup(self, name: str) -> list[Candidate]:
        """Every place a name can be, best prior first."""
        key = fold(name)
        ids = self.names.get(key)
        if not ids:
            return []
        primary = set(self.primary.get(key, ()))
        common = key in self.common
        found = [Candidate(self.records[i], i in primary, common) for i in ids]
        return sorted(found, key=lambda c: -c.prior())

    def country_record(self, code: str) -> GeoRecord | None:
        index = self.country_index.get(code)
        return None if index is None else self.records[index]

    def __contains__(self, name: str) -> bool:
        return fold(name) in self.names


@cache
def _base() -> Gazetteer:
    """GeoNames and the ISO subdivisions, loaded once for every language."""
    gazetteer = Gazetteer.load()
    if SUBDIVISIONS_PATH.exists():
        gazetteer.add_subdivisions()
    return gazetteer


@cache
def load_gazetteer(places_tsv: Path | None = None) -> Gazetteer:
    """The shared gazetteer plus one language's names (cached per language). Languages share
    the base's records and name lists; each gets its own name index (a shallow copy)."""
    base = _base()
    if places_tsv is None or not places_tsv.exists():
        return base
    gazetteer = Gazetteer(
        list(base.records), dict(base.names), dict(base.primary), set(base.common)
    )
    gazetteer.add_names(places_tsv)
    return gazetteer
