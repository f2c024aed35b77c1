"""`conflictscope extract`: reports in, events out."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, List, Optional

import typer

from conflictscope.cli._app import (
    FormatOpt,
    InputsArg,
    MaxBytesOpt,
    OutOpt,
    OutputFormat,
    PublishedOpt,
    app,
    report_error,
    resolve_format,
)
from conflictscope.errors import ConflictscopeError, InputError
from conflictscope.output import DocumentResult


def run_documents(inputs: list[str], published: date | None, max_bytes: int, work) -> Iterator[DocumentResult]:
    """Read every input and apply ``work(document) -> DocumentResult``; bad documents become error
    results (reported on stderr) and never stop the batch."""
    from conflictscope.ingest.readers import read_inputs

    for item in read_inputs(inputs, published=published, max_bytes=max_bytes):
        if isinstance(item, InputError):
            report_error(item.one_line())
            yield DocumentResult.from_error(item)
            continue
        try:
            yield work(item)
        except ConflictscopeError as exc:  # a document the pipeline cannot handle
            exc.source = exc.source or item.id
            report_error(exc.one_line())
            yield DocumentResult(id=item.id, events=[], error=exc.one_line(), text=item.text)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop thousands
            message = f"{item.id}: internal error while extracting: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
            report_error(message)
            yield DocumentResult(id=item.id, events=[], error=message, text=item.text)


def with_progress(results: Iterable[DocumentResult], label: str) -> Iterator[DocumentResult]:
    """A progress line on standard error when it is a terminal (documents/s and events found)."""
    if not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} documents"),
        TextColumn("{task.fields[events]} events"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task(label, total=None, events=0, rate="")
        events = 0
        for result in results:
            events += len(result.events)
            elapsed = progress.tasks[0].elapsed or 0
            done = progress.tasks[0].completed + 1
            rate = f"{done / elapsed:.1f} docs/s" if elapsed > 0 else ""
            progress.update(task, advance=1, events=events, rate=rate)
            yield result


def write_results(results: Iterable[DocumentResult], fmt: OutputFormat, out: Optional[Path]) -> int:
    """Write results; return the number of failed documents."""
    from conflictscope.output import csv as csv_out
    from conflictscope.output import jsonl

    failed = 0

    def counted(items):
        nonlocal failed
        for r in items:
            failed += r.error is not None
            yield r

    stream = counted(results)
    handle = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if fmt == OutputFormat.jsonl:
            jsonl.write_jsonl(stream, handle)
        elif fmt == OutputFormat.json:
            jsonl.write_json(list(stream), handle)
        elif fmt == OutputFormat.csv:
            csv_out.write_csv(stream, handle)
        else:
            from rich.console import Console

            from conflictscope.output.table import render_table

            # A terminal gets its own width; a file or pipe gets a wide table rather than wrapped names.
            console = Console(file=handle, width=180) if out or not sys.stdout.isatty() else Console()
            render_table(list(stream), console)
    finally:
        if out:
            handle.close()
    return failed


@app.command("extract")
def extract_cli(
    inputs: Optional[List[str]] = InputsArg,
    published: Optional[str] = PublishedOpt,
    fmt: Optional[OutputFormat] = FormatOpt,
    output: Optional[Path] = OutOpt,
    max_bytes: int = MaxBytesOpt,
) -> None:
    """Extract ACLED-style events from news reports.

    Examples:

      conflictscope extract report.txt --published 2020-10-04

      conflictscope extract reports.jsonl -f csv -o events.csv

      cat report.html | conflictscope extract - -f json
    """
    from conflictscope.ingest.readers import parse_published
    from conflictscope.pipeline import Extractor

    day = _published_or_exit(published, parse_published)
    extractor = Extractor.default()

    def work(document):
        return DocumentResult(id=document.id, events=extractor.extract(document), error=None, text=document.text, source=document.source)

    results = with_progress(run_documents(inputs or ["-"], day, max_bytes, work), "extracting")
    failed = write_results(results, resolve_format(fmt, output), output)
    raise typer.Exit(1 if failed else 0)


def _published_or_exit(value, parse):
    if value is None:
        return None
    try:
        return parse(value)
    except ConflictscopeError as exc:
        report_error(exc.one_line())
        raise typer.Exit(2)
