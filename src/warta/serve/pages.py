"""Server-rendered pages: the dashboard, the article list, one article, the paste box."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from warta.document import Article
from warta.serve import queries
from warta.serve.api import MAX_EXTRACT_CHARS, MODES, StoreDep
from warta.serve.documents import load_document
from warta.serve.highlight import document_spans, runs

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

#: CAMEO's twenty root codes, for the dashboard's filter.
ROOT_CODES = (
    ("01", "Make public statement"), ("02", "Appeal"), ("03", "Express intent to cooperate"),
    ("04", "Consult"), ("05", "Engage in diplomatic cooperation"),
    ("06", "Engage in material cooperation"), ("07", "Provide aid"), ("08", "Yield"),
    ("09", "Investigate"), ("10", "Demand"), ("11", "Disapprove"), ("12", "Reject"),
    ("13", "Threaten"), ("14", "Protest"), ("15", "Exhibit force posture"),
    ("16", "Reduce relations"), ("17", "Coerce"), ("18", "Assault"), ("19", "Fight"),
    ("20", "Use unconventional mass violence"),
)  # fmt: skip
QUAD_CLASSES = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}
ARTICLES_PER_PAGE = 50


def headline(article: Article) -> str:
    """A stand-in title for an untitled article: the first words of its body."""
    line = article.text[article.dateline.start if article.dateline else 0 :].strip().split("\n")[0]
    return line if len(line) <= 90 else line[:89] + "…"


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(
        request, template, context, status_code=status_code
    )


@router.get("/")
def dashboard(request: Request, store: StoreDep) -> HTMLResponse:
    return render(
        request, "dashboard.html", stats=store.stats(), root_codes=ROOT_CODES, modes=MODES,
        quad_classes=QUAD_CLASSES,
    )  # fmt: skip


@router.get("/articles")
def article_list(
    request: Request, store: StoreDep, page: int = Query(1, ge=1, le=100_000)
) -> HTMLResponse:
    total = queries.count_articles(store)
    offset = (page - 1) * ARTICLES_PER_PAGE
    return render(
        request, "articles.html", articles=queries.articles(store, ARTICLES_PER_PAGE, offset),
        total=total, page=page, pages=max(1, -(-total // ARTICLES_PER_PAGE)),
    )  # fmt: skip


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str, store: StoreDep) -> HTMLResponse:
    document = load_document(store, article_id)
    if document is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return render(
        request, "article.html", document=document, article=document.article,
        title=document.article.title or headline(document.article),
        runs=runs(document.article.text, document_spans(document)), quad_classes=QUAD_CLASSES,
    )  # fmt: skip


@router.get("/extract")
def extract_page(request: Request) -> HTMLResponse:
    return render(request, "extract.html", max_chars=MAX_EXTRACT_CHARS)
