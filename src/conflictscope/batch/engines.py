"""Where partitions run: local worker processes, or a Dask cluster.

Both engines take an iterator of :class:`~conflictscope.batch.layout.Partition` and yield
``(partition, result, error)`` as partitions finish (in any order): ``result`` is the dict of
:func:`~conflictscope.batch.worker.process_partition`, ``error`` a one-line message when the
partition still failed after its retries. At most a few partitions per worker are in flight, so a
corpus of any size streams through in bounded memory.

* ``LocalEngine``: ``concurrent.futures.ProcessPoolExecutor``. Where the platform has it (Linux,
  macOS), the workers are forked from a ``forkserver`` process that loaded spaCy and the gazetteer
  once (``batch/preload.py``): they start at once and share the model's memory, and nothing is forked
  from the client itself. Elsewhere they are ``spawn`` processes, each loading them itself. A failed
  partition is submitted again up to ``retries`` times; a worker that dies (killed, out of memory)
  breaks the pool, which is rebuilt, and the partitions in flight are retried.
* ``DaskEngine``: ``dask.distributed``. Without a scheduler address it starts a ``LocalCluster`` on
  127.0.0.1 (``n_workers`` processes, one thread each, dashboard off). Partitions are submitted with
  ``retries`` (Dask re-runs a partition whose task raised or whose worker died).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from conflictscope.batch.layout import Partition

RETRIES = 2
# Worker processes each run one partition at a time on one core: no thread pools inside them.
THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

Outcome = tuple[Partition, "dict[str, Any] | None", "str | None"]


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_context() -> multiprocessing.context.BaseContext:
    """Fork workers from a server that loaded the model once (see the module docstring); a server
    already running keeps what it loaded (the workers then load what is missing themselves)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["conflictscope.batch.preload"])
    return context


def _stop_fork_server() -> None:
    """Stop the fork server, if one runs, once its workers are gone, and wait for it: the model it
    holds is not kept in memory while the client fuses and exports, and the CPU time of the server
    and of its workers counts among this process's children, as spawned workers' does. (There is no
    public way to stop it: this is what the standard library's own tests call.)"""
    import multiprocessing.forkserver

    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)
    if stop is not None:
        try:
            stop()
        except OSError:
            pass


def _message(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"


class LocalEngine:
    name = "local"

    def __init__(self, workers: int | None = None, *, retries: int = RETRIES, fast: bool = True):
        self.workers = workers or default_workers()
        self.retries = retries
        self.fast = fast
        self.description = f"{self.workers} local worker process{'es' if self.workers != 1 else ''}"
        self._started: ProcessPoolExecutor | None = None
        self._starting: threading.Thread | None = None

    def __enter__(self) -> LocalEngine:
        # Start the workers now, in the background: with a fork server, starting the first worker
        # waits for the server to load the model, and the client opens its store and reads the
        # first inputs meanwhile.
        self._starting = threading.Thread(target=self._start, name="conflictscope-workers", daemon=True)
        self._starting.start()
        return self

    def _start(self) -> None:
        # A warm-up that fails is ignored here (the partitions then report the problem themselves);
        # a pool that cannot start is started again, and fails for good, in run().
        from conflictscope.batch.warm import warm_up

        try:
            pool = self._started = self._pool()  # kept even if a warm-up cannot be submitted: run() copes
            for _ in range(self.workers):
                pool.submit(warm_up)
        except Exception:  # noqa: BLE001 - see above
            return

    def started(self) -> ProcessPoolExecutor | None:
        """The pool started on entry, once it has started (None if it could not)."""
        if self._starting is not None:
            self._starting.join()
            self._starting = None
        return self._started

    def __exit__(self, *exc) -> None:
        if self.started() is not None:  # entered but never run
            self._started.shutdown(wait=True, cancel_futures=True)
            self._started = None
        _stop_fork_server()

    def _pool(self) -> ProcessPoolExecutor:
        for key, value in THREAD_ENV.items():
            os.environ.setdefault(key, value)  # inherited by the workers (and the fork server)
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=worker_context())

    def run(self, partitions: Iterable[Partition]) -> Iterator[Outcome]:
        from conflictscope.batch.worker import process_partition

        pending = iter(partitions)
        limit = 2 * self.workers
        tries: dict[int, int] = {}
        in_flight: dict[Future, Partition] = {}
        retry_queue: list[Partition] = []
        pool, self._started = self.started() or self._pool(), None

        def submit(partition: Partition) -> None:
            nonlocal pool
            args = (process_partition, partition.index, partition.items, partition.input_hash, self.fast)
            try:
                future = pool.submit(*args)
            except BrokenProcessPool:  # a worker died before any partition was in flight (in its warm-up)
                pool.shutdown(wait=False, cancel_futures=True)
                pool = self._pool()
                future = pool.submit(*args)
            in_flight[future] = partition

        finished = False
        try:
            exhausted = False
            while True:
                while len(in_flight) < limit and (retry_queue or not exhausted):
                    if retry_queue:
                        submit(retry_queue.pop(0))
                        continue
                    nxt = next(pending, None)
                    if nxt is None:
                        exhausted = True
                        break
                    submit(nxt)
                if not in_flight:
                    finished = True
                    return
                done, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    partition = in_flight.pop(future)
                    exc = future.exception()
                    if exc is None:
                        yield partition, future.result(), None
                        continue
                    broken = broken or isinstance(exc, BrokenProcessPool)
                    tries[partition.index] = tries.get(partition.index, 0) + 1
                    if tries[partition.index] <= self.retries:
                        retry_queue.append(partition)
                    else:
                        yield partition, None, _message(exc)
                if broken:
                    # A worker died: every future of the old pool fails; retry those in flight too.
                    for future, partition in list(in_flight.items()):
                        tries[partition.index] = tries.get(partition.index, 0) + 1
                        if tries[partition.index] <= self.retries:
                            retry_queue.append(partition)
                        else:
                            yield partition, None, "the worker process died"
                    in_flight.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = self._pool()
                    retry_queue.sort(key=lambda p: p.index)
        finally:
            # Every partition done, the workers have nothing left and exit at once: wait for them
            # (see _stop_fork_server). Stopped early (an error, ^C), do not wait for partitions
            # still running.
            pool.shutdown(wait=finished, cancel_futures=True)


class DaskEngine:
    name = "dask"

    def __init__(self, workers: int | None = None, scheduler: str | None = None, *, retries: int = RETRIES, fast: bool = True):
        self.workers = workers or default_workers()
        self.scheduler = scheduler
        self.retries = retries
        self.fast = fast
        self.cluster = None
        self.client = None
        self.description = ""

    def __enter__(self) -> DaskEngine:
        import logging

        from distributed import Client, LocalCluster

        if self.scheduler:
            self.client = Client(self.scheduler, timeout="20s")
            n = sum(self.client.nthreads().values())
            self.description = f"Dask scheduler {self.scheduler} ({n} worker thread{'s' if n != 1 else ''})"
        else:
            self.cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
            self.description = f"Dask LocalCluster of {self.workers} worker process{'es' if self.workers != 1 else ''} on 127.0.0.1"
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def run(self, partitions: Iterable[Partition]) -> Iterator[Outcome]:
        from distributed import as_completed

        from conflictscope.batch.worker import process_partition

        assert self.client is not None, "use the engine as a context manager"
        threads = sum(self.client.nthreads().values()) or self.workers
        limit = max(2, 2 * threads)
        pending = iter(partitions)
        by_key: dict[str, Partition] = {}

        def submit(partition: Partition):
            future = self.client.submit(
                process_partition,
                partition.index,
                partition.items,
                partition.input_hash,
                self.fast,
                key=f"conflictscope-partition-{partition.index:05d}-{partition.input_hash[:16]}",
                retries=self.retries,
                pure=False,
            )
            by_key[future.key] = partition
            return future

        first = []
        for partition in pending:
            first.append(submit(partition))
            if len(first) >= limit:
                break
        if not first:
            return
        queue = as_completed(first)
        for future in queue:
            partition = by_key.pop(future.key)
            if future.status == "finished":
                yield partition, future.result(), None
            else:
                try:
                    exc = future.exception()
                    message = _message(exc) if exc is not None else f"partition {future.status}"
                except Exception as err:  # noqa: BLE001 - a cancelled or lost future
                    message = _message(err)
                yield partition, None, message
            future.release()
            nxt = next(pending, None)
            if nxt is not None:
                queue.add(submit(nxt))
