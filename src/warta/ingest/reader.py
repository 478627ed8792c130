"""Reading inputs: walk folders, decode files, split record files, identify the language.

Bad input never raises out of here: it becomes a `Reject` with a reason a person understands.
Only regular files are read, and never more than the size limit plus one byte of one article.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from warta.document import Article, article_id
from warta.ingest.dates import UnreadableDate, parse_date
from warta.ingest.html import NoArticle, extract_html
from warta.ingest.langid import LanguageIdentifier
from warta.ingest.plaintext import PlainText, find_dateline
from warta.ingest.records import read_csv, read_jsonl, wide_encoding
from warta.ingest.text import lone_surrogate, normalise_text
from warta.lang import SUPPORTED_LANGUAGES

#: Larger inputs are rejected: no news article is this long, and one file must not stall a batch.
#: For JSONL and CSV the limit applies to each record, not to the file.
DEFAULT_MAX_BYTES = 5_000_000
#: Longer texts are rejected as "too long for one article". Long-form news stays well below it;
#: the language stage needs about 3 KB of memory and 0.1 ms a character (a 140,000-character
#: text takes 16 s and 450 MB more), and spaCy refuses texts over a million (its error E088).
#: The same as POST /api/extract's limit.
MAX_ARTICLE_CHARS = 100_000
_RECORD_SUFFIXES = {".jsonl": read_jsonl, ".ndjson": read_jsonl, ".csv": read_csv}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_SNIFF_BYTES = 4096
_RECORD_FIELDS = ("text", "title", "date", "url", "language")


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not become an article, and why."""

    input: str
    reason: str


class Reader:
    """Turns paths into Articles and Rejects; holds the language identifier, loaded once.

    `language`, when given, is every article's language: no identification, no record's own.
    """

    def __init__(
        self, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = MAX_ARTICLE_CHARS, language: str | None = None
    ) -> None:
        if language is not None and language not in SUPPORTED_LANGUAGES:
            raise ValueError(_unsupported(language))
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self.language = language
        self.languages = LanguageIdentifier()

    def iter_articles(self, paths: Iterable[str | Path], skip: Collection[Path] = ()) -> Iterator[Article | Reject]:
        """`skip`: files a folder walk passes over (see `iter_files`)."""
        for path in iter_files(paths, skip):
            if isinstance(path, Reject):
                yield path
            else:
                yield from self.read_path(path)

    def read_path(self, path: Path) -> Iterator[Article | Reject]:
        """Everything one file holds: one article, several (JSONL, CSV) or a reject."""
        name = display_name(path)
        handle = _open_regular_file(path)
        if isinstance(handle, str):
            yield Reject(reject_input(path), handle)
            return
        with handle:
            suffix = path.suffix.lower()
            if suffix in _RECORD_SUFFIXES:
                yield from self._read_records(handle, path, _RECORD_SUFFIXES[suffix])
                return
            text = self._read_text(handle)
        if isinstance(text, str):
            text = self.from_html(text, name) if suffix in _HTML_SUFFIXES else self.from_plain_text(text, name)
        yield Reject(reject_input(path), text.reason) if isinstance(text, Reject) else text

    def from_plain_text(self, text: str, source: str) -> Article | Reject:
        text = normalise_text(text)
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
        fields = {key: _optional_str(record.get(key)) for key in _RECORD_FIELDS if key != "text"}
        for key, value in (("text", text), *fields.items()):
            offset = lone_surrogate(value) if value else None
            if offset is not None:
                return Reject(source, f"'{key}' holds a lone surrogate at character {offset} (not valid Unicode)")
        language = fields.pop("language")
        if language is not None:
            language = language.lower()
            if language not in SUPPORTED_LANGUAGES:
                return Reject(source, _unsupported(language) + " (the record's 'language')")
        return self._build(text, source, **fields, language=language)

    def _build(self, text: str, source: str, *, title, date, url, language: str | None = None) -> Article | Reject:
        if date is not None:
            try:
                date = parse_date(date).isoformat()
            except UnreadableDate as error:
                return Reject(source, f"date: {error}")
        text = normalise_text(text)
        article = Article(
            id=article_id(text), text=text, title=_one_line(title),
            url=url, date=date, dateline=find_dateline(text, 0), source=source,
        )  # fmt: skip
        return self._with_language(article, language)

    def _with_language(self, article: Article, given: str | None = None) -> Article | Reject:
        if len(article.text) > self.max_chars:
            return Reject(
                article.source,
                f"too long for one article: {len(article.text):,} characters (limit {self.max_chars:,})",
            )
        language = self.language or given or self.languages.identify(article.text[article.body_start :])
        if language not in SUPPORTED_LANGUAGES:
            return Reject(article.source, _unsupported(language))
        article.language = language
        return article

    def _read_records(self, handle: BinaryIO, path: Path, read) -> Iterator[Article | Reject]:
        binary = _binary_reason(handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES])
        if binary:
            yield Reject(reject_input(path), binary)
            return
        name, rejected_name, records = display_name(path), reject_input(path), 0
        for number, record in read(handle, self.max_bytes):
            records += 1
            item = record if isinstance(record, str) else self.from_record(record, f"{name}:{number}")
            if isinstance(item, Article):
                yield item
            else:
                yield Reject(f"{rejected_name}:{number}", item if isinstance(item, str) else item.reason)
        if records == 0:
            yield Reject(rejected_name, "empty file")

    def _read_text(self, handle: BinaryIO) -> str | Reject:
        """The decoded text of a single-article file (a Reject without input when it cannot be)."""
        size = os.fstat(handle.fileno()).st_size
        if size > self.max_bytes:
            return Reject("", _too_large(size, self.max_bytes))
        data = handle.read(self.max_bytes + 1)  # a file may grow after fstat: read no more than needed
        if len(data) > self.max_bytes:
            return Reject("", _too_large(len(data), self.max_bytes))
        if not data.strip():
            return Reject("", "empty file")
        return _decode(data)


def _decode(data: bytes) -> str | Reject:
    """UTF-8 (with or without a BOM), or UTF-16/32 with a BOM; anything else is a reason."""
    wide = wide_encoding(data[:4])
    if wide is None:
        binary = _binary_reason(data[:_SNIFF_BYTES])
        if binary:
            return Reject("", binary)
    try:
        text = data.decode(wide or "utf-8-sig")
    except UnicodeDecodeError as error:
        if wide:
            return Reject("", f"not valid {wide.upper()} text ({error.reason} at offset {error.start})")
        return Reject(
            "",
            f"not valid UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); convert the file to UTF-8",
        )
    if _control_share(text) > 0.05:
        return Reject("", "binary data, not text (too many control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _binary_reason(head: bytes) -> str | None:
    if wide_encoding(head[:4]):
        return None
    if b"\x00" in head:
        return "binary data, not text (the file contains NUL bytes; UTF-16 text needs a byte-order mark)"
    if _control_share(head.decode("utf-8", "ignore")) > 0.05:
        return "binary data, not text (too many control characters)"
    return None


# --- walking the inputs ----------------------------------------------------------------------------


def iter_files(paths: Iterable[str | Path], skip: Collection[Path] = ()) -> Iterator[Path | Reject]:
    """The files under each path, folders walked recursively in name order, hidden files skipped.

    `skip` names files a folder walk passes over: the database being written ("warta ingest ."
    run where warta.duckdb lives), which is warta's output, not its input. Named as a path
    itself, such a file is read (and rejected) like any other.

    A path that cannot be read — missing, unreadable, a FIFO or device — is a Reject, never silence.
    Symbolic links to folders are followed; a folder already walked (a link loop) is not walked again.
    """
    walked: set[tuple[int, int]] = set()
    skipped = {os.path.realpath(p) for p in skip}
    for raw in paths:
        yield from _walk(Path(raw), walked, skipped)


def _walk(path: Path, walked: set[tuple[int, int]], skipped: set[str], top: bool = True) -> Iterator[Path | Reject]:
    if not top and os.path.realpath(path) in skipped:
        return
    try:
        info = path.stat()
    except FileNotFoundError:
        reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
        yield Reject(reject_input(path), reason)
        return
    except OSError as error:
        yield Reject(reject_input(path), f"cannot read: {error.strerror or error}")
        return
    if not stat.S_ISDIR(info.st_mode):
        kind = _special_kind(info.st_mode)
        yield Reject(reject_input(path), f"not a regular file ({kind}): only regular files are read") if kind else path
        return
    if (info.st_dev, info.st_ino) in walked:
        return
    walked.add((info.st_dev, info.st_ino))
    try:
        names = sorted(entry.name for entry in os.scandir(path))
    except OSError as error:
        yield Reject(reject_input(path), f"cannot read the folder: {error.strerror or error}")
        return
    for name in names:
        if not name.startswith("."):
            yield from _walk(path / name, walked, skipped, top=False)


def _special_kind(mode: int) -> str | None:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):  # fmt: skip
        if test(mode):
            return kind
    return None if stat.S_ISREG(mode) else "not a file"


def _open_regular_file(path: Path) -> BinaryIO | str:
    """The file opened for reading, or why not. O_NONBLOCK: opening a FIFO must not wait for a writer."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        return f"cannot read the file: {error.strerror or error}"
    kind = _special_kind(os.fstat(descriptor).st_mode)
    if kind:
        os.close(descriptor)
        return f"not a regular file ({kind}): only regular files are read"
    return open(descriptor, "rb")


def display_name(path: str | Path) -> str:
    """A path as text that can always be stored: bytes that are not UTF-8 shown as \\xNN."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def reject_input(path: str | Path) -> str:
    """A reject's input: the absolute path, so `ingest poison` and `ingest $PWD/poison` agree."""
    return display_name(os.path.abspath(path))


def source_file(source: str) -> str:
    """The file an article was read from: its source without the record's ":line"."""
    path, colon, number = source.rpartition(":")
    return path if colon and number.isdigit() else source


def reject_input_of(source: str) -> str:
    """The reject input for an article's source (path or path:line), with the path made absolute."""
    path = source_file(source)
    return reject_input(path) + source[len(path) :]


# --- small helpers ---------------------------------------------------------------------------------


def _control_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\t\r\f")
    return controls / max(len(sample), 1)


def _too_large(size: int, limit: int) -> str:
    return f"too large for one article: {size / 1e6:.1f} MB (limit {limit / 1e6:.1f} MB)"


def _unsupported(language: str | None) -> str:
    return f"language {language!r} is not supported (warta codes {', '.join(SUPPORTED_LANGUAGES)})"


def _one_line(title: str | None) -> str | None:
    """A title as one line of normalised text (a record's title may hold any line break)."""
    return " ".join(normalise_text(title).split()) or None if title else None


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
