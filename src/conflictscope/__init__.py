"""conflictscope: conflict news in, geocoded, claim-aware ACLED-style events out.

    >>> import conflictscope
    >>> events = conflictscope.extract(text, published="2020-10-04")
    >>> events[0].sub_event_type, events[0].location.name
"""

from __future__ import annotations

from datetime import date

__version__ = "0.1.0"

__all__ = ["extract", "extract_places", "__version__"]


def _document(text: str, published: date | str | None, **meta):
    from conflictscope.ingest.readers import document_from_text

    return document_from_text(text, published=published, **meta)


def extract(text: str, published: date | str | None = None, **meta) -> list:
    """Extract ACLED-style events from one report.

    text (str): the report, plain text or HTML (offsets point into the text, or into the main text
        extracted from HTML).
    published (date | str | None): publication date; relative dates ("on Sunday") resolve against it
        and stay unresolved (None) without it.
    meta: optional ``id``, ``url``, ``title``, ``source``.
    RETURNS (list[conflictscope.types.Event]): the events, in text order. Raises
        ``conflictscope.errors.InputError`` for empty, binary, non-English or oversized input.
    """
    from conflictscope.pipeline import Extractor

    return Extractor.default().extract(_document(text, published, **meta))


def extract_places(text: str, **meta) -> list:
    """Geoparse one report: every place name with its GeoNames entry (list[PlaceMention])."""
    from conflictscope.pipeline import Extractor

    return Extractor.default().places(_document(text, None, **meta))
