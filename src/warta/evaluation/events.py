"""Score coded events against a gold file (format of ../shared/gold/*.gold.json).

Matching follows the gold's `about` rules: an actor matches on its three-letter country or
bloc prefix (RUSGOV matches RUS), an IGO code on the organisation it names (IGOWSTNAT
matches NATO, IGOUNO… matches UNO); the CAMEO root must be one of the gold's `root`s;
`symmetric` events match in either direction. Only asserted events are scored (the others
are listed apart): recall over the required gold events, precision over required and
optional ones, forbidden hits, and date agreement on matched events that have a gold date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.document import Document, Event

#: Names a gold file may use for an organisation, and the key its CAMEO code carries.
ORG_NAMES = {"NATO": "NAT", "UN": "UNO", "PBB": "UNO", "EU": "EEC", "UE": "EEC", "ASEAN": "ASN"}


def actor_key(code: str | None) -> str:
    """The part of a code that matching compares: country/bloc prefix, or the IGO's own code."""
    if not code:
        return ""
    code = code.upper()
    if code in ORG_NAMES:
        return ORG_NAMES[code]
    if code.startswith("IGO"):
        rest = code[3:]
        return rest[3:6] if len(rest) >= 6 and rest[:3] in ("WST", "EUR", "SEA", "AFR", "ARB", "MEA", "ASA") else rest[:3]
    return code[:3]


def actor_matches(predicted: str | None, gold: str | None) -> bool:
    return bool(predicted) and bool(gold) and actor_key(predicted) == actor_key(gold)


def _roots(value: Any) -> set[str]:
    return {value} if isinstance(value, str) else set(value or [])


def event_matches(event: Event, gold: dict) -> bool:
    if event.root not in _roots(gold.get("root")):
        return False
    src, tgt = (event.source.code if event.source else None), (event.target.code if event.target else None)
    target_matches = actor_matches(tgt, gold["target"]) or (tgt is None and gold["target"] is None)
    if actor_matches(src, gold["source"]) and target_matches:  # a null target matches only null
        return True
    return bool(gold.get("symmetric")) and actor_matches(src, gold["target"]) and actor_matches(tgt, gold["source"])


def forbidden_matches(event: Event, rule: dict) -> bool:
    if event.root not in _roots(rule.get("roots")):
        return False
    if "source" in rule and not actor_matches(event.source.code if event.source else None, rule["source"]):
        return False
    if "target" in rule and not actor_matches(event.target.code if event.target else None, rule["target"]):
        return False
    return True


@dataclass
class EventScores:
    required: int
    required_found: int
    predicted: int
    predicted_correct: int
    forbidden_hits: list[dict] = field(default_factory=list)
    forbidden_unasserted: list[dict] = field(default_factory=list)
    dates_checked: int = 0
    dates_agreeing: int = 0
    gold: list[dict] = field(default_factory=list)  # per gold event: id, found, by, date agreement
    unmatched: list[dict] = field(default_factory=list)  # asserted predictions matching no gold event

    @property
    def recall(self) -> float:
        return self.required_found / self.required if self.required else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 0.0

    def as_dict(self) -> dict:
        return {
            "required_recall": {"found": self.required_found, "of": self.required, "value": round(self.recall, 3)},
            "precision": {"correct": self.predicted_correct, "of": self.predicted, "value": round(self.precision, 3)},
            "forbidden_hits": len(self.forbidden_hits),
            "forbidden_hit_events": self.forbidden_hits,
            "forbidden_unasserted": self.forbidden_unasserted,
            "date_agreement": {"agree": self.dates_agreeing, "of": self.dates_checked},
            "gold": self.gold,
            "unmatched_predictions": self.unmatched,
        }


def _brief(event: Event) -> dict:
    return {
        "code": event.code,
        "source": event.source.code if event.source else None,
        "target": event.target.code if event.target else None,
        "mode": event.mode,
        "date": event.date,
        "evidence": event.evidence,
    }


def score(document: Document, gold: dict) -> EventScores:
    asserted = [e for e in document.events if e.mode == "asserted"]
    golds = gold.get("events", [])
    required = [g for g in golds if g.get("required")]
    scores = EventScores(required=len(required), required_found=0, predicted=len(asserted), predicted_correct=0)
    for g in golds:
        hits = [e for e in asserted if event_matches(e, g)]
        row = {"id": g.get("id"), "required": bool(g.get("required")), "found": bool(hits), "root": g.get("root")}
        if hits:
            row["by"] = _brief(hits[0])
            if g.get("date"):
                agree = any(e.date == g["date"] for e in hits)
                row["date_agrees"] = agree
                scores.dates_checked += 1
                scores.dates_agreeing += agree
        if g.get("required") and hits:
            scores.required_found += 1
        scores.gold.append(row)
    for e in asserted:
        if any(event_matches(e, g) for g in golds):
            scores.predicted_correct += 1
        else:
            scores.unmatched.append(_brief(e))
    for e in document.events:
        for rule in gold.get("forbidden", []):
            if forbidden_matches(e, rule):
                (scores.forbidden_hits if e.mode == "asserted" else scores.forbidden_unasserted).append(_brief(e))
                break
    return scores


def load_gold(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def default_article(gold_path: Path) -> Path:
    """examples/<name>.id.txt for a gold file <name>.gold.json (here, or beside the gold folder)."""
    name = gold_path.name.removesuffix(".gold.json").removesuffix(".json")
    for folder in (Path("examples"), gold_path.parent.parent / "examples", gold_path.parent):
        for candidate in sorted(folder.glob(f"{name}*.txt")) if folder.is_dir() else []:
            return candidate
    raise FileNotFoundError(f"no article for {gold_path.name}: looked for examples/{name}.id.txt; pass --article")


def table_rows(scores: EventScores) -> list[tuple[str, str]]:
    return [
        ("required recall", f"{scores.required_found}/{scores.required} ({scores.recall:.1%})"),
        ("precision (asserted)", f"{scores.predicted_correct}/{scores.predicted} ({scores.precision:.1%})"),
        ("forbidden hits (asserted)", str(len(scores.forbidden_hits))),
        ("forbidden, not asserted", str(len(scores.forbidden_unasserted))),
        ("date agreement", f"{scores.dates_agreeing}/{scores.dates_checked}"),
    ]


# -- development sets: short sentences with expected events (tests/data/events_dev.*.jsonl) --


@dataclass
class RootCounts:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.true_pos + self.false_neg
        return self.true_pos / expected if expected else 0.0


@dataclass
class DevScores:
    by_root: dict[str, RootCounts] = field(default_factory=dict)
    modes_checked: int = 0
    modes_right: int = 0
    errors: list[dict] = field(default_factory=list)

    def total(self) -> RootCounts:
        out = RootCounts()
        for c in self.by_root.values():
            out.true_pos += c.true_pos
            out.false_pos += c.false_pos
            out.false_neg += c.false_neg
        return out

    def as_dict(self) -> dict:
        total = self.total()
        return {
            "precision": round(total.precision, 3),
            "recall": round(total.recall, 3),
            "mode_accuracy": {"right": self.modes_right, "of": self.modes_checked},
            "by_root": {
                root: {"tp": c.true_pos, "fp": c.false_pos, "fn": c.false_neg, "precision": round(c.precision, 3), "recall": round(c.recall, 3)}
                for root, c in sorted(self.by_root.items())
            },
            "errors": self.errors,
        }


def _dev_match(event: Event, expected: dict) -> bool:
    return event_matches(event, {**expected, "root": expected["root"]})


def score_dev(records: list[dict], documents: list[Document]) -> DevScores:
    """Precision and recall by CAMEO root of asserted events, and mode accuracy of the rest."""
    scores = DevScores()
    for record, document in zip(records, documents):
        expected = [e for e in record["events"] if e.get("mode", "asserted") == "asserted"]
        predicted = [e for e in document.events if e.mode == "asserted"]
        unused = list(predicted)
        for exp in expected:
            counts = scores.by_root.setdefault(exp["root"], RootCounts())
            hit = next((p for p in unused if _dev_match(p, exp)), None)
            if hit is None:
                counts.false_neg += 1
                scores.errors.append({"id": record["id"], "missed": exp, "text": record["text"]})
            else:
                counts.true_pos += 1
                unused.remove(hit)
        for p in unused:
            if any(_dev_match(p, exp) for exp in expected):
                continue  # a second reading of an event already found: neither right nor wrong
            scores.by_root.setdefault(p.root, RootCounts()).false_pos += 1
            scores.errors.append({"id": record["id"], "spurious": _brief(p), "text": record["text"]})
        for exp in record["events"]:
            if exp.get("mode", "asserted") == "asserted":
                continue
            scores.modes_checked += 1
            if any(_dev_match(e, exp) and e.mode == exp["mode"] for e in document.events):
                scores.modes_right += 1
            else:
                scores.errors.append({"id": record["id"], "mode_expected": exp, "text": record["text"]})
    return scores


def read_dev(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def code_dev(records: list[dict], pipeline, language: str = "id") -> list[Document]:
    """Run each record's text through a pipeline (warta.pipeline.Pipeline)."""
    from warta.document import Article, article_id

    return [
        pipeline.process(Article(id=article_id(r["text"]), text=r["text"], date=r.get("date"), language=language))
        for r in records
    ]
