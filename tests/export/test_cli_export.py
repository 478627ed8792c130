from __future__ import annotations

from typer.testing import CliRunner

from warta.cli import app


def test_cli_export_gdelt_with_filters(export_db, tmp_path):
    out = tmp_path / "rus.CSV"
    result = CliRunner().invoke(app, ["export", "--db", str(export_db), "--format", "gdelt", "--actor", "RUS",
                                      "--since", "2022-03-01", "--output", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "exported 1 event" in result.output
    assert out.read_text().split("\t")[26] == "190"


def test_cli_export_all_modes(export_db, tmp_path):
    out = tmp_path / "all.jsonl"
    result = CliRunner().invoke(app, ["export", "--db", str(export_db), "-f", "jsonl", "--all-modes", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 5


def test_cli_export_missing_db(tmp_path):
    result = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "none.duckdb"), "-f", "csv", "-o", "x.csv"])
    assert result.exit_code == 2
