"""HTML detection and main-text extraction (trafilatura, with an lxml fallback)."""

from __future__ import annotations

import re

_HTML_START = re.compile(r"\A(?:\ufeff)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|\?xml)", re.I | re.S)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_KNOWN_TAG = re.compile(
    r"</?(?:html|head|body|div|span|p|a|br|article|section|nav|footer|header|main|script|style|"
    r"ul|ol|li|table|tr|td|h[1-6]|img|meta|link|title|strong|em|b|i)\b",
    re.I,
)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def looks_like_html(text: str) -> bool:
    """True if ``text`` starts like an HTML document or is dense with (known) tags."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    sample = text[:100_000]
    tags = _TAG.findall(sample)
    if len(tags) < 3 or len(_KNOWN_TAG.findall(sample)) < 3:
        return False
    tag_chars = sum(len(t) for t in tags)
    stripped = len(sample.strip()) or 1
    # Markup makes up a sizeable part of the text, or tags are frequent relative to the words.
    return tag_chars / stripped >= 0.2 or len(tags) / max(1, len(sample.split())) >= 0.25


def extract_main_text(html: str) -> str:
    """The article text of an HTML page: no navigation, footers, comments or tables.

    Returns ``""`` when nothing usable is found (the caller reports that as empty input).
    """
    import trafilatura

    text = None
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    except Exception:  # trafilatura may choke on odd markup; fall back below
        text = None
    if not text or not text.strip():
        text = _fallback_text(html)
    return (text or "").strip()


_DROP = ("script", "style", "noscript", "nav", "footer", "header", "aside", "form", "template", "iframe")


def _fallback_text(html: str) -> str:
    """Paragraph text of a page trafilatura found nothing in (e.g. very short pages)."""
    try:
        import lxml.html

        root = lxml.html.document_fromstring(html)
    except Exception:
        return ""
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP)):
        bad.drop_tree()
    blocks = root.xpath("//h1|//h2|//h3|//p|//li|//blockquote")
    parts = [" ".join(b.text_content().split()) for b in blocks]
    parts = [p for p in parts if p]
    if not parts:
        body = root.find("body")
        node = body if body is not None else root
        parts = [" ".join(node.text_content().split())]
    return "\n".join(p for p in parts if p)
