"""Record files: JSONL and CSV, one article a record (`text`, optional `title`, `date`, `url`)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

# A record is (line or row number, the record or the reason it could not be read).
Record = tuple[int, dict[str, Any] | str]


def read_jsonl(text: str) -> Iterator[Record]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"line {number} is not valid JSON ({error.msg} at column {error.colno})"
            continue
        if not isinstance(record, dict):
            yield number, f"line {number} is a JSON {type(record).__name__}, not an object"
            continue
        yield number, record


def read_csv(text: str) -> Iterator[Record]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield 1, f"CSV has no 'text' column (columns: {', '.join(reader.fieldnames or []) or 'none'})"
        return
    for row in reader:
        yield reader.line_num, {k: v for k, v in row.items() if k is not None}
