"""The app factory: routes, templates (autoescaped), static files, security middleware."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

import warta
from warta.serve import api, pages
from warta.serve.security import BodySizeLimitMiddleware, SecurityHeadersMiddleware
from warta.store import Store

#: No request body may be larger (413 above it); /api/extract's own text limit is lower.
MAX_REQUEST_BYTES = 512 * 1024
STATIC_DIR = Path(__file__).parent / "static"


def create_app(db_path: str | Path, *, allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The web app over one database, opened read-only for each request.

    `allowed_hosts`, when given, refuses requests whose Host header names another host.
    Raises FileNotFoundError if there is no database at `db_path`.
    """
    Store(db_path, read_only=True).close()  # fail now, not on the first request
    app = FastAPI(
        title="warta",
        version=getattr(warta, "__version__", "0.1.0"),
        description="Event data coded from news articles: who did what to whom, when, where, and who says so.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: not with this CSP, not offline
        redoc_url=None,
    )
    app.state.db_path = Path(db_path)
    app.state.extractor = api.Extractor()
    environment = Environment(
        loader=PackageLoader("warta.serve", "templates"), autoescape=True, undefined=StrictUndefined
    )
    environment.tests["http_url"] = is_http_url
    app.state.templates = Jinja2Templates(env=environment)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_exception_handler(HTTPException, _html_or_json_error)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=MAX_REQUEST_BYTES)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeadersMiddleware)
    return app


def is_http_url(value: object) -> bool:
    """Only http(s) addresses become links: never javascript: or data: from untrusted input."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


async def _html_or_json_error(request: Request, error: HTTPException):
    """JSON for the API, a page for a person."""
    if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
        return await http_exception_handler(request, error)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": error.status_code, "message": str(error.detail)},
        status_code=error.status_code,
    )  # fmt: skip
