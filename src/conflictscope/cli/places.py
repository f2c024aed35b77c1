"""`conflictscope places`: geoparsing on its own, as users of Mordecai do."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from conflictscope.cli._app import FormatOpt, InputsArg, MaxBytesOpt, OutOpt, OutputFormat, app, resolve_format
from conflictscope.cli.extract import run_documents
from conflictscope.output import DocumentResult


def place_record(mention) -> dict:
    p = mention.place
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "name": p.name,
        "country_code": p.country_code,
        "admin1": p.admin1,
        "feature": p.feature,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "geonameid": p.geonameid,
    }


@app.command("places")
def places_cli(
    inputs: Optional[List[str]] = InputsArg,
    fmt: Optional[OutputFormat] = FormatOpt,
    output: Optional[Path] = OutOpt,
    max_bytes: int = MaxBytesOpt,
) -> None:
    """Find and resolve every place name in the reports (GeoNames ids and coordinates).

    Writes one line per document: {"id", "places": [{"text", "start", "end", "name",
    "country_code", "latitude", "longitude", "geonameid"}], "error"}.
    """
    from conflictscope.pipeline import Extractor

    extractor = Extractor.default()
    rows = []

    def work(document):
        result = DocumentResult(id=document.id, events=[], error=None, text=document.text)
        result.places = [place_record(m) for m in extractor.places(document)]  # type: ignore[attr-defined]
        return result

    handle = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    chosen = resolve_format(fmt, output)
    failed = 0
    try:
        for result in run_documents(inputs or ["-"], None, max_bytes, work):
            failed += result.error is not None
            record = {"id": result.id, "places": getattr(result, "places", []), "error": result.error}
            if chosen == OutputFormat.json:
                rows.append(record)
            elif chosen == OutputFormat.csv:
                rows.extend({"id": result.id, **p} for p in record["places"])
            elif chosen == OutputFormat.table:
                for p in record["places"]:
                    handle.write(f"{result.id}\t{p['start']}-{p['end']}\t{p['text']}\t{p['name']}\t{p['country_code']}\t{p['latitude']:.4f},{p['longitude']:.4f}\t{p['geonameid']}\n")
            else:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        if chosen == OutputFormat.json:
            json.dump(rows, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        elif chosen == OutputFormat.csv:
            import csv

            fields = ["id", "text", "start", "end", "name", "country_code", "admin1", "feature", "latitude", "longitude", "geonameid"]
            writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    finally:
        if output:
            handle.close()
    raise typer.Exit(1 if failed else 0)
