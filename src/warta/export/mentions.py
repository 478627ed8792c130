"""`gdelt-mentions`: GDELT 2.0's 16-column mentions table, one row per event found in an article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warta.export.gdelt import clean, global_event_id, timestamp
from warta.export.query import mentions_sql, write_lines
from warta.store import EventFilter, Store

COLUMNS = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)  # fmt: skip
TYPES = {
    name: "BIGINT" if name in ("GlobalEventID", "EventTimeDate", "MentionTimeDate")
    else "DOUBLE" if name == "MentionDocTone"
    else "VARCHAR" if name in ("MentionSourceName", "MentionIdentifier", "MentionDocTranslationInfo", "Extras")
    else "INTEGER"
    for name in COLUMNS
}  # fmt: skip

WEB = 1  # GDELT MentionType: a web article; warta also uses it for local files
#: ISO 639-1 → 639-3 for MentionDocTranslationInfo ("srclc:ind").
_ISO639_3 = {"id": "ind", "en": "eng"}


def confidence(mention: dict) -> int:
    """GDELT's 10–100 confidence, from what warta knows of the extraction.

    100 for an asserted event with both actors placed in the text; 20 off for a missing source,
    10 off for a missing target, 20 off when the event is not asserted (negated, alleged, ...).
    """
    score = 100
    if mention["source_start"] is None:
        score -= 20
    if mention["target_start"] is None:
        score -= 10
    if mention["mode"] != "asserted":
        score -= 20
    return max(10, score)


def mention_row(mention: dict) -> list[str]:
    language = mention["article_language"]
    fields: list[Any] = [
        global_event_id(mention["event_date"], mention["source_code"], mention["target_code"],
                        mention["code"], mention["mode"]),
        timestamp(mention["event_added"]), timestamp(mention["ingested_at"]), WEB,
        mention["source_name"], mention["article_url"] or mention["article_source"] or mention["article_id"],
        mention["sentence"] + 1 if mention["sentence"] is not None else "",
        _offset(mention["source_start"]), _offset(mention["target_start"]), _offset(mention["start"]),
        1, confidence(mention), mention["doc_len"], "",
        f"srclc:{_ISO639_3.get(language, language)}" if language and language != "en" else "", "",
    ]  # fmt: skip
    return [clean(f) for f in fields]


def _offset(value: int | None) -> int:
    return -1 if value is None else value


def write(store: Store, filters: EventFilter, output: Path) -> int:
    prefix, params = mentions_sql(filters)
    sql = prefix + """
SELECT *, min(ingested_at) OVER (PARTITION BY event_date, source_code, target_code, code, mode) AS event_added
FROM mentions ORDER BY event_date NULLS LAST, article_id, idx
"""
    return write_lines(store, sql, params, output, lambda mention: "\t".join(mention_row(mention)))
