"""Build src/warta/lang/id/data/lemma-exceptions.tsv: UD lemmas the affix rules get wrong.

Reads the lemma column of UD Indonesian GSD (current dev and test) and CSUI (train and
test) — never PUD — and keeps, for each (form, UPOS), the majority lemma where it differs
from what `warta.lang.id.lemmatizer` derives by rule; plus a few hand-written entries.
Usage: python training/build_lemma_table.py ../shared/data
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

SOURCES = (
    "ud/UD_Indonesian-GSD/id_gsd-ud-dev.conllu",
    "ud/UD_Indonesian-GSD/id_gsd-ud-test.conllu",
    "ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu",
    "ud/UD_Indonesian-CSUI/id_csui-ud-test.conllu",
)
#: Hand-written: words whose root-list analysis is wrong or whose UD lemma is not the root.
MANUAL = {
    ("pasukan", ""): "pasukan",
    ("pasukannya", ""): "pasukan",
    ("setelah", ""): "setelah",
    ("kata", "VERB"): "kata",
    ("katanya", ""): "kata",
    ("berupa", ""): "rupa",
    ("memohon", ""): "mohon",
    ("memulai", ""): "mulai",
    ("dimulai", ""): "mulai",
    ("memiliki", ""): "milik",
    ("dimiliki", ""): "milik",
    ("pemilu", ""): "pemilu",
    ("perlucutan", ""): "lucut",
    ("meminta", ""): "minta",
    ("diminta", ""): "minta",
    ("permintaan", ""): "minta",
    ("memakan", ""): "makan",
    ("mengetahui", ""): "tahu",
    ("diketahui", ""): "tahu",
}
OUT = Path(__file__).resolve().parents[1] / "src/warta/lang/id/data/lemma-exceptions.tsv"


def main(data: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from warta.lang.id import lemmatizer

    lemmatizer.EXCEPTIONS.clear()
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for source in SOURCES:
        for line in (data / source).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit() or cols[2] == "_" or cols[3] == "PUNCT":
                continue
            counts[(cols[1].lower(), cols[3])][cols[2].lower()] += 1
    table: dict[tuple[str, str], str] = {}
    by_form: dict[str, Counter] = defaultdict(Counter)
    for (form, pos), lemmas in counts.items():
        lemma, _ = lemmas.most_common(1)[0]
        by_form[form][lemma] += sum(lemmas.values())
        if " " in lemma or "\t" in form:
            continue
        if lemma != lemmatizer.lemmatize(form, pos):
            table[(form, pos)] = lemma
    for form, lemmas in by_form.items():
        lemma, _ = lemmas.most_common(1)[0]
        if len(lemmas) == 1 and lemma != lemmatizer.lemmatize(form) and " " not in lemma:
            table[(form, "")] = lemma
    table.update(MANUAL)
    lines = ["# form\tUPOS ('' = any)\tlemma — built by training/build_lemma_table.py from UD GSD/CSUI (CC BY-SA 4.0)"]
    lines += [f"{f}\t{p}\t{l}" for (f, p), l in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} exceptions → {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
