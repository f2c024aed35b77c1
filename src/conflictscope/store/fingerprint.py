"""Content hashes and near-duplicate fingerprints.

A wire story republished by several outlets differs in a headline, a byline or a closing line. Such
copies count as one source. We find them with a 64-bit SimHash over word 4-shingles: a copy's
fingerprint differs in few bits, so one of its four 16-bit bands almost always equals the original's
(every copy within 3 bits shares at least one band exactly). Band matches are only candidates: a copy
is confirmed when most of the shorter text's shingles occur in the other one (containment >= 0.8).
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

SHINGLE_WORDS = 4
MIN_CONTAINMENT = 0.8
_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """The idempotency key: sha256 of the document text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _hash64(items: set[str]) -> np.ndarray:
    return np.array(
        [int.from_bytes(hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little") for s in items],
        dtype=np.uint64,
    )


def simhash(text: str) -> int:
    """Unsigned 64-bit SimHash of the text's word shingles (0 for a text without words)."""
    items = shingles(text)
    if not items:
        return 0
    hashes = _hash64(items)
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")  # (n, 64)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - len(items)
    value = 0
    for i in np.nonzero(votes > 0)[0]:
        value |= 1 << int(i)
    return value


def bands(value: int) -> tuple[int, int, int, int]:
    return tuple((value >> (16 * i)) & 0xFFFF for i in range(4))  # type: ignore[return-value]


def to_signed(value: int) -> int:
    """Store an unsigned 64-bit value in a signed BIGINT column."""
    return value - (1 << 64) if value >= 1 << 63 else value


def to_unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


def hamming(a: int, b: int) -> int:
    return bin(to_unsigned(a) ^ to_unsigned(b)).count("1")


def containment(a: str | set[str], b: str | set[str]) -> float:
    """Share of the smaller shingle set found in the other one."""
    sa = shingles(a) if isinstance(a, str) else a
    sb = shingles(b) if isinstance(b, str) else b
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def near_duplicates(text_a: str | set[str], text_b: str | set[str]) -> bool:
    return containment(text_a, text_b) >= MIN_CONTAINMENT
