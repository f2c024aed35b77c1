"""The work of one partition, in a worker process: extract every document with the process's one
:class:`~conflictscope.pipeline.Extractor` (loaded on the first partition, reused for the rest) and
return the partition's three Parquet files as bytes (the caller writes them, see layout.py).

Mentions are one row per event per document, with every field of ``Event.to_dict()``; nested fields
are Arrow structs (``location``, ``actor1``, ``actor2``) and lists of structs (``claims``,
``evidence``), so ``pyarrow.parquet.read_table(...).to_pylist()`` gives back the output contract's
objects (see :func:`row_to_event_dict`).
"""

from __future__ import annotations

import io
import os
import resource
import socket
import time
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from conflictscope.errors import ConflictscopeError, InputError
from conflictscope.store import fingerprint
from conflictscope.types import Event

ACTOR = pa.struct([("name", pa.string()), ("kind", pa.string()), ("country_code", pa.string())])
EVIDENCE = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
LOCATION = pa.struct(
    [
        ("name", pa.string()),
        ("country_code", pa.string()),
        ("admin1", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("geonameid", pa.int64()),
        ("geo_precision", pa.int64()),
    ]
)
CLAIM = pa.struct(
    [
        ("speaker", ACTOR),
        ("stance", pa.string()),
        ("via", pa.string()),
        ("fatalities", pa.int64()),
        ("injuries", pa.int64()),
        ("evidence", EVIDENCE),
    ]
)
# The fields of Event.to_dict(), in its order.
EVENT_FIELDS: list[tuple[str, pa.DataType]] = [
    ("id", pa.string()),
    ("event_type", pa.string()),
    ("sub_event_type", pa.string()),
    ("date", pa.date32()),
    ("time_precision", pa.int64()),
    ("location", LOCATION),
    ("actor1", ACTOR),
    ("actor2", ACTOR),
    ("fatalities", pa.int64()),
    ("fatalities_stated", pa.bool_()),
    ("injuries", pa.int64()),
    ("civilian_targeting", pa.bool_()),
    ("claims", pa.list_(CLAIM)),
    ("disputed", pa.bool_()),
    ("historical", pa.bool_()),
    ("evidence", pa.list_(EVIDENCE)),
    ("notes", pa.string()),
]
EVENT_COLUMNS = [name for name, _ in EVENT_FIELDS]
KEY_FIELDS: list[tuple[str, pa.DataType]] = [
    ("partition", pa.int32()),
    ("doc_pos", pa.int32()),  # the document's position in its partition
    ("document_id", pa.string()),
    ("published", pa.date32()),
]
MENTION_SCHEMA = pa.schema(KEY_FIELDS + [("event_pos", pa.int32())] + EVENT_FIELDS)
DOCUMENT_SCHEMA = pa.schema(
    KEY_FIELDS
    + [
        ("url", pa.string()),
        ("title", pa.string()),
        ("source", pa.string()),
        ("n_chars", pa.int64()),
        ("n_words", pa.int64()),
        ("n_events", pa.int64()),
        ("seconds", pa.float64()),  # extraction time of this document
        ("text", pa.string()),  # kept only for documents with events (fusion needs it)
        # and their fingerprints, computed here rather than in fusion, which runs in one process
        ("content_hash", pa.string()),
        ("minhash", pa.list_(pa.uint64())),
    ]
)
ERROR_SCHEMA = pa.schema(
    [
        ("partition", pa.int32()),
        ("doc_pos", pa.int32()),
        ("document_id", pa.string()),
        ("stage", pa.string()),  # "read" (the reader refused it) or "extract"
        ("code", pa.string()),
        ("message", pa.string()),
    ]
)


def _extractor():
    from conflictscope.pipeline import Extractor

    return Extractor.default()  # cached: one per process


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (ru_maxrss is in KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _parquet_bytes(rows: list[dict[str, Any]], schema: pa.Schema) -> bytes:
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def event_row(event: Event) -> dict[str, Any]:
    row = event.to_dict()
    row["date"] = event.date
    return row


def row_to_event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A mention row (from ``to_pylist()``) back to ``Event.to_dict()``."""
    out = {name: row[name] for name in EVENT_COLUMNS}
    out["date"] = out["date"].isoformat() if out["date"] else None
    out["claims"] = out["claims"] or []
    out["evidence"] = out["evidence"] or []
    return out


def _internal_error(doc_id: str, exc: BaseException) -> str:
    return f"{doc_id}: internal error while extracting: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"


def _extract_all(extractor, good: list[tuple[dict, Any]], fast: bool):
    """``(key, document, events or the exception, seconds)`` for each document, in order. The whole
    partition is extracted in one call (one spaCy stream); if that fails, each document again on its
    own, so a bad document costs only itself. A document's seconds are its share, by characters, of
    the call's time (the parse of a stream is not separable per document)."""
    documents = [document for _, document in good]
    t0 = time.perf_counter()
    try:
        results = extractor.extract_many(documents, fast=fast)
    except Exception:  # noqa: BLE001 - found again below, document by document
        results = None
    if results is not None:
        elapsed = time.perf_counter() - t0
        total = sum(len(d.text) for d in documents) or 1
        for (key, document), events in zip(good, results):
            yield key, document, events, elapsed * len(document.text) / total
        return
    for key, document in good:
        t0 = time.perf_counter()
        try:
            events = extractor.extract(document, fast=fast)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the partition
            yield key, document, exc, 0.0
            continue
        yield key, document, events, time.perf_counter() - t0


def process_partition(index: int, items: list[dict[str, Any]], input_hash: str, fast: bool = True) -> dict[str, Any]:
    """Extract one partition. Bad documents become error rows; the partition always completes unless
    the process itself fails (then the engine retries it). Returns the files as bytes and a summary."""
    from conflictscope.batch.layout import item_document

    started = time.perf_counter()
    extractor = _extractor()
    mentions: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    busy = 0.0
    words = 0
    good = []
    for pos, item in enumerate(items):
        key = {"partition": index, "doc_pos": pos, "document_id": item.get("id") or ""}
        if item["kind"] == "error":
            errors.append({**key, "stage": item.get("stage", "read"), "code": item.get("code"), "message": item["message"]})
            continue
        try:
            good.append((key, item_document(item)))
        except InputError as exc:  # its content checks, deferred by the reader: the same row as the reader's
            errors.append({**key, "document_id": exc.source or "", "stage": "read", "code": exc.code, "message": exc.one_line()})
    for key, document, outcome, seconds in _extract_all(extractor, good, fast):
        if isinstance(outcome, BaseException):
            exc = outcome
            if isinstance(exc, ConflictscopeError):
                exc.source = exc.source or document.id
                errors.append({**key, "stage": "extract", "code": exc.code, "message": exc.one_line()})
            else:
                errors.append({**key, "stage": "extract", "code": None, "message": _internal_error(document.id, exc)})
            continue
        events = outcome
        busy += seconds
        n_words = len(document.text.split())
        words += n_words
        key["published"] = document.published
        for pos_event, event in enumerate(events):
            mentions.append({**key, "event_pos": pos_event, **event_row(event)})
        documents.append(
            {
                **key,
                "url": document.url,
                "title": document.title,
                "source": document.source,
                "n_chars": len(document.text),
                "n_words": n_words,
                "n_events": len(events),
                "seconds": seconds,
                "text": document.text if events else None,
                "content_hash": fingerprint.content_hash(document.text) if events else None,
                "minhash": list(fingerprint.minhash(document.text)) if events else None,
            }
        )
    return {
        "index": index,
        "input_hash": input_hash,
        "documents": _parquet_bytes(documents, DOCUMENT_SCHEMA),
        "mentions": _parquet_bytes(mentions, MENTION_SCHEMA),
        "errors": _parquet_bytes(errors, ERROR_SCHEMA),
        "n_documents": len(documents),
        "n_errors": len(errors),
        "n_events": len(mentions),
        "n_documents_with_events": sum(1 for d in documents if d["n_events"]),
        "n_words": words,
        "extract_seconds": round(busy, 4),
        "seconds": round(time.perf_counter() - started, 4),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "worker": f"{socket.gethostname()}:{os.getpid()}",
        "fast": fast,
    }

