"""Extraction without storing: a report in, its events out."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from conflictscope.api.extraction import document_from_body, serialized_extractor
from conflictscope.api.routes.documents import WRITE_ERRORS
from conflictscope.api.schemas import DocumentIn, ExtractResult
from conflictscope.api.security import require_json, require_token

router = APIRouter(prefix="/api", tags=["extract"])


@router.post(
    "/extract",
    response_model=ExtractResult,
    responses=WRITE_ERRORS,
    dependencies=[Depends(require_json), Depends(require_token)],
    summary="Extract the events of one report (nothing is stored)",
)
def extract(body: DocumentIn, request: Request) -> dict:
    """The events `conflictscope extract` finds in the report. `text` is the text evidence offsets
    point into (for an HTML page, its main text)."""
    document = document_from_body(body, request.app.state.max_document_bytes)
    events = serialized_extractor(request.app).extract(document)
    return {"document_id": document.id, "text": document.text, "events": [e.to_dict() for e in events]}
