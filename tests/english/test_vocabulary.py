"""warta's English verbs, generated from PETRARCH2's CAMEO.2.0.txt and curated."""

from pathlib import Path

import srsly

from warta.coding.cameo import default_table
from warta.coding.lexicon import load_lexicon
from warta.lang import get_language

ENGLISH = get_language("en").data_dir


def test_generated_vocabulary_loads_and_covers_the_cameo_roots():
    lexicon = load_lexicon(ENGLISH, "en", default_table())
    codes = {sense.code for senses in lexicon.verbs.values() for sense in senses if sense.code}  # `code: null`: no event ("passing through")
    assert len(lexicon.verbs) >= 1500
    assert len(codes) >= 200
    assert {code[:2] for code in codes} == {f"{n:02d}" for n in range(1, 21)}


def test_header_says_generated_from_what_and_by_which_command():
    header = (ENGLISH / "verbs.yaml").read_text(encoding="utf-8").split("\n", 3)[:3]
    assert "Generated from PETRARCH's CAMEO.2.0.txt" in header[0]
    assert "warta dictionaries import --verbs" in header[0]
    assert "curated by hand" in header[1]


def test_curation_wins_over_the_generated_senses():
    curation = srsly.read_yaml(ENGLISH / "verbs.curation.yaml")
    verbs = srsly.read_yaml(ENGLISH / "verbs.yaml")
    assert not set(curation["drop"]) & set(verbs)
    for lemma, senses in curation["replace"].items():
        assert verbs[lemma] == senses


def test_a_sense_can_ask_its_source_for_a_sector():
    from warta.coding.lexicon import Sense

    sense = Sense("190", source=("MIL",))
    assert sense.fits_source("RUSMIL") and sense.fits_source("MIL") and sense.fits_source("USAMILNAV")
    assert not sense.fits_source("LBNREBHEZ") and not sense.fits_source(None)
    assert Sense("180").fits_source(None)
