"""A whole batch: read and partition the inputs, extract the partitions not done yet on an engine,
write each as it finishes and fuse it as soon as the partitions before it are fused (in input
order, while the workers go on), then export.

    DIR/parts/NNNNN.{mentions,documents,errors}.parquet + NNNNN.manifest.json   (see layout.py)
    DIR/store.db                          the event store the mentions were fused in (SQLite)
    DIR/events.csv, events.jsonl, events.parquet   the fused events (the store's exports)
    DIR/errors.jsonl                      every failed document: {partition, doc_pos, document_id, stage, code, message}
    DIR/batch.json                        the run's summary (counts, timings, which partitions ran)
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from conflictscope.batch import layout
from conflictscope.batch.fuse import Fusion, export_all
from conflictscope.ingest.readers import DEFAULT_MAX_BYTES

DEFAULT_PARTITION_SIZE = 100


@dataclass
class BatchSummary:
    out: str
    engine: str
    description: str
    partitions: int = 0
    extracted: list[int] = field(default_factory=list)  # partitions extracted by this run
    reused: list[int] = field(default_factory=list)  # partitions already done (resumed)
    failed_partitions: dict[int, str] = field(default_factory=dict)  # still failing after retries
    documents: int = 0
    failed_documents: int = 0
    documents_with_events: int = 0
    mentions: int = 0
    words: int = 0
    fused_events: int = 0
    near_duplicate_copies: int = 0
    peak_worker_rss_mb: float = 0.0
    extract_seconds: float = 0.0  # summed over workers, this run's partitions only
    client_cpu_seconds: float = 0.0  # this process (reading, fusion, export), the workers apart
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage

    @property
    def failed(self) -> bool:
        return bool(self.failed_documents or self.failed_partitions)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["failed_partitions"] = {str(k): v for k, v in self.failed_partitions.items()}
        return out


class Progress:
    """What the runner tells a progress display; the default does nothing."""

    def partitions_known(self, total: int) -> None: ...

    def partition_done(self, index: int, manifest: dict[str, Any] | None, reused: bool) -> None: ...

    def stage(self, name: str, total: int | None = None) -> Callable[[int], None]:
        return lambda n: None


def make_engine(engine: str, *, workers: int | None, scheduler: str | None, fast: bool = True):
    from conflictscope.batch.engines import DaskEngine, LocalEngine

    if engine == "local":
        return LocalEngine(workers, fast=fast)
    if engine == "dask":
        return DaskEngine(workers, scheduler, fast=fast)
    raise ValueError(f"unknown engine {engine!r}")


def run_batch(
    inputs: Sequence[str],
    out: str | os.PathLike,
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    redo: bool = False,
    fast: bool = True,
    progress: Progress | None = None,
) -> BatchSummary:
    """Run a batch into ``out``; see the module docstring for what it writes. Partitions already done
    (same inputs) are reused unless ``redo``. Raises only for problems with the run itself (the
    engine cannot start, the output folder cannot be written); bad documents become error rows."""
    out = Path(out)
    progress = progress or Progress()
    layout.parts_dir(out).mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    cpu_started = time.process_time()
    manifests: dict[int, dict[str, Any]] = {}
    count = 0
    failed_items = 0

    if scheduler is None:
        _prepare_gazetteer()
    with make_engine(engine, workers=workers, scheduler=scheduler, fast=fast) as runner:
        # opened once the workers have started: they load the model meanwhile
        fusion = Fusion(out)  # fuses finished partitions in input order while the workers go on
        summary = BatchSummary(out=str(out), engine=engine, description=runner.description)
        engine_ready = time.perf_counter()

        def todo():
            nonlocal count
            for partition in layout.iter_partitions(inputs, size=partition_size, published=published, max_bytes=max_bytes):
                count = partition.index + 1
                done = None if redo else layout.is_done(out, partition.index, partition.input_hash)
                if done is not None:
                    manifests[partition.index] = done
                    summary.reused.append(partition.index)
                    progress.partition_done(partition.index, done, reused=True)
                    continue
                yield partition
            progress.partitions_known(count)

        for partition, result, error in runner.run(todo()):
            if error is not None:
                summary.failed_partitions[partition.index] = error
                failed_items += partition.n_items
                layout.remove_partition(out, partition.index)
                progress.partition_done(partition.index, None, reused=False)
                fusion.ready(manifests, summary.failed_partitions)
                continue
            manifest = layout.write_partition(out, result)
            manifests[partition.index] = manifest
            summary.extracted.append(partition.index)
            summary.extract_seconds += manifest["extract_seconds"]
            summary.peak_worker_rss_mb = max(summary.peak_worker_rss_mb, manifest["peak_rss_mb"])
            progress.partition_done(partition.index, manifest, reused=False)
            fusion.ready(manifests, summary.failed_partitions)
    summary.seconds["engine_start"] = round(engine_ready - started, 3)
    extracted_at = time.perf_counter()
    summary.seconds["extract"] = round(extracted_at - engine_ready, 3)

    for index in layout.stale_indices(out, count):
        layout.remove_partition(out, index)
    summary.partitions = count
    summary.extracted.sort()
    summary.reused.sort()
    done = sorted(manifests)
    for index in done:
        m = manifests[index]
        summary.documents += m["n_documents"] + m["n_errors"]
        summary.failed_documents += m["n_errors"]
        summary.mentions += m["n_events"]
        summary.words += m["n_words"]
    # Documents of a partition that failed as a whole (its worker kept dying) count as failed.
    summary.documents += failed_items
    summary.failed_documents += failed_items
    summary.extract_seconds = round(summary.extract_seconds, 3)

    summary.documents_with_events = sum(manifests[i]["n_documents_with_events"] for i in done)
    summary.seconds["fuse_during_extract"] = round(fusion.seconds, 3)
    fused = fusion.finish(done, progress.stage("fusing", summary.documents_with_events - fusion.result.documents))
    summary.fused_events = fused.fused_events
    summary.near_duplicate_copies = fused.copies
    summary.failed_documents += len(fused.failed)
    fused_at = time.perf_counter()
    summary.seconds["fuse"] = round(fused_at - extracted_at, 3)
    export_all(out)
    _write_errors(out, done, fused.failed)
    summary.seconds["export"] = round(time.perf_counter() - fused_at, 3)
    summary.seconds["total"] = round(time.perf_counter() - started, 3)
    summary.client_cpu_seconds = round(time.process_time() - cpu_started, 3)
    layout.atomic_write(out / "batch.json", (json.dumps(summary.to_dict(), indent=1) + "\n").encode())
    return summary


def _prepare_gazetteer() -> None:
    """Build the gazetteer index once here, before the workers start, rather than in every worker
    at once (workers on this machine share it)."""
    from conflictscope.geo.gazetteer import build_index, default_index_path

    if not default_index_path().exists():
        build_index()


def _write_errors(out: Path, indices: list[int], fusion_errors: list[dict] | tuple = ()) -> int:
    import pyarrow.parquet as pq

    lines = []
    for index in indices:
        for row in pq.read_table(layout.part_path(out, index, "errors")).to_pylist():
            lines.append(json.dumps(row, ensure_ascii=False))
    lines.extend(json.dumps(row, ensure_ascii=False) for row in fusion_errors)
    layout.atomic_write(out / "errors.jsonl", "".join(line + "\n" for line in lines).encode("utf-8"))
    return len(lines)
