"""Scale-out on Dask: the same database as a serial run, retries, failures reported, dedup."""

from __future__ import annotations

import json
import logging

import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from warta.cli import app
from warta.runner import ingest
from warta.scale import ingest_distributed
from warta.scale.worker import process_partition
from warta.store import Store

# Every column but the load timestamps.
_TABLES = {
    "articles": "* EXCLUDE (ingested_at)", "events": "*", "sentences": "*", "quotes": "*", "entities": "*",
    "places": "*", "times": "*", "rejects": "input, reason",
}  # fmt: skip


def _content(db) -> dict:
    with Store(db, read_only=True) as store:
        return {t: store.con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in _TABLES.items()}


def _stats(db) -> dict:
    result = CliRunner().invoke(app, ["stats", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_scale_workers_2_same_as_serial(copies, tmp_path):
    serial, distributed = tmp_path / "serial.duckdb", tmp_path / "distributed.duckdb"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(copies), "--db", str(serial)]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(copies), "--db", str(distributed), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "4/4" in result.output and "articles added" in result.output  # progress and summary
    stats = _stats(distributed)
    assert stats == _stats(serial)
    assert stats["articles"] == 4 and stats["articles_by_language"] == {"id": 4}
    expected = _content(serial)
    for table, rows in _content(distributed).items():  # every row, not only the counts
        assert rows == expected[table], table
    assert not list(tmp_path.glob(".warta-shards-*"))  # shards cleaned up


# --- on one in-process cluster: dedup, retries, failures ---------------------------------------


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:  # fmt: skip
        yield client


_ATTEMPTS: dict[int, int] = {}


def flaky_partition(number, files, known, shard_dir):
    """Fails the first attempt at partition 1, as a worker lost mid-task would."""
    _ATTEMPTS[number] = _ATTEMPTS.get(number, 0) + 1
    if number == 1 and _ATTEMPTS[number] == 1:
        raise OSError("worker lost")
    return process_partition(number, files, known, shard_dir)


def broken_partition(number, files, known, shard_dir):
    if any("copy-2" in name for name, _ in files):
        raise RuntimeError("disk full")
    return process_partition(number, files, known, shard_dir)


def test_scale_failed_partition_is_retried(client, copies, tmp_path):
    _ATTEMPTS.clear()
    with Store(tmp_path / "db.duckdb") as store:
        summary = ingest_distributed([copies], store, client=client, size=1, task=flaky_partition)
        assert _ATTEMPTS[1] == 2 and not summary.failed
        assert (summary.added, summary.partitions, store.stats()["articles"]) == (4, 4, 4)


def test_scale_failed_partition_is_reported_and_the_rest_kept(client, copies, tmp_path):
    done: list[int] = []
    with Store(tmp_path / "db.duckdb") as store:
        summary = ingest_distributed([copies], store, client=client, size=1, retries=0, task=broken_partition,
                                     on_partition=done.append)  # fmt: skip
        assert [number for number, _ in summary.failed] == [1]
        assert summary.failed[0][1] == "partition failed: RuntimeError: disk full"
        assert (summary.added, summary.rejected, sum(done)) == (3, 1, 4)
        rejects = store.rejects()
        assert [r["input"].rsplit("/", 1)[-1] for r in rejects] == ["copy-2.id.txt"]
        # A re-run with nothing broken stores the missing article only.
        again = ingest_distributed([copies], store, client=client, size=1)
        assert (again.added, again.skipped, store.stats()["articles"]) == (1, 3, 4)


def test_scale_stored_articles_are_not_processed_again(client, copies, tmp_path):
    with Store(tmp_path / "db.duckdb") as store:
        ingest([copies / "copy-1.id.txt", copies / "copy-3.id.txt"], store)  # serial first
        summary = ingest_distributed([copies, copies / "copy-4.id.txt"], store, client=client, size=2)
        # copy-1 and copy-3 known before the run; copy-4 given twice: the second copy skipped at load.
        assert (summary.read, summary.added, summary.skipped) == (5, 2, 3)
        assert summary.words > 0 and summary.seconds["language"] > 0
        assert store.stats()["articles"] == 4


def test_scale_cli_scheduler_uses_an_existing_cluster(client, copies, tmp_path):
    db = tmp_path / "db.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(copies), "--db", str(db), "--scheduler", client.scheduler.address,
                                      "--partition-size", "3"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert client.scheduler.address in result.output
    assert _stats(db)["articles"] == 4
