"""DuckDB access: atomic batch writes keyed by content hash, filtered reads, counts."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from warta.document import Document
from warta.ingest.reader import Reject
from warta.store.rows import TABLES, document_rows

_SCHEMA = resources.files("warta.store").joinpath("schema.sql").read_text()

#: `mode` value that lifts the default "asserted events only" filter.
ALL_MODES = "all"


@dataclass(slots=True)
class BatchResult:
    added: int = 0  # new articles stored
    skipped: int = 0  # articles already in the store (same normalised text)
    rejected: int = 0  # rejects recorded in this batch
    events: int = 0  # events of the new articles


@dataclass(slots=True)
class EventFilter:
    """Filters shared by `warta events`, exports and the API. Values only ever go in as parameters."""

    actor: str | None = None  # prefix of the source or target code: RUS matches RUSGOV
    code: str | None = None  # prefix of the CAMEO code: 04 matches 040, 041, 0411 ...
    since: date | None = None
    until: date | None = None
    mode: str = "asserted"  # or ALL_MODES
    article_id: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
            params += [self.actor.upper(), self.actor.upper()]
        if self.code:
            clauses.append("starts_with(code, ?)")
            params.append(self.code)
        if self.since:
            clauses.append("date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date <= ?")
            params.append(self.until)
        if self.mode != ALL_MODES:
            clauses.append("mode = ?")
            params.append(self.mode)
        if self.article_id:
            clauses.append("article_id = ?")
            params.append(self.article_id)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


@dataclass
class _Batch:
    rows: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in TABLES})


def reject_id(reject: Reject) -> str:
    return hashlib.sha256(f"{reject.input}\x00{reject.reason}".encode()).hexdigest()[:16]


class Store:
    """One DuckDB database. Writes are batched; each batch is one transaction."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"no database at {self.path} (create it with `warta ingest`)")
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        if not read_only:
            self.con.execute(_SCHEMA)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------------

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(set(ids))
        if not ids:
            return set()
        found = self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [ids])
        return {row[0] for row in found.fetchall()}

    def write_batch(self, documents: Sequence[Document], rejects: Sequence[Reject] = ()) -> BatchResult:
        """Store new documents and record rejects, all or nothing. Known articles are skipped."""
        batch = _Batch()
        result = BatchResult()
        seen = self.known_article_ids(d.article.id for d in documents)
        for document in documents:
            if document.article.id in seen:
                result.skipped += 1
                continue
            seen.add(document.article.id)
            for table, rows in document_rows(document).items():
                batch.rows[table].extend(rows)
            result.added += 1
            result.events += len(document.events)
        self.write_rows(batch.rows, rejects)
        result.rejected = len(rejects)
        return result

    def write_rows(self, rows: dict[str, list[dict]], rejects: Sequence[Reject] = ()) -> None:
        """Insert prepared rows and rejects in one transaction."""
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        reject_rows = [
            {"id": reject_id(r), "input": r.input, "reason": r.reason, "rejected_at": now} for r in rejects
        ]
        tables = {**rows, "rejects": reject_rows}
        self.con.begin()
        try:
            for table, table_rows in tables.items():
                if table_rows:
                    self.insert_arrow(table, pa.Table.from_pylist(table_rows))
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def write_tables(self, tables: Iterable[tuple[str, pa.Table]]) -> None:
        """Insert (table name, Arrow table) pairs in one transaction, all or nothing.

        `tables` may be a generator (e.g. reading Parquet shards one by one), so a large load
        never holds more than one shard in memory.
        """
        self.con.begin()
        try:
            for table, data in tables:
                if data.num_rows:
                    self.insert_arrow(table, data)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def all_article_ids(self) -> list[str]:
        """Every stored article id (for scale-out runs, which check them on the workers)."""
        return [row[0] for row in self.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]

    def insert_arrow(self, table: str, data: pa.Table) -> None:
        """Insert an Arrow table by column name; rows whose key exists are left as they are."""
        if table not in (*TABLES, "rejects"):
            raise ValueError(f"unknown table {table!r}")
        self.con.register("_incoming", data)
        # `table` is one of our own fixed names (checked above), never user input.
        self.con.execute(f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM _incoming")
        # Not in a `finally`: after a failed insert the transaction is aborted, unregistering would
        # raise and hide the real error; the caller's rollback drops the view with the transaction.
        self.con.unregister("_incoming")

    # --- reading -------------------------------------------------------------------------------

    def events(self, filters: EventFilter | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
        where, params = (filters or EventFilter()).where()
        sql = f"SELECT * FROM events{where} ORDER BY date, article_id, idx"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return self._dicts(sql, params)

    def count_events(self, filters: EventFilter | None = None) -> int:
        where, params = (filters or EventFilter()).where()
        return self.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]

    def rejects(self) -> list[dict]:
        return self._dicts("SELECT input, reason, rejected_at FROM rejects ORDER BY rejected_at, input", [])

    def stats(self) -> dict[str, Any]:
        """Counts of what is stored. `events` counts asserted events, `events_all` every mode."""
        count = lambda sql: self.con.execute(sql).fetchone()[0]  # noqa: E731
        modes = dict(self.con.execute("SELECT mode, count(*) FROM events GROUP BY mode ORDER BY mode").fetchall())
        languages = dict(
            self.con.execute("SELECT language, count(*) FROM articles GROUP BY language ORDER BY language").fetchall()
        )
        return {
            "articles": count("SELECT count(*) FROM articles"),
            "events": modes.get("asserted", 0),
            "events_all": sum(modes.values()),
            "quotes": count("SELECT count(*) FROM quotes"),
            "entities": count("SELECT count(*) FROM entities"),
            "places": count("SELECT count(*) FROM places"),
            "times": count("SELECT count(*) FROM times"),
            "rejects": count("SELECT count(*) FROM rejects"),
            "events_by_mode": modes,
            "articles_by_language": languages,
        }

    def _dicts(self, sql: str, params: list[Any]) -> list[dict]:
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
