"""Content hashes and near-duplicate fingerprints.

A wire story republished by several outlets differs in a headline, a byline or a closing line. Such
copies count as one source. A document's fingerprint is a MinHash sketch of its word 4-shingles: four
64-bit values, each the least hash of every shingle under one of four hash functions. Two texts whose
shingle sets overlap with Jaccard similarity J share each value with probability J, so a copy
(J >= 0.8) shares at least one of the four with probability above 0.99, while unrelated texts share
none. Shared values only make candidates: a copy is confirmed when most of the shorter text's
shingles occur in the other one (containment >= 0.8) and every number it gives (a toll, a date)
appears in the other one too: templated bulletins that differ only in their figures are different
reports.
"""

from __future__ import annotations

import hashlib
import re

import numpy

SHINGLE_WORDS = 4
MIN_CONTAINMENT = 0.8
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def content_hash(text: str) -> str:
    """The idempotency key: sha256 of the document text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


SKETCH_SIZE = 4


def minhash(text: str | set[str]) -> tuple[int, ...]:
    """The four MinHash values (unsigned 64-bit) of the text's shingles; zeros for a text without words."""
    items = shingles(text) if isinstance(text, str) else text
    if not items:
        return (0,) * SKETCH_SIZE
    digests = b"".join(
        hashlib.blake2b(item.encode("utf-8", "surrogatepass"), digest_size=8 * SKETCH_SIZE).digest() for item in items
    )
    # one row of four little-endian 64-bit values per shingle; the sketch is each column's least
    values = numpy.frombuffer(digests, dtype="<u8").reshape(-1, SKETCH_SIZE)
    return tuple(int(v) for v in values.min(axis=0))


def to_signed(value: int) -> int:
    """Store an unsigned 64-bit value in a signed BIGINT column."""
    return value - (1 << 64) if value >= 1 << 63 else value


def containment(a: str | set[str], b: str | set[str]) -> float:
    """Share of the smaller shingle set found in the other one."""
    sa = shingles(a) if isinstance(a, str) else a
    sb = shingles(b) if isinstance(b, str) else b
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(text))


def near_duplicates(text_a: str, text_b: str, shingles_a: set[str] | None = None) -> bool:
    """Is one text a copy of the other (the same story republished, perhaps trimmed or extended)?"""
    if containment(shingles_a if shingles_a is not None else text_a, text_b) < MIN_CONTAINMENT:
        return False
    na, nb = numbers(text_a), numbers(text_b)
    return na <= nb if len(text_a) <= len(text_b) else nb <= na
