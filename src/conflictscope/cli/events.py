"""`conflictscope events`: query fused events in the store."""

from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from conflictscope.cli._app import OutOpt, app, report_error
from conflictscope.cli.ingest import DbOpt, open_or_exit


class EventsFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"


CountryOpt = typer.Option(None, "--country", help="ISO 3166-1 country code (alpha-2 such as SY, or alpha-3 such as SYR).")
SinceOpt = typer.Option(None, "--since", help="Events on or after this day (YYYY-MM-DD).")
UntilOpt = typer.Option(None, "--until", help="Events on or before this day (YYYY-MM-DD).")
TypeOpt = typer.Option(None, "--type", help="An ACLED event type or sub-event type, e.g. Battles or 'Air/drone strike'.")
ActorOpt = typer.Option(None, "--actor", help="Part of an actor's name (either side, any case).")
BboxOpt = typer.Option(None, "--bbox", help="West,South,East,North in degrees.")
DisputedOpt = typer.Option(False, "--disputed", help="Only events whose sources conflict.")
MinSourcesOpt = typer.Option(None, "--min-sources", min=1, help="Only events told by at least this many distinct reports.")


def _usage(message: str) -> typer.Exit:
    report_error(f"{message} [CS010]")
    return typer.Exit(2)


def build_filters(country, since, until, event_type, actor, bbox, disputed, min_sources):
    """EventFilters from command-line values; invalid values exit with code 2."""
    from conflictscope.store.queries import EventFilters

    code = None
    if country:
        import pycountry

        value = country.strip().upper()
        found = pycountry.countries.get(alpha_2=value) if len(value) == 2 else pycountry.countries.get(alpha_3=value) if len(value) == 3 else None
        if found is None:
            raise _usage(f"--country: unknown country code {country!r} (use ISO codes such as SY or SYR)")
        code = found.alpha_2

    def day(value, name):
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _usage(f"{name}: invalid date {value!r}, expected YYYY-MM-DD") from None

    box = None
    if bbox:
        try:
            parts = [float(x) for x in bbox.split(",")]
        except ValueError:
            parts = []
        if len(parts) != 4 or not (-180 <= parts[0] <= 180 and -180 <= parts[2] <= 180 and -90 <= parts[1] <= parts[3] <= 90):
            raise _usage(f"--bbox: expected West,South,East,North in degrees (south <= north), got {bbox!r}")
        box = tuple(parts)
    start, end = day(since, "--since"), day(until, "--until")
    if start and end and start > end:
        raise _usage("--since is after --until")
    return EventFilters(
        country=code,
        since=start,
        until=end,
        event_type=event_type,
        actor=actor,
        bbox=box,
        disputed=True if disputed else None,
        min_sources=min_sources,
    )


@app.command("events")
def events_cli(
    db: Optional[str] = DbOpt,
    country: Optional[str] = CountryOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    event_type: Optional[str] = TypeOpt,
    actor: Optional[str] = ActorOpt,
    bbox: Optional[str] = BboxOpt,
    disputed: bool = DisputedOpt,
    min_sources: Optional[int] = MinSourcesOpt,
    fmt: Optional[EventsFormat] = typer.Option(None, "--format", "-f", help="table on a terminal, else jsonl."),
    output: Optional[Path] = OutOpt,
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many events (table: 100 unless given)."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many events first."),
) -> None:
    """List fused events from the store, newest first.

    Examples:

      conflictscope events --country SY --since 2019-01-01 --type 'Air/drone strike'

      conflictscope events --bbox 35.5,34.5,36.5,35.5 --disputed -f geojson -o strikes.geojson
    """
    from conflictscope.store import export, queries

    filters = build_filters(country, since, until, event_type, actor, bbox, disputed, min_sources)
    chosen = fmt or (EventsFormat.table if output is None and sys.stdout.isatty() else EventsFormat.jsonl)
    store = open_or_exit(db, create=False)
    try:
        if chosen == EventsFormat.table:
            from rich.console import Console

            page = queries.list_events(store, filters, limit=limit or 100, offset=offset)
            total = queries.count_events(store, filters)
            handle = open(output, "w", encoding="utf-8") if output else None
            try:
                export.render_table(page, Console(file=handle) if handle else Console(), total=total)
            finally:
                if handle:
                    handle.close()
        else:
            events = queries.list_events(store, filters, limit=limit, offset=offset) if limit else _skip(queries.iter_events(store, filters), offset)
            handle = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
            try:
                {EventsFormat.csv: export.write_csv, EventsFormat.jsonl: export.write_jsonl, EventsFormat.geojson: export.write_geojson}[chosen](events, handle)
            finally:
                if output:
                    handle.close()
    finally:
        store.close()
    raise typer.Exit(0)


def _skip(events, offset: int):
    for i, event in enumerate(events):
        if i >= offset:
            yield event
