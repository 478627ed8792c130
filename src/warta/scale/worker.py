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
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from warta.document import Article, Document
from warta.ingest import Reader, Reject
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


#: Languages whose pipeline a worker loads at start; others load on their first article
#: (a corpus without English pays neither the time nor the memory of the English models).
DEFAULT_WARM = ("id",)


class PipelinePlugin(WorkerPlugin):
    """Loads the reader and the main languages' pipelines when a worker starts."""

    name = "warta-pipeline"

    def __init__(self, languages: tuple[str, ...] = DEFAULT_WARM) -> None:
        self.languages = languages

    def setup(self, worker: Any = None) -> None:
        state = worker_state()
        state.reader.languages.identify("Presiden Indonesia bertemu para menteri di Jakarta.")  # loads fastText
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


@cache
def store_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of each store table, from the store's own schema.sql."""
    con = duckdb.connect()
    con.execute(resources.files("warta.store").joinpath("schema.sql").read_text("utf-8"))
    return {t: con.sql(f"SELECT * FROM {t} LIMIT 0").to_arrow_table().schema for t in (*TABLES, "rejects")}


def typed_table(table: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table of the store's column types; raises if a value does not fit (a bad date...)."""
    schema = store_schemas()[table]
    return pa.table([pa.array([row.get(f.name) for row in rows]).cast(f.type) for f in schema], schema=schema)


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
    documents: list[tuple[Document, dict[str, list[dict]]]] = []
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
            documents.append((result, document_rows(result)))
            seconds["store"] += time.perf_counter() - started
    for stage, total in state.pipeline.seconds.items():
        seconds[stage] += total - before.get(stage, 0.0)
    started = time.perf_counter()
    tables, unstorable = typed_tables(documents)
    rejects += unstorable
    folder = Path(shard_dir) / f"part-{number:06d}"
    shards = write_shards(folder, tables, rejects)
    seconds["store"] += time.perf_counter() - started
    stored = len(documents) - len(unstorable)
    return {
        "number": number, "files": len(files), "read": counts["read"], "skipped": counts["skipped"],
        "articles": stored, "words": sum(len(d.article.text.split()) for d, _ in documents),
        "rejected": len(rejects), "reasons": Counter(_reason_kind(r.reason) for r in rejects),
        "shards": shards, "folder": str(folder),
        "seconds": dict(seconds), "worker": f"{os.uname().nodename}:{os.getpid()}",
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }  # fmt: skip


_TYPE_ERRORS = (pa.ArrowInvalid, pa.ArrowTypeError, ValueError, TypeError)


def typed_tables(documents: list[tuple[Document, dict[str, list[dict]]]]) -> tuple[dict[str, pa.Table], list[Reject]]:
    """The partition's rows as typed tables, and a Reject for each article a value of which does not fit.

    Typed all at once; only if that fails, article by article, so one bad value (a date "2021" in
    a DATE column) rejects its article instead of failing the load of the whole run.
    """
    try:
        return _typed(rows for _, rows in documents), []
    except _TYPE_ERRORS:
        pass
    good, rejects = [], []
    for document, rows in documents:
        try:
            _typed([rows])
        except _TYPE_ERRORS as error:
            source = document.article.source or document.article.id
            rejects.append(Reject(source, f"cannot be stored: {type(error).__name__}: {error}"))
        else:
            good.append(rows)
    return _typed(good), rejects


def _typed(documents_rows) -> dict[str, pa.Table]:
    merged: dict[str, list[dict]] = {table: [] for table in TABLES}
    for rows in documents_rows:
        for table, table_rows in rows.items():
            merged[table].extend(table_rows)
    return {table: typed_table(table, rows) for table, rows in merged.items() if rows}


def write_shards(folder: Path, tables: dict[str, pa.Table], rejects: list[Reject]) -> dict[str, str]:
    """One Parquet file a non-empty table; written under a temporary name, then renamed."""
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    reject_rows = [{"id": reject_id(r), "input": r.input, "reason": r.reason, "rejected_at": now} for r in rejects]
    if reject_rows:
        tables = {**tables, "rejects": typed_table("rejects", reject_rows)}
    shards = {}
    for table, data in tables.items():
        path = folder / f"{table}.parquet"
        partial = path.with_suffix(".parquet.partial")
        pq.write_table(data, partial)
        partial.replace(path)
        shards[table] = str(path)
    return shards
