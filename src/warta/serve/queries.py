"""Read-only queries behind the API and the dashboard: lists, counts and aggregates.

Every value goes into SQL as a parameter; the only SQL text built here joins fixed fragments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warta.store import EventFilter, Store


@dataclass(slots=True)
class EventQuery(EventFilter):
    """`warta events`' filters plus what the dashboard's clicks ask for: one side, one class."""

    source: str | None = None  # prefix of the source code
    target: str | None = None  # prefix of the target code
    quad_class: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        where, params = EventFilter.where(self)
        clauses = [where[len(" WHERE ") :]] if where else []
        if self.source:
            clauses.append("starts_with(source_code, ?)")
            params.append(self.source.upper())
        if self.target:
            clauses.append("starts_with(target_code, ?)")
            params.append(self.target.upper())
        if self.quad_class is not None:
            clauses.append("quad_class = ?")
            params.append(self.quad_class)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def rows(store: Store, sql: str, params: list[Any] | tuple = ()) -> list[dict]:
    cursor = store.con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def articles(store: Store, limit: int, offset: int) -> list[dict]:
    """Articles, newest first, with how many asserted events each has."""
    return rows(
        store,
        """SELECT a.id, a.title, a.date, a.language, a.url, a.source, a.dateline_text AS dateline,
                  length(a.text) AS characters,
                  left(split_part(ltrim(substr(a.text, coalesce(a.dateline_start, 0) + 1)), chr(10), 1), 90) AS opening,
                  (SELECT count(*) FROM events e WHERE e.article_id = a.id AND e.mode = 'asserted') AS events
           FROM articles a ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?""",
        [limit, offset],
    )


def count_articles(store: Store) -> int:
    return store.con.execute("SELECT count(*) FROM articles").fetchone()[0]


def timeline(store: Store, filters: EventFilter) -> list[dict]:
    """Event counts by day and QuadClass (undated events are left out)."""
    where, params = filters.where()
    where = f"{where} AND date IS NOT NULL" if where else " WHERE date IS NOT NULL"
    return rows(
        store,
        f"SELECT date AS day, quad_class, count(*) AS events FROM events{where} "
        "GROUP BY date, quad_class ORDER BY date, quad_class",
        params,
    )


def _actor_key(column: str, level: str) -> str:
    # `level` picks one of two fixed expressions; it never reaches the SQL text itself.
    return f"left({column}, 3)" if level == "country" else column


def network(
    store: Store, filters: EventFilter, level: str = "country", limit: int = 100
) -> dict[str, list[dict]]:
    """Actors (nodes) and source→target links with their event count and mean Goldstein score.

    `level` "country" groups codes by their first three letters (RUSGOV → RUS); "code" keeps them
    whole. At most `limit` of each, the busiest first.
    """
    where, params = filters.where()
    both = " AND source_code IS NOT NULL AND target_code IS NOT NULL"
    where = f"{where}{both}" if where else f" WHERE{both[4:]}"
    source, target = _actor_key("source_code", level), _actor_key("target_code", level)
    links = rows(
        store,
        f"SELECT {source} AS source, {target} AS target, count(*) AS events, "
        f"round(avg(goldstein), 2) AS mean_goldstein FROM events{where} "
        "GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?",
        [*params, limit],
    )
    return {"actors": actors(store, filters, level, limit), "links": links}


def actors(
    store: Store, filters: EventFilter, level: str = "country", limit: int = 100
) -> list[dict]:
    """Each actor with how often it is the source and the target of an event."""
    where, params = filters.where()
    source, target = _actor_key("source_code", level), _actor_key("target_code", level)
    return rows(
        store,
        f"""WITH matched AS (SELECT * FROM events{where}),
               sides AS (
                   SELECT {source} AS code, 1 AS as_source, 0 AS as_target FROM matched
                   WHERE source_code IS NOT NULL
                   UNION ALL
                   SELECT {target} AS code, 0, 1 FROM matched WHERE target_code IS NOT NULL)
            SELECT code, sum(as_source)::INTEGER AS as_source, sum(as_target)::INTEGER AS as_target,
                   (sum(as_source) + sum(as_target))::INTEGER AS events
            FROM sides GROUP BY code ORDER BY events DESC, code LIMIT ?""",
        [*params, limit],
    )


def places(store: Store, filters: EventFilter, limit: int = 500) -> dict[str, list[dict]]:
    """Where events happened (their resolved places) and the articles' datelines, with coordinates:
    at most `limit` of each, the busiest first."""
    where, params = filters.where()
    located = " AND place_lat IS NOT NULL AND place_lon IS NOT NULL"
    where = f"{where}{located}" if where else f" WHERE{located[4:]}"
    event_places = rows(
        store,
        "SELECT coalesce(place_name, place_text) AS name, place_country AS country, "
        f"place_lat AS lat, place_lon AS lon, count(*) AS events FROM events{where} "
        "GROUP BY ALL ORDER BY events DESC, name LIMIT ?",
        [*params, limit],
    )
    datelines = rows(
        store,
        """SELECT coalesce(dateline_place, dateline_text) AS name, dateline_country AS country,
                  dateline_lat AS lat, dateline_lon AS lon, count(*) AS articles
           FROM articles WHERE dateline_lat IS NOT NULL AND dateline_lon IS NOT NULL
           GROUP BY ALL ORDER BY articles DESC, name LIMIT ?""",
        [limit],
    )
    return {"events": event_places, "datelines": datelines}
