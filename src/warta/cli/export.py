"""`warta export`: write the stored events as GDELT, PLOVER, JSON lines, CSV or Parquet."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.common import (
    DEFAULT_DB, ActorOption, CodeOption, DbOption, ModeOption, SinceOption, UntilOption, console, make_filter,
    database_errors, open_store, safe,
)  # fmt: skip
from warta.export import FORMATS, parquet
from warta.export import export as run_export
from warta.store.database import ALL_MODES

ExportFormat = Enum("ExportFormat", {name.replace("-", "_"): name for name in FORMATS}, type=str)


def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output file (a folder for parquet).")],
    db: DbOption = DEFAULT_DB,
    actor: ActorOption = None,
    code: CodeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    mode: ModeOption = "asserted",
    all_modes: Annotated[bool, typer.Option("--all-modes", help="Every mode, not only asserted events.")] = False,
    partition: Annotated[
        bool | None, typer.Option("--partition/--no-partition", help="parquet: partition by event month "
                                  f"(default: when over {parquet.PARTITION_THRESHOLD:,} events).")
    ] = None,
) -> None:
    """Export the stored events, asserted ones unless [bold]--all-modes[/] (formats: docs/exports.md).

    [bold]Examples[/]

      warta export --db warta.duckdb --format gdelt --output events.CSV

      warta export --format plover --actor RUS --since 2022-02-01 --output rus.jsonl

      warta export --format parquet --all-modes --output warta-parquet/
    """
    filters = make_filter(actor, code, since, until, ALL_MODES if all_modes else mode)
    with open_store(db, read_only=True) as store, database_errors(db):
        if format.value == "parquet":
            rows = parquet.write(store, filters, output, partition=partition)
        else:
            rows = run_export(store, format.value, output, filters)
    noun = "event" if rows == 1 else "events"
    console.print(f"exported {rows} {noun} ({safe(filters.mode)}) as {format.value} to {safe(output)}")


def register(app: typer.Typer) -> None:
    app.command()(export)
