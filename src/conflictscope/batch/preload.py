"""Imported once by the local engine's fork server (``engines.worker_context``): everything a
partition needs is loaded here, before the workers are forked from this process, so each worker
starts at once and shares these pages with the others until it writes to them.

Never raises: a fork server that failed to load forks workers that load what they need themselves,
and the partitions report the problem, one line each, as with spawned workers."""

from __future__ import annotations

import os

loaded_by: int | None = None  # the process that loaded everything (the fork server), once it has

try:
    from conflictscope.batch.warm import warm_up

    warm_up()
    loaded_by = os.getpid()
except BaseException:  # noqa: BLE001 - see the docstring
    pass
