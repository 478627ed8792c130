"""The rule-based Indonesian lemmatizer: affixes, clitics, reduplication, exceptions."""

import pytest

from warta.lang.id.lemmatizer import is_derived, lemmatize


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("dijadwalkan", "jadwal"),
        ("menawarkan", "tawar"),
        ("memerintahkan", "perintah"),
        ("pasukan", "pasukan"),
        ("menuduh", "tuduh"),
        ("menuntut", "tuntut"),
        ("menolak", "tolak"),
        ("mengeluh", "keluh"),
        ("mengatakan", "kata"),
        ("menyatakan", "nyata"),
        ("memberikan", "beri"),
        ("berbicara", "bicara"),
        ("ditolak", "tolak"),
        ("perundingan", "runding"),
        ("kesepakatan", "sepakat"),
        ("pertemuan", "temu"),
        ("pembangunan", "bangun"),
        ("terletak", "letak"),
        ("mencapai", "capai"),
        ("membeli", "beli"),
        ("mengambil", "ambil"),
        ("bermain", "main"),
        ("memindahkan", "pindah"),
        ("memperingatkan", "ingat"),
        ("kekhawatiran", "khawatir"),
    ],
)
def test_lemmatize_affixes(word, lemma):
    assert lemmatize(word, "VERB" if word.startswith(("me", "di", "ber")) else "NOUN") == lemma


def test_lemmatize_is_case_insensitive_and_lower_case():
    assert lemmatize("Menolak", "VERB") == "tolak"
    assert lemmatize("Jakarta", "PROPN") == "jakarta"


def test_lemmatize_reduplication_takes_the_base():
    assert lemmatize("negara-negara", "NOUN") == "negara"
    assert lemmatize("perundingan-perundingan", "NOUN") == "runding"


def test_lemmatize_clitic_pronouns_follow_ud():
    assert lemmatize("nya", "PRON") == "dia"
    assert lemmatize("ia", "PRON") == "dia"


def test_lemmatize_keeps_function_words():
    assert lemmatize("setelah", "SCONJ") == "setelah"
    assert lemmatize("setelah") == "setelah"
    assert lemmatize("sebelumnya", "ADV") == "sebelumnya"


def test_lemmatize_without_tag_still_strips():
    assert lemmatize("menawarkan") == "tawar"
    assert lemmatize("kesepakatan") == "sepakat"


def test_lemmatize_unknown_words_unchanged():
    assert lemmatize("Ushakov", "PROPN") == "ushakov"
    assert lemmatize("xyzabc", "NOUN") == "xyzabc"


def test_is_derived_ignores_clitics():
    assert is_derived("bertemu")
    assert is_derived("sekolah")
    assert not is_derived("inilah")
