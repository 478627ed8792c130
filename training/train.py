"""Train one of warta's pipelines (Indonesian or English) from public data and install it.

Steps (each can be run alone):
  prepare   corpora → WORK/corpus/*.spacy, raw text     (training/prepare.py)
  pretrain  the UD tok2vec pretrained on raw text       (spacy pretrain, characters objective; id only)
  ud        tok2vec + morphologizer + parser on UD      (training/configs/LANG/ud.cfg; en adds
            a trainable lemmatizer)
  ner       tok2vec + ner on the NER corpora            (training/configs/LANG/ner.cfg; en: its
            tok2vec starts from the trained UD one)
  joint     en only: the UD pipeline trained on, on the UD and NER corpora mixed, with an NER
            listening to its tok2vec as a second task (training/configs/en/joint.cfg)
  assemble  one pipeline → src/warta/lang/LANG/model/
            id: tokenizer, morphologizer, line breaks, parser, ner, rule lemmatizer
            en: tokenizer, tok2vec, morphologizer, parser, trainable lemmatizer (from joint),
            ner with its own tok2vec (from ner)
Seeds are fixed in the configs and in prepare.py; training uses one thread.

Usage: python training/train.py DATA_DIR [--language id|en] [--work DIR]
       [--steps prepare,ud,ner,joint,assemble] [--max-steps N]
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: Every step, in order; a language runs those of its recipe (English has no pretraining).
STEPS = ("prepare", "pretrain", "ud", "ner", "joint", "assemble")
sys.path.insert(0, str(HERE))


@dataclass(frozen=True)
class Recipe:
    """What differs between the languages: steps, tokenizer, the assembled pipes, the metadata."""

    code: str
    steps: tuple[str, ...]
    #: (pipe name, where it comes from: "ud", "ner", "joint" or None for a factory with no weights)
    pipes: tuple[tuple[str, str | None], ...]
    description: str
    sources: tuple[dict, ...]
    tokenizer: dict = field(default_factory=dict)
    #: the NER's own tok2vec starts as a copy of the trained UD tok2vec (the `ud` step runs first)
    ner_from_ud: bool = False

    @property
    def model_dir(self) -> Path:
        return ROOT / "src" / "warta" / "lang" / self.code / "model"

    def config(self, name: str) -> Path:
        return HERE / "configs" / self.code / f"{name}.cfg"


RECIPES = {
    "id": Recipe(
        code="id",
        steps=("prepare", "pretrain", "ud", "ner", "assemble"),
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
        pipes=(("tok2vec", "joint"), ("morphologizer", "joint"), ("parser", "joint"),
               ("trainable_lemmatizer", "joint"), ("ner", "ner")),
        description="warta's English pipeline: UD English-EWT tagger, parser and lemmatizer, Universal NER (EWT) NER",
        sources=(
            {"name": "UD_English-EWT (train + dev; test as development set)", "license": "CC BY-SA 4.0"},
            {"name": "Universal NER en_ewt (train, dev)", "license": "CC BY-SA 4.0"},
        ),
        ner_from_ud=True,
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


def train_component(name: str, work: Path, max_steps: int | None, recipe: Recipe = RECIPES["id"]) -> Path:
    from spacy.cli.train import train

    _register(recipe)
    corpus = work / "corpus"
    overrides = {
        "paths.train": str(corpus / f"{name}-train"),
        "paths.dev": str(corpus / f"{name}-dev.spacy"),
    }
    if max_steps:
        overrides["training.max_steps"] = max_steps
    if name == "ner" and recipe.ner_from_ud:
        overrides["paths.ud_model"] = str(work / "ud" / "model-best")
    if name == "joint":  # both corpora, each component learning from the documents annotated for it
        for split, files in (("train", ("ud-train/ud.spacy", "ner-train/ner.spacy")), ("dev", ("ud-dev.spacy", "ner-dev.spacy"))):
            folder = corpus / f"joint-{split}"
            folder.mkdir(exist_ok=True)
            for file in files:
                shutil.copyfile(corpus / file, folder / Path(file).name)
            overrides[f"paths.{split}"] = str(folder)
        overrides["paths.source"] = str(work / "ud" / "model-best")
    pretrained = _last_pretrained(work)
    if pretrained:  # both tok2vecs share the pretrained architecture
        overrides["paths.init_tok2vec"] = str(pretrained)
    output = work / name
    train(recipe.config(name), output, use_gpu=-1, overrides=overrides)
    return output / "model-best"


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
    trained = {source: spacy.load(work / source / "model-best") for source in {s for _, s in recipe.pipes if s}}
    trained["ner"].replace_listeners("tok2vec", "ner", ["model.tok2vec"])  # NER keeps its own tok2vec
    nlp = spacy.blank(recipe.code, config=recipe.tokenizer)
    for name, source in recipe.pipes:
        if source:
            nlp.add_pipe(name, source=trained[source])
        else:
            nlp.add_pipe(name)
    nlp.meta.update(
        name=f"warta_{recipe.code}", version="0.1.0", description=recipe.description,
        license="CC BY-SA 4.0", author="warta", sources=list(recipe.sources),
    )
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    print(f"pipeline {nlp.pipe_names} → {out}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--language", choices=sorted(RECIPES), default="id")
    parser.add_argument("--work", type=Path, default=None, help="default: TMP/warta-train[-LANG]")
    parser.add_argument("--steps", default=",".join(STEPS), help="steps not in the language's recipe are skipped")
    parser.add_argument("--max-steps", type=int, default=None)
    args = parser.parse_args(argv)
    recipe = RECIPES[args.language]
    work = args.work or Path(tempfile.gettempdir()) / ("warta-train" if recipe.code == "id" else f"warta-train-{recipe.code}")
    steps = [step for step in args.steps.split(",") if step in recipe.steps]
    run(args.data, work, steps, args.max_steps, recipe)


def run(data: Path, work: Path, steps: list[str], max_steps: int | None = None, recipe: Recipe = RECIPES["id"]) -> None:
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    work.mkdir(parents=True, exist_ok=True)
    if "prepare" in steps:
        import prepare

        if recipe.code == "en":
            prepare.main_en(data, work / "corpus")
        else:
            prepare.main(data, work / "corpus", old_gsd=True)
    if "pretrain" in steps:
        pretrain(work, recipe)
    for name in ("ud", "ner", "joint"):
        if name in steps:
            train_component(name, work, max_steps, recipe)
    if "assemble" in steps:
        assemble(work, recipe=recipe)


if __name__ == "__main__":
    main()
