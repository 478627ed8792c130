"""Time expressions: find them in the text and normalise them against the article date.

The vocabulary (month, weekday, unit and direction words) comes from the language's
`times.toml`; the rules here are language-neutral. Values are ISO strings of the
expression's precision: `2022-02-12` (date), `2022-02` (month), `2014` (year),
`2022-W06` (week); durations have no value.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from warta.document import TimeExpression

_PAST, _FUTURE, _CURRENT = -1, 1, 0


@dataclass(frozen=True)
class TimeLexicon:
    """One language's time vocabulary, read from `times.toml`."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    units_one: dict[str, str]
    relative_days: dict[str, int]
    words: dict[str, list[str]]

    @classmethod
    def load(cls, path: Path) -> TimeLexicon:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
        return cls(
            months=data.get("months", {}),
            weekdays=data.get("weekdays", {}),
            numbers=data.get("numbers", {}),
            units=data.get("units", {}),
            units_one=data.get("units_one", {}),
            relative_days=data.get("relative_days", {}),
            words=data.get("words", {}),
        )


@dataclass
class _Candidate:
    start: int
    end: int
    value: str | None
    kind: str
    priority: int = 0
    same_day: bool = False


def _alt(words) -> str:
    """A regex alternation of words, longest first, each escaped; a never-matching group if empty."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return "(?!x)x"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower())


class TimeFinder:
    """Finds and normalises the time expressions of one language."""

    def __init__(self, lexicon: TimeLexicon):
        self.lex = lexicon
        w = lexicon.words
        month = _alt(lexicon.months)
        wday = _alt(lexicon.weekdays)
        num = rf"(?:\d{{1,3}}|{_alt(lexicon.numbers)})"
        unit = _alt(lexicon.units)
        unit_one = _alt(lexicon.units_one)
        past_a, fut_a, cur_a = (
            _alt(w.get(k, [])) for k in ("past_after", "future_after", "current_after")
        )
        fut_count = _alt(w.get("future_after_count", []))
        past_b, fut_b, cur_b = (
            _alt(w.get(k, [])) for k in ("past_before", "future_before", "current_before")
        )
        day_part = _alt(w.get("day_parts", []))
        year_word = _alt(w.get("year_words", []))
        month_word = _alt(w.get("month_words", []))
        year_cue = _alt(w.get("year_cues", []))
        dur_prefix = _alt(w.get("duration_prefixes", []))
        vague = _alt(w.get("vague_counts", []))
        B, E = r"(?<![\w])", r"(?![\w])"  # word boundaries that also work next to dots
        dirs = rf"(?P<past>{past_a})|(?P<fut>{fut_a})|(?P<cur>{cur_a})"
        dirs_before = rf"(?P<pastb>{past_b})|(?P<futb>{fut_b})|(?P<curb>{cur_b})"
        flags = re.IGNORECASE
        self.patterns: list[tuple[re.Pattern, str, int]] = [
            # Selasa (15/2/2022), Sabtu (12/2)
            (
                re.compile(
                    rf"{B}(?P<wd>{wday}){E}\s*,?\s*\(\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\s*\)",
                    flags,
                ),
                "dmy",
                5,
            ),
            # 2022-02-15
            (re.compile(rf"{B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){E}"), "dmy", 5),
            # 15/02/2022, 15-2-2022, 15.02.2022
            (
                re.compile(
                    r"(?<![\w/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/]|\.\d)"
                ),
                "dmy",
                5,
            ),
            # (Senin,) 15 Februari (2022) (lalu): the direction word belongs to the date, not to
            # the month alone ("Oktober lalu" would read a month of last year)
            (
                re.compile(
                    rf"{B}(?:(?P<wd>{wday})\s*,?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{month}){E}(?:\s*,?\s+(?P<y>\d{{4}}){E})?(?:\s+(?:{dirs}){E})?",
                    flags,
                ),
                "dmy",
                4,
            ),
            # (Monday,) February 15(, 2022)
            (
                re.compile(
                    rf"{B}(?:(?P<wd>{wday})\s*,?\s+)?(?P<mon>{month})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{E}(?:\s*,?\s+(?P<y>\d{{4}}){E})?",
                    flags,
                ),
                "dmy",
                3,
            ),
            # (bulan) Februari 2022
            (
                re.compile(
                    rf"{B}(?:(?:{month_word})\s+)?(?P<mon>{month})\s+(?P<y>\d{{4}}){E}", flags
                ),
                "month",
                3,
            ),
            # bulan Februari (lalu), pada Februari
            (
                re.compile(
                    rf"{B}(?:(?:{month_word})\s+|(?:{year_cue})\s+)(?P<mon>{month}){E}(?!\s+\d{{4}})(?:\s+(?:{dirs}){E})?",
                    flags,
                ),
                "month_rel",
                2,
            ),
            # Desember mendatang, Maret lalu
            (
                re.compile(rf"{B}(?P<mon>{month}){E}(?!\s+\d{{4}})\s+(?:{dirs}){E}", flags),
                "month_rel",
                2,
            ),
            # tahun 2014
            (re.compile(rf"{B}(?:{year_word})\s+(?P<y>\d{{4}}){E}", flags), "year", 3),
            # pada 2014 (the span is the year only)
            (
                re.compile(rf"{B}(?:{year_cue})\s+(?P<y>(?:19|20)\d{{2}})(?![\w.,]\d|\w)", flags),
                "year_cue",
                2,
            ),
            # last Monday, next Friday night
            (
                re.compile(
                    rf"{B}(?:{dirs_before})\s+(?P<wd>{wday})(?:\s+(?P<part>{day_part}))?{E}", flags
                ),
                "weekday",
                2,
            ),
            # Senin pekan lalu, Jumat minggu depan: that weekday in the week before or after
            (
                re.compile(
                    rf"{B}(?P<wd>{wday})(?:\s+(?P<part>{day_part}))?\s+(?P<wunit>{unit})\s+(?:{dirs}){E}",
                    flags,
                ),
                "weekday_week",
                3,
            ),
            # (pada hari) Sabtu (malam) (lalu)
            (
                re.compile(
                    rf"{B}(?P<wd>{wday})(?:\s+(?P<part>{day_part}))?(?:\s+(?:{dirs}))?{E}", flags
                ),
                "weekday",
                1,
            ),
            # kemarin, hari ini, besok
            (re.compile(rf"{B}(?P<rel>{_alt(lexicon.relative_days)}){E}", flags), "relday", 2),
            # dua hari (yang) lalu, three weeks ago, sepekan lalu
            (
                re.compile(
                    rf"{B}(?:(?P<n>{num})\s+(?P<unit>{unit})|(?P<one>{unit_one}))\s+(?:(?P<past>{past_a})|(?P<fut>{fut_a}|{fut_count})){E}",
                    flags,
                ),
                "ago",
                3,
            ),
            # pekan lalu, bulan depan, tahun ini
            (re.compile(rf"{B}(?P<unit>{unit})\s+(?:{dirs}){E}", flags), "unit_rel", 2),
            # last week, next month, this year
            (re.compile(rf"{B}(?:{dirs_before})\s+(?P<unit>{unit}){E}", flags), "unit_rel", 2),
            # (selama) 35 menit, beberapa jam, selama sepekan
            (
                re.compile(
                    rf"{B}(?:(?:{dur_prefix})\s+)?(?:(?:{num}|{vague})\s+(?:{unit})|(?:{dur_prefix})\s+(?:{unit_one}|{vague})|(?:{unit_one})){E}(?!-)(?!\s+(?:{past_a}|{fut_a}|{fut_count}){E})",
                    flags,
                ),
                "duration",
                1,
            ),
            # pada hari yang sama
            (re.compile(rf"{B}(?:{_alt(w.get('same_day', []))}){E}", flags), "same_day", 3),
        ]
        self._prefix = re.compile(rf"(?:{_alt(w.get('prefixes', []))})\s+$", flags)
        self._future = re.compile(rf"{B}(?:{_alt(w.get('future_markers', []))}){E}", flags)
        self._past = re.compile(rf"{B}(?:{_alt(w.get('past_markers', []))}){E}", flags)
        self._year_follow = re.compile(
            rf"\s*(?:,|–|-|{_alt(w.get('year_joiners', []))})\s*(?P<y>(?:19|20)\d{{2}})(?![\w.,]\d|\w)",
            flags,
        )

    # -- value helpers -------------------------------------------------------------------

    def _number(self, text: str) -> int | None:
        if text.isdigit():
            return int(text)
        return self.lex.numbers.get(_norm(text))

    def _unit(self, text: str) -> str | None:
        return self.lex.units.get(_norm(text))

    def _dir(self, m: re.Match) -> int | None:
        groups = m.groupdict()
        if groups.get("past") or groups.get("pastb"):
            return _PAST
        if groups.get("fut") or groups.get("futb"):
            return _FUTURE
        if groups.get("cur") or groups.get("curb"):
            return _CURRENT
        return None

    # -- matching ------------------------------------------------------------------------

    def find(self, text: str, date: str | None) -> list[TimeExpression]:
        """Every time expression of `text`, in order, normalised against `date` (YYYY-MM-DD)."""
        anchor = _parse_date(date)
        candidates: list[_Candidate] = []
        for pattern, kind, priority in self.patterns:
            for m in pattern.finditer(text):
                cand = self._candidate(m, kind, priority, text, anchor)
                if cand is not None:
                    candidates.append(cand)
        chosen = _select(candidates)
        chosen = self._follow_years(text, chosen)
        out: list[TimeExpression] = []
        last_date: str | None = None
        for c in chosen:
            if c.same_day:
                c.value = last_date
            if c.kind == "date" and c.value:
                last_date = c.value
            out.append(
                TimeExpression(
                    text=text[c.start : c.end], start=c.start, end=c.end, value=c.value, kind=c.kind
                )
            )
        return out

    def _follow_years(self, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """`tahun 2014 dan 2015`: a year right after a year expression is a year too."""
        extra = []
        taken = [(c.start, c.end) for c in chosen]
        for c in chosen:
            end = c.end
            while c.kind == "year":
                m = self._year_follow.match(text, end)
                if not m or any(s < m.end("y") and m.start("y") < e for s, e in taken):
                    break
                extra.append(_Candidate(m.start("y"), m.end("y"), m.group("y"), "year"))
                end = m.end()
        return sorted(chosen + extra, key=lambda c: c.start)

    def _candidate(self, m: re.Match, kind: str, priority: int, text: str, anchor: dt.date | None):
        start, end = m.start(), m.end()
        g = m.groupdict()
        if kind == "dmy":
            month = int(g["m"]) if g.get("m") else self.lex.months[_norm(g["mon"])]
            day = int(g["d"])
            lower_weekday = g.get("wd") and not g["wd"][0].isupper()
            if lower_weekday and not g.get("mon") and "(" not in m.group(0):
                return None
            year = _year(g.get("y"))
            direction = self._dir(m)
            if year is None and anchor and direction is not None:
                value = _day_toward(anchor, month, day, direction)
            else:
                value = _ymd(year, month, day, anchor)
            if value is None and (year or anchor):
                return None
            return self._with_prefix(text, _Candidate(start, end, value, "date", priority))
        if kind == "month":
            month = self.lex.months[_norm(g["mon"])]
            if g["mon"][0].islower() and len(g["mon"]) <= 3:
                return None
            return _Candidate(start, end, f"{int(g['y']):04d}-{month:02d}", "month", priority)
        if kind == "month_rel":
            if not g["mon"][0].isupper():
                return None
            month = self.lex.months[_norm(g["mon"])]
            direction = self._dir(m)
            if direction is None and self._is_future(text, start):
                direction = _FUTURE
            value = _month_near(anchor, month, direction) if anchor else None
            return _Candidate(start, end, value, "month", priority)
        if kind == "year":
            if not 1000 <= int(g["y"]) <= 2199:
                return None
            return _Candidate(start, end, g["y"], "year", priority)
        if kind == "year_cue":
            return _Candidate(m.start("y"), m.end("y"), g["y"], "year", priority)
        if kind == "weekday":
            if not g["wd"][0].isupper():
                return None
            weekday = self.lex.weekdays[_norm(g["wd"])]
            direction = self._dir(m)
            if direction is None or direction == _CURRENT:
                direction_hint = _FUTURE if self._is_future(text, start) else _PAST
            else:
                direction_hint = direction
            value = None
            if anchor:
                value = _weekday_near(
                    anchor, weekday, direction_hint, strict=direction in (_PAST, _FUTURE)
                ).isoformat()
            return self._with_prefix(text, _Candidate(start, end, value, "date", priority))
        if kind == "weekday_week":
            if not g["wd"][0].isupper() or self._unit(g["wunit"]) != "week":
                return None
            direction = self._dir(m)
            value = None
            if anchor:
                monday = (
                    anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=direction)
                )
                value = (monday + dt.timedelta(days=self.lex.weekdays[_norm(g["wd"])])).isoformat()
            return self._with_prefix(text, _Candidate(start, end, value, "date", priority))
        if kind == "relday":
            offset = self.lex.relative_days[_norm(g["rel"])]
            value = (anchor + dt.timedelta(days=offset)).isoformat() if anchor else None
            return self._with_prefix(text, _Candidate(start, end, value, "date", priority))
        if kind == "ago":
            if g.get("one"):
                n, unit = 1, self.lex.units_one[_norm(g["one"])]
            else:
                n, unit = self._number(g["n"]), self._unit(g["unit"])
            if n is None or unit is None:
                return None
            sign = -1 if g.get("past") else 1
            return _Candidate(start, end, *_shift(anchor, sign * n, unit), priority)
        if kind == "unit_rel":
            unit = self._unit(g["unit"])
            if unit not in ("week", "month", "year", "decade"):
                return None
            direction = self._dir(m)
            return _Candidate(start, end, *_shift(anchor, direction, unit), priority)
        if kind == "duration":
            return _Candidate(start, end, None, "duration", priority)
        if kind == "same_day":
            return _Candidate(start, end, None, "date", priority, same_day=True)
        return None

    def _with_prefix(self, text: str, cand: _Candidate) -> _Candidate:
        m = self._prefix.search(text, max(0, cand.start - 20), cand.start)
        if m and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            cand.start = m.start()
        return cand

    def _is_future(self, text: str, start: int) -> bool:
        """A future marker (akan, will) earlier in the same clause."""
        window = text[max(0, start - 80) : start]
        window = re.split(r"[.!?;:\n“”\"]|,\s", window)[-1]
        return bool(self._future.search(window)) and not self._past.search(window)


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest (then highest priority) first."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    chosen: list[_Candidate] = []
    for c in ordered:
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _parse_date(date: str | None) -> dt.date | None:
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _ymd(year: int | None, month: int, day: int, anchor: dt.date | None) -> str | None:
    """A full date; with no year, the year that puts it nearest the article date."""
    if year is None:
        if anchor is None:
            return None
        best = None
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                d = dt.date(y, month, day)
            except ValueError:
                continue
            if best is None or abs((d - anchor).days) < abs((best - anchor).days):
                best = d
        return best.isoformat() if best else None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _day_toward(anchor: dt.date, month: int, day: int, direction: int) -> str | None:
    """A day and month with a direction word: "10 Oktober lalu" is the latest 10 October on or
    before the article date, "10 Oktober mendatang" the first on or after it, "10 Oktober ini"
    the one of the article's year."""
    if direction == _CURRENT:
        return _ymd(anchor.year, month, day, anchor)
    step = -1 if direction == _PAST else 1
    for year in range(anchor.year, anchor.year + 9 * step, step):  # 29 February: up to 8 years
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate - anchor).days * step >= 0:
            return candidate.isoformat()
    return None


def _weekday_near(anchor: dt.date, weekday: int, direction: int, strict: bool) -> dt.date:
    """The nearest such weekday before (on or before unless strict) or after the article date."""
    if direction == _FUTURE:
        delta = (weekday - anchor.weekday()) % 7
        if delta == 0 and strict:
            delta = 7
        return anchor + dt.timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if delta == 0 and strict:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def _month_near(anchor: dt.date, month: int, direction: int | None) -> str:
    year = anchor.year
    if direction == _PAST:
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif direction == _FUTURE:
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif direction is None and month - anchor.month > 6:
        year -= 1
    elif direction is None and anchor.month - month > 6:
        year += 1
    return f"{year:04d}-{month:02d}"


def _shift(anchor: dt.date | None, n: int, unit: str) -> tuple[str | None, str]:
    """The (value, kind) of the article date moved by n units."""
    kind = {"day": "date", "week": "week", "month": "month", "year": "year", "decade": "year"}.get(
        unit
    )
    if kind is None:  # hours, minutes: the day it falls on
        hours = {"hour": 1, "minute": 1 / 60, "second": 1 / 3600}[unit] * n
        if anchor is None:
            return None, "date"
        return (
            anchor + dt.timedelta(hours=hours) if abs(hours) >= 24 else anchor
        ).isoformat(), "date"
    if anchor is None:
        return None, kind
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat(), kind
    if unit == "week":
        iso = (anchor + dt.timedelta(weeks=n)).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}", kind
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + n
        return f"{index // 12:04d}-{index % 12 + 1:02d}", kind
    if unit == "decade":
        return f"{anchor.year + 10 * n:04d}", kind
    return f"{anchor.year + n:04d}", kind


@cache
def load_finder(data_dir: Path) -> TimeFinder:
    """The time finder of the language whose data lives in `data_dir` (cached)."""
    return TimeFinder(TimeLexicon.load(data_dir / "times.toml"))
