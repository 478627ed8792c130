"""Input fidelity: valid records are never rejected, bad ones become rejects with a reason and
the rest of the file is still read. Reader-level; the whole run is in tests/cli/test_poison_corpus.py."""

import json
import os

import pytest

from warta.document import article_id
from warta.ingest import Reader, Reject
from warta.ingest.dates import UnreadableDate, parse_date
from warta.ingest.text import normalise_text

INDONESIAN = (
    "JAKARTA – Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia di Istana Merdeka "
    "pada hari Senin. Kedua pemimpin membahas kerja sama perdagangan dan keamanan kawasan."
)


def record(number: int, **extra) -> dict:
    return {"text": f"{INDONESIAN} Pertemuan ke-{number} berlangsung dua jam.", "date": "2023-01-16", **extra}


def read_all(reader, *paths):
    return list(reader.iter_articles(paths))


def test_jsonl_lines_end_at_newline_only(reader, tmp_path):
    """U+0085, U+2028 and U+2029 are text inside a JSON string, not line ends."""
    path = tmp_path / "feed.jsonl"
    breaks = ("\u0085", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c")
    lines = [json.dumps(record(i, title=f"Judul{breaks[i % 6]}{i}"), ensure_ascii=False) for i in range(1000)]
    lines = [line.replace("dua jam.", f"dua jam.{breaks[i % 6]}Lalu selesai.") for i, line in enumerate(lines)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(reader, path)
    assert [type(i).__name__ for i in items] == ["Article"] * 1000
    assert len({a.id for a in items}) == 1000
    assert items[1].text.endswith("dua jam.\nLalu selesai.")  # a line break kept as one, normalised
    assert items[0].title == "Judul 0"  # a title is one line


@pytest.mark.parametrize(
    "line, reason",
    [
        ('{"text": "Presiden \\ud800 bertemu"}', "'text' holds a lone surrogate at character 9"),
        ('{"text": "x", "title": "\\udc80"}', "'title' holds a lone surrogate at character 0"),
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply to read"),
        ('{"text": "x", "n": ' + "9" * 5000 + "}", "JSON value cannot be read (Exceeds the limit (4300 digits)"),
        ("{broken", "not valid JSON (Expecting property name enclosed in double quotes at column 2)"),
        ("[1, 2]", "a JSON list, not an object"),
        (b"{\"text\": \"caf\xe9\"}", "not valid UTF-8 text (byte 0xe9 at column 14)"),
    ],
)
def test_a_bad_jsonl_record_is_a_reject_and_the_next_is_read(reader, tmp_path, line, reason):
    path = tmp_path / "feed.jsonl"
    line = line if isinstance(line, bytes) else line.encode()
    path.write_bytes(line + b"\n" + json.dumps(record(1)).encode() + b"\n")
    reject, article = read_all(reader, path)
    assert isinstance(reject, Reject) and reject.input == f"{path}:1"
    assert reject.reason.startswith(reason)
    assert article.source == f"{path}:2" and article.language == "id"


def test_the_size_limit_is_per_record_not_per_file(tmp_path):
    reader = Reader(max_bytes=2_000)
    path = tmp_path / "feed.jsonl"
    records = [json.dumps(record(i)) for i in range(40)]  # about 8 KB: four times the limit
    records.insert(3, json.dumps({"text": "kata " * 1000}))  # 5 KB: one record over the limit
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    items = read_all(reader, path)
    assert [(r.input, r.reason) for r in items if isinstance(r, Reject)] == [
        (f"{path}:4", "record too large for one article (limit 0.0 MB)")
    ]
    assert sum(1 for i in items if not isinstance(i, Reject)) == 40


def test_a_csv_field_longer_than_the_csv_module_default_is_read(reader, tmp_path):
    """The csv module stops at 131,072 characters a field by default; the limit is the record's."""
    notes = "catatan " * 20_000  # 160,000 characters in a column warta does not use
    text = INDONESIAN + " " + "Kedua negara sepakat. " * 7000  # 154,000 characters: over the article limit
    path = tmp_path / "feed.csv"
    path.write_text(f'title,text,notes\nA,"{INDONESIAN}","{notes}"\nB,"{text}",\nC,"{INDONESIAN} Lagi.",\n')
    first, too_long, last = read_all(reader, path)
    assert (first.title, first.text, last.title) == ("A", INDONESIAN, "C")
    assert too_long.reason == f"too long for one article: {len(text):,} characters (limit 100,000)"


def test_a_csv_row_over_the_limit_or_not_utf8_is_a_reject_and_the_next_row_is_read(tmp_path):
    reader = Reader(max_bytes=1_000)
    path = tmp_path / "feed.csv"
    path.write_bytes(
        b'title,text\nA,"' + b"kata " * 400 + b'"\nB,"caf\xe9 ' + INDONESIAN.encode() + b'"\nC,"' + INDONESIAN.encode() + b'"\n'
    )
    too_large, latin1, good = read_all(reader, path)
    assert (too_large.input, too_large.reason) == (f"{path}:2", "record too large for one article (limit 0.0 MB)")
    assert (latin1.input, latin1.reason) == (f"{path}:3", "not valid UTF-8 text; convert the file to UTF-8")
    assert (good.title, good.source) == ("C", f"{path}:4")


def test_only_regular_files_are_read(reader, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere")
    rejects = read_all(reader, tmp_path)  # a FIFO would block a plain open(); /dev/zero never ends
    assert [(os.path.basename(r.input), r.reason) for r in rejects] == [
        ("gone.txt", "broken symbolic link"),
        ("pipe.txt", "not a regular file (a FIFO): only regular files are read"),
        ("zero.txt", "not a regular file (a character device): only regular files are read"),
    ]


def test_a_fifo_given_straight_to_read_path_is_rejected_without_waiting(reader, tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    [reject] = reader.read_path(tmp_path / "pipe.jsonl")
    assert reject.reason == "not a regular file (a FIFO): only regular files are read"


def test_a_symlinked_folder_is_read_and_a_link_loop_read_once(reader, tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("16 Januari 2023\n" + INDONESIAN, encoding="utf-8")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "linked").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "loop").symlink_to(tmp_path / "real")
    [article] = read_all(reader, tmp_path / "inbox")
    assert article.source == str(tmp_path / "inbox" / "linked" / "a.txt")


def test_a_folder_that_cannot_be_listed_is_a_reject_even_as_root(reader, tmp_path, monkeypatch):
    """The listing fails as it does for a user without permission (simulated: the tests run as
    root in CI, and root reads every folder, so a chmod would test nothing)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    [reject] = read_all(reader, tmp_path)
    assert (reject.input, reject.reason) == (str(locked), "cannot read the folder: Permission denied")


def test_a_file_name_that_is_not_utf8_is_shown_escaped(reader, tmp_path):
    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(path, "wb") as handle:
        handle.write(("16 Januari 2023\n" + INDONESIAN).encode())
    [article] = read_all(reader, tmp_path)
    assert article.source == f"{tmp_path}/caf\\xe9.txt"
    article.source.encode("utf-8")  # storable: no surrogate escapes left


def test_rejects_name_the_absolute_path(reader, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    [reject] = read_all(reader, "empty.txt")
    assert reject.input == str(tmp_path / "empty.txt")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(reader, tmp_path, encoding):
    path = tmp_path / "a.txt"
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[encoding]
    path.write_bytes(bom + ("16 Januari 2023\n" + INDONESIAN).encode(encoding))
    [article] = read_all(reader, path)
    assert (article.date, article.dateline.text) == ("2023-01-16", "JAKARTA")


def test_utf16_jsonl_with_a_byte_order_mark_is_read(reader, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes("\n".join(json.dumps(record(i), ensure_ascii=False) for i in range(3)).encode("utf-16"))
    assert [a.source for a in read_all(reader, path)] == [f"{path}:{n}" for n in (1, 2, 3)]


def test_utf16_without_a_byte_order_mark_gets_a_reason_that_says_so(reader, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(("16 Januari 2023\n" + INDONESIAN).encode("utf-16-le"))
    [reject] = read_all(reader, path)
    assert reject.reason == "binary data, not text (the file contains NUL bytes; UTF-16 text needs a byte-order mark)"


def test_invisible_characters_do_not_change_the_identity_or_the_text(reader, tmp_path):
    clean = "16 Januari 2023\n" + INDONESIAN
    dirty = clean.replace("Presiden", "Pre\u200bsiden\u00ad").replace("Senin", "Se\ufeffnin\x1b[31m").replace("Australia", "Australia\u2060")
    (tmp_path / "a.txt").write_text(clean, encoding="utf-8")
    (tmp_path / "b.txt").write_text(dirty, encoding="utf-8")
    first, second = read_all(reader, tmp_path)
    assert second.text == clean.replace("Senin", "Senin[31m")  # ESC gone: no terminal sequence is stored
    assert first.id == article_id(clean)
    assert normalise_text("Cafe\u0301") == "Caf\u00e9"  # NFC


def test_an_article_too_long_for_the_language_model_is_rejected(reader, tmp_path):
    path = tmp_path / "long.jsonl"
    text = INDONESIAN + " kata" * 30_000
    path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    [reject] = read_all(reader, path)
    assert reject.reason == f"too long for one article: {len(text):,} characters (limit 100,000)"


@pytest.mark.parametrize("text", ["31 Desember 9999", "1 Januari 0001", "15 Februari 1850"])
def test_a_year_outside_any_publication_date_is_refused_as_a_date(text):
    with pytest.raises(UnreadableDate, match=r"is not a publication date \(years 1900–2100\)"):
        parse_date(text)


def test_a_record_dated_9999_is_a_reject_with_the_date_as_reason(reader, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record(1, date="31 Desember 9999")) + "\n", encoding="utf-8")
    [reject] = read_all(reader, path)
    assert reject.reason == "date: '31 Desember 9999' is not a publication date (years 1900–2100)"


# --- language (issue 11, section 5) ----------------------------------------------------------------


def test_short_indonesian_the_detector_calls_malay_is_read_as_indonesian(reader, tmp_path):
    """fastText gives 'ms' (0.79) for this one-sentence Indonesian text."""
    path = tmp_path / "a.txt"
    path.write_text("16 Januari 2023\nBeliau berkata demikian kepada pemberita.", encoding="utf-8")
    [article] = read_all(reader, path)
    assert article.language == "id"


@pytest.mark.parametrize(
    "text",
    ["Polisi menangkap wasit.", "Presiden Jokowi bertemu Megawati."],  # fastText: Javanese (0.26), Italian (0.19)
)
def test_short_indonesian_the_detector_is_unsure_of_is_read_by_its_words(reader, tmp_path, text):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    [article] = read_all(reader, path)
    assert article.language == "id"


def test_a_foreign_language_the_detector_is_sure_of_is_still_rejected(reader, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Il presidente ha incontrato il ministro a Roma."}) + "\n", encoding="utf-8")
    [reject] = read_all(reader, path)
    assert reject.reason == "language 'it' is not supported (warta codes id, en)"


def test_a_record_may_carry_its_language(reader, tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        {"text": "Menteri itu berkata, kata dia.", "language": "ID"},
        {"text": "The minister said so.", "language": "id"},
        {"text": INDONESIAN, "language": "ms"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    first, second, third = read_all(reader, path)
    assert (first.language, second.language) == ("id", "id")
    assert third.reason == "language 'ms' is not supported (warta codes id, en) (the record's 'language')"


def test_csv_records_may_carry_a_language_column(reader, tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text('language,text\nen,"Presiden bertemu menteri."\n', encoding="utf-8")
    [article] = read_all(reader, path)
    assert article.language == "en"


def test_a_forced_language_wins_over_detection_and_the_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "The minister said so.", "language": "en"}), encoding="utf-8")
    [article] = read_all(Reader(language="id"), path)
    assert article.language == "id"
    with pytest.raises(ValueError, match="language 'xx' is not supported"):
        Reader(language="xx")
