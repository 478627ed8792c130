"""`gdelt`: the GDELT 2.0 event table, 61 tab-separated columns, one row per distinct event.

Mentions of the same event (same date, source and target actor codes, CAMEO code and mode) in
several articles become one row; NumMentions, NumSources and NumArticles count them.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

from warta.export.codes import split_actor
from warta.export.geo import EMPTY, country_geo, place_geo
from warta.export.query import mentions_sql, write_lines
from warta.store import EventFilter, Store

ACTOR_COLUMNS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
GEO_COLUMNS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ACTOR_COLUMNS), *(f"Actor2{c}" for c in ACTOR_COLUMNS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in GEO_COLUMNS), *(f"Actor2Geo_{c}" for c in GEO_COLUMNS),
    *(f"ActionGeo_{c}" for c in GEO_COLUMNS), "DATEADDED", "SOURCEURL",
)  # fmt: skip
assert len(COLUMNS) == 61

#: DuckDB types of the columns, for `read_csv(..., columns=...)`; codes stay text (leading zeros).
TYPES = {
    name: (
        "BIGINT" if name in ("GlobalEventID", "DATEADDED")
        else "INTEGER" if name in ("Day", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
                                   "NumSources", "NumArticles") or name.endswith("Geo_Type")
        else "DOUBLE" if name in ("FractionDate", "GoldsteinScale", "AvgTone") or name.endswith(("_Lat", "_Long"))
        else "VARCHAR"
    )
    for name in COLUMNS
}  # fmt: skip

_MENTION = ("article_url", "article_source", "source_text", "target_text", "name", "quad_class", "goldstein",
            "dateline_place", "dateline_country", "dateline_lat", "dateline_lon", "dateline_geonameid")
_PLACE = ("place_text", "place_name", "place_country", "place_lat", "place_lon", "place_geonameid")
_ORDER = "struct_pack(t := ingested_at, a := article_id, i := idx)"


def events_sql(filters: EventFilter) -> tuple[str, list[Any]]:
    """One row per distinct event: counts over its mentions, the first mention's fields, a place."""
    prefix, params = mentions_sql(filters)
    first = ", ".join(f"{c} := {c}" for c in _MENTION)
    place = ", ".join(f"{c} := {c}" for c in _PLACE)
    sql = prefix + f"""
SELECT event_date, source_code, target_code, code, mode,
       count(*) AS num_mentions, count(DISTINCT source_name) AS num_sources,
       count(DISTINCT article_id) AS num_articles, bool_or(in_lead) AS is_root,
       min(ingested_at) AS date_added,
       arg_min(struct_pack({first}), {_ORDER}) AS first,
       arg_min(struct_pack({place}), {_ORDER})
           FILTER (WHERE place_name IS NOT NULL OR place_country IS NOT NULL) AS place
FROM mentions
GROUP BY event_date, source_code, target_code, code, mode
ORDER BY event_date NULLS LAST, code, source_code NULLS FIRST, target_code NULLS FIRST, mode
"""
    return sql, params


def global_event_id(event_date: date | None, source: str | None, target: str | None, code: str, mode: str) -> int:
    """A stable positive 60-bit id for an event's key: the same event gets the same id in every export."""
    key = "\x1f".join((event_date.isoformat() if event_date else "", source or "", target or "", code, mode))
    return int(hashlib.sha256(key.encode()).hexdigest()[:15], 16)


def timestamp(value: datetime | None) -> str:
    return value.strftime("%Y%m%d%H%M%S") if value else ""


def clean(value: Any) -> str:
    """A field as GDELT text: no tabs or line breaks inside, None as empty."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def _actor(code: str | None, text: str | None) -> list[str]:
    parts = split_actor(code)
    return [parts.code, clean(text).upper() if code else "", parts.country, parts.known_group, parts.ethnic,
            parts.religion1, parts.religion2, parts.type1, parts.type2, parts.type3]  # fmt: skip


def action_geo(place: dict | None, first: dict) -> tuple:
    """ActionGeo: the event's resolved place, else its first article's dateline place."""
    if place:
        return place_geo(place["place_name"] or place["place_text"], place["place_country"], place["place_lat"],
                         place["place_lon"], place["place_geonameid"], None)  # fmt: skip
    if first["dateline_place"] or first["dateline_country"]:
        return place_geo(first["dateline_place"], first["dateline_country"], first["dateline_lat"],
                         first["dateline_lon"], first["dateline_geonameid"], None)  # fmt: skip
    return EMPTY


def gdelt_row(event: dict) -> list[str]:
    """The 61 fields of one event row, as strings."""
    day: date | None = event["event_date"]
    first = event["first"]
    code = event["code"]
    goldstein = first["goldstein"]
    source, target = event["source_code"], event["target_code"]
    fields: list[Any] = [
        global_event_id(day, source, target, code, event["mode"]),
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "", day.year if day else "",
        f"{day.year + ((day.month - 1) * 30 + day.day) / 365:.4f}" if day else "",
        *_actor(source, first["source_text"]), *_actor(target, first["target_text"]),
        int(bool(event["is_root"])), code, code[:3], code[:2], first["quad_class"] or "",
        "" if goldstein is None else f"{goldstein:.1f}",
        event["num_mentions"], event["num_sources"], event["num_articles"], "",
        *country_geo(split_actor(source).country), *country_geo(split_actor(target).country),
        *action_geo(event["place"], first),
        timestamp(event["date_added"]), first["article_url"] or first["article_source"] or "",
    ]  # fmt: skip
    return [clean(f) for f in fields]


def write(store: Store, filters: EventFilter, output: Path) -> int:
    """Write the event table (no header, as GDELT publishes it); returns the number of rows."""
    sql, params = events_sql(filters)
    return write_lines(store, sql, params, output, lambda event: "\t".join(gdelt_row(event)))
