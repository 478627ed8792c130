"""`warta ingest`: read, code and store articles."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from warta.cli.common import (
    DEFAULT_DB, DEFAULT_LOCK_TIMEOUT, DbOption, database_errors, LanguageOption, LockTimeoutOption, console, err_console, fail, inert,
    make_reader, open_store, safe,
)  # fmt: skip
from warta.ingest import iter_files
from warta.ingest.reader import source_file
from warta.runner import DEFAULT_BATCH_SIZE, IngestSummary, ingest as run_ingest


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively).")],
    db: DbOption = DEFAULT_DB,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = DEFAULT_BATCH_SIZE,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Run on a local Dask cluster of this many worker processes.")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="Run on an existing Dask cluster, e.g. tcp://HOST:8786 (docs/scale-out.md).")
    ] = None,
    partition_size: Annotated[
        int | None, typer.Option(min=1, help="Files per Dask task (default: about 4 tasks a worker).")
    ] = None,
    shard_dir: Annotated[
        Path | None, typer.Option(help="Folder for the workers' Parquet shards; shared by all hosts with --scheduler.")
    ] = None,
    lock_timeout: LockTimeoutOption = DEFAULT_LOCK_TIMEOUT,
    language: LanguageOption = None,
) -> None:
    """Ingest articles into the database: read, code, store.

    Re-running is safe: an article is identified by its normalised text, so a second run adds
    nothing, and a run interrupted mid-way completes on the next. Inputs that cannot be read
    are recorded in the [bold]rejects[/] table with the reason; the command still exits 0
    (docs/input.md lists the reasons). A path that does not exist stops the command at once.

    The database is locked only while a batch is written: [bold]warta serve[/] keeps answering
    during an ingest, and a second ingest waits up to [bold]--lock-timeout[/] seconds for it.

    [bold]Examples[/]

      warta ingest examples --db warta.duckdb

      warta ingest archive/2022/ more.jsonl --db news.duckdb

      warta ingest archive/ --db news.duckdb --workers 2

      warta ingest kutipan.jsonl --language id
    """
    missing = [path for path in paths if not os.path.lexists(path)]
    if missing:
        raise fail(f"no such file or folder: {', '.join(map(str, missing))}")
    reader = make_reader(language)
    if (workers or scheduler) and language:
        raise fail("--language is not supported with --workers or --scheduler (the workers identify it)")
    if workers or scheduler:
        with database_errors(db):
            _ingest_distributed(paths, db, workers, scheduler, partition_size, shard_dir, lock_timeout)
        return
    skip = database_files(db)
    files = sum(1 for _ in iter_files(paths, skip))
    with (
        database_errors(db),
        open_store(db, read_only=False, lock_timeout=lock_timeout) as store,
        _progress() as progress,
    ):
        task = progress.add_task("ingesting", total=files)
        done: set[str] = set()

        def advance(item) -> None:
            # articles name the path as given, rejects the absolute one: one file counts once
            name = os.path.abspath(source_file(getattr(item, "source", None) or getattr(item, "input", "")))
            if name not in done:
                done.add(name)
                progress.update(task, completed=len(done))

        summary = run_ingest(paths, store, reader=reader, batch_size=batch_size, on_item=advance, skip=skip)
        progress.update(task, completed=files)
    console.print(_summary_table(summary, db))


def database_files(db: Path) -> tuple[Path, ...]:
    """The database and its write-ahead log: what "warta ingest ." must not read as articles."""
    return db, db.with_name(db.name + ".wal")


def _ingest_distributed(paths, db, workers, scheduler, partition_size, shard_dir, lock_timeout) -> None:
    try:
        import distributed  # noqa: F401  (Dask only when asked for: the `scale` extra)
    except ImportError:
        err_console.print("[red]error:[/] --workers and --scheduler need Dask: pip install 'warta[scale]'")
        raise typer.Exit(2) from None
    from warta.scale import ingest_distributed

    skip = database_files(db)
    files = sum(1 for _ in iter_files(paths, skip))
    with open_store(db, read_only=False, lock_timeout=lock_timeout) as store, _progress() as progress:
        task = progress.add_task(f"ingesting on {scheduler or f'{workers} local workers'}", total=files)
        summary = ingest_distributed(
            paths, store, workers=workers, scheduler=scheduler, size=partition_size, shard_dir=shard_dir,
            on_partition=lambda done: progress.advance(task, done), skip=skip,
        )  # fmt: skip
        progress.update(task, completed=files)
    console.print(_summary_table(summary, db))
    for number, reason in summary.failed:
        console.print(f"[red]partition {number} failed[/] (its files are in the rejects table): {safe(reason)}")


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TextColumn("files"), TimeElapsedColumn(), console=console, transient=False,
    )  # fmt: skip


def _summary_table(summary: IngestSummary, db: Path) -> Table:
    table = Table(title=inert(f"Ingested into {db}"), show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("articles added", str(summary.added))
    table.add_row("already stored", str(summary.skipped))
    table.add_row("events coded", str(summary.events))
    table.add_row("rejected", f"[red]{summary.rejected}[/]" if summary.rejected else "0")
    for reason, count in summary.reasons.most_common():
        table.add_row(inert(f"  {reason}"), str(count))
    return table


def register(app: typer.Typer) -> None:
    app.command()(ingest)
