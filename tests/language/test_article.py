"""The reference article through the shipped pipeline: sentences, verbs, subjects, people."""

import pytest


def _tokens(document, lower):
    return [t for t in document.spacy_doc if t.lower_ == lower]


def _subject(token):
    """The nsubj of a verb, or of the verb it is coordinated with or subordinate to."""
    while True:
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects:
            return subjects[0]
        if token.dep_ not in ("conj", "advcl", "xcomp") or token.head is token:
            return None
        token = token.head


def test_article_date_line_is_its_own_sentence(article_doc):
    assert article_doc.sentences[0].text.strip() == "15 Februari 2022"


def test_article_dateline_is_not_in_the_first_body_sentence(article_doc):
    texts = [s.text.strip() for s in article_doc.sentences]
    body = next(t for t in texts if t.startswith("Percakapan"))
    assert "MOSKOW" not in body and "2022" not in body
    assert body.endswith("di semua tingkatan.")


def test_article_line_breaks_end_sentences(article_doc):
    for sentence in article_doc.sentences:
        assert "\n" not in sentence.text.strip()


def test_article_verbs_of_saying(article_doc):
    kata = _tokens(article_doc, "kata")
    assert len(kata) >= 5  # kata Ushakov, katanya (kata + nya), kata seorang pejabat
    assert all(t.pos_ == "VERB" for t in kata), [(t.text, t.pos_, t.sent.text[:40]) for t in kata]
    assert all(t.lemma_ == "kata" for t in kata)


@pytest.mark.parametrize(
    ("verb", "lemma", "subject"),
    [
        ("menuduh", "tuduh", "Kementerian"),
        ("menuntut", "tuntut", "Rusia"),
        ("menolak", "tolak", "Washington"),
        ("menawarkan", "tawar", "Washington"),
        ("mengeluh", "keluh", "Putin"),
        pytest.param(
            "memerintahkan", "perintah", "AS",
            # known parser error: attached as conj of `keluar` (whose subject it takes: pasukan)
            # instead of `memindahkan`; strict, so the day it passes this marker must go
            marks=pytest.mark.xfail(strict=True, reason="parser attaches the coordinated verb too low"),
        ),
    ],
)
def test_article_verbs_lemmas_and_subjects(article_doc, verb, lemma, subject):
    (token,) = _tokens(article_doc, verb)
    assert token.pos_ == "VERB"
    assert token.lemma_ == lemma
    found = _subject(token)
    assert found is not None and found.text == subject, (verb, found, [(c.text, c.dep_) for c in token.children])


def test_article_people_are_person_entities(article_doc, gold):
    persons = {e.text for e in article_doc.entities if e.label == "PER"}
    missing = [p["name"] for p in gold["people"] if p["name"] not in persons]
    assert len(gold["people"]) == 8
    assert missing == [], persons
