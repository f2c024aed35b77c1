"""A terminal table of events (rich), with per-document errors listed below it."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from conflictscope.output import DocumentResult
from conflictscope.types import Actor, Event

_STANCE = {"asserts": "says", "accuses": "accuses", "claims_responsibility": "claims", "denies": "denies"}


def _actor(actor: Actor | None) -> str:
    return f"{actor.name} ({actor.kind.replace('_', ' ')})" if actor else "-"


def _claims(event: Event) -> str:
    parts = []
    for c in event.claims:
        bits = [f"{c.speaker.name} {_STANCE.get(c.stance, c.stance)}"]
        if c.fatalities is not None:
            bits.append(f"{c.fatalities} killed")
        if c.injuries is not None:
            bits.append(f"{c.injuries} injured")
        parts.append(" ".join(bits))
    return "; ".join(parts) or "-"


def _location(event: Event) -> str:
    loc = event.location
    if loc is None:
        return "-"
    extra = ", ".join(x for x in (loc.admin1, loc.country_code) if x)
    return f"{loc.name} ({extra})" if extra else loc.name


def render_table(results: Iterable[DocumentResult], console: Console) -> None:
    """Print one row per event (historical events marked) and then the list of errors."""
    table = Table(title="Events", show_lines=False, expand=False)
    for name in ("Doc", "Date", "Type / sub-type", "Location", "Actors", "Killed / injured", "Claims", "Disputed"):
        table.add_column(name, overflow="fold")
    errors: list[str] = []
    count = 0
    for result in results:
        if result.error:
            errors.append(result.error)
        for e in result.events:
            count += 1
            date = e.date.isoformat() if e.date else "?"
            if e.historical:
                date += " (past)"
            killed = str(e.fatalities) if e.fatalities_stated else f"{e.fatalities}?"
            injured = "-" if e.injuries is None else str(e.injuries)
            table.add_row(
                result.id,
                date,
                f"{e.event_type} / {e.sub_event_type}",
                _location(e),
                f"{_actor(e.actor1)} vs {_actor(e.actor2)}" if e.actor2 else _actor(e.actor1),
                f"{killed} / {injured}",
                _claims(e),
                "yes" if e.disputed else "",
            )
    if count:
        console.print(table)
    else:
        console.print("No events found.")
    if errors:
        console.print(f"[bold red]{len(errors)} document(s) could not be processed:[/]")
        for message in errors:
            console.print(f"  - {message}", markup=False, highlight=False)
