"""`conflictscope ingest`: reports into the event store, fused across reports."""

from __future__ import annotations

import sys
from typing import List, Optional

import typer

from conflictscope.cli._app import MaxBytesOpt, PublishedOpt, app, report_error
from conflictscope.cli.extract import _published_or_exit, with_progress
from conflictscope.errors import ConflictscopeError, InputError
from conflictscope.output import DocumentResult

DbOpt = typer.Option(
    None,
    "--db",
    envvar="CONFLICTSCOPE_DB",
    help="The store: a SQLite file (default ./conflictscope.db) or postgresql://user:pass@host:port/name.",
)


def open_or_exit(db: Optional[str], *, create: bool = True):
    """Open the store or exit with code 2 and a one-line message. Commands that only read
    (``create=False``) refuse a SQLite file that does not exist rather than make an empty one."""
    from conflictscope.store import open_store
    from conflictscope.store.session import normalize_url

    try:
        url = normalize_url(db)
        if not create and url.startswith("sqlite:///"):
            from pathlib import Path

            from sqlalchemy.engine import make_url

            path = make_url(url).database
            if path and path != ":memory:" and not Path(path).exists():
                report_error(f"{path}: no store here (create one with `conflictscope ingest --db {path} ...`) [CS030]")
                raise typer.Exit(2)
        return open_store(db)
    except ConflictscopeError as exc:
        report_error(exc.one_line())
        raise typer.Exit(2)


@app.command("ingest")
def ingest_cli(
    inputs: Optional[List[str]] = typer.Argument(
        None, help="Text, HTML, .jsonl, RSS/Atom (.rss/.atom/.xml) or WARC files, folders, or - for standard input."
    ),
    db: Optional[str] = DbOpt,
    published: Optional[str] = PublishedOpt,
    max_bytes: int = MaxBytesOpt,
    refuse: bool = typer.Option(False, "--refuse", help="Re-fuse every stored event from scratch (ids and corrections kept), after ingesting any inputs."),
) -> None:
    """Store reports and their events, fusing reports of the same incident.

    Each document is committed on its own: re-running after an interruption (even kill -9) stores
    every document exactly once, and a document already stored (same text) is skipped. Near-identical
    copies of one story count as one source. Bad documents are recorded (see the ingest_errors
    table) and the run goes on; the exit code is then 1.

    Examples:

      conflictscope ingest reports/ --db conflict.db

      conflictscope ingest feed.rss crawl.warc.gz --db postgresql://me:secret@localhost/conflict
    """
    from conflictscope.ingest.readers import parse_published
    from conflictscope.store import queries
    from conflictscope.store.inputs import iter_inputs

    day = _published_or_exit(published, parse_published)
    if not inputs and refuse:
        inputs = []
    elif not inputs:
        inputs = ["-"]
    store = open_or_exit(db)
    counts = {"stored": 0, "exists": 0, "duplicates": 0, "failed": 0, "events": 0}

    def failed(origin: str, message: str, code: str | None, doc_id: str) -> DocumentResult:
        report_error(message)
        queries.record_error(store, origin, message, code)
        counts["failed"] += 1
        return DocumentResult(id=doc_id, events=[], error=message)

    def results():
        if not inputs:
            return
        extractor = None
        for item in iter_inputs(inputs, published=day, max_bytes=max_bytes):
            if isinstance(item, InputError):
                yield failed(item.source or "-", item.one_line(), item.code, item.source or "")
                continue
            if extractor is None:
                from conflictscope.pipeline import Extractor

                extractor = Extractor.default()
            try:
                outcome = queries.ingest_document(store, item, extractor)
            except ConflictscopeError as exc:
                exc.source = exc.source or item.id
                yield failed(item.id, exc.one_line(), exc.code, item.id)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
                from sqlalchemy.exc import OperationalError

                if isinstance(exc, OperationalError):
                    raise  # the database itself is failing: stop rather than record thousands
                message = f"{item.id}: internal error while ingesting: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
                yield failed(item.id, message, None, item.id)
                continue
            counts[outcome.status] += 1
            counts["duplicates"] += outcome.duplicate_of is not None
            counts["events"] += len(outcome.events)
            yield DocumentResult(id=item.id, events=outcome.events, error=None, source=item.source)

    try:
        for _ in with_progress(results(), "ingesting"):
            pass
        if refuse:
            n = queries.refuse(store)
            print(f"conflictscope: re-fused the store: {n:,} fused events", file=sys.stderr)
        totals = queries.stats(store)
    except ConflictscopeError as exc:
        report_error(exc.one_line())
        raise typer.Exit(2)
    finally:
        store.close()
    if inputs:
        print(
            f"conflictscope: {counts['stored']:,} documents stored ({counts['duplicates']:,} near-duplicate copies), "
            f"{counts['exists']:,} already stored, {counts['failed']:,} failed; {counts['events']:,} events found; "
            f"the store has {totals['documents']:,} documents and {totals['fused_events']:,} fused events",
            file=sys.stderr,
        )
    raise typer.Exit(1 if counts["failed"] else 0)
