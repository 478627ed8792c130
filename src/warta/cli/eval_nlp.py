"""`warta eval nlp`: score a linguistic pipeline on UD PUD, its NER test sets, and its speed."""

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
    language: Annotated[str, typer.Option("--language", "--lang", "-l", help="The pipeline to measure.")] = "id",
    format: Annotated[NlpFormat, typer.Option("--format", "-f", help="Output format.")] = NlpFormat.table,
) -> None:
    """Score the shipped pipeline: UPOS/UAS/LAS on UD PUD, entity P/R/F1, words/s on one thread.

    Indonesian: UD_Indonesian-PUD, NERP and NERGrit test. English: UD_English-PUD and
    Universal NER en_ewt test (PER, LOC, ORG).

    [bold]Examples[/]

      warta eval nlp --shared ../shared --format json
      warta eval nlp --language en
    """
    import os

    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    from warta.evaluation.nlp import EVAL_SETS, evaluate, table
    from warta.lang import get_language
    from warta.language import load_nlp

    if language not in EVAL_SETS:
        err_console.print(f"[red]error:[/] no evaluation sets for {language!r} (have: {', '.join(EVAL_SETS)})")
        raise typer.Exit(2)
    pud = shared / EVAL_SETS[language].pud
    if not pud.exists():
        err_console.print(f"[red]error:[/] {pud} not found: is --shared the shared data folder?")
        raise typer.Exit(2)
    report = evaluate(load_nlp(get_language(language)), shared, language)
    if format is NlpFormat.json:
        print_json(report)
    else:
        console.print(table(report), highlight=False)
