"""`jsonl`: one JSON object a line per event: the store's event columns and the article's URL, title, date."""

from __future__ import annotations

from pathlib import Path

from warta.export.query import copy, count, flat_events_sql
from warta.store import EventFilter, Store


def write(store: Store, filters: EventFilter, output: Path) -> int:
    sql, params = flat_events_sql(filters)
    copy(store, sql, params, str(output), "FORMAT json")
    return count(store, sql, params)
