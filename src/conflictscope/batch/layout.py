"""Partitions on disk: how inputs are cut into partitions, what a finished partition looks like, and
how its files are written so that a run stopped at any point never leaves a half-written one.

A partition is ``size`` consecutive items of the input stream (documents, or read errors in their
place), numbered from 0 in input order. Its files live in ``DIR/parts/``::

    00007.mentions.parquet    one row per event per document (see worker.MENTION_SCHEMA)
    00007.documents.parquet   one row per document read (timings, sizes; text when it has events)
    00007.errors.parquet      one row per document that failed (reading or extraction)
    00007.manifest.json       written last: the input hash and each file's size

Every file is written under a temporary name and renamed into place, the manifest last. A partition
is *done* when its manifest exists, records the same input hash (the SHA-256 of the partition's
documents, of the conflictscope version and of the gazetteer index's) and every file it lists exists with the recorded size.
A done partition is not extracted again; anything else (a missing or changed file, other inputs, a
new version) is.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from conflictscope.errors import InputError
from conflictscope.ingest.readers import Unchecked
from conflictscope.types import Document

PARTS = "parts"
KINDS = ("mentions", "documents", "errors")


@dataclass
class Partition:
    """One unit of work: ``items`` are plain dicts (documents or read errors), cheap to pickle."""

    index: int
    items: list[dict[str, Any]]
    input_hash: str

    @property
    def n_items(self) -> int:
        return len(self.items)


def document_item(document: Document | Unchecked) -> dict[str, Any]:
    item = {
        "kind": "document",
        "id": document.id,
        "text": document.text,
        "published": document.published.isoformat() if document.published else None,
        "url": document.url,
        "title": document.title,
    }
    if isinstance(document, Unchecked):
        # Checked by the worker (see item_document): where it was read, and whether it is HTML.
        item.update(source=document.doc_source, unchecked={"where": document.source, "html": document.html})
    else:
        item["source"] = document.source
    return item


def error_item(error: InputError) -> dict[str, Any]:
    return {"kind": "error", "id": error.source or "", "code": error.code, "message": error.one_line(), "stage": "read"}


def item_document(item: dict[str, Any]) -> Document:
    """The document of a partition item; an unchecked one is checked here first (raises InputError)."""
    published = item.get("published")
    fields = dict(
        id=item.get("id") or "",
        published=date.fromisoformat(published) if published else None,
        url=item.get("url"),
        title=item.get("title"),
    )
    unchecked = item.get("unchecked")
    if unchecked is not None:
        return Unchecked(item["text"], source=unchecked["where"], doc_source=item.get("source"), html=unchecked["html"], **fields).finish()
    return Document(text=item["text"], source=item.get("source"), **fields)


def input_hash(items: Sequence[dict[str, Any]]) -> str:
    from conflictscope import __version__
    from conflictscope.geo.gazetteer import INDEX_NAME

    digest = hashlib.sha256(f"conflictscope {__version__} {INDEX_NAME}\n".encode())
    for item in items:
        digest.update(json.dumps(item, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    return digest.hexdigest()


def iter_partitions(
    inputs: Sequence[str], *, size: int, published: date | None = None, max_bytes: int
) -> Iterator[Partition]:
    """Read every input (text, HTML, JSONL, folders, feeds, WARC, ``-``) and cut the stream into
    partitions of ``size`` items, in input order. Documents are not checked yet (see item_document)."""
    from conflictscope.store.inputs import iter_inputs

    items: list[dict[str, Any]] = []
    index = 0
    # The content checks (and HTML's main text) wait for the workers: this loop is one process.
    for item in iter_inputs(inputs, published=published, max_bytes=max_bytes, check=False):
        items.append(error_item(item) if isinstance(item, InputError) else document_item(item))
        if len(items) >= size:
            yield Partition(index, items, input_hash(items))
            index += 1
            items = []
    if items:
        yield Partition(index, items, input_hash(items))


# ---------------------------------------------------------------------------------------------
# Files


def parts_dir(out: Path) -> Path:
    return Path(out) / PARTS


def part_path(out: Path, index: int, kind: str) -> Path:
    suffix = "manifest.json" if kind == "manifest" else f"{kind}.parquet"
    return parts_dir(out) / f"{index:05d}.{suffix}"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` under a temporary name in the same folder, flush it to disk, rename it."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_manifest(out: Path, index: int) -> dict[str, Any] | None:
    try:
        return json.loads(part_path(out, index, "manifest").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_done(out: Path, index: int, digest: str) -> dict[str, Any] | None:
    """The manifest of a finished partition with this input hash, else None."""
    manifest = read_manifest(out, index)
    if not manifest or manifest.get("input_hash") != digest:
        return None
    for kind in KINDS:
        recorded = manifest.get("files", {}).get(kind)
        path = part_path(out, index, kind)
        if recorded is None or not path.is_file() or path.stat().st_size != recorded:
            return None
    return manifest


def write_partition(out: Path, result: dict[str, Any]) -> dict[str, Any]:
    """Write a worker's result (see worker.process_partition): the three files, then the manifest.
    Returns the manifest."""
    index = result["index"]
    parts_dir(out).mkdir(parents=True, exist_ok=True)
    # An old manifest first goes away, so a crash between files never leaves a stale one pointing
    # at new files of the same size.
    part_path(out, index, "manifest").unlink(missing_ok=True)
    files = {}
    for kind in KINDS:
        atomic_write(part_path(out, index, kind), result[kind])
        files[kind] = len(result[kind])
    manifest = {key: value for key, value in result.items() if key not in KINDS}
    manifest["files"] = files
    atomic_write(part_path(out, index, "manifest"), (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode())
    return manifest


def remove_partition(out: Path, index: int) -> None:
    part_path(out, index, "manifest").unlink(missing_ok=True)
    for kind in KINDS:
        part_path(out, index, kind).unlink(missing_ok=True)


def stale_indices(out: Path, count: int) -> list[int]:
    """Partitions on disk numbered ``count`` or more (left by an earlier run over longer inputs)."""
    found = set()
    folder = parts_dir(out)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        head = path.name.split(".", 1)[0]
        if head.isdigit() and int(head) >= count:
            found.add(int(head))
    return sorted(found)
