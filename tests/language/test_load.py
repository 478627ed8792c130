"""Loading a shipped pipeline: its layers multiply matrices through numpy's BLAS, not cython-blis."""

from thinc.api import NumpyOps, get_current_ops


def test_every_layer_of_the_pipeline_uses_numpy_gemm(id_nlp):
    layers = [node for _, pipe in id_nlp.pipeline if hasattr(pipe, "model") for node in pipe.model.walk()]
    assert len(layers) > 100
    assert {type(node.ops) for node in layers} == {NumpyOps}
    assert not any(node.ops.use_blis for node in layers)


def test_loading_leaves_the_default_ops_of_the_process_alone(id_nlp):
    # use_ops is a context manager: the blis-backed default is back once the model is loaded
    assert get_current_ops().use_blis


def test_numpy_gemm_gives_the_parse_and_entities_of_blis_gemm(id_nlp, example_text):
    text = example_text[:2000]
    expected = [(t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in id_nlp(text)]
    blis = NumpyOps(use_blis=True)
    layers = [node for _, pipe in id_nlp.pipeline if hasattr(pipe, "model") for node in pipe.model.walk()]
    numpy_ops = layers[0].ops
    try:
        for node in layers:
            node.ops = blis
        with_blis = [(t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in id_nlp(text)]
    finally:
        for node in layers:
            node.ops = numpy_ops
    assert with_blis == expected
    assert sum(1 for token in expected if token[1] == "ROOT") >= 5


def test_a_document_is_read_with_one_blas_thread():
    from threadpoolctl import threadpool_info

    from warta.language import one_blas_thread

    with one_blas_thread():
        inside = [library["num_threads"] for library in threadpool_info() if library["user_api"] == "blas"]
    assert inside and set(inside) == {1}
