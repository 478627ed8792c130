"""scripts/score_sentence_sets.py: every development set scored at once, and what changed since a run."""

from __future__ import annotations

import importlib.util
import json

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("score_sentence_sets", ROOT / "scripts" / "score_sentence_sets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _set(path, events_of_second):
    records = [
        {"id": "s1", "text": "Polisi menangkap tiga tersangka pencurian di Surabaya.",
         "events": [{"source": "IDNCOP", "target": "IDNCRM", "code": "173", "root": "17", "mode": "asserted",
                     "required": True, "trigger": "menangkap"}]},
        {"id": "s2", "text": "Presiden Joko Widodo bertemu Perdana Menteri Australia Scott Morrison di Jakarta.",
         "events": events_of_second},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_sets_are_scored_and_changes_listed(script, tmp_path, capsys):
    meeting = {"source": "IDNGOV", "target": "AUSGOV", "code": "040", "root": "04", "mode": "asserted",
               "required": True, "trigger": "bertemu"}
    first = _set(tmp_path / "first.jsonl", [meeting])
    assert script.main([str(first), "--out", str(tmp_path / "before")]) == 0
    out = capsys.readouterr().out
    assert "first: recall 2/2, precision 2/2, fake facts 0" in out
    saved = json.loads((tmp_path / "before" / "first.json").read_text(encoding="utf-8"))
    assert saved["misses"] == [] and sorted(saved["coded"]) == ["s1", "s2"]
    # the same file, its meeting now with China in the gold: a miss and a false hit came
    _set(first, [{**meeting, "target": "CHNGOV"}])
    assert script.main([str(first), "--compare", str(tmp_path / "before")]) == 0
    out = capsys.readouterr().out
    assert "first: recall 1/2, precision 1/2, fake facts 0" in out
    assert "misses new:  s2 IDNGOV CHNGOV 040 bertemu" in out
    assert "false_hits new:  s2 IDNGOV AUSGOV 040 bertemu" in out


def test_the_test_split_is_refused(script):
    with pytest.raises(SystemExit):
        script.main([str(ROOT.parent / "shared/gold/news-sentences/test.jsonl")])
