from __future__ import annotations

import json

import jsonschema

from warta.export import export
from warta.export.plover import schema
from warta.store import EventFilter
from warta.store.database import ALL_MODES


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_plover_export_validates_against_the_repo_schema(store, tmp_path):
    out = tmp_path / "plover.jsonl"
    assert export(store, "plover", out, EventFilter(mode=ALL_MODES)) == 4  # 010 has no PLOVER type
    validator = jsonschema.Draft202012Validator(schema())
    for record in _records(out):
        validator.validate(record)


def test_plover_record_shape(store, tmp_path):
    out = tmp_path / "plover.jsonl"
    export(store, "plover", out)
    records = _records(out)
    assert [r["event"] for r in records] == ["CONSULT", "CONSULT", "ASSAULT"]
    consult = records[0]
    assert (consult["mode"], consult["context"], consult["factuality"]) == ("phone", [], "asserted")
    assert consult["source"] == {"text": "Presiden Rusia Vladimir Putin", "code": "RUSGOV", "country": "RUS",
                                 "sector": ["GOV"], "known_group": None, "start": 26, "end": 55}  # fmt: skip
    assert consult["target"]["country"] == "USA" and consult["date"] == "2022-02-12"
    assert consult["text"].startswith("MOSKOW – Percakapan telepon")  # the sentence
    assert consult["cameo"] == {"code": "041", "name": "Discuss by telephone", "quad_class": 1, "goldstein": 1.0}
    assault = records[2]
    assert assault["location"]["name"] == "Kyiv" and assault["location"]["country"] == "UA"
    assert assault["source"]["sector"] == ["MIL"] and assault["article"]["url"] is None


def test_plover_schema_rejects_a_broken_record(store, tmp_path):
    out = tmp_path / "plover.jsonl"
    export(store, "plover", out)
    record = _records(out)[0]
    record["cameo"]["code"] = 41  # a number: the leading zero would be lost
    errors = list(jsonschema.Draft202012Validator(schema()).iter_errors(record))
    assert [e.path[-1] for e in errors] == ["code"]
