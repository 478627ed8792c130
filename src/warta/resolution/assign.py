"""Give each event its date, place and reporter from the times, places and quotes around it."""

from __future__ import annotations

import re

from warta.document import Event, Place, Quote, TimeExpression
from warta.resolution.places import PLACE, Mention
from warta.resolution.text import sentence_of

_DATED = ("date", "month", "year", "week")
_RESET = re.compile(
    r"^\W*(?:sementara itu|di sisi lain|di tempat lain|meanwhile|elsewhere)\b", re.IGNORECASE
)


def clause_of(text: str, span: tuple[int, int], offset: int) -> tuple[int, int]:
    """The comma-delimited relative clause (`, yang … ,`) holding an offset, else the whole sentence."""
    start, end = span
    for m in re.finditer(r",\s*(?:yang|which|who)\b[^,]*(?:,|$)", text[start:end]):
        if start + m.start() <= offset < start + m.end():
            return start + m.start(), start + m.end()
    return span


def _in_relative_clause(text: str, span: tuple[int, int], offset: int) -> bool:
    return clause_of(text, span, offset) != span


def assign_dates(
    events: list[Event],
    times: list[TimeExpression],
    text: str,
    sentences: list[tuple[int, int]],
    article_date: str | None,
) -> None:
    """The governing time: the nearest dated expression in the event's clause or sentence;
    else the story's last day-precise date (narrative time) from an earlier sentence;
    else the article date."""
    dated = [t for t in times if t.kind in _DATED and t.value]
    for event in events:
        index = sentence_of(sentences, event.start)
        span = sentences[index] if index >= 0 else (event.start, event.end)
        clause = clause_of(text, span, event.start)
        in_clause = []
        for t in dated:
            if not span[0] <= t.start < span[1]:
                continue
            t_clause = clause_of(text, span, t.start)
            if t_clause != span and t_clause != clause:
                continue  # a time inside a relative clause governs only that clause
            if clause != span and t_clause == span and _contains(clause, t):
                continue
            in_clause.append(t)
        if in_clause:
            best = min(in_clause, key=lambda t: _distance(event, t))
            event.date, event.date_source = best.value, "text"
            continue
        narrative = _narrative(dated, text, sentences, index, article_date)
        if narrative is not None:
            event.date, event.date_source = narrative, "text"
        else:
            event.date, event.date_source = article_date, "article"


def _narrative(
    dated: list[TimeExpression], text: str, sentences, index: int, article_date: str | None
):
    """The last full date stated in a main clause of an earlier sentence, unless a topic shift
    ("Sementara itu") came between; never after the article date."""
    if index < 0:
        return None
    for k in range(index, -1, -1):
        if k < index:
            span = sentences[k]
            found = [
                t
                for t in dated
                if span[0] <= t.start < span[1]
                and t.kind == "date"
                and not _in_relative_clause(text, span, t.start)
                and (article_date is None or t.value <= article_date)
            ]
            if found:
                return found[-1].value
        if _RESET.match(text[sentences[k][0] : sentences[k][1]]):
            return None
    return None


def _contains(span: tuple[int, int], t: TimeExpression) -> bool:
    return span[0] <= t.start < span[1]


def _distance(event: Event, t: TimeExpression) -> int:
    if t.end <= event.start:
        return event.start - t.end
    if t.start >= event.end:
        return t.start - event.end
    return 0


def assign_places(
    events: list[Event],
    mentions: list[tuple[Mention, Place]],
    dateline: Place | None,
    text: str = "",
    topic_words: frozenset[str] = frozenset(),
) -> None:
    """Where the event happened: a place named inside its evidence span (an "at" place first),
    else an "at" place right after it in the same clause ("menyerang sasaran di Jalur Gaza",
    but not "situasi di Ukraina" after a topic word such as "mengenai"), else the dateline's place.
    Only places a word marks as such count (di, ke, dari, kota …: "keluar dari Ukraina"), and never
    the words naming the event's source ("Jerman, Israel, dan Swedia … meminta")."""
    for event in events:
        source = event.source
        places = [
            (m, p)
            for m, p in mentions
            if m.role == PLACE
            and m.cued
            and not (
                source is not None
                and source.start is not None
                and source.start < m.end
                and m.start < (source.end or source.start)
            )
        ]
        inside = [(m, p) for m, p in places if event.start <= m.start and m.end <= event.end]
        after = [
            (m, p)
            for m, p in places
            if m.at and m.start >= event.end and _attached(text[event.end : m.start], topic_words)
        ]
        if inside:
            event.place = max(inside, key=lambda mp: (mp[0].at, -mp[0].start))[1]
        elif after:
            event.place = min(after, key=lambda mp: mp[0].start)[1]
        elif event.place is None:
            event.place = dateline


def _attached(between: str, topic_words: frozenset[str]) -> bool:
    """A few words, no clause break and no topic word between an event and an "at" place."""
    if any(ch in between for ch in ',.;:!?“”"\n'):
        return False
    words = between.lower().split()
    return len(words) <= 5 and not topic_words & set(words)


def assign_reporters(events: list[Event], quotes: list[Quote]) -> None:
    """The speaker of the outermost quote or statement that holds the event."""
    for event in events:
        if event.reported_by:
            continue
        holding = [
            q
            for q in quotes
            if q.speaker and q.kind in ("direct", "indirect") and q.start <= event.start < q.end
        ]
        if holding:
            outer = min(holding, key=lambda q: (q.start, -q.end))
            event.reported_by = outer.speaker.name
