"""`warta serve`: the dashboard and REST API over a database, read-only."""

from __future__ import annotations

import ipaddress
import socket
from typing import Annotated

import typer

from warta.cli.common import DEFAULT_DB, DbOption, err_console, fail, safe
from warta.store import StoreError

LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[
        str,
        typer.Option(
            help="Address to listen on. Loopback by default: only this machine can connect."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the dashboard and the REST API (under /api) for a database, opened read-only.

    The OpenAPI schema is at /api/openapi.json. Stop with Ctrl+C.

    [bold]Examples[/]

      warta serve --db warta.duckdb

      warta serve --db warta.duckdb --port 8080
    """
    import uvicorn

    from warta.serve import create_app
    from warta.serve.security import LOOPBACK_HOSTS

    loopback = is_loopback(host)
    try:
        # On loopback, requests naming another host are refused (DNS rebinding).
        app = create_app(db, allowed_hosts=[*LOOPBACK_HOSTS, host] if loopback else None)
    except StoreError as error:  # no database, not a database (an ingest writing is no error)
        raise fail(str(error)) from None
    if not loopback:
        err_console.print(
            f"[yellow]warning:[/] listening on {safe(host)}: other machines can read this database"
        )
    try:
        sock = bind(host, port)
    except OSError as error:
        raise fail(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    shown = f"[{host}]" if ":" in host else host
    bound = sock.getsockname()[1]
    print(
        f"warta: serving {db} at http://{shown}:{bound}/  (API under /api; Ctrl+C stops)",
        flush=True,
    )
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[sock])


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, bound before the address is printed (port 0 picks a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host.strip("[]"), port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def register(app: typer.Typer) -> None:
    app.command()(serve)
