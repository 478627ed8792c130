"""The REST API under /api: articles, events, actors, stats, and extraction of pasted text."""

from __future__ import annotations

import re
import threading
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field, field_validator

from warta.document import Document
from warta.ingest import Reader, Reject
from warta.ingest.dates import looks_like_date_line
from warta.pipeline import Pipeline
from warta.runner import process_item
from warta.serve import queries
from warta.serve.documents import load_document
from warta.store import DatabaseBusy, Store, StoreError
from warta.store.database import ALL_MODES

#: Page sizes are bounded: a client asking for more gets a 422, not a huge response.
MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 100
#: POST /api/extract takes at most this many characters of text (413 above it).
MAX_EXTRACT_CHARS = 100_000
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Seconds a request waits for the database while an ingest writes a batch (then 503).
LOCK_WAIT_SECONDS = 5.0
#: Seconds a client is told to wait after a 503.
RETRY_AFTER_SECONDS = 2
MODES = ("asserted", "negated", "hypothetical", "alleged", "demanded", "requested", ALL_MODES)

router = APIRouter(prefix="/api", tags=["api"])


def get_store(request: Request):
    """A read-only connection for one request (DuckDB connections are not shared across threads).

    Opening per request lets `warta ingest` write between requests: it holds the file's lock
    only while it writes a batch, and a request waits for that (docs/api.md, "While an ingest runs").
    The 503 names no path or process: it goes to any client.
    """
    try:
        store = Store(request.app.state.db_path, read_only=True, lock_timeout=LOCK_WAIT_SECONDS)
    except DatabaseBusy:
        raise HTTPException(
            503, "the database is busy: an ingest is writing to it; try again in a moment",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        ) from None  # fmt: skip
    except StoreError:
        raise HTTPException(503, "the database cannot be read now") from None
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[
    int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Page size, at most {MAX_PAGE_SIZE}.")
]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="How many to skip.")]
Level = Annotated[
    Literal["country", "code"],
    Query(
        description="'country' groups actor codes by their first three letters (RUSGOV → RUS); 'code' keeps them whole."
    ),
]


class EventParams(BaseModel):
    """The filters of `warta events`, plus one side of a dyad and a QuadClass."""

    actor: str | None = Field(
        None, max_length=64, description="Source or target actor code prefix, e.g. RUS."
    )
    code: str | None = Field(
        None, max_length=8, pattern=r"^\d+$", description="CAMEO code prefix, e.g. 04."
    )
    since: date | None = Field(None, description="Events on or after this date.")
    until: date | None = Field(None, description="Events on or before this date.")
    mode: Literal[MODES] = Field("asserted", description=f"An event mode, or '{ALL_MODES}'.")  # type: ignore[valid-type]
    article_id: str | None = Field(None, max_length=64)
    source: str | None = Field(None, max_length=64, description="Source actor code prefix.")
    target: str | None = Field(None, max_length=64, description="Target actor code prefix.")
    quad_class: int | None = Field(None, ge=1, le=4, description="QuadClass 1–4.")

    @field_validator("since", "until", mode="before")
    @classmethod
    def _iso_date(cls, value: Any) -> Any:
        # Only YYYY-MM-DD: pydantic alone would also read "0" as a Unix timestamp.
        if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
            raise ValueError("a date in YYYY-MM-DD form is required")
        return value

    def query(self) -> queries.EventQuery:
        return queries.EventQuery(**self.model_dump())


Filters = Annotated[EventParams, Query()]


@router.get("", summary="What the API offers")
def index(request: Request) -> dict[str, Any]:
    return {"openapi": "/api/openapi.json", "endpoints": sorted(request.app.openapi()["paths"])}


@router.get("/articles", summary="List stored articles, newest first")
def list_articles(
    store: StoreDep, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0
) -> dict[str, Any]:
    return {
        "total": queries.count_articles(store), "limit": limit, "offset": offset,
        "articles": queries.articles(store, limit, offset),
    }  # fmt: skip


@router.get(
    "/articles/{article_id}",
    summary="One article: text, entities, events, quotes, times, places",
    responses={404: {"description": "No such article"}},
)
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """The article as `warta extract` prints it (Document JSON): every span has character offsets."""
    document = load_document(store, article_id)
    if document is None:
        raise HTTPException(404, "no article with this id")
    return document.to_dict()


@router.get("/events", summary="Events, filtered as in `warta events`, one page at a time")
def list_events(
    store: StoreDep, filters: Filters, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0
) -> dict[str, Any]:
    query = filters.query()
    return {
        "total": store.count_events(query), "limit": limit, "offset": offset,
        "events": store.events(query, limit=limit, offset=offset),
    }  # fmt: skip


@router.get("/actors", summary="Actors with their event counts, and the links between them")
def list_actors(
    store: StoreDep, filters: Filters, level: Level = "country", limit: Limit = 100
) -> dict[str, Any]:
    """`actors`: each actor's events as source and as target; `links`: source→target pairs with
    their event count and mean Goldstein score; at most `limit` of each, the busiest first.
    `events_url` lists an actor's or a link's events."""
    query = filters.query()
    network = queries.network(store, query, level, limit)
    for actor in network["actors"]:
        actor["events_url"] = _events_url(actor=actor["code"], mode=query.mode)
    for link in network["links"]:
        link["events_url"] = _events_url(
            source=link["source"], target=link["target"], mode=query.mode
        )
    return {"level": level, **network}


@router.get("/timeline", summary="Event counts by day and QuadClass")
def get_timeline(store: StoreDep, filters: Filters) -> dict[str, Any]:
    return {"days": queries.timeline(store, filters.query())}


@router.get("/places", summary="Located events and article datelines, with coordinates")
def get_places(store: StoreDep, filters: Filters, limit: Limit = MAX_PAGE_SIZE) -> dict[str, Any]:
    return queries.places(store, filters.query(), limit)


@router.get("/stats", summary="Counts of what the database holds")
def get_stats(store: StoreDep) -> dict[str, Any]:
    return store.stats()


class ExtractRequest(BaseModel):
    text: str = Field(
        ...,
        pattern=r"\S",
        description="The article text. A first line with its date ('15 Februari 2022') is read as such.",
    )
    title: str | None = Field(None, max_length=1000)
    date: str | None = Field(None, max_length=100, description="Publication date, e.g. 2022-02-15.")
    url: str | None = Field(None, max_length=2000)


class Extractor:
    """The Reader and Pipeline of one app: loaded once, shared by requests, one article at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reader: Reader | None = None
        self.pipeline = Pipeline()

    def __call__(self, request: ExtractRequest) -> Document | Reject:
        with self._lock:
            if self._reader is None:
                self._reader = Reader(max_bytes=MAX_EXTRACT_CHARS * 4)
            source = "api:extract"
            header_lines = request.text.lstrip("\n").split("\n")[:2]
            if (
                request.date is None
                and request.title is None
                and any(line.strip() and looks_like_date_line(line) for line in header_lines)
            ):
                item = self._reader.from_plain_text(request.text, source)
            else:
                item = self._reader.from_record(request.model_dump(), source)
            return process_item(item, self.pipeline)


@router.post(
    "/extract",
    summary="Code a text: the document JSON out, nothing stored",
    responses={
        400: {"description": "Body not UTF-8 JSON, or text that is not valid Unicode"},
        413: {"description": "Text too large"},
        422: {"description": "Unreadable input or unsupported language"},
    },
)
def extract(body: ExtractRequest, request: Request) -> dict[str, Any]:
    if len(body.text) > MAX_EXTRACT_CHARS:
        raise HTTPException(
            413,
            f"text too large: {len(body.text):,} characters (limit {MAX_EXTRACT_CHARS:,}); send one article at a time",
        )
    result = request.app.state.extractor(body)
    if isinstance(result, Reject):
        raise HTTPException(422, result.reason)
    return result.to_dict()


def _events_url(**params: str) -> str:
    return "/api/events?" + urlencode(params)
