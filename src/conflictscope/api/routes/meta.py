"""What the page needs to build its filters (countries present, the taxonomy, the date span), a
health check, and the country outlines the map draws."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, HTTPException, Request, Response

from conflictscope.api import queries_extra
from conflictscope.api.routes._deps import get_store, guarded
from conflictscope.api.schemas import ErrorMessage, Meta
from conflictscope.store import queries
from conflictscope.store.session import Store

router = APIRouter(prefix="/api", tags=["meta"])


def _country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


@router.get("/meta", response_model=Meta, summary="Store totals, countries present, the taxonomy")
def meta(request: Request, store: Store = Depends(get_store)) -> dict:
    from conflictscope import __version__
    from conflictscope.knowledge import load_taxonomy

    taxonomy = load_taxonomy()
    first, last = guarded(lambda: queries_extra.date_span(store))
    countries = guarded(lambda: queries_extra.countries_present(store))
    return {
        "version": __version__,
        "events": guarded(lambda: queries.count_events(store)),
        "documents": guarded(lambda: queries_extra.count_documents(store)),
        "first_date": first,
        "last_date": last,
        "countries": [{"code": c["code"], "name": _country_name(c["code"]), "events": c["events"]} for c in countries],
        "event_types": [{"name": t, "sub_event_types": list(taxonomy.sub_event_types[t])} for t in taxonomy.event_types],
        "write_requires_token": bool(request.app.state.token),
        "max_body_bytes": request.app.state.max_body_bytes,
    }


@router.get("/health", summary="The server is up")
def health() -> dict:
    return {"status": "ok"}


@router.get(
    "/outlines",
    summary="Country outlines (GeoJSON) for the map",
    response_class=Response,
    responses={
        200: {"content": {"application/geo+json": {"schema": {"type": "object"}}}, "description": "A GeoJSON FeatureCollection"},
        503: {"model": ErrorMessage, "description": "The outlines package is not installed"},
    },
)
async def outlines() -> Response:
    """Natural Earth's countries, simplified for a world map; built from an installed package."""
    from conflictscope.api.outlines import OutlinesUnavailable, outlines_geojson

    try:
        data = await asyncio.to_thread(outlines_geojson)
    except OutlinesUnavailable as exc:
        raise HTTPException(status_code=503, detail=str(exc)) from exc
    return Response(content=data, media_type="application/geo+json", headers={"Cache-Control": "public, max-age=86400"})
