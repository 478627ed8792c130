"""Place mentions: places told from actors and names, ambiguity resolved in context, datelines."""

from __future__ import annotations

import pytest

from warta.document import Article, Dateline, Document


def places(resolve, text):
    return [(p.text, p.country) for p in resolve(text).places]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Situasi di Ukraina memburuk.", [("Ukraina", "UA")]),
        (
            "Pasukan bergerak dari Eropa Timur ke Polandia.",
            [("Eropa Timur", None), ("Polandia", "PL")],
        ),
        (
            "Washington dengan tegas menolak tuntutan tersebut.",
            [],
        ),  # the subject of a verb: an actor
        ("Rusia menuntut jaminan keamanan.", []),
        ("AS membahas kesepakatan baru dengan Moskow.", []),  # "dengan Moskow": an actor
        ("Mereka mendorong Kiev untuk berunding.", []),  # the object of a verb that takes actors
        ("Ia menyabotase perjanjian multinasional Minsk.", []),  # names an agreement
        ("Presiden Rusia Vladimir Putin berbicara.", []),  # inside a name
        ("Invasi Rusia ke Ukraina.", [("Ukraina", "UA")]),  # "invasi Rusia": a modifier
        (
            "republik Donetsk dan Luhansk yang memisahkan diri",
            [("Donetsk", "UA"), ("Luhansk", "UA")],
        ),
        (
            "Beberapa negara, termasuk Jerman, Israel, dan Swedia, meminta warganya pergi.",
            [("Jerman", "DE"), ("Israel", "IL"), ("Swedia", "SE")],
        ),
        ("Tripoli kembali dilanda bentrokan.", [("Tripoli", "LY")]),  # the patient of a passive
        ("London dan Paris sepakat memperketat pengawasan.", []),
        ("Sebanyak 300 warga negara Indonesia dievakuasi dari Sudan.", [("Sudan", "SD")]),
        (
            "Kapal penjaga pantai Tiongkok terlihat di Laut China Selatan.",
            [("Laut China Selatan", None)],
        ),
        ("Gempa mengguncang Cianjur, Jawa Barat.", [("Cianjur", "ID"), ("Jawa Barat", "ID")]),
    ],
)
def test_places_roles(resolve, text, expected):
    assert places(resolve, text) == expected


def test_places_ambiguity_follows_the_article(resolve):
    lebanon = (
        "Warga Lebanon berunjuk rasa di Beirut. Bentrokan juga terjadi di Tripoli, Lebanon utara."
    )
    libya = "Milisi bertempur di Misrata, Libya. Bentrokan juga terjadi di Tripoli."
    assert ("Tripoli", "LB") in places(resolve, lebanon)
    assert ("Tripoli", "LY") in places(resolve, libya)


def test_places_common_words_need_a_cue(resolve):
    assert places(resolve, "Padang rumput itu luas.") == []
    assert places(resolve, "Banjir melanda kota di Padang.") == [("Padang", "ID")]


def test_places_have_coordinates_and_ids(resolve):
    (kharkiv,) = resolve("Ledakan terdengar di Kharkiv.").places
    assert (kharkiv.name, kharkiv.country, kharkiv.feature) == ("Kharkiv", "UA", "city")
    assert kharkiv.geonameid == 706483 and kharkiv.lat == pytest.approx(49.98, abs=0.05)


def test_places_dateline_found_and_geocoded(resolve):
    doc = resolve("15 Februari 2022\nMOSKOW – Kremlin menolak tuduhan itu.")
    dateline = doc.article.dateline
    assert (dateline.text, dateline.place.name, dateline.place.country) == (
        "MOSKOW",
        "Moscow",
        "RU",
    )
    assert doc.places[0].text == "MOSKOW"


def test_places_dateline_from_ingestion_is_geocoded(id_stage):
    text = "JAKARTA, KOMPAS.com – Banjir merendam ratusan rumah."
    article = Article(
        id="t",
        text=text,
        date="2024-01-02",
        language="id",
        dateline=Dateline(text="JAKARTA", start=0, end=7),
    )
    doc = id_stage(Document(article=article))
    assert (doc.article.dateline.place.name, doc.article.dateline.place.country) == (
        "Jakarta",
        "ID",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pedro diharuskan membantu Alfonso XI.",  # a small town abroad, uncued: a person's name
        "Selama tiga tahun, ia bekerja di sana.",  # Selama (MY) opening a sentence
        "Data KEL menunjukkan kenaikan.",  # an acronym, not Kel
        "Kota itu sepi.",  # the head word alone is not Kota (IN)
    ],
)
def test_places_names_and_words_are_not_places(resolve, text):
    assert places(resolve, text) == []


def test_places_acronyms_from_the_language_file(resolve):
    assert places(resolve, "Banjir melanda NTB dan NTT.") == [("NTB", "ID"), ("NTT", "ID")]
