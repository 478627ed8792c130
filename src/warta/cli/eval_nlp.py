"""`warta eval nlp`: score the linguistic pipeline on UD PUD, NERP and NERGrit."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.common import console, err_console, print_json
from warta.cli.groups import eval_app


class NlpFormat(str, Enum):
    json = "json"
    table = "table"


def register(app: typer.Typer) -> None:
    eval_app.command("nlp")(nlp)


def nlp(
    shared: Annotated[Path, typer.Option("--shared", help="The shared data folder (holds data/ud and data/ner).")] = Path(
        "../shared"
    ),
    language: Annotated[str, typer.Option("--language", "-l", help="The pipeline to measure.")] = "id",
    format: Annotated[NlpFormat, typer.Option("--format", "-f", help="Output format.")] = NlpFormat.table,
) -> None:
    """Score the shipped pipeline: UPOS/UAS/LAS on UD_Indonesian-PUD and entity P/R/F1 on NERP and NERGrit.

    [bold]Examples[/]

      warta eval nlp --shared ../shared --format json
    """
    from warta.evaluation.nlp import PUD, evaluate, table
    from warta.lang import get_language
    from warta.language import load_nlp

    if not (shared / PUD).exists():
        err_console.print(f"[red]error:[/] {shared / PUD} not found: is --shared the shared data folder?")
        raise typer.Exit(2)
    report = evaluate(load_nlp(get_language(language)), shared)
    if format is NlpFormat.json:
        print_json(report)
    else:
        console.print(table(report), highlight=False)
