"""Query parameters of the event endpoints -> the store's :class:`EventFilters`.

The same filters as ``conflictscope events``; values are checked here (a clear 422 for a bad one) and
reach the database only as bound parameters of the store's queries.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from fastapi import HTTPException, Query

from conflictscope.store.queries import EventFilters


DAY_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def parse_day(name: str, value: str | None) -> date | None:
    """A YYYY-MM-DD day, strictly (no timestamps, no other spellings)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise reject(f"{name}: invalid date {value!r}, expected YYYY-MM-DD") from None


def reject(message: str) -> HTTPException:
    return HTTPException(status_code=422, detail=message)


def clean_text_param(name: str, value: str | None) -> str | None:
    """Strip a free-text parameter; refuse control characters (NUL breaks PostgreSQL text)."""
    if value is None:
        return None
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise reject(f"{name}: control characters are not allowed")
    value = value.strip()
    return value or None


@lru_cache(maxsize=1)
def _type_names() -> dict[str, str]:
    """Lower-cased event and sub-event type -> its spelling in ACLED's taxonomy."""
    from conflictscope.knowledge import load_taxonomy

    taxonomy = load_taxonomy()
    names = {t.lower(): t for t in taxonomy.event_types}
    for subs in taxonomy.sub_event_types.values():
        names.update({s.lower(): s for s in subs})
    return names


def country_code(value: str | None) -> str | None:
    value = clean_text_param("country", value)
    if value is None:
        return None
    import pycountry

    code = value.upper()
    found = None
    if len(code) == 2 and code.isalpha():
        found = pycountry.countries.get(alpha_2=code)
    elif len(code) == 3 and code.isalpha():
        found = pycountry.countries.get(alpha_3=code)
    if found is None:
        raise reject(f"country: unknown country code {value!r} (use an ISO 3166-1 code such as SY or SYR)")
    return found.alpha_2


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    value = clean_text_param("bbox", value)
    if value is None:
        return None
    try:
        parts = [float(x) for x in value.split(",")]
    except ValueError:
        parts = []
    if (
        len(parts) != 4
        or any(p != p for p in parts)  # NaN
        or not (-180 <= parts[0] <= 180 and -180 <= parts[2] <= 180 and -90 <= parts[1] <= parts[3] <= 90)
    ):
        raise reject(f"bbox: expected West,South,East,North in degrees (south <= north), got {value!r}")
    return (parts[0], parts[1], parts[2], parts[3])


def event_filters(
    country: str | None = Query(None, pattern=r"^[A-Za-z]{2,3}$", description="ISO 3166-1 code, alpha-2 (SY) or alpha-3 (SYR)."),
    since: str | None = Query(None, pattern=DAY_PATTERN, description="Events on or after this day (YYYY-MM-DD)."),
    until: str | None = Query(None, pattern=DAY_PATTERN, description="Events on or before this day (YYYY-MM-DD)."),
    event_type: str | None = Query(None, alias="type", max_length=200, description="An ACLED event type or sub-event type, any case, e.g. Battles or Air/drone strike."),
    actor: str | None = Query(None, max_length=200, description="Part of either actor's name, any case."),
    bbox: str | None = Query(None, max_length=200, description="West,South,East,North in degrees (a box across the antimeridian has West > East)."),
    disputed: bool | None = Query(None, description="true: only events whose sources conflict; false: only undisputed ones."),
    min_sources: int | None = Query(None, ge=1, le=1_000_000, description="Only events told by at least this many distinct reports."),
) -> EventFilters:
    """FastAPI dependency: the event filters of a request."""
    start, end = parse_day("since", since), parse_day("until", until)
    kind = clean_text_param("type", event_type)
    if kind is not None:
        spelled = _type_names().get(kind.lower())
        if spelled is None:
            raise reject(f"type: unknown event type or sub-event type {kind!r}; see /api/meta for the list")
        kind = spelled
    if start and end and start > end:
        raise reject("since is after until")
    return EventFilters(
        country=country_code(country),
        since=start,
        until=end,
        event_type=kind,
        actor=clean_text_param("actor", actor),
        bbox=parse_bbox(bbox),
        disputed=disputed,
        min_sources=min_sources,
    )
