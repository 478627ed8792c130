"""Shared fixtures for the API and browser tests: databases, an app client, a running server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.document import (
    ActorRef,
    Article,
    Dateline,
    Document,
    Entity,
    Event,
    Place,
    Quote,
    Speaker,
    TimeExpression,
    article_id,
)  # fmt: skip
from warta.runner import ingest
from warta.serve import create_app
from warta.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "moskow-2022-02-15.id.txt"
ARTIFACTS = ROOT / "tests" / "artifacts"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
#: An article whose title and text carry both payloads: they must show as text, never run.
HOSTILE_RECORD = {
    "title": f"Berita {SCRIPT} {IMG}",
    "date": "2022-02-16",
    "url": "javascript:alert(3)",
    "text": (
        f"JAKARTA – Presiden Joko Widodo {SCRIPT} bertemu dengan Perdana Menteri Jepang di Tokyo "
        f"pada hari Senin {IMG} untuk membahas kerja sama ekonomi kedua negara, kata juru bicara istana."
    ),
}
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


# --- a hand-made document: pages and API tested without depending on the coder -----------------

#: (code, root, name, quad class, Goldstein, source, target, evidence, mode, date) for the example.
HAND_EVENTS = (
    ("040", "04", "Consult", 1, 1.0, "RUSGOV", "USAGOV",
     "Percakapan telepon antara Presiden Rusia Vladimir Putin dan Presiden AS Joe Biden", "asserted", "2022-02-12"),
    ("030", "03", "Express intent to cooperate", 1, 4.0, "RUSGOV", "USAGOV",
     "kedua pemimpin sepakat untuk melanjutkan kontak di semua tingkatan", "asserted", "2022-02-12"),
    ("112", "11", "Accuse", 3, -2.0, "RUSGOV", "WST",
     "Kementerian Luar Negeri Rusia menuduh negara-negara Barat", "asserted", "2022-02-12"),
    ("100", "10", "Demand", 3, -5.0, "RUS", "WST",
     "Rusia menuntut jaminan keamanan yang mengikat dari Barat", "asserted", "2022-02-15"),
    ("120", "12", "Reject", 3, -4.0, "USAGOV", "RUS",
     "Washington dengan tegas menolak tuntutan tersebut", "asserted", "2022-02-15"),
    ("166", "16", "Expel or withdraw", 4, -7.0, "USA", "UKR",
     "AS memindahkan sebagian pasukannya keluar dari Ukraina", "asserted", "2022-02-12"),
    ("190", "19", "Use conventional military force", 4, -10.0, "RUS", "UKR",
     "invasi Rusia ke Ukraina mungkin merupakan", "hypothetical", "2022-02-15"),
)  # fmt: skip


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def hand_document() -> Document:
    """The example article with events, quotes, times and places written by hand."""
    text = EXAMPLE.read_text(encoding="utf-8")
    moscow = Place(
        "MOSKOW", *_span(text, "MOSKOW"), name="Moscow", country="RU", lat=55.7558, lon=37.6173
    )
    article = Article(
        id=article_id(text), text=text, date="2022-02-15", language="id", source=str(EXAMPLE),
        dateline=Dateline("MOSKOW", moscow.start, moscow.end, place=moscow),
    )  # fmt: skip
    kyiv = Place(
        "Ukraina", *_span(text, "Ukraina"), name="Ukraine", country="UA", lat=49.0, lon=32.0
    )
    events = []
    for code, root, name, quad, goldstein, source, target, evidence, mode, day in HAND_EVENTS:
        start, end = _span(text, evidence)
        events.append(Event(
            code=code, root=root, name=name, quad_class=quad, goldstein=goldstein,
            source=ActorRef(source, source), target=ActorRef(target, target), sentence=0,
            start=start, end=end, evidence=evidence, mode=mode, date=day,
            place=kyiv if target == "UKR" else None,
        ))  # fmt: skip
    quote = "Tekanan seputar invasi dilakukan secara terkoordinasi dan histeria mencapai klimaksnya"
    return Document(
        article=article,
        entities=[
            Entity(name, label, *_span(text, name), actor=actor)
            for name, label, actor in (
                ("Vladimir Putin", "PER", "RUSGOV"),
                ("Joe Biden", "PER", "USAGOV"),
                ("Yury Ushakov", "PER", "RUSGOV"),
            )
        ],
        events=events,
        quotes=[
            Quote(
                quote, *_span(text, quote), kind="direct", speaker=Speaker("Yury Ushakov", "RUSGOV")
            )
        ],
        times=[
            TimeExpression("pada hari Sabtu", *_span(text, "pada hari Sabtu"), value="2022-02-12")
        ],
        places=[moscow, kyiv],
    )


@pytest.fixture(scope="session")
def hand_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hand") / "hand.duckdb"
    with Store(path) as store:
        store.write_batch([hand_document()])
    return path


@pytest.fixture(scope="session")
def hand_client(hand_db) -> TestClient:
    with TestClient(create_app(hand_db)) as client:
        yield client


# --- the real pipeline on examples/ plus a hostile article ------------------------------------------


@pytest.fixture(scope="session")
def example_db(tmp_path_factory) -> Path:
    """examples/ and a JSONL article carrying script and img payloads, ingested by the real pipeline."""
    folder = tmp_path_factory.mktemp("inputs")
    shutil.copytree(ROOT / "examples", folder / "examples")
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE_RECORD) + "\n", encoding="utf-8")
    path = folder / "warta.duckdb"
    with Store(path) as store:
        summary = ingest([folder / "examples", folder / "hostile.jsonl"], store)
    assert summary.rejected == 0, summary.as_dict()
    return path


@pytest.fixture(scope="session")
def client(example_db) -> TestClient:
    with TestClient(create_app(example_db)) as client:
        yield client


@pytest.fixture(scope="session")
def example_id() -> str:
    return article_id(EXAMPLE.read_text(encoding="utf-8"))


@contextmanager
def running_server(db: Path) -> Iterator[str]:
    """`warta serve` on a free loopback port (port 0: the server picks one and prints its URL)."""
    command = [sys.executable, "-c", "from warta.cli import main; main()", "serve", "--db", str(db),
               "--host", "127.0.0.1", "--port", "0"]  # fmt: skip
    # stderr goes to a file: a pipe nobody reads could fill up and stall the server.
    log = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        line = process.stdout.readline()  # "warta: serving DB at http://127.0.0.1:PORT/ ..."
        if "http://" not in line:
            process.wait(timeout=10)
            log.seek(0)
            raise RuntimeError(f"warta serve did not start: {line!r} {log.read()}")
        yield line.split(" at ", 1)[1].split()[0].rstrip("/")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="session")
def server(example_db) -> Iterator[str]:
    with running_server(example_db) as url:
        yield url


@pytest.fixture(scope="session")
def hand_server(hand_db) -> Iterator[str]:
    with running_server(hand_db) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.errors = errors
    yield page
    context.close()


def screenshot(page, name: str, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=full_page)
    return path


def wait_ready(page, timeout: float = 15.0) -> None:
    page.wait_for_selector("body[data-ready=true]", timeout=timeout * 1000)
    time.sleep(0.05)
