"""Train the learned criticism (11x) and demand (10x) judges of a language (coding/learned.py).

Reads annotated real sentences in the news-sentences format (GUIDELINES.md of
`../shared/gold/news-sentences`), runs warta's language stage over each to get its words, and
fits one logistic regression a class on the sentence's words and word pairs: a sentence is
positive when its gold holds an asserted event of the class's root. The weights are written as
data, `lang/<code>/judgements.json`, which warta reads with no machine-learning library.

    .venv/bin/pip install -e '.[train]'                     # scikit-learn, for training only
    .venv/bin/python scripts/train_judgements.py            # the shipped model
    .venv/bin/python scripts/train_judgements.py --exclude news_sentences_dev_extra13 --out /tmp/j.json

The real-news test split and the PUD treebanks are held out: the script refuses them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from warta.coding.learned import FORMAT, sentence_features  # noqa: E402
from warta.coding.words import build_words  # noqa: E402
from warta.document import Article  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402

# the sets the shipped model is trained on: dev and extras 1-28 (leave-one-set-out over dev and
# extras 1-20, trained on the other 28 sets against the other 20: +3 required, +9 right, +16 output; BENCHMARKS.md)
TRAINING_EXTRAS = ["", *map(str, range(2, 29))]
DEFAULT_SETS = [ROOT.parent / "shared/gold/news-sentences/dev.jsonl",
                *sorted(ROOT / f"tests/data/news_sentences_dev_extra{n}.jsonl" for n in TRAINING_EXTRAS)]
# class code, root, the probability a sentence needs (chosen leave-one-set-out: BENCHMARKS.md),
# and the roots of rule-found events that leave the class out (an appeal found: no demand added)
CLASSES = [("111", "11", 0.85, ["11"]), ("100", "10", 0.80, ["10", "02"])]
HELD_OUT = ("test.jsonl", "PUD")


def words_of(pipeline: Pipeline, text: str, language: str) -> tuple[list[str], list[str]]:
    document = pipeline.process(Article(id="train", text=text, language=language))
    if document.spacy_doc is None:
        return [], []
    words = build_words(document.spacy_doc, lambda offset: 0, None)
    return [w.lower for w in words], [w.base for w in words]


def has_event(record: dict, root: str) -> bool:
    return any(e["mode"] == "asserted" and root in (e["root"], *(e.get("alt_roots") or [])) for e in record["events"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, default=DEFAULT_SETS, help="annotated sentence files (JSON lines)")
    parser.add_argument("--language", default="id")
    parser.add_argument("--exclude", action="append", default=[], help="leave out a set (file name without .jsonl)")
    parser.add_argument("--out", type=Path, default=None, help="default: src/warta/lang/<language>/judgements.json")
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--folds", type=Path, default=None,
                        help="also write, into this folder, one model a set trained without that set (leave-one-set-out validation)")
    args = parser.parse_args()
    sets = [p for p in args.sets if p.stem not in args.exclude]
    for path in sets:
        if any(h in str(path) for h in HELD_OUT):
            sys.exit(f"{path}: held-out evaluation data, never trained on")
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("scikit-learn is needed to train: pip install scikit-learn==1.9.1")
    pipeline = Pipeline()
    records, features, origin = [], [], []
    for path in sets:
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            lowers, bases = words_of(pipeline, record["text"], args.language)
            records.append(record)
            origin.append(path.name)
            features.append(dict.fromkeys(sentence_features(lowers, bases), 1))
        print(f"{path.name}: read", file=sys.stderr)

    def fit(keep: list[int], names_of_sets: list[str], out: Path) -> None:
        # a feature seen in one sentence only says nothing general
        counts: dict[str, int] = {}
        for i in keep:
            for k in features[i]:
                counts[k] = counts.get(k, 0) + 1
        vectorizer = DictVectorizer()
        matrix = vectorizer.fit_transform([{k: 1 for k in features[i] if counts[k] >= 2} for i in keep])
        names = vectorizer.get_feature_names_out()
        judges = []
        for code, root, threshold, unless in CLASSES:
            labels = [int(has_event(records[i], root)) for i in keep]
            model = LogisticRegression(C=args.C, max_iter=3000, class_weight="balanced")
            model.fit(matrix, labels)
            weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0]) if abs(w) >= 1e-3}
            judges.append({"code": code, "bias": round(float(model.intercept_[0]), 4), "threshold": threshold, "unless": unless, "weights": weights})
            print(f"{code}: {sum(labels)} positive of {len(labels)} sentences, {len(weights)} weights", file=sys.stderr)
        meta = {"format": FORMAT, "trained_on": names_of_sets, "sentences": len(keep), "C": args.C,
                "rebuild": "scripts/train_judgements.py", "judges": judges}
        out.write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)

    fit(list(range(len(records))), [p.name for p in sets], args.out or ROOT / "src/warta/lang" / args.language / "judgements.json")
    if args.folds is not None:
        args.folds.mkdir(parents=True, exist_ok=True)
        for held in sets:
            keep = [i for i, name in enumerate(origin) if name != held.name]
            fit(keep, [p.name for p in sets if p != held], args.folds / f"{held.stem}.json")


if __name__ == "__main__":
    main()
