"""Corpus-scale extraction: ``conflictscope batch``.

Inputs are cut into partitions of documents; each partition is extracted in a worker process (one
:class:`~conflictscope.pipeline.Extractor` per process, loaded once) into Parquet files of event
mentions and errors; then the mentions are fused across reports with the store's rules and exported.
Engines: local processes (default) or a Dask cluster. See ``docs/batch.md``.

    from conflictscope.batch import run_batch
    summary = run_batch(["reports.jsonl"], "out/", engine="local", workers=2)
"""

from conflictscope.batch.runner import DEFAULT_PARTITION_SIZE, BatchSummary, Progress, run_batch

__all__ = ["DEFAULT_PARTITION_SIZE", "BatchSummary", "Progress", "run_batch"]
