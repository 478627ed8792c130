"""Score the coder on every development sentence set at once, and say what changed since a run before.

The development sets are the shared `dev.jsonl` and `tests/data/news_sentences_dev_extra*.jsonl`
(GUIDELINES.md of `../shared/gold/news-sentences`). Each set is coded in this one process with one
pipeline, as `warta eval events --gold SET` codes it, and scored as its `score.py` scores it: one
line a set and one for all. `--out DIR` keeps each set's misses, false hits and coded events as JSON;
`--compare DIR` then lists the misses and false hits that came or went since that earlier run.

    .venv/bin/python scripts/score_sentence_sets.py                           # every set
    .venv/bin/python scripts/score_sentence_sets.py --out /tmp/before
    .venv/bin/python scripts/score_sentence_sets.py --out /tmp/after --compare /tmp/before
    .venv/bin/python scripts/score_sentence_sets.py tests/data/news_sentences_dev_extra28.jsonl

The real-news test split and the PUD treebanks are measurement only: the script refuses them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from warta.evaluation.news_sentences import code_sentences, read_sentences, score_sentences  # noqa: E402
from warta.ingest import Reader  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402

HELD_OUT = ("test.jsonl", "PUD")


def development_sets() -> list[Path]:
    """The shared dev split, then the extras in their numbers' order."""
    extras = sorted(ROOT.glob("tests/data/news_sentences_dev_extra*.jsonl"),
                    key=lambda p: int(p.stem.removeprefix("news_sentences_dev_extra") or 1))
    return [ROOT.parent / "shared/gold/news-sentences/dev.jsonl", *extras]


def finding_key(finding: dict) -> tuple:
    return finding["id"], finding["source"], finding["target"], finding["code"], str(finding["trigger"])


def changes(before: dict, after: dict) -> list[str]:
    """The misses and false hits of one set that came or went between two runs."""
    lines = []
    for kind in ("misses", "false_hits"):
        old = {finding_key(f) for f in before[kind]}
        new = {finding_key(f) for f in after[kind]}
        lines += [f"  {kind} gone: {' '.join(map(str, k))}" for k in sorted(old - new)]
        lines += [f"  {kind} new:  {' '.join(map(str, k))}" for k in sorted(new - old)]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="sentence sets (default: dev and every extra)")
    parser.add_argument("--out", type=Path, help="write each set's findings and coded events here (JSON)")
    parser.add_argument("--compare", type=Path, help="an earlier --out folder: list what came or went")
    args = parser.parse_args(argv)
    sets = args.sets or development_sets()
    for path in sets:
        if any(held in str(path) for held in HELD_OUT):
            parser.error(f"{path}: held-out evaluation data, measured only with score.py")
        if not path.exists():
            parser.error(f"{path}: no such file")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    reader, pipeline = Reader(), Pipeline()
    totals = {"found": 0, "required": 0, "correct": 0, "produced": 0, "fake": 0}
    for path in sets:
        records = read_sentences(path)
        coded = code_sentences(records, reader, pipeline)
        scores = score_sentences(path.name, records, coded)
        for key in totals:
            totals[key] += getattr(scores, key)
        print(f"{path.stem}: recall {scores.found}/{scores.required}, precision {scores.correct}/{scores.produced}, "
              f"fake facts {scores.fake}", flush=True)
        run = {**scores.as_dict(), "misses": scores.misses, "false_hits": scores.false_hits, "coded": coded}
        if args.out:
            (args.out / f"{path.stem}.json").write_text(json.dumps(run, ensure_ascii=False, default=str), encoding="utf-8")
        earlier = args.compare / f"{path.stem}.json" if args.compare else None
        if earlier is not None and earlier.exists():
            print("\n".join(changes(json.loads(earlier.read_text(encoding="utf-8")), run)) or "  no change", flush=True)
    print(f"all {len(sets)} sets: recall {totals['found']}/{totals['required']}, precision "
          f"{totals['correct']}/{totals['produced']}, fake facts {totals['fake']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
