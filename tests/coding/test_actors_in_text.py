"""Compound actors, coreference, -nya possessives, metonyms and agents in running text."""

from tests.coding.conftest import triples


def test_compound_source_gives_one_event_each(code):
    document = code("Beberapa negara, termasuk Jerman, Israel, dan Swedia, meminta warganya untuk segera meninggalkan Ukraina.")
    assert triples(document) == {("DEU", "DEUCVL", "02"), ("ISR", "ISRCVL", "02"), ("SWE", "SWECVL", "02")}


def test_compound_target(code):
    document = code("Kementerian Luar Negeri Rusia menuduh negara-negara Barat dan media melakukan kampanye disinformasi.")
    assert triples(document) == {("RUSGOV", "WST", "11"), ("RUSGOV", "MED", "11")}


def test_kedua_pemimpin_are_the_last_two_leaders(code):
    document = code(
        "Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Jakarta. "
        "Kedua pemimpin sepakat untuk melanjutkan perundingan.",
        date="2025-01-11",
    )
    assert ("IDNGOV", "JPNGOV", "03") in triples(document) or ("JPNGOV", "IDNGOV", "03") in triples(document)


def test_possessive_troops_belong_to_the_subject(code):
    document = code("AS memindahkan sebagian pasukannya keluar dari Ukraina.")
    assert triples(document) == {("USA", "UKR", "08")}


def test_capital_metonyms_stand_for_governments(code):
    document = code("Washington dengan tegas menolak usulan Moskow.", date="2022-02-15")
    assert ("USAGOV", "RUSGOV", "12") in triples(document)


def test_country_and_agent_combine(code):
    document = code("Seorang pejabat Departemen Luar Negeri AS mengkritik angkatan bersenjata Ukraina.")
    assert triples(document) == {("USAGOV", "UKRMIL", "11")}


def test_dated_roles_follow_the_article_date(code):
    before = code("Joe Biden mengkritik Tiongkok.", date="2022-02-15")
    after = code("Joe Biden mengkritik Tiongkok.", date="2025-06-01")
    assert triples(before) == {("USAGOV", "CHN", "11")}
    assert triples(after) == {("USAELI", "CHN", "11")}


def test_passive_with_oleh_swaps_roles(code):
    document = code("Korea Utara dituduh oleh Korea Selatan mengirim balon sampah melintasi perbatasan.")
    assert ("KOR", "PRK", "11") in triples(document)


def test_location_is_not_an_actor(code):
    document = code("Presiden Prancis berbicara di Ukraina tentang ekonomi.")
    assert triples(document) == set()
