"""The shipped Indonesian pipeline, loaded once, and the reference article through it."""

import pytest

from warta.document import Article, Document


@pytest.fixture(scope="session")
def id_nlp():
    from warta.lang import get_language
    from warta.language import load_nlp

    return load_nlp(get_language("id"))


@pytest.fixture(scope="session")
def article_doc(id_nlp, example_text):
    """The reference article annotated by the language stage (sentences, entities, spaCy doc)."""
    from warta.language import annotate

    article = Article(id="moskow", text=example_text, language="id")
    return annotate(Document(article=article), id_nlp)
