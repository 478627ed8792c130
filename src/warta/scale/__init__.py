"""Scale-out: the same pipeline on a Dask distributed cluster (local processes or remote workers).

Needs the `scale` extra (`pip install 'warta[scale]'`); the serial path never imports Dask.
Workers read, code and write Parquet shards of the store's rows; the driver loads the shards
into DuckDB in one transaction. See docs/scale-out.md.
"""

from warta.scale.driver import ScaleSummary, ingest_distributed

__all__ = ["ScaleSummary", "ingest_distributed"]
