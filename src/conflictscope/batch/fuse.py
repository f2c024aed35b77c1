"""Fusion and export of a batch: the event mentions of every partition, replayed in input order into
a fresh event store under ``DIR`` with the store's own code (``queries.ingest_extracted``, one
transaction per partition: content hash, near-duplicate copies, cross-report fusion), then exported
with the store's writers.

Replaying in input order (partition by partition, documents in order) makes the fused events, and
their ids, independent of the engine, of the number of workers and of the order in which partitions
finished. Only documents with events are stored (their text is kept in the partition for this);
documents without events add nothing to fused events.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conflictscope.batch.layout import part_path
from conflictscope.types import Document, Event

STORE_NAME = "store.db"
EXPORTS = ("events.csv", "events.jsonl", "events.parquet")


@dataclass
class FusionResult:
    documents: int = 0
    stored: int = 0
    copies: int = 0
    mentions: int = 0
    fused_events: int = 0
    # Documents the store refused (error rows in the shape of the partitions' errors, stage "fuse").
    failed: list[dict[str, Any]] = field(default_factory=list)


def _events_of(rows: list[dict[str, Any]], document_id: str) -> list[Event]:
    from conflictscope.batch.worker import row_to_event_dict
    from conflictscope.store.export import event_from_payload

    events = []
    for row in sorted(rows, key=lambda r: r["event_pos"]):
        event = event_from_payload(row_to_event_dict(row))
        event.document_id = document_id
        events.append(event)
    return events


def iter_documents(out: Path, indices: Iterable[int]):
    """``(Document, events, fingerprint)`` for every document with events, in input order; the
    fingerprint (content hash, MinHash sketch) is the worker's, or None from a partition written
    before workers computed it."""
    import pyarrow.parquet as pq

    from conflictscope.store import queries

    for index in indices:
        mentions = defaultdict(list)
        for row in pq.read_table(part_path(out, index, "mentions")).to_pylist():
            mentions[row["doc_pos"]].append(row)
        docs = pq.read_table(part_path(out, index, "documents"), filters=[("n_events", ">", 0)]).to_pylist()
        for d in sorted(docs, key=lambda r: r["doc_pos"]):
            document = Document(
                text=d["text"], id=d["document_id"], published=d["published"], url=d["url"], title=d["title"], source=d["source"]
            )
            sketch = d.get("minhash")
            known = queries.Fingerprint(d["content_hash"], tuple(sketch)) if sketch and d.get("content_hash") else None
            yield document, _events_of(mentions[d["doc_pos"]], d["document_id"]), known


def _remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


class Fusion:
    """Fuses partitions into a fresh ``DIR/store.db`` in input order, as soon as each partition and
    every one before it are done: the parent fuses while the workers go on extracting, and the
    result is the same as fusing them all at the end."""

    def __init__(self, out: Path):
        from conflictscope.store import open_store
        from conflictscope.store.fusion import KnownRows

        self.out = Path(out)
        path = self.out / STORE_NAME
        _remove_store(path)
        self.store = open_store(path)
        self.result = FusionResult()
        # What the store holds so far, remembered: this run alone writes the store, from empty.
        self.known = KnownRows(sole=True)
        self.next = 0  # the next partition index to fuse
        self.seconds = 0.0

    def _add(self, index: int, progress: Callable[[int], None] | None = None) -> None:
        from conflictscope.store import queries

        items = list(iter_documents(self.out, [index]))
        outcomes = queries.ingest_extracted(self.store, [(d, e) for d, e, _ in items], known=self.known, fingerprints=[f for _, _, f in items])
        for (document, _, _), outcome in zip(items, outcomes):
            self.result.documents += 1
            if outcome.status == "failed":
                self.result.failed.append(
                    {"partition": index, "doc_pos": None, "document_id": document.id or "", "stage": "fuse", "code": "store", "message": outcome.error}
                )
            self.result.stored += outcome.status == "stored"
            self.result.copies += outcome.duplicate_of is not None
            self.result.mentions += len(outcome.events)
            if progress:
                progress(1)

    def ready(self, done: Container[int], failed: Container[int]) -> None:
        """Fuse the partitions that are next in input order and done; skip failed ones."""
        started = time.perf_counter()
        while self.next in done or self.next in failed:
            if self.next in done:
                self._add(self.next)
            self.next += 1
        self.seconds += time.perf_counter() - started

    def finish(self, indices: list[int], progress: Callable[[int], None] | None = None) -> FusionResult:
        """Fuse what is left of ``indices`` (sorted) and close the store."""
        from conflictscope.store import queries

        try:
            for index in indices:
                if index >= self.next:
                    self._add(index, progress)
            self.result.fused_events = queries.stats(self.store)["fused_events"]
        finally:
            self.store.close()
        return self.result


def export_all(out: Path) -> dict[str, int]:
    """``DIR/events.csv``, ``events.jsonl`` and ``events.parquet`` from ``DIR/store.db``, each
    written under a temporary name and renamed."""
    from conflictscope.store import export, open_store, queries

    out = Path(out)
    counts = {}
    store = open_store(out / STORE_NAME)
    try:
        for name in EXPORTS:
            final = out / name
            tmp = final.with_name(f".{name}.tmp-{os.getpid()}")
            events = queries.iter_events(store)
            if name.endswith(".parquet"):
                counts[name] = export.write_parquet(events, tmp)
            else:
                writer = export.write_csv if name.endswith(".csv") else export.write_jsonl
                with open(tmp, "w", encoding="utf-8", newline="") as handle:
                    counts[name] = writer(events, handle)
            os.replace(tmp, final)
    finally:
        store.close()
    return counts
