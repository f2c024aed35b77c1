"""The `conflictscope` command. Each command lives in a module of its own and registers itself on
the shared app; this module only imports them."""

from __future__ import annotations

from conflictscope.nlp.gemm import one_blas_thread

one_blas_thread()  # before anything loads numpy (see nlp/gemm.py)

from conflictscope.cli import extract as _extract  # noqa: E402, F401  (registers `extract`)
from conflictscope.cli import places as _places  # noqa: E402, F401  (registers `places`)
from conflictscope.cli import correct, events, export, ingest  # noqa: E402, F401  (register the store commands)
from conflictscope.cli import eval as _eval  # noqa: E402, F401  (registers `eval acled|geo|claims`)
from conflictscope.cli import serve as _serve  # noqa: E402, F401  (registers `serve`)
from conflictscope.cli import batch as _batch  # noqa: E402, F401  (registers `batch`)
from conflictscope.cli import gazetteer as _gazetteer  # noqa: E402, F401  (registers `gazetteer import|info|reset-imports`)
from conflictscope.cli._app import app, report_error  # noqa: E402
from conflictscope.errors import UsageError  # noqa: E402
from conflictscope.nlp.gemm import gemm_backend  # noqa: E402


def main() -> None:
    try:
        gemm_backend()  # a bad setting is one error for the command, not one per document
    except UsageError as exc:
        report_error(exc.one_line())
        raise SystemExit(2) from None
    app()
