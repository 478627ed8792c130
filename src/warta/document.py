"""The document model: typed records with character offsets into the article text.

Every stage of the pipeline takes a `Document` and returns it with more filled in.
`Document.to_dict()` is the public output contract documented in docs/output.md.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(slots=True)
class Place:
    """A place mention resolved against the gazetteer."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # "country", "admin1", "city", "region"


@dataclass(slots=True)
class Dateline:
    """The `CITY –` opening of a news body."""

    text: str
    start: int
    end: int
    place: Place | None = None


@dataclass(slots=True)
class Article:
    """One input article, as read by ingestion."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None  # YYYY-MM-DD
    language: str | None = None  # ISO 639-1
    dateline: Dateline | None = None
    body_start: int = 0  # offset where the body starts, after the date line and dateline
    source: str | None = None  # where it came from: a path, a path:line, ...


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    text: str
    label: str  # PER, ORG, LOC, GPE, EVT, ...
    start: int
    end: int
    actor: str | None = None  # CAMEO actor code, when known


@dataclass(slots=True)
class ActorRef:
    """The source or target of an event: a CAMEO actor code and the words that named it."""

    code: str
    text: str
    start: int | None = None
    end: int | None = None
    # where the country of an actor the text names without one came from: "place" (the
    # sentence sets it there), "sentence" (the one country the sentence names), "dateline",
    # "home" (the language's home country), "article" (the country of most actors whose country
    # the article told before, for an agent in a sentence that also names a foreign state), "other actor", "domestic" (an event against the
    # source's own country, coding/engine.py _domestic_target), "implied" (no words name the actor:
    # an agentless arrest was made by the patient's own state, coding.inference.implied_agent; talks with a
    # foreign state told with no home actor are the home government's, coding.inference.home_party); None when
    # the words name it
    country_from: str | None = None


@dataclass(slots=True)
class Event:
    code: str  # CAMEO code as a string: leading zeros kept
    root: str
    name: str
    quad_class: int
    goldstein: float
    source: ActorRef | None
    target: ActorRef | None
    sentence: int  # index into Document.sentences
    start: int  # offsets of the evidence span
    end: int
    evidence: str
    trigger: str = ""
    plover: str | None = None
    mode: str = "asserted"  # asserted, negated, hypothetical, alleged, demanded, requested
    reported_by: str | None = None
    date: str | None = None
    date_source: str = "article"  # "text": a time expression governs it; "article": the article date
    place: Place | None = None


@dataclass(slots=True)
class Speaker:
    name: str
    code: str | None = None


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: str  # direct, indirect, partial
    speaker: Speaker | None = None


@dataclass(slots=True)
class TimeExpression:
    text: str
    start: int
    end: int
    value: str | None  # 2022-02-12, 2022-02, 2014; None for durations
    kind: str = "date"  # date, month, year, duration


@dataclass
class Document:
    """An article and everything the pipeline found in it."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    # The linguistic analysis (a spaCy Doc); internal, never serialised.
    spacy_doc: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: _plain(getattr(self, f.name)) for f in fields(self) if f.name != "spacy_doc"}
        out["article"].pop("body_start", None)
        return out

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence that holds a character offset (-1 if none)."""
        for i, sentence in enumerate(self.sentences):
            if sentence.start <= offset < sentence.end:
                return i
        return -1


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    return value


def normalise_for_identity(text: str) -> str:
    """The form of an article's text that decides its identity: NFC, whitespace collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """An article's identity: a hash of its normalised text (16 hex digits)."""
    return hashlib.sha256(normalise_for_identity(text).encode("utf-8")).hexdigest()[:16]
