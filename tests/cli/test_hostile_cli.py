"""The commands facing hostile text and broken databases: terminal output stays inert, a bad
--db or a locked one is one readable line with exit code 2, never a traceback."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import warta.cli.common as common
import warta.cli.extract as extract_command
from warta.cli import app
from warta.document import ActorRef, Article, Document, Event, article_id
from warta.store import Store

runner = CliRunner()
INDONESIAN = "JAKARTA – Presiden Joko Widodo bertemu Perdana Menteri Australia di Istana Merdeka pada hari Senin."
#: Evidence as a hostile page could write it: Rich markup, a link, a colour and a window-title sequence.
HOSTILE = "[/red] [link=https://evil.test]klik[/link] \x1b[31mmerah \x1b]0;pwned\x07 [bold]"
SHOWN = "[/red] [link=https://evil.test]klik[/link] ␛[31mmerah ␛]0;pwned␇ [bold]"


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)


def hostile_document(text: str = INDONESIAN, source: str = "a[/red].txt") -> Document:
    article = Article(id=article_id(text), text=text, date="2023-01-16", language="id", source=source)
    event = Event(
        code="040", root="04", name="Consult [/b]", quad_class=1, goldstein=1.0, source=ActorRef("IDNGOV", "x"),
        target=ActorRef("AUSGOV", "y"), sentence=0, start=0, end=7, evidence=HOSTILE, date="2023-01-16",
    )  # fmt: skip
    return Document(article=article, events=[event])


@pytest.fixture
def wide_console(monkeypatch):
    monkeypatch.setattr(common.console, "width", 250)


def test_events_prints_markup_links_and_escape_sequences_as_inert_text(tmp_path, wide_console):
    db = tmp_path / "w.duckdb"
    with Store(db) as store:
        store.write_batch([hostile_document()])
    result = run("events", "--db", db)
    assert result.exit_code == 0, result.output
    assert SHOWN in result.stdout and "Consult [/b]" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_extract_table_prints_hostile_text_and_file_names_as_inert_text(tmp_path, wide_console, monkeypatch):
    class HostileCoder:
        def process(self, article):
            return hostile_document(article.text, article.source)

    monkeypatch.setattr(extract_command, "Pipeline", HostileCoder)
    path = tmp_path / "a[bold][link=x].txt"  # a file name cannot hold "/"
    path.write_text("16 Januari 2023\n" + INDONESIAN, encoding="utf-8")
    (tmp_path / "[blink]kosong\x1b[31m.txt").write_bytes(b"")
    result = run("extract", tmp_path, "--format", "table")
    assert result.exit_code == 1  # the empty file
    assert SHOWN in result.stdout and "a[bold][link=x].txt" in result.stdout
    assert "\x1b" not in result.stdout
    assert f"rejected {tmp_path}/[blink]kosong␛[31m.txt: empty file" in result.stderr


def test_extract_and_ingest_take_a_forced_language(tmp_path, monkeypatch):
    monkeypatch.setattr(extract_command, "Pipeline", lambda: type("NoCoding", (), {"process": lambda _, a: Document(a)})())
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "The minister met the president in Jakarta."}) + "\n", encoding="utf-8")
    result = run("extract", path, "--language", "id")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["language"] == "id"
    result = run("ingest", path, "--language", "xx", "--db", tmp_path / "w.duckdb")
    assert result.exit_code == 2 and "language 'xx' is not supported" in result.output


def _text_file(tmp_path):
    (tmp_path / "notes.duckdb").write_text("not a database\n")
    return tmp_path / "notes.duckdb", "is not a DuckDB database"


def _missing_folder(tmp_path):
    return tmp_path / "no" / "such" / "w.duckdb", "its folder does not exist"


def _directory(tmp_path):
    return tmp_path, "is a folder, not a database file"


def _truncated(tmp_path):
    path = tmp_path / "t.duckdb"
    with Store(path) as store:
        store.write_batch([hostile_document(INDONESIAN + f" {i}.") for i in range(200)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path, "cannot use the database"


@pytest.mark.parametrize("broken", [_text_file, _missing_folder, _directory, _truncated])
@pytest.mark.parametrize("command", [["stats"], ["events"], ["export", "-f", "csv", "-o", "out.csv"], ["ingest"]])
def test_a_bad_db_is_one_readable_line_and_exit_code_2(tmp_path, broken, command):
    db, message = broken(tmp_path)
    if command == ["ingest"]:
        (tmp_path / "in.txt").write_text("16 Januari 2023\n" + INDONESIAN, encoding="utf-8")
        command = ["ingest", tmp_path / "in.txt"]
    if broken is _missing_folder and command[0] != "ingest":
        message = "no database at"  # reading never creates a database
    result = run(*command, "--db", db)
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_ingest_of_a_missing_path_fails_before_anything_is_read(tmp_path):
    result = run("ingest", tmp_path / "nowhere", "--db", tmp_path / "w.duckdb")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: no such file or folder: {tmp_path / 'nowhere'}"
    assert not (tmp_path / "w.duckdb").exists()


def test_a_locked_database_waits_the_lock_timeout_then_says_so_in_one_line(tmp_path):
    db = tmp_path / "w.duckdb"
    Store(db).close()
    (tmp_path / "in.txt").write_text("16 Januari 2023\n" + INDONESIAN, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys; c = duckdb.connect({str(db)!r}); print('locked', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "locked"
        for command in (["ingest", tmp_path / "in.txt"], ["stats"], ["events"]):
            result = run(*command, "--db", db, "--lock-timeout", "0.3")
            assert result.exit_code == 2, result.output
            assert result.stderr.strip() == (
                f"error: the database {db} is in use by another process (an ingest, or a reader while "
                "writing); waited 0.3 s"
            )
    finally:
        holder.communicate("")


def test_the_dashboard_shows_markup_and_escape_sequences_as_text(tmp_path):
    from fastapi.testclient import TestClient

    from warta.serve import create_app

    db = tmp_path / "w.duckdb"
    document = hostile_document()
    document.article.title = "Judul [/red] [link=https://evil.test]klik[/link]"
    with Store(db) as store:
        store.write_batch([document])
    with TestClient(create_app(db)) as client:
        listing = client.get("/articles").text
        page = client.get(f"/articles/{document.article.id}").text
    assert "Judul [/red] [link=https://evil.test]klik[/link]" in listing
    assert "[/red] [link=https://evil.test]klik[/link]" in page
    assert "<a href=\"https://evil.test\"" not in page


def test_a_full_disk_during_ingest_is_one_line(tmp_path, monkeypatch):
    import duckdb

    def disk_full(self, *args, **kwargs):
        raise duckdb.IOException('IO Error: Could not write file "w.duckdb.wal": No space left on device')

    monkeypatch.setattr(Store, "write_rows", disk_full)
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "w.duckdb"
    result = run("ingest", tmp_path / "empty.txt", "--db", db)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: cannot write the database {db}: the disk is full"
