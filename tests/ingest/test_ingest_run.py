"""A whole ingest run over bad and good records, with a stand-in pipeline (no models): what is
stored, what is recorded as rejected, and what a re-run changes."""

import json
import os

import pytest

from warta.document import Document
from warta.ingest import Reader
from warta.runner import ingest
from warta.store import Store

INDONESIAN = (
    "JAKARTA – Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia di Istana Merdeka "
    "pada hari Senin. Kedua pemimpin membahas kerja sama perdagangan dan keamanan kawasan."
)


class NoCoding:
    """The pipeline's interface without its models: every article is stored without events."""

    def process(self, article):
        return Document(article=article)


@pytest.fixture(scope="module")
def shared_reader():
    return Reader()


def run(paths, db, reader):
    with Store(db) as store:
        summary = ingest(paths, store, pipeline=NoCoding(), reader=reader)
    with Store(db, read_only=True) as store:
        return summary, store.stats(), sorted((r["input"], r["reason"]) for r in store.rejects())


def test_1000_records_with_nel_ls_ps_in_their_text_are_all_stored(tmp_path, shared_reader):
    """Written with json.dumps(ensure_ascii=False): U+0085, U+2028, U+2029 appear raw in the lines."""
    path = tmp_path / "news.jsonl"
    breaks = ("\u0085", "\u2028", "\u2029")
    with path.open("w", encoding="utf-8") as handle:
        for i in range(1000):
            text = f"{INDONESIAN}{breaks[i % 3]}Pertemuan ke-{i} berlangsung dua jam."
            handle.write(json.dumps({"text": text, "title": f"Berita {i}"}, ensure_ascii=False) + "\n")
    summary, stats, rejects = run([path], tmp_path / "w.duckdb", shared_reader)
    assert (summary.added, summary.rejected, stats["articles"], rejects) == (1000, 0, 1000, [])


def test_300_broken_lines_are_300_rejects_and_one_summary_row(tmp_path, shared_reader):
    path = tmp_path / "news.jsonl"
    lines = [json.dumps({"text": INDONESIAN})] + [f"{{broken {i}" for i in range(300)]
    path.write_text("\n".join(lines), encoding="utf-8")
    summary, stats, rejects = run([path], tmp_path / "w.duckdb", shared_reader)
    assert (stats["articles"], stats["rejects"]) == (1, 300)
    assert dict(summary.reasons) == {"not valid JSON": 300}


def test_a_relative_and_an_absolute_run_record_one_reject(tmp_path, shared_reader, monkeypatch):
    (tmp_path / "poison").mkdir()
    (tmp_path / "poison" / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "w.duckdb"
    run(["poison"], db, shared_reader)
    *_, rejects = run([tmp_path / "poison"], db, shared_reader)
    assert rejects == [(str(tmp_path / "poison" / "empty.txt"), "empty file")]


def test_a_reject_is_cleared_when_its_file_is_fixed_and_stored(tmp_path, shared_reader):
    db, tmp_path = tmp_path / "w.duckdb", tmp_path / "inbox"
    tmp_path.mkdir()
    article, feed = tmp_path / "a.txt", tmp_path / "feed.jsonl"
    article.write_text("32 Januari 2023\n" + INDONESIAN, encoding="utf-8")
    feed.write_text(json.dumps({"text": INDONESIAN + " Lagi."}) + "\n{broken\n", encoding="utf-8")
    *_, rejects = run([tmp_path], db, shared_reader)
    assert [(r[0].rsplit("/", 1)[1], r[1].split(" (")[0]) for r in rejects] == [
        ("a.txt", "'32 Januari 2023' is not a valid date"), ("feed.jsonl:2", "not valid JSON"),
    ]  # fmt: skip
    article.write_text("31 Januari 2023\n" + INDONESIAN, encoding="utf-8")
    feed.write_text(json.dumps({"text": INDONESIAN + " Lagi."}) + "\n" + json.dumps({"text": INDONESIAN + " Dua."}))
    _, stats, rejects = run([tmp_path], db, shared_reader)
    assert (stats["articles"], rejects) == (3, [])


def test_a_new_reason_for_an_input_replaces_the_old_one(tmp_path, shared_reader):
    feed, db = tmp_path / "feed.jsonl", tmp_path / "w.duckdb"
    feed.write_text("{broken\n", encoding="utf-8")
    run([feed], db, shared_reader)
    feed.write_text('{"title": "no text"}\n', encoding="utf-8")
    *_, rejects = run([feed], db, shared_reader)
    assert rejects == [(f"{feed}:1", "record has no 'text' (a non-empty string is required)")]


def test_a_non_utf8_file_name_is_stored(tmp_path, shared_reader):
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as handle:
        handle.write(("16 Januari 2023\n" + INDONESIAN).encode())
    with open(os.path.join(os.fsencode(tmp_path), b"kosong\xff.txt"), "wb") as handle:
        handle.write(b"")
    _, stats, rejects = run([tmp_path], tmp_path.parent / f"{tmp_path.name}.duckdb", shared_reader)
    assert (stats["articles"], rejects) == (1, [(f"{tmp_path}/kosong\\xff.txt", "empty file")])
