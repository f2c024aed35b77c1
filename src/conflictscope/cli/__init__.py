"""The `conflictscope` command. Each command lives in a module of its own and registers itself on
the shared app; this module only imports them."""

from __future__ import annotations

from conflictscope.cli import extract as _extract  # noqa: F401  (registers `extract`)
from conflictscope.cli import places as _places  # noqa: F401  (registers `places`)
from conflictscope.cli import correct, events, export, ingest  # noqa: F401  (register the store commands)
from conflictscope.cli import eval as _eval  # noqa: F401  (registers `eval acled|geo|claims`)
from conflictscope.cli import serve as _serve  # noqa: F401  (registers `serve`)
from conflictscope.cli import batch as _batch  # noqa: F401  (registers `batch`)
from conflictscope.cli import gazetteer as _gazetteer  # noqa: F401  (registers `gazetteer import|info|reset-imports`)
from conflictscope.cli._app import app


def main() -> None:
    app()
