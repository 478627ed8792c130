"""spaCy registrations for warta's English pipeline (imported by `warta.language.load_nlp` and
by training/train.py before a model is built).

`warta_en.FeatureTok2Vec.v1` — the NER's own tok2vec with token features: spaCy's MultiHashEmbed
(NORM, PREFIX, SUFFIX, SHAPE) plus a word's Brown cluster (full id and its top 8 bits) and six
gazetteer flags (first name, surname, place, KB person / organisation / actor word), each
hash-embedded and ADDED to the word embeddings through a zero-initialised linear projection
(so a tok2vec copied from a trained one starts out computing exactly what it did), then a
MaxoutWindowEncoder. The tables (training/build_ner_features.py) are read from `tables` when the
model is first built and stored in the layer's attrs, i.e. inside the model's weights: a trained
pipeline loads offline with `tables = ""` and neither source package installed.
With `static_vectors = true`, a token's static word vector (the pipeline's vocab.vectors, looked
up by the token's LOWER — training/build_vectors.py) is added too, through its own
zero-initialised projection; the table lives in the pipeline's vocab/vectors. (spaCy 3.8 keeps
`Vectors(attr=...)` only in floret mode when saving, so the layer looks up LOWER itself.)

`warta_en.copy_tok2vec.v1` (initialize.after_init) — start the NER's tok2vec as a copy of another
pipeline's tok2vec (the embeddings and the first `depth` encoder layers).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from spacy import registry
from spacy.attrs import LOWER, ORTH
from thinc.api import HashEmbed, Linear, Model, chain, concatenate, list2ragged, ragged2list, with_array, zero_init

#: columns of the feature array: cluster (full), cluster (top 8 bits), gazetteer flags (6 bits)
N_FEATURES = 3
CLUSTER_TOP_BITS = 8
FEATURE_TABLES = ("flag_keys", "flag_values", "cluster_keys", "cluster_values")


def _lookup(keys: np.ndarray, values: np.ndarray, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(value or 0, found) for every query hash, by binary search in the sorted keys."""
    if not len(keys):
        return np.zeros(len(query), dtype=np.uint64), np.zeros(len(query), dtype=bool)
    idx = np.searchsorted(keys, query)
    idx[idx == len(keys)] = 0
    found = keys[idx] == query
    return np.where(found, values[idx], 0).astype(np.uint64), found


def token_features(tables: dict, orth: np.ndarray, lower: np.ndarray) -> np.ndarray:
    """The (n_tokens, 3) uint64 feature ids of tokens given their ORTH and LOWER hashes."""
    cluster, found = _lookup(tables["cluster_keys"], tables["cluster_values"], orth)
    if not found.all():
        lower_cluster, _ = _lookup(tables["cluster_keys"], tables["cluster_values"], lower)
        cluster = np.where(found, cluster, lower_cluster)
    bits = np.zeros(len(cluster), dtype=np.uint64)
    nonzero = cluster > 0
    bits[nonzero] = np.floor(np.log2(cluster[nonzero].astype(np.float64))).astype(np.uint64) + 1
    shift = np.where(bits > CLUSTER_TOP_BITS, bits - CLUSTER_TOP_BITS, 0).astype(np.uint64)
    top = (cluster >> shift) + np.uint64(1 << 20)  # a different id space from the full cluster
    flags, _ = _lookup(tables["flag_keys"], tables["flag_values"], lower)
    return np.stack([cluster, top, flags], axis=1)


def feature_lookup(tables_path: str) -> Model:
    """docs → one uint64 array (n_tokens, 3) of feature ids per doc."""
    attrs = {name: np.zeros(0, dtype=np.uint64) for name in FEATURE_TABLES}
    if tables_path and Path(tables_path).exists():
        with np.load(tables_path) as data:
            attrs = {name: np.asarray(data[name], dtype=np.uint64) for name in FEATURE_TABLES}
    return Model("warta_en_feature_lookup", _lookup_forward, attrs=attrs)


def _lookup_forward(model: Model, docs, is_train: bool):
    tables = model.attrs
    out = []
    for doc in docs:
        arr = doc.to_array([ORTH, LOWER])
        if arr.ndim == 1:
            arr = arr.reshape(-1, 2)
        ids = token_features(tables, arr[:, 0].astype(np.uint64), arr[:, 1].astype(np.uint64))
        out.append(model.ops.asarray(ids, dtype="uint64"))
    return out, lambda d_out: []


def _add_lists_forward(model: Model, docs, is_train: bool):
    outputs, backprops = zip(*(layer(docs, is_train) for layer in model.layers))
    out = [sum(arrays[1:], arrays[0]) for arrays in zip(*outputs)]

    def backprop(d_out):
        for back in backprops:
            back(d_out)
        return []

    return out, backprop


def lower_vectors(width: int) -> Model:
    """docs → per doc (n_tokens, width): the vocab's static vector of each token's LOWER (0 if
    none) times W (width × vector width, zero-initialised)."""
    return Model("warta_en_lower_vectors", _vectors_forward, init=_vectors_init, params={"W": None},
                 dims={"nO": width, "nM": None})


def _vectors_init(model: Model, X=None, Y=None):
    if X is not None and len(X):
        n_m = X[0].vocab.vectors.shape[1]
        if not n_m:
            raise ValueError("static_vectors: the pipeline's vocab has no vectors ([initialize] vectors)")
        model.set_dim("nM", n_m)
    model.set_param("W", model.ops.alloc2f(model.get_dim("nO"), model.get_dim("nM")))
    return model


def _vectors_forward(model: Model, docs, is_train: bool):
    W = model.get_param("W")
    lengths = [len(doc) for doc in docs]
    if not sum(lengths):
        return [model.ops.alloc2f(n, model.get_dim("nO")) for n in lengths], lambda d_out: []
    vectors = docs[0].vocab.vectors
    keys = np.concatenate([doc.to_array(LOWER).reshape(-1) for doc in docs]).astype(np.uint64)
    rows = np.asarray(vectors.find(keys=keys), dtype=np.int64).reshape(-1)
    V = model.ops.asarray2f(np.asarray(vectors.data)[np.maximum(rows, 0)])
    V[rows < 0] = 0
    V = model.ops.as_contig(V)
    Y = model.ops.gemm(V, W, trans2=True)
    starts = np.cumsum([0] + lengths)
    out = [Y[starts[i]:starts[i + 1]] for i in range(len(docs))]

    def backprop(d_out):
        model.inc_grad("W", model.ops.gemm(model.ops.xp.concatenate(d_out), V, trans1=True))
        return []

    return out, backprop


def _add_lists_init(model: Model, X=None, Y=None):
    for layer in model.layers:
        layer.initialize(X=X)
    return model


@registry.architectures("warta_en.FeatureTok2Vec.v1")
def feature_tok2vec(
    width: int = 96,
    depth: int = 2,
    rows: list[int] = (20000, 2000, 5000, 1000),
    feature_rows: list[int] = (5000, 1000, 256),
    feature_width: int = 32,
    window_size: int = 1,
    maxout_pieces: int = 3,
    tables: str = "",
    static_vectors: bool = False,
) -> Model:
    words = registry.architectures.get("spacy.MultiHashEmbed.v2")(
        width=width, attrs=["NORM", "PREFIX", "SUFFIX", "SHAPE"], rows=list(rows), include_static_vectors=False,
    )
    embeds = [HashEmbed(feature_width, n, column=i, seed=101 + i, dropout=0.0) for i, n in enumerate(feature_rows)]
    projection = Linear(width, feature_width * len(embeds), init_W=zero_init, init_b=zero_init)
    feats = chain(feature_lookup(tables), list2ragged(), with_array(concatenate(*embeds)), with_array(projection), ragged2list())
    layers = [words, feats] + ([lower_vectors(width)] if static_vectors else [])
    embed = Model("warta_en_add_features", _add_lists_forward, init=_add_lists_init, layers=layers,
                  dims={"nO": width})
    encode = registry.architectures.get("spacy.MaxoutWindowEncoder.v2")(
        width=width, window_size=window_size, maxout_pieces=maxout_pieces, depth=depth,
    )
    model = chain(embed, encode)
    model.set_dim("nO", width)
    model.set_ref("embed", embed)
    model.set_ref("encode", encode)
    model.set_ref("words", words)
    return model


def _param_nodes(model: Model) -> list[Model]:
    return [node for node in model.walk(order="dfs_pre") if any(node.has_param(p) for p in node.param_names)]


def copy_tok2vec_weights(target: Model, source: Model) -> int:
    """Copy `source` tok2vec's embeddings and first encoder layers into `target`; parameters copied."""
    copied = 0
    pairs = [(target.get_ref("words"), source.get_ref("embed")), (target.get_ref("encode"), source.get_ref("encode"))]
    for mine, theirs in pairs:
        for a, b in zip(_param_nodes(mine), _param_nodes(theirs)):
            if a.name != b.name:
                raise ValueError(f"tok2vec layers differ: {a.name} vs {b.name}")
            for p in a.param_names:
                if b.has_param(p) and a.has_param(p):
                    value = b.get_param(p)
                    if a.get_param(p).shape != value.shape:
                        raise ValueError(f"{a.name}.{p}: shape {a.get_param(p).shape} vs {value.shape}")
                    a.set_param(p, value.copy())
                    copied += 1
    return copied


def find_feature_tok2vec(model: Model) -> Model:
    """The FeatureTok2Vec inside a component's model."""
    for node in model.walk():
        if node.has_ref("words") and node.has_ref("encode"):
            return node
    raise ValueError("no warta_en.FeatureTok2Vec in this model")


@registry.callbacks("warta_en.copy_tok2vec.v1")
def make_copy_tok2vec(source: str, pipe: str = "ner"):
    def after_init(nlp):
        import spacy

        if not source:
            return nlp
        src = spacy.load(source)
        tok2vec = src.get_pipe("tok2vec").model
        n = copy_tok2vec_weights(find_feature_tok2vec(nlp.get_pipe(pipe).model), tok2vec)
        print(f"{pipe}: tok2vec started from {source} ({n} parameter arrays)")
        return nlp

    return after_init
