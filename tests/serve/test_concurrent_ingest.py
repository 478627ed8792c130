"""One database, two processes: `warta serve` answers while an ingest writes to the same file.

The ingest runs here, the server in its own process (DuckDB's lock is per process). The
stand-in pipeline takes a little time an article, as coding does, so batches are apart.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request

from tests.serve.conftest import running_server
from warta.document import Document
from warta.ingest import Reader
from warta.runner import ingest
from warta.store import Store

ARTICLES = 60
INDONESIAN = "JAKARTA – Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia di Istana Merdeka"


class SlowNoCoding:
    """Stores each article without events, after a pause like the coder's."""

    def process(self, article):
        time.sleep(0.02)
        return Document(article=article)


def poll(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_api_answers_while_an_ingest_writes_the_same_database(tmp_path):
    db = tmp_path / "w.duckdb"
    Store(db).close()
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps({"text": f"{INDONESIAN} pada hari ke-{i}. Kedua pemimpin membahas kerja sama."})
                  for i in range(ARTICLES)),
        encoding="utf-8",
    )  # fmt: skip
    with running_server(db) as url:
        summaries = []

        def run_ingest() -> None:
            with Store(db, lock_timeout=60) as store:
                summaries.append(ingest([feed], store, pipeline=SlowNoCoding(), reader=Reader(), batch_size=4))

        writer = threading.Thread(target=run_ingest)
        writer.start()
        answers = []
        while writer.is_alive():
            answers.append(poll(f"{url}/api/stats"))
        writer.join()
        final_status, final = poll(f"{url}/api/stats")
    [summary] = summaries
    assert (summary.added, summary.rejected, final_status, final["articles"]) == (ARTICLES, 0, 200, ARTICLES)
    statuses = {status for status, _ in answers}
    assert 200 in statuses and statuses <= {200, 503}
    busy = [body["detail"] for status, body in answers if status == 503]
    assert set(busy) <= {"the database is busy: an ingest is writing to it; try again in a moment"}
    counts = [body["articles"] for status, body in answers if status == 200]
    assert counts == sorted(counts)  # each answer sees whole batches, never fewer than before
