"""`csv`: the jsonl export's columns as comma-separated values with a header (types in docs/exports.md)."""

from __future__ import annotations

from pathlib import Path

from warta.export.query import copy, count, flat_events_sql
from warta.store import EventFilter, Store

#: A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...) in a
#: title scraped from the web); such text cells get a leading ' so they show as text (OWASP).
FORMULA_STARTS = "=+-@\t\r"


def write(store: Store, filters: EventFilter, output: Path) -> int:
    sql, params = flat_events_sql(filters)
    # Every text value quoted: CAMEO codes such as "041" must not read back as numbers.
    copy(store, inert_text_sql(store, sql, params), params, str(output), "FORMAT csv, HEADER true, FORCE_QUOTE *")
    return count(store, sql, params)


def inert_text_sql(store: Store, sql: str, params: list) -> str:
    """The query with each text column's formula-like values prefixed with '."""
    columns = store.con.execute(f"SELECT * FROM ({sql}) LIMIT 0", params).description
    return f"SELECT {', '.join(_cell(name, str(kind)) for name, kind, *_ in columns)} FROM ({sql})"


def _cell(name: str, kind: str) -> str:
    column = '"' + name.replace('"', '""') + '"'  # a column name of our own query, quoted as SQL wants
    if kind != "VARCHAR":
        return column
    starts = "".join(f"\\x{ord(c):02x}" if c in "\t\r" else c for c in FORMULA_STARTS).replace("-", "\\-")
    return f"CASE WHEN regexp_matches({column}, '^[{starts}]') THEN '''' || {column} ELSE {column} END AS {column}"
