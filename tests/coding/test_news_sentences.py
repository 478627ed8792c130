"""`warta eval events` on the news-sentences gold agrees with that gold's reference scorer."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT, SHARED
from warta.evaluation.events import read_dev
from warta.evaluation.news_sentences import article_record, is_news_sentences, same_actor, score_sentences

NEWS_SENTENCES = SHARED / "gold" / "news-sentences"
DEV = NEWS_SENTENCES / "dev.jsonl"
WARTA = Path(sys.executable).parent / "warta"
needs_gold = pytest.mark.skipif(not DEV.is_file(), reason=f"no {DEV}")


def gold_event(root, source, target, mode="asserted", required=True, alt_roots=(), code=None, trigger="t"):
    return {"root": root, "alt_roots": list(alt_roots), "code": code or root + "0", "source": source,
            "target": target, "mode": mode, "required": required, "trigger": trigger}  # fmt: skip


def output_event(code, source, target, mode="asserted", trigger="t"):
    """An event as `warta extract --format json` prints it (the fields the scorer reads)."""
    actor = lambda c: {"code": c, "text": c} if c else None  # noqa: E731
    return {"code": code, "root": code[:2], "source": actor(source), "target": actor(target), "mode": mode, "trigger": trigger}


SENTENCES = [
    {"id": "s1", "text": "…", "events": [gold_event("17", "IDNCOP", "IDNCRM"), gold_event("04", "IDNGOV", "USA")]},
    {"id": "s2", "text": "…", "events": [gold_event("05", "IDNOPP", "IDNGOV", mode="hypothetical")]},
    {"id": "s3", "text": "…", "events": [gold_event("14", "IDNEDU", None, alt_roots=["11"])]},
    {"id": "s4", "text": "…", "events": [gold_event("04", "IGOSEAASN", "IDNGOV", required=False)]},
    {"id": "s5", "text": "…", "events": [gold_event("19", "RUSMIL", "UKRMIL")]},  # rejected: never coded
]
CODED = {
    "s1": [output_event("173", "IDNCOP", "IDNCRM"), output_event("173", "IDNCOP", "IDNCRM"), output_event("040", "IDNGOV", "USA", mode="hypothetical")],
    "s2": [output_event("051", "IDNOPP", "IDNGOV")],
    "s3": [output_event("112", "IDNEDU", "IDNGOV")],
    "s4": [output_event("042", "IGOSEAASN", "IDNGOV"), output_event("190", "IDNMIL", None)],
}


def test_score_counts_recall_precision_and_fake_facts():
    scores = score_sentences("toy.jsonl", SENTENCES, CODED)
    # recall: s1 arrest found once (the second reading takes nothing), s1 meeting only hypothetical
    # in the output, s3 found through its alt root (gold target null matches any), s5 rejected
    assert (scores.found, scores.required) == (2, 4)
    # precision: both s1 arrests match, s3 matches, s4's optional meeting matches (IGO by ASN)
    assert (scores.correct, scores.produced) == (4, 6)
    assert scores.fake == 1 and scores.rejected == 1
    assert [(m["id"], m["code"]) for m in scores.misses] == [("s1", "040"), ("s5", "190")]
    assert [(h["id"], h["code"], h["fake_fact"]) for h in scores.false_hits] == [("s2", "051", True), ("s4", "190", False)]
    assert scores.summary_line() == (
        "toy.jsonl: recall 2/4 (50%), precision 4/6 (67%), fake facts 1, 5 sentences, 1 rejected"
    )


def test_actor_matching_as_score_py():
    assert same_actor("IDNGOV", "IDNCOP") and not same_actor("IDNGOV", "MYSGOV")
    assert same_actor(None, "IDNGOV") and same_actor(None, "")  # a null gold actor matches anything
    assert same_actor("IGOSEAASN", "IGOASN") and not same_actor("IGOSEAASN", "IDN")
    assert same_actor("NATO", "IGOWSTNAT")


def test_article_record_defaults_date_and_language():
    assert article_record({"id": "ns1", "text": "Polisi menangkap dia."}) == {
        "text": "Polisi menangkap dia.", "date": "2019-12-01", "url": "gold://ns1", "language": "id",
    }  # fmt: skip
    assert article_record({"id": "ns2", "text": "x", "date": "2025-10-20"})["date"] == "2025-10-20"


@needs_gold
def test_formats_are_told_apart():
    assert is_news_sentences(read_dev(DEV))
    assert not is_news_sentences(read_dev(ROOT / "tests" / "data" / "events_check2.id.jsonl"))
    assert is_news_sentences([{"id": "x", "text": "y", "events": []}])


@pytest.fixture(scope="module")
def dev_slice(tmp_path_factory) -> Path:
    """Every fourth dev sentence (160 of 638): misses and false hits, and quick to code."""
    lines = [line for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = tmp_path_factory.mktemp("news-sentences") / "dev-slice.jsonl"
    path.write_text("\n".join(lines[::4]) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def outputs(dev_slice) -> dict[str, list[str]]:
    """score.py, `warta eval events` and its --format json, run at once as fresh processes.

    Fresh and simultaneous so that all three code with the same data files: the coder's
    tables change under a long test session, and an in-process run keeps what it first loaded.
    """
    commands = {
        "score.py": [sys.executable, str(NEWS_SENTENCES / "score.py"), str(dev_slice), str(WARTA)],
        "table": [str(WARTA), "eval", "events", "--gold", str(dev_slice)],
        "json": [str(WARTA), "eval", "events", "--gold", str(dev_slice), "--format", "json"],
    }
    running = {name: subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                      env={**os.environ, "COLUMNS": "80"})
               for name, command in commands.items()}  # fmt: skip
    outputs = {}
    for name, process in running.items():
        stdout, stderr = process.communicate()
        assert process.returncode == 0, f"{name}: {stderr[-500:]}"
        outputs[name] = stdout.splitlines()
    return outputs


@needs_gold
def test_table_output_is_score_py_output(outputs):
    reference = outputs["score.py"]
    assert reference[-1].startswith("dev-slice.jsonl: recall ")
    assert any("MISSED" in line for line in reference)
    assert outputs["table"] == reference


@needs_gold
def test_json_numbers_are_score_py_numbers(outputs):
    scores = json.loads("\n".join(outputs["json"]))
    summary = re.match(
        r".*: recall (\d+)/(\d+) .*, precision (\d+)/(\d+) .*, fake facts (\d+), (\d+) sentences, (\d+) rejected",
        outputs["score.py"][-1],
    )
    assert [int(n) for n in summary.groups()] == [
        scores["recall"]["found"], scores["recall"]["of"], scores["precision"]["correct"], scores["precision"]["of"],
        scores["fake_facts"], scores["sentences"], scores["rejected"],
    ]  # fmt: skip
    assert scores["sentences"] == 160 and scores["recall"]["of"] == 24
