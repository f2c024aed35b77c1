"""JSON Lines and JSON array output. One object per document; see ``schema.json``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from conflictscope import __version__
from conflictscope.output import DocumentResult


def result_to_dict(result: DocumentResult, *, include_text: bool = False) -> dict[str, Any]:
    """The output object for one document (``text`` only when ``include_text``)."""
    out: dict[str, Any] = {
        "id": result.id,
        "events": [event.to_dict() for event in result.events],
        "error": result.error,
        "conflictscope_version": __version__,
    }
    if include_text:
        out["text"] = result.text
    return out


def write_jsonl(results: Iterable[DocumentResult], fp: IO[str]) -> int:
    """Write one JSON line per document, flushing each (streams well); return the count."""
    n = 0
    for result in results:
        fp.write(json.dumps(result_to_dict(result), ensure_ascii=False) + "\n")
        fp.flush()
        n += 1
    return n


def write_json(results: Iterable[DocumentResult], fp: IO[str]) -> int:
    """Write a JSON array of the same objects, each with its ``text``; return the count."""
    items = [result_to_dict(r, include_text=True) for r in results]
    json.dump(items, fp, ensure_ascii=False, indent=2)
    fp.write("\n")
    return len(items)
