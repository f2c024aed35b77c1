"""Reads the API needs that ``conflictscope.store.queries`` does not offer (yet).

Kept apart so the store's own modules stay untouched; every query is built with SQLAlchemy
expressions and bound parameters.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from conflictscope.store.models import DocumentRow, FusedEventRow, PlaceRow
from conflictscope.store.queries import EventFilters, _filtered
from conflictscope.store.session import Store


def count_documents(store: Store, *, source: str | None = None) -> int:
    """How many documents :func:`conflictscope.store.queries.list_documents` would page through."""
    query = select(func.count()).select_from(DocumentRow)
    if source:
        query = query.where(DocumentRow.source == source)
    with store.read() as session:
        return int(session.scalar(query) or 0)


def countries_present(store: Store) -> list[dict[str, Any]]:
    """[{code, events}] for every country that has at least one fused event, most events first."""
    query = (
        select(FusedEventRow.country_code, func.count())
        .where(FusedEventRow.country_code.is_not(None))
        .group_by(FusedEventRow.country_code)
        .order_by(func.count().desc(), FusedEventRow.country_code)
    )
    with store.read() as session:
        return [{"code": code, "events": int(n)} for code, n in session.execute(query)]


def date_span(store: Store) -> tuple[str | None, str | None]:
    """The first and last day any fused event happened on (None, None for an empty store)."""
    with store.read() as session:
        first, last = session.execute(select(func.min(FusedEventRow.date), func.max(FusedEventRow.date))).one()
    return (first.isoformat() if first else None, last.isoformat() if last else None)


def map_points(store: Store, filters: EventFilters | None = None, limit: int = 5000, offset: int = 0) -> list[dict[str, Any]]:
    """The fields the map draws, read from the fused event's columns (not its JSON payload), in the
    order of :func:`conflictscope.store.queries.list_events` (newest first, then by id). Uses the
    store's own filter builder, so the filters mean exactly what they mean for ``events``."""
    f = FusedEventRow
    query = _filtered(
        select(
            f.id, f.event_type, f.sub_event_type, f.date, f.latitude, f.longitude, PlaceRow.name, f.country_code,
            f.actor1_name, f.actor2_name, f.fatalities, f.fatalities_low, f.fatalities_high, f.disputed, f.sources,
        ).outerjoin(PlaceRow, PlaceRow.id == f.place_id),
        filters,
    ).order_by(f.date.desc(), f.id).offset(offset).limit(limit)
    keys = (
        "id", "event_type", "sub_event_type", "date", "latitude", "longitude", "place", "country_code",
        "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_high", "disputed", "sources",
    )
    with store.read() as session:
        rows = session.execute(query).all()
    out = []
    for row in rows:
        item = dict(zip(keys, row))
        item["date"] = item["date"].isoformat() if item["date"] else None
        item["disputed"] = bool(item["disputed"])
        out.append(item)
    return out
