"""`conflictscope eval`: measure the extractor on gold data (ACLED exports, geoparsing corpora, GTD)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from conflictscope.cli._app import command_group, report_error

eval_app = command_group("eval", "Measure conflictscope on gold data: ACLED exports, geoparsing corpora, GTD summaries.")

GoldArg = typer.Argument(..., help="The gold file.", show_default=False)
LimitOpt = typer.Option(None, "--limit", help="Score only the first N items.")
ReportOpt = typer.Option(None, "--report", help="Write an HTML error report (every miss, the text and our output) here.")
JsonOpt = typer.Option(False, "--json", help="Print the metrics as JSON instead of a table.")


def _check(gold: Path, limit: Optional[int], report: Optional[Path]) -> None:
    """Exit 2 with one line for options we cannot work with, before any extraction starts."""
    if limit is not None and limit < 1:
        _usage(f"--limit must be at least 1, not {limit}")
    if not gold.exists():
        _usage(f"{gold}: no such file")
    if not gold.is_file():
        _usage(f"{gold}: not a file")
    try:
        with open(gold, "rb"):
            pass
    except OSError as exc:
        _usage(f"{gold}: cannot read ({exc.strerror or exc})")
    if report is not None:
        parent = report.expanduser().resolve().parent
        if not parent.is_dir():
            _usage(f"--report {report}: folder {parent} does not exist")
        if report.is_dir():
            _usage(f"--report {report}: is a folder")


def _usage(message: str) -> None:
    report_error(message)
    raise typer.Exit(2)


def _progress(label: str, quiet: bool):
    from conflictscope.eval.report import iter_progress

    enabled = sys.stderr.isatty() and not quiet

    def wrap(items, total):
        return iter_progress(items, total, label, enabled)

    return wrap


def _finish(result, report: Optional[Path], as_json: bool, command: str) -> None:
    from conflictscope.eval.report import render_console, render_html, write_json

    if report is not None:
        try:
            with open(report, "w", encoding="utf-8") as handle:
                render_html(result, handle, command=command)
        except OSError as exc:
            report_error(f"--report {report}: cannot write ({exc.strerror or exc})")
            raise typer.Exit(2)
    if as_json:
        write_json(result, sys.stdout)
    else:
        from rich.console import Console

        console = Console()
        render_console(result, console)
        if report is not None:
            console.print(f"error report: {report} ({len(result.misses)} misses)")
    raise typer.Exit(1 if result.failed else 0)


def _command_line() -> str:
    return " ".join(["conflictscope", *sys.argv[1:]])


@eval_app.command("acled")
def acled_cli(
    gold: Path = GoldArg,
    limit: Optional[int] = LimitOpt,
    report: Optional[Path] = ReportOpt,
    as_json: bool = JsonOpt,
    historical: bool = typer.Option(
        False, "--historical", help="Also score events flagged historical (background), which the CSV export leaves out."
    ),
) -> None:
    """Score event type, sub-event type, date, location, fatalities and actor kind against an ACLED export.

    Each row's notes are extracted with the row's event_date as the publication date. Events flagged
    historical (past events told as background) are left out, as in the CSV export, unless --historical.

    Examples:

      conflictscope eval acled acled_export.csv --limit 500

      conflictscope eval acled acled_export.csv --report errors.html --json
    """
    from conflictscope.eval.acled import GoldFileError, read_acled, score_acled

    _check(gold, limit, report)
    try:
        rows = read_acled(gold)
    except (GoldFileError, OSError) as exc:
        _usage(f"{gold}: {exc}")
    if not rows:
        _usage(f"{gold}: no rows with notes")
    rows = rows[:limit] if limit else rows
    result = score_acled(rows, source=str(gold), progress=_progress("scoring notes", as_json), historical=historical)
    _finish(result, report, as_json, _command_line())


@eval_app.command("geo")
def geo_cli(
    corpus: Path = typer.Argument(..., help="GeoWebNews, LGL, TR-News or GeoVirus XML.", show_default=False),
    fmt: str = typer.Option("auto", "--format", "-f", help="auto, gwn (GeoWebNews, LGL, TR-News: 0-based offsets) or geovirus (1-based)."),
    adjectives: bool = typer.Option(False, "--adjectives", help="Also score adjectival uses of place names (\"Syrian\")."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N articles."),
    report: Optional[Path] = ReportOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Score geoparsing: recall of gold toponyms, accuracy within 161 km of those found, precision.

    Examples:

      conflictscope eval geo GWN.xml

      conflictscope eval geo GeoVirus.xml --format geovirus --report geo-errors.html
    """
    from conflictscope.eval.geo import CorpusError, read_corpus, score_geo

    if fmt not in ("auto", "gwn", "geovirus"):
        _usage(f"--format must be auto, gwn or geovirus, not {fmt!r}")
    _check(corpus, limit, report)
    try:
        parsed = read_corpus(corpus, fmt)
    except (CorpusError, OSError) as exc:
        _usage(f"{corpus}: {exc}")
    if not parsed.articles:
        _usage(f"{corpus}: no articles")
    result = score_geo(parsed, limit=limit, adjectives=adjectives, source=str(corpus), progress=_progress("geoparsing", as_json))
    _finish(result, report, as_json, _command_line())


@eval_app.command("claims")
def claims_cli(
    gold: Path = GoldArg,
    limit: Optional[int] = LimitOpt,
    report: Optional[Path] = ReportOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Score responsibility claims (precision, recall, F1) and killed/wounded on GTD incident summaries.

    Examples:

      conflictscope eval claims gtd_export.csv --report claims-errors.html
    """
    from conflictscope.eval.acled import GoldFileError
    from conflictscope.eval.claims import read_gtd, score_claims

    _check(gold, limit, report)
    try:
        rows = read_gtd(gold)
    except (GoldFileError, OSError) as exc:
        _usage(f"{gold}: {exc}")
    if not rows:
        _usage(f"{gold}: no rows with a summary")
    rows = rows[:limit] if limit else rows
    result = score_claims(rows, source=str(gold), progress=_progress("scoring summaries", as_json))
    _finish(result, report, as_json, _command_line())
