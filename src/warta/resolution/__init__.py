"""Resolution stage: when (times), where (places, the dateline) and who says so (quotes),
then each event's date, place and reporter.

`load_stage(language)` returns a function Document → Document. It needs only
`article.text` (and `article.date` for relative times); a spaCy parse, when the language
stage left one, is used for part-of-speech hints but never required.
"""

from __future__ import annotations

import logging
import re
from functools import partial

from warta.document import Document
from warta.lang import LanguageData
from warta.resolution import assign, places, quotes, times
from warta.resolution.speakers import preload as preload_speakers
from warta.resolution.speakers import speaker_code
from warta.resolution.text import sentence_spans

__all__ = ["load_stage", "resolve"]

logger = logging.getLogger(__name__)


def resolve(document: Document, *, time_finder, place_finder, quote_finder) -> Document:
    article = document.article
    text = article.text or ""
    spans = sentence_spans(document)

    # 1. time
    document.times = time_finder.find(text, article.date)

    # 2. place: mentions, the dateline, disambiguation in the article's context
    mentions = place_finder.mentions(document)
    if article.dateline is None:
        article.dateline = places.find_dateline(text, article.body_start)
    dateline_place = None
    candidate = None
    if article.dateline is not None:
        d = article.dateline
        mentions = [m for m in mentions if m.end <= d.start or m.start >= d.end]
        place_finder.resolve(mentions)
        candidate = place_finder.dateline(d.text, mentions)
        if d.place is None and candidate is not None:
            d.place = places.to_place(d.text, d.start, d.end, candidate)
        dateline_place = d.place
    place_finder.resolve(mentions, dateline=candidate)
    resolved = [
        (m, places.to_place(text[m.start : m.end], m.start, m.end, m.chosen)) for m in mentions
    ]
    document.places = ([dateline_place] if dateline_place else []) + [
        p for m, p in resolved if m.role == places.PLACE
    ]

    # 3. voice (sentences start after the dateline: "MOSKOW – " is nobody's words)
    if article.dateline is not None:
        spans = _after_dateline(text, spans, article.dateline.end)
    found = quote_finder.find(text, spans)
    document.quotes = quote_finder.resolve(text, found, article.date, speaker_code)

    # 4. events
    assign.assign_dates(document.events, document.times, text, spans, article.date)
    assign.assign_places(
        document.events, resolved, dateline_place, text, place_finder.cues.topic_words
    )
    assign.assign_reporters(document.events, document.quotes)
    return document


_DATELINE_TAIL = re.compile(r"[^\n–—]{0,60}?[–—-]+\s*")


def _after_dateline(
    text: str, spans: list[tuple[int, int]], dateline_end: int
) -> list[tuple[int, int]]:
    """The sentence spans with the one holding the dateline cut to start after its dash."""
    m = _DATELINE_TAIL.match(text, dateline_end)
    body = m.end() if m else dateline_end
    return [(body, e) if s <= dateline_end <= e and body < e else (s, e) for s, e in spans]


def load_stage(language: LanguageData):
    """The resolution stage of a language, its data loaded once."""
    preload_speakers()
    return partial(
        resolve,
        time_finder=times.load_finder(language.data_dir),
        place_finder=places.load_finder(language.data_dir),
        quote_finder=quotes.load_finder(language.data_dir),
    )
