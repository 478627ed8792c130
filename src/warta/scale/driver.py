"""The driver of a scale-out run: partition the inputs, run the partitions on Dask, load the shards.

The load is one transaction over every shard, in partition order (a partition is loaded as soon
as it and those before it are done), and skips what a serial run would skip (articles already
stored, a second copy of an article within the run), so the database ends up as a serial
`warta ingest` would leave it.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from warta.ingest import Reject, iter_files
from warta.runner import IngestSummary, _reason_kind
from warta.scale.partitions import partition, partition_size
from warta.scale.worker import PipelinePlugin, known_ids_array, process_partition
from warta.store import Store
from warta.store.database import reject_id
from warta.store.rows import TABLES

log = logging.getLogger(__name__)

#: Attempts after the first for a partition whose task fails (a worker crash, a full disk...).
DEFAULT_RETRIES = 2


@dataclass
class ScaleSummary(IngestSummary):
    """The serial summary plus what a cluster run adds: failures, timings, per-worker figures."""

    partitions: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)  # (partition number, error)
    workers: int = 0
    startup_seconds: float = 0.0  # cluster up and every worker's pipeline loaded
    run_seconds: float = 0.0  # from the first task submitted to the last shard loaded
    words: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # by stage, over workers
    peak_rss: dict[str, int] = field(default_factory=dict)  # worker → bytes


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None, processes: bool = True):
    """A client of an existing scheduler, or of a local cluster of `workers` one-thread processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise RuntimeError("scale-out needs Dask: pip install 'warta[scale]'") from error
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=processes,
                           dashboard_address=None, silence_logs=logging.ERROR)  # fmt: skip
    with cluster, Client(cluster) as client:
        yield client


def ingest_distributed(
    paths: Iterable[str | Path],
    store: Store,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    client=None,
    size: int | None = None,
    shard_dir: str | Path | None = None,
    retries: int = DEFAULT_RETRIES,
    on_partition: Callable[[int], None] | None = None,
    task: Callable = process_partition,
    processes: bool = True,
    skip: Collection[Path] = (),
) -> ScaleSummary:
    """Ingest files and folders on a Dask cluster; the store ends up as after a serial run.

    `client` (an open Dask client) wins over `scheduler` (an address) over `workers` (a local
    cluster). `on_partition(files)` is called as each partition finishes, for progress.
    A partition that still fails after `retries` is reported: its files are recorded as
    rejects and the other partitions are stored. `skip`: files a folder walk passes over.
    """
    summary = ScaleSummary()
    files, missing = [], []
    for item in iter_files(paths, skip):
        (missing if isinstance(item, Reject) else files).append(item)
    started = time.perf_counter()
    if client is not None:
        return _run(client, files, missing, store, summary, started, size, shard_dir, retries, on_partition, task)
    with dask_client(workers, scheduler, processes) as own_client:
        return _run(own_client, files, missing, store, summary, started, size, shard_dir, retries, on_partition, task)


def _run(client, files, missing, store, summary, started, size, shard_dir, retries, on_partition, task):
    client.register_plugin(PipelinePlugin())
    summary.workers = len(client.scheduler_info()["workers"])
    summary.startup_seconds = time.perf_counter() - started
    run_started = time.perf_counter()
    parts = partition(files, size or partition_size(len(files), summary.workers))
    summary.partitions = len(parts)
    root = Path(shard_dir) if shard_dir else Path(tempfile.mkdtemp(prefix=".warta-shards-", dir=store.path.parent))
    run_dir = root / uuid.uuid4().hex[:12]
    try:
        known = client.scatter(known_ids_array(store.all_article_ids()), broadcast=True)
        futures = {
            client.submit(task, number, part, known, str(run_dir), retries=retries, pure=False,
                          key=f"warta-partition-{run_dir.name}-{number}"): number
            for number, part in enumerate(parts)
        }  # fmt: skip
        # One transaction, open while the partitions run: each is loaded as soon as it and
        # every partition before it are done, so the driver loads while the workers code.
        store.write_tables(_in_order(_completed(futures, parts, summary, on_partition), store, missing, summary))
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)
        if not shard_dir:
            shutil.rmtree(root, ignore_errors=True)
    summary.run_seconds = time.perf_counter() - run_started
    return summary


def _completed(futures: dict, parts: list, summary: ScaleSummary, on_partition) -> Iterator[tuple[int, dict | list]]:
    """(partition number, its result) as tasks finish; a failed partition's result is its rejects."""
    from distributed import as_completed

    for future in as_completed(list(futures)):
        number = futures[future]
        try:
            result = future.result()
        except Exception as error:  # the partition failed on every attempt: report it, keep the rest
            reason = f"partition failed: {type(error).__name__}: {error}"
            log.error("partition %d (%d files) failed: %s", number, len(parts[number]), reason)
            summary.failed.append((number, reason))
            result = [Reject(display, reason) for display, _ in parts[number]]
        else:
            summary.read += result["read"]
            summary.skipped += result["skipped"]
            summary.words += result["words"]
            summary.reasons.update(result["reasons"])
            summary.rejected += result["rejected"]
            for stage, seconds in result["seconds"].items():
                summary.seconds[stage] += seconds
            summary.peak_rss[result["worker"]] = max(summary.peak_rss.get(result["worker"], 0), result["peak_rss"])
        finally:
            future.release()
        if on_partition:
            on_partition(len(parts[number]))
        yield number, result


def _in_order(completed, store: Store, missing: list[Reject], summary: ScaleSummary):
    """(table, rows) pairs of each partition in partition order, then the rejects of failed ones."""
    waiting: dict[int, dict | list] = {}
    rejects = list(missing)
    following = 0
    for number, result in completed:
        waiting[number] = result
        while following in waiting:
            result = waiting.pop(following)
            if isinstance(result, list):
                rejects += result
            else:
                yield from _timed(_partition_tables(store, result, summary), summary)
                shutil.rmtree(result["folder"], ignore_errors=True)  # loaded: free the disk now
            following += 1
    if rejects:
        summary.read += len(rejects)
        summary.rejected += len(rejects)
        summary.reasons.update(_reason_kind(r.reason) for r in rejects)
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        yield "rejects", pa.Table.from_pylist(
            [{"id": reject_id(r), "input": r.input, "reason": r.reason, "rejected_at": now} for r in rejects]
        )


def _timed(pairs: Iterator, summary: ScaleSummary) -> Iterator:
    """Pass pairs on, adding the time spent making and inserting them to the store stage."""
    started = time.perf_counter()
    for pair in pairs:
        yield pair
    summary.seconds["store"] += time.perf_counter() - started


def _partition_tables(store: Store, result: dict, summary: ScaleSummary) -> Iterator[tuple[str, pa.Table]]:
    """A partition's shards, less the articles stored already (before or earlier in this run)."""
    shards = result["shards"]
    if "articles" in shards:
        articles = pq.read_table(shards["articles"])
        ids = articles["id"].to_pylist()
        stored = store.known_article_ids(ids)  # sees this transaction's own inserts too
        keep = [i not in stored and not stored.add(i) for i in ids]  # the first copy wins, as in a serial run
        new_ids = pa.array([i for i, k in zip(ids, keep) if k], pa.string())
        summary.skipped += keep.count(False)
        summary.added += len(new_ids)
        yield "articles", articles.filter(pa.array(keep, pa.bool_()))
        for table in TABLES:
            if table != "articles" and table in shards:
                data = pq.read_table(shards[table])
                data = data.filter(pc.is_in(data["article_id"], value_set=new_ids))
                if table == "events":
                    summary.events += data.num_rows
                yield table, data
    if "rejects" in shards:
        yield "rejects", pq.read_table(shards["rejects"])
