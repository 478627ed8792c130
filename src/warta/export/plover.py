"""`plover`: one JSON object a line per event, in the PLOVER shape; validated by plover.schema.json.

PLOVER dropped CAMEO's public statements (01): events without a PLOVER type are left out.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from warta.export.cameo import plover_for
from warta.export.codes import split_actor
from warta.export.query import mentions_sql, write_lines
from warta.store import EventFilter, Store

#: Written into every record, so readers can tell this shape from later ones.
VERSION = "warta-plover-1"


@cache
def schema() -> dict:
    return json.loads(resources.files("warta.export").joinpath("plover.schema.json").read_text("utf-8"))


def _actor(code: str | None, text: str | None, start: int | None, end: int | None) -> dict | None:
    if not code and not text:
        return None
    parts = split_actor(code)
    return {
        "text": text, "code": code or None, "country": parts.country or None,
        "sector": [t for t in (parts.type1, parts.type2, parts.type3) if t],
        "known_group": parts.known_group or None, "start": start, "end": end,
    }  # fmt: skip


def _location(m: dict) -> dict | None:
    if not (m["place_name"] or m["place_country"] or m["place_text"]):
        return None
    return {
        "text": m["place_text"], "name": m["place_name"], "country": m["place_country"],
        "lat": m["place_lat"], "lon": m["place_lon"], "geonameid": m["place_geonameid"],
    }  # fmt: skip


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def plover_record(m: dict) -> dict[str, Any] | None:
    """The PLOVER object for one stored event (a row of the mentions query); None if PLOVER has no type."""
    kind = plover_for(m["code"], m["plover"])
    if not kind.event:
        return None
    return {
        "id": f"{m['article_id']}-{m['idx']}",
        "date": _iso(m["event_date"]),
        "date_source": m["date_source"],
        "event": kind.event,
        "mode": kind.mode or None,
        "context": list(kind.context),
        "factuality": m["mode"],
        "reported_by": m["reported_by"],
        "source": _actor(m["source_code"], m["source_text"], m["source_start"], m["source_end"]),
        "target": _actor(m["target_code"], m["target_text"], m["target_start"], m["target_end"]),
        "location": _location(m),
        "text": m["sentence_text"] if m["sentence_text"] is not None else m["evidence"],
        "event_text": m["trigger"] or None,
        "evidence": {"text": m["evidence"], "start": m["start"], "end": m["end"]},
        "cameo": {"code": m["code"], "name": m["name"], "quad_class": m["quad_class"], "goldstein": m["goldstein"]},
        "article": {
            "id": m["article_id"], "url": m["article_url"], "title": m["article_title"],
            "date": _iso(m["article_date"]), "language": m["article_language"], "source": m["article_source"],
        },
        "version": VERSION,
    }  # fmt: skip


def write(store: Store, filters: EventFilter, output: Path) -> int:
    prefix, params = mentions_sql(filters)
    sql = prefix + "SELECT * FROM mentions ORDER BY event_date NULLS LAST, article_id, idx"
    return write_lines(store, sql, params, output, _line)


def _line(mention: dict) -> str | None:
    record = plover_record(mention)
    return None if record is None else json.dumps(record, ensure_ascii=False)
