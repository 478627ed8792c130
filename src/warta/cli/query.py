"""`warta events` and `warta stats`: read the database."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from warta.cli.common import (
    DEFAULT_DB, ActorOption, CodeOption, DbOption, Format, ModeOption, SinceOption, UntilOption,
    READ_LOCK_TIMEOUT, LockTimeoutOption, console, database_errors, events_table, inert, make_filter, open_store, print_json,
    print_jsonl,
)  # fmt: skip
from warta.store import Store


def _open(db, lock_timeout: float) -> Store:
    return open_store(db, read_only=True, lock_timeout=lock_timeout)


def register(app: typer.Typer) -> None:
    app.command()(events)
    app.command()(stats)


def events(
    db: DbOption = DEFAULT_DB,
    actor: ActorOption = None,
    code: CodeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    mode: ModeOption = "asserted",
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    limit: Annotated[int, typer.Option(min=1, help="At most this many events.")] = 1000,
    lock_timeout: LockTimeoutOption = READ_LOCK_TIMEOUT,
) -> None:
    """List stored events, asserted ones unless [bold]--mode[/] says otherwise.

    [bold]Examples[/]

      warta events --db warta.duckdb

      warta events --actor RUS --code 11 --since 2022-02-01

      warta events --mode all --format jsonl
    """
    filters = make_filter(actor, code, since, until, mode)
    with _open(db, lock_timeout) as store, database_errors(db):
        rows = store.events(filters, limit=limit)
        total = store.count_events(filters)
    if format is Format.json:
        print_json(rows)
    elif format is Format.jsonl:
        print_jsonl(rows)
    else:
        shown = f"{len(rows)} of {total}" if total > len(rows) else str(total)
        console.print(events_table(rows, f"{shown} events ({mode})"))


def stats(
    db: DbOption = DEFAULT_DB,
    format: Annotated[Format, typer.Option("--format", "-f", help="json or table.")] = Format.table,
    lock_timeout: LockTimeoutOption = READ_LOCK_TIMEOUT,
) -> None:
    """Count what the database holds: articles, events (asserted; events_all: every mode), quotes, rejects…

    [bold]Examples[/]

      warta stats --db warta.duckdb --format json
    """
    with _open(db, lock_timeout) as store, database_errors(db):
        counts = store.stats()
    if format is not Format.table:
        print_json(counts)
        return
    table = Table(title=inert(db), show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for key, value in counts.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "—"
        table.add_row(key, inert(value))
    console.print(table)
