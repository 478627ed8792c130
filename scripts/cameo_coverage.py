"""How much of CAMEO the Indonesian event dictionaries cover.

Reads the packaged dictionaries (src/warta/lang/<language>/verbs.yaml and nouns.yaml), the
CAMEO table of the event coder (warta.coding.cameo.default_table) and, if it is there,
PETRARCH2's English verb dictionary CAMEO.2.0.txt. Prints, per CAMEO root, how many verb
lemmas, senses, nouns and codes have a trigger, then the codes with no trigger: among the
codes PETRARCH2's dictionary uses, and among all CAMEO event codes.

Usage: python scripts/cameo_coverage.py [CAMEO.2.0.txt] [--language id] [--json]
(default dictionary: ../shared/data/cameo/petrarch2/CAMEO.2.0.txt beside the checkout)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import srsly

from warta.coding.cameo import CameoTable, default_table

ROOT = Path(__file__).resolve().parents[1]
LANG_DIR = ROOT / "src" / "warta" / "lang"
DEFAULT_PETRARCH = ROOT.parent / "shared" / "data" / "cameo" / "petrarch2" / "CAMEO.2.0.txt"
#: "[190]", "[043:042]" (a code for each side), "[---]" (no code): the numbers in brackets
CODE_IN_BRACKETS = re.compile(r"\[([0-9]{2,4}(?::[0-9]{2,4})*)\s*\]")
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def petrarch_codes(path: Path, cameo: CameoTable) -> set[str]:
    """The CAMEO event codes a PETRARCH verb dictionary assigns (comments left out)."""
    codes: set[str] = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0]
        for group in CODE_IN_BRACKETS.findall(line):
            codes.update(c for c in group.split(":") if c in cameo and len(c) >= 3)
    return codes


def event_codes(cameo: CameoTable) -> set[str]:
    """All event codes of the table (three or four digits; the two-digit roots are headings)."""
    return {c for c in cameo._codes if len(c) >= 3}


def dictionary_senses(language: str) -> tuple[dict, dict]:
    """(verbs, nouns) of a language: lemma → list of codes, noun → list of codes (empty: the phrase is blocked)."""
    folder = LANG_DIR / language
    verbs = srsly.read_yaml(folder / "verbs.yaml") or {}
    nouns = srsly.read_yaml(folder / "nouns.yaml") or {}
    verb_codes = {str(lemma): [str(s["code"]) for s in senses if s.get("code") is not None] for lemma, senses in verbs.items()}  # null: a blocking sense
    noun_codes = {str(noun): [str(s["code"]) for s in (e if isinstance(e, list) else [e]) if s.get("code") is not None] for noun, e in nouns.items()}
    return verb_codes, noun_codes


def coverage(language: str = "id", petrarch: Path | None = None) -> dict:
    cameo = default_table()
    verbs, nouns = dictionary_senses(language)
    per_root: dict[str, dict] = {r: {"lemmas": set(), "senses": 0, "nouns": 0, "codes": set()} for r in ROOTS}
    for lemma, codes in verbs.items():
        for code in codes:
            row = per_root[cameo[code].root]
            row["lemmas"].add(lemma)
            row["senses"] += 1
            row["codes"].add(code)
    for noun, codes in nouns.items():
        for code in codes:
            row = per_root[cameo[code].root]
            row["nouns"] += 1
            row["codes"].add(code)
    covered = set().union(*(row["codes"] for row in per_root.values()))
    all_codes = event_codes(cameo)
    result = {
        "language": language,
        "lemmas": len(verbs),
        "senses": sum(len(c) for c in verbs.values()),
        "nouns": sum(1 for c in nouns.values() if c),
        "blocked_phrases": sum(1 for c in nouns.values() if not c),
        "codes_covered": len(covered),
        "cameo_codes": len(all_codes),
        "missing_cameo": sorted(all_codes - covered),
        "roots": {
            r: {"lemmas": len(row["lemmas"]), "senses": row["senses"], "nouns": row["nouns"], "codes": len(row["codes"])}
            for r, row in per_root.items()
        },
    }
    if petrarch is not None and petrarch.exists():
        used = petrarch_codes(petrarch, cameo)
        result["petrarch_codes"] = len(used)
        result["petrarch_covered"] = len(used & covered)
        result["missing_petrarch"] = sorted(used - covered)
    return result


def report(result: dict, cameo: CameoTable) -> str:
    lines = [
        f"language {result['language']}: {result['lemmas']} verb lemmas ({result['senses']} senses), "
        f"{result['nouns']} event nouns ({result['blocked_phrases']} blocked phrases), "
        f"{result['codes_covered']} CAMEO codes with a trigger",
        "",
        "root  lemmas  senses  nouns  codes  name",
    ]
    for r, row in result["roots"].items():
        lines.append(f"{r}    {row['lemmas']:6d}  {row['senses']:6d}  {row['nouns']:5d}  {row['codes']:5d}  {cameo[r].name}")
    if "petrarch_codes" in result:
        lines += ["", f"PETRARCH2 CAMEO.2.0.txt codes covered: {result['petrarch_covered']}/{result['petrarch_codes']}; "
                  f"no Indonesian trigger for {len(result['missing_petrarch'])}:"]
        lines += [f"  {c}  {cameo[c].name}" for c in result["missing_petrarch"]]
    else:
        lines += ["", "(PETRARCH2 CAMEO.2.0.txt not found: pass its path)"]
    covered_all = result["cameo_codes"] - len(result["missing_cameo"])
    lines += ["", f"All CAMEO event codes covered: {covered_all}/{result['cameo_codes']}; "
              f"no Indonesian trigger for {len(result['missing_cameo'])}:"]
    lines += [f"  {c}  {cameo[c].name}" for c in result["missing_cameo"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("petrarch", nargs="?", type=Path, default=DEFAULT_PETRARCH, help="path of CAMEO.2.0.txt")
    parser.add_argument("--language", default="id")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    result = coverage(args.language, args.petrarch)
    try:
        print(json.dumps(result, indent=2) if args.json else report(result, default_table()))
    except BrokenPipeError:  # `| head`: the reader has what it wanted
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
