"""Quotes: direct, split, indirect and partial, with speakers and actor codes."""

from __future__ import annotations


def quotes(resolve, text):
    return [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in resolve(text).quotes]


def test_quotes_direct_with_kata(resolve):
    assert quotes(resolve, "“Kami siap berunding,” kata Menteri Luar Negeri Retno Marsudi.") == [
        ("Kami siap berunding", "direct", "Retno Marsudi")
    ]


def test_quotes_straight_marks(resolve):
    assert quotes(
        resolve, '"Waktu kita hampir habis," ujar Menteri Luar Negeri Retno Marsudi.'
    ) == [("Waktu kita hampir habis", "direct", "Retno Marsudi")]


def test_quotes_katanya_is_the_last_named_speaker(resolve):
    text = (
        "Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan. “Kami tidak mengancam siapa pun,” "
        "kata Peskov. “Ini provokasi,” katanya."
    )
    found = quotes(resolve, text)
    assert [q[2] for q in found if q[1] == "direct"] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_quotes_split_by_attribution(resolve):
    text = "“Kita harus bersatu,” kata Anies Baswedan, “karena tantangan ke depan semakin berat.”"
    assert quotes(resolve, text) == [
        ("Kita harus bersatu", "direct", "Anies Baswedan"),
        ("karena tantangan ke depan semakin berat", "direct", "Anies Baswedan"),
    ]


def test_quotes_speaker_before_colon(resolve):
    assert quotes(
        resolve, "Perdana Menteri Inggris Rishi Sunak berkata: “Kami berdiri bersama Ukraina.”"
    ) == [("Kami berdiri bersama Ukraina", "direct", "Rishi Sunak")]


def test_quotes_indirect_with_bahwa(resolve):
    text = "Gubernur Bank Indonesia Perry Warjiyo mengatakan bahwa inflasi akan turun."
    assert quotes(resolve, text) == [("inflasi akan turun", "indirect", "Perry Warjiyo")]


def test_quotes_indirect_menurut(resolve):
    text = "Menurut Kapolda Metro Jaya Irjen Karyoto, pelaku sudah diincar sejak lama."
    assert quotes(resolve, text) == [("pelaku sudah diincar sejak lama", "indirect", "Karyoto")]


def test_quotes_indirect_sentence_final_kata(resolve):
    text = "Harga cabai diperkirakan turun bulan depan, kata Kepala Badan Pangan Nasional Arief Prasetyo Adi."
    assert quotes(resolve, text) == [
        ("Harga cabai diperkirakan turun bulan depan", "indirect", "Arief Prasetyo Adi")
    ]


def test_quotes_partial(resolve):
    text = "Presiden Ukraina Volodymyr Zelensky menyebut serangan itu sebagai “teror murni” terhadap warga sipil."
    assert quotes(resolve, text) == [("teror murni", "partial", "Volodymyr Zelensky")]


def test_quotes_organisation_speaker(resolve):
    text = "Kementerian Kesehatan menyatakan kasus demam berdarah meningkat."
    assert quotes(resolve, text) == [
        ("kasus demam berdarah meningkat", "indirect", "Kementerian Kesehatan")
    ]


def test_quotes_speaker_codes_from_the_actor_knowledge_base(resolve):
    doc = resolve("“Tekanan meningkat,” kata Ushakov. Ajudan Kremlin, Yury Ushakov, hadir.")
    (quote,) = doc.quotes
    assert (quote.speaker.name, quote.speaker.code) == ("Yury Ushakov", "RUSGOV")


def test_quotes_offsets_point_into_text(resolve):
    text = "“Situasi terkendali,” ujar Jenderal Dudung Abdurachman kepada wartawan."
    (quote,) = resolve(text).quotes
    assert text[quote.start : quote.end] == quote.text == "Situasi terkendali"


def test_quotes_skip_the_dateline(resolve):
    text = (
        "JENEWA – Militer Israel menyerang sasaran di Jalur Gaza, kata juru bicara militer Israel."
    )
    (quote,) = resolve(text).quotes
    assert quote.text == "Militer Israel menyerang sasaran di Jalur Gaza"
    assert quote.speaker.name == "juru bicara militer Israel"


def test_quotes_a_name_does_not_run_over_a_full_stop(resolve):
    text = "Inflasi naik di Indonesia. Halim Alamsyah mengatakan ekonomi tumbuh pesat. “Bagus,” kata Halim."
    assert [q.speaker.name for q in resolve(text).quotes] == ["Halim Alamsyah", "Halim Alamsyah"]


def test_quotes_implausible_speakers_are_dropped(resolve):
    text = "Sekitar 6% dari anak berusia 11 tahun mengatakan bahwa mereka pernah merokok sekali."
    assert all(q.speaker is None or "6%" not in q.speaker.name for q in resolve(text).quotes)


def test_quotes_surname_expanded_by_the_knowledge_base(resolve):
    (quote,) = resolve("“Kami tidak mengancam siapa pun,” kata Putin.").quotes
    assert (quote.speaker.name, quote.speaker.code) == ("Vladimir Putin", "RUSGOV")
