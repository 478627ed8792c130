"""Command groups shared by several modules (so each module only adds its own command)."""

import typer

eval_app = typer.Typer(
    help="Measure warta against gold data: [bold]warta eval nlp[/], [bold]warta eval events[/].",
    no_args_is_help=True,
)
