"""Indonesian institutions, parties and office holders: the actor KB and its use in text."""

import pytest

from tests.coding.conftest import triples
from warta.actors import default_kb as load_default_kb


@pytest.fixture(scope="module")
def default_kb():
    return load_default_kb()


def code_of(kb, name: str, date: str) -> str:
    actor = kb.find(name)
    assert actor is not None, name
    return actor.code_on(date)


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Kemenlu", "IDNGOV"),
        ("Kementerian Luar Negeri RI", "IDNGOV"),
        ("Kemenkeu", "IDNGOV"),
        ("Kementerian Energi dan Sumber Daya Mineral", "IDNGOV"),
        ("Kemendikbudristek", "IDNGOV"),
        ("KBRI", "IDNGOV"),
        ("Bawaslu", "IDNGOV"),
        ("BNPT", "IDNGOV"),
        ("Bareskrim Polri", "IDNCOP"),
        ("Polrestabes", "IDNCOP"),
        ("Densus 88 Antiteror", "IDNCOP"),
        ("Kopassus", "IDNMIL"),
        ("Kodim", "IDNMIL"),
        ("BAIS TNI", "IDNSPY"),
        ("BIN", "IDNSPY"),
        ("Kejati", "IDNJUD"),
        ("Pengadilan Tipikor", "IDNJUD"),
        ("Komisi Yudisial", "IDNJUD"),
        ("Komisi III DPR", "IDNLEG"),
        ("Fraksi Golkar", "IDNLEG"),
        ("Baleg", "IDNLEG"),
        ("Komnas HAM", "IDNHRI"),
        ("YLBHI", "IDNHRI"),
        ("Indonesia Corruption Watch", "IDNNGO"),
        ("KSPI", "IDNLAB"),
        ("BEM SI", "IDNEDU"),
        ("Pertamina", "IDNBUS"),
        ("Mahkamah Agung AS", "USAJUD"),
    ],
)
def test_institutions_and_abbreviations(default_kb, alias, expected):
    assert code_of(default_kb, alias, "2023-06-01") == expected


def test_parties_follow_their_place_in_the_cabinet(default_kb):
    assert code_of(default_kb, "PDI-P", "2012-01-01") == "IDNOPP"  # outside SBY's cabinet
    assert code_of(default_kb, "PDIP", "2018-01-01") == "IDNGOV"  # Jokowi's party
    assert code_of(default_kb, "Golkar", "2015-03-01") == "IDNOPP"  # Koalisi Merah Putih
    assert code_of(default_kb, "Partai Golkar", "2017-03-01") == "IDNGOV"  # in the cabinet from July 2016
    assert code_of(default_kb, "Gerindra", "2016-01-01") == "IDNOPP"
    assert code_of(default_kb, "Gerindra", "2020-01-01") == "IDNGOV"  # Prabowo Menhan
    assert code_of(default_kb, "Demokrat", "2020-01-01") == "IDNOPP"
    assert code_of(default_kb, "Demokrat", "2024-06-01") == "IDNGOV"  # AHY Menteri ATR from 21 Feb 2024
    assert code_of(default_kb, "PAN", "2020-01-01") == "IDNOPP"
    assert code_of(default_kb, "PAN", "2023-01-01") == "IDNGOV"
    assert code_of(default_kb, "Perindo", "2023-01-01") == "IDN"
    assert code_of(default_kb, "Partai Demokrat AS", "2023-01-01") == "USA"


def test_office_holders_have_dated_roles(default_kb):
    assert code_of(default_kb, "Prabowo", "2020-06-01") == "IDNMIL"  # Menhan, as every defence minister
    assert code_of(default_kb, "Prabowo", "2025-03-01") == "IDNGOV"
    assert code_of(default_kb, "Prabowo", "2017-03-01") == "IDNOPP"
    assert code_of(default_kb, "Jokowi", "2013-05-01") == "IDNGOV"  # Gubernur DKI
    assert code_of(default_kb, "Jokowi", "2025-03-01") == "IDNELI"
    assert code_of(default_kb, "Tedjo Edhy Purdijatno", "2015-03-01") == "IDNGOV"
    assert code_of(default_kb, "Tedjo", "2015-09-01") == "IDNELI"
    assert code_of(default_kb, "Tito Karnavian", "2017-05-17") == "IDNCOP"
    assert code_of(default_kb, "Tito Karnavian", "2021-05-17") == "IDNGOV"
    assert code_of(default_kb, "Gatot Nurmantyo", "2016-01-01") == "IDNMIL"
    assert code_of(default_kb, "Gatot Nurmantyo", "2020-10-01") == "IDNELI"
    assert code_of(default_kb, "Abraham Samad", "2014-01-01") == "IDNJUD"
    assert code_of(default_kb, "Firli Bahuri", "2021-01-01") == "IDNJUD"
    assert code_of(default_kb, "Setya Novanto", "2015-01-01") == "IDNLEG"
    assert code_of(default_kb, "Ahok", "2016-01-01") == "IDNGOV"
    assert code_of(default_kb, "Ahok", "2021-01-01") == "IDNBUS"  # Komisaris Utama Pertamina
    assert code_of(default_kb, "Budi Gunawan", "2020-01-01") == "IDNSPY"
    assert code_of(default_kb, "Jusuf Kalla", "2012-01-01") == "IDNELI"  # between his two terms
    assert code_of(default_kb, "Bung Hatta", "2014-06-01") == "IDNELI"  # not Hatta Rajasa
    assert code_of(default_kb, "Hatta Rajasa", "2014-06-01") == "IDNOPP"


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        ("2023-05-01", "MA menolak permohonan KPU.", ("IDNJUD", "IDNGOV", "12")),
        ("2020-02-01", "Polda Metro Jaya menangkap aktivis KontraS.", ("IDNCOP", "IDNHRI", "17")),
        ("2020-02-01", "Komnas HAM mengecam Polres Jakarta Pusat.", ("IDNHRI", "IDNCOP", "11")),
        ("2015-03-01", "Fraksi Golkar di DPR menolak usulan Kemenkeu.", ("IDNLEG", "IDNGOV", "12")),
        ("2017-05-17", "Kapolri Tito Karnavian bertemu Ketua DPR Setya Novanto.", ("IDNCOP", "IDNLEG", "04")),
        ("2023-05-17", "Menlu Retno Marsudi bertemu Kapolri Listyo Sigit Prabowo.", ("IDNGOV", "IDNCOP", "04")),
        ("2025-05-17", "Presiden Prabowo Subianto bertemu Presiden Xi Jinping.", ("IDNGOV", "CHNGOV", "04")),
        ("2025-02-01", "Presiden Prabowo mengkritik Jokowi.", ("IDNGOV", "IDNELI", "11")),
        ("2015-03-01", "Golkar mengkritik PDI-P.", ("IDNOPP", "IDNGOV", "11")),
        ("2015-01-20", "Abraham Samad mengecam Budi Waseso.", ("IDNJUD", "IDNCOP", "11")),
        ("2023-05-01", "Kementerian Pertahanan Jepang mengecam Kemenhan.", ("JPNMIL", "IDNGOV", "11")),
        ("2019-06-01", "PN Jakarta Pusat memvonis terdakwa.", ("IDNJUD", "IDNCRM", "11")),
    ],
)
def test_actors_in_text_follow_the_article_date(code, date, text, expected):
    assert expected in triples(code(text, date=date))
