"""Reading inputs: walk folders, decode files, split record files, identify the language.

Bad input never raises out of here: it becomes a `Reject` with a reason a person understands.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.document import Article, article_id
from warta.ingest.dates import UnreadableDate, parse_date
from warta.ingest.html import NoArticle, extract_html
from warta.ingest.langid import LanguageIdentifier
from warta.ingest.plaintext import PlainText, find_dateline
from warta.ingest.records import read_csv, read_jsonl
from warta.lang import SUPPORTED_LANGUAGES

#: Larger inputs are rejected: no news article is this long, and one file must not stall a batch.
DEFAULT_MAX_BYTES = 5_000_000
_RECORD_SUFFIXES = {".jsonl": read_jsonl, ".ndjson": read_jsonl, ".csv": read_csv}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not become an article, and why."""

    input: str
    reason: str


class Reader:
    """Turns paths into Articles and Rejects; holds the language identifier, loaded once."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.languages = LanguageIdentifier()

    def iter_articles(self, paths: Iterable[str | Path]) -> Iterator[Article | Reject]:
        for path in iter_files(paths):
            if isinstance(path, Reject):
                yield path
            else:
                yield from self.read_path(path)

    def read_path(self, path: Path) -> Iterator[Article | Reject]:
        """Everything one file holds: one article, several (JSONL, CSV) or a reject."""
        name = str(path)
        text = self._read_text(path)
        if isinstance(text, Reject):
            yield text
            return
        suffix = path.suffix.lower()
        if suffix in _RECORD_SUFFIXES:
            for number, record in _RECORD_SUFFIXES[suffix](text):
                where = f"{name}:{number}"
                yield Reject(where, record) if isinstance(record, str) else self.from_record(record, where)
        elif suffix in _HTML_SUFFIXES:
            yield self.from_html(text, name)
        else:
            yield self.from_plain_text(text, name)

    def from_plain_text(self, text: str, source: str) -> Article | Reject:
        try:
            parts = PlainText(text)
        except UnreadableDate as error:
            return Reject(source, str(error))
        article = Article(
            id=article_id(text), text=text, title=parts.title, date=parts.date,
            dateline=parts.dateline, body_start=parts.body_start, source=source,
        )  # fmt: skip
        return self._with_language(article)

    def from_html(self, html: str, source: str) -> Article | Reject:
        try:
            page = extract_html(html)
        except NoArticle as error:
            return Reject(source, str(error))
        return self._build(page.text, source, title=page.title, date=page.date, url=page.url)

    def from_record(self, record: dict[str, Any], source: str) -> Article | Reject:
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            return Reject(source, "record has no 'text' (a non-empty string is required)")
        title, url = (_optional_str(record.get(k)) for k in ("title", "url"))
        return self._build(text, source, title=title, date=_optional_str(record.get("date")), url=url)

    def _build(self, text: str, source: str, *, title, date, url) -> Article | Reject:
        if date is not None:
            try:
                date = parse_date(date).isoformat()
            except UnreadableDate as error:
                return Reject(source, f"date: {error}")
        text = _normalise_newlines(text)
        article = Article(
            id=article_id(text), text=text, title=title, url=url, date=date,
            dateline=find_dateline(text, 0), source=source,
        )  # fmt: skip
        return self._with_language(article)

    def _with_language(self, article: Article) -> Article | Reject:
        if len(article.text) > self.max_bytes:
            return Reject(article.source, _too_large(len(article.text.encode()), self.max_bytes))
        language = self.languages.identify(article.text[article.body_start :])
        if language not in SUPPORTED_LANGUAGES:
            return Reject(
                article.source,
                f"language {language!r} is not supported (warta codes {', '.join(SUPPORTED_LANGUAGES)})",
            )
        article.language = language
        return article

    def _read_text(self, path: Path) -> str | Reject:
        name = str(path)
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                return Reject(name, _too_large(size, self.max_bytes))
            data = path.read_bytes()
        except OSError as error:
            return Reject(name, f"cannot read the file: {error.strerror or error}")
        if not data.strip():
            return Reject(name, "empty file")
        if b"\x00" in data:
            return Reject(name, "binary data, not text (the file contains NUL bytes)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            return Reject(
                name,
                f"not valid UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
                "convert the file to UTF-8",
            )
        if _control_share(text) > 0.05:
            return Reject(name, "binary data, not text (too many control characters)")
        return _normalise_newlines(text)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Reject]:
    """The files under each path, folders walked recursively in name order, hidden files skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        elif path.exists():
            yield path
        else:
            yield Reject(str(path), "no such file or folder")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_share(text: str) -> float:
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\t\r\f")
    return controls / max(len(sample), 1)


def _too_large(size: int, limit: int) -> str:
    return f"too large for one article: {size / 1e6:.1f} MB (limit {limit / 1e6:.1f} MB)"


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
