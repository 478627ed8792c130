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


def test_pronoun_is_the_person_just_named(code):
    document = code("Presiden Amerika Serikat Donald Trump mengatakan ia akan segera berbicara dengan Putin.")
    assert ("USAGOV", "RUSGOV", "04") in triples(document, "hypothetical")


def test_unowned_agent_refers_back_to_its_named_form(code):
    document = code(
        "Junta militer Myanmar menangkap puluhan aktivis. "
        "Indonesia mendesak junta untuk menghentikan kekerasan dan membebaskan semua tahanan politik, termasuk Aung San Suu Kyi."
    )
    assert ("IDN", "MMRMIL", "10") in triples(document)
    assert ("MMRMIL", "MMROPP", "08") in triples(document, "demanded")


def test_home_dateline_owns_unnamed_institutions(reader, pipeline):
    text = "7 Agustus 2025\nJAKARTA – Polisi membubarkan massa dengan gas air mata di depan gedung DPR."
    document = pipeline.process(reader.from_plain_text(text, "home.txt"))
    assert triples(document) == {("IDNCOP", "IDNCVL", "17")}  # the crowd is at home too


def test_denial_does_not_cover_a_coordinated_verb(code):
    document = code("Kremlin membantah menargetkan warga sipil dan menuduh Kyiv menggunakan warga sebagai tameng.")
    assert ("RUSGOV", "UKRGOV", "11") in triples(document)


def test_sentence_cut_by_the_splitter_is_coded_whole(code):
    document = code("Beijing menuduh Manila melanggar kedaulatan Tiongkok.", date="2024-06-18")
    assert ("CHNGOV", "PHLGOV", "11") in triples(document)


def test_figurative_attacks_are_no_assault(code):
    figurative = triples(code("Partai oposisi menyerang kebijakan pemerintah Indonesia."), None)
    assert not {root for _, _, root in figurative} & {"18", "19", "20"}  # criticism (11) at most
    assert triples(code("Presiden AS meninggal akibat serangan jantung."), None) == set()
    assert triples(code("Perang dagang antara Amerika Serikat dan Tiongkok memanas.")) == {("USA", "CHN", "16")}
