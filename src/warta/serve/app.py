"""The app factory: routes, templates (autoescaped), static files, security middleware."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

import warta
from warta.serve import api, pages
from warta.serve.security import BodySizeLimitMiddleware, HeadAsGetMiddleware, SecurityHeadersMiddleware
from warta.store import DatabaseBusy, Store

#: No request body may be larger (413 above it); /api/extract's own text limit is lower.
MAX_REQUEST_BYTES = 512 * 1024
STATIC_DIR = Path(__file__).parent / "static"


def create_app(db_path: str | Path, *, allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The web app over one database, opened read-only for each request.

    `allowed_hosts`, when given, refuses requests whose Host header names another host.
    Raises FileNotFoundError if there is no database at `db_path`, StoreError if it is not one.
    """
    try:
        Store(db_path, read_only=True, lock_timeout=api.LOCK_WAIT_SECONDS).close()  # fail now, not later
    except DatabaseBusy:
        pass  # an ingest is writing: requests wait for it (get_store), the server starts anyway
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
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=MAX_REQUEST_BYTES)
    app.add_middleware(HeadAsGetMiddleware)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeadersMiddleware)  # last added is outermost: every response has the headers
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


async def _validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
    """422 naming what is wrong and where, never echoing the input: it may be bytes that are not
    text, or text that cannot be encoded. Input that is not text at all is a 400."""
    errors = error.errors()
    if any(e["type"] == "json_invalid" or isinstance(e.get("input"), bytes) for e in errors):
        return _bad_request("the request body must be UTF-8 JSON (Content-Type: application/json)")
    if any(e["type"] == "string_unicode" for e in errors):  # JSON may escape a lone surrogate: "\ud800"
        return _bad_request("the request holds text that is not valid Unicode (a lone surrogate)")
    detail = [{"type": e["type"], "loc": [str(part) for part in e["loc"]], "msg": e["msg"]} for e in errors]
    return JSONResponse({"detail": detail}, status_code=422)


def _bad_request(message: str) -> JSONResponse:
    return JSONResponse({"detail": message}, status_code=400)
