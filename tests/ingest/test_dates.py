import pytest

from warta.ingest.dates import UnreadableDate, looks_like_date_line, parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("15 Februari 2022", "2022-02-15"),
        ("Selasa, 15 Februari 2022 10:30 WIB", "2022-02-15"),
        ("3 Pebruari 2019", "2019-02-03"),
        ("10 Nopember 2020", "2020-11-10"),
        ("February 15, 2022", "2022-02-15"),
        ("15 Feb 2022", "2022-02-15"),
        ("2022-02-15", "2022-02-15"),
        ("15/02/2022", "2022-02-15"),
        ("5/2/2022", "2022-02-05"),  # day first, as Indonesian papers write it
        ("Selasa (15/2/2022)", "2022-02-15"),
    ],
)
def test_parse_date_reads_indonesian_and_english_forms(text, expected):
    assert parse_date(text).isoformat() == expected


@pytest.mark.parametrize("text", ["32 Februari 2022", "31/02/2022", "kemarin sore", "15 Brumaire 2022"])
def test_parse_date_rejects_what_it_cannot_read(text):
    with pytest.raises(UnreadableDate) as error:
        parse_date(text)
    assert text in str(error.value)


def test_date_line_is_short_with_a_digit():
    assert looks_like_date_line("15 Februari 2022")
    assert not looks_like_date_line("MOSKOW – Percakapan telepon antara Presiden Rusia Vladimir Putin dan Presiden AS")
    assert not looks_like_date_line("Judul berita tanpa angka")
