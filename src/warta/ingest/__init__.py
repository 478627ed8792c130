"""Ingestion: files and folders in, Articles (or Rejects with a reason) out."""

from warta.ingest.reader import Reader, Reject, iter_files

__all__ = ["Reader", "Reject", "iter_files"]
