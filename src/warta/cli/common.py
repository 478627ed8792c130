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


def events_table(rows: list[dict], title: str, width: int | None = None) -> Table:
    """A Rich table of events given as flat rows (the store's columns), one line an event.

    The event name and the evidence are cut to the width left by the short columns: Rich
    would otherwise squeeze the codes away on a narrow terminal.
    """
    cells = [
        [str(row.get("date") or "—"), row["code"], row.get("name") or "", row.get("source_code") or "—",
         row.get("target_code") or "—", row["mode"], " ".join((row.get("evidence") or "").split())]
        for row in rows
    ]  # fmt: skip
    names = ("date", "code", "event", "source", "target", "mode", "evidence")
    fixed = {i: max([len(names[i])] + [len(c[i]) for c in cells]) for i in (0, 1, 3, 4, 5)}
    room = (width or console.width) - 3 * len(names) - 1 - sum(fixed.values())
    event_width = max(6, min(30, room // 3))
    evidence_width = max(6, room - event_width)
    table = Table(title=title)
    for i, (name, style) in enumerate(zip(names, ("cyan", "bold", "", "green", "magenta", "", "dim"))):
        table.add_column(name, style=style, no_wrap=True)
    for c in cells:
        table.add_row(*c[:2], _shorten(c[2], event_width), *c[3:6], _shorten(c[6], evidence_width))
    return table


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
