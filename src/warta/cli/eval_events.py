"""`warta eval events`: score the event coder on one article against a gold file."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.common import console, err_console, print_json
from warta.cli.groups import eval_app


class EventsFormat(str, Enum):
    json = "json"
    table = "table"


def _sentence_set(path: Path, format: EventsFormat) -> None:
    from rich.table import Table

    from warta.evaluation.events import code_dev, read_dev, score_dev
    from warta.pipeline import Pipeline

    records = read_dev(path)
    scores = score_dev(records, code_dev(records, Pipeline()))
    if format is EventsFormat.json:
        print_json({"set": str(path), "sentences": len(records), **scores.as_dict()})
        return
    table = Table(title=f"{path.name}: {len(records)} sentences")
    for column in ("root", "tp", "fp", "fn", "precision", "recall"):
        table.add_column(column, justify="right")
    for root, counts in sorted({**scores.by_root, "all": scores.total()}.items()):
        table.add_row(root, str(counts.true_pos), str(counts.false_pos), str(counts.false_neg), f"{counts.precision:.2f}", f"{counts.recall:.2f}")
    console.print(table)
    console.print(f"modes right: {scores.modes_right}/{scores.modes_checked}")


def register(app: typer.Typer) -> None:
    eval_app.command("events")(events)


def events(
    gold: Annotated[
        Path,
        typer.Option("--gold", help="A gold file (../shared/gold/*.gold.json), or a sentence set (tests/data/events_*.jsonl)."),
    ],
    article: Annotated[
        Path | None, typer.Option("--article", help="The article; default examples/<name>.id.txt for <name>.gold.json.")
    ] = None,
    format: Annotated[EventsFormat, typer.Option("--format", "-f", help="Output format.")] = EventsFormat.table,
) -> None:
    """Code an article and score its asserted events against a gold file.

    Prints required recall, precision over required and optional events, forbidden hits
    and date agreement, per the gold's matching rules. A .jsonl sentence set (one text with
    its expected events a line) prints precision and recall by CAMEO root instead.

    [bold]Examples[/]

      warta eval events --gold ../shared/gold/moskow-2022-02-15.gold.json

      warta eval events --gold gold.json --article story.txt --format json

      warta eval events --gold tests/data/events_dev.id.jsonl
    """
    from rich.table import Table

    from warta.evaluation.events import default_article, load_gold, score, table_rows
    from warta.ingest import Reader, Reject
    from warta.pipeline import Pipeline

    if not gold.is_file():
        raise typer.BadParameter(f"{gold}: no such file", param_hint="--gold")
    if gold.suffix == ".jsonl":
        _sentence_set(gold, format)
        return
    try:
        path = article or default_article(gold)
    except FileNotFoundError as error:
        err_console.print(f"[red]{error}[/]")
        raise typer.Exit(2) from None
    gold_data = load_gold(gold)
    items = list(Reader().iter_articles([path]))
    if not items or isinstance(items[0], Reject):
        err_console.print(f"[red]cannot read[/] {path}: {items[0].reason if items else 'no article'}")
        raise typer.Exit(2)
    item = items[0]
    item.language = item.language or gold_data.get("article", {}).get("language")
    item.date = item.date or gold_data.get("article", {}).get("date")
    scores = score(Pipeline().process(item), gold_data)
    if format is EventsFormat.json:
        print_json({"gold_file": str(gold), "article": str(path), **scores.as_dict()})
        return
    table = Table(title=f"{path.name} against {gold.name}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in table_rows(scores):
        table.add_row(name, value)
    console.print(table)
    missed = [row["id"] for row in scores.gold if row["required"] and not row["found"]]
    if missed:
        console.print(f"missed required: {', '.join(missed)}")
    for event in scores.forbidden_hits:
        console.print(f"[red]forbidden[/] {event['code']} {event['source']} → {event['target']}: {event['evidence']}")
