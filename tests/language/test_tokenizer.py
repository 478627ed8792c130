"""The Indonesian tokenizer: UD GSD conventions for clitics, reduplication, punctuation, breaks."""

import pytest

from warta.lang.id.tokenizer import tokenize


def words(text: str) -> list[str]:
    return tokenize(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("katanya", ["kata", "nya"]),
        ("Katanya", ["Kata", "nya"]),
        ("kekhawatirannya", ["kekhawatiran", "nya"]),
        ("rumahku", ["rumah", "ku"]),
        ("kepadamu", ["kepada", "mu"]),
        ("inilah", ["ini", "lah"]),
        ("apakah", ["apa", "kah"]),
        ("Inilah", ["Ini", "lah"]),
        ("Siapakah", ["Siapa", "kah"]),
        ("Lakukanlah", ["Lakukan", "lah"]),
        ("Untukku", ["Untuk", "ku"]),
        ("negara-negaranya", ["negara-negara", "nya"]),
    ],
)
def test_tokenizer_splits_clitics(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize(
    "word",
    ["hanya", "punya", "akhirnya", "sebelumnya", "setidaknya", "sekolah", "adalah", "bertemu",
     "buku", "bermasalah", "menikah", "Kenya", "ilmu", "Ramlah", "Fadillah", "Nabilah", "Mekkah", "Maluku", "Tunku", "Jammu"],
)
def test_tokenizer_keeps_words_that_only_look_clitic(word):
    assert words(word) == [word]


@pytest.mark.parametrize("word", ["negara-negara", "ke-5", "1960-an", "masing-masing"])
def test_tokenizer_keeps_hyphenated_words(word):
    assert words(word) == [word]


def test_tokenizer_splits_hyphenated_name_ranges():
    assert words("Januari-September") == ["Januari", "-", "September"]


def test_tokenizer_curly_quotes_and_dashes_are_tokens():
    assert words("MOSKOW – “seimbang,” ‘invasi’—") == ["MOSKOW", "–", "“", "seimbang", ",", "”", "‘", "invasi", "’", "—"]


def test_tokenizer_numbers_currency_and_abbreviations():
    assert words("Rp10.000 naik 5,5% di A.S. pada 15.30.") == [
        "Rp", "10.000", "naik", "5,5", "%", "di", "A.S.", "pada", "15.30", "."]


def test_tokenizer_ellipsis_is_one_token():
    assert words("ancaman...") == ["ancaman", "..."]


def test_tokenizer_line_breaks_are_tokens_and_spaces_are_kept():
    tokens, spaces = tokenize("15 Februari 2022\nMOSKOW – Putin")
    assert tokens == ["15", "Februari", "2022", "\n", "MOSKOW", "–", "Putin"]
    assert spaces == [True, True, False, False, True, True, False]


def test_tokenizer_round_trips_the_text(example_text):
    tokens, spaces = tokenize(example_text)
    assert "".join(t + (" " if s else "") for t, s in zip(tokens, spaces)) == example_text
