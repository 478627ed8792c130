"""The REST API: concrete values from the example article, filters, paging, limits, errors."""

from __future__ import annotations

import pytest

from warta.serve.api import MAX_EXTRACT_CHARS, MAX_PAGE_SIZE

from .conftest import EXAMPLE, HAND_EVENTS

# --- on the hand-made document (independent of the event coder) -------------------------------


def test_api_articles_lists_the_example(hand_client, example_id):
    body = hand_client.get("/api/articles").json()
    assert body["total"] == 1
    (article,) = body["articles"]
    assert article["id"] == example_id
    assert article["date"] == "2022-02-15"
    assert article["dateline"] == "MOSKOW"
    assert article["events"] == 6  # asserted ones: the hypothetical invasion is not counted


def test_api_article_has_offsets_into_its_text(hand_client, example_id):
    doc = hand_client.get(f"/api/articles/{example_id}").json()
    text = doc["article"]["text"]
    assert text == EXAMPLE.read_text(encoding="utf-8")
    assert doc["article"]["dateline"]["text"] == "MOSKOW"
    assert doc["article"]["dateline"]["place"]["country"] == "RU"
    assert set(doc) >= {"article", "sentences", "entities", "events", "quotes", "times", "places"}
    for kind in ("entities", "events", "quotes", "times", "places"):
        for item in doc[kind]:
            assert text[item["start"] : item["end"]] == (
                item["evidence"] if kind == "events" else item["text"]
            )
    first = doc["events"][0]
    assert (first["code"], first["source"]["code"], first["target"]["code"]) == (
        "040",
        "RUSGOV",
        "USAGOV",
    )
    assert first["date"] == "2022-02-12"
    assert doc["quotes"][0]["speaker"]["name"] == "Yury Ushakov"
    assert doc["times"][0] == {
        "text": "pada hari Sabtu",
        "start": text.index("pada hari Sabtu"),
        "end": text.index("pada hari Sabtu") + 15,
        "value": "2022-02-12",
        "kind": "date",
    }


def test_api_article_unknown_is_404(hand_client):
    response = hand_client.get("/api/articles/0000000000000000")
    assert response.status_code == 404
    assert "no article" in response.json()["detail"]


def test_api_events_filters_like_warta_events(hand_client):
    every = hand_client.get("/api/events").json()
    assert every["total"] == 6 and len(every["events"]) == 6
    assert hand_client.get("/api/events", params={"mode": "all"}).json()["total"] == len(
        HAND_EVENTS
    )
    hypothetical = hand_client.get("/api/events", params={"mode": "hypothetical"}).json()["events"]
    assert [e["code"] for e in hypothetical] == ["190"]
    rus = hand_client.get("/api/events", params={"actor": "rus"}).json()  # a prefix, any case
    assert rus["total"] == 5
    consult = hand_client.get("/api/events", params={"code": "04"}).json()["events"]
    assert [(e["source_code"], e["target_code"]) for e in consult] == [("RUSGOV", "USAGOV")]
    dated = hand_client.get(
        "/api/events", params={"since": "2022-02-13", "until": "2022-02-15"}
    ).json()
    assert {e["code"] for e in dated["events"]} == {"100", "120"}
    dyad = hand_client.get("/api/events", params={"source": "USA", "target": "RUS"}).json()[
        "events"
    ]
    assert [e["evidence"] for e in dyad] == ["Washington dengan tegas menolak tuntutan tersebut"]
    assert hand_client.get("/api/events", params={"quad_class": 4}).json()["total"] == 1


def test_api_events_pages_are_bounded(hand_client):
    page = hand_client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert (page["total"], page["limit"], page["offset"], len(page["events"])) == (6, 2, 2, 2)
    assert hand_client.get("/api/events", params={"limit": MAX_PAGE_SIZE + 1}).status_code == 422
    assert hand_client.get("/api/events", params={"limit": 0}).status_code == 422
    assert hand_client.get("/api/articles", params={"limit": MAX_PAGE_SIZE + 1}).status_code == 422


@pytest.mark.parametrize(
    "params",
    [
        {"since": "15 Feb"},
        {"until": "0"},
        {"since": "2022-13-45"},
        {"mode": "maybe"},
        {"code": "04'; DROP TABLE events; --"},
        {"quad_class": 9},
    ],
)
def test_api_events_rejects_bad_filters(hand_client, params):
    assert hand_client.get("/api/events", params=params).status_code == 422


def test_api_events_actor_is_a_parameter_not_sql(hand_client):
    body = hand_client.get("/api/events", params={"actor": "RUS' OR 1=1 --"}).json()
    assert body["total"] == 0
    assert hand_client.get("/api/stats").json()["events_all"] == len(HAND_EVENTS)


def test_api_actors_counts_and_links(hand_client):
    body = hand_client.get("/api/actors").json()
    assert body["level"] == "country"
    actors = {a["code"]: a for a in body["actors"]}
    assert actors["RUS"]["as_source"] == 4 and actors["RUS"]["as_target"] == 1
    assert actors["RUS"]["events_url"] == "/api/events?actor=RUS&mode=asserted"
    links = {(l["source"], l["target"]): l for l in body["links"]}
    assert links[("RUS", "USA")]["events"] == 2
    assert links[("RUS", "USA")]["mean_goldstein"] == 2.5
    assert links[("USA", "RUS")]["events_url"] == "/api/events?source=USA&target=RUS&mode=asserted"
    top = hand_client.get("/api/actors", params={"limit": 1}).json()
    assert [a["code"] for a in top["actors"]] == ["RUS"] and len(top["links"]) == 1
    whole = hand_client.get("/api/actors", params={"level": "code"}).json()
    assert ("RUSGOV", "USAGOV") in {(l["source"], l["target"]) for l in whole["links"]}


def test_api_timeline_and_places(hand_client):
    days = hand_client.get("/api/timeline").json()["days"]
    assert {"day": "2022-02-12", "quad_class": 1, "events": 2} in days
    places = hand_client.get("/api/places").json()
    assert places["datelines"] == [
        {"name": "Moscow", "country": "RU", "lat": 55.7558, "lon": 37.6173, "articles": 1}
    ]
    assert places["events"][0]["name"] == "Ukraine"


def test_api_stats(hand_client):
    stats = hand_client.get("/api/stats").json()
    assert (stats["articles"], stats["events"], stats["quotes"], stats["times"]) == (1, 6, 1, 1)


def test_api_openapi_documents_every_endpoint(hand_client):
    schema = hand_client.get("/api/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/actors", "/api/stats",
                 "/api/extract"):  # fmt: skip
        assert path in schema["paths"], path
    assert {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]} >= {
        "actor", "code", "since", "until", "mode", "limit", "offset",
    }  # fmt: skip


def test_api_index_lists_the_endpoints(hand_client):
    body = hand_client.get("/api").json()
    assert body["openapi"] == "/api/openapi.json"
    assert {"/api/events", "/api/extract", "/api/articles/{article_id}"} <= set(body["endpoints"])


def test_api_responses_carry_the_security_headers(hand_client):
    response = hand_client.get("/api/stats")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


# --- the real pipeline on examples/ (and a hostile article) -------------------------------------------------------------


def test_api_example_article_from_the_pipeline(client, example_id):
    doc = client.get(f"/api/articles/{example_id}").json()
    article = doc["article"]
    assert (article["date"], article["language"]) == ("2022-02-15", "id")
    assert article["dateline"]["text"] == "MOSKOW"
    assert article["text"][article["dateline"]["start"] : article["dateline"]["end"]] == "MOSKOW"
    assert len(doc["sentences"]) >= 15


def test_api_events_from_the_pipeline(client):
    body = client.get("/api/events", params={"limit": MAX_PAGE_SIZE}).json()
    assert body["total"] >= 10, "the event coder should find at least 10 events in examples/"


# --- POST /api/extract: the real pipeline on pasted text (any database will do) ---


def test_api_extract_codes_pasted_text(hand_client):
    text = "15 Februari 2022\nJAKARTA – Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang di Tokyo pada hari Senin."
    before = hand_client.get("/api/stats").json()["articles"]
    response = hand_client.post("/api/extract", json={"text": text})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["article"]["language"] == "id"
    assert doc["article"]["date"] == "2022-02-15"
    assert doc["article"]["dateline"]["text"] == "JAKARTA"
    assert doc["article"]["text"] == text
    assert hand_client.get("/api/stats").json()["articles"] == before  # nothing stored


def test_api_extract_without_date_line_takes_fields(hand_client):
    doc = hand_client.post("/api/extract", json={
        "text": "Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang di Tokyo untuk membahas kerja sama.",
        "title": "Jokowi di Tokyo", "date": "2022-02-16",
    }).json()  # fmt: skip
    assert (doc["article"]["title"], doc["article"]["date"]) == ("Jokowi di Tokyo", "2022-02-16")


def test_api_extract_unsupported_language_is_422_with_the_reason(hand_client):
    response = hand_client.post(
        "/api/extract",
        json={
            "text": "Der Bundeskanzler traf gestern in Berlin den französischen Präsidenten zu Gesprächen über die Ukraine."
        },
    )
    assert response.status_code == 422
    assert "language 'de' is not supported" in response.json()["detail"]


def test_api_extract_too_large_is_413(hand_client):
    response = hand_client.post(
        "/api/extract", json={"text": "kata " * (MAX_EXTRACT_CHARS // 5 + 1)}
    )
    assert response.status_code == 413
    assert f"limit {MAX_EXTRACT_CHARS:,}" in response.json()["detail"]


def test_api_request_body_is_bounded(hand_client):
    response = hand_client.post(
        "/api/extract",
        content=b"x" * (2 * 1024 * 1024),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert "request body too large" in response.json()["detail"]


def test_api_extract_needs_text(hand_client):
    assert hand_client.post("/api/extract", json={"title": "no text"}).status_code == 422
    assert hand_client.post("/api/extract", json={"text": "   "}).status_code == 422


def test_api_extract_loads_the_pipeline_once(hand_client):
    extractor = hand_client.app.state.extractor
    pipeline = extractor.pipeline
    for _ in range(2):
        hand_client.post(
            "/api/extract",
            json={"text": "15 Februari 2022\nJAKARTA – Presiden Joko Widodo tiba di Tokyo."},
        )
    assert hand_client.app.state.extractor.pipeline is pipeline
    assert list(pipeline._stages) == ["id"]
