"""Options and output helpers shared by the commands."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from warta.store import EventFilter, Store, StoreError
from warta.store.database import ALL_MODES, readable_error

console = Console()
err_console = Console(stderr=True, soft_wrap=True)  # a reason stays one greppable line

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB database file.", show_default=True)]
DEFAULT_DB = Path("warta.duckdb")
#: Seconds a command waits for a database another process is writing (an ingest between batches).
DEFAULT_LOCK_TIMEOUT = 60.0
READ_LOCK_TIMEOUT = 10.0
LockTimeoutOption = Annotated[
    float,
    typer.Option(
        "--lock-timeout", min=0,
        help="Seconds to wait while another process (another ingest, a reader) holds the database.",
    ),
]  # fmt: skip

LanguageOption = Annotated[
    str | None,
    typer.Option(
        "--language", "--lang", help="Read every article as this language (e.g. id): no detection, no record's own."
    ),
]

# C0 and C1 control characters (ESC, CSI, BEL, ...): shown as visible symbols, never sent raw.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def inert(value: object) -> Text:
    """Untrusted text (evidence, titles, paths, reasons) for a Rich cell or title: never markup,
    never a terminal sequence. `[/red]` and `[link=x]` print as themselves, ESC as ␛."""
    return Text(_CONTROL.sub(_visible, str(value)))


def safe(value: object) -> str:
    """Untrusted text to put inside a markup string (f"[red]error:[/] {safe(x)}")."""
    return escape(_CONTROL.sub(_visible, str(value)))


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line `error: message` on stderr; raise the returned Exit."""
    err_console.print(f"[red]error:[/] {safe(message)}", highlight=False)
    return typer.Exit(code)


def make_reader(language: str | None):
    """The Reader, forced to `language` when given; an unsupported language is a usage error."""
    from warta.ingest import Reader

    try:
        return Reader(language=language)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--language") from None


def open_store(db: Path, *, read_only: bool, lock_timeout: float = READ_LOCK_TIMEOUT) -> Store:
    """The database, or one readable line and exit code 2 (no such file, not a database, busy…)."""
    with database_errors(db):
        return Store(db, read_only=read_only, lock_timeout=lock_timeout)


@contextmanager
def database_errors(db: Path) -> Iterator[None]:
    """A database that fails while in use (truncated, locked past the timeout, disk full):
    one line on stderr and exit code 2, never a traceback."""
    try:
        yield
    except StoreError as error:
        raise fail(str(error)) from None
    except duckdb.Error as error:
        raise fail(readable_error(error, db)) from None


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
        [str(row.get("date") or "—"), str(row["code"]), row.get("name") or "", row.get("source_code") or "—",
         row.get("target_code") or "—", str(row["mode"]), " ".join((row.get("evidence") or "").split())]
        for row in rows
    ]  # fmt: skip
    names = ("date", "code", "event", "source", "target", "mode", "evidence")
    fixed = {i: max([len(names[i])] + [len(c[i]) for c in cells]) for i in (0, 1, 3, 4, 5)}
    room = (width or console.width) - 3 * len(names) - 1 - sum(fixed.values())
    event_width = max(6, min(30, room // 3))
    evidence_width = max(6, room - event_width)
    table = Table(title=inert(title))
    for i, (name, style) in enumerate(zip(names, ("cyan", "bold", "", "green", "magenta", "", "dim"))):
        table.add_column(name, style=style, no_wrap=True)
    for c in cells:
        row = [*c[:2], _shorten(c[2], event_width), *c[3:6], _shorten(c[6], evidence_width)]
        table.add_row(*(inert(cell) for cell in row))  # stored text is data, never Rich markup
    return table


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
