"""HTML pages: main text, title and date extracted by trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

# Fewer words than this after boilerplate removal is a page without an article (an index, a login page).
MIN_ARTICLE_WORDS = 25


class NoArticle(ValueError):
    """The page holds no article text."""


@dataclass(slots=True)
class HtmlArticle:
    text: str
    title: str | None
    date: str | None
    url: str | None


def extract_html(html: str) -> HtmlArticle:
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = (extracted.text or "").strip() if extracted is not None else ""
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        raise NoArticle(
            f"no article text found in the HTML ({words} words of main text, at least {MIN_ARTICLE_WORDS} needed)"
        )
    title = extracted.title or None
    if title and text.startswith(title):
        # trafilatura repeats the headline as the text's first line; the body should open with the dateline.
        text = text[len(title) :].lstrip()
    return HtmlArticle(text=text, title=title, date=extracted.date or None, url=extracted.url or None)
