"""Acceptance on the reference article (examples/moskow-2022-02-15.id.txt) against the gold file."""

from __future__ import annotations

import pytest

from tests.resolution.conftest import event_at
from warta.document import Article, Document

DATE = "2022-02-15"


@pytest.fixture(scope="module")
def example(id_stage, example_text, gold):
    """The article through the resolution stage alone, with one event per gold event at its evidence."""
    events = [event_at(example_text, g["evidence"], g["cameo"][0]) for g in gold["events"]]
    doc = Document(article=Article(id="moskow", text=example_text, date=DATE, language="id"))
    doc.events = events
    return id_stage(doc)


def test_example_times(example):
    values = {t.text: (t.value, t.kind) for t in example.times}
    assert values["15 Februari 2022"] == ("2022-02-15", "date")
    assert values["pada hari Sabtu"] == ("2022-02-12", "date")
    assert values["pada hari Senin"] == ("2022-02-14", "date")  # gold: "hari Senin"
    assert values["tahun 2014"] == ("2014", "year")
    assert values["2015"] == ("2015", "year")
    assert values["selama 35 menit"] == (None, "duration")  # 35 menit is not a date


def test_example_times_match_gold(example, gold):
    for g in gold["times"]:
        hits = [t for t in example.times if g["text"] in t.text]
        assert hits and hits[0].value == g["value"], g


def test_example_dateline(example):
    place = example.article.dateline.place
    assert (place.name, place.country, place.geonameid) == ("Moscow", "RU", 524901)
    assert place.lat == pytest.approx(55.75, abs=0.01) and place.lon == pytest.approx(
        37.62, abs=0.01
    )


def test_example_places_match_gold(example, gold):
    found = {(p.text, p.country) for p in example.places}
    for g in gold["places"]:
        assert (g["text"], g["country"]) in found, g


def test_example_no_place_for_the_minsk_agreement(example):
    assert not [p for p in example.places if p.text == "Minsk"]


def test_example_actors_are_not_places(example):
    texts = {p.text for p in example.places}
    assert not texts & {"Washington", "Kiev", "Moskow", "Rusia", "AS", "Prancis"}


def test_example_direct_quotes(example, gold):
    direct = [q for q in example.quotes if q.kind == "direct"]
    expected = [g for g in gold["quotes"] if g["kind"] == "direct"]
    assert [q.text for q in direct] == [g["text"] for g in expected]
    assert [q.speaker.name for q in direct] == ["Yury Ushakov"] * 3
    assert {q.speaker.code for q in direct} == {"RUSGOV"}


def test_example_indirect_statement_of_the_french_official(example, gold):
    (g,) = [g for g in gold["quotes"] if g["kind"] == "indirect"]
    (q,) = [q for q in example.quotes if q.text == g["text"]]
    assert (q.kind, q.speaker.name, q.speaker.code) == ("indirect", g["speaker"], "FRAGOV")


def test_example_partial_quote(example, gold):
    (g,) = [g for g in gold["quotes"] if g["kind"] == "partial"]
    (q,) = [q for q in example.quotes if q.text == g["text"]]
    assert (q.kind, q.speaker.name) == ("partial", g["speaker"])


def test_example_event_dates(example, gold):
    for event, g in zip(example.events, gold["events"]):
        if "date" in g:
            assert event.date == g["date"], g["id"]
    first = example.events[0]
    assert first.date_source == "text"


def test_example_event_reporters(example, gold):
    for event, g in zip(example.events, gold["events"]):
        if "reported_by" in g:
            assert event.reported_by == g["reported_by"], g["id"]


def test_example_event_places(example):
    by_id = dict(zip([f"E{i}" for i in range(1, 22)], example.events))
    assert by_id["E1"].place.name == "Moscow"  # no place in the sentence: the dateline
    assert by_id["E12"].place.country == "UA"  # "keluar dari Ukraina"


def test_example_after_the_language_stage(id_stage, example_text):
    """With the language stage's sentences and part-of-speech tags the answers are the same."""
    from warta import language
    from warta.lang import get_language

    nlp = language.load_stage(get_language("id"))
    doc = id_stage(
        nlp(Document(article=Article(id="m", text=example_text, date=DATE, language="id")))
    )
    assert doc.article.dateline.place.name == "Moscow"
    assert {(p.text, p.country) for p in doc.places} >= {
        ("Ukraina", "UA"),
        ("Donetsk", "UA"),
        ("Luhansk", "UA"),
    }
    assert not {p.text for p in doc.places} & {"Minsk", "Washington", "Kiev"}
    assert [q.speaker.name for q in doc.quotes if q.kind == "direct"] == ["Yury Ushakov"] * 3
    assert ("pada hari Sabtu", "2022-02-12") in [(t.text, t.value) for t in doc.times]
