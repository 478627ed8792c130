"""Cutting an article's text into runs, each marked with the spans (entities, events, quotes…) over it.

Spans may overlap; the text is cut at every span boundary, so each run is covered by a fixed set
of spans. Runs carry plain text: the template escapes it (autoescape), nothing here builds HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from warta.document import Document

#: The kinds of span, in the order their class names are written.
KINDS = ("dateline", "entity", "time", "place", "quote", "event")


@dataclass(slots=True)
class Span:
    kind: str
    start: int
    end: int
    label: str  # a tooltip, plain text
    event: int | None = None  # the event's index, for events


@dataclass(slots=True)
class Run:
    text: str
    spans: list[Span] = field(default_factory=list)

    @property
    def classes(self) -> str:
        kinds = {s.kind for s in self.spans}
        names = ["hl"] + [f"hl-{k}" for k in KINDS if k in kinds]
        names += [f"ev-{s.event}" for s in self.spans if s.event is not None]
        return " ".join(names)

    @property
    def events(self) -> str:
        return " ".join(str(s.event) for s in self.spans if s.event is not None)

    @property
    def label(self) -> str:
        return "\n".join(dict.fromkeys(s.label for s in self.spans))


def document_spans(document: Document) -> list[Span]:
    spans: list[Span] = []
    dateline = document.article.dateline
    if dateline:
        spans.append(Span("dateline", dateline.start, dateline.end, f"dateline: {dateline.text}"))
    for e in document.entities:
        actor = f" ({e.actor})" if e.actor else ""
        spans.append(Span("entity", e.start, e.end, f"{e.label}: {e.text}{actor}"))
    for t in document.times:
        spans.append(Span("time", t.start, t.end, f"time: {t.text} = {t.value or t.kind}"))
    for p in document.places:
        spans.append(
            Span("place", p.start, p.end, f"place: {p.name or p.text} {p.country or ''}".strip())
        )
    for q in document.quotes:
        speaker = q.speaker.name if q.speaker else "unknown speaker"
        spans.append(Span("quote", q.start, q.end, f"{q.kind} quote: {speaker}"))
    for i, e in enumerate(document.events):
        spans.append(
            Span("event", e.start, e.end, f"event {e.code} {e.name or ''}".strip(), event=i)
        )
    return [s for s in spans if s.start is not None and s.end is not None and s.start < s.end]


def runs(text: str, spans: list[Span]) -> list[Run]:
    """The text cut at every span boundary; runs that no span covers have an empty `spans`."""
    size = len(text)
    cuts = sorted(
        {0, size}
        | {min(max(s.start, 0), size) for s in spans}
        | {min(max(s.end, 0), size) for s in spans}
    )
    out: list[Run] = []
    for start, end in pairwise(cuts):
        if start < end:
            out.append(
                Run(text[start:end], [s for s in spans if s.start <= start and s.end >= end])
            )
    return out
