"""Event-coding cost: articles/s through the pipeline with and without the coding stage.

Runs the reference article N times and the development/check sentences once each, and
reads the pipeline's per-stage seconds. Usage: .venv/bin/python bench/coding_speed.py [N]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from warta.document import Article, article_id
from warta.ingest import Reader
from warta.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SETS = ("tests/data/events_dev.id.jsonl", "tests/data/events_test.id.jsonl")


def report(name: str, count: int, seconds: dict[str, float]) -> None:
    total = sum(seconds.values())
    print(
        f"{name}: {count} articles, stages {({k: round(v, 2) for k, v in seconds.items()})}; "
        f"{count / total:.1f} articles/s with coding, {count / (total - seconds['coding']):.1f} without; "
        f"coding {1000 * seconds['coding'] / count:.1f} ms/article"
    )


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    text = (ROOT / "examples" / "moskow-2022-02-15.id.txt").read_text(encoding="utf-8")
    reader, pipeline = Reader(), Pipeline()
    pipeline.process(reader.from_plain_text(text, "warm-up"))
    pipeline.seconds.clear()
    for i in range(repeats):
        pipeline.process(reader.from_plain_text(text, f"copy-{i}"))
    report("reference article", repeats, dict(pipeline.seconds))
    records = [json.loads(line) for name in SETS for line in (ROOT / name).read_text(encoding="utf-8").splitlines()]
    pipeline.seconds.clear()
    for r in records:
        pipeline.process(Article(id=article_id(r["text"]), text=r["text"], date=r["date"], language="id"))
    report("one-sentence articles", len(records), dict(pipeline.seconds))


if __name__ == "__main__":
    main()
