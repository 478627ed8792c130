"""Gazetteer cost: load time of the shipped index in a fresh interpreter, and lookup time.

Usage: .venv/bin/python bench/gazetteer_speed.py [--repeat 5]
Prints CPU seconds (other jobs on a shared machine do not count), best of --repeat.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

LOAD = (
    "import time; from warta.resolution.gazetteer import Gazetteer; "
    "t = time.process_time(); Gazetteer.load(); print(time.process_time() - t)"
)
NAMES = ("Donetsk", "Moskow", "Jakarta", "Washington", "Kiev", "Minsk", "Jenewa", "Luhansk")


def load_seconds(repeat: int) -> float:
    runs = [
        float(subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True).stdout)
        for _ in range(repeat)
    ]
    return min(runs)


def lookup_microseconds(repeat: int, calls: int = 10_000) -> float:
    from warta.lang import get_language
    from warta.resolution.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(get_language("id").data_dir / "places.tsv")
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for i in range(calls):
            gazetteer.lookup(NAMES[i % len(NAMES)])
        best = min(best, (time.process_time() - started) / calls)
    return best * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"load (fresh interpreter, CPU): {load_seconds(args.repeat):.2f} s")
    print(f"lookup: {lookup_microseconds(args.repeat):.1f} µs per name")


if __name__ == "__main__":
    main()
