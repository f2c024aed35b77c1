"""`conflictscope batch`: a corpus in, Parquet partitions of event mentions and fused events out."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Any, List, Optional

import typer

from conflictscope.cli._app import MaxBytesOpt, PublishedOpt, app, report_error
from conflictscope.cli.extract import _published_or_exit


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class _RichProgress:
    """A progress bar on partitions (and on fusion) on standard error."""

    def __init__(self, progress):
        self.progress = progress
        self.task = progress.add_task("partitions", total=None, docs=0, events=0, failed=0)

    def partitions_known(self, total: int) -> None:
        self.progress.update(self.task, total=total)

    def partition_done(self, index: int, manifest: dict[str, Any] | None, reused: bool) -> None:
        task = self.progress.tasks[self.task]
        fields = dict(task.fields)
        if manifest:
            fields["docs"] += manifest["n_documents"] + manifest["n_errors"]
            fields["events"] += manifest["n_events"]
            fields["failed"] += manifest["n_errors"]
        self.progress.update(self.task, advance=1, **fields)

    def stage(self, name: str, total: int | None = None):
        task = self.progress.add_task(name, total=total, docs=0, events=0, failed=0)
        return lambda n: self.progress.update(task, advance=n)


@app.command("batch")
def batch_cli(
    inputs: List[str] = typer.Argument(..., help="JSONL, text or HTML files, WARC files, feeds, folders, or - for standard input."),
    out: Path = typer.Option(..., "--out", help="Output folder (created; a second run over the same inputs resumes)."),
    engine: Optional[Engine] = typer.Option(None, "--engine", help="local processes (default) or dask (default with --scheduler)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="A running Dask scheduler, tcp://HOST:PORT (implies --engine dask)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Worker processes (default: the machine's cores). Ignored with --scheduler."),
    published: Optional[str] = PublishedOpt,
    partition_size: int = typer.Option(100, "--partition-size", min=1, help="Documents per partition."),
    max_bytes: int = MaxBytesOpt,
    redo: bool = typer.Option(False, "--redo", help="Extract every partition again, even those already done."),
) -> None:
    """Extract events from a corpus on local processes or a Dask cluster, then fuse and export them.

    Writes DIR/parts/ (per partition: event mentions, documents and errors as Parquet, and a
    manifest), DIR/store.db (the fused store), DIR/events.csv, events.jsonl, events.parquet,
    DIR/errors.jsonl and DIR/batch.json. Exit status 1 when some documents failed.

    Examples:

      conflictscope batch articles.jsonl --out run/ --workers 2

      conflictscope batch crawl.warc.gz --out run/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from conflictscope.batch import run_batch
    from conflictscope.errors import ConflictscopeError
    from conflictscope.ingest.readers import parse_published

    day = _published_or_exit(published, parse_published)
    if engine == Engine.local and scheduler:
        report_error("--scheduler needs --engine dask [CS010]")
        raise typer.Exit(2)
    if scheduler and "://" not in scheduler:
        report_error(f"--scheduler {scheduler!r}: expected an address such as tcp://HOST:8786 [CS010]")
        raise typer.Exit(2)
    chosen = (engine or (Engine.dask if scheduler else Engine.local)).value
    if chosen == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            report_error("--engine dask needs dask.distributed: pip install 'dask[distributed]' [CS010]")
            raise typer.Exit(2)
    if out.exists() and not out.is_dir():
        report_error(f"{out}: exists and is not a folder [CS010]")
        raise typer.Exit(2)

    def go(progress=None):
        return run_batch(
            inputs,
            out,
            engine=chosen,
            workers=workers,
            scheduler=scheduler,
            published=day,
            max_bytes=max_bytes,
            partition_size=partition_size,
            redo=redo,
            progress=progress,
        )

    try:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            columns = (
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[docs]} documents, {task.fields[events]} events, {task.fields[failed]} failed"),
                TimeElapsedColumn(),
            )
            with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
                summary = go(_RichProgress(bar))
        else:
            summary = go()
    except ConflictscopeError as exc:
        report_error(exc.one_line())
        raise typer.Exit(2)
    except OSError as exc:  # an unreachable scheduler, an unwritable folder
        report_error(f"{scheduler or out}: {type(exc).__name__}: {' '.join(str(exc).split())[:300]} [CS010]")
        raise typer.Exit(2)

    for index, message in sorted(summary.failed_partitions.items()):
        report_error(f"partition {index}: failed after retries: {message}")
    if summary.failed_documents:
        report_error(f"{summary.failed_documents:,} documents failed: see {out / 'errors.jsonl'}")
    print(
        f"conflictscope: {summary.documents:,} documents in {summary.partitions:,} partitions "
        f"({len(summary.extracted):,} extracted, {len(summary.reused):,} already done) on {summary.description}; "
        f"{summary.failed_documents:,} failed; {summary.mentions:,} event mentions fused into {summary.fused_events:,} events "
        f"in {summary.seconds.get('total', 0):.1f} s; wrote {out / 'events.csv'}, events.jsonl, events.parquet",
        file=sys.stderr,
    )
    raise typer.Exit(1 if summary.failed else 0)
