"""`conflictscope gazetteer import|info|reset-imports`: villages beyond cities500 from GeoNames dumps."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import List, Optional

import typer

from conflictscope.cli._app import command_group, report_error

gazetteer_app = command_group("gazetteer", "The place index: import GeoNames dump files (villages beyond cities500), show what it holds, remove imports.")

FEATURE_CLASSES = {"P": "populated places (towns, villages)", "A": "administrative areas below the first level (districts)"}


def _usage(message: str) -> None:
    report_error(message)
    raise typer.Exit(2)


def _listed(values: List[str]) -> list[str]:
    """Upper-cased items of repeated and comma-separated options: ["P,a", "A"] -> ["P", "A", "A"]."""
    return [part.strip().upper() for value in values for part in value.split(",") if part.strip()]


def _feature_classes(values: List[str]) -> frozenset[str]:
    chosen = set()
    for part in _listed(values):
        if part not in FEATURE_CLASSES:
            _usage(f"--feature-class {part}: use P (populated places) or A (districts and other administrative areas)")
        chosen.add(part)
    return frozenset(chosen or {"P"})


def _countries(values: List[str]) -> frozenset[str]:
    import pycountry

    chosen = set()
    for part in _listed(values):
        if len(part) != 2 or not part.isalpha() or (pycountry.countries.get(alpha_2=part) is None and part != "XK"):
            _usage(f"--country {part}: not an ISO 3166-1 alpha-2 country code (e.g. AF, UA, NG)")
        chosen.add(part)
    return frozenset(chosen)


class _Progress:
    """A rich progress bar per file on a terminal; nothing otherwise."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.bar = None

    def __enter__(self):
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )

            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.bar.__enter__()
        return self

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)

    def task(self, label: str):
        if self.bar is None:
            return None
        task_id = self.bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            self.bar.update(task_id, completed=done, total=total)

        return update


@gazetteer_app.command("import")
def import_cli(
    files: List[Path] = typer.Argument(
        ...,
        help="GeoNames dump files: allCountries.zip, a country's XX.zip, cities500.zip..., the unzipped .txt, "
        "or alternateNamesV2.zip/.txt (more names for places already known).",
        show_default=False,
    ),
    feature_class: List[str] = typer.Option(
        ["P"], "--feature-class", "-c",
        help="GeoNames feature classes to import: P populated places, A districts and other areas below the "
        "first level (imported as regions). Repeat or comma-separate: -c P -c A.",
    ),
    min_population: int = typer.Option(0, "--min-population", min=0, help="Only places with at least this population (GeoNames gives 0 for most villages)."),
    country: List[str] = typer.Option([], "--country", help="Only places in these countries (ISO 3166-1 alpha-2; repeat or comma-separate)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Add places from GeoNames dump files to the gazetteer (streamed: allCountries.zip works).

    Imported places are kept in a file of their own next to the index (gazetteer-imports.sqlite, or
    $CONFLICTSCOPE_GAZETTEER_IMPORTS), so they survive rebuilds of the base index, and take part in
    place resolution like cities500's. Importing a file again replaces its rows. A bad row is reported
    with its line number and skipped. Exit status: 0 when every file and row was imported, 1 when a
    file or some rows could not be, 2 for invalid options.
    """
    from conflictscope.errors import ConflictscopeError
    from conflictscope.geo.gazetteer import Gazetteer
    from conflictscope.geo.imports import ImportFileError, ImportOptions, ImportStore

    options = ImportOptions(
        feature_classes=_feature_classes(feature_class), min_population=min_population, countries=_countries(country)
    )
    readable = []
    failed = False
    for path in files:
        if not path.exists():
            report_error(f"{path}: no such file [{ImportFileError.code}]")
            failed = True
        elif not path.is_file():
            report_error(f"{path}: not a file [{ImportFileError.code}]")
            failed = True
        else:
            readable.append(path)
    if not readable:
        raise typer.Exit(1)  # nothing to import: the imports file is not even created
    try:
        store = ImportStore()
    except (ConflictscopeError, OSError) as exc:
        report_error(exc.one_line() if isinstance(exc, ConflictscopeError) else f"imports file: {exc}")
        raise typer.Exit(1)

    base_cache: dict = {}

    def base_places():
        if "rows" not in base_cache:
            gaz = Gazetteer.open(imports=False)
            try:
                base_cache["rows"] = gaz.places_by_geonameid()
            finally:
                gaz.close()
        return base_cache["rows"]

    try:
        with _Progress(sys.stderr.isatty() and not quiet) as progress:
            for path in readable:
                try:
                    result = store.import_file(path, options, base_places, progress.task(f"importing {path.name}"))
                except ImportFileError as exc:
                    report_error(exc.one_line())
                    failed = True
                    continue
                except ConflictscopeError as exc:
                    report_error(exc.one_line())
                    failed = True
                    continue
                except OSError as exc:
                    report_error(f"{path}: cannot read: {exc.strerror or exc}")
                    failed = True
                    continue
                for line in result.errors:
                    report_error(line)
                if result.bad > len(result.errors):
                    report_error(f"{result.file}: {result.bad - len(result.errors):,} more bad rows skipped")
                failed = failed or result.bad > 0
                what = f"{result.places:,} places" if result.kind == "geonames" else "names for known places"
                print(
                    f"{result.file}: {result.rows:,} rows read, {what}, {result.names:,} new names, "
                    f"{result.skipped:,} left out by the filters or already known, {result.bad:,} bad rows "
                    f"({result.seconds:.1f} s)"
                )
    except sqlite3.Error as exc:
        report_error(f"{store.path}: cannot write the imports file: {exc}")
        failed = True
    finally:
        store.close()
    raise typer.Exit(1 if failed else 0)


@gazetteer_app.command("info")
def info_cli(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Show what the index holds (places by kind, names) and every import (file, options, counts)."""
    from conflictscope.errors import ConflictscopeError
    from conflictscope.geo.gazetteer import Gazetteer
    from conflictscope.geo.imports import ImportStore, default_imports_path

    try:
        gaz = Gazetteer.open(imports=False)
        base = gaz.summary()
        gaz.close()
    except ConflictscopeError as exc:
        report_error(exc.one_line())
        raise typer.Exit(1)
    imports_path = default_imports_path()
    imports = {"path": str(imports_path), "present": imports_path.exists(), "sources": [], "totals": None}
    if imports_path.exists():
        try:
            store = ImportStore(imports_path)
        except (ConflictscopeError, sqlite3.Error, OSError) as exc:
            report_error(exc.one_line() if isinstance(exc, ConflictscopeError) else f"{imports_path}: {exc}")
            raise typer.Exit(1)
        imports["sources"] = store.sources()
        imports["totals"] = store.totals()
        store.close()
    if as_json:
        print(json.dumps({"index": base, "imports": imports}, indent=2))
        return
    print(f"index: {base['path']} (schema {base['schema']}, built in {base['built_seconds']} s)")
    kinds = ", ".join(f"{n:,} {k}" for k, n in sorted(base["places"].items(), key=lambda kv: -kv[1]))
    print(f"  {kinds}; {base['names']:,} names")
    if not imports["present"]:
        print(f"imports: none ({imports_path} does not exist; add places with `conflictscope gazetteer import FILE`)")
        return
    totals = imports["totals"]
    kinds = ", ".join(f"{n:,} {k}" for k, n in sorted(totals["places"].items())) or "no places"
    print(f"imports: {imports_path}")
    print(
        f"  {kinds} in {totals['countries']} countries; {totals['names']:,} names "
        f"({totals['base_places_with_new_names']:,} base-index places with more names)"
    )
    for s in imports["sources"]:
        options = f" [{s['options']}]" if s["options"] else ""
        print(
            f"  #{s['id']} {s['file']}{options}: {s['kind']}, {s['rows'] or 0:,} rows, {s['places'] or 0:,} places, "
            f"{s['names'] or 0:,} names, {s['bad'] or 0:,} bad rows, imported {s['imported_at']}"
        )


@gazetteer_app.command("reset-imports")
def reset_cli(
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Remove every imported place and name (the base index is left as it is)."""
    from conflictscope.geo.imports import default_imports_path, reset_imports

    path = default_imports_path()
    if not path.exists():
        print(f"no imports to remove ({path} does not exist)")
        return
    if not yes:
        if not sys.stdin.isatty():
            _usage("reset-imports: add --yes to remove the imports without a prompt")
        typer.confirm(f"Remove every imported place ({path})?", abort=True)
    reset_imports(path)
    print(f"removed {path}")
