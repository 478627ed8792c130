"""Score the coder on the news-sentences gold (../shared/gold/news-sentences/).

Each record is one real sentence (`id`, `text`, optional `date` and `language`) with its
annotated `events` (`root`, `alt_roots`, `source`, `target`, `mode`, `required`). The rule is
that of the set's reference scorer, score.py, and this module must give the same counts:

- each sentence is read as one article record, as `warta extract` reads a JSONL line, so a
  sentence the reader rejects codes nothing;
- only asserted output events count; a gold event matches one when the root is `root` or an
  `alt_roots`, and source and target match on the country prefix (an IGO on the
  organisation it names; a gold `null` matches anything, as score.py has it);
- recall: required asserted gold events, each matched by a different output event;
- precision: output events matched by an asserted gold event (required or not);
- fake facts: output events matched only by non-asserted gold events.

The matching works on the events' JSON form (`Event` as `warta extract` prints it) because
that is what score.py reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

#: score.py codes a sentence with no `date` as of this day.
DEFAULT_DATE = "2019-12-01"
DEFAULT_LANGUAGE = "id"
#: The url a sentence's article carries, so its output can be found again (as in score.py).
URL_PREFIX = "gold://"


def read_sentences(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def is_news_sentences(records: list[dict]) -> bool:
    """True when the records are in the news-sentences format: their events say `required`.

    The older sentence sets (tests/data/events_*.jsonl) have no `required` field. A slice
    with no events at all counts as news-sentences: it still scores the coder's false hits.
    """
    events = [event for record in records for event in record.get("events") or []]
    return not events or any("required" in event for event in events)


def article_record(sentence: dict) -> dict:
    """The JSONL record score.py hands to `warta extract` for one sentence."""
    return {
        "text": sentence["text"],
        "date": sentence.get("date", DEFAULT_DATE),
        "url": f"{URL_PREFIX}{sentence['id']}",
        "language": sentence.get("language", DEFAULT_LANGUAGE),
    }


# -- matching, as score.py does it --


def _actor_key(code: str | None) -> str:
    code = (code or "").upper()
    return {"NATO": "NAT"}.get(code, code)[:3]


def same_actor(gold_code: str | None, produced: str | None) -> bool:
    """Country prefix; an IGO code matches the organisation it names (IGOSEAASN ~ ASN).

    A null gold actor matches anything (GUIDELINES.md says "only null"; score.py decides).
    """
    if not gold_code:
        return True
    gold, output = gold_code.upper(), (produced or "").upper()
    if gold.startswith("IGO"):
        return output.startswith("IGO") and gold[-3:] in output[3:]
    if output.startswith("IGO"):
        return _actor_key(gold) in output[3:]
    return output[:3] == _actor_key(gold)


def _actor_code(actor: Any) -> str:
    return (actor.get("code") or "") if isinstance(actor, dict) else (actor or "")


def _root(event: dict) -> str:
    return str(event.get("root") or str(event.get("code") or "")[:2]).zfill(2)[:2]


def matches(gold: dict, event: dict) -> bool:
    roots = [gold["root"], *(gold.get("alt_roots") or [])]
    return (
        _root(event) in roots
        and same_actor(gold["source"], _actor_code(event.get("source")))
        and same_actor(gold.get("target"), _actor_code(event.get("target")))
    )


# -- scoring --


@dataclass
class SentenceScores:
    name: str
    sentences: int
    rejected: int = 0
    required: int = 0
    found: int = 0
    produced: int = 0
    correct: int = 0
    fake: int = 0
    misses: list[dict] = field(default_factory=list)  # required gold events no output matched
    false_hits: list[dict] = field(default_factory=list)  # asserted output no asserted gold matched

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.produced if self.produced else 0.0

    def summary_line(self) -> str:
        """score.py's last line, word for word."""
        return (
            f"{self.name}: recall {self.found}/{self.required} ({self.recall:.0%}), "
            f"precision {self.correct}/{self.produced} ({self.precision:.0%}), fake facts {self.fake}, "
            f"{self.sentences} sentences, {self.rejected} rejected"
        )

    def as_dict(self) -> dict:
        return {
            "sentences": self.sentences,
            "rejected": self.rejected,
            "recall": {"found": self.found, "of": self.required, "value": round(self.recall, 3)},
            "precision": {"correct": self.correct, "of": self.produced, "value": round(self.precision, 3)},
            "fake_facts": self.fake,
            "misses": self.misses,
            "false_hits": self.false_hits,
        }


def _asserted(events: list[dict]) -> list[dict]:
    return [e for e in events if e.get("mode", "asserted") == "asserted"]


def _miss(sentence_id: str, gold: dict) -> dict:
    return {
        "id": sentence_id, "source": gold["source"], "target": gold.get("target"),
        "code": gold["code"], "trigger": gold["trigger"],
    }  # fmt: skip


def _false_hit(sentence_id: str, event: dict, fake: bool) -> dict:
    return {
        "id": sentence_id, "source": _actor_code(event.get("source")),
        "target": _actor_code(event.get("target")), "code": event.get("code"), "trigger": event.get("trigger"), "fake_fact": fake,
    }  # fmt: skip


def _score_recall(scores: SentenceScores, sentence: dict, produced: list[dict]) -> None:
    """Each required asserted gold event takes the first output event not yet taken that matches it."""
    used: set[int] = set()
    for gold in sentence["events"]:
        if gold["mode"] != "asserted" or not gold["required"]:
            continue
        scores.required += 1
        hit = next((i for i, e in enumerate(produced) if i not in used and matches(gold, e)), None)
        if hit is None:
            scores.misses.append(_miss(sentence["id"], gold))
        else:
            used.add(hit)
            scores.found += 1


def _score_precision(scores: SentenceScores, sentence: dict, produced: list[dict]) -> None:
    for event in produced:
        matched = [gold for gold in sentence["events"] if matches(gold, event)]
        if any(gold["mode"] == "asserted" for gold in matched):
            scores.correct += 1
            continue
        scores.fake += bool(matched)
        scores.false_hits.append(_false_hit(sentence["id"], event, fake=bool(matched)))


def score_sentences(name: str, sentences: list[dict], coded: dict[str, list[dict]]) -> SentenceScores:
    """Score the output events of each sentence id (a sentence missing from `coded` was rejected)."""
    scores = SentenceScores(name=name, sentences=len(sentences), rejected=len(sentences) - len(coded))
    for sentence in sentences:
        produced = _asserted(coded.get(sentence["id"], []))
        scores.produced += len(produced)
        _score_recall(scores, sentence, produced)
        _score_precision(scores, sentence, produced)
    return scores


# -- coding --


def code_sentences(
    sentences: list[dict], reader, pipeline, on_done: Callable[[], None] | None = None
) -> dict[str, list[dict]]:
    """The output events of each sentence that was not rejected, by sentence id.

    Reads each sentence as `warta extract` reads a JSONL record (reader: warta.ingest.Reader)
    and codes it with one pipeline, so the result is what score.py gets from the command.
    """
    from warta.ingest import Reject
    from warta.runner import process_item

    coded: dict[str, list[dict]] = {}
    for number, sentence in enumerate(sentences, start=1):
        item = reader.from_record(article_record(sentence), f"{sentence['id']}:{number}")
        result = process_item(item, pipeline)
        if not isinstance(result, Reject):
            coded[_sentence_id(result.article.url)] = [asdict(event) for event in result.events]
        if on_done:
            on_done()
    return coded


def _sentence_id(url: str | None) -> str:
    return (url or "").removeprefix(URL_PREFIX)
