"""Sentence splitting of the shipped Indonesian pipeline: where a full stop ends a sentence."""

import pytest


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    "text, first",
    [
        ("Pertemuan itu digelar di Kuala Lumpur. Nantinya kedua menteri akan bertemu lagi.",
         "Pertemuan itu digelar di Kuala Lumpur."),
        ("Direktur itu lahir di Britania Raya. Jokowi memutuskan batal melantik Komjen Budi Gunawan.",
         "Direktur itu lahir di Britania Raya."),
        ("Nama ini populer di kalangan masyarakat Iran. Teguran itu terkait pernyataan politikus.",
         "Nama ini populer di kalangan masyarakat Iran."),
        ("Itu pun jalan moderat, kata Arie. Jika kedua partai berkoalisi, Agung akan mundur.",
         "Itu pun jalan moderat, kata Arie."),
        ("Ia menyerang AS. Presiden Donald Trump membalas.", "Ia menyerang AS."),
    ],
)  # fmt: skip
def test_a_name_and_a_full_stop_end_a_sentence(id_nlp, text, first):
    found = sentences(id_nlp, text)
    assert len(found) == 2 and found[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "Kantornya di Jl. Sudirman No. 5 Jakarta.",
        "Ketua panitia H. Agus Salim membuka acara di Medan.",
        "Menurut Dr. Budi Santoso, kondisi pasien stabil.",
        "Pengacara Andi Wijaya, S.H. mendampingi tersangka.",
        "Surat itu ditandatangani oleh Ir. Joko Widodo di Jakarta.",
        "Gedung itu milik PT. Maju Jaya di Surabaya.",
        "Rapat dipimpin Prof. Dr. Ahmad di Bandung.",
        "Ceramah disampaikan KH. Ma'ruf Amin di Masjid Istiqlal.",
        "Ia tinggal di Gg. Mawar Kota Bogor.",
        "Kapolres AKBP. Budi Hartono memimpin penggerebekan.",
        "Jalan itu dinamai A. Yani oleh pemerintah kota.",
    ],
)
def test_titles_initials_and_abbreviations_do_not_end_a_sentence(id_nlp, text):
    assert sentences(id_nlp, text) == [text]


def test_without_a_parser_titles_still_hold_and_names_still_end():
    import spacy

    from warta.lang.id.tokenizer import IndonesianTokenizer

    nlp = spacy.blank("id")
    nlp.tokenizer = IndonesianTokenizer(nlp.vocab)
    nlp.add_pipe("warta_id_breaks", config={"punct": True})
    assert sentences(nlp, "Menurut Dr. Budi, aman. Rapat di Kuala Lumpur. Nantinya selesai.") == [
        "Menurut Dr. Budi, aman.",
        "Rapat di Kuala Lumpur.",
        "Nantinya selesai.",
    ]
