import json

import pytest

from warta.document import article_id
from warta.ingest import Reader, Reject
from tests.conftest import EXAMPLE_ARTICLE

INDONESIAN = (
    "JAKARTA – Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia di Istana Merdeka "
    "pada hari Senin. Kedua pemimpin membahas kerja sama perdagangan dan keamanan kawasan."
)


def read_all(reader, *paths):
    return list(reader.iter_articles(paths))


def test_plain_text_article_has_date_language_and_dateline(reader):
    [article] = read_all(reader, EXAMPLE_ARTICLE)
    assert article.date == "2022-02-15"
    assert article.language == "id"
    assert article.dateline.text == "MOSKOW"
    assert article.text[article.dateline.start : article.dateline.end] == "MOSKOW"
    assert article.body_start == len("15 Februari 2022\n")
    assert article.id == article_id(article.text)


def test_title_line_before_the_date_line_is_the_title(reader, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Jokowi terima PM Australia\n16 Januari 2023\n" + INDONESIAN, encoding="utf-8")
    [article] = read_all(reader, path)
    assert (article.title, article.date, article.dateline.text) == ("Jokowi terima PM Australia", "2023-01-16", "JAKARTA")


def test_same_text_with_other_whitespace_is_the_same_article(reader, tmp_path):
    (tmp_path / "a.txt").write_text("16 Januari 2023\n" + INDONESIAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text("16 Januari 2023\r\n" + INDONESIAN.replace(". ", ".  ") + "\n\n", encoding="utf-8")
    first, second = read_all(reader, tmp_path)
    assert first.id == second.id


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (bytes(range(256)) * 16, "binary data, not text"),
        ("15 Februari 2022\nCaf\xe9 Jakarta".encode("latin-1"), "not valid UTF-8 text (byte 0xe9 at offset 20)"),
        (("32 Februari 2022\n" + INDONESIAN).encode(), "'32 Februari 2022' is not a valid date"),
        (INDONESIAN.encode(), "no date line"),
        (("15 Februari 2022\nDie Bundesregierung hat am Montag in Berlin neue Gespräche mit den Ländern "
          "über die Energiepreise angekündigt, sagte ein Sprecher.").encode(), "language 'de' is not supported"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(reader, tmp_path, content, reason):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    [reject] = read_all(reader, path)
    assert isinstance(reject, Reject)
    assert reject.input == str(path)
    assert reason in reject.reason


def test_a_50_megabyte_text_is_rejected_as_too_large(reader, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"15 Februari 2022\n" + b"kata " * 10_000_000)
    [reject] = read_all(reader, path)
    assert reject.reason == "too large for one article: 50.0 MB (limit 5.0 MB)"


def test_missing_path_is_a_reject(reader, tmp_path):
    [reject] = read_all(reader, tmp_path / "nowhere.txt")
    assert reject.reason == "no such file or folder"


def test_jsonl_keeps_good_records_and_rejects_bad_lines(reader, tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": INDONESIAN, "title": "Kunjungan PM", "date": "16 Januari 2023", "url": "https://x.test/1"}),
        "{broken",
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": INDONESIAN + " Tambahan.", "date": "yesterday-ish"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, *rejects = read_all(reader, path)
    assert (good.title, good.date, good.url, good.language) == ("Kunjungan PM", "2023-01-16", "https://x.test/1", "id")
    assert good.source == f"{path}:1"
    assert [(r.input, r.reason.split(" (")[0]) for r in rejects] == [
        (f"{path}:2", "not valid JSON"),  # the line number is in the input: reasons group in the summary
        (f"{path}:3", "a JSON list, not an object"),
        (f"{path}:4", "record has no 'text'"),
        (f"{path}:5", "date: cannot read a date in 'yesterday-ish'"),
    ]


def test_csv_records(reader, tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(f'title,date,text\nKunjungan,2023-01-16,"{INDONESIAN}"\n', encoding="utf-8")
    [article] = read_all(reader, path)
    assert (article.title, article.date, article.dateline.text) == ("Kunjungan", "2023-01-16", "JAKARTA")


def test_csv_without_text_column_is_rejected(reader, tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text("title,body\na,b\n", encoding="utf-8")
    [reject] = read_all(reader, path)
    assert reject.reason == "CSV has no 'text' column (columns: title, body)"


def test_html_article_gives_text_title_and_date(reader, tmp_path):
    body = " ".join([INDONESIAN] * 3)
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Jokowi terima PM Australia</title>"
        '<meta property="article:published_time" content="2023-01-16T09:00:00+07:00"></head>'
        f"<body><nav>Beranda | Politik</nav><article><h1>Jokowi terima PM Australia</h1><p>{body}</p></article>"
        "<footer>Hak cipta</footer></body></html>",
        encoding="utf-8",
    )
    [article] = read_all(reader, path)
    assert article.title == "Jokowi terima PM Australia"
    assert article.date == "2023-01-16"
    assert article.text.startswith("JAKARTA – Presiden Joko Widodo")
    assert "Beranda" not in article.text and "Hak cipta" not in article.text
    assert article.dateline.text == "JAKARTA"


def test_html_without_an_article_is_rejected(reader, tmp_path):
    path = tmp_path / "index.html"
    path.write_text("<html><body><nav><a href='/'>Beranda</a></nav><p>Masuk</p></body></html>", encoding="utf-8")
    [reject] = read_all(reader, path)
    assert reject.reason.startswith("no article text found in the HTML")


def test_folders_are_walked_recursively_in_name_order(reader, tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "deep.txt").write_text("16 Januari 2023\n" + INDONESIAN, encoding="utf-8")
    (tmp_path / "a.txt").write_text("17 Januari 2023\n" + INDONESIAN + " Lagi.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    assert [a.date for a in read_all(reader, tmp_path)] == ["2023-01-17", "2023-01-16"]


def test_english_article_is_accepted(reader, tmp_path):
    path = tmp_path / "en.txt"
    path.write_text(
        "February 15, 2022\nMOSCOW – Russian President Vladimir Putin spoke with US President Joe Biden "
        "on Saturday about the situation in Ukraine, the Kremlin said.",
        encoding="utf-8",
    )
    [article] = read_all(reader, path)
    assert (article.language, article.date, article.dateline.text) == ("en", "2022-02-15", "MOSCOW")
