"""The SQL every export starts from: the filtered events, each joined with its article.

`EventFilter.where()` names bare event columns, so the filter is applied inside the `selected`
CTE, before any join makes `date` ambiguous. Values only ever go in as parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from warta.store import EventFilter, Store

#: The end of an article's lead paragraph: from the dateline (or the top), short lines with no
#: sentence punctuation (a date line, a title), then the first line that is a paragraph.
#: Events that start before it are "root" events.
_LEAD_END = (
    "coalesce(a.dateline_start, 0) + length(regexp_extract("
    "substr(a.text, coalesce(a.dateline_start, 0) + 1), '^((?:[^\\n.!?]{0,100}\\n)*[^\\n]*)', 1))"
)
#: GDELT's "source": the host of the URL; for local files, the folder they were read from.
_SOURCE_NAME = (
    "CASE WHEN a.url IS NOT NULL THEN regexp_extract(a.url, '^[A-Za-z]+://(?:www\\.)?([^/:?#]+)', 1) "
    "ELSE regexp_replace(regexp_replace(coalesce(a.source, ''), ':[0-9]+$', ''), '/?[^/]*$', '') END"
)


def mentions_sql(filters: EventFilter) -> tuple[str, list[Any]]:
    """A `WITH ... mentions AS (...)` prefix: one row per selected event, with article fields.

    Adds: article_url, article_title, article_date, article_language, article_source, ingested_at,
    doc_len, event_date (the event's date, else the article's), source_name, in_lead,
    sentence_text and the article's dateline place.
    """
    where, params = filters.where()
    sql = f"""
WITH selected AS (SELECT * FROM events{where}),
mentions AS (
    SELECT e.*, a.url AS article_url, a.title AS article_title, a.date AS article_date,
           a.language AS article_language, a.source AS article_source, a.ingested_at,
           length(a.text) AS doc_len, coalesce(e.date, a.date) AS event_date,
           {_SOURCE_NAME} AS source_name, e.start < {_LEAD_END} AS in_lead,
           s.text AS sentence_text,
           a.dateline_text, a.dateline_place, a.dateline_country, a.dateline_lat, a.dateline_lon,
           a.dateline_geonameid
    FROM selected e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence
)
"""
    return sql, params


def iter_dicts(store: Store, sql: str, params: list[Any], batch_rows: int = 10_000) -> Iterator[dict]:
    """Rows of a query as dicts, fetched in batches so a large export stays in bounded memory."""
    cursor = store.con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(batch_rows):
        for row in rows:
            yield dict(zip(names, row))


#: The flat event rows of the jsonl, csv and parquet exports: the store's event columns plus
#: the article's URL, title, date and language.
FLAT_COLUMNS = "e.*, a.url AS article_url, a.title AS article_title, a.date AS article_date, " \
    "a.language AS article_language"


def flat_events_sql(filters: EventFilter, extra: str = "") -> tuple[str, list[Any]]:
    where, params = filters.where()
    sql = (
        f"WITH selected AS (SELECT * FROM events{where}) "
        f"SELECT {FLAT_COLUMNS}{extra} FROM selected e JOIN articles a ON a.id = e.article_id "
        "ORDER BY e.date NULLS LAST, e.article_id, e.idx"
    )
    return sql, params


def copy(store: Store, sql: str, params: list[Any], output: str, options: str) -> None:
    """DuckDB's COPY of a query to a file or folder; `options` is one of our fixed option strings."""
    store.con.execute(f"COPY ({sql}) TO ? ({options})", [*params, output])


def count(store: Store, sql: str, params: list[Any]) -> int:
    return store.con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]


def write_lines(store: Store, sql: str, params: list[Any], output: Path, line: Callable[[dict], str | None]) -> int:
    """Write `line(row)` for each row of a query (rows it maps to None are left out); returns the lines written."""
    written = 0
    with output.open("w", encoding="utf-8", newline="\n") as handle:
        for row in iter_dicts(store, sql, params):
            text = line(row)
            if text is not None:
                handle.write(text + "\n")
                written += 1
    return written
