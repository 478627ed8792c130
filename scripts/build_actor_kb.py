"""Rebuild the generated tables of the actor knowledge base (src/warta/actors/data/).

* countries.tsv — every ISO 3166-1 country with its English and Indonesian names
  (../shared/data/lexicon/iso3166-1_countries_en_id.tsv, from iso-codes, LGPL-2.1) and the
  English country-level aliases of Phoenix.Countries.actors.txt (PETRARCH2, MIT).
* phoenix_actors.tsv — the named actors of the Phoenix dictionaries (Countries,
  International, MilNonState; MIT) with their date-bounded roles, keeping the entries that
  hold a role after 2005 or an undated one.

The hand-kept tables (country_extra.tsv, organizations.tsv, people.tsv) are not touched;
the loader merges them over the generated ones.

Usage: python scripts/build_actor_kb.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "warta" / "actors" / "data"
PHOENIX = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
KEEP_AFTER = "2005-01-01"
_ROLE = re.compile(r"\[([A-Z~]{3,15})((?:\s+[<>]?\d{6,8}(?:-\d{6,8})?)?)\s*\]")
#: Phoenix country blocks also list cities, provinces and rivers; only demonyms and
#: dotted abbreviations (Russian, Chinese, U.S.) are safe country aliases.
_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:ian|ese|ish|ean|can|ch|ki|ni)|(?:[A-Z]\.){2,3})$")
_HEAD = re.compile(r"^([A-Z0-9][^\s\[#]*)")


def phoenix_date(raw: str) -> str:
    """Phoenix dates are YYMMDD (years up to 30 read as 20yy) or YYYYMMDD."""
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{2000 + year if year <= 30 else 1900 + year}{raw[2:]}"
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def parse_role(code: str, dates: str) -> tuple[str, str, str]:
    dates = dates.strip()
    if not dates:
        return code, "", ""
    if dates.startswith(">"):
        return code, phoenix_date(dates[1:]), ""
    if dates.startswith("<"):
        return code, "", phoenix_date(dates[1:])
    start, _, end = dates.partition("-")
    return code, phoenix_date(start), phoenix_date(end) if end else ""


def phrase(raw: str) -> str:
    words = raw.strip().strip("_").replace("_", " ").split()
    return " ".join(w if "." in w else w.title() for w in words)


def read_phoenix(path: Path) -> list[dict]:
    """Entries of a Phoenix actor file: head name, + aliases, [CODE dates] roles."""
    entries: list[dict] = []
    current: dict | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        head = _HEAD.match(text)
        if head and not text.startswith(("+", "\t", " ")):
            current = {"name": phrase(head.group(1)), "aliases": [], "roles": []}
            entries.append(current)
        elif text.lstrip().startswith("+") and current is not None:
            current["aliases"].append(phrase(text.lstrip()[1:].split("[")[0]))
        if current is not None:
            current["roles"].extend(parse_role(c, d) for c, d in _ROLE.findall(text))
    return [e for e in entries if e["roles"]]


_ISO = re.compile(r"^(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$")
_CAMEO = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")


def valid_role(code: str, start: str, end: str) -> bool:
    """Phoenix has a few typos (codes of odd length, impossible dates): those roles are dropped."""
    return bool(_CAMEO.match(code) and _ISO.match(start) and _ISO.match(end) and (not start or not end or start <= end))


def keep(entry: dict) -> bool:
    return any(not end or end >= KEEP_AFTER for _, _, end in entry["roles"])


def write_countries(shared: Path, phoenix_countries: list[dict]) -> int:
    aliases_by_code: dict[str, list[str]] = {}
    for entry in phoenix_countries:
        codes = {code for code, start, end in entry["roles"]}
        if len(codes) == 1 and len(next(iter(codes))) == 3 and not entry["roles"][0][1]:
            names = [entry["name"], *entry["aliases"]]
            aliases_by_code.setdefault(next(iter(codes)), []).extend(n for n in names if _DEMONYM.match(n))
    rows = []
    with (shared / "data" / "lexicon" / "iso3166-1_countries_en_id.tsv").open(encoding="utf-8") as handle:
        for record in csv.DictReader(handle, delimiter="\t"):
            names = [record[k] for k in ("name_id", "common_name_id", "official_name_id", "name_en", "common_name_en", "official_name_en")]
            names += aliases_by_code.get(record["alpha_3"], [])
            unique = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
            rows.append([record["alpha_3"], record["alpha_2"], record["name_en"], "|".join(unique)])
    with (OUT / "countries.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["code", "iso2", "name", "aliases"])
        writer.writerows(sorted(rows))
    return len(rows)


def write_actors(entries: list[dict]) -> int:
    rows = []
    for entry in entries:
        if not keep(entry):
            continue
        roles = ";".join(f"{c}:{s}:{e}" for c, s, e in entry["roles"] if valid_role(c, s, e))
        if not roles:
            continue
        aliases = "|".join(dict.fromkeys(a for a in entry["aliases"] if a and a != entry["name"]))
        rows.append([entry["name"], aliases, roles])
    with (OUT / "phoenix_actors.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(["name", "aliases", "roles"])
        writer.writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    phoenix_dir = args.shared / "data" / "cameo" / "petrarch2"
    parsed = {name: read_phoenix(phoenix_dir / name) for name in PHOENIX}
    countries = write_countries(args.shared, parsed[PHOENIX[0]])
    actors = write_actors([e for entries in parsed.values() for e in entries if len(e["roles"][0][0]) > 3 or e["roles"][0][1]])
    print(f"wrote {countries} countries and {actors} Phoenix actors to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
