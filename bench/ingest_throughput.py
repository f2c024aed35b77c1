"""Ingest throughput: the Guardian Syria sample into a fresh store, through the same code as
`conflictscope ingest` (read, extract, store, fuse; one transaction per document).

    python bench/ingest_throughput.py [CSV] [--db PATH_OR_URL] [--limit N]

CSV defaults to ../shared/data/articles-syria/Guardian_SDF_sample.csv (columns: an unnamed index,
date, text, source). The store defaults to a new SQLite file in a temporary folder (an existing
--db is refused unless it is a PostgreSQL URL, whose tables must be empty). Prints documents/s (wall
time of the whole run, extractor warm-up excluded), the share of extraction, events extracted, fused
events, and how many documents were near-duplicate copies.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "articles-syria" / "Guardian_SDF_sample.csv"


def read_rows(path: Path, limit: int | None):
    csv.field_size_limit(sys.maxsize)
    with path.open(newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if limit is not None and i >= limit:
                return
            yield row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--db", default=None, help="SQLite path or postgresql:// URL (default: a fresh temporary SQLite file)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)

    from conflictscope.errors import InputError
    from conflictscope.ingest.readers import document_from_text
    from conflictscope.pipeline import Extractor
    from conflictscope.store import open_store, queries

    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="cs-bench-")
        db = str(Path(tmp.name) / "bench.db")
    elif "://" not in db and Path(db).exists():
        parser.error(f"{db} exists: the bench needs a fresh store")
    store = open_store(db)
    if queries.stats(store)["documents"]:
        parser.error("the store is not empty: the bench needs a fresh store")

    class TimedExtractor:
        """The default extractor, timed, to tell extraction from storing and fusing."""

        def __init__(self, inner):
            self.inner, self.seconds = inner, 0.0

        def extract(self, document):
            t = time.perf_counter()
            try:
                return self.inner.extract(document)
            finally:
                self.seconds += time.perf_counter() - t

    extractor = TimedExtractor(Extractor.default())
    extractor.extract(document_from_text("A drone strike hit Aleppo on Sunday.", published="2020-10-05"))  # warm-up
    extractor.seconds = 0.0

    documents = events = failed = chars = 0
    started = time.perf_counter()
    for row in read_rows(args.csv, args.limit):
        doc_id = f"guardian-{row.get('') or documents}"
        try:
            doc = document_from_text(row["text"], id=doc_id, published=date.fromisoformat(row["date"][:10]), source=row.get("source") or None)
        except (InputError, ValueError) as exc:
            failed += 1
            queries.record_error(store, doc_id, str(exc))
            continue
        outcome = queries.ingest_document(store, doc, extractor)
        documents += 1
        events += len(outcome.events)
        chars += len(doc.text)
    elapsed = time.perf_counter() - started
    totals = queries.stats(store)
    store.close()
    if tmp is not None:
        tmp.cleanup()

    print(f"input            {args.csv}")
    print(f"store            {'temporary SQLite file' if args.db is None else args.db}")
    print(f"documents        {documents} ({failed} unreadable, {totals['near_duplicates']} near-duplicate copies), {chars / max(1, documents):,.0f} characters on average")
    print(f"time             {elapsed:.1f} s")
    print(f"throughput       {documents / elapsed:.2f} documents/s")
    print(f"of which         extraction {extractor.seconds:.1f} s; storing, near-duplicate check and fusion {1000 * (elapsed - extractor.seconds) / max(1, documents):.0f} ms/document")
    print(f"events           {events} extracted ({totals['mentions']} stored)")
    print(f"fused events     {totals['fused_events']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
