"""A small store built by hand: three articles, events in every export-relevant shape. No model needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.document import ActorRef, Article, Dateline, Document, Event, Place, Sentence, article_id
from warta.store import Store

MOSCOW = Place(text="Moskow", start=17, end=23, name="Moscow", country="RU", lat=55.75222, lon=37.61556,
               geonameid=524901, feature="city")  # fmt: skip
KYIV = Place(text="Kiev", start=0, end=4, name="Kyiv", country="UA", lat=50.45466, lon=30.5238, geonameid=703448)


def _event(code, root, src, tgt, text, start, *, sentence=0, mode="asserted", date="2022-02-12",
           plover=None, place=None, quad=1, goldstein=1.0, name="Discuss by telephone") -> Event:  # fmt: skip
    return Event(
        code=code, root=root, name=name, quad_class=quad, goldstein=goldstein,
        source=ActorRef(src[0], src[1], start, start + len(src[1])) if src else None,
        target=ActorRef(tgt[0], tgt[1], start + 40, start + 40 + len(tgt[1])) if tgt else None,
        sentence=sentence, start=start, end=start + 30, evidence=text, trigger="percakapan telepon",
        plover=plover, mode=mode, date=date, date_source="text", place=place,
    )  # fmt: skip


def _document(text: str, url: str | None, source: str, events: list[Event], dateline: bool = True) -> Document:
    article = Article(
        id=article_id(text), text=text, title="Putin dan Biden", url=url, date="2022-02-15", language="id",
        dateline=Dateline("MOSKOW", 17, 23, MOSCOW) if dateline else None, body_start=17, source=source,
    )  # fmt: skip
    first_line_end = text.index("\n", 17)
    sentences = [Sentence(17, first_line_end, text[17:first_line_end]),
                 Sentence(first_line_end + 1, len(text), text[first_line_end + 1 :])]  # fmt: skip
    return Document(article=article, sentences=sentences, events=events)


TEXT_A = ("15 Februari 2022\nMOSKOW – Percakapan telepon antara Presiden Rusia Vladimir Putin dan Presiden AS "
          "Joe Biden pada hari Sabtu.\nRusia menolak tuntutan tersebut di Kiev.")  # fmt: skip
TEXT_B = TEXT_A.replace("pada hari Sabtu", "pada Sabtu (12/2)")
TEXT_C = "15 Februari 2022\nKIEV – Ukraina mengatakan tidak ada serangan.\nPasukan Rusia menyerang Kiev."


def documents() -> list[Document]:
    putin, biden = ("RUSGOV", "Presiden Rusia Vladimir Putin"), ("USAGOV", "Presiden AS Joe Biden")
    a = _document(TEXT_A, "https://www.kompas.com/a/1", "inbox/a.txt", [
        _event("041", "04", putin, biden, "Percakapan telepon antara Presiden Rusia", 26, plover="CONSULT"),
        _event("120", "12", ("RUS", "Rusia"), None, "Rusia menolak tuntutan", 120, sentence=1,
               name="Reject", quad=3, goldstein=-4.0, mode="negated", plover="REJECT", place=KYIV),
    ])  # fmt: skip
    b = _document(TEXT_B, "https://detik.com/b", "inbox/b.txt", [
        _event("041", "04", putin, biden, "Percakapan telepon antara Presiden Rusia", 26, plover="CONSULT"),
    ])  # fmt: skip
    c = _document(TEXT_C, None, "archive/c.txt", [
        _event("010", "01", ("UKR", "Ukraina"), None, "Ukraina mengatakan", 24, name="Make statement"),
        _event("190", "19", ("RUSMIL", "Pasukan Rusia"), ("UKR", "Kiev"), "Pasukan Rusia menyerang Kiev", 62,
               sentence=1, name="Use conventional military force", quad=4, goldstein=-10.0, place=KYIV,
               date="2022-03-01"),
    ], dateline=False)  # fmt: skip
    return [a, b, c]


@pytest.fixture(scope="session")
def export_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "export.duckdb"
    with Store(path) as store:
        store.write_batch(documents())
    return path


@pytest.fixture
def store(export_db):
    with Store(export_db, read_only=True) as store:
        yield store
