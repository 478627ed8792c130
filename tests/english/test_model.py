"""The shipped English pipeline (src/warta/lang/en/model/): it loads, tags, parses, finds names,
and is measured above a floor on a sample of UD_English-PUD and Universal NER's en_ewt test."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tests.conftest import SHARED

MODEL_PIPES = ["tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner"]


@pytest.fixture(scope="module")
def en_nlp():
    from warta.lang import get_language
    from warta.language import load_nlp

    return load_nlp(get_language("en"))


def test_the_trained_model_is_shipped_and_loaded(en_nlp):
    from warta.lang import get_language

    assert (get_language("en").data_dir / "model" / "config.cfg").exists()
    assert en_nlp.pipe_names == MODEL_PIPES
    assert set(en_nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG"}


def test_a_news_sentence_is_tagged_parsed_and_lemmatised(en_nlp):
    doc = en_nlp("Russian troops attacked the city of Kharkiv on Monday, the Ukrainian president said.")
    tokens = {t.text: t for t in doc}
    assert [tokens[w].pos_ for w in ("troops", "attacked", "city", "Kharkiv", "Monday", "said")] == [
        "NOUN", "VERB", "NOUN", "PROPN", "PROPN", "VERB"
    ]
    assert tokens["said"].dep_ == "ROOT"
    assert tokens["attacked"].head.text == "said" and tokens["attacked"].dep_ == "ccomp"
    assert tokens["troops"].dep_ == "nsubj" and tokens["troops"].head.text == "attacked"
    assert tokens["city"].dep_ == "obj" and tokens["city"].head.text == "attacked"
    assert tokens["president"].dep_ == "nsubj" and tokens["president"].head.text == "said"
    assert (tokens["attacked"].lemma_, tokens["said"].lemma_) == ("attack", "say")
    doc = en_nlp("Leaders were meeting in two cities.")
    assert [t.lemma_.lower() for t in doc] == ["leader", "be", "meet", "in", "two", "city", "."]


def test_names_are_found(en_nlp):
    doc = en_nlp("Vladimir Putin spoke with Joe Biden about NATO and Ukraine.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Vladimir Putin", "PER"), ("Joe Biden", "PER"), ("Ukraine", "LOC")} <= ents


def test_warta_train_en_help_and_unknown_language():
    from warta.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["train", "en", "--help"])
    assert result.exit_code == 0
    assert "id or en" in result.output
    assert runner.invoke(app, ["train", "xx", "--data", str(SHARED / "data")]).exit_code == 2


def test_the_english_recipe_trains_without_pretraining(monkeypatch):
    import runpy
    import sys

    from warta.cli import app

    seen = {}
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    monkeypatch.setattr(runpy, "run_path", lambda path, run_name: seen.update(argv=list(sys.argv)))
    result = CliRunner().invoke(app, ["train", "en", "--data", str(SHARED / "data")])
    assert result.exit_code == 0, result.output
    argv = seen["argv"]
    assert argv[argv.index("--language") + 1] == "en"
    # the script keeps the steps of the English recipe: no pretraining
    from pathlib import Path

    training = Path(__file__).resolve().parents[2] / "training"
    sys.path.insert(0, str(training))
    try:
        import train as training_script
    finally:
        sys.path.remove(str(training))
    assert training_script.RECIPES["en"].steps == ("prepare", "ud", "ner", "joint", "assemble")
    for step in ("ud", "ner", "joint"):
        assert training_script.RECIPES["en"].config(step).exists()
    # the shipped tagger/parser/lemmatizer come from the joint step, the NER (own tok2vec) from ner
    assert dict(training_script.RECIPES["en"].pipes) == {
        "tok2vec": "joint", "morphologizer": "joint", "parser": "joint", "trainable_lemmatizer": "joint", "ner": "ner"
    }


def test_pud_and_uner_sample_above_floor(en_nlp):
    from warta.evaluation.nlp import EVAL_SETS, score_entities, score_gold_tokens
    from warta.language.conllu import read_conllu

    sets = EVAL_SETS["en"]
    pud = list(read_conllu(SHARED / sets.pud))[:200]
    scores = score_gold_tokens(en_nlp, pud)
    assert scores["words"] > 4000
    assert scores["upos"] >= 94.0  # shipped model on this sample: UPOS 95.56, LAS 79.55
    assert scores["las"] >= 78.0
    ner = score_entities(en_nlp, SHARED, sets.ner["uner-en-ewt"])
    assert ner["sentences"] == 2077
    assert ner["f1"] >= 65.0  # shipped model: 66.29 (MODEL_CARD.md)


def test_the_joint_step_rebuilds_the_sourced_lemmatizer_labels(en_nlp):
    """spaCy 3.8 does not restore the edit-tree lemmatizer's tree -> label map from disk, so a sourced
    lemmatizer trained on would learn label 0 for every word; training/spacy_en.py rebuilds it."""
    import sys
    from pathlib import Path

    from spacy.pipeline.dep_parser import parser_score

    training = Path(__file__).resolve().parents[2] / "training"
    sys.path.insert(0, str(training))
    try:
        import spacy_en
    finally:
        sys.path.remove(str(training))
    lemmatizer = en_nlp.get_pipe("trainable_lemmatizer")
    saved = dict(lemmatizer.tree2label)
    try:
        lemmatizer.tree2label = {}
        spacy_en.make_rebuild_lemma_labels()(en_nlp)
        labels = lemmatizer.cfg["labels"]
        assert len(lemmatizer.tree2label) == len(labels) > 100
        assert all(lemmatizer.tree2label[tree] == i for i, tree in enumerate(labels))
    finally:
        lemmatizer.tree2label = saved
        en_nlp.get_pipe("parser").scorer = parser_score
