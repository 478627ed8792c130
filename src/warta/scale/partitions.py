"""Splitting the input files into partitions, one Dask task each."""

from __future__ import annotations

import math
from pathlib import Path

#: Partitions per worker when the size is not given: small enough to balance the load and
#: to lose little when one fails, large enough that the per-task overhead does not show.
PARTITIONS_PER_WORKER = 4
MAX_PARTITION_FILES = 256


def partition_size(files: int, workers: int) -> int:
    """Files per partition for a run of `files` files on `workers` workers."""
    return max(1, min(MAX_PARTITION_FILES, math.ceil(files / (max(workers, 1) * PARTITIONS_PER_WORKER))))


def partition(files: list[Path], size: int) -> list[list[tuple[str, str]]]:
    """Consecutive runs of `size` files, each file as (name as given, absolute path).

    Workers open the absolute path (their working folder may differ) and record the name as
    given, so the stored `source` is the same as in a serial run.
    """
    pairs = [(str(f), str(Path(f).resolve())) for f in files]
    return [pairs[i : i + size] for i in range(0, len(pairs), size)]
