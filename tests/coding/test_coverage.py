"""CAMEO coverage of the Indonesian dictionaries (scripts/cameo_coverage.py) and the everyday
vocabulary of law, crime, protest and politics as triggers."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import ROOT, SHARED
from warta.coding.triggers import find_triggers
from warta.coding.words import build_words
from warta.document import Article, Document

PETRARCH = SHARED / "data" / "cameo" / "petrarch2" / "CAMEO.2.0.txt"
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def _script():
    spec = importlib.util.spec_from_file_location("cameo_coverage", ROOT / "scripts" / "cameo_coverage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def coverage():
    return _script().coverage("id", PETRARCH)


def test_every_root_has_verbs_and_nouns(coverage):
    for root in ROOTS:
        row = coverage["roots"][root]
        assert row["lemmas"] + row["nouns"] >= 3 and row["codes"] >= 4, (root, row)


def test_dictionaries_are_at_the_scale_of_the_ontology(coverage):
    assert coverage["lemmas"] >= 250 and coverage["senses"] >= 600
    assert coverage["nouns"] >= 400
    assert coverage["codes_covered"] >= 260
    assert len(coverage["missing_cameo"]) <= 36


@pytest.mark.skipif(not PETRARCH.exists(), reason=f"no {PETRARCH}")
def test_petrarch_codes_are_covered(coverage):
    assert coverage["petrarch_codes"] == 239
    assert coverage["petrarch_covered"] >= 236
    assert set(coverage["missing_petrarch"]) <= {"044", "0834", "1224"}  # 044: a meeting "at a third place"


def test_report_names_the_missing_codes(capsys):
    assert _script().main([str(PETRARCH)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("language id: ") and "All CAMEO event codes covered: " in out
    assert "044  Meet at a" in out


@pytest.fixture(scope="module")
def trigger_codes(pipeline):
    """text → the CAMEO codes of the senses of the triggers found in it (actors aside)."""
    stages = dict(pipeline.stages("id"))
    coder = stages["coding"]

    def run(text: str, lemmas: bool = False) -> set[str]:
        doc = stages["language"](Document(article=Article(id="t", text=text, date="2019-12-01", language="id")))
        words = build_words(doc.spacy_doc, lambda offset: 0, coder.lemmatize)
        triggers = find_triggers(words, 0, len(words), coder.lexicon, set())
        return {t.lemma for t in triggers} if lemmas else {s.code for t in triggers for s in t.senses}

    return run


@pytest.mark.parametrize(
    "text, code",
    [
        ("Polisi meringkus dua pelaku pembegalan di Bekasi.", "173"),
        ("KPK menetapkan Bupati itu sebagai tersangka.", "173"),
        ("Bupati itu ditetapkan sebagai tersangka oleh KPK.", "173"),
        ("Penyidik menggeledah rumah dinas wali kota.", "170"),
        ("Kejaksaan menyita aset milik terdakwa.", "1711"),
        ("Jaksa menuntut terdakwa 10 tahun penjara.", "173"),
        ("Hakim memvonis terdakwa lima tahun penjara.", "116"),
        ("Polisi menjerat sopir itu dengan pasal kelalaian.", "173"),
        ("Aparat menembakkan gas air mata ke arah mahasiswa.", "175"),
        ("Ribuan buruh berunjuk rasa di depan gedung DPR.", "141"),
        ("Massa membakar pos polisi.", "1712"),
        ("Presiden mencopot Kapolres dari jabatannya.", "172"),
        ("Pemerintah mencabut izin perusahaan tambang itu.", "172"),
        ("Warga melaporkan kepala desa ke polisi.", "115"),
        ("Ia mengajukan gugatan praperadilan terhadap KPK.", "115"),
        ("Menteri menggelar rapat kerja dengan Komisi III DPR.", "040"),
        ("Aburizal Bakrie bersilahturahmi dengan Surya Paloh.", "040"),  # a common misspelling
        ("Calon Kapolri Budi Gunawan mengikuti uji kelayakan dan kepatutan di Komisi III DPR.", "040"),
        ("Gubernur menerima rombongan mahasiswa di kantornya.", "043"),
        ("Jepang memberikan pinjaman kepada Indonesia.", "071"),
        ("Imigrasi mendeportasi warga negara asing itu.", "174"),
        ("Pria itu menganiaya tetangganya.", "182"),
        ("Tiongkok mengeksekusi delapan orang terpidana mati.", "1823"),
        ("Mahasiswa menolak revisi undang-undang KPK.", "120"),
        ("Perdana menteri memberhentikan menteri pertahanan.", "172"),
    ],
)
def test_everyday_vocabulary_is_a_trigger(trigger_codes, text, code):
    assert code in trigger_codes(text)


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("Harga beras bertahan tinggi pekan ini.", "tahan"),  # withstand, not detain
        ("Pasukan itu mempertahankan posisinya.", "tahan"),
        ("Kebijakan tersebut dinilai gagal.", "sebut"),  # a determiner, not "call (it) a failure"
        ("Tim menemukan bukti baru mengenai tarif itu.", "kena"),  # about, not "impose tarifs"
        ("Kebijakan itu bertentangan dengan konstitusi.", "tentang"),  # contradicts, not opposes
        ("Pemerintah melanjutkan pembebasan lahan untuk jalan tol.", "pembebasan"),  # land purchase
        ("Mereka bertemu di lobi hotel.", "lobi"),
        ("Nelayan menangkap ikan di perairan Natuna.", "tangkap"),  # verb idioms blocked in nouns.yaml
        ("Persib ditahan imbang Persija di Bandung.", "tahan"),
        ("Ia menduduki jabatan wakil wali kota sejak 2015.", "duduk"),
        ("Polisi memeriksa kesehatan para pemudik.", "periksa"),
        ("Terdakwa membantah semua dakwaan jaksa.", "dakwa"),  # courtroom nouns with ter-
        ("Tergugat tidak hadir dalam sidang.", "gugat"),
        ("Ia terserang demam berdarah.", "serang"),  # ter-: the subject suffers, it does not act
    ],
)
def test_ordinary_words_are_no_trigger(trigger_codes, text, lemma):
    assert lemma not in trigger_codes(text, lemmas=True)
