"""Precision and recall on the development set (tuned on) and the check set (written apart)."""

from collections import Counter

import pytest

from tests.conftest import ROOT
from warta.evaluation.events import code_dev, read_dev, score_dev

DEV = ROOT / "tests" / "data" / "events_dev.id.jsonl"
CHECK = ROOT / "tests" / "data" / "events_test.id.jsonl"
CHECK2 = ROOT / "tests" / "data" / "events_check2.id.jsonl"
ROOTS = [f"{n:02d}" for n in range(1, 21)]


@pytest.fixture(scope="module")
def dev_scores(pipeline):
    records = read_dev(DEV)
    return records, score_dev(records, code_dev(records, pipeline))


@pytest.fixture(scope="module")
def check_scores(pipeline):
    records = read_dev(CHECK)
    return score_dev(records, code_dev(records, pipeline))


def test_dev_set_is_large_and_covers_every_root(dev_scores):
    records, _ = dev_scores
    assert len(records) >= 100
    roots = Counter(e["root"] for r in records for e in r["events"] if e["mode"] == "asserted")
    assert all(roots[root] >= 3 for root in ROOTS), roots


def test_dev_set_precision_and_recall(dev_scores):
    total = dev_scores[1].total()
    assert total.precision >= 0.95 and total.recall >= 0.95, dev_scores[1].errors


@pytest.mark.parametrize("root", ROOTS)
def test_dev_set_recall_by_root(dev_scores, root):
    assert dev_scores[1].by_root[root].recall >= 0.6


def test_dev_set_modes(dev_scores):
    scores = dev_scores[1]
    assert scores.modes_checked >= 7 and scores.modes_right == scores.modes_checked


@pytest.mark.parametrize("path, floor", [(CHECK2, 0.85)])
def test_second_check_set_precision_and_recall(pipeline, path, floor):
    records = read_dev(path)
    total = score_dev(records, code_dev(records, pipeline)).total()
    assert total.precision >= floor and total.recall >= floor


def test_check_set_precision_and_recall(check_scores):
    total = check_scores.total()
    assert total.precision >= 0.9 and total.recall >= 0.85, check_scores.errors
