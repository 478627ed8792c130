from warta.runner import ingest, process_item
from warta.ingest import Reject
from warta.store import Store
from warta.store.database import Store as StoreClass


def test_a_failing_article_becomes_a_reject_and_the_batch_goes_on(reader, tmp_path, monkeypatch, bad_inputs_folder):
    class Exploding:
        def process(self, article):
            raise ValueError("boom")

    [article] = list(reader.iter_articles([bad_inputs_folder / "moskow.txt"]))
    result = process_item(article, Exploding())
    assert isinstance(result, Reject)
    assert result.reason == "processing failed: ValueError: boom"


def test_crash_mid_run_loses_only_the_open_batch_and_a_rerun_completes_it(tmp_path, pipeline, reader, monkeypatch):
    folder = tmp_path / "news"
    folder.mkdir()
    for day in range(1, 6):
        (folder / f"{day}.txt").write_text(
            f"{day} Maret 2023\nJAKARTA – Presiden Joko Widodo bertemu Menteri Luar Negeri pada hari ke-{day}.",
            encoding="utf-8",
        )
    db = tmp_path / "w.duckdb"
    calls = {"n": 0}
    original = StoreClass.write_batch

    def crash_on_third_batch(self, documents, rejects=(), cleared=()):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the machine goes down mid-run
        return original(self, documents, rejects, cleared)

    monkeypatch.setattr(StoreClass, "write_batch", crash_on_third_batch)
    with Store(db) as store:
        try:
            ingest([folder], store, pipeline=pipeline, reader=reader, batch_size=2)
        except KeyboardInterrupt:
            pass
        assert store.stats()["articles"] == 4
    monkeypatch.undo()
    with Store(db) as store:
        summary = ingest([folder], store, pipeline=pipeline, reader=reader, batch_size=2)
        assert (summary.added, summary.skipped) == (1, 4)
        assert store.stats()["articles"] == 5
