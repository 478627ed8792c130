"""Options and output helpers shared by the commands."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from warta.store import EventFilter
from warta.store.database import ALL_MODES

console = Console()
err_console = Console(stderr=True, soft_wrap=True)  # a reason stays one greppable line

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB database file.", show_default=True)]
DEFAULT_DB = Path("warta.duckdb")


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


# The event filters, shared by `warta events`, `warta export` and the API.
ActorOption = Annotated[str | None, typer.Option(help="Source or target actor code prefix, e.g. RUS or USAGOV.")]
CodeOption = Annotated[str | None, typer.Option(help="CAMEO code prefix, e.g. 04 (consult) or 112.")]
SinceOption = Annotated[str | None, typer.Option(help="Events on or after this date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Events on or before this date (YYYY-MM-DD).")]
ModeOption = Annotated[
    str, typer.Option(help=f"asserted, negated, hypothetical, alleged, demanded, requested, or '{ALL_MODES}'.")
]


def make_filter(actor: str | None, code: str | None, since: str | None, until: str | None, mode: str) -> EventFilter:
    return EventFilter(actor=actor, code=code, since=_date(since, "--since"), until=_date(until, "--until"), mode=mode)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint=option) from None


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_jsonl(rows: list[Any]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def events_table(rows: list[dict], title: str) -> Table:
    """A Rich table of events given as flat rows (the store's columns), one line an event."""
    table = Table(title=title)
    # Codes and dates never wrap; the event name and the (shortened) evidence wrap if they must.
    for name, style, short in (("date", "cyan", True), ("code", "bold", True), ("event", "", False),
                               ("source", "green", True), ("target", "magenta", True),
                               ("mode", "", True), ("evidence", "dim", False)):  # fmt: skip
        table.add_column(name, style=style, no_wrap=short, min_width=len(name) if short else None)
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def events_table(rows: list[dict], title: str) -> Table:
    """A Rich table of events given as flat rows (the store's columns), one line an event."""
    table = Table(title=title, expand=True)
    # Codes and dates keep their width; the event name and the evidence share the rest, cut short.
    for name, style, width, ratio in (("date", "cyan", 10, None), ("code", "bold", 4, None),
                                      ("event", "", None, 1), ("source", "green", 9, None),
                                      ("target", "magenta", 9, None), ("mode", "", 12, None),
                                      ("evidence", "dim", None, 2)):  # fmt: skip
        table.add_column(name, style=style, no_wrap=True, overflow="ellipsis", width=width, ratio=ratio)
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def events_table(rows: list[dict], title: str) -> Table:
    """A Rich table of events given as flat rows (the store's columns), one line an event."""
    table = Table(title=title, expand=False)
    # Short columns keep their width; the event name and evidence are cut to what is left.
    for name, style, width in (("date", "cyan", 10), ("code", "bold", 4), ("event", "", None),
                               ("source", "green", 6), ("target", "magenta", 6), ("mode", "", 8),
                               ("evidence", "dim", None)):  # fmt: skip
        table.add_column(name, style=style, no_wrap=True, overflow="ellipsis", min_width=width,
                         max_width=30 if name == "event" else None)  # fmt: skip
    for row in rows:
        table.add_row(
            str(row.get("date") or "—"), row["code"], _shorten(row.get("name") or "", 30),
            row.get("source_code") or "—", row.get("target_code") or "—",
            row["mode"], _shorten(row.get("evidence") or "", 60),
        )  # fmt: skip
    return table


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
