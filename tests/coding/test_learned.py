"""The learned criticism and demand judges (coding/learned.py) and how the engine uses them."""

import json
import math
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from warta.coding import Coder
from warta.coding.learned import FORMAT, Judge, load_judges, sentence_features
from warta.document import Article, Document
from warta.lang import get_language


def test_features_are_words_and_word_pairs_as_written_and_without_the_clitic():
    assert sentence_features(["kebijakannya", "buruk"], ["kebijakan", "buruk"]) == {
        "kebijakannya", "buruk", "kebijakannya buruk", "b:kebijakan", "b:buruk", "b:kebijakan buruk",
    }


def test_a_judge_is_a_logistic_model_over_the_features_it_knows():
    judge = Judge("111", -1.0, {"buruk": 2.0, "b:buruk": 0.5}, 0.5)
    assert judge.probability({"buruk", "b:buruk", "unknown"}) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert judge.probability(set()) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_the_cue_is_the_strongest_word_outside_the_actors_names():
    judge = Judge("111", 0.0, {"jokowi": 3.0, "buruk": 1.0}, 0.5)
    words = ["jokowi", "menyebut", "kebijakan", "buruk"]
    assert judge.cue(words, words, names=set()) == 0
    assert judge.cue(words, words, names={0}) == 3


def test_judges_load_from_their_file_and_a_language_without_one_has_none(tmp_path):
    assert load_judges(tmp_path / "judgements.json") == ()
    path = tmp_path / "judgements.json"
    path.write_text(json.dumps({"format": FORMAT, "judges": [{"code": "100", "bias": -2, "threshold": 0.7, "weights": {"b:desak": 1.5}}]}))
    (judge,) = load_judges(path)
    assert (judge.code, judge.bias, judge.threshold, judge.weights, judge.left_out_by) == ("100", -2.0, 0.7, {"b:desak": 1.5}, ("10",))
    path.write_text(json.dumps({"format": "something else", "judges": []}))
    with pytest.raises(ValueError, match="not a warta.judgements/1 file"):
        load_judges(path)


def test_indonesian_ships_a_criticism_and_a_demand_judge_and_english_none():
    shipped = load_judges(get_language("id").data_dir / "judgements.json")
    assert [(j.code, j.threshold, j.unless) for j in shipped] == [("111", 0.85, ("11",)), ("100", 0.80, ("10", "02"))]
    assert all(len(j.weights) > 10_000 for j in shipped)
    assert load_judges(get_language("en").data_dir / "judgements.json") == ()


@pytest.fixture(scope="module")
def judged(pipeline):
    """code(text) with one hand-made judge: "keterlaluan" makes a sentence a criticism."""
    stages = dict(pipeline.stages("id"))
    coder = stages["coding"]
    judge = Judge("111", -3.0, {"keterlaluan": 6.0}, 0.8)
    judging = Coder(replace(coder.lexicon, judges=(judge,)), coder.kb, coder.cameo, coder.lemmatize, coder.finder.places)

    def run(text: str):
        document = stages["language"](Document(article=Article(id="judged", text=text, language="id", date="2025-03-10")))
        return judging(document)

    return run


def _events(document):
    return [(e.source.code, e.target.code if e.target else None, e.code, e.trigger, e.mode) for e in document.events]


def test_a_judged_sentence_is_a_criticism_by_its_first_actor_of_the_next(judged):
    document = judged("Ketua Komisi III DPR menilai langkah Kementerian Hukum keterlaluan.")
    assert _events(document) == [("IDNLEG", "IDNGOV", "111", "keterlaluan", "asserted")]


def test_the_teller_of_a_quote_is_the_one_who_judges(judged):
    document = judged('"Langkah polisi itu keterlaluan," kata Ketua Komisi III DPR.')
    assert _events(document) == [("IDNLEG", "IDNCOP", "111", "keterlaluan", "asserted")]


@pytest.mark.parametrize("text", [
    "Ketua Komisi III DPR menilai langkah Kementerian Hukum mungkin keterlaluan.",  # a speculation
    "Ketua Komisi III DPR menilai langkah Kementerian Hukum keterlaluan jika benar terjadi.",  # a condition
    "Kementerian Hukum membantah tuduhan Ketua Komisi III DPR bahwa langkahnya keterlaluan.",  # a denial
    "Ketua Komisi III DPR menilai perbuatan tersangka itu keterlaluan.",  # a suspect is accused by rule, not judged
    "Ketua Komisi III DPR keterlaluan.",  # no one judged
    "Ketika warga merasa dirugikan, maka Ketua Komisi III DPR bisa menilai Kementerian Hukum keterlaluan.",  # a case and its consequence
])
def test_no_judgement_where_nothing_is_asserted_or_no_one_is_judged(judged, text):
    assert [e for e in judged(text).events if e.code == "111"] == []


def test_a_rule_found_criticism_leaves_the_judge_out(judged):
    document = judged("Ketua Komisi III DPR mengkritik Kementerian Hukum yang keterlaluan.")
    assert [(e.code, e.trigger) for e in document.events] == [("111", "mengkritik")]


def test_the_shipped_judges_never_saw_held_out_data():
    trained_on = json.loads((get_language("id").data_dir / "judgements.json").read_text(encoding="utf-8"))["trained_on"]
    assert "dev.jsonl" in trained_on and not [name for name in trained_on if "test" in name or "PUD" in name]


def test_the_training_script_refuses_held_out_data():
    script = Path(__file__).resolve().parents[2] / "scripts" / "train_judgements.py"
    done = subprocess.run([sys.executable, str(script), "gold/news-sentences/test.jsonl"], capture_output=True, text=True)
    assert done.returncode == 1 and "held-out evaluation data, never trained on" in done.stderr


def test_a_judged_criticism_after_a_hope_is_what_is_hoped_for(judged):
    document = judged("Ketua Komisi III DPR berharap Kementerian Hukum segera bertindak dan menilai langkah polisi keterlaluan.")
    assert [(e.code, e.mode) for e in document.events if e.trigger == "keterlaluan"] == [("111", "hypothetical")]
