"""Build the throughput corpus: ~450-word Indonesian pseudo-articles from public NER corpora.

Sentences of idner-news-2k (MIT), NERGrit and NERP (IndoNLU, Apache-2.0), in file order, are
detokenised and grouped into articles of about 450 words: a date line on top, a
`CITY – ` dateline, paragraphs of three sentences. Written to corpus/throughput/ (gitignored).

Usage: python bench/build_corpus.py [--shared ../shared] [--out corpus/throughput] [--words 450]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (  # (folder, files): cased news first; NERP is lower case
    ("idner-news-2k", ("train.txt", "dev.txt", "test.txt")),
    ("nergrit", ("train_preprocess.txt", "valid_preprocess.txt", "test_preprocess.txt")),
    ("nerp", ("train_preprocess.txt", "valid_preprocess.txt", "test_preprocess.txt")),
)
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")  # fmt: skip
CITIES = ("JAKARTA", "SURABAYA", "BANDUNG", "MEDAN", "MAKASSAR", "DENPASAR", "MOSKOW", "WASHINGTON", "BEIJING")


def sentences(path: Path) -> Iterator[str]:
    """The sentences of a token-per-line file (blank line between sentences), detokenised."""
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            tokens.append(line.split()[0])
        elif tokens:
            yield detokenise(tokens)
            tokens = []


def detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,:;!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[]) ", r"\1", text)
    return text[:1].upper() + text[1:]


def articles(shared: Path, words: int) -> Iterator[list[str]]:
    current: list[str] = []
    count = 0
    for folder, files in SOURCES:
        for name in files:
            for sentence in sentences(shared / "data" / "ner" / folder / name):
                current.append(sentence)
                count += len(sentence.split())
                if count >= words:
                    yield current
                    current, count = [], 0


def render(number: int, body: list[str]) -> str:
    day = date(2022, 1, 1) + timedelta(days=number % 365)
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    paragraphs[0] = f"{CITIES[number % len(CITIES)]} – {paragraphs[0]}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}\n" + "\n".join(paragraphs) + "\n"


def build(shared: Path, out: Path, words: int = 450) -> int:
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for count, body in enumerate(articles(shared, words), start=1):
        (out / f"{count:05d}.id.txt").write_text(render(count, body), encoding="utf-8")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "corpus" / "throughput")
    parser.add_argument("--words", type=int, default=450)
    args = parser.parse_args()
    print(f"wrote {build(args.shared, args.out, args.words)} articles to {args.out}")


if __name__ == "__main__":
    main()
