"""The one typer app every command registers on, and the options commands share."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

def _typer(name: str, help: str) -> typer.Typer:
    # --help when called bare; no shell-completion install commands; errors as one line, not a traceback
    return typer.Typer(name=name, help=help, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


app = _typer("conflictscope", "Turn conflict news into geocoded, claim-aware ACLED-style events, offline.")


def command_group(name: str, help: str) -> typer.Typer:
    """A group of subcommands (``conflictscope eval acled``), registered on the app."""
    group = _typer(name, help)
    app.add_typer(group, name=name)
    return group


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


InputsArg = typer.Argument(None, help="Text, HTML or .jsonl files, folders, or - for standard input.")
PublishedOpt = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for documents that carry none.")
FormatOpt = typer.Option(None, "--format", "-f", help="Output format: table when writing to a terminal, else jsonl.")
OutOpt = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output.")
MaxBytesOpt = typer.Option(5_000_000, "--max-bytes", min=1, help="Refuse documents larger than this many bytes.")


def resolve_format(fmt: Optional[OutputFormat], out: Optional[Path]) -> OutputFormat:
    if fmt is not None:
        return fmt
    if out is None and sys.stdout.isatty():
        return OutputFormat.table
    return OutputFormat.jsonl


def report_error(message: str) -> None:
    """One line on standard error per failed document."""
    print(f"conflictscope: error: {message}", file=sys.stderr)


def version_callback(value: bool) -> None:
    if value:
        from conflictscope import __version__

        print(f"conflictscope {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True, help="Show the version and exit."),
) -> None:
    """Turn conflict news into geocoded, claim-aware ACLED-style events, offline."""
