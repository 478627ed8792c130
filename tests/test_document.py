from warta.document import Article, Dateline, Document, article_id


def test_identity_ignores_whitespace_and_unicode_composition():
    assert article_id("Prancis  dan\nJerman") == article_id("Prancis dan Jerman ")
    assert article_id("Cafe\u0301") == article_id("Caf\u00e9")
    assert article_id("Prancis dan Jerman") != article_id("Prancis dan Swedia")


def test_json_contract_has_the_documented_fields(example_document):
    data = example_document.to_dict()
    assert set(data) == {"article", "sentences", "entities", "events", "quotes", "times", "places"}
    assert set(data["article"]) == {"id", "title", "url", "date", "language", "dateline", "text", "source"}
    assert set(data["article"]["dateline"]) == {"text", "start", "end", "place"}


def test_internal_fields_stay_out_of_the_json():
    document = Document(article=Article(id="x", text="t", dateline=Dateline("JAKARTA", 0, 7)), spacy_doc=object())
    data = document.to_dict()
    assert "spacy_doc" not in data and "body_start" not in data["article"]
    assert data["article"]["dateline"] == {"text": "JAKARTA", "start": 0, "end": 7, "place": None}
