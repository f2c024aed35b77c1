"""Writing fused events: JSONL, ACLED-style CSV, GeoJSON, Parquet and a terminal table.

* JSONL: one line per fused event, the output object of :mod:`conflictscope.store.queries`.
* CSV: ACLED's columns in ACLED's order, then ``extract``'s own columns (``conflictscope.output.csv``),
  then :data:`FUSED_COLUMNS`. ``source`` lists the reports' distinct source names joined by "; " as
  ACLED does; ``document_id`` is the first report's id; ``claims`` and ``evidence`` are compact JSON
  whose items carry the ``document_id`` their offsets point into; ``reports`` is compact JSON.
* GeoJSON: a FeatureCollection of Points (longitude, latitude); properties are the JSONL object
  without ``location``, plus ``location_name``, ``country_code``, ``admin1``, ``geo_precision``.
  Events without a location are left out.
* Parquet: the CSV's columns, typed (integers, floats, booleans, a date for ``event_date``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from conflictscope.output.csv import CSV_COLUMNS, event_row
from conflictscope.types import Actor, Claim, Event, Evidence, Location, Speaker

FUSED_COLUMNS: tuple[str, ...] = ("sources", "fatalities_low", "fatalities_high", "reports", "corrected")
EXPORT_COLUMNS: tuple[str, ...] = CSV_COLUMNS + FUSED_COLUMNS

_INT_COLUMNS = {"year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp", "injuries", "sources", "fatalities_low", "fatalities_high"}
_FLOAT_COLUMNS = {"latitude", "longitude"}
_BOOL_COLUMNS = {"fatalities_stated", "disputed"}


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def event_from_payload(p: dict[str, Any]) -> Event:
    """The :class:`Event` a fused event's output object describes."""

    def actor(d):
        return Actor(d["name"], d["kind"], d.get("country_code")) if d else None

    loc = p.get("location")
    return Event(
        id=p["id"],
        event_type=p["event_type"],
        sub_event_type=p["sub_event_type"],
        date=date.fromisoformat(p["date"]) if p.get("date") else None,
        time_precision=p.get("time_precision", 1),
        location=Location(**{k: loc.get(k) for k in ("name", "country_code", "admin1", "latitude", "longitude", "geonameid", "geo_precision")}) if loc else None,
        actor1=actor(p.get("actor1")),
        actor2=actor(p.get("actor2")),
        fatalities=p.get("fatalities") or 0,
        fatalities_stated=bool(p.get("fatalities_stated")),
        injuries=p.get("injuries"),
        civilian_targeting=bool(p.get("civilian_targeting")),
        claims=[
            Claim(
                speaker=Speaker(c["speaker"]["name"], c["speaker"]["kind"], c["speaker"].get("country_code")),
                stance=c["stance"],
                evidence=Evidence(c["evidence"]["text"], c["evidence"]["start"], c["evidence"]["end"]),
                via=c.get("via"),
                fatalities=c.get("fatalities"),
                injuries=c.get("injuries"),
            )
            for c in p.get("claims", [])
        ],
        disputed=bool(p.get("disputed")),
        historical=bool(p.get("historical")),
        evidence=[Evidence(e["text"], e["start"], e["end"]) for e in p.get("evidence", [])],
        notes=p.get("notes") or "",
        document_id=(p.get("reports") or [{}])[0].get("document_id") or "",
    )


def _alpha3(iso2: str | None) -> str:
    if not iso2:
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2.upper())
    return country.alpha_3 if country else ""


def csv_rows(events: Iterable[dict[str, Any]]) -> Iterable[dict[str, str]]:
    """One row (strings) per fused event, with ``event_id_cnty`` numbered per country."""
    per_country: Counter[str] = Counter()
    for p in events:
        event = event_from_payload(p)
        iso2 = event.location.country_code if event.location else None
        prefix = _alpha3(iso2) or "XXX"
        per_country[prefix] += 1
        names = []
        for r in p.get("reports", []):
            name = r.get("source") or r.get("document_id") or ""
            if name and name not in names:
                names.append(name)
        row = event_row(event, source="; ".join(names), event_id_cnty=f"{prefix}{per_country[prefix]}")
        row["claims"] = _compact(p.get("claims", []))
        row["evidence"] = _compact(p.get("evidence", []))
        row["sources"] = str(p.get("sources", ""))
        row["fatalities_low"] = "" if p.get("fatalities_low") is None else str(p["fatalities_low"])
        row["fatalities_high"] = "" if p.get("fatalities_high") is None else str(p["fatalities_high"])
        row["reports"] = _compact(p.get("reports", []))
        row["corrected"] = ",".join(p.get("corrected", []))
        yield row


def write_csv(events: Iterable[dict[str, Any]], fp: IO[str]) -> int:
    import csv

    writer = csv.DictWriter(fp, fieldnames=list(EXPORT_COLUMNS), lineterminator="\n", extrasaction="raise")
    writer.writeheader()
    n = 0
    for row in csv_rows(events):
        writer.writerow(row)
        n += 1
    return n


def write_jsonl(events: Iterable[dict[str, Any]], fp: IO[str]) -> int:
    n = 0
    for p in events:
        fp.write(json.dumps(p, ensure_ascii=False) + "\n")
        n += 1
    return n


def feature(p: dict[str, Any]) -> dict[str, Any] | None:
    loc = p.get("location")
    if not loc or loc.get("latitude") is None or loc.get("longitude") is None:
        return None
    props = {k: v for k, v in p.items() if k != "location"}
    props.update(
        location_name=loc.get("name"),
        country_code=loc.get("country_code"),
        admin1=loc.get("admin1"),
        geo_precision=loc.get("geo_precision"),
    )
    return {
        "type": "Feature",
        "id": p["id"],
        "geometry": {"type": "Point", "coordinates": [loc["longitude"], loc["latitude"]]},
        "properties": props,
    }


def write_geojson(events: Iterable[dict[str, Any]], fp: IO[str]) -> int:
    """A FeatureCollection, written feature by feature (exports of any size)."""
    fp.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for p in events:
        f = feature(p)
        if f is None:
            continue
        fp.write((",\n" if n else "") + json.dumps(f, ensure_ascii=False))
        n += 1
    fp.write("\n]}\n")
    return n


def _typed(column: str, value: str) -> Any:
    if column in _INT_COLUMNS:
        return int(value) if value != "" else None
    if column in _FLOAT_COLUMNS:
        return float(value) if value != "" else None
    if column in _BOOL_COLUMNS:
        return value == "true"
    if column == "event_date":
        return date.fromisoformat(value) if value else None
    return value


def parquet_schema():
    import pyarrow as pa

    fields = []
    for column in EXPORT_COLUMNS:
        if column in _INT_COLUMNS:
            kind = pa.int64()
        elif column in _FLOAT_COLUMNS:
            kind = pa.float64()
        elif column in _BOOL_COLUMNS:
            kind = pa.bool_()
        elif column == "event_date":
            kind = pa.date32()
        else:
            kind = pa.string()
        fields.append(pa.field(column, kind))
    return pa.schema(fields)


def write_parquet(events: Iterable[dict[str, Any]], path, batch: int = 5000) -> int:
    """Parquet with the CSV's columns, typed; written in row groups of ``batch`` events."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        rows: list[dict[str, Any]] = []

        def flush() -> None:
            columns = {c: [r[c] for r in rows] for c in EXPORT_COLUMNS}
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
            rows.clear()

        for row in csv_rows(events):
            rows.append({c: _typed(c, row[c]) for c in EXPORT_COLUMNS})
            n += 1
            if len(rows) >= batch:
                flush()
        if rows or n == 0:
            flush()
    return n


def render_table(events: Iterable[dict[str, Any]], console, total: int | None = None) -> int:
    """A terminal table, one row per fused event."""
    from rich.table import Table

    table = Table(title="Fused events", expand=False)
    table.add_column("ID", no_wrap=True)
    table.add_column("Date", no_wrap=True)
    for name in ("Sub-event type", "Location", "Actors", "Killed", "Sources", "Disputed"):
        table.add_column(name, overflow="fold")
    n = 0
    for p in events:
        n += 1
        loc = p.get("location")
        where = "-"
        if loc:
            extra = ", ".join(x for x in (loc.get("admin1"), loc.get("country_code")) if x)
            where = f"{loc['name']} ({extra})" if extra else loc["name"]
        actors = " vs ".join(a["name"] for a in (p.get("actor1"), p.get("actor2")) if a) or "-"
        killed = str(p["fatalities"]) if p.get("fatalities_stated") else "?"
        if p.get("fatalities_low") is not None and p.get("fatalities_low") != p.get("fatalities_high"):
            killed += f" ({p['fatalities_low']}-{p['fatalities_high']})"
        flags = "yes" if p.get("disputed") else ""
        if p.get("corrected"):
            flags = (flags + " corrected").strip()
        table.add_row(p["id"], p.get("date") or "?", p["sub_event_type"], where, actors, killed, str(p.get("sources", "")), flags)
    if n:
        console.print(table)
        if total is not None and total > n:
            console.print(f"{n} of {total} events shown (use --limit/--offset for more).")
    else:
        console.print("No events found.")
    return n
