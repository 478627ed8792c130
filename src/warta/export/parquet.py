"""`parquet`: a folder with one Parquet file per table (events, articles, sentences, quotes, ...).

Only the selected events and their articles (with those articles' other records) are written.
Large exports are partitioned by event month: `events/month=2022-02/data_0.parquet`; the other
tables by the month of their article's date.
"""

from __future__ import annotations

from pathlib import Path

from warta.export.query import copy, count, flat_events_sql
from warta.store import EventFilter, Store
from warta.store.rows import TABLES

#: Above this many events an export is partitioned by month unless told otherwise.
PARTITION_THRESHOLD = 1_000_000
_MONTH = "coalesce(strftime({date}, '%Y-%m'), 'unknown') AS month"


def write(store: Store, filters: EventFilter, output: Path, partition: bool | None = None) -> int:
    """Write the folder; `partition` None decides by size. Returns the number of events."""
    output.mkdir(parents=True, exist_ok=True)
    sql, params = flat_events_sql(filters)
    total = count(store, sql, params)
    if partition is None:
        partition = total > PARTITION_THRESHOLD
    where, where_params = filters.where()
    article_ids = f"SELECT DISTINCT article_id FROM events{where}"
    for table in TABLES:
        if table == "events":
            table_sql, table_params = flat_events_sql(filters, extra=", " + _MONTH.format(date="e.date"))
        elif table == "articles":
            table_sql = f"SELECT t.*, {_MONTH.format(date='t.date')} FROM articles t WHERE t.id IN ({article_ids})"
            table_params = where_params
        else:
            table_sql = (
                f"SELECT t.*, {_MONTH.format(date='a.date')} FROM {table} t JOIN articles a ON a.id = t.article_id "
                f"WHERE t.article_id IN ({article_ids}) ORDER BY t.article_id, t.idx"
            )
            table_params = where_params
        if partition:
            copy(store, table_sql, table_params, str(output / table),
                 "FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE")  # fmt: skip
        else:
            copy(store, f"SELECT * EXCLUDE (month) FROM ({table_sql})", table_params,
                 str(output / f"{table}.parquet"), "FORMAT parquet")  # fmt: skip
    return total
