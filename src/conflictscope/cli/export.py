"""`conflictscope export`: every fused event (or a filtered set) to a file."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from conflictscope.cli._app import app, report_error
from conflictscope.cli.events import (
    ActorOpt,
    BboxOpt,
    CountryOpt,
    DisputedOpt,
    MinSourcesOpt,
    SinceOpt,
    TypeOpt,
    UntilOpt,
    build_filters,
)
from conflictscope.cli.ingest import DbOpt, open_or_exit


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"
    parquet = "parquet"


@app.command("export")
def export_cli(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="csv (ACLED columns, then ours), jsonl, geojson or parquet."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="The file to write (standard output if omitted; required for parquet)."),
    db: Optional[str] = DbOpt,
    country: Optional[str] = CountryOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    event_type: Optional[str] = TypeOpt,
    actor: Optional[str] = ActorOpt,
    bbox: Optional[str] = BboxOpt,
    disputed: bool = DisputedOpt,
    min_sources: Optional[int] = MinSourcesOpt,
) -> None:
    """Export fused events: every event, or those matching the same filters as `events`.

    Examples:

      conflictscope export --format csv -o events.csv

      conflictscope export --format parquet -o events.parquet --country SY
    """
    from conflictscope.store import export, queries

    filters = build_filters(country, since, until, event_type, actor, bbox, disputed, min_sources)
    if fmt == ExportFormat.parquet and output is None:
        report_error("--format parquet needs --output FILE [CS010]")
        raise typer.Exit(2)
    store = open_or_exit(db, create=False)
    try:
        events = queries.iter_events(store, filters)
        if fmt == ExportFormat.parquet:
            n = export.write_parquet(events, output)
        else:
            handle = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
            try:
                writer = {ExportFormat.csv: export.write_csv, ExportFormat.jsonl: export.write_jsonl, ExportFormat.geojson: export.write_geojson}[fmt]
                n = writer(events, handle)
            finally:
                if output:
                    handle.close()
    finally:
        store.close()
    if output:
        print(f"conflictscope: wrote {n:,} events to {output}", file=sys.stderr)
    raise typer.Exit(0)
