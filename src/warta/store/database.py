"""DuckDB access: atomic batch writes keyed by content hash, filtered reads, counts."""

from __future__ import annotations

import hashlib
import re
import time
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
#: How long to wait between two tries to open a database another process has locked.
_LOCK_RETRY_SECONDS = 0.1


class StoreError(Exception):
    """The database cannot be opened or used; the message is one line a person understands."""


class MissingDatabase(StoreError, FileNotFoundError):
    """A read-only open of a database that does not exist."""


class DatabaseBusy(StoreError):
    """Another process holds the database's lock (an ingest writing, or readers while we write)."""


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
    """One DuckDB database. Writes are batched; each batch is one transaction.

    DuckDB lets one process write a file, or several read it, never both at once. A long run
    therefore calls `release()` between batches: the connection closes, other processes (the
    dashboard) can read, and the next use of `con` opens it again, waiting up to
    `lock_timeout` seconds for the lock. Opening raises StoreError with a one-line reason.
    """

    def __init__(self, path: str | Path, read_only: bool = False, lock_timeout: float = 0.0) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.lock_timeout = lock_timeout
        if read_only and not self.path.exists():
            raise MissingDatabase(f"no database at {self.path} (create it with `warta ingest`)")
        self._con: duckdb.DuckDBPyConnection | None = None
        self._connect()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._connect()
        return self._con

    def _connect(self) -> None:
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=self.read_only)
            except duckdb.Error as error:
                if not _is_lock_conflict(error):
                    raise StoreError(readable_error(error, self.path)) from None
                if time.monotonic() >= deadline:
                    raise DatabaseBusy(
                        f"the database {self.path} is in use by another process (an ingest, or a reader "
                        f"while writing); waited {self.lock_timeout:g} s"
                    ) from None
                time.sleep(_LOCK_RETRY_SECONDS)
                continue
            break
        try:
            if not self.read_only:
                con.execute(_SCHEMA)
        except duckdb.Error as error:
            con.close()
            raise StoreError(readable_error(error, self.path)) from None
        self._con = con

    def release(self) -> None:
        """Close the connection until the next use, so other processes can open the file."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def close(self) -> None:
        self.release()

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

    def write_batch(
        self, documents: Sequence[Document], rejects: Sequence[Reject] = (), cleared: Iterable[str] = ()
    ) -> BatchResult:
        """Store new documents and record rejects, all or nothing. Known articles are skipped.

        `cleared` names inputs now read without fault (the fixed file, stored): their old
        rejects are removed in the same transaction.
        """
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
        self.write_rows(batch.rows, rejects, cleared)
        result.rejected = len(rejects)
        return result

    def write_rows(
        self, rows: dict[str, list[dict]], rejects: Sequence[Reject] = (), cleared: Iterable[str] = ()
    ) -> None:
        """Insert prepared rows and rejects in one transaction.

        An input has one current reject: a new reason for it replaces the old one, and an input
        in `cleared` loses its reject.
        """
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        reject_rows = [
            {"id": reject_id(r), "input": r.input, "reason": r.reason, "rejected_at": now} for r in rejects
        ]
        tables = {**rows, "rejects": reject_rows}
        stale = sorted({*cleared, *(r.input for r in rejects)})
        self.con.begin()
        try:
            if stale:
                self.con.execute("DELETE FROM rejects WHERE list_contains(?, input)", [stale])
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


def _is_lock_conflict(error: duckdb.Error) -> bool:
    return "Conflicting lock" in str(error) or "Could not set lock" in str(error)


def readable_error(error: duckdb.Error, path: Path) -> str:
    """DuckDB's error as one line about the database file, without DuckDB's prefix."""
    message = re.sub(r"^[A-Za-z ]+Error: ", "", str(error).splitlines()[0] if str(error) else type(error).__name__)
    if "not a valid DuckDB database file" in message:
        return f"{path} is not a DuckDB database (pass another --db, or a new file name to create one)"
    if "Is a directory" in message:
        return f"{path} is a folder, not a database file"
    if "No such file or directory" in message:
        return f"cannot create the database {path}: its folder does not exist"
    if "No space left" in message:
        return f"cannot write the database {path}: the disk is full"
    return f"cannot use the database {path}: {message}"
