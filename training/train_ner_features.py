"""Train the English NER with token features — one run, for choosing on the held-out split.

`training/train.py --language en` trains the shipped NER itself (its `ner` step: configs/en/ner.cfg,
the pooled corpus, 1,410 steps, model-last); this script runs the variants. Configs:
experiments/en-ner-features.cfg (features, no vectors: 3,000 steps, patience 1,500) or, with
--vectors, configs/en/ner.cfg (features and static vectors; 1,410 steps and patience 0, the refit:
add --set training.max_steps=3000 --set training.patience=1500 for the held-out runs).

    python training/prepare.py ../shared/data WORK/heldout --ner-documents           # held-out split
    python training/prepare.py ../shared/data WORK/pooled --ner-documents --pooled   # final refit
    python training/build_ner_features.py WORK/ner_features.npz
    python training/train_ner_features.py WORK/heldout WORK/runs/NAME --ud-model WORK/ud/ud/model-best \
        --tables WORK/ner_features.npz [--vectors WORK/vectors] [--set training.dropout=0.2 --set components.ner.model.tok2vec.depth=2 ...]

One thread (OMP/OPENBLAS/MKL_NUM_THREADS default to 1). The run's checkpoints are OUT/model-best
(best on CORPUS/ner-dev.spacy) and OUT/model-last.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "experiments" / "en-ner-features.cfg"
VECTORS_CONFIG = HERE / "configs" / "en" / "ner.cfg"


def _value(text: str):
    import json

    try:
        return json.loads(text)
    except ValueError:
        return text


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="folder with ner-train/ and ner-dev.spacy (prepare.py --ner-documents)")
    parser.add_argument("output", type=Path)
    parser.add_argument("--ud-model", default="", help="pipeline whose tok2vec the NER's starts from")
    parser.add_argument("--tables", default="", help="feature tables (.npz); empty = all features 0")
    parser.add_argument("--vectors", default="", help="static vectors (build_vectors.py OUT); sets the config to "
                        "configs/en/ner.cfg unless --config is given")
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--set", action="append", default=[], help="config override KEY=VALUE (JSON value)")
    args = parser.parse_args(argv)
    if args.config is None:
        args.config = VECTORS_CONFIG if args.vectors else CONFIG
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    import sys

    sys.path.insert(0, str(HERE))
    import spacy_en  # noqa: F401  (the joint pipeline's scorers, if the tok2vec comes from one)
    import warta.lang.en.components  # noqa: F401  (registers warta_en.*)
    from spacy.cli.train import train

    overrides = {
        "paths.train": str(args.corpus / "ner-train"),
        "paths.dev": str(args.corpus / "ner-dev.spacy"),
        "paths.ud_model": str(args.ud_model),
        "paths.ner_features": str(args.tables),
    }
    if args.vectors:
        overrides["paths.vectors"] = str(args.vectors)
    for item in args.set:
        key, value = item.split("=", 1)
        overrides[key] = _value(value)
    train(args.config, args.output, use_gpu=-1, overrides=overrides)


if __name__ == "__main__":
    main()
