"""The dashboard in a real browser (Debian's Chromium driven by Playwright), on loopback only.

Screenshots go to tests/artifacts/ (git-ignored); docs/*.png are copies of them.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .conftest import HAND_EVENTS, IMG, SCRIPT, screenshot, wait_ready

SHORT_INDONESIAN = (
    "16 Februari 2022\n"
    "JAKARTA – Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang Fumio Kishida di Tokyo pada hari Senin. "
    "Kedua pemimpin sepakat untuk memperkuat kerja sama ekonomi, kata juru bicara istana."
)


def _wait_extracted(page) -> None:
    """Wait for /api/extract's answer; the status line says why if it failed."""
    expect(page.locator("#extract-run")).to_be_enabled(
        timeout=60_000
    )  # (no eval: the CSP forbids it)
    status = page.locator("#extract-status").text_content()
    assert page.locator("#extract-result").is_visible(), status


def _no_errors(page) -> None:
    assert page.errors == [], page.errors  # a CSP violation or a script error shows up here


def test_browser_article_view_highlights_the_clicked_event(hand_server, page, example_id):
    page.goto(f"{hand_server}/articles/{example_id}")
    index = 4  # "Washington dengan tegas menolak tuntutan tersebut"
    page.locator(f'#event-list .event-item[data-event="{index}"]').click()
    evidence = page.locator(f"#doc-text .ev-{index}.current")
    expect(evidence.first).to_be_visible()
    assert "".join(evidence.all_text_contents()) == HAND_EVENTS[index][7]
    assert page.url.endswith(f"#event-{index}")
    # Only that event's evidence is current.
    assert page.locator("#doc-text .current").count() == evidence.count()
    # Unticking "events" removes the event highlighting.
    page.locator('#toggles input[value="event"]').uncheck()
    expect(page.locator("#doc-text")).to_have_class(re.compile(r"\bhide-event\b"))
    _no_errors(page)


def test_browser_hand_dashboard_draws_every_panel(hand_server, page):
    page.goto(f"{hand_server}/")
    wait_ready(page)
    assert page.locator("#timeline rect.bar").count() >= 3
    assert page.locator("#map path.country").count() > 100  # the offline basemap
    assert page.locator("#map rect.point-dateline").count() == 1  # MOSKOW
    assert page.locator("#events tbody tr").count() == 6
    _no_errors(page)


def test_browser_hand_dashboard_clicks_list_events(hand_server, page):
    page.goto(f"{hand_server}/")
    wait_ready(page)
    edge = page.locator('#network path.link[data-source="RUS"][data-target="USA"]')
    assert edge.get_attribute("data-events") == "2"  # RUSGOV → USAGOV twice, mean Goldstein 2.5
    assert edge.get_attribute("stroke") != page.locator(
        '#network path.link[data-source="USA"][data-target="UKR"]'
    ).get_attribute("stroke")
    page.locator('#network path.link-hit[data-source="RUS"][data-target="USA"]').click(force=True)
    expect(page.locator("#events-title")).to_have_text("RUS → USA — 2 events")
    expect(page.locator("#events tbody tr")).to_have_count(2)
    page.locator('#timeline rect.bar[data-day="2022-02-15"][data-quad="3"]').click(force=True)
    expect(page.locator("#events-title")).to_have_text("2022-02-15, QuadClass 3 — 2 events")
    _no_errors(page)


def test_browser_hand_dashboard_filters(hand_server, page):
    page.goto(f"{hand_server}/?code=12&actor=usa")
    wait_ready(page)
    expect(page.locator("#events tbody tr")).to_have_count(1)
    expect(page.locator("#events tbody tr td").nth(2)).to_have_text("Reject")
    assert page.locator("#f-code").input_value() == "12"
    page.goto(f"{hand_server}/?mode=hypothetical")
    wait_ready(page)
    expect(page.locator("#events-title")).to_have_text("Events — 1 event")
    page.locator("#f-mode").select_option("all")
    page.locator("#filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"mode=all"))
    wait_ready(page)
    expect(page.locator("#events-title")).to_have_text(f"Events — {len(HAND_EVENTS)} events")
    _no_errors(page)


def test_browser_dashboard_has_a_rus_usa_edge(server, page):
    page.goto(f"{server}/")
    wait_ready(page)
    edges = page.locator(
        '#network path.link-hit[data-source="RUS"][data-target="USA"], '
        '#network path.link-hit[data-source="USA"][data-target="RUS"]'
    )
    assert edges.count() >= 1
    assert page.locator("#timeline rect.bar").count() >= 1
    assert page.locator("#map path.country").count() > 100
    screenshot(page, "dashboard.png")
    _no_errors(page)


def test_browser_edge_to_event_to_highlighted_evidence(server, page):
    page.goto(f"{server}/")
    wait_ready(page)
    edge = page.locator('#network path.link-hit[data-source="RUS"][data-target="USA"]')
    if edge.count() == 0:
        edge = page.locator('#network path.link-hit[data-source="USA"][data-target="RUS"]')
    edge.first.dispatch_event("click")  # the edge itself: another edge may cross it where a mouse would click
    expect(page.locator("#events-title")).to_contain_text(re.compile(r"(RUS → USA|USA → RUS)"))
    link = page.locator("#events tbody a.event-link").first
    evidence = link.text_content()
    link.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]+#event-\d+$"))
    current = page.locator("#doc-text .current")
    expect(current.first).to_be_visible()
    assert "".join(current.all_text_contents()) == evidence
    expect(page.locator("#event-list .event-item.current")).to_have_count(1)
    screenshot(page, "article.png", full_page=False)
    _no_errors(page)


def test_browser_paste_box_extracts_indonesian_text(hand_server, page):
    page.goto(f"{hand_server}/extract")
    page.locator("#extract-text").fill(SHORT_INDONESIAN)
    page.locator("#extract-run").click()
    _wait_extracted(page)
    expect(page.locator("#extract-status")).to_contain_text("(language id)")
    text = page.locator("#extract-result .doc-text")
    assert text.text_content() == SHORT_INDONESIAN
    expect(page.locator("#extract-result .doc-text .hl-dateline")).to_have_text("JAKARTA")
    screenshot(page, "extract.png")
    _no_errors(page)


def test_browser_paste_box_reports_unsupported_language(hand_server, page):
    page.goto(f"{hand_server}/extract")
    page.locator("#extract-text").fill(
        "Der Bundeskanzler traf gestern in Berlin den französischen Präsidenten."
    )
    page.locator("#extract-run").click()
    expect(page.locator("#extract-status")).to_contain_text("422: language 'de' is not supported")
    expect(page.locator("#extract-result")).to_be_hidden()


def test_browser_hostile_article_shows_its_payloads_as_text(server, page):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server}/articles")
    page.get_by_role("link", name=re.compile("Berita")).click()
    expect(page.locator("#article-title")).to_have_text(f"Berita {SCRIPT} {IMG}")
    assert SCRIPT in page.locator("#doc-text").text_content()
    assert page.locator("#doc-text script, #doc-text img, main img").count() == 0
    # The same text through the paste box: rendered with textContent, never as HTML.
    page.goto(f"{server}/extract")
    page.locator("#extract-text").fill(
        f"16 Februari 2022\nJAKARTA – Presiden {SCRIPT} bertemu {IMG} menteri di Tokyo."
    )
    page.locator("#extract-run").click()
    _wait_extracted(page)
    assert page.locator("#extract-result img, #extract-result script").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []
