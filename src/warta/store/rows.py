"""Flattening a Document into the rows of the store's tables (and of Parquet shards)."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any

from warta.document import ActorRef, Document, Place

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

TABLES = ("articles", "sentences", "events", "quotes", "entities", "places", "times")


def _place(prefix: str, place: Place | None) -> dict[str, Any]:
    return {
        f"{prefix}_name": place.name if place else None,
        f"{prefix}_country": place.country if place else None,
        f"{prefix}_lat": place.lat if place else None,
        f"{prefix}_lon": place.lon if place else None,
        f"{prefix}_geonameid": place.geonameid if place else None,
    }


def _actor(prefix: str, actor: ActorRef | None) -> dict[str, Any]:
    return {
        f"{prefix}_code": actor.code if actor else None,
        f"{prefix}_text": actor.text if actor else None,
        f"{prefix}_start": actor.start if actor else None,
        f"{prefix}_end": actor.end if actor else None,
    }


def _day(value: str | None) -> str | None:
    """A DATE column takes a whole day only: a coarser value ("2022-02", "2023-W29") is stored as NULL."""
    if value and _DAY.fullmatch(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


def document_rows(document: Document, ingested_at: datetime | None = None) -> dict[str, list[dict]]:
    """One list of rows a table, for one document."""
    article = document.article
    aid = article.id
    dateline = article.dateline
    dateline_place = _place("dateline", dateline.place if dateline else None)
    dateline_place["dateline_place"] = dateline_place.pop("dateline_name")
    rows: dict[str, list[dict]] = {
        "articles": [
            {
                "id": aid, "title": article.title, "url": article.url, "date": _day(article.date),
                "language": article.language,
                "dateline_text": dateline.text if dateline else None,
                "dateline_start": dateline.start if dateline else None,
                "dateline_end": dateline.end if dateline else None,
                **dateline_place,
                "source": article.source, "text": article.text,
                "ingested_at": ingested_at or datetime.now(timezone.utc).replace(tzinfo=None),
            }
        ],
        "sentences": [
            {"article_id": aid, "idx": i, "start": s.start, "end": s.end, "text": s.text}
            for i, s in enumerate(document.sentences)
        ],
        "events": [
            {
                "article_id": aid, "idx": i, "code": e.code, "root": e.root, "name": e.name,
                "quad_class": e.quad_class, "goldstein": e.goldstein, "plover": e.plover,
                **_actor("source", e.source), **_actor("target", e.target),
                "date": _day(e.date), "date_source": e.date_source, "mode": e.mode,
                "reported_by": e.reported_by, "sentence": e.sentence, "start": e.start,
                "end": e.end, "evidence": e.evidence, "trigger": e.trigger,
                "place_text": e.place.text if e.place else None, **_place("place", e.place),
            }
            for i, e in enumerate(document.events)
        ],
        "quotes": [
            {
                "article_id": aid, "idx": i, "text": q.text, "start": q.start, "end": q.end,
                "kind": q.kind, "speaker_name": q.speaker.name if q.speaker else None,
                "speaker_code": q.speaker.code if q.speaker else None,
            }
            for i, q in enumerate(document.quotes)
        ],
        "entities": [
            {"article_id": aid, "idx": i, "text": e.text, "label": e.label, "start": e.start,
             "end": e.end, "actor": e.actor}
            for i, e in enumerate(document.entities)
        ],
        "places": [
            {"article_id": aid, "idx": i, "text": p.text, "start": p.start, "end": p.end,
             "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon,
             "geonameid": p.geonameid, "feature": p.feature}
            for i, p in enumerate(document.places)
        ],
        "times": [
            {"article_id": aid, "idx": i, "text": t.text, "start": t.start, "end": t.end,
             "value": t.value, "kind": t.kind}
            for i, t in enumerate(document.times)
        ],
    }  # fmt: skip
    return rows
