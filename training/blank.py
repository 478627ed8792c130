"""The untrained Indonesian pipeline: tokenizer, line-break/punctuation sentence splitter, lemmatizer.

Usage: python training/blank.py OUTPUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

import warta.lang.id.components  # noqa: F401  (registers the tokenizer and components)

TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "warta.id.tokenizer.v1"}}}


def build_blank() -> spacy.language.Language:
    nlp = spacy.blank("id", config=TOKENIZER)
    nlp.add_pipe("warta_id_breaks", config={"punct": True})
    nlp.add_pipe("warta_id_lemmatizer")
    return nlp


if __name__ == "__main__":
    out = Path(sys.argv[1])
    build_blank().to_disk(out)
    print(f"blank pipeline → {out}")
