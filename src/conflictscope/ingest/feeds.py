"""RSS and Atom feed files: one document per entry (feedparser, read from the local file only).

An entry's text is its title followed by its content (or, without content, its summary); markup is
reduced to plain text. ``url`` is the entry link, ``source`` the feed's title, ``published`` the
entry's publication (or update) date, else the ``--published`` default. The document id is the
entry id (guid), else its link, else ``FILE:N``. Bad entries come back as :class:`InputError` in
their place, as from :func:`conflictscope.ingest.readers.read_inputs`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from conflictscope.errors import InputError, MalformedRecord
from conflictscope.ingest.readers import DEFAULT_MAX_BYTES, Unchecked, document_from_text
from conflictscope.types import Document

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})


def looks_like_feed(head: bytes) -> bool:
    """True when the start of a file is an RSS, RDF or Atom document."""
    sample = head[:4096].lower()
    return b"<rss" in sample or b"<feed" in sample or b"<rdf:rdf" in sample


def _plain(markup: str) -> str:
    """Text of an HTML fragment, paragraphs on their own lines."""
    if "<" not in markup:
        return markup.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # noqa: BLE001 - unparsable markup: keep the raw text
        return markup.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4"):
        block.tail = "\n" + (block.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().splitlines()]
    return "\n".join(line for line in lines if line)


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def read_feed(
    path: str | Path, *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, check: bool = True
) -> Iterator[Document | Unchecked | InputError]:
    """Yield a :class:`Document` per feed entry, or an :class:`InputError` in its place."""
    import feedparser

    where = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", source=where)
        return
    parsed = feedparser.parse(data)  # bytes: feedparser never goes to the network for these
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") and parsed.get("bozo_exception") else ""
        yield MalformedRecord(f"not an RSS/Atom feed with entries{reason}", source=where)
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, start=1):
        source = f"{where}:{number}"
        title = _plain(entry.get("title") or "") or None
        contents = entry.get("content") or []
        body = "\n\n".join(_plain(c.get("value") or "") for c in contents if c.get("value")) or _plain(entry.get("summary") or "")
        text = body if not title or body.startswith(title) else (f"{title}.\n\n{body}" if body else title)
        doc_id = entry.get("id") or entry.get("link") or f"{Path(path).name}:{number}"
        try:
            yield document_from_text(
                text,
                published=_entry_date(entry) or published,
                id=doc_id,
                url=entry.get("link"),
                title=title,
                source=feed_title,
                html=False,
                max_bytes=max_bytes,
                check=check,
                where=source,
            )
        except InputError as err:
            yield err
