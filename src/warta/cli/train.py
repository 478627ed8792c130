"""`warta train id|en`: train a language's pipeline from public data (needs a source checkout)."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.common import err_console

#: training/ in a source checkout: src/warta/cli/train.py → repository root.
TRAINING = Path(__file__).resolve().parents[3] / "training" / "train.py"
#: The languages training/train.py has a recipe for.
LANGUAGES = ("id", "en")


def register(app: typer.Typer) -> None:
    app.command()(train)


def train(
    language: Annotated[str, typer.Argument(help="The language to train: id or en.")],
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (holds ud/ and ner/).")] = Path("../shared/data"),
    work: Annotated[Path | None, typer.Option("--work", help="Where corpora and checkpoints go (default: a temp folder).")] = None,
    steps: Annotated[
        str,
        typer.Option("--steps", help="Comma-separated, in order: prepare,pretrain,ud,ner,joint,assemble (en has no pretrain, id no joint)."),
    ] = "prepare,pretrain,ud,ner,joint,assemble",
    max_steps: Annotated[int | None, typer.Option("--max-steps", help="Cap on training updates per model.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Where the pipeline goes (default: the package's model folder).")] = None,
) -> None:
    """Train the pipeline from the corpora in [bold]--data[/] and install it into the package.

    [bold]Examples[/]

      warta train id --data ../shared/data
      warta train en --data ../shared/data --work /tmp/warta-en
    """
    if language not in LANGUAGES:
        err_console.print(f"[red]error:[/] only {', '.join(repr(l) for l in LANGUAGES)} can be trained (got {language!r})")
        raise typer.Exit(2)
    if not TRAINING.exists():
        err_console.print(f"[red]error:[/] {TRAINING} not found: training needs a source checkout of warta")
        raise typer.Exit(2)
    if not (data / "ud").is_dir():
        err_console.print(f"[red]error:[/] {data / 'ud'} not found: is --data the shared data folder?")
        raise typer.Exit(2)
    argv = [str(data), "--language", language, "--steps", steps]
    if work:
        argv += ["--work", str(work)]
    if max_steps:
        argv += ["--max-steps", str(max_steps)]
    if out:
        argv += ["--out", str(out)]
    sys.argv = [str(TRAINING), *argv]
    runpy.run_path(str(TRAINING), run_name="__main__")
