"""Rebuild src/warta/coding/data/cameo.tsv from ../shared/data/cameo.

One row per CAMEO event code: name, root, QuadClass (cameo_codes.json, MIT, py-gdelt),
Goldstein score (CAMEO.goldsteinscale.txt, GDELT) and PLOVER event/mode/context
(CAMEO2PLOVER-2021.txt, CC BY-SA 4.0, Open Event Data Alliance; the derived columns are
shared under the same licence, see src/warta/coding/data/ATTRIBUTION.md).

Usage: python scripts/build_cameo_table.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "warta" / "coding" / "data" / "cameo.tsv"
#: PLOVER merges CAMEO's appeals (02) into REQUEST; the 2021 table leaves 01 and 02 out.
PLOVER_ROOT_DEFAULTS = {"02": "REQUEST"}


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = (part.strip() for part in line.split(":", 1))
        parts = [p.strip() for p in rest.split(",")] + ["", ""]
        table[code] = (parts[0], parts[1], parts[2].replace(";", "|").replace(" ", ""))
    return table


def read_goldstein(path: Path) -> dict[str, float]:
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return {c: float(g) for c, g in (r.split("\t") for r in rows if r.strip())}


def plover_for(code: str, plover: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    for prefix in (code, code[:3], code[:2]):
        if prefix in plover and plover[prefix][0]:
            return plover[prefix]
    return (PLOVER_ROOT_DEFAULTS.get(code[:2], ""), "", "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    cameo_dir = args.shared / "data" / "cameo"
    codes = json.loads((cameo_dir / "cameo_codes.json").read_text(encoding="utf-8"))
    goldstein = read_goldstein(cameo_dir / "CAMEO.goldsteinscale.txt")
    plover = read_plover(cameo_dir / "CAMEO2PLOVER-2021.txt")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["code", "root", "name", "quad_class", "goldstein", "plover", "plover_mode", "plover_context"])
        for code in sorted(codes):
            entry = codes[code]
            score = goldstein.get(code, goldstein.get(code[:3], goldstein.get(code[:2], 0.0)))
            writer.writerow([code, code[:2], entry["name"], entry["quad_class"], score, *plover_for(code, plover)])
    print(f"wrote {len(codes)} codes to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
