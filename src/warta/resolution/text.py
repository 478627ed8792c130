"""Small text helpers shared by the resolution modules: tokens and sentences with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.document import Document

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…”\"])\s+(?=[“\"‘'(A-Z0-9])|\n+")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence_start: bool  # the first word of its sentence

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def sentence_spans(document: Document) -> list[tuple[int, int]]:
    """The document's sentences as (start, end), from the language stage if it ran, else split here."""
    if document.sentences:
        return [(s.start, s.end) for s in document.sentences]
    text = document.article.text
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def tokenize(text: str, sentences: list[tuple[int, int]]) -> list[Token]:
    """Word and punctuation tokens; a token opening a sentence (after any quote marks) is flagged."""
    starts = sorted(s for s, _ in sentences)
    tokens: list[Token] = []
    k = 0
    pending = True
    for m in _TOKEN.finditer(text):
        while k < len(starts) and starts[k] <= m.start():
            pending = True
            k += 1
        word = m.group(0)
        is_word = word[0].isalnum()
        tokens.append(Token(m.start(), m.end(), word, pending and is_word))
        if is_word:
            pending = False
    return tokens


def sentence_of(spans: list[tuple[int, int]], offset: int) -> int:
    """The index of the sentence span that holds `offset` (-1 if none)."""
    for i, (start, end) in enumerate(spans):
        if start <= offset < end:
            return i
    return -1
