"""`warta eval events`: score the event coder on an article or a sentence set against a gold file."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from warta.cli.common import console, err_console, print_json
from warta.cli.groups import eval_app


class EventsFormat(str, Enum):
    json = "json"
    table = "table"


#: Sentence sets at least this long show a progress bar on stderr.
PROGRESS_FROM = 50


def _progress(total: int) -> Progress:
    """A bar on stderr; it vanishes when done so the scores stand alone."""
    return Progress(
        TextColumn("coding sentences"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, transient=True, disable=total < PROGRESS_FROM,
    )  # fmt: skip


def _news_sentences(path: Path, records: list[dict], format: EventsFormat) -> None:
    """The news-sentences gold (../shared/gold/news-sentences/), scored as its score.py does."""
    from warta.evaluation.news_sentences import code_sentences, score_sentences
    from warta.ingest import Reader
    from warta.pipeline import Pipeline

    with _progress(len(records)) as progress:
        task = progress.add_task("coding", total=len(records))
        coded = code_sentences(records, Reader(), Pipeline(), on_done=lambda: progress.advance(task))
    scores = score_sentences(path.name, records, coded)
    if format is EventsFormat.json:
        print_json({"set": str(path), **scores.as_dict()})
        return
    order = {record["id"]: number for number, record in enumerate(records)}
    # score.py's order: sentence by sentence, its misses before its false hits
    for finding in sorted([*scores.misses, *scores.false_hits], key=lambda f: order[f["id"]]):
        console.print(_finding_line(finding), highlight=False, soft_wrap=True)
    console.print(scores.summary_line(), highlight=False, soft_wrap=True)


def _finding_line(finding: dict) -> str:
    """One miss or false hit, in score.py's words."""
    if "fake_fact" not in finding:
        kind = "[yellow]MISSED[/]"
    else:
        kind = f"[red]{'FAKE FACT (the gold has it as not asserted)' if finding['fake_fact'] else 'FALSE'}[/]"
    codes = f"{finding['source']}->{finding['target']} {finding['code']}"
    return f"{finding['id']}: {kind} {codes} '{escape(str(finding['trigger']))}'"


def _sentence_set(path: Path, format: EventsFormat) -> None:
    from rich.table import Table

    from warta.evaluation.events import code_dev, read_dev, score_dev
    from warta.evaluation.news_sentences import is_news_sentences
    from warta.pipeline import Pipeline

    records = read_dev(path)
    if is_news_sentences(records):
        _news_sentences(path, records, format)
        return
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
        typer.Option(
            "--gold",
            help="A gold file (../shared/gold/*.gold.json), or a sentence set (.jsonl): "
            "the news-sentences gold or tests/data/events_*.jsonl.",
        ),
    ],
    article: Annotated[
        Path | None, typer.Option("--article", help="The article; default examples/<name>.id.txt for <name>.gold.json.")
    ] = None,
    format: Annotated[EventsFormat, typer.Option("--format", "-f", help="Output format.")] = EventsFormat.table,
) -> None:
    """Code an article and score its asserted events against a gold file.

    Prints required recall, precision over required and optional events, forbidden hits
    and date agreement, per the gold's matching rules. A .jsonl sentence set (one text with
    its expected events a line) prints precision and recall by CAMEO root instead. The
    news-sentences gold (records whose events say `required`) is scored as its score.py
    does: misses and false hits, then recall, precision and fake facts.

    [bold]Examples[/]

      warta eval events --gold ../shared/gold/moskow-2022-02-15.gold.json

      warta eval events --gold gold.json --article story.txt --format json

      warta eval events --gold tests/data/events_dev.id.jsonl

      warta eval events --gold ../shared/gold/news-sentences/dev.jsonl
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
