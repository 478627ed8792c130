from datetime import date

import pytest

from warta.document import ActorRef, Article, Document, Event, Quote, Speaker
from warta.ingest import Reject
from warta.store import EventFilter, Store
from warta.store.database import ALL_MODES


def make_document(article_id: str, events: list[tuple[str, str, str, str, str]]) -> Document:
    """A document with events given as (code, source, target, mode, date)."""
    text = "JAKARTA – " + " ".join(f"Kalimat {i}." for i in range(len(events) + 1))
    document = Document(article=Article(id=article_id, text=text, date="2022-02-15", language="id", source="test"))
    for code, source, target, mode, day in events:
        document.events.append(
            Event(
                code=code, root=code[:2], name="test", quad_class=1, goldstein=1.0,
                source=ActorRef(source, source.lower()), target=ActorRef(target, target.lower()),
                sentence=0, start=0, end=7, evidence="JAKARTA", mode=mode, date=day,
            )  # fmt: skip
        )
    document.quotes.append(Quote(text="Kalimat 0.", start=10, end=20, kind="direct", speaker=Speaker("X", "IDNGOV")))
    return document


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.duckdb") as store:
        yield store


def test_batch_is_stored_once_however_often_it_is_written(store):
    documents = [
        make_document("a1", [("040", "RUSGOV", "USAGOV", "asserted", "2022-02-12")]),
        make_document("a2", [("112", "RUSGOV", "WST", "asserted", "2022-02-15"), ("190", "RUS", "UKR", "alleged", "2022-02-15")]),
    ]
    rejects = [Reject("bad.bin", "binary data, not text")]
    first = store.write_batch(documents, rejects)
    second = store.write_batch(documents, rejects)
    assert (first.added, first.skipped, first.events) == (2, 0, 3)
    assert (second.added, second.skipped, second.events) == (0, 2, 0)
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["events_all"], stats["quotes"], stats["rejects"]) == (2, 2, 3, 2, 1)
    assert stats["events_by_mode"] == {"alleged": 1, "asserted": 2}


def test_duplicate_inside_one_batch_is_stored_once(store):
    result = store.write_batch([make_document("a1", []), make_document("a1", [])])
    assert (result.added, result.skipped) == (1, 1)


def test_failed_batch_leaves_nothing_behind(store, monkeypatch):
    original = store.insert_arrow

    def fail_on_events(table, data):
        if table == "events":
            raise RuntimeError("disk full")
        original(table, data)

    monkeypatch.setattr(store, "insert_arrow", fail_on_events)
    with pytest.raises(RuntimeError, match="disk full"):
        store.write_batch([make_document("a1", [("040", "RUSGOV", "USAGOV", "asserted", "2022-02-12")])])
    monkeypatch.undo()
    assert store.stats()["articles"] == 0
    assert store.write_batch([make_document("a1", [("040", "RUSGOV", "USAGOV", "asserted", "2022-02-12")])]).added == 1


def test_event_filters(store):
    store.write_batch([
        make_document("a1", [("040", "RUSGOV", "USAGOV", "asserted", "2022-02-12"),
                             ("0411", "FRAGOV", "UKRGOV", "asserted", "2022-02-13")]),
        make_document("a2", [("112", "RUSGOV", "WST", "asserted", "2022-02-15"),
                             ("190", "RUS", "UKR", "alleged", "2022-02-15")]),
    ])  # fmt: skip
    codes = lambda **kw: [e["code"] for e in store.events(EventFilter(**kw))]  # noqa: E731
    assert codes() == ["040", "0411", "112"]
    assert codes(actor="rus") == ["040", "112"]
    assert codes(actor="UKR") == ["0411"]
    assert codes(code="04") == ["040", "0411"]
    assert codes(since=date(2022, 2, 13)) == ["0411", "112"]
    assert codes(until=date(2022, 2, 12)) == ["040"]
    assert codes(mode="alleged") == ["190"]
    assert codes(mode=ALL_MODES, actor="RUS") == ["040", "112", "190"]
    assert store.count_events(EventFilter(mode=ALL_MODES)) == 4
    first_page = store.events(EventFilter(), limit=2, offset=0)
    second_page = store.events(EventFilter(), limit=2, offset=2)
    assert [e["code"] for e in first_page + second_page] == ["040", "0411", "112"]


def test_codes_keep_leading_zeros_and_dates_are_dates(store):
    store.write_batch([make_document("a1", [("0411", "FRAGOV", "UKRGOV", "asserted", "2022-02-13")])])
    [event] = store.events()
    assert event["code"] == "0411" and event["root"] == "04"
    assert event["date"] == date(2022, 2, 13)
    assert (event["source_code"], event["source_text"]) == ("FRAGOV", "fragov")


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(FileNotFoundError, match="no database at"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_a_coarse_event_date_is_stored_as_null_not_a_failed_batch(store):
    store.write_batch([make_document("a1", [("036", "IDNGOV", "CHNGOV", "asserted", "2023-W29"),
                                            ("040", "IDNGOV", "CHNGOV", "asserted", "2023-02-30")])])  # fmt: skip
    assert [e["date"] for e in store.events()] == [None, None]


def test_a_value_that_does_not_fit_reports_the_real_error_and_stores_nothing(store):
    document = make_document("a1", [("040", "RUSGOV", "USAGOV", "asserted", "2022-02-12")])
    document.events[0].sentence = "not a number"  # an INTEGER column
    with pytest.raises(Exception, match="(?i)conver|cast"):
        store.write_batch([document])
    assert store.stats()["articles"] == 0
    assert store.write_batch([make_document("a2", [])]).added == 1
