"""`warta eval events` on the reference gold file and on a sentence set."""

import json

from typer.testing import CliRunner

from tests.conftest import GOLD, ROOT
from warta.cli import app

runner = CliRunner()


def test_eval_events_gold_json():
    result = runner.invoke(app, ["eval", "events", "--gold", str(GOLD), "--article", str(ROOT / "examples" / "moskow-2022-02-15.id.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["required_recall"]["of"] == 13 and scores["required_recall"]["found"] >= 12
    assert scores["forbidden_hits"] == 0
    assert scores["date_agreement"]["of"] > 0


def test_eval_events_table_and_default_article(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["eval", "events", "--gold", str(GOLD)])
    assert result.exit_code == 0, result.output
    assert "required recall" in result.output and "forbidden hits" in result.output


def test_eval_events_sentence_set_by_root():
    result = runner.invoke(app, ["eval", "events", "--gold", str(ROOT / "tests" / "data" / "events_check2.id.jsonl")])
    assert result.exit_code == 0, result.output
    assert "all" in result.output and "recall" in result.output


def test_eval_events_missing_gold_fails():
    result = runner.invoke(app, ["eval", "events", "--gold", "no-such-file.json"])
    assert result.exit_code != 0
