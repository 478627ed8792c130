"""Events get the date of the time expression that governs them, a place, and their reporter."""

from __future__ import annotations

from tests.resolution.conftest import event_at
from warta.document import ActorRef


def test_assign_date_from_the_same_sentence(resolve):
    text = "JAKARTA – Menteri itu bertemu mitranya pada hari Sabtu."
    doc = resolve(text, events=[event_at(text, "bertemu mitranya")])
    assert (doc.events[0].date, doc.events[0].date_source) == ("2022-02-12", "text")


def test_assign_relative_clause_time_does_not_govern_the_main_clause(resolve):
    text = (
        "Rapat itu sudah dimulai pada hari Sabtu. Perundingan tersebut, yang semula dijadwalkan pada hari Senin, "
        "diadakan atas permintaan Washington."
    )
    doc = resolve(
        text,
        events=[
            event_at(text, "diadakan atas permintaan Washington"),
            event_at(text, "dijadwalkan pada hari Senin"),
        ],
    )
    assert doc.events[0].date == "2022-02-12"
    assert doc.events[1].date == "2022-02-14"


def test_assign_article_date_when_nothing_governs(resolve):
    text = "Rusia menuntut jaminan keamanan dari Barat."
    doc = resolve(text, events=[event_at(text, "Rusia menuntut jaminan")])
    assert (doc.events[0].date, doc.events[0].date_source) == ("2022-02-15", "article")


def test_assign_narrative_date_stops_at_a_topic_shift(resolve):
    text = (
        "Kedua presiden berbicara pada hari Sabtu. Putin mengeluh kepada Biden. "
        "Sementara itu, Sullivan menyarankan warga pergi."
    )
    doc = resolve(
        text,
        events=[
            event_at(text, "Putin mengeluh kepada Biden"),
            event_at(text, "Sullivan menyarankan warga"),
        ],
    )
    assert [e.date for e in doc.events] == ["2022-02-12", "2022-02-15"]
    assert [e.date_source for e in doc.events] == ["text", "article"]


def test_assign_place_inside_the_evidence_else_dateline(resolve):
    text = "15 Februari 2022\nMOSKOW – Pasukan menembaki desa di Donetsk. Putin menelepon Biden."
    doc = resolve(
        text,
        events=[
            event_at(text, "Pasukan menembaki desa di Donetsk"),
            event_at(text, "Putin menelepon Biden"),
        ],
    )
    assert (doc.events[0].place.name, doc.events[0].place.country) == ("Donetsk", "UA")
    assert doc.events[1].place.name == "Moscow"


def test_assign_place_right_after_the_evidence(resolve):
    text = (
        "JENEWA – Militer Israel menyerang sejumlah sasaran di Jalur Gaza. "
        "Kedua presiden berbicara mengenai situasi di Ukraina."
    )
    doc = resolve(
        text,
        events=[
            event_at(text, "Militer Israel menyerang sejumlah sasaran"),
            event_at(text, "Kedua presiden berbicara"),
        ],
    )
    assert doc.events[0].place.name == "Gaza Strip"
    assert doc.events[1].place.name == "Geneva"  # "situasi di Ukraina" is the topic, not the place


def test_assign_place_is_not_the_source_actor(resolve):
    text = "15 Februari 2022\nMOSKOW – Beberapa negara, termasuk Jerman, meminta warganya meninggalkan Ukraina."
    event = event_at(text, "Jerman, meminta warganya meninggalkan Ukraina")
    event.source = ActorRef(
        code="DEU", text="Jerman", start=text.index("Jerman"), end=text.index("Jerman") + 6
    )
    assert resolve(text, events=[event]).events[0].place.country == "UA"


def test_assign_reported_by_the_outer_speaker(resolve):
    text = (
        "Putin mengatakan Barat tidak menekan Kiev, kata Ushakov. "
        "Menurut Ushakov, Putin kembali mengeluh kepada Biden."
    )
    doc = resolve(
        text,
        events=[
            event_at(text, "Putin mengatakan Barat tidak menekan Kiev"),
            event_at(text, "Putin kembali mengeluh kepada Biden"),
        ],
    )
    assert [e.reported_by for e in doc.events] == [
        "Yury Ushakov",
        "Yury Ushakov",
    ]  # full name: the KB


def test_assign_keeps_a_reporter_already_set(resolve):
    text = "“Kami menyerang,” kata Ushakov."
    event = event_at(text, "Kami menyerang")
    event.reported_by = "Seseorang"
    assert resolve(text, events=[event]).events[0].reported_by == "Seseorang"
