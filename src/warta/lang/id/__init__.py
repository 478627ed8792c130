"""Indonesian."""

from pathlib import Path

from warta.lang import LanguageData

LANGUAGE = LanguageData(code="id", name="Indonesian", data_dir=Path(__file__).parent)


def known_share(words: list[str]) -> float:
    """The share of `words` (lower case) that are Indonesian: see lemmatizer.known_share."""
    from warta.lang.id.lemmatizer import known_share as share  # the root list loads on first use

    return share(words)
