"""CAMEO event codes with QuadClass, Goldstein score and PLOVER category (data/cameo.tsv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "cameo.tsv"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float
    plover: str | None


class CameoTable:
    """Lookup of event codes; built by scripts/build_cameo_table.py from ../shared/data/cameo."""

    def __init__(self, path: Path = TABLE) -> None:
        self._codes: dict[str, CameoCode] = {}
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                self._codes[row["code"]] = CameoCode(
                    code=row["code"],
                    root=row["root"],
                    name=row["name"],
                    quad_class=int(row["quad_class"]),
                    goldstein=float(row["goldstein"]),
                    plover=row["plover"] or None,
                )

    def __contains__(self, code: str) -> bool:
        return code in self._codes

    def __getitem__(self, code: str) -> CameoCode:
        return self._codes[code]

    def __len__(self) -> int:
        return len(self._codes)


@lru_cache(maxsize=1)
def default_table() -> CameoTable:
    return CameoTable()
