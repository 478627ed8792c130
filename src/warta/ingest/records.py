"""Record files: JSONL and CSV, one article a record (`text`, optional `title`, `date`, `url`, `language`).

Both are read as streams from a binary file: memory holds one record at a time, so a corpus
of gigabytes is fine, and the size limit applies to each record, not to the file. A record
that cannot be read becomes a reason; the records after it are still read.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

# A record is (line or row number, the record or the reason it could not be read).
Record = tuple[int, dict[str, Any] | str]

# Byte-order marks of the encodings other than UTF-8 that a record file may use. UTF-32 first:
# its little-endian mark starts with UTF-16's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
_SKIP_CHUNK = 1 << 20


def wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 when `head` (a file's first bytes) starts with their byte-order mark."""
    return next((name for bom, name in _WIDE_BOMS if head.startswith(bom)), None)


def read_jsonl(handle: BinaryIO, max_bytes: int) -> Iterator[Record]:
    """JSON lines: a line ends at "\\n" only (U+0085, U+2028, U+2029 are text inside a string)."""
    for number, line in _lines(handle, max_bytes):
        if line is None:
            yield number, _too_large_record(max_bytes)
        elif isinstance(line, UnicodeDecodeError):
            yield number, f"not valid UTF-8 text (byte 0x{line.object[line.start]:02x} at column {line.start + 1})"
        elif line.strip():
            yield number, _json_object(line)


def _json_object(line: str) -> dict[str, Any] | str:
    try:
        # strict=False: a raw tab or control character inside a string is taken as text
        # (scrapers write them); normalisation removes what is not text later.
        record = json.loads(line, strict=False)
    except json.JSONDecodeError as error:
        return f"not valid JSON ({error.msg} at column {error.colno})"
    except RecursionError:
        return "JSON nested too deeply to read"
    except ValueError as error:  # e.g. a number of more than 4,300 digits
        return f"JSON value cannot be read ({str(error).split(';')[0]})"
    if not isinstance(record, dict):
        return f"a JSON {type(record).__name__}, not an object"
    return record


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, str | UnicodeDecodeError | None]]:
    """(line number, text) for each line; None for a line over `max_bytes`, which is skipped unread."""
    encoding = wide_encoding(handle.peek(4)[:4]) if hasattr(handle, "peek") else None
    if encoding:
        yield from _wide_lines(handle, encoding, max_bytes)
        return
    number = 0
    while raw := handle.readline(max_bytes + 1):
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            _skip_line(handle)
            yield number, None
            continue
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r\n")
        except UnicodeDecodeError as error:
            yield number, error


def _wide_lines(handle: BinaryIO, encoding: str, max_bytes: int) -> Iterator[tuple[int, str | UnicodeDecodeError | None]]:
    text = io.TextIOWrapper(handle, encoding=encoding, newline="\n")
    number = 0
    try:
        while line := text.readline(max_bytes + 1):
            number += 1
            if len(line) > max_bytes and not line.endswith("\n"):
                while (rest := text.readline(_SKIP_CHUNK)) and not rest.endswith("\n"):
                    pass
                yield number, None
            else:
                yield number, line.rstrip("\r\n")
    except UnicodeDecodeError as error:  # a wide encoding cannot resynchronise: the rest is lost
        yield number + 1, error
    finally:
        text.detach()


def _skip_line(handle: BinaryIO) -> None:
    """Read past the rest of an over-long line in bounded chunks."""
    while (chunk := handle.readline(_SKIP_CHUNK)) and not chunk.endswith(b"\n"):
        pass


def _too_large_record(max_bytes: int) -> str:
    return f"record too large for one article (limit {max_bytes / 1e6:.1f} MB)"


def read_csv(handle: BinaryIO, max_bytes: int) -> Iterator[Record]:
    """CSV with a header row naming a `text` column; quoted fields may hold newlines."""
    csv.field_size_limit(max_bytes)  # the csv module's default (131,072) is below a long article
    encoding = (wide_encoding(handle.peek(4)[:4]) if hasattr(handle, "peek") else None) or "utf-8-sig"
    # surrogateescape: a row with bytes that are not UTF-8 is rejected alone, the next rows still read.
    text = io.TextIOWrapper(handle, encoding=encoding, errors="surrogateescape", newline="")
    try:
        yield from _csv_rows(csv.reader(text), max_bytes)
    except UnicodeDecodeError as error:  # only in UTF-16/32, which cannot resynchronise
        yield 0, f"not valid {encoding.upper()} text ({error.reason})"
    finally:
        text.detach()


def _csv_rows(rows, max_bytes: int) -> Iterator[Record]:
    try:
        header = next(rows)
    except StopIteration:
        return
    except csv.Error as error:
        yield 1, f"CSV header cannot be read ({error})"
        return
    if "text" not in header:
        yield 1, f"CSV has no 'text' column (columns: {', '.join(header) or 'none'})"
        return
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as error:
            reason = _too_large_record(max_bytes) if "field larger" in str(error) else f"not a valid CSV row ({error})"
            yield rows.line_num, reason
            continue
        if not any(cell.strip() for cell in row):
            continue
        if any(_undecodable(cell) for cell in row):
            yield rows.line_num, "not valid UTF-8 text; convert the file to UTF-8"
            continue
        yield rows.line_num, dict(zip(header, row))


def _undecodable(cell: str) -> bool:
    try:
        cell.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
