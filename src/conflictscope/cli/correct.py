"""`conflictscope correct`: an analyst's corrections of a fused event, kept across re-fusion."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import List, Optional

import typer

from conflictscope.cli._app import app, report_error
from conflictscope.cli.ingest import DbOpt, open_or_exit
from conflictscope.types import Location


def _usage(message: str) -> typer.Exit:
    report_error(f"{message} [CS010]")
    return typer.Exit(2)


def _place_from_gazetteer(name: str, country: Optional[str]) -> dict:
    from conflictscope.geo.gazetteer import default_gazetteer

    candidates = default_gazetteer().candidates(name)
    if country:
        candidates = [p for p in candidates if (p.country_code or "").upper() == country.upper()]
    if not candidates:
        raise _usage(f"--place: no place named {name!r} in the gazetteer" + (f" in {country.upper()}" if country else "") + " (give --lat and --lon instead)")
    towns = [p for p in candidates if p.feature == "city"]
    place = max(towns, key=lambda p: p.population) if towns else candidates[0]
    return asdict(Location.from_place(place, 1 if place.feature == "city" else 3))


@app.command("correct")
def correct_cli(
    event_id: str = typer.Argument(..., help="The fused event's id (see `conflictscope events`)."),
    db: Optional[str] = DbOpt,
    event_type: Optional[str] = typer.Option(None, "--event-type", help="ACLED event type."),
    sub_event_type: Optional[str] = typer.Option(None, "--sub-event-type", help="ACLED sub-event type."),
    day: Optional[str] = typer.Option(None, "--date", help="The event's day (YYYY-MM-DD)."),
    time_precision: Optional[int] = typer.Option(None, "--time-precision", help="1 day, 2 week, 3 month."),
    place: Optional[str] = typer.Option(None, "--place", help="A place name looked up in the gazetteer (the largest town of that name; narrow it with --country)."),
    lat: Optional[float] = typer.Option(None, "--lat", help="Latitude, with --lon and --location-name, for a place not in the gazetteer."),
    lon: Optional[float] = typer.Option(None, "--lon", help="Longitude."),
    location_name: Optional[str] = typer.Option(None, "--location-name", help="The location's name, with --lat/--lon."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO2 country of the place."),
    admin1: Optional[str] = typer.Option(None, "--admin1", help="First-level region of a --lat/--lon place."),
    geo_precision: Optional[int] = typer.Option(None, "--geo-precision", help="ACLED geo_precision of the corrected place (1-3)."),
    actor1: Optional[str] = typer.Option(None, "--actor1", help="Actor 1's name (give its kind with --actor1-kind)."),
    actor1_kind: Optional[str] = typer.Option(None, "--actor1-kind", help="state_forces, rebel_group, political_militia, identity_militia, rioters, protesters, civilians, external_forces."),
    actor1_country: Optional[str] = typer.Option(None, "--actor1-country", help="Actor 1's ISO2 country."),
    actor2: Optional[str] = typer.Option(None, "--actor2", help="Actor 2's name (give its kind with --actor2-kind)."),
    actor2_kind: Optional[str] = typer.Option(None, "--actor2-kind", help="Actor 2's kind."),
    actor2_country: Optional[str] = typer.Option(None, "--actor2-country", help="Actor 2's ISO2 country."),
    no_actor2: bool = typer.Option(False, "--no-actor2", help="The event has no second actor."),
    fatalities: Optional[int] = typer.Option(None, "--fatalities", min=0, help="The fatality figure to report."),
    fatalities_low: Optional[int] = typer.Option(None, "--fatalities-low", min=0),
    fatalities_high: Optional[int] = typer.Option(None, "--fatalities-high", min=0),
    injuries: Optional[int] = typer.Option(None, "--injuries", min=0),
    civilian_targeting: Optional[bool] = typer.Option(None, "--civilian-targeting/--no-civilian-targeting"),
    disputed: Optional[bool] = typer.Option(None, "--disputed/--not-disputed"),
    notes: Optional[str] = typer.Option(None, "--notes", help="Replace the event's notes."),
    clear: Optional[List[str]] = typer.Option(None, "--clear", help="Drop an earlier correction of this field (repeatable): fusion's value comes back."),
    analyst: Optional[str] = typer.Option(None, "--analyst", help="Who made the correction."),
    why: Optional[str] = typer.Option(None, "--why", help="Why (kept with the correction)."),
) -> None:
    """Correct a fused event's type, date, place, actors or figures; with no changes, show the event
    with its reports and correction history. Corrections are stored apart from fusion output and
    re-applied whenever the event is rebuilt (new reports, `ingest --refuse`).

    Exit codes: 0 done, 1 no such event, 2 invalid values.

    Examples:

      conflictscope correct 3f2a9c01d4e5b6a7 --fatalities 6 --why "hospital list"

      conflictscope correct 3f2a9c01d4e5b6a7 --actor1 "Military Forces of Turkey" --actor1-kind state_forces --actor1-country TR

      conflictscope correct 3f2a9c01d4e5b6a7 --place Tartus --country SY
    """
    from conflictscope.store import fusion, queries

    changes: dict = {}
    for name, value in (
        ("event_type", event_type),
        ("sub_event_type", sub_event_type),
        ("date", day),
        ("time_precision", time_precision),
        ("fatalities", fatalities),
        ("fatalities_low", fatalities_low),
        ("fatalities_high", fatalities_high),
        ("injuries", injuries),
        ("civilian_targeting", civilian_targeting),
        ("disputed", disputed),
        ("notes", notes),
    ):
        if value is not None:
            changes[name] = value
    if event_type and not sub_event_type:
        from conflictscope.knowledge import load_taxonomy

        subs = load_taxonomy().sub_event_types.get(event_type)
        if subs and len(subs) == 1:
            changes["sub_event_type"] = subs[0]
    if place and (lat is not None or lon is not None):
        raise _usage("give either --place or --lat/--lon, not both")
    if place:
        changes["location"] = _place_from_gazetteer(place, country)
        if geo_precision:
            changes["location"]["geo_precision"] = geo_precision
    elif lat is not None or lon is not None:
        if lat is None or lon is None or not location_name:
            raise _usage("a location needs --lat, --lon and --location-name")
        changes["location"] = {"name": location_name, "country_code": country, "admin1": admin1, "latitude": lat, "longitude": lon, "geonameid": None, "geo_precision": geo_precision or 1}
    for field_name, name, kind, cc in (("actor1", actor1, actor1_kind, actor1_country), ("actor2", actor2, actor2_kind, actor2_country)):
        if name or kind or cc:
            if not (name and kind):
                raise _usage(f"--{field_name} needs both a name and --{field_name}-kind")
            changes[field_name] = {"name": name, "kind": kind, "country_code": cc}
    if no_actor2:
        if "actor2" in changes:
            raise _usage("--no-actor2 and --actor2 contradict each other")
        changes["actor2"] = {}
    for name in clear or []:
        if name not in fusion.CORRECTABLE:
            raise _usage(f"--clear: {name!r} is not a correctable field ({', '.join(fusion.CORRECTABLE)})")
        if name in changes:
            raise _usage(f"--clear {name} and a new value for it contradict each other")
        changes[name] = None

    store = open_or_exit(db, create=False)
    try:
        if not changes:
            event = queries.get_event(store, event_id)
            if event is None:
                report_error(f"{event_id}: no such event in {store.display_url} [CS031]")
                raise typer.Exit(1)
        else:
            try:
                event = queries.add_correction(store, event_id, changes, analyst=analyst, note=why)
            except KeyError:
                report_error(f"{event_id}: no such event in {store.display_url} [CS031]")
                raise typer.Exit(1)
            except queries.CorrectionError as exc:
                raise _usage(str(exc))
    finally:
        store.close()
    print(json.dumps(event, ensure_ascii=False, indent=2))
    raise typer.Exit(0)
