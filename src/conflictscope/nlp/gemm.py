"""Which routine the models multiply their matrices with.

thinc's CPU ops call BLIS unless told otherwise; "numpy" sends the products to numpy's own BLAS
(OpenBLAS in numpy's wheels), which gives the same annotations with less CPU on the machines we
measured (``python bench/gemm.py``). ``CONFLICTSCOPE_GEMM=blis`` keeps spaCy's default.

Kept apart from ``analyze`` (which imports spaCy) so that the command line can check the setting,
and limit BLAS threads, before anything heavy is loaded.
"""

from __future__ import annotations

import os

from conflictscope.errors import UsageError

GEMM_VARIABLE = "CONFLICTSCOPE_GEMM"
GEMM_BACKENDS = ("numpy", "blis")
# A BLAS may start a thread per core; a process that runs the models uses one, and a command scales
# by worker processes (which inherit these), not by threads competing with them for the same cores.
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def gemm_backend() -> str:
    """The backend ``CONFLICTSCOPE_GEMM`` names (default "numpy"); UsageError for any other value."""
    value = os.environ.get(GEMM_VARIABLE, "").strip().lower() or "numpy"
    if value not in GEMM_BACKENDS:
        raise UsageError(f"{GEMM_VARIABLE}={value!r} is not one of {', '.join(GEMM_BACKENDS)}")
    return value


def one_blas_thread() -> None:
    """One BLAS thread for this process and the processes it starts, unless the user chose a number.
    Works only before numpy is loaded, so the command line calls it first of all."""
    for variable in THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")


def use_gemm(nlp, backend: str):
    """Make every model of the spaCy pipeline ``nlp`` multiply matrices with ``backend``."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=backend == "blis")
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    return nlp
