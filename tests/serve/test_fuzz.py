"""A bounded fuzz test over every route of the app: whatever the method, path, query or body,
no response is a 5xx and every response carries the security headers."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.serve import api, pages
from warta.serve.security import SECURITY_HEADERS

ROUTES = [route for router in (api.router, pages.router) for route in router.routes if isinstance(route, APIRoute)]
#: Text a URL can carry: any character but a lone surrogate (no client can send one).
URL_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
VALUES = st.one_of(
    URL_TEXT, st.integers(-(10**30), 10**30).map(str), st.sampled_from(["", "0", "-1", "9999-12-31", "0001-01-01", "%00", "[/red]"])
)
JSON_TEXT = st.text(max_size=300)  # lone surrogates included: json.dumps writes them as "\ud800"
BODIES = st.one_of(
    st.binary(max_size=300),
    st.fixed_dictionaries(
        {"text": JSON_TEXT}, optional={"title": JSON_TEXT, "date": JSON_TEXT, "url": JSON_TEXT, "language": JSON_TEXT}
    ).map(lambda d: json.dumps(d).encode()),
    st.recursive(st.none() | st.booleans() | st.integers() | JSON_TEXT, lambda c: st.lists(c) | st.dictionaries(JSON_TEXT, c), max_leaves=20)
    .map(lambda v: json.dumps(v).encode()),
)
CONTENT_TYPES = st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded", ""])


@st.composite
def requests(draw):
    route = draw(st.sampled_from(ROUTES))
    path = route.path
    for param in route.dependant.path_params:
        segment = draw(URL_TEXT.filter(lambda t: t not in ("", ".", "..")))
        path = path.replace("{" + param.name + "}", quote(segment, safe=""))
    names = [p.name for p in route.dependant.query_params] + ["source", "target", "quad_class", "since", "until", "mode"]
    params = draw(st.dictionaries(st.sampled_from(names) | URL_TEXT, VALUES, max_size=5))
    method = draw(st.sampled_from([*sorted(route.methods), "HEAD", "POST", "PUT", "DELETE", "OPTIONS"]))
    body = draw(BODIES) if method in ("POST", "PUT") else b""
    return method, path, params, body, draw(CONTENT_TYPES)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@settings(max_examples=250, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(request=requests())
def test_no_request_gets_a_server_error_or_misses_the_security_headers(hand_client, request):
    method, path, params, body, content_type = request
    headers = {"content-type": content_type} if content_type else {}
    response = hand_client.request(method, path, params=params, content=body, headers=headers)
    assert response.status_code < 500, (method, path, params, body, response.text[:300])
    missing = [name for name in SECURITY_HEADERS if name not in response.headers]
    assert not missing, (method, path, response.status_code, missing)


def test_an_undecodable_body_is_400_and_not_echoed(hand_client):
    response = hand_client.post("/api/extract", content=b"\xf8\xff text", headers={"content-type": "text/plain"})
    assert (response.status_code, response.json()) == (
        400, {"detail": "the request body must be UTF-8 JSON (Content-Type: application/json)"},
    )  # fmt: skip


def test_a_lone_surrogate_is_400_and_not_echoed(hand_client):
    response = hand_client.post(
        "/api/extract", content=b'{"text": "Presiden \\ud800 bertemu"}', headers={"content-type": "application/json"}
    )
    assert (response.status_code, response.json()) == (
        400, {"detail": "the request holds text that is not valid Unicode (a lone surrogate)"},
    )  # fmt: skip
    assert set(SECURITY_HEADERS) <= set(response.headers)


def test_a_validation_error_names_the_field_but_not_the_input(hand_client):
    response = hand_client.get("/api/events", params={"since": "<script>x</script>"})
    assert response.status_code == 422
    assert response.json() == {"detail": [{"type": "value_error", "loc": ["query", "since"],
                                           "msg": "Value error, a date in YYYY-MM-DD form is required"}]}  # fmt: skip


@pytest.mark.parametrize("path", ["/", "/api/stats", "/api/events", "/static/warta.css"])
def test_head_is_answered_where_get_is(hand_client, path):
    get, head = hand_client.get(path), hand_client.head(path)
    assert (head.status_code, head.content) == (get.status_code, b"")
    assert head.headers["content-length"] == get.headers["content-length"]
    assert set(SECURITY_HEADERS) <= set(head.headers)


def test_an_unexpected_error_is_a_500_with_the_security_headers(hand_db, monkeypatch):
    from fastapi.testclient import TestClient

    from warta.serve import create_app

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(api.queries, "count_articles", broken)
    with TestClient(create_app(hand_db), raise_server_exceptions=False) as client:
        response = client.get("/api/articles")
    assert (response.status_code, response.json()) == (500, {"detail": "internal error"})
    assert set(SECURITY_HEADERS) <= set(response.headers)
