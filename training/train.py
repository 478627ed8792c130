"""Train warta's Indonesian pipeline from public data and install it in the package.

Steps (each can be run alone):
  prepare   corpora → WORK/corpus/*.spacy, raw text     (training/prepare.py)
  pretrain  the UD tok2vec pretrained on raw text       (spacy pretrain, characters objective)
  ud        tok2vec + morphologizer + parser on UD      (training/configs/ud.cfg)
  ner       tok2vec + ner on the NER corpora            (training/configs/ner.cfg)
  assemble  one pipeline: tokenizer, morphologizer, line breaks, parser, ner, lemmatizer
            → src/warta/lang/id/model/
Seeds are fixed in the configs and in prepare.py; training uses one thread.

Usage: python training/train.py DATA_DIR [--work DIR] [--steps prepare,ud,ner,assemble]
       [--max-steps N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MODEL_DIR = ROOT / "src" / "warta" / "lang" / "id" / "model"
STEPS = ("prepare", "pretrain", "ud", "ner", "assemble")
sys.path.insert(0, str(HERE))


def train_component(name: str, work: Path, max_steps: int | None) -> Path:
    from spacy.cli.train import train

    import warta.lang.id.components  # noqa: F401  (registers the tokenizer)

    corpus = work / "corpus"
    overrides = {
        "paths.train": str(corpus / f"{name}-train"),
        "paths.dev": str(corpus / f"{name}-dev.spacy"),
    }
    if max_steps:
        overrides["training.max_steps"] = max_steps
    pretrained = _last_pretrained(work)
    if pretrained:  # both tok2vecs share the pretrained architecture
        overrides["paths.init_tok2vec"] = str(pretrained)
    output = work / name
    train(HERE / "configs" / f"{name}.cfg", output, use_gpu=-1, overrides=overrides)
    return output / "model-best"


def pretrain(work: Path) -> None:
    from spacy import util
    from spacy.training.pretrain import pretrain as spacy_pretrain

    import warta.lang.id.components  # noqa: F401

    overrides = {"paths.raw_text": str(work / "corpus" / "raw.jsonl")}
    config = util.load_config(HERE / "configs" / "ud.cfg", overrides=overrides, interpolate=False).interpolate()
    (work / "pretrain").mkdir(parents=True, exist_ok=True)
    spacy_pretrain(config, work / "pretrain", use_gpu=-1, silent=False)


def _last_pretrained(work: Path) -> Path | None:
    weights = sorted((work / "pretrain").glob("model*.bin"), key=lambda p: int(p.stem[5:] or 0) if p.stem[5:].isdigit() else -1)
    return weights[-1] if weights else None


def assemble(work: Path, out: Path = MODEL_DIR) -> None:
    import spacy

    import warta.lang.id.components  # noqa: F401
    from blank import TOKENIZER

    ud = spacy.load(work / "ud" / "model-best")
    ner = spacy.load(work / "ner" / "model-best")
    ner.replace_listeners("tok2vec", "ner", ["model.tok2vec"])  # NER keeps its own tok2vec
    nlp = spacy.blank("id", config=TOKENIZER)
    nlp.add_pipe("tok2vec", source=ud)
    nlp.add_pipe("morphologizer", source=ud)
    nlp.add_pipe("warta_id_breaks")
    nlp.add_pipe("parser", source=ud)
    nlp.add_pipe("ner", source=ner, name="ner")
    nlp.add_pipe("warta_id_lemmatizer")
    nlp.meta.update(
        name="warta_id", version="0.1.0",
        description="warta's Indonesian pipeline: UD GSD/CSUI tagger and parser, NERP/NERGrit/idner NER",
        license="CC BY-SA 4.0", author="warta", sources=_sources(),
    )
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    print(f"pipeline {nlp.pipe_names} → {out}")


def _sources() -> list[dict]:
    return [
        {"name": "UD_Indonesian-GSD (current dev/test; v2.0 train harmonised)", "license": "CC BY-SA 4.0"},
        {"name": "UD_Indonesian-CSUI", "license": "CC BY-SA 4.0"},
        {"name": "NERP, NERGrit (IndoNLU)", "license": "Apache-2.0"},
        {"name": "idner-news-2k", "license": "MIT"},
        {"name": "Sastrawi root words", "license": "MIT"},
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "warta-train")
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--max-steps", type=int, default=None)
    args = parser.parse_args(argv)
    run(args.data, args.work, args.steps.split(","), args.max_steps)


def run(data: Path, work: Path, steps: list[str], max_steps: int | None = None) -> None:
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    work.mkdir(parents=True, exist_ok=True)
    if "prepare" in steps:
        import prepare

        prepare.main(data, work / "corpus", old_gsd=True)
    if "pretrain" in steps:
        pretrain(work)
    for name in ("ud", "ner"):
        if name in steps:
            train_component(name, work, max_steps)
    if "assemble" in steps:
        assemble(work)


if __name__ == "__main__":
    main()
