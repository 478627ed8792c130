"""The worker side without a cluster: partitions, known ids, typed shards."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from warta.document import ActorRef, Article, Document, Event, article_id
from warta.ingest import Reject
from warta.scale.partitions import partition, partition_size
from warta.scale.worker import _is_known, _renamed, known_ids_array, typed_tables, write_shards
from warta.store.rows import document_rows


def _document(text: str, quad_class) -> Document:
    article = Article(id=article_id(text), text=text, date="2022-02-15", language="id", source=f"{text[:5]}.txt")
    event = Event(code="041", root="04", name="Discuss by telephone", quad_class=quad_class, goldstein=1.0,
                  source=ActorRef("RUS", "Rusia"), target=None, sentence=0, start=0, end=5, evidence=text,
                  date="2022-02-12")  # fmt: skip
    return Document(article=article, events=[event])


def test_partition_size_about_four_tasks_a_worker():
    assert [partition_size(n, 2) for n in (1, 4, 8, 100, 100_000)] == [1, 1, 1, 13, 256]


def test_partition_keeps_the_name_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    parts = partition([Path("a.txt"), Path("b.txt"), Path("c.txt")], 2)
    assert [[name for name, _ in part] for part in parts] == [["a.txt", "b.txt"], ["c.txt"]]
    assert parts[0][0][1] == str(tmp_path / "a.txt")
    reject = _renamed(Reject(str(tmp_path / "a.txt") + ":3", "bad"), str(tmp_path / "a.txt"), "a.txt")
    assert reject.input == "a.txt:3"


def test_known_ids_are_found_and_only_they():
    ids = [article_id(f"artikel {n}") for n in range(1000)]
    known = known_ids_array(ids[:500])
    assert known.nbytes == 500 * 8
    assert all(_is_known(known, i) for i in ids[:500]) and not any(_is_known(known, i) for i in ids[500:])
    assert not _is_known(known_ids_array([]), ids[0])


def test_typed_tables_reject_the_article_with_a_value_that_does_not_fit(tmp_path):
    good, bad = _document("Rusia menelepon.", 1), _document("Rusia bertemu.", "verbal")  # not an INTEGER
    tables, rejects = typed_tables([(d, document_rows(d)) for d in (good, bad)])
    assert [r.input for r in rejects] == [bad.article.source]
    assert rejects[0].reason.startswith("cannot be stored: ArrowInvalid")
    assert tables["articles"]["id"].to_pylist() == [good.article.id]
    assert str(tables["events"].schema.field("date").type) == "date32[day]"  # the store's types
    assert tables["events"]["date"].to_pylist()[0].isoformat() == "2022-02-12"
    shards = write_shards(tmp_path / "part", tables, rejects)
    assert sorted(shards) == ["articles", "events", "rejects"]
    assert pq.read_table(shards["rejects"])["input"].to_pylist() == [bad.article.source]
