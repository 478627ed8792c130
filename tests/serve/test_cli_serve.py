"""`warta serve` from the command line: its address, and errors a person understands."""

from __future__ import annotations

import socket
import urllib.request

from typer.testing import CliRunner

from warta.cli import app
from warta.cli.serve import is_loopback

from .conftest import running_server

runner = CliRunner()


def test_cli_serve_prints_its_address_and_answers(hand_db):
    with running_server(hand_db) as url:
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(f"{url}/api/stats", timeout=10) as response:
            assert response.status == 200
            assert b'"articles":1' in response.read()


def test_cli_serve_without_a_database_exits_2(tmp_path):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no database at" in result.output


def test_cli_serve_on_a_busy_port_exits_2(hand_db):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", str(hand_db), "--port", str(port)])
    assert result.exit_code == 2
    assert "cannot listen on 127.0.0.1" in result.output


def test_cli_serve_knows_loopback_addresses():
    assert all(is_loopback(h) for h in ("127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "192.168.1.10", "example.org"))
