"""Blank scraper leftovers without moving a single character.

``clean_text`` returns a string of exactly the same length as its input: junk (ad placeholders,
share/subscribe lines, photo credits, cookie notices...) is replaced by spaces, line breaks are kept,
and nothing else is touched, so every offset into the cleaned text is an offset into the user's text.
The patterns are data: ``knowledge/data/boilerplate.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

MAX_JUNK_LINE = 400  # line patterns never blank longer lines (real paragraphs)
_BULLET = re.compile(r"[\s\-–—•*>»|·▶►]*")
_KEEP = "\r\n"


@dataclass(frozen=True)
class Pattern:
    scope: Literal["inline", "line"]
    name: str
    regex: re.Pattern[str]


def parse_boilerplate(lines: list[str] | str) -> list[Pattern]:
    """Parse boilerplate TSV rows (``scope<TAB>name<TAB>regex``); ``#`` lines are comments."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    patterns: list[Pattern] = []
    for number, row in enumerate(lines, start=1):
        if not row.strip() or row.lstrip().startswith("#"):
            continue
        parts = row.rstrip("\r\n").split("\t")
        if len(parts) != 3 or parts[0] not in ("inline", "line"):
            raise ValueError(f"boilerplate.tsv:{number}: expected 'inline|line<TAB>name<TAB>regex'")
        scope, name, source = parts
        flags = re.IGNORECASE | (re.MULTILINE if scope == "inline" else 0)
        try:
            regex = re.compile(source, flags)
        except re.error as exc:
            raise ValueError(f"boilerplate.tsv:{number}: bad pattern {name!r}: {exc}") from None
        patterns.append(Pattern(scope, name, regex))  # type: ignore[arg-type]
    return patterns


@lru_cache(maxsize=1)
def load_boilerplate() -> tuple[Pattern, ...]:
    """The packaged patterns (cached)."""
    data = resources.files("conflictscope.knowledge").joinpath("data/boilerplate.tsv").read_text("utf-8")
    return tuple(parse_boilerplate(data))


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in _KEEP:
            chars[i] = " "


def junk_spans(text: str, patterns: tuple[Pattern, ...] | list[Pattern] | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, pattern name)`` for every piece of junk found, in text order."""
    if patterns is None:
        patterns = load_boilerplate()
    spans: list[tuple[int, int, str]] = []
    inline = [p for p in patterns if p.scope == "inline"]
    line_patterns = [p for p in patterns if p.scope == "line"]
    for p in inline:
        for m in p.regex.finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end(), p.name))
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        body = line.strip()
        if not body or len(body) > MAX_JUNK_LINE:
            continue
        lead = _BULLET.match(line).end()  # type: ignore[union-attr]
        content = line[lead:].rstrip()
        if not content:
            continue
        for p in line_patterns:
            if p.regex.fullmatch(content):
                spans.append((start, end, p.name))
                break
    spans.sort()
    return spans


def clean_text(text: str) -> str:
    """``text`` with junk blanked by spaces; same length, line breaks kept, nothing else changed."""
    spans = junk_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end, _ in spans:
        _blank(chars, start, end)
    return "".join(chars)


_TERMINAL = tuple('.!?:;"\'”’)]…')
_HEADING_MAX = 60


def sentence_breaks(text: str) -> list[int]:
    """Offsets where a new sentence must start because of the layout.

    A break is placed at the first non-space character of a paragraph: after a blank (or blanked)
    line always; after a single line break when the previous line ends a sentence (terminal
    punctuation) or is short and unpunctuated (a heading or dateline) and the next line starts with
    an upper-case letter, digit, quote or bullet. Hard-wrapped prose (a long line continued on the
    next) gets no break. Offsets are sorted and lie strictly inside the text.
    """
    breaks: list[int] = []
    lines = text.split("\n")
    pos = 0
    prev: str | None = None  # stripped content of the previous non-empty line
    blank_since = False
    for line in lines:
        start = pos
        pos += len(line) + 1
        content = line.strip()
        if not content:
            blank_since = True
            continue
        first = start + (len(line) - len(line.lstrip()))
        if prev is not None and first > 0:
            if blank_since:
                breaks.append(first)
            else:
                head = content[0]
                starts_new = head.isupper() or head.isdigit() or head in "\"'“‘-–—•*(["
                ends = prev.endswith(_TERMINAL)
                heading = len(prev) <= _HEADING_MAX and not prev.endswith((",", "-", "–"))
                if (ends or heading) and starts_new:
                    breaks.append(first)
        prev = content
        blank_since = False
    return breaks
