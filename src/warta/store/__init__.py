"""The store: an embedded DuckDB database of articles, events, quotes, entities, places, times, rejects."""

from warta.store.database import BatchResult, DatabaseBusy, EventFilter, MissingDatabase, Store, StoreError

__all__ = ["BatchResult", "DatabaseBusy", "EventFilter", "MissingDatabase", "Store", "StoreError"]
