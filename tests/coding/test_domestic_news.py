"""Actors and arguments the way a reader of Indonesian news finds them (issue 11, sections 3–4).

Each sentence is written in the style of domestic news; none is taken from the gold sets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.coding.conftest import triples


# -- section 3: actors by composition, by context, and places that stay places -----------------
@pytest.mark.parametrize(
    "text, source",
    [
        ("Menteri Pertanian Andi Amran Sulaiman mengkritik para pedagang beras.", "IDNGOV"),
        ("Menteri Pemuda dan Olahraga mengkritik pengurus PSSI.", "IDNGOV"),
        ("Kapolda Jawa Timur menangkap dua pengedar narkoba.", "IDNCOP"),
        ("Mahkamah Agung Mesir memvonis pemimpin oposisi itu.", "EGYJUD"),
        ("Kepolisian Thailand menangkap tiga aktivis.", "THACOP"),
        ("Kedutaan Besar AS mengecam Korea Utara.", "USAGOV"),
        ("Warga Palestina memprotes Israel.", "PSECVL"),
        ("Mahasiswa Universitas Gadjah Mada berunjuk rasa menolak revisi undang-undang.", "IDNEDU"),
    ],
)
def test_title_or_institution_with_a_country_composes_an_actor(code, text, source):
    assert source in {e.source.code for e in code(text).events}


def test_generic_agents_are_domestic_when_nothing_says_otherwise(code):
    document = code("Polisi menahan tersangka kasus penipuan itu.")
    assert ("IDNCOP", "IDNCRM", "17") in triples(document)


def test_generic_agent_takes_the_place_the_sentence_names(code):
    document = code("Kelompok bersenjata menculik puluhan siswa di Nigeria.")
    assert {e.source.code for e in document.events} == {"NGAREB"}


@pytest.mark.parametrize("text", [
    "Polisi menangkap tiga anggota kartel di kota Tijuana.",
    "Polisi menangkap tiga anggota kartel di kota Tijuana, Meksiko.",
    "Polisi menangkap tiga anggota kartel di wilayah Utara Meksiko.",
    "Polisi menangkap tiga anggota kartel di Coahuila.",  # a Mexican state by the name the news uses
])
def test_a_place_after_its_head_noun_sets_the_agents_country(code, text):
    assert triples(code(text)) == {("MEXCOP", "MEXCRM", "17")}


def test_generic_agent_takes_the_dateline_country(reader, pipeline):
    text = "7 Agustus 2025\nBANGKOK – Polisi menangkap seorang aktivis mahasiswa."
    document = pipeline.process(reader.from_plain_text(text, "bangkok.txt"))
    assert ("THACOP", "THAEDU", "17") in triples(document)


def test_foreign_citizens_are_not_made_domestic(code):
    document = code("Polisi menangkap tiga warga negara asing.")
    assert all(e.target is None or not e.target.code.startswith("IDN") for e in document.events)


def test_unknown_person_in_domestic_news_is_domestic(code):
    document = code("Darmawan Kusumabrata mengkritik Jokowi.", date="2016-05-01")
    assert ("IDN", "IDNGOV", "11") in triples(document)


def test_unknown_person_is_not_given_a_country_the_sentence_contradicts(code):
    assert triples(code("Rodrigo Valverde mengkritik Suriah.")) == set()


def test_initials_are_a_person_not_a_country(code):
    assert ("IDNCOP", "IDN", "17") in triples(code("Polisi menangkap Saudara AS di rumahnya."))
    assert ("IDNCOP", "IDNCRM", "17") in triples(code("Polisi menahan tersangka berinisial RI."))


def test_a_city_where_something_happens_is_no_actor(code):
    document = code("Polisi membubarkan massa di Jakarta Selatan.")
    assert all("Jakarta" not in (e.target.text if e.target else "") for e in document.events)
    assert not any(entity.actor for entity in document.entities if entity.text == "Jakarta Selatan")


def test_a_capital_that_acts_stands_for_its_government(code):
    assert ("USAGOV", "IDN", "12") in {(s, t[:3], r) for s, t, r in triples(code("Washington menolak usulan Indonesia."))}


# -- section 4: arguments ---------------------------------------------------------------------
def test_two_actors_of_one_country_and_role_make_an_event(code):
    document = code("Presiden Joko Widodo menegur Menteri Koordinator Politik Hukum dan Keamanan Tedjo Edhy Purdijatno.", date="2015-03-05")
    assert ("IDNGOV", "IDNGOV", "11") in triples(document)


def test_pronoun_ia_is_the_person_last_named(code):
    document = code("Gubernur Jawa Barat Ridwan Kamil bertemu Presiden Joko Widodo. Ia kemudian mengkritik Menteri Keuangan.", date="2020-01-10")
    critic = next(e for e in document.events if e.root == "11")
    assert (critic.source.text, critic.source.code) == ("Ia", "IDNGOV")


def test_mereka_is_the_last_subject(code):
    document = code("Ratusan mahasiswa berunjuk rasa di depan gedung DPR. Mereka menuntut Presiden mencabut undang-undang itu.")
    assert ("IDNEDU", "IDNGOV", "10") in triples(document)


def test_protest_without_addressee_is_kept_with_a_null_target(code):
    document = code("Ribuan buruh berunjuk rasa di Bandung.")
    assert ("IDNLAB", None, "14") in triples(document)


def test_investigation_of_a_case_is_kept_with_a_null_target(code):
    assert ("IDNCOP", None, "09") in triples(code("Polri membentuk tim untuk mengusut kasus penembakan itu."))


def test_naming_an_unnamed_suspect_is_kept_with_a_null_target(code):
    # the designation is the act: it needs no one named
    assert ("IDNCOP", None, "17") in triples(code("Dua hari lalu sudah ditetapkan menjadi tersangka oleh penyidik Polri, ujar juru bicara Polri."))
    assert ("IDNJUD", None, "17") in triples(code("KPK menyangkakan Pasal 12B Undang-Undang Tipikor."))


def test_force_with_no_actor_as_target_is_not_coded(code):
    # animals and villages are no actors; unnamed people are (see the test of "seorang pria" below)
    assert triples(code("Polisi menembak dua ekor anjing di lokasi kejadian.")) == set()
    assert triples(code("Tentara menyerang dua desa di lokasi kejadian.")) == set()


def test_police_in_a_clash_with_a_foreign_party_are_that_countrys(code):
    assert triples(code("Bentrokan antara polisi dan pendukung oposisi Zimbabwe terjadi di pusat kota.")) == {("ZWECOP", "ZWEOPP", "17")}


def test_tear_gas_fired_at_no_one_named_is_fired_at_the_crowd(code):
    assert triples(code("Polisi bereaksi dengan menembakkan gas air mata.")) == {("IDNCOP", "IDNCVL", "17")}
    assert triples(code("Aparat kepolisian masih berjaga di lokasi untuk menghindari bentrok susulan.")) == set()


def test_agentless_passive_of_unnamed_people_needs_a_place(code):
    # an arrest of people named by no more than what they are is the police's of the place the
    # sentence is set in (annotators require it: "seorang pria ... ditangkap ... di Hertfordshire");
    # with no place, whose people they are the text does not say
    assert triples(code("Dua pria ditangkap di Bekasi.")) == {("IDNCOP", "IDNCVL", "17")}
    assert triples(code("Dua pria ditangkap.")) == set()


def test_an_agentless_arrest_told_by_the_police_chief_is_the_polices(code):
    # "X menyebut, ...": the subject of a speech verb before a comma tells what follows
    assert triples(code("Kapolda Metro Jaya Irjen Pol Mochamad Iriawan menyebut, ada enam orang yang ditangkap dalam operasi ini.")) == {("IDNCOP", "IDNCVL", "17")}


def test_bare_victim_verb_is_no_event(code):
    assert triples(code("Tiga warga tewas dalam kecelakaan itu."), None) == set()


def test_embedded_event_is_coded_with_its_own_actors(code):
    document = code("Israel mendesak Amerika Serikat untuk menjatuhkan sanksi terhadap Iran.")
    assert ("ISR", "USA", "10") in triples(document) or ("ISR", "USA", "02") in triples(document)
    assert ("USA", "IRN", "16") in triples(document, "demanded")
    assert not any(e.source.code == "IRN" for e in document.events)


def test_detention_noun_owner_is_the_detained(code):
    document = code("Departemen imigrasi Australia dikritik atas penahanan warga Australia.")
    assert not any(e.source.code == "AUSCVL" for e in document.events)


def test_passive_agent_may_follow_the_verb_directly(code):
    document = code("Djan Farid mengaku ditelepon Mensesneg Sudi Silalahi semalam.", date="2014-09-01")
    assert [(e.source.text, e.target.text, e.root) for e in document.events] == [("Mensesneg Sudi Silalahi", "Djan Farid", "04")]


def test_arrest_of_a_suspect_is_asserted(code):
    assert ("IDNCOP", "IDNCRM", "17") in triples(code("Tersangka ditangkap polisi di rumahnya."))
    assert ("IDNCOP", "IDNREB", "17") in triples(code("Polisi menangkap terduga teroris di Bekasi."))


# -- criticism told as a judgement (coding/evaluations.py) --------------------------------------
def test_opinion_verb_with_a_judgement_is_criticism(code):
    document = code("Pengamat Budiarto Wirasena menilai Menteri Keuangan gagal menjaga anggaran.")
    assert ("IDNEDU", "IDNGOV", "11") in triples(document)


def test_quoted_judgement_is_criticism_by_the_speaker(code):
    document = code("Pemerintah lambat menangani banjir, kata anggota DPR Hendra Kusuma di Jakarta.")
    assert [(e.source.code, e.target.code, e.root) for e in document.events] == [("IDNLEG", "IDNGOV", "11")]


def test_a_passive_judgement_is_by_whom_its_clitic_stands_for(code):
    document = code("Anggota DPR Effendi Simbolon berbicara kepada wartawan di Jakarta. "
                    "Menteri BUMN Rini Soemarno dinilainya tidak mampu memimpin.", date="2015-06-01")
    assert [(e.source.text, e.target.code) for e in document.events if e.root == "11"] == [("Anggota DPR Effendi Simbolon", "IDNGOV")]
    alone = code("KPK dianggapnya lembaga yang bertentangan dengan hukum.", date="2015-06-01")
    assert [(e.source.code, e.target.code, e.root) for e in alone.events] == [("IDN", "IDNJUD", "11")]  # no one named: one of the home country


def test_armed_is_no_arming_and_a_right_to_protest_no_protest(code):
    assert code("Patroli tentara Jepang masih berkeliaran dan bersenjata lengkap.", date="1943-04-03").events == []
    document = code("Pihak berwenang menghormati hak untuk melakukan unjuk rasa secara damai.", date="2018-04-03")
    assert [(e.root, e.mode) for e in document.events] == [("14", "hypothetical")]


def test_a_crime_told_of_an_unnamed_suspect_accuses_no_one(code):
    document = code("Juru bicara polisi melaporkan bahwa tersangka pelaku kejahatan telah ditangkap.", date="2018-04-03")
    assert not [e for e in document.events if e.root == "11"]


def test_hunting_votes_is_no_investigation(code):
    assert code("Tim sukses terus memburu suara pemilih di Jawa Timur.", date="2018-04-03").events == []


def test_a_passive_judgement_with_no_one_judging_is_no_event(code):
    assert code("Menteri BUMN Rini Soemarno dinilai tidak mampu memimpin.", date="2015-06-01").events == []


def test_opinion_without_a_judgement_is_no_event(code):
    assert triples(code("Pengamat politik Budiarto Wirasena menilai Menteri Keuangan akan hadir besok.")) == set()


def test_a_thing_caught_is_no_event(code):
    assert triples(code("Hewan mirip babi yang ditangkap warga itu dilepas ke hutan.")) == set()


def test_unowned_rebels_take_the_country_of_those_they_fight(code):
    document = code("Bentrokan terjadi antara pasukan Iran dan pemberontak Kurdi di dekat perbatasan.")
    assert ("IRNMIL", "IRNREB", "19") in triples(document)


def test_victims_of_an_attack_are_its_target(code):
    assert ("ISR", "PSECVL", "19") in triples(code("Lima warga Palestina tewas dalam serangan Israel."))
    assert ("ISR", "PSECVL", "19") in triples(code("Tiga warga Palestina terluka akibat serangan Israel kemarin."))


def test_doer_of_a_relative_light_verb_is_the_source(code):
    document = code("Serangan udara yang dilancarkan Israel menghancurkan rumah warga di Gaza.")
    assert "ISR" in {e.source.code for e in document.events if e.root == "19"}


def test_text_written_in_lower_case_still_finds_its_actors(code):
    assert ("IDNJUD", "IDNGOV", "17") in triples(code("di riau, kpk pernah menangkap tiga gubernurnya."))


def test_a_compass_word_in_a_lower_case_place_name_is_not_the_west(code):
    document = code("gubernur jawa barat mengecam bupati bekasi.", date="2019-12-02")
    assert ("IDNGOV", "IDNGOV", "11") in triples(document)
    assert not [e for e in document.events if "WST" in (e.source.code, e.target.code if e.target else "")]


def test_pronoun_with_no_one_named_before_is_of_the_article_country(code):
    document = code("Dalam surat tersebut, dia meminta Presiden menegur menterinya.")
    assert ("IDN", "IDNGOV", "02") in triples(document)


def test_appeal_made_of_the_subject_of_an_agar_clause(code):
    document = code("Komnas HAM mendorong agar kabinet baru segera menuntaskan kasus pelanggaran HAM.")
    assert ("IDNHRI", "IDNGOV", "02") in triples(document)


def test_ter_passive_takes_its_agent_after_oleh(code):
    assert ("IDNJUD", "IDNGOV", "17") in triples(code("Wali kota itu tertangkap tangan oleh KPK."))
    # no one named who caught him: only a state arrests, so his own state, told by no words
    unnamed = code("Bupati itu tertangkap tangan kemarin.").events
    assert [(e.source.code, e.source.text, e.source.country_from) for e in unnamed] == [("IDNCOP", "", "implied")]


def test_headline_verb_without_prefix_is_a_verb(code):
    assert ("IDNCOP", None, "09") in triples(code("Polisi selidiki kasus korupsi di Dinas Pendidikan."))


def test_opinion_verb_with_praise_is_praise(code):
    document = code("Direktur Bank Dunia Joel Hellman menganggap pemerintah Indonesia telah melakukan awalan yang sangat baik.")
    assert ("IGO", "IDNGOV", "05") in {(s[:3], t, r) for s, t, r in triples(document)}


def test_a_result_judged_good_is_no_praise(code):
    document = code("Politisi Golkar Jusuf Kalla menilai, hasil hitung cepat yang menunjukkan perolehan suara Golkar, cukup baik.")
    assert not any(root == "05" for _, _, root in triples(document))


def test_unowned_actors_say_where_their_country_came_from(code):
    document = code("Polisi menangkap tersangka pembunuhan. Pemberontak Kurdi bentrok dengan pasukan Iran.")
    arrest = next(e for e in document.events if e.root == "17")
    assert (arrest.source.country_from, arrest.target.country_from) == ("home", "home")
    clash = next(e for e in document.events if e.root == "19")
    assert {clash.source.country_from, clash.target.country_from} == {"other actor", None}


def test_two_institutions_with_one_code_are_two_actors(code):
    document = code("Partai Demokrasi Indonesia Perjuangan menuding Gubernur Jawa Barat bertanggung jawab atas korupsi itu.", date="2013-05-01")
    assert {(s[:3], t[:3], r) for s, t, r in triples(document)} == {("IDN", "IDN", "11")}


def test_a_name_after_oleh_is_someone(code):
    assert ("IDN", "IDN", "18") in triples(code("Antony Hillenaar dipukul oleh Kriss di sebuah kafe."))


def test_subject_is_found_past_a_parenthesised_acronym(code):
    document = code("Ribuan buruh Konfederasi Serikat Pekerja (KSPI) melakukan aksi demonstrasi di depan Istana.")
    assert {e.source.code[:3] for e in document.events if e.root == "14"} == {"IDN"}


def test_agent_takes_the_country_of_a_gazetteer_place(code):
    document = code("Satu pengadilan di Xinjiang menghukum 25 orang karena terlibat aksi teror.")
    assert {e.source.code for e in document.events} == {"CHNJUD"}
    assert next(iter(document.events)).source.country_from == "place"


def test_a_weekday_after_a_name_is_not_part_of_it(code):
    document = code("Komisi III DPR menggelar rapat dengar pendapat dengan Sekjen PDIP Hasto Kristiyanto, Rabu (4/2/2015).")
    assert [e.target.text for e in document.events] == ["Sekjen PDIP Hasto Kristiyanto"]


def test_a_stated_judgement_is_praise(code):
    assert ("IDN", "IDNGOV", "05") in {(s[:3], t, r) for s, t, r in triples(code("Anas menyatakan SBY adalah presiden yang taat asas.", date="2012-01-05"))}


def test_a_judgement_word_inside_a_name_judges_no_one(code):
    document = code("Partai Demokrat Bali menyatakan kesiapannya menyelenggarakan Kongres Luar Biasa.")
    assert not any(e.root == "05" for e in document.events)


def test_kami_in_a_quote_is_the_speaker(code):
    document = code('"Kami mengecam keras serangan Israel terhadap warga sipil," kata Menteri Luar Negeri Retno Marsudi.', date="2023-10-20")
    assert [(e.source.text, e.source.code, e.root) for e in document.events if e.root == "11"] == [("Kami", "IDNGOV", "11")]


def test_kami_with_no_teller_named_is_of_the_article_country(code):
    assert ("IDN", "IDNGOV", "02") in triples(code("Kami meminta Presiden mengingatkan beliau, ujarnya."))


def test_a_quoted_judgement_does_not_judge_the_speaker_himself(code):
    document = code("Presiden main ping-pong saja, ini kegenitan politik, kita tahu ujungnya, ujar pengamat Boni Hargens.", date="2011-09-20")
    assert ("IDNEDU", "IDNGOV", "11") in triples(document)


def test_a_known_one_word_name_inside_an_unknown_name_is_not_that_person(code):
    # "Hamzah" and "Abdullah" alone are others the knowledge base knows (Jemaah Islamiyah, a Saudi king)
    document = code("Wakil Ketua DPR Fachri Hamzah mengusulkan pembubaran KPK.", date="2012-10-02")
    assert {e.source.code[:3] for e in document.events} == {"IDN"}
    document = code("Gubernur Bank Indonesia Burhanudin Abdullah bertemu dengan Komisi XI DPR di Jakarta.", date="2005-10-02")
    assert ("IDNGOV", "IDNLEG", "04") in triples(document)


def test_an_affixed_word_in_lower_case_text_is_no_name(code):
    # "bernama" (named) is not Bernama, the Malaysian news agency, when the text has no capitals
    document = code("polisi menangkap warga bernama rahmad gunawan di jakarta selatan.")
    assert ("IDNCOP", "IDNCVL", "17") in triples(document)
    assert not any("MYS" in (e.target.code if e.target else "") for e in document.events)


def test_nya_on_an_active_verb_is_its_object_told_before(code):
    document = code("Andi Saputra merupakan narapidana kasus pembakaran rumah. Dua orang tewas dalam insiden itu. "
                    "Majelis hakim memvonisnya enam tahun penjara.", date="2012-04-04")
    assert [(e.source.text, e.target.text, e.root) for e in document.events if e.root == "17"] == [("Majelis hakim", "Andi Saputra", "17")]


def test_a_non_state_organisation_gives_no_country_to_unowned_agents(code):
    # Amnesty International (NGO…) is no state: the people it reports on are not "NGO" civilians
    document = code("Laporan Amnesty International menyatakan sekitar satu juta orang yang dituduh terlibat ditahan polisi.", date="1977-06-01")
    assert not [e for e in document.events if any((a.code if a else "").startswith("NGOCVL") for a in (e.source, e.target))]


def test_a_title_then_a_known_person_is_one_actor(code):
    document = code("Andi Mallarangeng dan bekas Sekretaris Dewan Pembina Angelina Sondakh ditetapkan sebagai tersangka oleh KPK.", date="2012-12-10")
    assert len([e for e in document.events if e.root == "17"]) == 2


def test_an_event_noun_as_predicate_is_the_subjects_act(code):
    document = code("Ketua DPRD Jawa Barat keberatan dengan rencana PLN menaikkan tarif listrik.", date="2019-11-20")
    assert ("IDNLEG", "IDNBUS", "11") in triples(document)


def test_force_on_a_place_strikes_its_country(code):
    document = code("Militer Israel mengatakan telah membom puluhan sasaran di Gaza pada Selasa malam.", date="2021-05-12")
    assert ("ISRMIL", "PSE") in {(e.source.code, e.target.code) for e in document.events if e.target}


def test_rockets_fired_from_a_country_are_its_force(code):
    document = code("Tiga roket ditembakkan dari Lebanon ke wilayah Israel pada Senin pagi.", date="2023-10-16")
    assert ("LBN", "ISR", "19") in triples(document)


def test_the_dead_in_a_place_are_no_target_of_their_own_death(code):
    document = code("Dua warga Israel tewas di Gaza saat bentrokan.", date="2023-10-16")
    assert not any(e.target and e.target.code == "PSE" for e in document.events)


def test_a_bare_sector_struck_between_two_other_states_is_not_guessed(code):
    # one other state named: its military (the reader-inference table); two: neither is guessed
    document = code("Pesawat-pesawat tempur Israel menyerang markas militer di perbatasan Suriah dan Lebanon.", date="2019-06-10")
    assert [e.target.code for e in document.events if e.target] == []


def test_no_event_has_an_actor_of_no_country(code):
    # two countries named, and the kidnapped are "orang": neither side's country is told
    document = code("Milisi menyerbu pos perbatasan dan menculik tiga orang sebelum kabur ke arah Pakistan, kata pejabat Iran.", date="2019-06-10")
    bare = {"REB", "CVL", "MIL", "COP", "GOV", "CRM"}
    assert [e.code for e in document.events if e.source.code in bare or (e.target and e.target.code in bare)] == []


def test_warplanes_are_their_countrys_military(code):
    assert ("ISRMIL", "PSE", "19") in triples(code("Pesawat tempur Israel menyerang Gaza.", date="2019-06-10"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PPATK mengungkap ada puluhan transaksi mencurigakan yang melibatkan seorang anggota DPR.", ("IDNGOV", "IDNLEG", "11")),
        ("Kepada penyidik, Bupati itu menyebut dua anggota DPRD turut menerima uang suap proyek jalan.", ("IDNGOV", "IDNLEG", "11")),
        ("Ketua DPRD menyebutkan, Pemprov Jawa Barat menjadi salah satu pemerintah daerah terkorup.", ("IDNLEG", "IDNGOV", "11")),
    ],
)
def test_a_wrongdoing_told_of_an_actor_is_an_accusation(code, text, expected):
    document = code(text, date="2012-03-01")
    assert expected in triples(document)
    assert {e.code for e in document.events if e.root == "11"} == {"112"}


def test_a_wrongdoing_with_no_actor_accused_is_no_accusation(code):
    assert not [e for e in code("Polisi mengungkap kasus penipuan arisan daring di Bekasi.", date="2012-03-01").events if e.root == "11"]


def test_spies_are_an_agent_not_eyes(code):
    document = code("Wartawan Ukraina itu dibunuh oleh mata-mata Rusia.", date="2018-03-10")
    assert "RUSSPY" in {e.source.code for e in document.events}


def test_a_party_of_ones_own_is_an_actor(code):
    document = code("SBY menyeru pimpinan partainya agar mendukung koalisi pemerintah.", date="2015-01-10")
    assert ("IDNELI", "IDN", "02") in triples(document)


def test_a_news_agency_does_not_set_where_the_story_happens(code):
    document = code("Diberitakan Reuters, polisi menangkap dua pengunjuk rasa di depan gedung parlemen.", date="2019-12-02")
    assert {e.source.code for e in document.events if e.root == "17"} == {"IDNCOP"}


def test_the_agency_that_reports_an_attack_did_not_make_it(code):
    document = code("Hukuman itu dijatuhkan atas kejahatan mulai dari pembuatan bom sampai pada penyerangan terhadap polisi, lapor Xinhua.", date="2014-06-16")
    assert not [e for e in document.events if e.source.code.endswith("MED")]


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("Ketua DPR sependapat dengan Presiden soal RUU itu.", "2019-12-02", ("IDNLEG", "IDNGOV", "01")),
        ("Oknum polisi itu menendang seorang pedagang kaki lima.", "2019-12-02", ("IDNCOP", "IDNBUS", "18")),
        ("Militer Israel membom kamp pengungsi Jabalia di Gaza.", "2019-12-02", ("ISRMIL", "PSEREF", "19")),
        ("Partai Demokrat merasa kecewa dengan keputusan Presiden Joko Widodo.", "2015-04-20", ("IDNOPP", "IDNGOV", "11")),
        ("KPK menduga ada penggelembungan anggaran yang dilakukan Gubernur Riau.", "2015-04-20", ("IDNJUD", "IDNGOV", "11")),
        ("Pihak berwenang Iran menyalahkan AS dan Pakistan.", "2015-04-20", ("IRNGOV", "USA", "11")),
        ("Menko Polhukam Tedjo Edhy Purdijatno menilai KPK kekanak-kanakan.", "2015-04-20", ("IDNGOV", "IDNJUD", "11")),
        ("Politisi Partai Gerindra Fadli Zon membantah pernyataan Menteri Keuangan Sri Mulyani.", "2019-12-02", ("IDNLEG", "IDNGOV", "11")),
        ("Satu serangan lain Israel menghancurkan sebuah sekolah di Khan Younis, Gaza selatan.", "2014-07-30", ("ISR", "PSE", "19")),
        ("Partai Golkar siap mendukung pemerintahan Presiden Joko Widodo.", "2019-12-02", ("IDNGOV", "IDNGOV", "03")),
        ("Hakim di Sao Paulo menuntut dia menyerahkan paspornya.", "2019-12-02", ("BRAJUD", "BRA", "10")),
        ("Menteri Luar Negeri Retno Marsudi mengatakan bahwa Myanmar harus menghentikan kekerasan terhadap warga Rohingya.", "2019-12-02", ("IDNGOV", "MMR", "10")),
        ("Ratusan buruh memprotes kebijakan Gubernur DKI Jakarta Anies Baswedan.", "2019-12-02", ("IDNLAB", "IDNGOV", "14")),
        ("Presiden Joko Widodo menyatakan kekecewaannya atas sikap partai koalisi di DPR.", "2019-12-02", ("IDNGOV", "IDNLEG", "11")),
        ("Megawati Soekarnoputri memerintahkan kepada semua kader agar mendukung kebijakan Presiden.", "2019-12-02", ("IDNELI", "IDNELI", "02")),
        ("Wakil Presiden Jusuf Kalla memberikan nasihat kepada Menteri Pertahanan Ryamizard Ryacudu agar berhati-hati.", "2016-02-01", ("IDNGOV", "IDNMIL", "02")),
        ("Ketua Komisi III DPR menyebut Kapolri melanggar undang-undang.", "2019-12-02", ("IDNLEG", "IDNCOP", "11")),
        ("Pemboman Israel atas Gaza menewaskan puluhan warga.", "2014-07-30", ("ISR", "PSE", "19")),
        ("Jet-jet tempur Rusia membom pangkalan militer dan gudang senjata Ukraina di dekat Kharkiv.", "2022-03-02", ("RUSMIL", "UKRMIL", "19")),
        ("Hal itu disampaikan Presiden Joko Widodo saat menerima Ketua MPR Zulkifli Hasan di Istana Merdeka.", "2019-12-02", ("IDNGOV", "IDNLEG", "04")),
        ("Ketua Umum Partai NasDem Surya Paloh berbuka puasa dengan Presiden Joko Widodo di Istana.", "2019-05-20", ("IDNELI", "IDNGOV", "04")),
    ],
)
def test_vocabulary_of_agreement_assault_bombing_disappointment_suspicion_blame_and_judgement(code, text, date, expected):
    assert expected in triples(code(text, date=date))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wakil Presiden Ma'ruf Amin bersimpati kepada keluarga korban longsor.", ("IDNGOV", "IDNCVL", "01")),
        ("Bekas Ketua DPR itu menangkis tuduhan jaksa.", ("IDNLEG", "IDNJUD", "01")),
        ("Ketua Umum Partai Golkar melobi Partai Amanat Nasional agar bergabung.", ("IDNGOV", "IDNOPP", "02")),
        ("Komnas HAM merekomendasikan Kapolri untuk memecat anggotanya.", ("IDNHRI", "IDNCOP", "02")),
        ("Ketua MPR berjumpa dengan Presiden Joko Widodo di Istana Bogor.", ("IDNLEG", "IDNGOV", "04")),
        ("Kedua menteri itu membahas perdagangan, menyusul pertemuan sebelumnya pada hari yang sama di Bogor antara Presiden Joko Widodo dan Perdana Menteri Malaysia.", ("IDNGOV", "MYSGOV", "04")),
        ("Kapolri berkoordinasi dengan Panglima TNI soal pengamanan pelantikan.", ("IDNCOP", "IDNMIL", "04")),
        ("Komisi II DPR rapat dengan Ketua KPU.", ("IDNLEG", "IDNGOV", "04")),
        ("Kapolda menghadap Presiden Joko Widodo di Istana Merdeka.", ("IDNCOP", "IDNGOV", "04")),
        ("Presiden Joko Widodo menjemput Raja Salman di bandara Halim Perdanakusuma.", ("IDNGOV", "SAUGOV", "04")),
        ("Indonesia memfasilitasi dialog antara pemerintah Afghanistan dan Taliban.", ("IDN", "AFGGOV", "04")),
        ("Pasar menunggu hasil negosiasi dagang Amerika Serikat dan China.", ("USA", "CHN", "04")),
        ("Arab Saudi dan Iran memulihkan hubungan diplomatik.", ("SAU", "IRN", "05")),
        ("Ketua KPK berterima kasih kepada Presiden Joko Widodo.", ("IDNJUD", "IDNGOV", "05")),
        ("Ketua Fraksi Partai Demokrat setuju dengan Presiden Joko Widodo.", ("IDNLEG", "IDNGOV", "05")),
        ("Menteri Kelautan dan Perikanan Edhy Prabowo bertemu dengan Kamar Dagang dan Industri (Kadin) Indonesia.", ("IDNGOV", "IDNBUS", "04")),
        ("Presiden Joko Widodo mengucapkan selamat kepada Perdana Menteri Malaysia.", ("IDNGOV", "MYSGOV", "05")),
        ("Ketua DPR menyampaikan ucapan selamat kepada Presiden Joko Widodo.", ("IDNLEG", "IDNGOV", "05")),
        ("Indonesia menjalin kerja sama dengan Korea Selatan di bidang pertahanan.", ("IDN", "KOR", "06")),
        ("Indonesia memperkuat kerja sama dengan Jepang.", ("IDN", "JPN", "06")),
        ("Pemerintah Jepang menggelontorkan dana kepada Indonesia untuk pembangunan MRT.", ("JPNGOV", "IDN", "07")),
        ("Iran mendanai kelompok Hizbullah.", ("IRN", "LBNREBHEZ", "07")),
        ("Rusia menyuplai senjata kepada Iran.", ("RUS", "IRN", "07")),
        ("Amerika Serikat mempersenjatai pemberontak Suriah.", ("USA", "SYRREB", "07")),
        ("Pemerintah mengakomodasi tuntutan para guru honorer.", ("IDNGOV", "IDNEDU", "08")),
        ("Ketua Komisi III DPR menghujat Jaksa Agung.", ("IDNLEG", "IDNJUD", "11")),
        ("Indonesia Corruption Watch meragukan komitmen Presiden dalam pemberantasan korupsi.", ("IDNNGO", "IDNGOV", "11")),
        ("Kemlu melayangkan nota protes kepada Australia.", ("IDNGOV", "AUS", "11")),
        ("Bupati Kepulauan Meranti mangkir dari panggilan KPK.", ("IDNGOV", "IDNJUD", "12")),
        ("DPR mengangkangi putusan Mahkamah Konstitusi.", ("IDNLEG", "IDNJUD", "12")),
        ("Massa melempari polisi dengan batu.", ("IDNCVL", "IDNCOP", "14")),
        ("China menggelar latihan militer di dekat Taiwan.", ("CHN", "TWN", "15")),
        ("Amerika Serikat memangkas bantuan kepada Pakistan.", ("USA", "PAK", "16")),
        ("Uni Eropa menerapkan sanksi terhadap Iran.", ("IGOEUREEC", "IRN", "16")),
        ("Polisi menggelandang dua pengedar narkoba ke Mapolres.", ("IDNCOP", "IDNCRM", "17")),
        ("Penyidik KPK menjemput paksa Bupati Buru Selatan.", ("IDNJUD", "IDNGOV", "17")),
        ("KPK menjaring Wali Kota Bekasi dalam operasi tangkap tangan.", ("IDNJUD", "IDNGOV", "17")),
        ("Polisi menghalau demonstran dengan gas air mata.", ("IDNCOP", "IDNCVL", "17")),
        ("Satpol PP merobohkan bangunan milik pedagang kaki lima.", ("IDNGOV", "IDNBUS", "17")),
        ("Kelompok bersenjata melukai dua anggota TNI di Papua.", ("IDNREB", "IDNMIL", "18")),
        ("Israel menghujani Gaza dengan bom.", ("ISR", "PSE", "19")),
        ("Pasukan Rusia merangsek ke Ukraina.", ("RUSMIL", "UKR", "19")),
        ("Angkatan Laut Amerika Serikat mencegat kapal milik Iran.", ("USAMIL", "IRN", "19")),
        ("Badan intelijen Amerika Serikat menyadap telepon Kanselir Jerman.", ("USASPY", "DEUGOV", "09")),
        ("Amerika Serikat menyetop bantuan kepada Pakistan.", ("USA", "PAK", "16")),
        ("Mahasiswa menjebol pagar gedung DPR.", ("IDNEDU", "IDNLEG", "14")),
        ("Kejaksaan menyeret mantan Gubernur Riau ke meja hijau.", ("IDNJUD", "IDNGOV", "17")),
        ("Taliban mengangkat senjata melawan pemerintah Afghanistan.", ("AFGREBTAL", "AFGGOV", "19")),
        ("Kelompok bersenjata memberondong pos TNI di Papua.", ("IDNREB", "IDNMIL", "19")),
        ("Barat melakukan pengucilan terhadap Rusia.", ("WST", "RUS", "16")),
        ("Rusia melakukan mobilisasi pasukan ke perbatasan Ukraina.", ("RUS", "UKR", "15")),
        ("Normalisasi hubungan antara Israel dan Bahrain diumumkan di Washington.", ("ISR", "BHR", "05")),
        ("Menteri Luar Negeri Retno Marsudi bertukar pikiran dengan Menteri Luar Negeri Jepang.", ("IDNGOV", "JPNGOV", "04")),
        ("KPK memanggil paksa Bupati Kolaka.", ("IDNJUD", "IDNGOV", "17")),
        ("Presiden Jokowi mengacungi jempol Kapolri.", ("IDNGOV", "IDNCOP", "05")),
        ("Fadli Zon menohok Presiden Joko Widodo.", ("IDNLEG", "IDNGOV", "11")),
        ("Kelompok bersenjata menakut-nakuti warga di Nduga.", ("IDNREB", "IDNCVL", "13")),
        ("Presiden mewanti-wanti para menteri.", ("IDNGOV", "IDNGOV", "13")),
        ("Rusia menempatkan pasukan di perbatasan Ukraina.", ("RUS", "UKR", "15")),
        ("Polisi memproses hukum tiga anggota ormas.", ("IDNCOP", "IDNNGO", "17")),
        ("Qatar membiayai kelompok Hamas.", ("QAT", "PSEREBHMS", "07")),
        ("Kapolda Metro Jaya menghimbau para pengunjuk rasa agar membubarkan diri.", ("IDNCOP", "IDNCVL", "02")),
        ("Densus 88 menggrebek markas kelompok teroris di Bekasi.", ("IDNCOP", "IDNREB", "17")),
        ("Ketua MPR bersilaturahim dengan Presiden Joko Widodo di Istana Merdeka.", ("IDNLEG", "IDNGOV", "04")),
        ("KPK mendalami peran Wali Kota Medan.", ("IDNJUD", "IDNGOV", "09")),
        ("Penyidik menggali keterangan dari Gubernur Sumatera Utara.", ("IDNCOP", "IDNGOV", "09")),
        ("Amerika Serikat mengkaji sanksi terhadap Korea Utara.", ("USA", "PRK", "01")),
        ("Pemerintah menyuntikkan dana kepada Garuda Indonesia.", ("IDNGOV", "IDNBUS", "07")),
    ],
)
def test_vocabulary_of_everyday_political_news_verbs(code, text, expected):
    assert expected in triples(code(text, date="2019-12-02"))


@pytest.mark.parametrize(
    "text, root",
    [
        ("Presiden Joko Widodo bertolak ke Jepang.", "12"),  # departing, not rejecting
        ("Menteri Kesehatan menghadapi tuntutan para dokter.", "04"),  # facing, not calling on
        ("Zulkifli Hasan menjabat sebagai Ketua MPR.", "04"),  # holding office, no handshake
        ("Pemerintah mengulur waktu pembahasan RUU.", "07"),  # stalling, no aid
        ("Jepang sejak lama menjalin hubungan baik dengan Indonesia.", "05"),  # a state of relations, no act
        ("Korban kecelakaan itu ditolong oleh warga sekitar.", "07"),  # everyday help
        ("Presiden mengangkat Sri Mulyani sebagai Menteri Keuangan.", "19"),  # an appointment, no one takes up arms
        ("Orang tua membiayai sekolah anaknya.", "07"),  # paying school fees, no aid
        ("Dokter menyuntikkan vaksin kepada warga.", "07"),  # an injection, no funds
        ("Peneliti mendalami kasus gizi buruk di Asmat.", "09"),  # study of a health case, no crime
        ("Presiden menempatkan kepentingan rakyat di atas segalanya.", "15"),  # putting interests first, no troops
        ("Menteri Luar Negeri menyatakan bahwa perang di Yaman harus segera dihentikan.", "13"),  # a war talked of, none declared
    ],
)
def test_verbs_with_an_everyday_sense_make_no_event(code, text, root):
    assert [e for e in code(text, date="2019-12-02").events if e.root == root and e.mode == "asserted"] == []


@pytest.mark.parametrize(
    "text, root",
    [
        ("Seorang samurai bernama Jyube mendemonstrasikan kemampuan luar biasa di Jepang.", "14"),  # showing, not protesting
        ("Setelah aksi militer Belanda pertama tanggal 21 Juli 1947, tentara Siliwangi bergerilya melawan Belanda.", "14"),  # a military action, no protest
        ("Memang paling baik Golkar ikut mendukung pemerintahan Presiden Joko Widodo.", "05"),  # what would be best, not done
        ("Selama berada di gunung Nollo, mereka diperintah oleh Raja Latusopacua.", "02"),  # being ruled, not ordered
        ("Menjelang pilkada mulai bermunculan aksi dukung-mendukung calon gubernur oleh pengurus partai di daerah.", "14"),  # an act of another kind
        ("Lewat demonstrasi yang ditunjukkannya di laboratorium, ia membuktikan bahwa rancangan itu bekerja.", "14"),  # showing, no protest at "ia"
        ("Polisi berusaha menangkap pelaku pembakaran di Jakarta.", "17"),  # an attempt, not an arrest
        ("Para pialang mengecam aksi jual itu.", "11"),  # a phrase known to be no event, then a demonstrative (this crashed)
        ("Sutami yang membantu Menteri Pekerjaan Umum menghitung konstruksi gedung itu adalah lulusan ITB.", "07"),  # help at home, no aid
        ("Ketua Bawaslu mengatakan lembaganya mendapat laporan dari PPATK terkait adanya transaksi mencurigakan dana kampanye.", "11"),  # a report received, no one accused
        ("Ketua Dewan Pembina Partai Demokrat menyatakan, Anas Urbaningrum akan dinonaktifkan apabila ditetapkan sebagai tersangka kasus korupsi.", "11"),  # a condition accuses no one
        ("Pemerintah Provinsi DKI membatalkan kebijakan ganjil-genap di jalan protokol.", "12"),  # dropping one's own policy rejects no one
        ("PPP berharap agar pencalonan Angel Lelga dapat mendulang banyak suara di Boyolali.", "02"),  # a hope asks nothing of the one whose candidacy it is
    ],
)
def test_what_only_looks_like_an_event_is_not_asserted(code, text, root):
    assert [e for e in code(text, date="2019-12-02").events if e.root == root and e.mode == "asserted"] == []


def test_a_roman_numeral_is_no_name(code):
    document = code("Anggota Komisi XI bidang keuangan dan perbankan mengkritik Menteri Keuangan.", date="2015-02-10")
    assert not [e for e in document.events if "CHN" in (e.source.code[:3], e.target.code[:3] if e.target else "")]


def test_who_speaks_at_a_meeting_took_part_in_it(code):
    document = code("Inflasi masih terkendali, kata Gubernur Bank Indonesia dalam rapat kerja dengan Komisi XI DPR di Jakarta, Kamis.", date="2015-02-10")
    assert ("IDNGOV", "IDNLEG", "04") in triples(document)


def test_an_envoy_does_not_take_the_country_he_serves_in(code):
    document = code("Pesan itu disampaikan Dubes saat menerima pengurus organisasi mahasiswa di KBRI London.", date="2019-12-02")
    assert not [e for e in document.events if e.source.code.startswith("GBR")]


def test_a_comma_then_a_pronoun_ends_what_a_demand_governs(code):
    text = "\u201cDPR harus didorong agar lebih terbuka, kami mendesak KPK memeriksa Gubernur Riau,\u201d kata Arsul Sani."
    assert ("IDNLEG", "IDNJUD", "10", "asserted") in {(e.source.code, e.target and e.target.code, e.root, e.mode) for e in code(text, date="2016-04-12").events}


def test_a_verb_inside_a_quotation_governs_nothing_outside_it(code):
    document = code("“Kami mendesak pemerintah bertindak,” kata Ketua DPR dalam pertemuan dengan Menteri Luar Negeri di Jakarta, Senin.", date="2015-02-10")
    assert {e.mode for e in document.events if e.root == "04"} == {"asserted"}


def test_an_ordinal_stands_between_a_summit_and_its_owner(code):
    document = code("Presiden Joko Widodo menghadiri KTT ke-25 ASEAN di Naypyidaw.", date="2014-11-12")
    assert any(e.root == "04" and e.source.code == "IDNGOV" and e.target and e.target.code.startswith("IGO") for e in document.events)


@pytest.mark.parametrize(
    "text, date, expected",
    [
        pytest.param("Menteri Keuangan Bambang Brodjonegoro mengikuti rapat Badan Anggaran DPR di Jakarta, Kamis.", "2015-02-10", ("IDNGOV", "IDNLEG", "04"), id="attending a body's meeting"),
        pytest.param("Untuk membubarkan kerumunan mahasiswa, polisi menyemprotkan gas air mata.", "2019-09-24", ("IDNCOP", "IDNEDU", "17"), id="tear gas on the crowd named"),
        pytest.param("Buruh melempari polisi dengan batu dan polisi membalas dengan menembakkan gas air mata.", "2019-09-24", ("IDNCOP", "IDNLAB", "17"), id="a word said twice is no list"),
        pytest.param("Menurut sumber di KPK, Bambang Sutrisno sudah ditetapkan sebagai tersangka kasus suap.", "2019-09-24", ("IDNJUD", "IDN", "17"), id="a named suspect, by the home state"),
        pytest.param("Dalam rapat kerja Komisi III DPR di Jakarta, Senin, Jaksa Agung ST Burhanuddin mengatakan kasus itu segera tuntas.", "2020-02-10", ("IDNJUD", "IDNLEG", "04"), id="speaking in a body's meeting"),
        pytest.param("\u201cKami sudah sepakat,\u201d kata Menteri Keuangan Sri Mulyani, kepada wartawan usai rapat terbatas dengan Presiden Joko Widodo di Istana.", "2020-02-10", ("IDNGOV", "IDNGOV", "04"), id="the teller, after the meeting"),
        pytest.param("Hal tersebut disampaikan Menteri Luar Negeri Retno Marsudi dalam pertemuan dengan Menteri Luar Negeri Jepang di Tokyo.", "2019-12-02", ("IDNGOV", "JPNGOV", "04"), id="the agent of 'disampaikan' in a meeting"),
        pytest.param("Kapolda Metro Jaya menyampaikan hal itu dalam rapat koordinasi bersama Gubernur DKI Jakarta.", "2019-12-02", ("IDNCOP", "IDNGOV", "04"), id="who tells 'hal itu' in a meeting, 'bersama'"),
        pytest.param("Saya tidak mengerti mengapa Menteri Perdagangan Enggartiasto Lukita lamban sekali. Rakyat sudah lama menunggu, kata Fadli Zon di Jakarta.", "2018-05-02", ("IDNLEG", "IDNGOV", "11"), id="a judgement told by the teller of the next sentence"),
        pytest.param("Jepang memberikan pinjaman sebesar 200 juta dolar AS tahun ini.", "2019-12-02", ("JPN", "IDNGOV", "07"), id="aid told by the home press goes home; dolar AS is no state"),
        pytest.param("Penetapannya sebagai tersangka menyusul penemuan uang 200 dollar Amerika Serikat (AS) di ruang kerjanya.", "2019-12-02", ("IDNJUD", "IDN", "17"), id="a currency's abbreviation in brackets is no state either"),
        pytest.param("Hibah dari Jepang itu diserahkan kemarin, kata Menteri Keuangan Sri Mulyani.", "2019-12-02", ("JPN", "IDNGOV", "07"), id="aid from a foreign state, told by a home minister"),
        pytest.param("Pengadilan di Xinjiang menghukum penjara 12 orang.", "2019-09-24", ("CHNJUD", "CHNCVL", "17"), id="a prison sentence is detention"),
        pytest.param("Tiga warga Suriah tewas dalam serangan udara yang kembali dilancarkan Rusia, Selasa.", "2019-12-02", ("RUS", "SYRCVL", "19"), id="an adverb inside 'yang ... dilancarkan X'"),
        pytest.param("Milisi itu, yang -- menurut laporan Amnesty International -- sudah menculik 30 warga Mali, mundur.", "2019-12-02", ("MLIREB", "MLICVL", "18"), id="'menurut X' tells who says so, not who did it"),
        pytest.param("Tentara Myanmar sudah membunuh 1.500 orang, menurut perkiraan PBB.", "2021-12-02", ("MMRMIL", "MMRCVL", "18"), id="a number with separators before the victims; the UN names no place"),
        pytest.param("Tony Blair mengatakan penangkapan 15 personel Angkatan Laut Kerajaan Inggris oleh Iran tidak bisa dibenarkan.", "2007-04-01", ("IRN", "GBRMIL", "17"), id="'personel X' is X's, past a number"),
        pytest.param("\u201cKami sudah sepakat,\u201d kata Menteri Kehutanan MS Ka'ban, usai pertemuan dengan Menteri Keuangan Sri Mulyani di Jakarta.", "2007-05-02", ("IDNGOV", "IDNGOV", "04"), id="'kata X, usai pertemuan dengan Y'; an apostrophe in a name"),
        pytest.param("Pemerintah Israel menyatakan Hamas bertanggung jawab atas tewasnya warga sipil di Gaza.", "2014-08-02", ("ISRGOV", "PSEREBHMS", "11"), id="holding another responsible is an accusation"),
        pytest.param("Pekan lalu serangan roket dari Lebanon mendorong artileri Israel menggempur posisi-posisi Hizbullah.", "2006-07-20", ("ISR", "LBNREBHEZ", "19"), id="an event that prompts an act asks no one: the act is asserted"),
        pytest.param("Pasukan Israel menggempur gudang-gudang senjata Hizbullah di Lebanon selatan.", "2006-07-20", ("ISRMIL", "LBNREBHEZ", "19"), id="a reduplicated plural between the verb and the owner of its object"),
        pytest.param("Komnas HAM mengecam penembakan warga oleh polisi di Papua.", "2019-12-02", ("IDNHRI", "IDNCOP", "11"), id="condemning an act condemns its doer"),
        pytest.param("Komnas HAM mengecam penembakan warga oleh polisi di Papua.", "2019-12-02", ("IDNCOP", "IDNCVL", "19"), id="the owner of an act noun with 'oleh' after it is its patient"),
        pytest.param("Menteri Dalam Negeri Tjahjo Kumolo membantah tudingan bahwa pemerintah mengintervensi pilkada.", "2017-02-02", ("IDNGOV", None, "01"), id="a denial whose accusers go unnamed has no target"),
        pytest.param("Kaisar Jepang Akihito menerima kunjungan Presiden Joko Widodo di Tokyo.", "2017-12-02", ("IDNGOV", "JPNGOV", "04"), id="an emperor is his state's head"),
        pytest.param("Pemerintah Belanda lalu mengeluarkan ultimatum kepada para bupati di Priangan agar menangkap pemimpin perlawanan itu.", "2019-12-02", ("NLDGOV", "IDNGOV", "13"), id="a bupati is Indonesia's, even beside the Dutch"),
        pytest.param("Untuk mendesak pemerintah membuka dialog, Ketua DPR bertemu dengan Menteri Luar Negeri di Jakarta.", "2019-12-02", ("IDNLEG", "IDNGOV", "04"), id="an opening purpose phrase governs only up to its comma"),
        pytest.param("Pemerintah Jepang membantu pemerintah Indonesia memperbaiki sistem pajak.", "2019-12-02", ("JPNGOV", "IDNGOV", "07"), id="help from another state is aid"),
        pytest.param("Dalam hemat Menteri Pertahanan Ryamizard Ryacudu, Indonesia dan Malaysia telah bersepakat menggelar patroli bersama di perbatasan.", "2016-05-02", ("IDN", "MYS", "03"), id="an opening phrase lists no one with the subject after its comma"),
        pytest.param("Dua roket ditembakkan dari Libanon ke Israel utara, Minggu.", "2019-12-02", ("LBN", "ISR", "19"), id="a strike on a part of a state ('ke Israel utara') strikes the state"),
        pytest.param("Tentara Hindia - Belanda menyerang pasukan Republik Indonesia di Yogyakarta.", "1948-12-19", ("NLDMIL", "IDNMIL", "19"), id="a name written with a spaced hyphen"),
        pytest.param("Aksi mahasiswa di depan gedung DPR berlangsung ricuh.", "2019-09-24", ("IDNEDU", "IDNLEG", "14"), id="'aksi' with its owner after it is a protest, facing the building's body"),
        pytest.param("Menurut Menkeu, dalam rapat kerja dengan Komisi XI DPR di Jakarta, Selasa, defisit anggaran masih terkendali.", "2015-02-10", ("IDNGOV", "IDNLEG", "04"), id="'Menurut X, dalam rapat kerja dengan Y'"),
        pytest.param("\"Defisit anggaran masih terkendali,\" katanya dalam rapat kerja dengan Komisi XI DPR di Jakarta, Selasa.", "2015-02-10", ("IDN", "IDNLEG", "04"), id="'katanya dalam rapat' with no one named: one of the article's country met them"),
        pytest.param("Pada saat yang sama Jepang menyerang Malaya, dan Uni Soviet menyerang Jerman.", "1941-12-08", ("JPN", "MYS", "19"), id="a former name of a state is its successor's (Malaya)"),
        pytest.param("Kepolisian telah menetapkan salah satu calon pimpinan Komisi Pemberantasan Korupsi (KPK) sebagai tersangka.", "2015-01-13", ("IDNCOP", "IDNJUD", "17"), id="a verb's complement past a long actor and its acronym"),
        pytest.param("Polisi Zimbabwe melarang pawai itu dengan alasan keamanan.", "2007-03-11", ("ZWECOP", None, "17"), id="a march banned with no one named"),
        pytest.param("Polisi Manchester menangkap dua warga karena mengemudi tanpa SIM.", "2007-03-11", ("GBRCOP", "GBRCVL", "17"), id="an office of the place named after it ('Polisi Manchester')"),
        pytest.param("Menko Rizal mengkritik Menteri Keuangan Sri Mulyani.", "2017-03-11", ("IDNGOV", "IDNGOV", "11"), id="a given name of someone known is no place (Rizal)"),
        pytest.param("Gubernur Florida mengkritik Presiden Barack Obama.", "2012-03-11", ("USAGOV", "USAGOV", "11"), id="a governor of a US state the data gives no population"),
        pytest.param("Presiden meminta agar kalangan perbankan nasional memberikan kredit pada sektor produktif.", "2012-03-11", ("IDNGOV", "IDNBUS", "02"), id="the banks are business"),
        pytest.param("Ketua DPR meminta partai anggota koalisi menaati kesepakatan bersama.", "2012-03-11", ("IDNLEG", "IDNLEG", "02"), id="the coalition's member parties sit in parliament"),
        pytest.param("Anggota Fraksi PDI Perjuangan TB Hasanuddin mengingatkan, agar seluruh kader PDI-P mendukung keputusan Presiden.", "2015-01-20", ("IDNLEG", "IDNGOV", "02"), id="reminding someone to act is an appeal ('mengingatkan, agar ...')"),
        pytest.param("Pengadilan Tata Usaha Negara (PTUN) Jakarta membatalkan keputusan presiden tentang pengangkatan dua hakim.", "2014-12-23", ("IDNJUD", "IDNGOV", "12"), id="a court annulling another's decision rejects it; the city after it is its seat"),
        pytest.param("Sebanyak 22 TKI di Arab Saudi yang dijatuhi hukuman mati mendapat pengampunan dari Raja Arab Saudi.", "2012-03-11", ("SAUGOV", "IDNLAB", "08"), id="a pardon received from a king: the subject receives it, the giver follows 'dari'"),
        pytest.param("Majelis hakim Pengadilan Negeri Jakarta Selatan memvonis terdakwa korupsi itu enam tahun penjara.", "2012-03-11", ("IDNJUD", "IDNCRM", "17"), id="a prison sentence is detention, as the gold codes it"),
        pytest.param("Penetapan tersangka Komisaris Jenderal Budi Gunawan oleh KPK memicu polemik.", "2015-01-20", ("IDNJUD", "IDNCOP", "17"), id="naming a suspect, a noun whose last word opens the named one's title; police ranks"),
        pytest.param("KPU digugat karena dinilai lalai menyelenggarakan pemilu.", "2014-08-16", ("IDNCVL", "IDNGOV", "11"), id="an agentless lawsuit was brought by someone of the sued one's country"),
        pytest.param("PDI-P merasa keputusan Presiden Joko Widodo tersebut bertentangan dengan undang-undang.", "2015-02-10", ("IDNGOV", "IDNGOV", "11"), id="a decision judged against the law is criticism (PDI-P governs in 2015)"),
        pytest.param("Polisi Spanyol menginterogasi seorang pria Mauritania berusia 32 tahun yang membajak sebuah pesawat.", "2006-02-17", ("ESPCOP", "MRT", "09"), id="a man of a named country is its; 'dua pria' stays no one"),
        pytest.param("Seorang pria Jerman berusia 27 tahun yang diculik oleh militan Taliban setahun lalu telah dibebaskan.", "2014-08-24", ("AFGREBTAL", "DEU", "18"), id="a relative clause past an age phrase is the man's"),
        pytest.param("Rumania dan Bulgaria dipaksa menyerah dan mengumumkan perang terhadap Jerman.", "1944-09-10", ("BGR", "DEU", "13"), id="war declared ('mengumumkan perang terhadap')"),
        pytest.param("\"Untuk pengembangan penyidikan, mereka ditahan di Polda Riau,\" tutur juru bicara KPK Johan Budi kepada wartawan.", "2012-04-04", ("IDNJUD", "IDN", "17"), id="an agentless detention told by the body's spokesman was the body's"),
        pytest.param("\"Kasus itu kami tangani sendiri,\" kata Jubir KPK Johan Budi, yang kemudian menuduh Menteri Pertanian berbohong.", "2024-04-04", ("IDNJUD", "IDNGOV", "11"), id="the body a title puts a known person in outweighs his role on the date"),
        pytest.param("Kontrak itu ditandatangani oleh Rusia dan Turki di Ankara.", "2018-04-03", ("RUS", "TUR", "05"), id="the di- passive of a verb listed only in its meN- form ('menandatangani')"),
        pytest.param("Markas FPI digrebek oleh Densus 88 di Bekasi.", "2018-04-03", ("IDNCOP", "IDNRAD", "17"), id="'digrebek' is 'menggrebek' done to the subject"),
        pytest.param("Penangkapan aktivis Malaysia itu dikecam Amnesty International.", "2018-04-03", ("MYSCOP", "MYSCVL", "17"), id="an arrest noun with its patient and no doer was the patient's state's; an NGO is no other state"),
        pytest.param("Polisi memburu geng motor yang mengeroyok warga di Bekasi.", "2018-04-03", ("IDNCOP", "IDNCRM", "09"), id="police hunting suspects investigate; a motorbike gang is criminal"),
        pytest.param("Polisi memburu geng motor yang mengeroyok warga di Bekasi.", "2018-04-03", ("IDNCRM", "IDNCVL", "18"), id="a gang beating a resident"),
        pytest.param("Usai bertemu Presiden Joko Widodo, Ketua DPR Puan Maharani mengatakan anggaran cukup.", "2021-04-03", ("IDNLEG", "IDNGOV", "04"), id="a verb in an opening subordinate clause shares the main clause's subject"),
        pytest.param("Presiden Joko Widodo mengecam pembakaran gereja di Aceh Singkil.", "2015-10-14", ("IDNGOV", None, "11"), id="condemning an act whose doer goes unnamed stands with no target"),
        pytest.param("Polisi menyatakan perang terbuka dengan para pemuda yang kerap tawuran.", "2015-10-14", ("IDNCOP", "IDNCVL", "13"), id="open war declared on youths ('perang terbuka dengan')"),
        pytest.param("Nasir berharap agar dalam waktu dua hari ke depan, Kejagung sudah mengeksekusi putusan itu.", "2012-10-14", ("IDN", "IDNJUD", "02"), id="the addressee of an agar-clause past its opening time phrase"),
        pytest.param("KPK tidak akan ragu menetapkan Bupati Bekasi sebagai tersangka.", "2018-10-14", ("IDNJUD", "IDNGOV", "13"), id="not hesitating to act against someone is a threat, not a negated act"),
        pytest.param("Pemerintah ceroboh menangani banjir, kata anggota DPR Hendra Kusuma di Jakarta.", "2018-10-14", ("IDNLEG", "IDNGOV", "11"), id="carelessness told by a named speaker is criticism"),
        pytest.param("Sebanyak 24 ketua DPD Partai Golkar menandatangani dukungan kepada Ketua DPR Setya Novanto.", "2016-04-14", ("IDNOPP", "IDNLEG", "05"), id="signing a statement of support is support, not an agreement"),
        pytest.param("Penetapan Waryono sebagai tersangka merupakan pengembangan kasus suap.", "2014-05-14", ("IDNJUD", "IDN", "17"), id="an event noun opening the sentence is no name ('Penetapan Waryono'); naming X a suspect"),
        pytest.param("Penetapannya sebagai tersangka mengejutkan publik.", "2014-05-14", ("IDNJUD", "IDN", "17"), id="'-nya' on an event noun done to its owner: someone of the home country when no one was named"),
        pytest.param("Pembunuhnya, seorang pemuda, telah dicari polisi.", "2014-05-14", ("IDNCOP", "IDNCRM", "09"), id="a manhunt ('dicari polisi') for the killer ('-nya' is the act's); 'mencari solusi' names no one"),
        pytest.param("Tentara meredam pemberontakan rakyat Aceh.", "2003-05-14", ("IDNMIL", "IDNCVL", "17"), id="suppressing a rebellion is repression ('meredam')"),
        pytest.param("Bupati Nganjuk Taufiqurrahman kini berstatus tersangka.", "2017-01-14", ("IDNJUD", "IDNGOV", "17"), id="a subject who becomes a suspect was named one by the state ('berstatus/menjadi tersangka')"),
        pytest.param("Guru Marini saat ini menjadi tahanan kota.", "2017-01-14", ("IDNJUD", "IDNEDU", "17"), id="a subject held under city arrest ('menjadi tahanan kota')"),
        pytest.param("Hamas mengatakan telah menghukum mati tiga warga Palestina.", "2014-08-22", ("PSEREBHMS", "PSECVL", "18"), id="an execution ('menghukum mati')"),
        pytest.param("Wakil Ketua DPR Priyo Budi Santoso menyayangkan aksi corat-coret itu.", "2012-08-22", ("IDNLEG", None, "11"), id="deploring, with no one named to blame"),
        pytest.param("Kita dorong KPK agar tidak tebang pilih, kata Arwani.", "2011-10-04", ("IDN", "IDNJUD", "02"), id="a bare verb after 'kita' is a verb, as speech has it"),
        pytest.param("Kapolres Bogor dicopot dari jabatannya.", "2017-01-14", ("IDNCOP", "IDNCOP", "17"), id="a dismissal with no one named was the dismissed one's own body"),
        pytest.param("Polisi di Kota Palu telah menerbitkan larangan penjualan senapan angin.", "2017-01-14", ("IDNCOP", None, "17"), id="a ban issued on no one named ('menerbitkan larangan')"),
        pytest.param("Pelaku digiring ke Mapolres Bogor.", "2017-01-14", ("IDNCOP", "IDNCRM", "17"), id="taken to a police station ('Mapolres'), by no one named: the police"),
        pytest.param("Polisi menangkap kedua tersangka di rumahnya.", "2017-01-14", ("IDNCOP", "IDNCRM", "17"), id="'kedua tersangka' with no two named before: two suspects, unowned"),
        pytest.param("Ratusan mahasiswa berunjuk rasa di depan gedung DPR.", "2019-09-24", ("IDNEDU", "IDNLEG", "14"), id="a protest in front of a body's building faces that body ('di depan gedung DPR')"),
        pytest.param("Pasukan Tiongkok menaklukkan Vietnam.", "1979-02-17", ("CHNMIL", "VNM", "19"), id="conquest is force ('menaklukkan')"),
    ],
)
def test_who_did_it_to_whom_as_a_reader_infers_it(code, text, date, expected):
    """Meetings by attendance and by teller, tear gas on the crowd, the state behind a suspect."""
    assert expected in triples(code(text, date=date))


def test_an_agentless_arrest_was_made_by_the_patients_own_state(code):
    document = code("Dua aktivis Malaysia ditangkap saat berunjuk rasa.", date="2019-09-24")
    assert ("MYSCOP", "MYSCVL", "17") in triples(document)
    assert [e.source.text for e in document.events if e.root == "17"] == [""]  # no words name the police


def test_a_protest_with_its_protesters_unnamed_is_by_the_addressees_people(code):
    document = code("Unjuk rasa terhadap Gubernur Jawa Tengah berlangsung sejak pagi.", date="2019-09-24")
    assert ("IDNCVL", "IDNGOV", "14") in triples(document)
    assert [e.source.text for e in document.events if e.root == "14"] == [""]


def test_an_agentless_arrest_of_people_of_no_told_country_has_no_doer(code):
    assert not [e for e in code("Tiga belas orang yang ditangkap dibebaskan dengan jaminan.", date="2019-09-24").events if e.root == "17"]


def test_a_meeting_between_one_and_another(code):
    document = code("Kedua pihak menjalin kontak antara pejabat senior AS di Baghdad dengan pemberontak Sunni.", date="2006-06-25")
    assert ("USAGOV", "IRQREB", "04") in triples(document)


def test_even_if_there_were_talks_is_no_talk(code):
    document = code("Kalaupun ada komunikasi antara Ketua DPR dengan Presiden, itu urusan pribadi.", date="2014-08-01")
    assert [e.mode for e in document.events if e.root == "04"] == ["hypothetical"]


def test_an_abbreviation_in_brackets_does_not_end_the_clause(code):
    document = code("Komisi III DPR menggelar rapat dengar pendapat (RDP) dengan Kapolri Badrodin Haiti di Jakarta.", date="2015-04-20")
    assert ("IDNLEG", "IDNCOP", "04") in triples(document)


def test_a_visit_to_someones_house_and_a_relative_clause_after_lainnya(code):
    document = code("Ketua Umum PPP beserta pengurus PPP lainnya yang mendatangi rumah dinas Gubernur DKI Jakarta menyampaikan undangan.", date="2014-11-07")
    assert any(e.root == "04" and e.source.code.startswith("IDN") and e.target and e.target.code == "IDNGOV" for e in document.events)


def test_pressure_on_the_opposition_is_repression_and_on_prices_nothing(code):
    assert ("EGYGOV", "EGYOPP", "17") in triples(code("Rezim Hosni Mubarak menekan Ikhwanul Muslimin.", date="2010-05-01"))
    assert not code("Pemerintah menekan harga beras di pasar.", date="2010-05-01").events


def test_saying_one_agrees_is_agreeing(code):
    document = code("Wakil Ketua MPR Syarief Hasan menegaskan sependapat dengan Presiden Joko Widodo.", date="2015-01-20")
    assert ("IDNLEG", "IDNGOV", "01") in triples(document)


def test_rockets_from_a_country_that_strike_are_its_force(code):
    document = code("Tembakan roket dari Suriah menghantam Dataran Tinggi Golan yang dikuasai Israel.", date="2014-08-24")
    assert ("SYR", "ISR", "19") in {(e.source.code, e.target.code if e.target else None, e.root) for e in document.events}


def test_receiving_someone_is_hosting_and_receiving_a_report_is_not(code):
    assert ("IDNGOV", "IDNLAB", "04") in triples(code("Presiden Joko Widodo menerima para buruh, Jumat.", date="2015-05-01"))
    assert not [e for e in code("Presiden Joko Widodo menerima laporan Komnas HAM.", date="2015-05-01").events if e.root == "04"]
    assert not [e for e in code("PPP pun menerima Angel sebagai calon legislator mereka.", date="2015-05-01").events if e.root == "04"]


def test_sport_is_no_politics(code):
    assert not code("Ia pernah membela klub Bolton Wanderers di Liga Inggris.", date="2015-05-01").events
    assert not code("\"Kami melihat Piala Presiden ini sangat luar biasa,\" kata Harsiwi Achmad.", date="2018-02-06").events
    assert code("Ia membela Presiden Joko Widodo dari kritik DPR.", date="2015-05-01").events


def test_what_someone_is_believed_to_have_done_is_alleged(code):
    document = code("Polisi itu dipercayai telah membunuh dua warga Papua.", date="2015-05-01")
    assert {e.mode for e in document.events if e.root == "18"} == {"alleged"}


def test_a_visit_is_to_whom_the_visitors_came_for(code):
    document = code("Kedatangan pengurus PPP hanya untuk mengundang Presiden Susilo Bambang Yudhoyono ke muktamar.", date="2011-06-20")
    assert any(e.root == "04" and e.target and e.target.code == "IDNGOV" for e in document.events)


def test_talks_with_a_foreign_state_told_by_the_home_press_are_its_governments(code):
    document = code("Saat ini sedang berlangsung negosiasi dengan Vietnam yang diharapkan selesai tahun depan.", date="2006-03-01")
    assert ("IDNGOV", "VNM", "04") in triples(document)
    assert [e.source.text for e in document.events if e.root == "04"] == [""]


def test_sudans_president_and_a_us_envoy_are_known_by_their_surnames(code):
    document = code("Beshir menolak tuntutan Khalilzad.", date="2006-08-25")
    assert ("SDNGOV", "USAGOV", "12") in triples(document)


def test_a_name_after_its_arabic_article_stays_in_the_name(code):
    document = code("Presiden Sudan Omar al-Beshir mengecam sanksi PBB.", date="2008-07-15")
    assert [(e.source.text, e.target.code) for e in document.events if e.root == "11"] == [("Presiden Sudan Omar al-Beshir", "IGOUNO")]


def test_unnamed_people_are_no_actors_outside_coercion_and_force(code):
    assert triples(code("Presiden bertemu seorang pria di Istana.")) == set()


def test_reminding_someone_what_they_must_do_is_an_appeal(code):
    assert ("IDNGOV", "IDNLEG", "02") in triples(code("Jokowi mengingatkan DPR harus serius membahas RUU itu.", date="2016-05-01"))
    assert triples(code("Jokowi mengingatkan bahwa ekonomi sedang melambat.")) == set()


def test_nahdlatul_ulama_by_its_short_name(code):
    assert ("IDNNGO", "IDNJUD", "04") in triples(code("Pertemuan antara Pengurus Besar NU dengan KPK menghasilkan sejumlah poin."))


def test_refusing_to_recognise_a_state_is_rejection(code):
    assert ("ISR", "PSE", "12") in triples(code("Israel tidak mengakui kemerdekaan Palestina."))
    assert ("IDN", "PSE", "05") in triples(code("Indonesia mengakui kemerdekaan Palestina."))


def test_a_name_the_tagger_took_for_a_place_is_a_person_when_no_place_has_it(code):
    # the tagger labels "Amien Sukardi" LOC; no gazetteer place is called so
    assert ("IDN", "IDNGOV", "11") in triples(code("Amien Sukardi mengkritik pemerintah Indonesia."))


def test_indonesian_citizens_and_migrant_workers_by_their_abbreviations(code):
    assert ("MYSCOP", "IDNLAB", "17") in triples(code("Polisi Malaysia menangkap dua TKI."))
    assert ("PHLREBASG", "IDNCVL", "18") in triples(code("Kelompok Abu Sayyaf menyandera tujuh WNI."))


def test_a_clash_of_one_group_with_no_second_side_named_is_not_coded(code):
    assert triples(code("Ratusan mahasiswa terlibat bentrokan di depan gedung DPR.")) == set()


def test_walking_out_of_a_session_is_a_boycott(code):
    assert ("IDNLEG", "IDNLEG", "14") in triples(code("Fraksi PDIP melakukan walk out dari rapat paripurna DPR."))


def test_recognising_a_city_as_a_capital_is_recognition(code):
    assert ("USAGOV", "ISRGOV", "05") in triples(code("Donald Trump mengumumkan pengakuan atas Yerusalem sebagai ibu kota Israel.", date="2017-12-07"))


def test_force_in_a_standing_conflict_is_on_the_other_side_when_none_is_named(code):
    assert ("ISRMIL", "PSE", "19") in triples(code("Pasukan Israel kembali menyerang pada Minggu malam."))
    assert ("ISRMIL", "PSEREBHMS", "19") in triples(code("Serangan terhadap kediaman komandan militer Hamas menewaskan dua orang."))
    # a third state named is the one struck
    assert ("ISR", "LBN", "19") in triples(code("Israel menyerang Lebanon selatan."))


def test_a_count_between_light_verb_and_event_noun_keeps_the_light_verb(code):
    assert ("ISR", "PSE", "19") in triples(code("Israel melancarkan 16 serangan ke Gaza."))


def test_an_agentless_sanction_is_no_courts(code):
    assert triples(code("Rusia dijatuhi sanksi.")) == set()


# Crime, justice, clashes and offices as domestic news tells them: unnamed people arrested are the
# arresters' country's, a brawl within one group has it on both sides, a clash is coded by who
# clashes, suspects are named and sentenced, offices compose with the body named.
@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Polisi menangkap seorang pria di Bekasi.", ("IDNCOP", "IDNCVL", "17"), id="arrest-unnamed-man"),
        pytest.param("Kepolisian Malaysia menahan sepasang suami istri atas dugaan penganiayaan.", ("MYSCOP", "MYSCVL", "17"), id="arrest-couple"),
        pytest.param("Petugas BNN menangkap seorang sipir.", ("IDNGOV", "IDNGOV", "17"), id="arrest-prison-guard"),
        pytest.param("Tawuran antar warga terjadi di Palu.", ("IDNCVL", "IDNCVL", "18"), id="brawl-antar-warga"),
        pytest.param("Warga dua kelurahan di Palu terlibat bentrokan.", ("IDNCVL", "IDNCVL", "19"), id="clash-two-quarters"),
        pytest.param("Konflik bermula dari penetapan tersangka calon kepala Polri, Komisaris Jenderal Budi Gunawan, oleh KPK.", ("IDNJUD", "IDNCOP", "17"), id="suspect-designation-noun"),
        pytest.param("Jaksa Agung M Prasetyo menyebut Hary sebagai tersangka.", ("IDNJUD", "IDN", "17"), id="named-as-suspect"),
        pytest.param("Terdakwa dijatuhi hukuman penjara lima tahun.", ("IDNJUD", "IDNCRM", "17"), id="sentenced-agentless"),
        pytest.param("Pengunjuk rasa terlibat bentrok dengan polisi antihuru hara di Athena.", ("GRCCVL", "GRCCOP", "14"), id="protesters-against-police"),
        pytest.param("Polisi terlibat bentrokan dengan mahasiswa di depan gedung DPR.", ("IDNCOP", "IDNEDU", "17"), id="police-against-students"),
        pytest.param("Pasukan Iran terlibat bentrokan dengan pemberontak Kurdi.", ("IRNMIL", "IRNREB", "19"), id="army-against-rebels"),
        pytest.param("Polda Metro Jaya memeriksa Ketua Umum Partai Demokrat sebagai saksi.", ("IDNCOP", "IDNOPP", "09"), id="party-chair"),
        pytest.param("KPK menggeledah kantor Dinas PUPR Kabupaten Bekasi.", ("IDNJUD", "IDNGOV", "17"), id="regional-office"),
        pytest.param("Warga memblokade jalan sebagai protes atas pembangunan pabrik semen.", ("IDNCVL", None, "14"), id="road-blockade"),
        pytest.param("Israel memblokade Jalur Gaza.", ("ISR", "PSE", "19"), id="state-blockade"),
    ],
)
def test_crime_justice_clashes_and_offices(code, text, expected):
    assert expected in triples(code(text, date="2019-12-01"))


def test_committees_belong_to_the_body_named_after_them(code):
    document = code("Menurut Menkeu, dalam rapat kerja dengan Panitia Ad Hoc (PAH) DPD di Jakarta, surplus anggaran berasal dari penerimaan negara.")
    meetings = [e for e in document.events if e.root == "04"]
    # the committee, not its abbreviation read as a person, is the one met
    assert [(e.source.code, e.target.text) for e in meetings] == [("IDNGOV", "Panitia Ad Hoc")]


def test_a_count_of_times_between_light_verb_and_event_noun(code):
    assert ("USAGOV", "IRQREB", "04") in triples(code("Khalilzad melakukan beberapa kali perundingan dengan Tentara Islam Irak.", date="2007-02-01"))


def test_proposing_that_someone_act_is_an_appeal(code):
    document = code("Wakil Ketua DPR Fachri Hamzah mengusulkan pembubaran KPK.", date="2012-10-02")
    assert ("IDNLEG", "IDNJUD", "02") in triples(document)
    assert ("IDNGOV", "IDNGOV", "02") in triples(code("Pak Sultan justru usulkan ke Presiden satu tahun."))


def test_agreeing_with_someones_idea_endorses_it(code):
    assert ("IDNLEG", "IDNGOV", "05") in triples(code("Fraksi Golkar setuju dengan wacana pemerintah untuk menaikkan harga BBM."))
    assert ("IDN", "MYS", "03") in triples(code("Indonesia setuju dengan Malaysia untuk meningkatkan kerja sama."))


def test_the_condemner_is_no_candidate_doer_of_the_arrest_condemned(code):
    document = code("Amerika Serikat mengecam penangkapan aktivis Malaysia.")
    assert ("MYSCOP", "MYSCVL", "17") in triples(document)
    # a state named after the noun may be the doer: no implied one then
    assert ("THACOP", "MYSCVL", "17") in triples(code("Penangkapan aktivis Malaysia oleh polisi Thailand memicu protes."))


def test_the_agent_right_after_a_passive_past_mantan(code):
    document = code("Sikap anggota fraksi DPR itu didukung mantan Ketua Mahkamah Konstitusi Mahfud MD.")
    assert ("IDNELI", "IDNLEG", "05") in triples(document)  # a former chief: an elite (grammar.yaml former_titles)


def test_a_reduplicated_determiner_keeps_a_list_together(code):
    document = code("Sudan dan kelompok-kelompok pemberontak menyetujui gencatan senjata 60 hari di Darfur.")
    assert ("SDN", "SDNREB", "08") in triples(document)


def test_requests_and_meetings_between_people_known_only_by_name_are_private(code):
    assert triples(code("Indra Lesmana meminta Yaya Moektio untuk membawakan repertoar jazz.")) == set()
    assert triples(code("Wright bertemu Roger Waters di Regent Street Polytechnic.")) == set()
    assert triples(code("Elinor memperingatkan Marianne untuk menjaga sikapnya pada Mr. Willoughby.")) == set()
    # force between sides the text never places: old kingdoms, fiction
    assert triples(code("Menurut Joseon Sangosa, pada tahun 400 SM Yan menyerang Gojoseon.")) == set()
    assert ("IDNCOP", "IDN", "17") in triples(code("Polisi menangkap Slamet."))
    # criticism is political whoever voices it; a pronoun is someone the article named
    assert ("IDN", "IDNGOV", "11") in triples(code("Darmawan Kusumabrata mengkritik Joko Widodo.", date="2016-05-01"))
    assert ("IDN", "IDN", "02") in triples(code("Slamet meminta mereka pulang."))


def test_a_suspect_named_by_two_titles_is_within_the_complement_window(code):
    for text in ("KPK telah menetapkan Ketua Umum Partai Golkar dan Ketua DPR, Setya Novanto sebagai tersangka.",
                 "komisi pemberantasan korupsi telah menetapkan ketua umum partai golkar dan ketua dpr, setya novanto sebagai tersangka."):
        assert ("IDNJUD", "IDN", "17") in {(s, t[:3], r) for s, t, r in triples(code(text))}


def test_an_abbreviation_of_a_thing_is_no_one_and_of_a_policy_its_government(code):
    # SIM and KTP are no one: the seizure is on someone no words name (of the police's country)
    seized = code("Polisi menyita SIM dan KTP milik pengendara itu.").events
    assert [(e.source.code, e.target.code, e.target.text) for e in seized] == [("IDNCOP", "IDN", "")]
    # rejecting a policy is rejecting the government that makes it, as annotators code it
    assert ("IDNEDU", "IDNGOV", "12") in triples(code("Mahasiswa menggelar aksi unjuk rasa menolak kenaikan harga BBM."))
    assert ("IDNEDU", "IDNGOV", "12") in triples(code("Ratusan mahasiswa berdemonstrasi menolak RUU KUHP."))
    assert ("IDNCOP", "IDN", "17") in triples(code("Saudara AS ditangkap polisi."))


def test_someones_supporters_and_lawyers_are_not_that_person(code):
    document = code("Massa pendukung Prabowo menggelar aksi di depan gedung Bawaslu.", date="2019-12-01")
    assert {e.source.code for e in document.events} == {"IDNCVL"}
    # a title before a name is the person
    assert ("IDNGOV", "IDNMIL", "04") in triples(code("Presiden Joko Widodo bertemu Prabowo.", date="2019-12-01"))


def test_a_story_told_at_home_keeps_its_unowned_agents_at_home(code):
    # alone, a sentence naming a foreign state leaves "pemerintah" and "polisi" without a country
    assert triples(code("Pemerintah mengecam Israel.")) == set()
    story = code("KPK menahan Gubernur Riau Annas Maamun. Pemerintah mengecam Israel. Polisi menangkap warga negara Malaysia.")
    assert {("IDNGOV", "ISR", "11"), ("IDNCOP", "MYSCVL", "17")} <= triples(story)
    assert {e.source.country_from for e in story.events if e.root in ("11", "17") and e.source.code[3:] in ("GOV", "COP")} == {"article"}
    # an article about Israel and Gaza is no story at home
    abroad = code("Pasukan Israel menyerang Gaza. Pemerintah mengecam Israel.")
    assert not any(e.source.code == "IDNGOV" for e in abroad.events)


def test_an_acquittal_frees_the_accused_and_an_examination_is_the_police(code):
    acquittal = code("Majelis hakim menjatuhkan putusan bebas murni terhadap terdakwa Elly Engelbert Lasut.")
    assert {(e.source.code, e.root) for e in acquittal.events} == {("IDNJUD", "08")}
    # examined as a witness, by no one named: the police of his own country
    witness = code("Presiden BEM Unnes, Mohamad Adib telah diperiksa sebagai saksi.").events
    assert triples(code("Polisi mencari solusi kemacetan.")) == set()
    assert triples(code("Budi menjadi saksi dalam kasus itu.")) == set()
    assert not code("Jadi, kami optimis dapat memenangkan pertarungan di Pileg 2014, kata Nurul.").events
    assert [(e.source.code, e.source.country_from, e.root) for e in witness] == [("IDNCOP", "implied", "09")]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Dua WNI ditangkap di Malaysia.", ("MYSCOP", "IDNCVL")),
        ("Seorang warga negara Australia ditangkap di Bali karena membawa narkoba.", ("IDNCOP", "AUSCVL")),
        ("Aktivis itu ditahan di Bangkok.", ("THACOP", "THACVL")),
    ],
)
def test_an_agentless_arrest_abroad_was_made_by_the_state_of_the_place(code, text, pair):
    assert [(e.source.code, e.target.code) for e in code(text).events if e.root == "17"] == [pair]


def test_aid_from_a_foreign_state_with_no_recipient_goes_home_but_not_help_from_people(code):
    assert ("JPN", "IDNGOV", "07") in triples(code("Jepang memberikan pinjaman 200 juta dolar."))
    help_of_people = code("Universitas Complutense Madrid merapikan katalog foto itu dengan bantuan dari warga Spanyol.")
    assert not any(e.target and e.target.code == "IDNGOV" for e in help_of_people.events)


def test_a_dismissal_with_no_one_named_stays_in_the_dismissed_ones_country(code):
    # the body is taken from the dismissed one's code: a known person's role on the date, so only the country is sure
    document = code("Akibat tindakannya, Rajoelina diberhentikan sebagai wali kota pada tanggal 3 Februari 2009.", date="2009-02-04")
    assert {(e.source.code[:3], e.target.code[:3], e.root, e.source.country_from) for e in document.events} == {("MDG", "MDG", "17", "implied")}


def test_two_coordinated_verbs_or_event_nouns_share_what_follows_the_second(code):
    # before, the first verb or noun, its object beyond the second, was lost
    assert ("IDNCOP", "IDNGOV", "17") in triples(code("Polisi menangkap dan memeriksa Bupati Bogor."))
    nouns = code("KPK melakukan penangkapan dan penahanan Bupati Bogor.").events
    assert ("IDNJUD", "IDNGOV", "173", "penangkapan") in {(e.source.code, e.target.code, e.code, e.trigger) for e in nouns}


def test_witnesses_questioned_by_no_one_named_were_questioned_by_the_home_police(code):
    # a witness is one through the state's own process (grammar.yaml `process_patients`);
    # "13 orang yang ditangkap" still says nothing of whose people they are
    assert triples(code("Sebanyak 12 saksi yang diperiksa berasal dari keluarga korban.")) == {("IDNCOP", "IDNCVL", "09")}
    assert triples(code("Sebanyak 13 orang yang ditangkap dibawa ke kantor polisi.")) == set()


def test_what_one_must_be_is_no_praise(code):
    assert triples(code("Pengamat menilai Jokowi sudah bersikap tegas.", date="2019-12-01")) == {("IDNEDU", "IDNGOV", "05")}
    # what one must be is asked of him: an appeal (as the news-sentence annotators code it), no praise
    assert triples(code("Pengamat menilai Jokowi harus tetap bersikap tegas.", date="2019-12-01")) == {("IDNEDU", "IDNGOV", "02")}


def test_commerce_and_requests_between_people_no_one_named_are_no_politics(code):
    assert triples(code("Kerja sama antara Tokopedia dengan Ria Miranda menghadirkan koleksi baru.")) == set()
    assert ("IDNGOV", "IDNBUS", "06") in triples(code("Pemerintah menjalin kerja sama dengan Tokopedia."))
    assert triples(code("Ia meminta agar mereka tidak berkecil hati.")) == set()
    assert triples(code("Menteri Perhubungan meminta maskapai menurunkan harga tiket.")) == {("IDNGOV", "IDNBUS", "02")}


def test_a_hearing_named_with_its_abbreviation_is_with_its_owner(code):
    text = "Dalam Rapat Dengar Pendapat (RDP) Komisi XI DPR RI, Menteri Sri Mulyani mengatakan kondisi perbankan sehat."
    assert triples(code(text, date="2019-12-01")) == {("IDNGOV", "IDNLEG", "04")}


def test_a_visit_to_a_place_abroad_visits_its_country(code):
    assert triples(code("Presiden Jokowi mengunjungi Busan, Korea Selatan.", date="2019-12-01")) == {("IDNGOV", "KOR", "04")}
    assert triples(code("Kanselir Jerman Angela Merkel mengunjungi kamp Auschwitz di Polandia.", date="2019-12-01")) == {("DEUGOV", "POL", "04")}
    # where something comes from is no visit
    assert triples(code("Impor unggas Korea Selatan terbesar datang dari Inggris.")) == set()
    # so does a visit told by its noun
    visit = code("Jokowi melakukan kunjungan kerja ke Busan, Korea Selatan.", date="2019-12-01")
    assert triples(visit) == {("IDNGOV", "KOR", "04")}


def test_a_company_board_is_business_and_a_police_komisaris_a_rank(code):
    text = "Menteri BUMN Erick Thohir meminta kepada jajaran komisaris, dewan pengawas, dan direksi BUMN agar menggunakan pesawat kelas ekonomi."
    assert triples(code(text, date="2019-12-01")) == {("IDNGOV", "IDNBUS", "02")}
    assert triples(code("Kompol Budi menangkap dua pengedar narkoba.")) == {("IDNCOP", "IDNCRM", "17")}


def test_the_reader_a_doctor_and_firms_with_media_are_private_life(code):
    assert triples(code("Pastikan gigi dan gusi Anda sehat, dengan melakukan kunjungan ke dokter gigi.")) == set()
    assert triples(code("Tak lama setelah itu, Costa kemudian bertemu dengan dokter yang bersedia mengobati penyakitnya.")) == set()
    assert triples(code("Story ini merupakan bentuk kerja sama BNI dengan Kumparan.")) == set()
    # a minister meeting doctors, or a state cooperating with a firm, is still politics
    assert ("IDNGOV", "IDNHLH", "04") in triples(code("Menteri Kesehatan bertemu dengan dokter di Bandung."))
    assert ("IDN", "IDNBUS", "06") in triples(code("Indonesia menjalin kerja sama dengan Tokopedia."))


def test_visitors_and_bloggers_are_civilians_after_segenap(code):
    assert triples(code("Petugas telah meminta pengunjung untuk keluar dari area Monas.")) == {("IDNGOV", "IDNCVL", "02")}
    text = "Budi Karya Sumadi mengajak segenap blogger yang hadir di acara untuk ikut memajukan pariwisata."
    assert triples(code(text, date="2019-12-01")) == {("IDNGOV", "IDNCVL", "02")}


def test_criticism_received_from_someone_is_theirs(code):
    text = "Gaya berbusana Nadiem pun mendapat kritikan dari politikus Partai Demokrat Marzuki Alie."
    assert triples(code(text, date="2019-12-01")) == {("IDNELI", "IDNGOV", "11")}


def test_a_protest_no_one_is_named_for_is_the_peoples_of_its_place(code):
    assert triples(code("Unjuk rasa di Hong Kong kerap berujung kekerasan.")) == {("HKGCVL", None, "14")}
    assert triples(code("Demo antipemerintah terus berlangsung di Hong Kong.")) == {("HKGCVL", "HKGGOV", "14")}
    assert triples(code("Unjuk rasa itu berlangsung damai.")) == set()


def test_law_enforcement_summons_for_questioning_and_a_doctor_diagnoses(code):
    assert triples(code("KPK memanggil enam mantan pejabat Pertamina Energy Service.")) == {("IDNJUD", "IDNBUS", "09")}
    assert triples(code("Costa juga divonis dokter mengidap karsinoma sel skuamosa.")) == set()
    assert ("IDNJUD", "IDN", "11") in triples(code("Budi divonis bersalah oleh hakim."))


def test_a_hearing_in_a_commission_and_a_city_set_off_by_commas(code):
    text = "beber Sekretaris Jenderal Kemenhub, Djoko Sasono dalam Rapat Dengar Pendapat di Komisi V DPR RI, Jakarta, Rabu (20/11)."
    events = code(text, date="2019-11-21").events
    assert [(e.source.text, e.target.text, e.root) for e in events] == [("Sekretaris Jenderal Kemenhub, Djoko Sasono", "Komisi V DPR RI", "04")]


def test_rejecting_a_proposal_needs_no_author_and_a_second_rejection_is_no_rejected_one(code):
    # "UUD" is the constitution, no one's initials; the idea's authors may go unnamed, and an
    # amendment is the legislature's (the MPR's) to make
    events = code("Presiden Joko Widodo menolak wacana amandemen UUD 1945 yang terus bergulir.", date="2019-12-01").events
    assert [(e.source.code, e.target.code, e.target.text, e.root, e.mode) for e in events] == [("IDNGOV", "IDNLEG", "", "12", "asserted")]
    second = code("Partai Demokrat menolak amandemen UUD 1945 dan menolak usulan PDIP.", date="2019-12-01").events
    assert [(e.source.code, e.target.code, e.root, e.mode) for e in second] == [("IDNOPP", "IDNGOV", "12", "asserted")]


def test_examples_after_seperti_are_the_ones_a_plural_stands_for_each_an_event(code):
    text = ("Mereka yang tersangkut, seperti Wakil Sekjen Angelina Sondakh dan bekas Sekretaris Dewan Pembina "
            "Andi Mallarangeng, langsung mundur setelah ditetapkan sebagai tersangka oleh KPK.")
    targets = [e.target.text for e in code(text, date="2019-12-01").events if e.root == "17"]
    assert targets == ["Sekjen Angelina Sondakh", "Sekretaris Dewan Pembina Andi Mallarangeng"]
    assert [e.target.text for e in code("Polisi menangkap Budi dan Andi.").events] == ["Budi", "Andi"]


def test_a_verb_after_saat_is_done_by_the_actor_the_main_clause_ends_on_and_a_bare_dubes_is_ours(code):
    text = ("Harapan itu disampaikan Dubes saat menerima pengurus ICMI London di KBRI London, Senin, "
            "sehubungan lokakarya yang digelar 8 Juli mendatang di London.")
    assert triples(code(text, date="2014-07-01")) == {("IDNGOV", "IDNNGO", "04")}
    retno = code("Hal itu dikatakan Menlu Retno usai bertemu Menlu Jepang di Tokyo.", date="2019-12-01")
    assert triples(retno) == {("IDNGOV", "JPNGOV", "04")}


def test_fighting_for_something_before_a_body_lobbies_it(code):
    text = "Menteri Keuangan masih memperjuangkan penambahan anggaran pendidikan ke DPR."
    assert triples(code(text)) == {("IDNGOV", "IDNLEG", "02")}
    assert triples(code("Partai itu terus memperjuangkan hak rakyat.")) == set()


def test_a_passive_after_usai_is_done_to_the_one_the_main_clause_ends_on(code):
    hit = code("Dokter itu menjelaskan kondisi Antony Hillenaar usai dipukul oleh Kriss.")
    assert ("IDN", "IDN", "18") in triples(hit)


def test_a_two_word_event_noun_opening_a_sentence_is_no_name(code):
    # "Baku" is also Azerbaijan's capital
    document = code("Baku tembak antara polisi dan anggota kartel terjadi di Meksiko.")
    assert triples(document) == {("MEXCOP", "MEXCRM", "19")}


def test_a_common_noun_capitalised_as_the_first_word_is_no_part_of_a_name(code):
    events = code("Kondisi Budi memburuk setelah ditangkap polisi.").events
    assert [(e.source.code, e.target.text) for e in events] == [("IDNCOP", "Budi")]


def test_foreign_people_alone_leave_a_generic_agent_at_home(code):
    # GUIDELINES: with nothing else said, Indonesian news is domestic; a nationality is no place
    assert triples(code("Polisi menangkap tiga warga Australia.")) == {("IDNCOP", "AUSCVL", "17")}
    assert triples(code("Polisi Thailand menangkap tiga warga Australia.")) == {("THACOP", "AUSCVL", "17")}
    assert triples(code("Polisi menembak dua warga Palestina.")) == set()  # a standing conflict: whose police, not said


def test_a_manner_adverb_between_a_condemnation_and_the_act_condemned_is_skipped(code):
    # "mengutuk keras serangan bom": the attackers go unnamed, so the condemnation has no target
    events = code("Pemerintah Indonesia mengutuk keras serangan bom di Brussel.").events
    assert [(e.source.code, e.target, e.root) for e in events] == [("IDNGOV", None, "11")]
    events = code("Pemerintah Indonesia mengecam keras penangkapan aktivis oleh polisi Myanmar.").events
    assert [(e.source.code, e.target.code, e.root) for e in events] == [("IDNGOV", "MMRCOP", "11")]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Ia dijatuhi hukuman penjara dua tahun delapan bulan.", ("IDNJUD", "IDN", "17")),
        ("Mereka ditahan di Polda Metro Jaya sejak Senin.", ("IDNCOP", "IDN", "17")),
    ],
)
def test_an_agentless_sentence_or_arrest_of_a_pronoun_is_the_home_states(code, text, pair):
    assert pair in triples(code(text, date="2019-09-24"))


def test_required_to_compete_is_no_prosecution(code):
    """"dituntut bersaing": "tuntut" before a verb asks something of someone; only a charge
    ("dituntut hukuman") implies a prosecutor."""
    assert not code("Mereka juga dituntut bersaing keras jika ingin memenangkan pengaruh.", date="2019-09-24").events


def test_a_man_told_of_after_a_reporting_verb_is_the_passives_subject(code):
    """"Polisi mengatakan seorang pria ... telah ditangkap": the police tell, the man is the one
    arrested; the police are not also the ones arrested."""
    document = code("Polisi mengatakan seorang pria berusia 41 tahun telah ditangkap atas dugaan pencurian.", date="2019-09-24")
    assert not [e for e in document.events if e.target is not None and e.target.code == "IDNCOP"]


def test_a_bodys_officers_are_the_body(code):
    """"para perwira Polri": officers (perwira, bintara, tamtama) name no sector of their own; the body does."""
    assert ("IDNCOP", "IDNCOP", "02") in triples(code("Kapolri meminta para perwira Polri untuk membangun soliditas dengan TNI.", date="2019-09-24"))


@pytest.mark.parametrize(
    "text, date, triple",
    [
        ("Pasukan Utsmaniyah menyerang Wina pada tahun 1683.", "1683-09-12", ("TURMIL", "AUTGOV", "19")),
        ("Pada tahun 1238, Goryeo kembali diserbu pasukan Mongol.", "1238-01-01", ("MNGMIL", "KOR", "19")),
        ("Republik Rakyat Cina mengecam Jepang.", "2013-11-25", ("CHN", "JPN", "11")),  # the People's Republic, not its people
        ("Kejaksaan Republik Cina memanggil awak pesawat Singapore Airlines.", "2000-11-01", ("TWNJUD", "SGP", "09")),  # the Republic of China is Taiwan
    ],
)
def test_states_of_history_are_their_countries(code, text, date, triple):
    """The Ottoman state is Turkey's, Goryeo Korea's, the Mongols Mongolia's (country_extra.tsv)."""
    assert triple in triples(code(text, date=date))


@pytest.mark.parametrize(
    "text, roots, mode",
    [
        # what a state claims its own side did is reported as done; a claim about another is an allegation
        ("Israel mengklaim serangan udaranya berhasil menewaskan seorang komandan Hamas.", ("18", "19"), "asserted"),
        ("Polisi mengklaim pelaku telah menyerang petugas.", ("18", "19"), "alleged"),
        # after an event noun, "akan" makes it hypothetical only before a verb of its happening
        ("Hibah dari Jepang kepada Kementerian Keuangan akan digunakan untuk membiayai kajian reformasi.", ("07",), "asserted"),
        ("Kunjungan Presiden Jokowi ke Jepang akan dilakukan pekan depan.", ("04",), "hypothetical"),
    ],
)
def test_the_mode_of_a_claimed_or_awaited_event(code, text, roots, mode):
    document = code(text, date="2014-08-24")
    assert [e.mode for e in document.events if e.root in roots] == [mode]


def test_a_condemnation_of_an_act_is_aimed_at_its_inferred_doer(code):
    """"mengecam keras penangkapan terhadap X": no doer named, the reader infers Zimbabwe's police."""
    document = code("Menteri Luar Negeri AS mengecam keras penangkapan terhadap pemimpin oposisi Zimbabwe Morgan Tsvangirai.", date="2007-03-13")
    assert ("USAGOV", "ZWECOP", "11") in triples(document)


def test_a_passives_agent_named_by_its_example(code):
    """"diragukan oleh lembaga-lembaga antikorupsi, seperti ICW": the example names the doubters."""
    document = code("Kompetensi Jaksa Agung Prasetyo diragukan oleh lembaga-lembaga antikorupsi, seperti Indonesia Corruption Watch.", date="2015-01-13")
    assert ("IDNNGO", "IDNJUD", "11") in triples(document)


def test_a_breakaway_region_is_its_states(code):
    """South Ossetia and Abkhazia are coded under Georgia, as CAMEO's actor dictionaries do."""
    assert ("GEOGOV", "GEO", "12") in triples(code("Pemerintah Georgia tidak mengakui status Ossetia Selatan sebagai suatu entitas tersendiri.", date="2008-08-26"))


def test_a_bare_verb_after_dan_goes_on_the_clause_asked_for(code):
    """"agar tidak tebang pilih dan berani mengusut": the inquiry is what is urged, not done."""
    document = code("Kita dorong KPK agar tidak tebang pilih dan berani mengusut kasus-kasus kakap.", date="2015-02-10")
    assert [e.mode for e in document.events if e.root == "09"] == ["demanded"]


def test_an_inquiry_into_a_death_is_not_aimed_at_the_dead(code):
    """"menyelidiki penyebab kematian Hakim X": the victim is not the target; the doer goes unnamed."""
    document = code("Polisi terus menyelidiki penyebab kematian Hakim Pengadilan Negeri Medan Jamaluddin.", date="2019-12-01")
    assert [(e.source.code, e.target) for e in document.events if e.root == "09"] == [("IDNCOP", None)]


def test_one_held_in_prison_is_held_by_the_state(code):
    """"mendekam di Lapas Sukamiskin": held, by the justice system no words name."""
    assert ("IDNJUD", "IDNELI", "17") in triples(code("Mantan Ketua DPR Setya Novanto mendekam di Lapas Sukamiskin.", date="2019-09-24"))


def test_a_name_the_ner_left_untagged_before_a_verb_is_someone(code):
    """"Galih Ginanjar kini mendekam di rutan": two proper nouns the NER did not tag, no place, then a verb."""
    document = code("Galih Ginanjar kini mendekam di rutan Polda Metro Jaya.", date="2019-09-24")
    assert [e.target.text for e in document.events if e.root == "17"] == ["Galih Ginanjar"]


@pytest.mark.parametrize(
    "text, target",
    [
        ("Presiden Joko Widodo tegas menolak amandemen UUD 1945.", "IDNLEG"),
        ("Partai Demokrat secara tegas menolak amandemen UUD 1945.", None),  # a party rejects its own house's business
    ],
)
def test_rejecting_a_constitutional_amendment_rejects_the_legislature(code, text, target):
    document = code(text, date="2019-12-01")
    assert [e.target.code if e.target else None for e in document.events if e.root == "12"] == [target]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Penyidik KPK menyita uang tunai Rp 2 miliar dari sebuah rumah di Bekasi.", [("IDNJUD", "IDN", "asserted")]),
        ("Petugas Bareskrim menggeledah sebuah gudang di Cikarang pada Senin malam.", [("IDNCOP", "IDN", "asserted")]),
        ("Kejaksaan Agung telah mengeluarkan cekal pada Jumat lalu.", [("IDNJUD", "IDN", "asserted")]),
        ("Polisi akan menyita seluruh barang bukti itu besok.", [("IDNCOP", "IDN", "hypothetical")]),
        ("Warga menangkap ikan di Sungai Musi.", []),  # not the law's hand: no one is its target
    ],
)
def test_a_search_seizure_or_arrest_by_the_law_of_no_one_named_is_on_someone_of_its_country(code, text, expected):
    """"penyidik menyita Rp 800 juta": the suspect goes unnamed; the record says only the country."""
    document = code(text, date="2019-12-01")
    assert [(e.source.code, e.target.code, e.mode) for e in document.events if e.root == "17"] == expected


def test_a_place_named_by_its_head_noun_sets_where_the_police_act(code):
    """"Polisi kota Manchester": a city, province or federal state named after its head noun,
    with no preposition, is where the sentence's unowned agents are."""
    document = code("Polisi kota Manchester menangkap empat orang pelaku kerusuhan.", date="2019-12-01")
    assert ("GBRCOP", "GBRCRM", "17") in triples(document)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Seorang pria ditangkap di Inggris.", {("GBRCOP", "GBRCVL", "17")}),
        ("Dua pemuda akhirnya ditahan di Bandung.", {("IDNCOP", "IDNCVL", "17")}),
        ("Seorang pria ditangkap.", set()),  # whose man, and so whose police, the text does not say
    ],
)
def test_unnamed_people_arrested_where_the_sentence_is_set(code, text, expected):
    assert triples(code(text, date="2019-12-01")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Polisi kemudian menembak mati seorang perampok bank.", ("IDNCOP", "IDNCRM", "19")),
        ("Warga menangkap seorang pencuri sepeda motor di Depok.", ("IDNCVL", "IDNCRM", "17")),
        ("Polisi menangkap dua penyelundup narkoba di Batam.", ("IDNCOP", "IDNCRM", "17")),
    ],
)
def test_people_named_by_their_crime_are_criminals(code, text, expected):
    assert expected in triples(code(text, date="2019-12-01"))


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # "dibawa ke Polsek": taken in by the police; "membawa oleh-oleh ke Jepang" is no event
        ("Tersangka kemudian dibawa ke Polsek Senen untuk dimintai keterangan.", "2019-12-01", {("IDNCOP", "IDNCRM", "17")}),
        ("Polisi membawa kedua pelaku ke Mapolres Bogor.", "2019-12-01", {("IDNCOP", "IDNCRM", "17")}),
        ("Presiden membawa oleh-oleh ke Jepang.", "2019-12-01", set()),
        # the law leading someone away takes them in; a player dribbling does not
        ("Saat dilakukan penggeledahan, KPK sempat menggiring Bupati Bogor.", "2012-04-05", {("IDNJUD", "IDNGOV", "17")}),
        ("Pemain itu menggiring bola ke gawang.", "2012-04-05", set()),
        # bringing someone to court: a suit, or a trial when prosecutors bring it
        ("LSM itu membawa pemerintah ke meja hijau.", "2019-12-01", {("IDNNGO", "IDNGOV", "11")}),
        ("Kejaksaan membawa Gubernur Riau ke pengadilan.", "2019-12-01", {("IDNJUD", "IDNGOV", "17")}),
        # with no capitals, "lima" is five unless the NER calls it a name, not Lima (Peru)
        ("tentara as menahan lima orang iran.", "2019-12-01", {("USAMIL", "IRNCVL", "17")}),
        ("pengadilan menjatuhkan hukuman lima tahun penjara kepada terdakwa.", "2019-12-01", {("IDNJUD", "IDNCRM", "17")}),
        # a country after a placed name and a comma is where the police act, though no gazetteer knows the village
        ("Polisi menangkap dua pria di Kampung Baru, Malaysia.", "2019-12-01", {("MYSCOP", "MYSCVL", "17")}),
    ],
)
def test_taking_in_bringing_to_court_and_where_it_happens(code, text, date, expected):
    assert triples(code(text, date=date)) == expected


def test_the_arab_league_is_no_sport(code):
    """A sport word inside an international organisation's name ("Liga Arab") discards nothing;
    a sentence of football still codes no event."""
    assert triples(code("Pemimpin Liga Arab bertemu Presiden Suriah di Damaskus.", date="2012-04-05")) == {("IGOARBALL", "SYRGOV", "04")}
    assert triples(code("Chelsea ditahan Tottenham pada ronde ke-5 Piala FA.", date="2012-04-05")) == set()


def test_a_state_acting_on_sport_is_politics(code):
    """"pemerintah ... melarang Persebaya tampil di liga": the ban is coded; praise of the
    "Piala Presiden" (a tournament) is still sport."""
    assert ("IDNGOV", "IDN", "17") in triples(code("Pemerintah melarang Persebaya Surabaya tampil di Liga QNB 2015.", date="2015-04-05"))  # a club the KB does not know: an unknown name
    assert triples(code("Kami melihat Piala Presiden ini sangat luar biasa, kata direktur Indosiar.", date="2018-02-06")) == set()


def _coding_cases() -> list[dict]:
    """tests/data/coding_cases.id.jsonl: a sentence, the (source, target, root) triples it must code
    (dated 2019-12-01), and why — real-looking shapes of news, one case a line."""
    path = Path(__file__).resolve().parents[1] / "data" / "coding_cases.id.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", _coding_cases(), ids=lambda case: case["text"][:60])
def test_force_on_places_the_law_on_people_and_strangers_abroad(code, case):
    assert triples(code(case["text"], date="2019-12-01")) == {tuple(t) for t in case["expected"]}, case["why"]


def test_two_arrests_of_two_people_are_two_records(code):
    """Two people arrested (or two who condemn) in one sentence are two events even when their codes
    are the same: the record key keeps the target's position, and the source's when a list is the
    source (a verb and its noun on one target stay one record)."""
    document = code("Budi ditangkap di Jalan Sudirman, sementara Andi ditangkap di Jalan Thamrin.", date="2019-12-01")
    assert [(e.source.code, e.target.code, e.code) for e in document.events] == [("IDNCOP", "IDN", "173")] * 2
    assert [e.target.text for e in document.events] == ["Budi", "Andi"]
    critics = code("Menteri Luar Negeri Retno Marsudi dan Menteri Keuangan Sri Mulyani mengecam Australia.", date="2019-12-01")
    assert [(e.source.code, e.target.code, e.code) for e in critics.events] == [("IDNGOV", "AUS", "111")] * 2  # two sources, two records
    sanction = code("Amerika Serikat menjatuhkan sanksi terhadap Iran.", date="2019-12-01")
    assert [(e.source.code, e.target.code, e.code) for e in sanction.events] == [("USA", "IRN", "163")]
