"""What a local worker does as soon as it starts: load this module's few imports, then everything a
partition needs (the worker module with pyarrow, the pipeline, the model, the gazetteer), while the
client is still getting ready. Kept apart from ``worker`` so that the client can start the workers
before importing pyarrow itself."""

from __future__ import annotations


def warm_up() -> None:
    from conflictscope.batch.worker import _extractor
    from conflictscope.nlp.analyze import get_nlp

    _extractor()
    get_nlp()
