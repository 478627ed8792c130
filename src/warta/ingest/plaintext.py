"""Plain-text articles: a date line, optionally a title, then the body opening with a dateline."""

from __future__ import annotations

import re

from warta.document import Dateline
from warta.ingest.dates import UnreadableDate, looks_like_date_line, parse_date

# "MOSKOW –", "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -": a place name, an optional agency, a dash.
_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){0,3})"
    r"(?:\s*,\s*[\w. ]{1,30}|\s*\([\w. ]{1,30}\))?"
    r"\s*[–—-]{1,2}\s"
)


class PlainText:
    """The parts of a plain-text article: date, title and where the body starts."""

    def __init__(self, text: str):
        self.text = text
        self.date: str | None = None
        self.title: str | None = None
        self.body_start = 0
        self._read_header()
        self.dateline = find_dateline(text, self.body_start)

    def _read_header(self) -> None:
        lines = self.text.split("\n")
        offset = 0
        for index, line in enumerate(lines[:2]):
            if line.strip() and looks_like_date_line(line):
                # raises UnreadableDate: a date line we cannot read rejects the article
                self.date = parse_date(line).isoformat()
                self.body_start = offset + len(line) + 1
                if index == 1:
                    self.title = lines[0].strip() or None
                return
            offset += len(line) + 1
        raise UnreadableDate(
            "no date line: a plain-text article starts with its date (e.g. '15 Februari 2022'), "
            "optionally after a title line"
        )


def find_dateline(text: str, body_start: int) -> Dateline | None:
    """The dateline opening the body, if the body opens with one."""
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    match = _DATELINE.match(text, body_start)
    if not match:
        return None
    return Dateline(text=match.group("city"), start=match.start("city"), end=match.end("city"))
