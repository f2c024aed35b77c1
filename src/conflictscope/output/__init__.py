"""Output writers: JSONL / JSON (the contract, see ``schema.json``), ACLED-style CSV, terminal table."""

from __future__ import annotations

from dataclasses import dataclass, field

from conflictscope.types import Event


@dataclass
class DocumentResult:
    """What the pipeline produced for one input document.

    ``error`` is a one-line message (``InputError.one_line()``) when the document could not be
    processed, else None. ``text`` is the text event offsets point into (for HTML, the extracted main
    text); only the JSON array output includes it. ``source`` is the publisher/source name if known
    (CSV ``source`` column falls back to ``id``).
    """

    id: str
    events: list[Event] = field(default_factory=list)
    error: str | None = None
    text: str | None = None
    source: str | None = None

    @classmethod
    def from_error(cls, error: Exception) -> DocumentResult:
        """A failed document from an ``InputError`` (or any exception): id is its ``source``."""
        one_line = getattr(error, "one_line", None)
        message = one_line() if callable(one_line) else " ".join(str(error).split())
        return cls(id=getattr(error, "source", None) or "", events=[], error=message)


def load_schema() -> dict:
    """The JSON Schema (draft 2020-12) of one JSONL output line."""
    import json
    from importlib import resources

    return json.loads(resources.files(__name__).joinpath("schema.json").read_text("utf-8"))


__all__ = ["DocumentResult", "load_schema"]
