"""Score the resolution stage against hand-annotated JSONL sets (tests/data/resolution_*.jsonl).

    .venv/bin/python -m warta.resolution.evaluate [tests/data]

Each record has `text` (and `date` for times), a `split` (`dev`: looked at while writing the
rules; `heldout`: written after them and not tuned on) and the expected `times`, `places` or
`quotes`. A prediction matches an expected item when their spans overlap; it is *right* when
its value (time), country (place) or kind and speaker (quote) agree too.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from warta.document import Article, Document
from warta.lang import get_language


@dataclass
class Score:
    expected: int = 0
    predicted: int = 0
    found: int = 0  # expected items with an overlapping prediction
    right: int = 0  # … whose value / country / kind agrees
    matched_predictions: int = 0  # predictions overlapping some expected item
    speaker_right: int = 0  # quotes: right kind and right speaker

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 0.0

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predicted if self.predicted else 0.0

    def line(self, name: str) -> str:
        out = (
            f"{name:<18} expected {self.expected:>3}  right {self.right:>3} ({self.recall:.0%})  "
            f"span-found {self.found:>3}  predicted {self.predicted:>3}  precision {self.precision:.0%}"
        )
        if self.speaker_right:
            out += f"  speaker right {self.speaker_right}/{self.expected} ({self.speaker_right / self.expected:.0%})"
        return out


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run(stage, record: dict) -> Document:
    article = Article(
        id="eval",
        text=record["text"],
        date=record.get("date"),
        language=record.get("language", "id"),
    )
    return stage(Document(article=article))


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.find(needle, after)
    if start < 0:
        raise ValueError(f"annotation {needle!r} is not in {text!r}")
    return start, start + len(needle)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _touches(span: tuple[int, int], item) -> bool:
    return _overlap(span, (item.start, item.end)) > 0


def _close(span: tuple[int, int], item) -> bool:
    """Most of the expected words are in the prediction and most of the prediction is expected."""
    shared = _overlap(span, (item.start, item.end))
    return shared >= 0.6 * (span[1] - span[0]) and shared >= 0.6 * (item.end - item.start)


def _score(
    stage, records: list[dict], key: str, predictions, right, matches=_touches, speaker=None
):
    """Per split: expected items found (a prediction `matches` the span) and right (`right` holds)."""
    scores: dict[str, Score] = defaultdict(Score)
    for record in records:
        predicted = predictions(run(stage, record))
        score = scores[record["split"]]
        spans = [_span(record["text"], item["text"]) for item in record[key]]
        score.expected += len(spans)
        score.predicted += len(predicted)
        for expected, span in zip(record[key], spans):
            hits = [p for p in predicted if matches(span, p)]
            good = [p for p in hits if right(expected, p)]
            score.found += bool(hits)
            score.right += bool(good)
            if speaker is not None:
                score.speaker_right += any(speaker(expected, p) for p in good)
        score.matched_predictions += sum(any(matches(s, p) for s in spans) for p in predicted)
    return scores


def score_times(stage, records: list[dict]) -> dict[str, Score]:
    return _score(
        stage,
        records,
        "times",
        lambda doc: doc.times,
        lambda e, t: t.value == e["value"] and t.kind == e["kind"],
    )


def score_places(stage, records: list[dict]) -> dict[str, Score]:
    def predictions(doc: Document):
        dateline = doc.article.dateline
        return [p for p in doc.places if not (dateline and p.start == dateline.start)]

    return _score(stage, records, "places", predictions, lambda e, p: p.country == e["country"])


def _same_speaker(a: str | None, b: str | None) -> bool:
    return (a or "").casefold().strip() == (b or "").casefold().strip()


def score_quotes(stage, records: list[dict]) -> dict[str, Score]:
    return _score(
        stage,
        records,
        "quotes",
        lambda doc: doc.quotes,
        lambda e, q: q.kind == e["kind"],
        _close,
        speaker=lambda e, q: q.speaker is not None and _same_speaker(q.speaker.name, e["speaker"]),
    )


def report(data_dir: Path, language: str = "id") -> str:
    from warta.resolution import load_stage

    stage = load_stage(get_language(language))
    lines = []
    for name, scorer in (
        ("times", score_times),
        ("places", score_places),
        ("quotes", score_quotes),
    ):
        scores = scorer(stage, read(data_dir / f"resolution_{name}.jsonl"))
        for split in sorted(scores):
            lines.append(scores[split].line(f"{name} {split}"))
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data")))
