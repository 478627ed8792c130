"""English articles go through the same rules with the English data files."""

from __future__ import annotations

import pytest

from warta.document import Article, Document

TEXT = (
    "MOSCOW – Russian President Vladimir Putin spoke with U.S. President Joe Biden on Saturday about the "
    'situation in Ukraine. "We do not understand why false information is being passed on," Kremlin aide '
    "Yury Ushakov told reporters. Washington rejected the demands. According to Ushakov, Putin complained "
    "to Biden about the policy."
)


@pytest.fixture(scope="module")
def doc(en_stage):
    return en_stage(Document(article=Article(id="en", text=TEXT, date="2022-02-15", language="en")))


def test_english_dateline_times_places(doc):
    assert (doc.article.dateline.place.name, doc.article.dateline.place.country) == ("Moscow", "RU")
    assert [(t.text, t.value) for t in doc.times] == [("on Saturday", "2022-02-12")]
    assert [(p.text, p.country) for p in doc.places] == [("MOSCOW", "RU"), ("Ukraine", "UA")]


def test_english_quotes(doc):
    found = [(q.kind, q.speaker.name, q.speaker.code) for q in doc.quotes]
    assert found == [("direct", "Yury Ushakov", "RUSGOV"), ("indirect", "Yury Ushakov", "RUSGOV")]
