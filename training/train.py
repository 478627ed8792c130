"""Train one of warta's pipelines (Indonesian or English) from public data and install it.

Steps (each can be run alone):
  prepare   corpora → WORK/corpus/*.spacy, raw text     (training/prepare.py); en also: the NER's
            corpus of every uner-en-ewt train + dev sentence (WORK/ner-pooled), its token feature
            tables (WORK/ner_features.npz, build_ner_features.py) and its pruned GloVe table
            (WORK/vectors, build_vectors.py)
  pretrain  the UD tok2vec pretrained on raw text       (spacy pretrain, characters objective; id only)
  ud        tok2vec + morphologizer + parser on UD      (training/configs/LANG/ud.cfg; en adds
            a trainable lemmatizer)
  ner       id: tok2vec + ner on the NER corpora        (training/configs/id/ner.cfg)
            en: the feature NER with static vectors, its tok2vec started from WORK/ud/model-best,
            exactly the config's 1,410 steps, model-last (training/configs/en/ner.cfg)
  joint     en only: the UD pipeline trained on, on the UD and NER corpora mixed, with an NER
            listening to its tok2vec as a second task (training/configs/en/joint.cfg)
  assemble  one pipeline → src/warta/lang/LANG/model/ (or --out)
            id: tokenizer, morphologizer, line breaks, parser, ner, rule lemmatizer
            en: tokenizer, tok2vec, morphologizer, parser, trainable lemmatizer (from joint),
            ner (from ner) and its GloVe table as the vocab's vectors (assemble_ner_features.py)
Seeds are fixed in the configs and in prepare.py; training uses one thread.

Usage: python training/train.py DATA_DIR [--language id|en] [--work DIR] [--out DIR]
       [--steps prepare,ud,ner,joint,assemble] [--max-steps N]
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: Every step, in order; a language runs those of its recipe (English has no pretraining).
STEPS = ("prepare", "pretrain", "ud", "ner", "joint", "assemble")
sys.path.insert(0, str(HERE))


def prepare_id(data: Path, work: Path) -> None:
    import prepare

    prepare.main(data, work / "corpus", old_gsd=True)


def prepare_en(data: Path, work: Path) -> None:
    """UD and NER corpora for `ud` and `joint`; the pooled NER corpus, feature tables and vectors for `ner`."""
    import build_ner_features
    import build_vectors
    import prepare

    corpus = work / "corpus"
    prepare.main_en(data, corpus)
    for split, files in (("train", ("ud-train/ud.spacy", "ner-train/ner.spacy")), ("dev", ("ud-dev.spacy", "ner-dev.spacy"))):
        folder = corpus / f"joint-{split}"  # the joint step: both corpora, each component learning from its own
        folder.mkdir(exist_ok=True)
        for file in files:
            shutil.copyfile(corpus / file, folder / Path(file).name)
    prepare.main_en_documents(data, work / "ner-pooled", pooled=True)
    build_ner_features.build(work / "ner_features.npz")
    report = build_vectors.build(data, work / "vectors")
    print(f"vectors: {report['rows']} rows, {report['coverage']['token_coverage']:.2%} of training tokens → {work / 'vectors'}")


@dataclass(frozen=True)
class Recipe:
    """What differs between the languages: steps, data, tokenizer, the assembled pipes, the metadata."""

    code: str
    steps: tuple[str, ...]
    #: the `prepare` step: (DATA_DIR, WORK) → the corpora and tables the training steps read
    prepare: Callable[[Path, Path], None]
    #: (pipe name, where it comes from: "ud", "ner", "joint" or None for a factory with no weights)
    pipes: tuple[tuple[str, str | None], ...]
    description: str
    sources: tuple[dict, ...]
    tokenizer: dict = field(default_factory=dict)
    #: per training step, config paths (name → path in WORK) besides train = corpus/STEP-train
    #: and dev = corpus/STEP-dev.spacy
    paths: dict[str, dict[str, str]] = field(default_factory=dict)
    #: steps trained for exactly their config's max_steps (patience 0): their model-last is
    #: assembled, and --max-steps can only lower the count
    fixed_steps: tuple[str, ...] = ()
    #: the NER is warta_en's feature NER, swapped in by assemble_ner_features.py (vectors, sources)
    feature_ner: bool = False

    @property
    def model_dir(self) -> Path:
        return ROOT / "src" / "warta" / "lang" / self.code / "model"

    def config(self, name: str) -> Path:
        return HERE / "configs" / self.code / f"{name}.cfg"

    def checkpoint(self, name: str) -> str:
        return "model-last" if name in self.fixed_steps else "model-best"


RECIPES = {
    "id": Recipe(
        code="id",
        steps=("prepare", "pretrain", "ud", "ner", "assemble"),
        prepare=prepare_id,
        pipes=(("tok2vec", "ud"), ("morphologizer", "ud"), ("warta_id_breaks", None), ("parser", "ud"),
               ("ner", "ner"), ("warta_id_lemmatizer", None)),
        description="warta's Indonesian pipeline: UD GSD/CSUI tagger and parser, NERP/NERGrit/idner NER",
        sources=(
            {"name": "UD_Indonesian-GSD (current dev/test; v2.0 train harmonised)", "license": "CC BY-SA 4.0"},
            {"name": "UD_Indonesian-CSUI", "license": "CC BY-SA 4.0"},
            {"name": "NERP, NERGrit (IndoNLU)", "license": "Apache-2.0"},
            {"name": "idner-news-2k", "license": "MIT"},
            {"name": "Sastrawi root words", "license": "MIT"},
        ),
        tokenizer={"nlp": {"tokenizer": {"@tokenizers": "warta.id.tokenizer.v1"}}},
    ),
    "en": Recipe(
        code="en",
        steps=("prepare", "ud", "ner", "joint", "assemble"),
        prepare=prepare_en,
        pipes=(("tok2vec", "joint"), ("morphologizer", "joint"), ("parser", "joint"),
               ("trainable_lemmatizer", "joint"), ("ner", "ner")),
        description="warta's English pipeline: UD English-EWT tagger, parser and lemmatizer, Universal NER (EWT) NER",
        sources=(
            {"name": "UD_English-EWT (train + dev; test as development set)", "license": "CC BY-SA 4.0"},
            {"name": "Universal NER en_ewt (train, dev)", "license": "CC BY-SA 4.0"},
        ),
        paths={
            # every uner-en-ewt train + dev sentence; the dev file (the held-out documents) is in-sample
            "ner": {"train": "ner-pooled/ner-train", "dev": "ner-pooled/ner-dev.spacy", "ud_model": "ud/model-best",
                    "ner_features": "ner_features.npz", "vectors": "vectors"},
            "joint": {"train": "corpus/joint-train", "dev": "corpus/joint-dev", "source": "ud/model-best"},
        },
        fixed_steps=("ner",),
        feature_ner=True,
    ),
}


def _register(recipe: Recipe) -> None:
    """Import the language's own spaCy components (tokenizer, pipes) and training callbacks, if any."""
    for module in (f"warta.lang.{recipe.code}.components", f"spacy_{recipe.code}"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise


def overrides_for(name: str, work: Path, max_steps: int | None, recipe: Recipe = RECIPES["id"]) -> dict:
    """The config overrides of training step `name`: its paths in WORK and its step count."""
    paths = {"train": f"corpus/{name}-train", "dev": f"corpus/{name}-dev.spacy", **recipe.paths.get(name, {})}
    overrides: dict = {f"paths.{key}": str(work / path) for key, path in paths.items()}
    if name in recipe.fixed_steps:
        from spacy import util

        fixed = util.load_config(recipe.config(name), interpolate=False)["training"]["max_steps"]
        overrides["training.max_steps"] = min(max_steps or fixed, fixed)
    elif max_steps:
        overrides["training.max_steps"] = max_steps
    pretrained = _last_pretrained(work)
    if pretrained:  # both tok2vecs share the pretrained architecture
        overrides["paths.init_tok2vec"] = str(pretrained)
    return overrides


def train_component(name: str, work: Path, max_steps: int | None, recipe: Recipe = RECIPES["id"]) -> Path:
    from spacy.cli.train import train

    _register(recipe)
    output = work / name
    train(recipe.config(name), output, use_gpu=-1, overrides=overrides_for(name, work, max_steps, recipe))
    return output / recipe.checkpoint(name)


def pretrain(work: Path, recipe: Recipe = RECIPES["id"]) -> None:
    from spacy import util
    from spacy.training.pretrain import pretrain as spacy_pretrain

    _register(recipe)
    overrides = {"paths.raw_text": str(work / "corpus" / "raw.jsonl")}
    config = util.load_config(recipe.config("ud"), overrides=overrides, interpolate=False).interpolate()
    (work / "pretrain").mkdir(parents=True, exist_ok=True)
    spacy_pretrain(config, work / "pretrain", use_gpu=-1, silent=False)


def _last_pretrained(work: Path) -> Path | None:
    weights = sorted((work / "pretrain").glob("model*.bin"), key=lambda p: int(p.stem[5:] or 0) if p.stem[5:].isdigit() else -1)
    return weights[-1] if weights else None


def assemble(work: Path, out: Path | None = None, recipe: Recipe = RECIPES["id"]) -> None:
    import spacy

    _register(recipe)
    out = out or recipe.model_dir
    trained = {source: spacy.load(work / source / recipe.checkpoint(source)) for source in {s for _, s in recipe.pipes if s}}
    nlp = spacy.blank(recipe.code, config=recipe.tokenizer)
    if not recipe.feature_ner:
        trained["ner"].replace_listeners("tok2vec", "ner", ["model.tok2vec"])  # NER keeps its own tok2vec
    for name, source in recipe.pipes:
        if recipe.feature_ner and name == "ner":
            continue  # swapped in below, with its vectors
        if source:
            nlp.add_pipe(name, source=trained[source])
        else:
            nlp.add_pipe(name)
    nlp.meta.update(
        name=f"warta_{recipe.code}", version="0.1.0", description=recipe.description,
        license="CC BY-SA 4.0", author="warta", sources=list(recipe.sources),
    )
    if recipe.feature_ner:  # as the shipped English NER was put in: its own feature tok2vec, the vocab's vectors
        import assemble_ner_features

        assemble_ner_features.swap_ner(nlp, trained["ner"])
        assemble_ner_features.save(nlp, out)
        return
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    print(f"pipeline {nlp.pipe_names} → {out}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--language", choices=sorted(RECIPES), default="id")
    parser.add_argument("--work", type=Path, default=None, help="default: TMP/warta-train[-LANG]")
    parser.add_argument("--out", type=Path, default=None, help="where `assemble` writes (default: src/warta/lang/LANG/model)")
    parser.add_argument("--steps", default=",".join(STEPS), help="steps not in the language's recipe are skipped")
    parser.add_argument("--max-steps", type=int, default=None,
                        help="cap on each model's updates (a step with a fixed count keeps the smaller)")
    args = parser.parse_args(argv)
    recipe = RECIPES[args.language]
    work = args.work or Path(tempfile.gettempdir()) / ("warta-train" if recipe.code == "id" else f"warta-train-{recipe.code}")
    steps = [step for step in args.steps.split(",") if step in recipe.steps]
    run(args.data, work, steps, args.max_steps, recipe, args.out)


def run(data: Path, work: Path, steps: list[str], max_steps: int | None = None, recipe: Recipe = RECIPES["id"],
        out: Path | None = None) -> None:
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    work.mkdir(parents=True, exist_ok=True)
    actions = {
        "prepare": lambda: recipe.prepare(data, work),
        "pretrain": lambda: pretrain(work, recipe),
        **{name: (lambda name=name: train_component(name, work, max_steps, recipe)) for name in ("ud", "ner", "joint")},
        "assemble": lambda: assemble(work, out, recipe),
    }
    for step in STEPS:
        if step in steps:
            start = time.monotonic()
            actions[step]()
            print(f"== {recipe.code} {step}: {time.monotonic() - start:.0f} s")


if __name__ == "__main__":
    main()
