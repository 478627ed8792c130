"""The coder's view of a parsed article: words (hyphen and clitic pieces merged) with lemmas.

Built from the spaCy Doc of the language stage. When the pipeline has no lemmatizer, the
language's own `warta.lang.<code>.lemmatizer.lemmatize(word, pos)` fills the lemma, if the
language provides one. The dependency parse, when present, is kept as word-level heads.
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

Lemmatize = Callable[[str, str], str]
CLITIC = "nya"


@dataclass(slots=True)
class Word:
    i: int
    text: str
    lower: str
    base: str  # lower case without a possessive clitic (pasukannya → pasukan)
    lemma: str
    start: int
    end: int
    sent: int
    pos: str = ""
    dep: str = ""
    head: int = -1
    possessive: bool = False
    stem: str = ""  # the word's lemma read as a verb, whatever the tagger said (mengecam → kecam)
    entity: str = ""  # the named-entity label of the language stage (PER, ORG, LOC, ...), if any
    keys: tuple[str, ...] = ()  # the word folded for actor look-up ("Thomas-Greenfield" → thomas, greenfield)

    @property
    def is_punct(self) -> bool:
        return not any(c.isalnum() for c in self.text)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    def forms(self) -> tuple[str, ...]:
        return (self.lower, self.base, self.lemma)


def load_lemmatizer(language_code: str) -> Lemmatize | None:
    try:
        module = importlib.import_module(f"warta.lang.{language_code}.lemmatizer")
    except ImportError:
        return None
    return getattr(module, "lemmatize", None)


def load_known_word(language_code: str) -> Callable[[str], bool] | None:
    """Whether a lower-case word is a word of the language (the language module's `known_share`),
    or None for a language that has no word list."""
    try:
        share = getattr(importlib.import_module(f"warta.lang.{language_code}"), "known_share", None)
    except ImportError:
        return None
    return None if share is None else lambda word: share([word]) > 0


def fold(text: str) -> str:
    if text.isascii():  # nothing to decompose: most words, and this runs on every one
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _groups(doc) -> list[list]:
    """Token groups that form one word: `Thomas - Greenfield`, `di - rilis`, `pasukan nya`."""
    groups: list[list] = []
    for token in doc:
        if token.is_space:
            continue
        if groups:
            last = groups[-1][-1]
            joined = not last.whitespace_
            if joined and (
                (token.text == "-" and last.text[-1:].isalnum())
                or (last.text == "-" and len(groups[-1]) > 1 and token.text[:1].isalnum())
                or (token.lower_ == CLITIC and last.text[-1:].isalpha())
            ):
                groups[-1].append(token)
                continue
        groups.append([token])
    return groups


def build_words(doc, sentence_of: Callable[[int], int], lemmatize: Lemmatize | None) -> list[Word]:
    groups = _groups(doc)
    index_of = {t.i: n for n, group in enumerate(groups) for t in group}
    words: list[Word] = []
    full = doc.text  # built on each access: read it once
    heads = [i + offset for i, offset in enumerate(doc.to_array("HEAD").astype("int64").tolist())]  # no Token object a head
    for n, group in enumerate(groups):
        first, last = group[0], group[-1]
        text = full[first.idx : last.idx + len(last.text)]
        lower = text.lower()
        if len(group) == 1:
            head_token = first
        else:
            members = {t.i for t in group}
            head_token = next((t for t in group if heads[t.i] not in members or heads[t.i] == t.i), first)
        pos = head_token.pos_ or ""
        possessive = lower.endswith(CLITIC) and len(lower) > 5 and lower.isalpha()
        base = lower[: -len(CLITIC)] if possessive else lower
        halves = base.split("-")
        if len(halves) == 2 and halves[0] == halves[1]:  # reduplicated plural: negara-negara
            base = halves[0]
        lemma = (head_token.lemma_ or "").lower() if len(group) == 1 else ""
        if (not lemma or lemma == lower) and lemmatize is not None and lower.replace("-", "").isalpha():
            lemma = lemmatize(lower, "VERB" if pos in ("", "VERB") else pos)
        words.append(
            Word(
                i=n,
                text=text,
                lower=lower,
                base=base,
                lemma=lemma or lower,
                start=first.idx,
                end=last.idx + len(last.text),
                sent=sentence_of(first.idx),
                pos=pos,
                dep=head_token.dep_ or "",
                head=index_of.get(heads[head_token.i], n),
                entity=first.ent_type_ if len(group) == 1 else next((t.ent_type_ for t in group if t.ent_type_), ""),
                keys=tuple(p for p in fold(text).replace("-", " ").split() if p),
            )
        )
        words[-1].possessive = possessive
        if lemmatize is not None and lower.replace("-", "").isalpha():
            words[-1].stem = lemmatize(base, "VERB")
    return words
