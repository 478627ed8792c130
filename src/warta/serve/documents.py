"""Rebuilding a stored article as a `Document`, so the API serves the same shape as `warta extract`."""

from __future__ import annotations

from typing import Any

from warta.document import (
    ActorRef,
    Article,
    Dateline,
    Document,
    Entity,
    Event,
    Place,
    Quote,
    Sentence,
    Speaker,
    TimeExpression,
)  # fmt: skip
from warta.serve.queries import rows
from warta.store import Store

_CHILD_TABLES = ("sentences", "entities", "events", "quotes", "times", "places")


def load_document(store: Store, article_id: str) -> Document | None:
    """The stored article with everything found in it, or None if there is no such article."""
    found = rows(store, "SELECT * FROM articles WHERE id = ?", [article_id])
    if not found:
        return None
    # The table names are our own constants, never user input; the id goes in as a parameter.
    children = {
        table: rows(store, f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx", [article_id])
        for table in _CHILD_TABLES
    }
    return Document(
        article=_article(found[0]),
        sentences=[
            Sentence(start=r["start"], end=r["end"], text=r["text"]) for r in children["sentences"]
        ],
        entities=[
            Entity(
                text=r["text"], label=r["label"], start=r["start"], end=r["end"], actor=r["actor"]
            )
            for r in children["entities"]
        ],
        events=[_event(r) for r in children["events"]],
        quotes=[_quote(r) for r in children["quotes"]],
        times=[
            TimeExpression(
                text=r["text"], start=r["start"], end=r["end"], value=r["value"], kind=r["kind"]
            )
            for r in children["times"]
        ],
        places=[
            Place(
                text=r["text"],
                start=r["start"],
                end=r["end"],
                name=r["name"],
                country=r["country"],
                lat=r["lat"],
                lon=r["lon"],
                geonameid=r["geonameid"],
                feature=r["feature"],
            )
            for r in children["places"]
        ],
    )


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else value


def _article(row: dict) -> Article:
    dateline = None
    if row["dateline_text"] is not None:
        place = None
        if row["dateline_place"] or row["dateline_lat"] is not None:
            place = Place(
                text=row["dateline_text"], start=row["dateline_start"], end=row["dateline_end"],
                name=row["dateline_place"], country=row["dateline_country"], lat=row["dateline_lat"],
                lon=row["dateline_lon"], geonameid=row["dateline_geonameid"],
            )  # fmt: skip
        dateline = Dateline(
            text=row["dateline_text"],
            start=row["dateline_start"],
            end=row["dateline_end"],
            place=place,
        )
    return Article(
        id=row["id"], text=row["text"], title=row["title"], url=row["url"], date=_iso(row["date"]),
        language=row["language"], dateline=dateline, source=row["source"],
    )  # fmt: skip


def _actor(row: dict, prefix: str) -> ActorRef | None:
    if row[f"{prefix}_code"] is None:
        return None
    return ActorRef(
        code=row[f"{prefix}_code"], text=row[f"{prefix}_text"],
        start=row[f"{prefix}_start"], end=row[f"{prefix}_end"],
    )  # fmt: skip


def _event(row: dict) -> Event:
    place = None
    if row["place_text"] is not None or row["place_name"] is not None:
        place = Place(
            text=row["place_text"] or row["place_name"], start=None, end=None, name=row["place_name"],
            country=row["place_country"], lat=row["place_lat"], lon=row["place_lon"],
            geonameid=row["place_geonameid"],
        )  # fmt: skip
    return Event(
        code=row["code"], root=row["root"], name=row["name"], quad_class=row["quad_class"],
        goldstein=row["goldstein"], source=_actor(row, "source"), target=_actor(row, "target"),
        sentence=row["sentence"], start=row["start"], end=row["end"], evidence=row["evidence"],
        trigger=row["trigger"] or "", plover=row["plover"], mode=row["mode"],
        reported_by=row["reported_by"], date=_iso(row["date"]), date_source=row["date_source"],
        place=place,
    )  # fmt: skip


def _quote(row: dict) -> Quote:
    speaker = (
        Speaker(name=row["speaker_name"], code=row["speaker_code"]) if row["speaker_name"] else None
    )
    return Quote(
        text=row["text"], start=row["start"], end=row["end"], kind=row["kind"], speaker=speaker
    )
