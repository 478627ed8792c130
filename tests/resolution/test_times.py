"""Time expressions: absolute, partial, relative to the article date, durations."""

from __future__ import annotations

import pytest

from warta.document import Article, Document


def times(resolve, text, date="2022-02-15"):
    return [(t.text, t.value, t.kind) for t in resolve(text, date).times]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("15 Februari 2022", ("15 Februari 2022", "2022-02-15", "date")),
        ("Selasa (15/2/2022)", ("Selasa (15/2/2022)", "2022-02-15", "date")),
        ("pada 15/02/2022", ("pada 15/02/2022", "2022-02-15", "date")),  # day first
        ("pada 05/03/2022", ("pada 05/03/2022", "2022-03-05", "date")),
        ("2022-02-12", ("2022-02-12", "2022-02-12", "date")),
        ("17 Pebruari 2021", ("17 Pebruari 2021", "2021-02-17", "date")),
        ("10 Nopember 2021", ("10 Nopember 2021", "2021-11-10", "date")),
        ("Senin, 14 Februari 2022", ("Senin, 14 Februari 2022", "2022-02-14", "date")),
    ],
)
def test_times_absolute(resolve, text, expected):
    assert times(resolve, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Februari 2022", ("Februari 2022", "2022-02", "month")),
        ("bulan Maret 2020", ("bulan Maret 2020", "2020-03", "month")),
        ("pada tahun 2014", ("tahun 2014", "2014", "year")),
        ("sejak 2019", ("2019", "2019", "year")),
    ],
)
def test_times_partial(resolve, text, expected):
    assert times(resolve, text) == [expected]


@pytest.mark.parametrize(
    "text, value, kind",
    [
        ("pada hari Sabtu", "2022-02-12", "date"),  # the Saturday before Tuesday 15 February
        ("hari Senin", "2022-02-14", "date"),
        ("Senin lalu", "2022-02-14", "date"),
        ("Selasa lalu", "2022-02-08", "date"),  # "lalu" never means today
        ("pada hari Selasa", "2022-02-15", "date"),  # the article's own day
        ("Sabtu malam", "2022-02-12", "date"),
        ("Sabtu (12/2)", "2022-02-12", "date"),  # day/month, not month/day
        ("kemarin", "2022-02-14", "date"),
        ("kemarin lusa", "2022-02-13", "date"),
        ("hari ini", "2022-02-15", "date"),
        ("dua hari lalu", "2022-02-13", "date"),
        ("3 hari yang lalu", "2022-02-12", "date"),
        ("pekan lalu", "2022-W06", "week"),
        ("bulan depan", "2022-03", "month"),
        ("bulan lalu", "2022-01", "month"),
        ("tahun lalu", "2021", "year"),
        ("tahun depan", "2023", "year"),
        ("pada Maret lalu", "2021-03", "month"),
        ("Desember mendatang", "2022-12", "month"),
        ("Senin pekan lalu", "2022-02-07", "date"),  # the Monday of last week, not yesterday
        ("Jumat minggu depan", "2022-02-25", "date"),
    ],
)
def test_times_relative_to_article_date(resolve, text, value, kind):
    found = resolve(text).times
    assert [(t.value, t.kind) for t in found] == [(value, kind)]


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # "lalu": the latest such day on or before the article date, never a later one
        ("Polisi menangkapnya 10 Oktober lalu.", "2025-10-20", ("10 Oktober lalu", "2025-10-10")),
        ("Polisi menangkapnya 10 Oktober lalu.", "2025-10-05", ("10 Oktober lalu", "2024-10-10")),
        ("pada 10 Oktober lalu", "2025-10-10", ("pada 10 Oktober lalu", "2025-10-10")),
        ("Jumat, 10 Oktober yang lalu", "2025-10-20", ("Jumat, 10 Oktober yang lalu", "2025-10-10")),
        ("29 Februari lalu", "2025-10-05", ("29 Februari lalu", "2024-02-29")),
        # "mendatang": the first such day on or after it
        ("10 Oktober mendatang", "2025-10-20", ("10 Oktober mendatang", "2026-10-10")),
        ("10 Oktober mendatang", "2025-10-05", ("10 Oktober mendatang", "2025-10-10")),
        # a year wins over the direction word
        ("10 Oktober 2023 lalu", "2025-10-05", ("10 Oktober 2023 lalu", "2023-10-10")),
        # no direction word: the nearest such day, before or after (the rule for a bare date)
        ("pada 10 Oktober", "2025-10-05", ("pada 10 Oktober", "2025-10-10")),
        ("pada 20 Desember", "2025-01-05", ("pada 20 Desember", "2024-12-20")),
    ],
)
def test_times_day_and_month_with_direction(resolve, text, date, expected):
    assert times(resolve, text, date) == [(*expected, "date")]


@pytest.mark.parametrize(
    "text, value, kind",
    [
        ("pekan depan", "2025-W43", "week"),  # 2025-10-15 is in week 42
        ("minggu depan", "2025-W43", "week"),
        ("Minggu depan, menteri itu berkunjung.", "2025-W43", "week"),  # the unit, not Sunday
        ("bulan depan", "2025-11", "month"),
        ("tahun depan", "2026", "year"),
        ("pekan lalu", "2025-W41", "week"),
        ("minggu lalu", "2025-W41", "week"),
        ("bulan lalu", "2025-09", "month"),
    ],
)
def test_times_next_and_last_unit_around_article_date(resolve, text, value, kind):
    assert [(t.value, t.kind) for t in resolve(text, "2025-10-15").times] == [(value, kind)]


def test_times_future_marker_sends_weekday_forward(resolve):
    assert times(resolve, "Presiden akan berkunjung pada Kamis.") == [
        ("pada Kamis", "2022-02-17", "date")
    ]


def test_times_originally_scheduled_is_past(resolve):
    found = times(
        resolve, "Perundingan itu, yang semula dijadwalkan pada hari Senin, diadakan kemarin."
    )
    assert found[0] == ("pada hari Senin", "2022-02-14", "date")


@pytest.mark.parametrize(
    "text", ["selama 35 menit", "35 menit", "selama beberapa jam", "tiga tahun"]
)
def test_times_durations_have_no_value(resolve, text):
    found = resolve(text).times
    assert len(found) == 1 and found[0].kind == "duration" and found[0].value is None


def test_times_numbers_are_not_years(resolve):
    assert times(resolve, "Sebanyak 2000 tentara dikerahkan.") == []


def test_times_year_list(resolve):
    assert times(resolve, "ditandatangani pada tahun 2014 dan 2015.") == [
        ("tahun 2014", "2014", "year"),
        ("2015", "2015", "year"),
    ]


def test_times_same_day_takes_previous_date(resolve):
    found = times(
        resolve, "Mereka bertemu pada hari Sabtu. Pada hari yang sama, menteri itu terbang ke Roma."
    )
    assert found[-1] == ("Pada hari yang sama", "2022-02-12", "date")


def test_times_offsets_point_into_text(resolve):
    text = "Gempa terjadi kemarin sore di Cianjur."
    (t,) = resolve(text).times
    assert text[t.start : t.end] == t.text == "kemarin sore"


def test_times_without_article_date_keep_absolute_values(resolve):
    found = resolve("Pada hari Sabtu, 12 Februari 2022, dan kemarin.", date=None).times
    assert [(t.text, t.value) for t in found] == [
        ("Pada hari Sabtu, 12 Februari 2022", "2022-02-12"),
        ("kemarin", None),
    ]


@pytest.mark.parametrize(
    "text, value, kind",
    [
        ("on Saturday", "2022-02-12", "date"),
        ("last Monday", "2022-02-14", "date"),
        ("February 15, 2022", "2022-02-15", "date"),
        ("15 February 2022", "2022-02-15", "date"),
        ("yesterday", "2022-02-14", "date"),
        ("two days ago", "2022-02-13", "date"),
        ("next month", "2022-03", "month"),
        ("in 2014", "2014", "year"),
        ("for 35 minutes", None, "duration"),
    ],
)
def test_times_english(en_stage, text, value, kind):
    doc = en_stage(Document(article=Article(id="t", text=text, date="2022-02-15", language="en")))
    assert [(t.value, t.kind) for t in doc.times] == [(value, kind)]
