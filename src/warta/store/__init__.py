"""The store: an embedded DuckDB database of articles, events, quotes, entities, places, times, rejects."""

from warta.store.database import BatchResult, EventFilter, Store

__all__ = ["BatchResult", "EventFilter", "Store"]
