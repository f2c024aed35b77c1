"""Fused events: the list (with the CLI's filters), the map's light list, one event with everything
behind it, and counts per day for the timeline."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response

from conflictscope.api import queries_extra
from conflictscope.api.filters import event_filters
from conflictscope.api.routes._deps import EVENT_ID_PATTERN, get_store, guarded
from conflictscope.api.schemas import ERRORS, DayCount, ErrorMessage, EventDetail, EventPage, MapEventPage
from conflictscope.store import queries
from conflictscope.store.queries import EventFilters
from conflictscope.store.session import Store

router = APIRouter(prefix="/api", tags=["events"])


def json_response(data) -> Response:
    """Serialise store output directly: the list endpoints skip per-item model validation (the
    store's records are the contract already; the models still document them in the spec)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return Response(content=body.encode("utf-8"), media_type="application/json")


@router.get("/events", response_model=None, responses={200: {"model": EventPage, "description": "A page of events"}, **ERRORS}, summary="Fused events, newest first")
def list_events(
    filters: EventFilters = Depends(event_filters),
    limit: int = Query(100, ge=1, le=1000, description="Events per page."),
    offset: int = Query(0, ge=0, le=100_000_000, description="Skip this many events first."),
    store: Store = Depends(get_store),
) -> Response:
    """Events fused across reports, with their claims, evidence and reports, filtered as
    `conflictscope events` filters them."""
    events = guarded(lambda: queries.list_events(store, filters, limit=limit, offset=offset))
    total = guarded(lambda: queries.count_events(store, filters))
    return json_response({"total": total, "limit": limit, "offset": offset, "events": events})


@router.get("/map", response_model=None, responses={200: {"model": MapEventPage, "description": "A page of map points"}, **ERRORS}, summary="The map's points")
def map_events(
    filters: EventFilters = Depends(event_filters),
    limit: int = Query(5000, ge=1, le=20_000, description="Points per page."),
    offset: int = Query(0, ge=0, le=100_000_000),
    store: Store = Depends(get_store),
) -> Response:
    """The same events as `/api/events`, with only what a map marker needs."""
    events = guarded(lambda: queries_extra.map_points(store, filters, limit=limit, offset=offset))
    total = guarded(lambda: queries.count_events(store, filters))
    return json_response({"total": total, "limit": limit, "offset": offset, "events": events})


@router.get("/counts/daily", response_model=list[DayCount], responses=ERRORS, summary="Events and fatalities per day")
def counts_per_day(filters: EventFilters = Depends(event_filters), store: Store = Depends(get_store)) -> list[dict]:
    """One entry per day with at least one dated event (undated events are left out)."""
    return guarded(lambda: queries.counts_per_day(store, filters))


@router.get(
    "/events/{event_id}",
    response_model=EventDetail,
    responses={404: {"model": ErrorMessage, "description": "No such event"}, **ERRORS},
    summary="One event with its reports, claims and evidence",
)
def get_event(
    event_id: str = Path(pattern=EVENT_ID_PATTERN, max_length=64, description="A fused event id."),
    store: Store = Depends(get_store),
) -> dict:
    """The fused event, plus `mentions` (each report's own account, with the report, its claims and
    evidence) and `corrections_log`. `fatalities_low`/`fatalities_high` give the range across reports."""
    event = guarded(lambda: queries.get_event(store, event_id))
    if event is None:
        raise HTTPException(status_code=404, detail=f"no event with id {event_id!r}")
    return event
