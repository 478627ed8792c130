"""Readers for the corpora the linguistic pipeline is trained and measured on: CoNLL-U and BIO."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sentence:
    """One CoNLL-U sentence as parallel lists of syntactic words (multiword tokens expanded).

    `spaces[i]` is whether a space follows word i in the text: never inside a multiword
    token (`kata|nya`), as the token's SpaceAfter says at its end.
    """

    text: str = ""
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based within the sentence; -1 = root
    deps: list[str] = field(default_factory=list)


def read_conllu(path: Path) -> Iterator[Sentence]:
    sentence, mwt_end, mwt_space = Sentence(), -1, True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence.words:
                yield sentence
            sentence, mwt_end = Sentence(), -1
            continue
        if line.startswith("# text = "):
            sentence.text = line[len("# text = ") :]
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            mwt_end = int(cols[0].split("-")[1])
            mwt_space = "SpaceAfter=No" not in cols[9]
            continue
        index = int(cols[0])
        if index < mwt_end:
            space = False
        elif index == mwt_end:
            space = mwt_space
        else:
            space = "SpaceAfter=No" not in cols[9]
        sentence.words.append(cols[1])
        sentence.spaces.append(space)
        sentence.pos.append(cols[3])
        sentence.morphs.append("" if cols[5] == "_" else cols[5])
        sentence.lemmas.append(cols[2] if cols[2] != "_" else "")
        sentence.heads.append(int(cols[6]) - 1)
        sentence.deps.append(cols[7])
    if sentence.words:
        yield sentence


def read_bio(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of a token-per-line NER file (token, optional columns, BIO tag last)."""
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip("\r")
        if not line.strip():
            if words:
                yield words, tags
            words, tags = [], []
            continue
        cols = line.split("\t") if "\t" in line else line.split(" ")
        words.append(cols[0])
        tags.append(cols[-1])
    if words:
        yield words, tags


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) word spans of BIO tags; an I- without a B- opens a span."""
    out, start, label = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, name = tag.partition("-")
        if start is not None and (prefix != "I" or name != label):
            out.append((start, i, label))
            start = None
        if prefix == "B" or prefix == "I" and start is None:
            start, label = i, name
    return out


#: One entity scheme for all corpora: NERP, NERGrit and idner-news-2k labels → warta's.
NER_LABELS = {
    "PPL": "PER", "PLC": "LOC", "IND": "ORG", "EVT": "EVT", "FNB": "PRODUCT",
    "PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG",
    "PER": "PER", "LOC": "LOC", "ORG": "ORG",
}
