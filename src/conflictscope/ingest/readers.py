"""One reader for every command: files, HTML, JSONL, directories and standard input.

``read_inputs`` never raises for a bad document: it yields an :class:`InputError` (with ``.source``
set) in place of the document, so a batch always runs to the end. Size, binary, empty and language
checks are the same for every input kind, and for :func:`document_from_text` (the Python API).

With ``check=False`` the readers check only what reading needs (sizes, JSON records, fields) and
yield :class:`Unchecked` documents: a batch runs the content checks, and the reduction of HTML to
its main text, in its workers (:meth:`Unchecked.finish`), where they run in parallel, instead of in
the one process that reads the inputs.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from conflictscope.clean.html import HTML_SUFFIXES, extract_main_text, looks_like_html
from conflictscope.clean.language import check_english
from conflictscope.errors import (
    BinaryInput,
    EmptyInput,
    InputError,
    MalformedRecord,
    TooLarge,
    UsageError,
)
from conflictscope.types import Document

DEFAULT_MAX_BYTES = 5_000_000
INPUT_SUFFIXES = frozenset({".txt", ".html", ".htm", ".jsonl", ".md"})
STDIN = "-"

# ---------------------------------------------------------------------------------------------
# Dates


def _parse_date(value: str) -> date:
    value = value.strip()
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value).date()


def parse_published(value: str) -> date:
    """Parse a ``--published`` value (``YYYY-MM-DD`` or an ISO datetime); raise :class:`UsageError`."""
    try:
        return _parse_date(value)
    except (TypeError, ValueError):
        raise UsageError(
            f"invalid publication date {value!r}: expected YYYY-MM-DD or an ISO datetime",
            source="--published",
        ) from None


# ---------------------------------------------------------------------------------------------
# Checks shared by every input kind


def _size_error(size: int, max_bytes: int, source: str | None, *, at_least: bool = False) -> TooLarge:
    prefix = "more than " if at_least else ""
    return TooLarge(
        f"input is {prefix}{size:,} bytes, over the limit of {max_bytes:,} bytes", source=source
    )


def _is_binary_bytes(data: bytes) -> bool:
    if b"\x00" in data[:65536]:
        return True
    return _is_binary_text(data[:65536].decode("utf-8", errors="replace"))


# Control characters other than tab, line feed, vertical tab, form feed and carriage return; DEL;
# the replacement character that undecodable bytes become.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def _is_binary_text(text: str) -> bool:
    """NUL characters, or mostly control/replacement characters."""
    sample = text[:65536]
    if "\x00" in sample:
        return True
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) / len(sample) > 0.3


def _decode(data: bytes) -> str:
    """UTF-8 with replacement characters for invalid bytes; a leading BOM is dropped."""
    text = data.decode("utf-8", errors="replace")
    return text[1:] if text.startswith("\ufeff") else text


def _checked(
    text: str,
    *,
    id: str,
    source: str | None,
    published: date | None,
    url: str | None = None,
    title: str | None = None,
    doc_source: str | None = None,
    html: bool | None = None,
) -> Document:
    """Checks on decoded text; HTML (given or detected) is reduced to its main text. Raises InputError."""
    if _is_binary_text(text):
        raise BinaryInput("input looks binary (NUL or control bytes), not text", source=source)
    if not text.strip():
        raise EmptyInput("input is empty", source=source)
    if html is None:
        html = looks_like_html(text)
    if html:
        text = extract_main_text(text)
        if not text.strip():
            raise EmptyInput("no main text found in the HTML page", source=source)
    check_english(text, source=source)
    return Document(text=text, id=id, published=published, url=url, title=title, source=doc_source)


@dataclass
class Unchecked:
    """A document read whose content is not checked yet (see the module docstring). ``source`` is
    where it was read (errors name it); ``doc_source`` its ``source`` field."""

    text: str
    id: str
    source: str | None
    published: date | None = None
    url: str | None = None
    title: str | None = None
    doc_source: str | None = None
    html: bool | None = None

    def finish(self) -> Document:
        """The document, checked as the readers check it. Raises InputError."""
        return _checked(self.text, id=self.id, source=self.source, published=self.published, url=self.url, title=self.title,
                        doc_source=self.doc_source, html=self.html)


def _finish(text: str, *, check: bool = True, **fields: Any) -> Document | Unchecked:
    return _checked(text, **fields) if check else Unchecked(text, **fields)


def document_from_text(
    text: str,
    *,
    published: date | str | None = None,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    html: bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check: bool = True,
    where: str | None = None,
) -> Document | Unchecked:
    """Build a :class:`Document` from a string with the same checks as :func:`read_inputs`.

    ``html=None`` detects HTML by content. Without ``id`` the id is ``text-`` plus a hash of the text
    (stable across runs). Raises an :class:`InputError` subclass for unusable input, naming ``where``
    the text was read (default: its id). ``check=False``: an :class:`Unchecked` document (see the
    module docstring), whose checks name ``where`` too.
    """
    where = where or id or "text"
    if isinstance(text, bytes):
        raw = text
        text = _decode(raw)
    elif isinstance(text, str):
        raw = text.encode("utf-8", errors="surrogatepass")
    else:
        raise InputError(f"text must be a string, not {type(text).__name__}", source=where)
    if len(raw) > max_bytes:
        raise _size_error(len(raw), max_bytes, where)
    if isinstance(published, str):
        try:
            published = _parse_date(published)
        except ValueError:
            raise MalformedRecord(f"invalid published date {published!r}", source=where) from None
    if id is None:
        id = "text-" + hashlib.sha1(raw).hexdigest()[:12]
    return _finish(
        text, check=check, id=id, source=where, published=published, url=url, title=title, doc_source=source, html=html
    )


# ---------------------------------------------------------------------------------------------
# JSONL


def _optional_str(record: dict[str, Any], key: str, source: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise MalformedRecord(f"field '{key}' must be a string, not {type(value).__name__}", source=source)
    return value or None


def _record_to_document(
    line: bytes | str, *, default_id: str, source: str, published: date | None, max_bytes: int, check: bool = True
) -> Document | Unchecked:
    raw = line if isinstance(line, bytes) else line.encode("utf-8", errors="surrogatepass")
    if len(raw) > max_bytes:
        raise _size_error(len(raw), max_bytes, source)
    text_line = _decode(raw) if isinstance(line, bytes) else line
    try:
        record = json.loads(text_line)
    except ValueError as exc:
        raise MalformedRecord(f"not valid JSON ({exc.msg} at column {exc.colno})", source=source) from None
    if not isinstance(record, dict):
        raise MalformedRecord(f"expected a JSON object, got {type(record).__name__}", source=source)
    if "text" not in record:
        raise MalformedRecord("record has no 'text' field", source=source)
    text = record["text"]
    if not isinstance(text, str):
        raise MalformedRecord(f"field 'text' must be a string, not {type(text).__name__}", source=source)
    doc_id = record.get("id")
    if doc_id is None or doc_id == "":
        doc_id = default_id
    elif isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    else:
        raise MalformedRecord(f"field 'id' must be a string or integer, not {type(doc_id).__name__}", source=source)
    pub = published
    pub_value = record.get("published")
    if pub_value is not None:
        if not isinstance(pub_value, str):
            raise MalformedRecord("field 'published' must be a YYYY-MM-DD or ISO datetime string", source=source)
        try:
            pub = _parse_date(pub_value)
        except ValueError:
            raise MalformedRecord(
                f"invalid 'published' {pub_value!r}: expected YYYY-MM-DD or an ISO datetime", source=source
            ) from None
    return _finish(
        text,
        check=check,
        id=doc_id,
        source=source,
        published=pub,
        url=_optional_str(record, "url", source),
        title=_optional_str(record, "title", source),
        doc_source=_optional_str(record, "source", source),
    )


def _iter_jsonl_lines(lines: Iterator[bytes], *, name: str, where: str, published: date | None, max_bytes: int, check: bool = True):
    for number, line in enumerate(lines, start=1):
        source = f"{where}:{number}"
        if not line.strip():
            continue
        if b"\x00" in line:
            yield BinaryInput("line contains NUL bytes", source=source)
            continue
        try:
            yield _record_to_document(
                line.rstrip(b"\r\n"),
                default_id=f"{name}:{number}",
                source=source,
                published=published,
                max_bytes=max_bytes,
                check=check,
            )
        except InputError as err:
            yield err


# ---------------------------------------------------------------------------------------------
# Files, directories, stdin


def _read_jsonl_file(path: Path, *, name: str, where: str, published: date | None, max_bytes: int, check: bool = True):
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", source=where)
        return
    with fh:
        head = fh.read(8192)
        if b"\x00" in head:
            yield BinaryInput("file looks binary (NUL bytes), not JSONL", source=where)
            return
        fh.seek(0)
        any_line = False
        for item in _iter_jsonl_lines(iter(fh), name=name, where=where, published=published, max_bytes=max_bytes, check=check):
            any_line = True
            yield item
        if not any_line:
            fh.seek(0)
            if not fh.read(1 << 16).strip():
                yield EmptyInput("JSONL file has no records", source=where)


def _read_file(path: Path, *, name: str, where: str, published: date | None, max_bytes: int, check: bool = True):
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl_file(path, name=name, where=where, published=published, max_bytes=max_bytes, check=check)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield _size_error(size, max_bytes, where)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", source=where)
        return
    if len(data) > max_bytes:
        yield _size_error(len(data), max_bytes, where)
        return
    if _is_binary_bytes(data):
        yield BinaryInput("file looks binary (NUL or control bytes), not text", source=where)
        return
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    try:
        yield _finish(_decode(data), check=check, id=name, source=where, published=published, html=html)
    except InputError as err:
        yield err


def _directory_files(root: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in filenames:
            if not fn.startswith(".") and Path(fn).suffix.lower() in INPUT_SUFFIXES:
                found.append(Path(dirpath) / fn)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _is_json_object_line(line: bytes) -> bool:
    s = line.strip()
    if not s.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(_decode(s)), dict)
    except ValueError:
        return False


def _read_stdin(stream: BinaryIO, *, published: date | None, max_bytes: int, check: bool = True):
    """Stdin is JSONL when its first non-blank line is a JSON object (then ``max_bytes`` applies
    per line and lines are streamed); otherwise one text or HTML document of at most ``max_bytes``."""
    where = "stdin"
    head: list[bytes] = []
    while True:
        line = stream.readline(max_bytes + 1)
        head.append(line)
        if not line or line.strip():
            break
    if _is_json_object_line(head[-1]):
        lines = itertools.chain(head, iter(stream.readline, b""))
        yield from _iter_jsonl_lines(lines, name=where, where=where, published=published, max_bytes=max_bytes, check=check)
        return
    data = b"".join(head)
    if len(data) <= max_bytes:
        data += stream.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        total = len(data)
        while chunk := stream.read(1 << 20):
            total += len(chunk)
        yield _size_error(total, max_bytes, where)
        return
    if _is_binary_bytes(data):
        yield BinaryInput("standard input looks binary (NUL or control bytes), not text", source=where)
        return
    try:
        yield _finish(_decode(data), check=check, id=where, source=where, published=published)
    except InputError as err:
        yield err


def read_inputs(
    inputs: Sequence[str],
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    check: bool = True,
) -> Iterator[Document | Unchecked | InputError]:
    """Yield one :class:`Document` per input document, or an :class:`InputError` in its place.

    Each input is a file (text, HTML, ``.jsonl``), a directory (recursed, sorted, files with
    .txt/.html/.htm/.jsonl/.md suffixes) or ``-`` for standard input. ``published`` is the default
    publication date for documents without their own. ``stdin`` overrides ``sys.stdin.buffer``.
    ``check=False``: :class:`Unchecked` documents (see the module docstring).
    """
    for item in inputs:
        item = str(item)
        if item == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream, published=published, max_bytes=max_bytes, check=check)
            continue
        path = Path(item)
        if path.is_dir():
            files = _directory_files(path)
            if not files:
                yield InputError(
                    "directory has no .txt, .html, .htm, .jsonl or .md files", source=item
                )
            for f in files:
                rel = f.relative_to(path).as_posix()
                yield from _read_file(f, name=rel, where=str(f), published=published, max_bytes=max_bytes, check=check)
        elif path.exists():
            yield from _read_file(path, name=path.name, where=item, published=published, max_bytes=max_bytes, check=check)
        else:
            yield InputError("no such file or directory", source=item)
