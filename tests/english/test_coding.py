"""English coded by the same engine through lang/en/ data (issue 13, second part): the
clause, actor and mode handling the PLOVER gold records showed missing."""

import pytest

from tests.coding.conftest import triples
from warta.document import Article, article_id


@pytest.fixture(scope="module")
def code_en(pipeline):
    def run(text: str, date: str = "2000-01-01"):
        return pipeline.process(Article(id=article_id(text), text=text, date=date, language="en"))

    return run


@pytest.mark.parametrize(
    "text, expected",
    [
        # demonyms and plurals the country table lacked
        ("Iraqi troops attacked Afghan civilians.", {("IRQMIL", "AFGCVL", "19")}),
        ("Serbs accused Greek officials of lying.", {("SRB", "GRCGOV", "11")}),
        ("European Community ministers imposed sanctions on Iraq.", {("IGOEUREEC", "IRQ", "16")}),
    ],
)
def test_english_actors(code_en, text, expected):
    assert triples(code_en(text)) == expected
