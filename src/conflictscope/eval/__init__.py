"""Measuring conflictscope against gold data written by people.

Three gold formats are supported, one module each:

- :mod:`conflictscope.eval.acled` - ACLED exports (the ``notes`` column is the text, the coded
  columns are the gold);
- :mod:`conflictscope.eval.geo` - geoparsing corpora (GeoWebNews, LGL, TR-News, GeoVirus XML);
- :mod:`conflictscope.eval.claims` - GTD incident summaries (responsibility claims, killed, wounded).

Each scorer returns an :class:`~conflictscope.eval.report.EvalResult`: named metrics (correct/total
pairs), per-item outcomes for the error report, and a count of items the extractor failed on.
:mod:`conflictscope.eval.report` renders results as a terminal table, JSON or an HTML error report.
"""

from __future__ import annotations

from conflictscope.eval.report import EvalResult, Metric

__all__ = ["EvalResult", "Metric"]
