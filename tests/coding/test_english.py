"""The same engine on the minimal English dictionaries (warta/lang/en/*.yaml)."""

import pytest

from tests.coding.conftest import english_coder, triples


@pytest.fixture(scope="module")
def code_en(pipeline):
    return english_coder(pipeline, "2022-02-15")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian President Vladimir Putin spoke with US President Joe Biden on Saturday.", {("RUSGOV", "USAGOV", "04")}),
        ("Russia accused Western countries and the media of a disinformation campaign.", {("RUS", "WST", "11"), ("RUS", "MED", "11")}),
        ("Ukraine was attacked by Russia on Thursday.", {("RUS", "UKR", "19")}),
        ("Israel launched airstrikes on Gaza.", {("ISR", "PSE", "19")}),
        ("The European Union imposed sanctions on Iran.", {("IGOEUREEC", "IRN", "16")}),
    ],
)
def test_english_events(code_en, text, expected):
    assert triples(code_en(text)) == expected


def test_english_modes(code_en):
    assert triples(code_en("China did not attack Taiwan."), "negated") == {("CHN", "TWN", "19")}
    assert ("ISR", "LBN", "08") in triples(code_en("The US urged Israel to withdraw its troops from Lebanon."), "requested")
