"""Server-rendered pages: they render, and untrusted article text and titles come out escaped."""

from __future__ import annotations

import re

import pytest

from warta.serve.highlight import Span, runs

from .conftest import IMG, SCRIPT

PAYLOADS = (SCRIPT, IMG, "<script>", "<img", "onerror=alert(2)>")


def _no_payload(html: str) -> None:
    for payload in PAYLOADS:
        assert payload not in html, payload
    assert "javascript:" not in re.findall(r'href="([^"]*)"', html).__str__()


def test_pages_dashboard_renders(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.text
    assert '<div id="network"' in html and '<div id="timeline"' in html and '<div id="map"' in html
    articles = client.get("/api/stats").json()["articles"]
    assert articles >= 2 and f"<b>{articles}</b> articles" in html


def test_pages_every_article_escapes_the_payloads(client):
    articles = client.get("/api/articles").json()["articles"]
    assert len(articles) == client.get("/api/stats").json()["articles"] >= 2
    hostile = [a for a in articles if a["title"] and SCRIPT in a["title"]]
    assert len(hostile) == 1
    for article in articles:
        html = client.get(f"/articles/{article['id']}").text
        _no_payload(html)
    html = client.get(f"/articles/{hostile[0]['id']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "javascript:alert(3)" in html  # shown as text, not as a link


def test_pages_article_list_escapes_titles(client):
    html = client.get("/articles").text
    _no_payload(html)
    assert "Berita &lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_pages_have_no_inline_scripts_or_styles(client, example_id):
    for path in ("/", "/articles", f"/articles/{example_id}", "/extract"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "default-src 'self'" in response.headers["content-security-policy"]
        for tag in re.findall(r"<script[^>]*>", response.text):
            assert re.fullmatch(r'<script src="/static/[\w./-]+" defer>', tag), tag
        assert "<style" not in response.text and " style=" not in response.text
        assert " on" not in " ".join(re.findall(r"<[a-z]+ [^>]*>", response.text)).replace(
            " one", ""
        )


def test_pages_article_highlights_event_evidence(hand_client, example_id):
    html = hand_client.get(f"/articles/{example_id}").text
    evidence = re.search(r'<span class="([^"]*\bev-0\b[^"]*)"[^>]*>([^<]*)</span>', html)
    assert evidence and "hl-event" in evidence.group(1)
    assert 'id="event-item-0" data-event="0"' in html
    assert '<span class="hl hl-dateline hl-place"' in html


def test_pages_unknown_article_is_a_404_page(client):
    response = client.get("/articles/%3Cimg%20src=x%20onerror=alert(2)%3E")
    assert response.status_code == 404
    assert "<img" not in response.text and "&lt;img src=x onerror=alert(2)&gt;" in response.text


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example"])
def test_pages_loopback_server_refuses_other_hosts(hand_db, host):
    from fastapi.testclient import TestClient

    from warta.serve import create_app
    from warta.serve.security import LOOPBACK_HOSTS

    with TestClient(create_app(hand_db, allowed_hosts=LOOPBACK_HOSTS)) as client:
        assert client.get("/api/stats", headers={"host": host}).status_code == 400
        assert client.get("/api/stats", headers={"host": "127.0.0.1:8000"}).status_code == 200


def test_highlight_runs_cut_at_every_boundary():
    text = "Putin menelepon Biden."
    spans = [
        Span("entity", 0, 5, "PER"),
        Span("event", 0, 21, "event 040", event=0),
        Span("entity", 16, 21, "PER"),
    ]
    cut = runs(text, spans)
    assert [r.text for r in cut] == ["Putin", " menelepon ", "Biden", "."]
    assert cut[0].classes == "hl hl-entity hl-event ev-0"
    assert cut[1].classes == "hl hl-event ev-0"
    assert cut[3].spans == []
    assert "".join(r.text for r in cut) == text


def test_pages_scripts_never_write_html():
    """Our own scripts put data on the page as text: no HTML sinks, no eval."""
    from warta.serve.app import STATIC_DIR

    sinks = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|\.html\(")
    scripts = sorted(STATIC_DIR.glob("*.js"))
    assert len(scripts) >= 4
    for script in scripts:
        assert not sinks.search(script.read_text(encoding="utf-8")), script.name
