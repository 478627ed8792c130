"""Exports: the stored events in the formats other tools read (GDELT, PLOVER, JSON lines, CSV, Parquet).

One module a format, each with `write(store, filters, output) -> rows written`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from warta.export import csvtable, gdelt, jsonl, mentions, parquet, plover
from warta.store import EventFilter, Store

Writer = Callable[[Store, EventFilter, Path], int]

#: Format name → writer. `parquet` writes a folder, the others one file.
FORMATS: dict[str, Writer] = {
    "gdelt": gdelt.write,
    "gdelt-mentions": mentions.write,
    "plover": plover.write,
    "jsonl": jsonl.write,
    "parquet": parquet.write,
    "csv": csvtable.write,
}


def export(store: Store, format: str, output: str | Path, filters: EventFilter | None = None) -> int:
    """Write the events `filters` selects (asserted ones by default) in `format`; returns the rows written."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r} (one of {', '.join(FORMATS)})")
    output = Path(output)
    if format != "parquet":
        output.parent.mkdir(parents=True, exist_ok=True)
    return FORMATS[format](store, filters or EventFilter(), output)


__all__ = ["FORMATS", "export"]
