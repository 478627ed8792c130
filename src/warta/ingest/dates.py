"""Reading an article's publication date from a date line ("15 Februari 2022", "Feb 15, 2022")."""

from __future__ import annotations

import re
from datetime import date

# Indonesian (with old spellings) and English month names and abbreviations.
MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip

_MONTH = r"(?P<month>[A-Za-z]{3,10})\.?"
_PATTERNS = (
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})"),  # ISO 8601
    re.compile(r"(?P<day>\d{1,2})[/.](?P<mnum>\d{1,2})[/.](?P<year>\d{4})"),  # day first, as in Indonesia
    re.compile(rf"(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>\d{{4}})"),  # 15 Februari 2022
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"),  # February 15, 2022
)
# A line that is nothing but a date, optionally with a weekday and a time ("Selasa, 15 Februari 2022 10:30 WIB").
_DATE_LINE = re.compile(r"^[\w ,.()/:-]{6,60}$")


#: Publication dates outside these years are refused as dates: a year 9999 would overflow date
#: arithmetic ("besok" after 31 Desember 9999) and stretch every timeline over millennia.
MIN_YEAR, MAX_YEAR = 1900, 2100


class UnreadableDate(ValueError):
    """A date was given but could not be read."""


def parse_date(text: str) -> date:
    """The date written in `text`; raises UnreadableDate with a reason a person understands."""
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        month = int(groups["mnum"]) if groups.get("mnum") else MONTHS.get(groups["month"].lower())
        if month is None:
            continue
        year = int(groups["year"])
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise UnreadableDate(f"{text.strip()!r} is not a publication date (years {MIN_YEAR}–{MAX_YEAR})")
        try:
            return date(year, month, int(groups["day"]))
        except ValueError as error:
            raise UnreadableDate(f"{text.strip()!r} is not a valid date ({error})") from None
    raise UnreadableDate(f"cannot read a date in {text.strip()!r}")


def looks_like_date_line(line: str) -> bool:
    """Whether a line is meant as a date line: short, with a digit, and no sentence in it."""
    line = line.strip()
    return bool(_DATE_LINE.match(line)) and any(c.isdigit() for c in line) and len(line.split()) <= 8
