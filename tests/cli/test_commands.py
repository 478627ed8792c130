"""The commands as a user runs them, through Typer's runner."""

import json

import pytest
from typer.testing import CliRunner

from warta.cli import app
from tests.conftest import EXAMPLE_ARTICLE, EXAMPLES

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_extract_reference_article_as_json():
    result = run("extract", EXAMPLE_ARTICLE, "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    article = document["article"]
    assert (article["date"], article["language"], article["dateline"]["text"]) == ("2022-02-15", "id", "MOSKOW")
    assert set(document) >= {"article", "sentences", "entities", "events", "quotes", "times", "places"}


def test_extract_several_files_prints_a_list(tmp_path):
    result = run("extract", EXAMPLE_ARTICLE, EXAMPLES / "more-articles.jsonl", "--format", "json")
    documents = json.loads(result.stdout)
    assert [d["article"]["dateline"]["text"] for d in documents] == ["MOSKOW", "JAKARTA", "JENEWA"]


def test_extract_jsonl_prints_one_document_a_line():
    result = run("extract", EXAMPLES / "more-articles.jsonl", "--format", "jsonl")
    lines = result.stdout.splitlines()
    assert [json.loads(line)["article"]["date"] for line in lines] == ["2023-07-12", "2023-10-10"]


def test_extract_bad_file_exits_non_zero_with_the_reason_on_stderr(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run("extract", path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "empty file" in result.stderr and "empty.txt" in result.stderr


def test_ingest_mixed_folder_twice_stores_two_articles_and_the_rejects(tmp_path, bad_inputs_folder):
    db = tmp_path / "w.duckdb"
    for _ in range(2):
        result = run("ingest", bad_inputs_folder, "--db", db)
        assert result.exit_code == 0, result.output
        assert "rejected" in result.stdout
    stats = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert stats["articles"] == 2
    assert stats["rejects"] == 4  # empty, random bytes, invalid UTF-8, broken JSONL line
    assert stats["articles_by_language"] == {"id": 2}


def test_ingest_of_the_folder_that_holds_the_database_does_not_read_the_database(tmp_path):
    (tmp_path / "artikel.txt").write_text(EXAMPLE_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "warta.duckdb"
    for _ in range(2):  # the second run walks a folder that now holds the database
        assert run("ingest", tmp_path, "--db", db).exit_code == 0
    stats = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert (stats["articles"], stats["rejects"]) == (1, 0)
    named = run("ingest", db, "--db", db)  # named as an input, it is read and rejected like any file
    assert named.exit_code == 0
    assert json.loads(run("stats", "--db", db, "--format", "json").stdout)["rejects"] == 1


def test_stats_and_events_on_a_missing_database_explain_themselves(tmp_path):
    result = run("stats", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 2
    assert "no database at" in result.stderr


def test_events_rejects_a_bad_date(tmp_path):
    result = run("events", "--db", tmp_path / "x.duckdb", "--since", "2022-13-01")
    assert result.exit_code == 2
    assert "is not a date in YYYY-MM-DD form" in result.output


@pytest.mark.parametrize("command", ["extract", "ingest", "events", "stats"])
def test_every_command_has_help_with_examples(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout


@pytest.mark.parametrize("width", [80, 120])
def test_events_table_keeps_codes_and_actors_on_a_narrow_terminal(width):
    from rich.console import Console

    from warta.cli.common import events_table

    row = {"date": "2022-02-12", "code": "0411", "name": "Discuss by telephone", "source_code": "RUSGOV",
           "target_code": "IGOWSTNAT", "mode": "hypothetical", "evidence": "Percakapan telepon " * 10}  # fmt: skip
    console = Console(width=width, record=True)
    console.print(events_table([row], "t", width=width))
    text = console.export_text()
    assert all(part in text for part in ("2022-02-12", "0411", "RUSGOV", "IGOWSTNAT", "hypothetical", "Percakapan"))
    assert max(len(line) for line in text.splitlines()) <= width


def test_train_runs_every_step_of_the_recipe_by_default(monkeypatch):
    # the shipped model was built with pretraining: a default that skips a step cannot rebuild it
    import runpy
    import sys

    from tests.conftest import SHARED

    seen = {}
    monkeypatch.setattr(sys, "argv", list(sys.argv))  # the command sets sys.argv for the script
    monkeypatch.setattr(runpy, "run_path", lambda path, run_name: seen.update(argv=list(sys.argv)))
    result = run("train", "id", "--data", SHARED / "data")
    assert result.exit_code == 0, result.output
    steps = seen["argv"][seen["argv"].index("--steps") + 1].split(",")
    assert steps == _recipe_steps() == ["prepare", "pretrain", "ud", "ner", "joint", "assemble"]


def _recipe_steps() -> list[str]:
    """STEPS as training/train.py defines it (read, not imported: training/ is not a package)."""
    import ast
    from pathlib import Path

    source = (Path(__file__).resolve().parents[2] / "training" / "train.py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "STEPS" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError("training/train.py defines no STEPS")


@pytest.mark.parametrize("flag", ["--lang", "--language", "-l"])
def test_eval_nlp_takes_the_language_by_the_issue_s_spelling(flag):
    """`warta eval nlp --lang en` (issue 13's acceptance command) names the pipeline like `--language`."""
    result = run("eval", "nlp", flag, "zz")
    assert result.exit_code != 0
    assert "no evaluation sets for 'zz'" in result.output
    assert "No such option" not in result.output


def test_extract_takes_lang_for_language(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("15 Februari 2022\nPolisi menangkap dua orang di Jakarta.", encoding="utf-8")
    forced = json.loads(run("extract", text, "--lang", "id", "--format", "json").output)
    assert forced["article"]["language"] == "id"
