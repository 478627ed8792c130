"""`csv`: the jsonl export's columns as comma-separated values with a header (types in docs/exports.md)."""

from __future__ import annotations

from pathlib import Path

from warta.export.query import copy, count, flat_events_sql
from warta.store import EventFilter, Store


def write(store: Store, filters: EventFilter, output: Path) -> int:
    sql, params = flat_events_sql(filters)
    # Every text value quoted: CAMEO codes such as "041" must not read back as numbers.
    copy(store, sql, params, str(output), "FORMAT csv, HEADER true, FORCE_QUOTE *")
    return count(store, sql, params)
