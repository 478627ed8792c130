"""The `warta` command line: one module a command group, each with `register(app)`."""

from __future__ import annotations

import importlib

import typer

from warta.cli.groups import eval_app

app = typer.Typer(
    name="warta",
    help="Turn news articles into structured event data: who did what to whom, when, where, and who says so.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,
)

#: Modules under warta.cli that add commands; each defines `register(app)`.
COMMAND_MODULES = ("extract", "ingest", "query", "export", "serve", "train", "eval_nlp", "eval_events", "dictionaries")

for _name in COMMAND_MODULES:
    importlib.import_module(f"warta.cli.{_name}").register(app)

app.add_typer(eval_app, name="eval")


def main() -> None:
    app()
