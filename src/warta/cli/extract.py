"""`warta extract`: code articles and print the result, no database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warta.cli.common import (
    Format, LanguageOption, console, err_console, events_table, make_reader, print_json, print_jsonl, safe,
)  # fmt: skip
from warta.ingest import Reject
from warta.pipeline import Pipeline
from warta.runner import process_item
from warta.store.rows import document_rows


def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files: .txt, .html, .jsonl, .csv, or folders.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    language: LanguageOption = None,
) -> None:
    """Extract events, quotes, times and places from articles and print them.

    One article prints one JSON object; several print a list. The fields are described in
    docs/output.md. Bad input is reported on stderr and makes the exit code 1.

    [bold]Examples[/]

      warta extract examples/moskow-2022-02-15.id.txt

      warta extract examples/ --format table

      warta extract news.jsonl --format jsonl > coded.jsonl

      warta extract pendek.txt --language id
    """
    reader, pipeline = make_reader(language), Pipeline()
    documents, failures = [], 0
    for item in reader.iter_articles(files):
        result = process_item(item, pipeline)
        if isinstance(result, Reject):
            err_console.print(f"[red]rejected[/] {safe(result.input)}: {safe(result.reason)}", highlight=False)
            failures += 1
        else:
            documents.append(result)
    if format is Format.table:
        for document in documents:
            rows = document_rows(document)["events"]
            title = f"{document.article.source} — {document.article.date or 'undated'} — {len(rows)} events"
            console.print(events_table(rows, title))
    elif format is Format.jsonl:
        print_jsonl([d.to_dict() for d in documents])
    elif documents:
        print_json(documents[0].to_dict() if len(documents) == 1 else [d.to_dict() for d in documents])
    if failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(extract)
