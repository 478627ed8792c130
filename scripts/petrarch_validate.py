"""Run UniversalPetrarch's 2_02 validation records through warta and score exact matches.

Each record's raw text (not its gold parse: warta parses the text itself) is coded as one
English article dated with the record's date. A record is *exact* when the set of
(event code, source code, target code) warta codes equals the expected set; a record that
expects `noevents` is exact when warta codes nothing.

*Evaluated* records follow the records file itself: `evaluate="true"` and a category listed
in its `<Include>` element (DEMO ACTOR VERB AGENT COMPOUND PATTERN DATE MODIFY SYNSET) —
the categories UD-PETRARCH says it implements. That gives 245 records (DEMO-32 appears
twice, with two different expectations). The figure "PETRARCH2 114/215" quoted in
../shared/README.md uses a denominator we could not rebuild from the records; we print
ours and say so.

Dictionaries: by default warta's own English data. With `--dictionaries DIR`, the verbs,
agents and actors converted from PETRARCH files by `warta dictionaries import` (see
warta.dictionaries.petrarch) replace them; warta's English grammar, modality, times,
places and quotes stay, with the keys the import sets for PETRARCH (tests/english/
test_benchmarks.py imports the PETR_Validate_*_2_02 files and the internal coding ontology:
`warta dictionaries import --verbs PETR_Validate_verbs_2_02.txt --actors
PETR_Validate_actors_2_02.txt --agents PETR_Validate_agents_2_02.txt --ontology
PETR_Validate_Internal_Coding_Ontology_1_01.txt --out DIR`).

Usage:
  python scripts/petrarch_validate.py [--records FILE] [--dictionaries DIR] [--show-failures]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from warta import language, resolution
from warta.actors import default_kb, load_kb
from warta.coding import Coder
from warta.coding.cameo import default_table
from warta.coding.lexicon import load_lexicon
from warta.coding.words import load_lemmatizer
from warta.document import Article, Document
from warta.lang import get_language

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT.parent / "shared/data/cameo/petrarch-tests/UniversalPetrarch_PETR_Validate_records_2_02.jsonl"
INCLUDED = frozenset("DEMO ACTOR VERB AGENT COMPOUND PATTERN DATE MODIFY SYNSET".split())


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def is_evaluated(record: dict) -> bool:
    return record.get("flag", {}).get("evaluate") == "true" and record.get("category") in INCLUDED


def expected_events(record: dict) -> frozenset[tuple[str, str, str]]:
    """The expected (code, source, target) set; empty for `noevents`."""
    return frozenset(
        (e["eventcode"], e.get("sourcecode", ""), e.get("targetcode", ""))
        for e in record["expected"]
        if "eventcode" in e
    )


def iso_date(raw: str) -> str | None:
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}" if raw and len(raw) == 8 and raw.isdigit() else None


def make_stages(dictionaries: Path | None):
    """language → coding → resolution for English, the coder reading `dictionaries` if given."""
    english = get_language("en")
    cameo = default_table()
    if dictionaries is None:
        lexicon, kb = load_lexicon(english.data_dir, "en", cameo), default_kb()
    else:
        lexicon = load_lexicon(dictionaries, "en", cameo)
        kb = load_kb(dictionaries / "actors") if (dictionaries / "actors").is_dir() else default_kb()
    coder = Coder(lexicon, kb, cameo, load_lemmatizer("en"))
    return [language.load_stage(english), coder, resolution.load_stage(english)]


def code_record(record: dict, stages) -> frozenset[tuple[str, str, str]]:
    article = Article(id=record["id"], text=" ".join(record["text"].split()), date=iso_date(record.get("date", "")),
                      language="en", source=record["id"])
    document = Document(article=article)
    for stage in stages:
        document = stage(document)
    return frozenset(
        (e.code, e.source.code if e.source else "", e.target.code if e.target else "") for e in document.events
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=Path, default=RECORDS)
    parser.add_argument("--dictionaries", type=Path, default=None, help="a folder written by `warta dictionaries import`")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    stages = make_stages(args.dictionaries)
    records = [r for r in read_records(args.records) if is_evaluated(r)]
    exact, by_category = 0, Counter()
    for record in records:
        want, got = expected_events(record), code_record(record, stages)
        if want == got:
            exact += 1
            by_category[record["category"]] += 1
        elif args.show_failures:
            print(f"{record['id']}: want {sorted(want)} got {sorted(got)} | {' '.join(record['text'].split())[:120]}")
    totals = Counter(r["category"] for r in records)
    print("by category: " + ", ".join(f"{c} {by_category[c]}/{n}" for c, n in sorted(totals.items())))
    print(f"PETRARCH 2_02 validation: exact {exact}/{len(records)} ({exact / len(records):.1%}) evaluated records")


if __name__ == "__main__":
    main()
