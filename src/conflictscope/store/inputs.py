"""Inputs for ``ingest``: everything ``extract`` reads (``read_inputs``: text, HTML, JSONL, folders,
standard input), plus RSS/Atom feed files (``ingest/feeds.py``) and WARC files (``ingest/warc.py``),
also inside folders (recursively, sorted, hidden entries skipped)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from conflictscope.errors import InputError
from conflictscope.ingest.feeds import FEED_SUFFIXES, looks_like_feed, read_feed
from conflictscope.ingest.readers import DEFAULT_MAX_BYTES, INPUT_SUFFIXES, Unchecked, read_inputs
from conflictscope.ingest.warc import is_warc_path, read_warc
from conflictscope.types import Document


def _is_feed_file(path: Path, *, explicit: bool) -> bool:
    suffix = path.suffix.lower()
    if suffix in (".rss", ".atom"):
        return True
    if suffix != ".xml":
        return False
    if explicit:
        return True
    try:
        with path.open("rb") as fh:
            return looks_like_feed(fh.read(4096))
    except OSError:
        return False


def _walk(root: Path) -> tuple[bool, list[Path]]:
    """(whether the folder has files ``read_inputs`` reads, the feed and WARC files in it)."""
    has_plain = False
    special: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if Path(name).suffix.lower() in INPUT_SUFFIXES:
                has_plain = True
            elif is_warc_path(path) or _is_feed_file(path, explicit=False):
                special.append(path)
    return has_plain, sorted(special, key=lambda p: p.relative_to(root).parts)


def _read_special(path: Path, *, published: date | None, max_bytes: int, check: bool) -> Iterator[Document | Unchecked | InputError]:
    if is_warc_path(path):
        yield from read_warc(path, published=published, max_bytes=max_bytes, check=check)
    else:
        yield from read_feed(path, published=published, max_bytes=max_bytes, check=check)


def iter_inputs(
    inputs: Sequence[str], *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, check: bool = True
) -> Iterator[Document | Unchecked | InputError]:
    """Yield a :class:`Document` per input document or an :class:`InputError` in its place, in the
    order given (in a folder: the files ``extract`` reads first, then feeds and WARCs).
    ``check=False``: :class:`Unchecked` documents, checked later (see ``ingest.readers``)."""
    for item in inputs:
        item = str(item)
        path = Path(item)
        if item != "-" and path.is_dir():
            has_plain, special = _walk(path)
            if has_plain or not special:
                yield from read_inputs([item], published=published, max_bytes=max_bytes, check=check)
            for f in special:
                yield from _read_special(f, published=published, max_bytes=max_bytes, check=check)
        elif item != "-" and path.is_file() and (is_warc_path(path) or _is_feed_file(path, explicit=True)):
            yield from _read_special(path, published=published, max_bytes=max_bytes, check=check)
        else:
            yield from read_inputs([item], published=published, max_bytes=max_bytes, check=check)


FEED_AND_WARC_SUFFIXES = tuple(sorted(FEED_SUFFIXES)) + tuple(s for s in (".warc", ".warc.gz", ".arc", ".arc.gz"))
