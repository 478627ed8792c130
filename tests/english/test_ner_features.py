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


# Tests of a shipped feature model (entities change with the tables, it loads without the table
# packages) belong here once one ships: branch en-ner15 had them, skipped while none does.
