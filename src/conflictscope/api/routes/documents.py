"""Stored reports: the list, one report with its text and events, and ingesting a new one."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from conflictscope.api import queries_extra
from conflictscope.api.extraction import document_from_body, serialized_extractor
from conflictscope.api.filters import clean_text_param
from conflictscope.api.routes._deps import MAX_PK, get_store, guarded
from conflictscope.api.schemas import ERRORS, DocumentDetail, DocumentIn, DocumentPage, ErrorMessage, IngestResult
from conflictscope.api.security import require_json, require_token
from conflictscope.store import queries
from conflictscope.store.session import Store

router = APIRouter(prefix="/api", tags=["documents"])

WRITE_ERRORS = {
    400: {"model": ErrorMessage, "description": "The body cannot be read (e.g. not UTF-8)"},
    401: {"model": ErrorMessage, "description": "The server has a token and the request did not give it"},
    413: {"model": ErrorMessage, "description": "The body or the document is over the size limit"},
    415: {"model": ErrorMessage, "description": "The body is not JSON"},
    **ERRORS,
}


@router.get("/documents", response_model=DocumentPage, responses=ERRORS, summary="Stored reports, latest first")
def list_documents(
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0, le=100_000_000),
    source: str | None = Query(None, max_length=500, description="Only reports from this outlet (exact name)."),
    store: Store = Depends(get_store),
) -> dict:
    source = clean_text_param("source", source)
    documents = guarded(lambda: queries.list_documents(store, limit=limit, offset=offset, source=source))
    total = guarded(lambda: queries_extra.count_documents(store, source=source))
    return {"total": total, "limit": limit, "offset": offset, "documents": documents}


@router.get(
    "/documents/{pk}",
    response_model=DocumentDetail,
    responses={404: {"model": ErrorMessage, "description": "No such document"}, **ERRORS},
    summary="One report with its text and the events extracted from it",
)
def get_document(pk: int = Path(ge=1, le=MAX_PK, description="The store's key (`pk`)."), store: Store = Depends(get_store)) -> dict:
    document = guarded(lambda: queries.get_document(store, pk))
    if document is None:
        raise HTTPException(status_code=404, detail=f"no document with pk {pk}")
    return document


@router.post(
    "/documents",
    response_model=IngestResult,
    status_code=201,
    responses={200: {"model": IngestResult, "description": "The same text was stored already"}, **WRITE_ERRORS},
    dependencies=[Depends(require_json), Depends(require_token)],
    summary="Ingest one report",
)
def ingest(body: DocumentIn, request: Request, response: Response, store: Store = Depends(get_store)) -> dict:
    """Extract the report's events, store them and fuse them with the events already stored
    (one transaction). A text stored before is not stored again (200, `status: exists`)."""
    document = document_from_body(body, request.app.state.max_document_bytes)
    outcome = guarded(lambda: queries.ingest_document(store, document, serialized_extractor(request.app), origin="api"))
    if outcome.status == "exists":
        response.status_code = 200
    return {
        "status": outcome.status,
        "pk": outcome.document_pk,
        "duplicate_of": outcome.duplicate_of,
        "events": [e.to_dict() for e in outcome.events],
        "fused_ids": outcome.fused_ids,
    }
