"""Running a batch: read inputs, process each article, store batches atomically.

`process_item` is the per-article unit shared by the serial run here and by scale-out runners:
it never raises, so one bad article cannot stop a batch.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from warta.document import Article, Document
from warta.ingest import Reader, Reject
from warta.ingest.reader import reject_input, reject_input_of, source_file
from warta.pipeline import Pipeline
from warta.store import Store

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 64


@dataclass
class IngestSummary:
    read: int = 0  # articles and rejects read from the inputs
    added: int = 0
    skipped: int = 0
    rejected: int = 0
    events: int = 0
    reasons: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        return {
            "read": self.read, "added": self.added, "already_stored": self.skipped,
            "rejected": self.rejected, "events": self.events, "reject_reasons": dict(self.reasons),
        }  # fmt: skip


def process_item(item: Article | Reject, pipeline: Pipeline) -> Document | Reject:
    """Run one article through the pipeline; a failure becomes a Reject naming the error."""
    if isinstance(item, Reject):
        return item
    try:
        return pipeline.process(item)
    except Exception as error:  # one bad article must not stop the batch: record why and go on
        log.exception("processing %s failed", item.source)
        return Reject(item.source or item.id, f"processing failed: {type(error).__name__}: {error}")


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    reader: Reader | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_item: Callable[[Article | Reject], None] | None = None,
    skip: Collection[Path] = (),
) -> IngestSummary:
    """Ingest files and folders into the store, one transaction a batch.

    Articles already in the store are not processed again, so a re-run after a crash only
    does the batches that had not been committed. An input read without fault clears its old
    reject. The store's connection is released after each batch and while articles are
    processed, so other processes (the dashboard) can read the database during a long run.
    `skip`: files a folder walk passes over (the database itself; see `iter_files`).
    """
    pipeline = pipeline or Pipeline()
    reader = reader or Reader()
    summary = IngestSummary()
    for batch in batched(reader.iter_articles(paths, skip), batch_size):
        known = store.known_article_ids(a.id for a in batch if isinstance(a, Article))
        store.release()
        documents, rejects, cleared = [], [], []
        for item in batch:
            summary.read += 1
            if isinstance(item, Article) and item.id in known:
                summary.skipped += 1
                result = item
            else:
                result = process_item(item, pipeline)
            if isinstance(result, Reject):
                rejects.append(_with_absolute_input(result, item))
            else:
                cleared += _inputs_of(item)
                if result is not item:
                    documents.append(result)
            if on_item:
                on_item(item)
        written = store.write_batch(documents, rejects, cleared)
        store.release()
        summary.added += written.added
        summary.skipped += written.skipped
        summary.events += written.events
        summary.rejected += len(rejects)
        summary.reasons.update(_reason_kind(r.reason) for r in rejects)
    return summary


def _with_absolute_input(reject: Reject, item: Article | Reject) -> Reject:
    """A processing failure names the article's source; rejects name absolute paths (see Reader)."""
    if isinstance(item, Article) and item.source:
        return Reject(reject_input_of(item.source), reject.reason)
    return reject


def _inputs_of(article: Article) -> list[str]:
    """The reject inputs an article read without fault clears: its record and its whole file."""
    if not article.source:
        return []
    return [reject_input_of(article.source), reject_input(source_file(article.source))]


def _reason_kind(reason: str) -> str:
    """The reason without its particulars, for the summary: 300 broken lines are one row.

    "not valid JSON (… at column 3)" → "not valid JSON"; numbers become N ("UTF-8" stays) and
    quoted input (a date, not a language code) becomes '…'; a processing failure keeps the
    error's type, not its message.
    """
    kind = reason.split(" (")[0]
    if kind.startswith("processing failed: "):
        return ": ".join(kind.split(": ")[:2])
    kind = re.sub(r"'[^']{9,}'", "'…'", kind)
    return re.sub(r"(?<![\w-])\d[\d,.]*", "N", kind)
