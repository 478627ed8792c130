"""`warta dictionaries import`: read another coder's dictionaries (PETRARCH's) into warta's formats."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warta.cli.common import console

dictionaries_app = typer.Typer(
    help="Use other coders' dictionaries: [bold]warta dictionaries import[/] reads PETRARCH's.",
    no_args_is_help=True,
)


@dictionaries_app.command("import")
def import_petrarch(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write verbs.yaml, agents.yaml, actors/ and discards.yaml into.")],
    verbs: Annotated[Path | None, typer.Option("--verbs", help="PETRARCH verb dictionary (e.g. CAMEO.2.0.txt).")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="PETRARCH actor dictionary; repeatable.")] = None,
    agents: Annotated[Path | None, typer.Option("--agents", help="PETRARCH agent dictionary.")] = None,
    discards: Annotated[Path | None, typer.Option("--discards", help="PETRARCH discard dictionary.")] = None,
    curation: Annotated[Path | None, typer.Option("--curation", help="YAML of hand corrections (drop:, replace:) over the generated verbs.")] = None,
    ontology: Annotated[Path | None, typer.Option("--ontology", help="PETRARCH's internal coding ontology: the codes of negated events.")] = None,
) -> None:
    """Convert PETRARCH dictionaries into a folder warta's coder reads, and report what did not convert.

    [bold]Examples[/]

      warta dictionaries import --verbs CAMEO.2.0.txt --agents Phoenix.agents.txt --out my-dicts/

      warta dictionaries import --verbs PETR_Validate_verbs_2_02.txt --actors PETR_Validate_actors_2_02.txt --out v/
    """
    from warta.coding.cameo import default_table
    from warta.dictionaries.petrarch import Sources, import_dictionaries

    sources = Sources(verbs, tuple(actors or ()), agents, discards, curation, ontology)
    command = "warta dictionaries import " + " ".join(
        f"--{flag} {path}" for flag, path in (("verbs", verbs), ("agents", agents), ("discards", discards), ("curation", curation), ("ontology", ontology))
        if path
    ) + f" --out {out}"
    report = import_dictionaries(sources, out, default_table(), command)
    for line in report.lines():
        console.print(line, highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(dictionaries_app, name="dictionaries")
