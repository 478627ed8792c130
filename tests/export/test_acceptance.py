"""The issue's acceptance on the real pipeline's output for the reference article."""

from __future__ import annotations

import json

import duckdb
import jsonschema

from warta.export import export, gdelt
from warta.export.plover import schema
from warta.store import EventFilter, Store
from warta.store.database import ALL_MODES


def test_acceptance_example_article_exports(example_document, tmp_path):
    assert example_document.events, "the pipeline codes events in the reference article"
    with Store(tmp_path / "db.duckdb") as store:
        store.write_batch([example_document])
        events_out, plover_out = tmp_path / "events.CSV", tmp_path / "plover.jsonl"
        rows = export(store, "gdelt", events_out, EventFilter(mode=ALL_MODES))
        export(store, "plover", plover_out, EventFilter(mode=ALL_MODES))
        codes = {r["code"] for r in store.events(EventFilter(mode=ALL_MODES))}
    lines = events_out.read_text(encoding="utf-8").splitlines()
    assert rows == len(lines) > 0 and all(len(line.split("\t")) == 61 for line in lines)
    loaded = duckdb.connect().execute(
        "SELECT EventCode, Day FROM read_csv(?, delim='\t', header=false, columns=?)", [str(events_out), gdelt.TYPES]
    ).fetchall()
    assert {code for code, _ in loaded} == codes  # every code, leading zeros kept
    assert all(day // 10000 == 2022 for _, day in loaded if day)
    validator = jsonschema.Draft202012Validator(schema())
    records = [json.loads(line) for line in plover_out.read_text(encoding="utf-8").splitlines()]
    assert records
    for record in records:
        validator.validate(record)
