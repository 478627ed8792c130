"""Issue 12's acceptance: one `warta ingest` over a corpus holding every bad input the issue
names and 44 distinct good articles exits 0, stores every good article, records every bad input
with its reason; a re-run, and a run by absolute path, change nothing."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.store import Store

runner = CliRunner()

OFFICIALS = ["Menteri Luar Negeri Retno Marsudi", "Presiden Joko Widodo", "Menteri Pertahanan Prabowo Subianto",
             "Wakil Presiden Ma'ruf Amin"]  # fmt: skip
GUESTS = ["Perdana Menteri Jepang Fumio Kishida", "Presiden Prancis Emmanuel Macron", "Kanselir Jerman Olaf Scholz"]
CITIES = ["JAKARTA", "SURABAYA", "BANDUNG", "MEDAN"]


def good_text(number: int, extra: str = "") -> str:
    official, guest, city = OFFICIALS[number % 4], GUESTS[number % 3], CITIES[number % 4]
    return (
        f"{city} – {official} bertemu dengan {guest} di {city.title()} pada hari Senin untuk membahas kerja sama "
        f"ekonomi dan keamanan kawasan{extra}. Kedua pihak sepakat memperkuat hubungan kedua negara, kata juru "
        f"bicara kementerian kepada wartawan dalam pertemuan ke-{number}."
    )


def plain(number: int, extra: str = "", day: str = "16 Januari 2023") -> str:
    return f"{day}\n{good_text(number, extra)}"


def build_corpus(root: Path) -> tuple[int, dict[str, str]]:
    """The corpus under root/corpus: (good articles, {reject input relative to the corpus: reason start})."""
    corpus = root / "corpus"
    (corpus / "text").mkdir(parents=True)
    good, bad = 0, {}
    # 20 plain-text articles, one of them with markup and escape sequences in its text
    for n in range(20):
        extra = " [/red] [link=https://evil.test]klik[/link] \x1b]0;judul\x07" if n == 7 else ""
        (corpus / "text" / f"{n:02}.txt").write_text(plain(n, extra), encoding="utf-8")
    good += 20
    # a copy of article 00 with zero-width spaces and a BOM: the same article, not a new one
    (corpus / "text" / "00-copy.txt").write_text("\ufeff" + plain(0).replace("Senin", "Se\u200bnin"), encoding="utf-8")
    # UTF-16 with a byte-order mark
    (corpus / "text" / "utf16.txt").write_bytes(plain(20).encode("utf-16"))
    good += 1
    # a non-UTF-8 file name
    with open(os.path.join(os.fsencode(corpus / "text"), b"berita-\xe9.txt"), "wb") as handle:
        handle.write(plain(21).encode())
    good += 1
    # JSONL: 10 records whose text holds NEL, LS and PS, then the records that used to stop a run
    breaks = ("\u0085", "\u2028", "\u2029")
    lines = [json.dumps({"text": good_text(30 + n, f"{breaks[n % 3]}dan perdagangan"), "date": "2023-01-17"},
                        ensure_ascii=False) for n in range(10)]  # fmt: skip
    lines += [
        '{"text": "Presiden \\ud83d bertemu menteri di Jakarta pada hari Senin."}',  # emoji cut in half
        "[" * 1000 + "]" * 1000,  # nested 1,000 deep
        '{"text": "angka", "n": ' + "7" * 5000 + "}",  # more than 4,300 digits
        "{broken",
        json.dumps({"text": good_text(40), "date": "31 Desember 9999"}),
    ]
    (corpus / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    good += 10
    bad.update({
        "feed.jsonl:11": "'text' holds a lone surrogate", "feed.jsonl:12": "JSON nested too deeply",
        "feed.jsonl:13": "JSON value cannot be read", "feed.jsonl:14": "not valid JSON",
        "feed.jsonl:15": "date: '31 Desember 9999' is not a publication date",
    })  # fmt: skip
    # a 5.7 MB JSONL of records each under the 5 MB limit (extra fields are allowed, and ignored)
    with (corpus / "big.jsonl").open("w", encoding="utf-8") as handle:
        for n in range(3):
            handle.write(json.dumps({"text": good_text(50 + n), "notes": "catatan " * 240_000}) + "\n")
    good += 3
    # CSV: a field over the csv module's 131,072 characters, a text over the article limit, a normal row
    notes = "catatan " * 20_000
    long_text = good_text(60) + " " + " ".join(f"Paragraf {i} membahas kerja sama perdagangan." for i in range(3000))
    (corpus / "feed.csv").write_text(
        f'title,text,notes\nCatatan,"{good_text(61)}","{notes}"\nPanjang,"{long_text}",\nPendek,"{good_text(62)}",\n',
        encoding="utf-8",
    )
    good += 2
    bad["feed.csv:3"] = "too long for one article"
    # a symbolic link to a folder holding one article
    (root / "elsewhere").mkdir()
    (root / "elsewhere" / "linked.txt").write_text(plain(70), encoding="utf-8")
    (corpus / "linked").symlink_to(root / "elsewhere")
    good += 1
    # 6 more plain articles in HTML
    for n in range(6):
        body = " ".join([good_text(80 + n)] * 2)
        (corpus / "text" / f"page{n}.html").write_text(
            f"<html><head><title>Berita {n}</title><meta property='article:published_time' content='2023-02-0{n + 1}'>"
            f"</head><body><nav>Beranda</nav><article><h1>Berita {n}</h1><p>{body}</p></article></body></html>",
            encoding="utf-8",
        )
    good += 6
    # special files: none may be read, none may hang the run
    os.mkfifo(corpus / "fifo.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    (corpus / "urandom.jsonl").symlink_to("/dev/urandom")
    (corpus / "gone.txt").symlink_to(root / "nowhere")
    bad.update({"fifo.txt": "not a regular file (a FIFO)", "zero.txt": "not a regular file (a character device)",
                "urandom.jsonl": "not a regular file (a character device)", "gone.txt": "broken symbolic link"})
    # the classic bad files
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "random.bin").write_bytes(random.Random(12).randbytes(4096))
    (corpus / "latin1.txt").write_bytes(plain(90, " Café").replace("–", "-").encode("latin-1"))
    (corpus / "utf16-no-bom.txt").write_bytes(plain(91).encode("utf-16-le"))
    (corpus / "index.html").write_text("<html><body><nav><a href='/'>Beranda</a></nav></body></html>", encoding="utf-8")
    (corpus / "german.txt").write_text(
        "16 Januari 2023\nDie Bundesregierung hat am Montag in Berlin neue Gespräche über die Energiepreise "
        "angekündigt, sagte ein Sprecher der Regierung.", encoding="utf-8")  # fmt: skip
    (corpus / "year9999.txt").write_text(plain(92, day="31 Desember 9999").replace("Senin", "besok"), encoding="utf-8")
    (corpus / "too-long.jsonl").write_text(json.dumps({"text": good_text(93) + " kata" * 600_000}) + "\n")
    (corpus / "huge.txt").write_bytes(b"16 Januari 2023\n" + b"kata " * 1_100_000)
    bad.update({
        "empty.txt": "empty file", "random.bin": "binary data", "latin1.txt": "not valid UTF-8 text",
        "utf16-no-bom.txt": "binary data, not text (the file contains NUL bytes; UTF-16 text needs a byte-order mark)",
        "index.html": "no article text found in the HTML", "german.txt": "language 'de' is not supported",
        "year9999.txt": "'31 Desember 9999' is not a publication date", "too-long.jsonl:1": "too long for one article",
        "huge.txt": "too large for one article: 5.5 MB",
    })  # fmt: skip
    return good, bad


def ingest(*args):
    return runner.invoke(app, ["ingest", *map(str, args)], catch_exceptions=False)


def state(db: Path) -> tuple[dict, dict[str, str]]:
    with Store(db, read_only=True) as store:
        stats = store.stats()
        rejects = {r["input"]: r["reason"] for r in store.rejects()}
    return stats, rejects


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_one_run_over_the_poison_corpus_stores_every_good_article_and_records_every_bad_input(tmp_path, monkeypatch):
    good, bad = build_corpus(tmp_path)
    assert good >= 40
    db = tmp_path / "w.duckdb"
    monkeypatch.chdir(tmp_path)

    result = ingest("corpus", "--db", db)
    assert result.exit_code == 0, result.output
    stats, rejects = state(db)
    corpus = str(tmp_path / "corpus") + "/"
    assert {name.removeprefix(corpus) for name in rejects} == set(bad)
    for name, reason in rejects.items():
        assert reason.startswith(bad[name.removeprefix(corpus)]), (name, reason)
    assert (stats["articles"], stats["rejects"], stats["articles_by_language"]) == (good, len(bad), {"id": good})

    for again in (["corpus"], [tmp_path / "corpus"]):  # a re-run, and a run by absolute path
        result = ingest(*again, "--db", db)
        assert result.exit_code == 0, result.output
        assert state(db) == (stats, rejects)
