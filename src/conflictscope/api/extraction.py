"""The extractor behind the POST endpoints: loaded once, used by one request at a time (spaCy and
the gazetteer are shared by the whole process; parsing is CPU-bound anyway)."""

from __future__ import annotations

import threading

from fastapi import FastAPI, HTTPException

from conflictscope.api.schemas import DocumentIn
from conflictscope.errors import ConflictscopeError, InputError, TooLarge
from conflictscope.types import Document, Event


def document_from_body(body: DocumentIn, max_bytes: int) -> Document:
    """A checked Document (the CLI's checks: empty, binary, not English, too large, bad date)."""
    from conflictscope.ingest.readers import document_from_text

    _check_strings(body)
    try:
        return document_from_text(
            body.text,
            published=body.published or None,
            id=body.id or None,
            url=body.url or None,
            title=body.title or None,
            source=body.source or None,
            max_bytes=max_bytes,
        )
    except TooLarge as exc:
        raise HTTPException(status_code=413, detail=_message(exc)) from exc
    except InputError as exc:
        raise HTTPException(status_code=422, detail=_message(exc)) from exc


def _check_strings(body: DocumentIn) -> None:
    """Refuse what no database column can hold: lone surrogates anywhere, control characters in the
    short fields (the text itself goes through the binary-input check)."""
    for name in ("text", "published", "title", "url", "source", "id"):
        value = getattr(body, name)
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise HTTPException(status_code=422, detail=f"{name}: not valid Unicode (lone surrogate characters)") from None
        if name != "text" and any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
            raise HTTPException(status_code=422, detail=f"{name}: control characters are not allowed")


def _message(exc: ConflictscopeError) -> str:
    exc.source = None  # the API names no file
    return exc.one_line()


class SerializedExtractor:
    """The process's extractor behind a lock."""

    def __init__(self, app: FastAPI):
        self._app = app

    def extract(self, document: Document) -> list[Event]:
        state = self._app.state
        with state.extract_lock:
            extractor = state.extractor_factory()
            try:
                return extractor.extract(document)
            except ConflictscopeError as exc:
                raise HTTPException(status_code=422, detail=_message(exc)) from exc


def serialized_extractor(app: FastAPI) -> SerializedExtractor:
    return SerializedExtractor(app)


def default_extractor():
    from conflictscope.pipeline import Extractor

    return Extractor.default()


def new_lock() -> threading.Lock:
    return threading.Lock()
