"""What runs on a Dask worker: the per-process pipeline, and the task that codes one partition.

Each worker process loads the Reader and the Pipeline once (`worker_state`); the plugin does it
when the worker starts, so model loading is start-up, not the first task's time.
"""

from __future__ import annotations

import os
import resource
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from warta.document import Article
from warta.ingest import Reader, Reject
from warta.lang import SUPPORTED_LANGUAGES
from warta.pipeline import Pipeline
from warta.runner import _reason_kind, process_item
from warta.store.database import reject_id
from warta.store.rows import TABLES, document_rows

try:  # the plugin base class; the task itself needs no Dask
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - the scale extra is not installed
    WorkerPlugin = object  # type: ignore[misc,assignment]


@dataclass
class WorkerState:
    reader: Reader
    pipeline: Pipeline
    started: float = field(default_factory=time.perf_counter)


_STATE: WorkerState | None = None


def worker_state() -> WorkerState:
    """This process's Reader and Pipeline, made on first use and kept."""
    global _STATE
    if _STATE is None:
        _STATE = WorkerState(reader=Reader(), pipeline=Pipeline())
    return _STATE


class PipelinePlugin(WorkerPlugin):
    """Loads the reader and every language's pipeline when a worker starts."""

    name = "warta-pipeline"

    def __init__(self, languages: tuple[str, ...] = SUPPORTED_LANGUAGES) -> None:
        self.languages = languages

    def setup(self, worker: Any = None) -> None:
        state = worker_state()
        for language in self.languages:
            state.pipeline.stages(language)


def id_number(article_id: str) -> int:
    return int(article_id, 16)


def known_ids_array(ids: list[str]) -> np.ndarray:
    """Stored article ids as a sorted uint64 array: 8 bytes an article to ship to every worker."""
    return np.sort(np.fromiter((id_number(i) for i in ids), dtype=np.uint64, count=len(ids)))


def _is_known(known: np.ndarray, article_id: str) -> bool:
    if not len(known):
        return False
    value = np.uint64(id_number(article_id))
    position = int(np.searchsorted(known, value))
    return position < len(known) and known[position] == value


def _renamed(item: Article | Reject, real: str, display: str) -> Article | Reject:
    """Give an item the input name as the user wrote it (workers read the absolute path)."""
    if isinstance(item, Reject):
        name = item.input
        return Reject(display + name[len(real):], item.reason) if name.startswith(real) else item
    if item.source and item.source.startswith(real):
        item.source = display + item.source[len(real):]
    return item


def process_partition(number: int, files: list[tuple[str, str]], known: np.ndarray, shard_dir: str) -> dict:
    """Read, code and store one partition as Parquet shards; returns counts, timings and shard paths.

    Articles whose id is in `known` (already stored) are counted and left alone.
    """
    state = worker_state()
    seconds: dict[str, float] = defaultdict(float)
    before = dict(state.pipeline.seconds)
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    rejects: list[Reject] = []
    counts = Counter()
    for display, real in files:
        started = time.perf_counter()
        items = [_renamed(item, real, display) for item in state.reader.read_path(Path(real))]
        seconds["ingest"] += time.perf_counter() - started
        for item in items:
            counts["read"] += 1
            if isinstance(item, Article) and _is_known(known, item.id):
                counts["skipped"] += 1
                continue
            result = process_item(item, state.pipeline)
            if isinstance(result, Reject):
                rejects.append(result)
                continue
            started = time.perf_counter()
            for table, table_rows in document_rows(result).items():
                rows[table].extend(table_rows)
            seconds["store"] += time.perf_counter() - started
            counts["articles"] += 1
            counts["words"] += len(result.article.text.split())
    for stage, total in state.pipeline.seconds.items():
        seconds[stage] += total - before.get(stage, 0.0)
    started = time.perf_counter()
    shards = write_shards(Path(shard_dir) / f"part-{number:06d}", rows, rejects)
    seconds["store"] += time.perf_counter() - started
    return {
        "number": number, "files": len(files), "read": counts["read"], "skipped": counts["skipped"],
        "articles": counts["articles"], "words": counts["words"], "rejected": len(rejects),
        "reasons": Counter(_reason_kind(r.reason) for r in rejects), "shards": shards,
        "seconds": dict(seconds), "worker": f"{os.uname().nodename}:{os.getpid()}",
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }  # fmt: skip


def write_shards(folder: Path, rows: dict[str, list[dict]], rejects: list[Reject]) -> dict[str, str]:
    """One Parquet file a non-empty table; written under a temporary name, then renamed."""
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    tables = {**rows, "rejects": [{"id": reject_id(r), "input": r.input, "reason": r.reason, "rejected_at": now}
                                  for r in rejects]}  # fmt: skip
    shards = {}
    for table, table_rows in tables.items():
        if not table_rows:
            continue
        path = folder / f"{table}.parquet"
        partial = path.with_suffix(".parquet.partial")
        pq.write_table(pa.Table.from_pylist(table_rows), partial)
        partial.replace(path)
        shards[table] = str(path)
    return shards
