"""WARC (and ARC) web archives, plain or gzipped, read with warcio: one document per archived page.

Only successful captures of text are read: ``response`` records with HTTP status 200 and a text/html,
application/xhtml+xml or text/plain payload, and ``resource`` records of those types. HTML is reduced
to its main text as for ``.html`` files. ``url`` and the document id are the record's target URI;
``published`` is the ``--published`` default when given, else the capture date (``WARC-Date``), the
closest a crawl knows to publication. A record that cannot be used comes back as an
:class:`InputError` in its place; request, metadata, redirect and binary records are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from conflictscope.errors import InputError, TooLarge
from conflictscope.ingest.readers import DEFAULT_MAX_BYTES, Unchecked, document_from_text
from conflictscope.types import Document

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def is_warc_path(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def _capture_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return datetime.strptime(value[:8], "%Y%m%d").date()  # ARC dates: 14 digits
        except ValueError:
            return None


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return "utf-8"


def read_warc(
    path: str | Path, *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, check: bool = True
) -> Iterator[Document | Unchecked | InputError]:
    """Yield a :class:`Document` per archived text page, or an :class:`InputError` in its place."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = str(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", source=where)
        return
    found = 0
    with fh:
        try:
            for number, record in enumerate(ArchiveIterator(fh, arc2warc=True), start=1):
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{Path(path).name}#{number}"
                source = f"{where}:{uri}"
                if record.rec_type == "response":
                    if record.http_headers is None:
                        continue
                    status = record.http_headers.get_statuscode()
                    if status != "200":
                        continue
                    content_type = record.http_headers.get_header("Content-Type") or ""
                else:
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                if not content_type.lower().startswith(_TEXT_TYPES):
                    continue
                found += 1
                payload = record.content_stream().read(max_bytes + 1)
                if len(payload) > max_bytes:
                    yield TooLarge(f"page is over the limit of {max_bytes:,} bytes", source=source)
                    continue
                try:
                    text = payload.decode(_charset(content_type), errors="replace")
                except LookupError:
                    text = payload.decode("utf-8", errors="replace")
                html = not content_type.lower().startswith("text/plain")
                try:
                    yield document_from_text(
                        text,
                        published=published or _capture_date(record.rec_headers.get_header("WARC-Date")),
                        id=uri,
                        url=uri if "://" in uri else None,
                        html=html,
                        max_bytes=max_bytes,
                        check=check,
                        where=source,
                    )
                except InputError as err:
                    yield err
        except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
            yield InputError(f"unreadable WARC: {' '.join(str(exc).split())[:200]}", source=where)
            return
    if not found:
        yield InputError("WARC file has no archived text or HTML pages", source=where)
