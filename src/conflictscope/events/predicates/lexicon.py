"""The word lists of knowledge/data/typing_words.tsv, by kind, read once per process."""

from __future__ import annotations

from functools import lru_cache

from conflictscope.knowledge import read_kinds

TYPING_WORD_KINDS = frozenset(
    "damage weapon aid arms crowd staging intervention detention_place remains wound strike_verb stoppage off_duty ground deal truce_term".split()
)


@lru_cache(maxsize=None)
def typing_words(kind: str) -> frozenset[str]:
    """The words of one kind in typing_words.tsv."""
    return typing_table().get(kind, frozenset())


@lru_cache(maxsize=1)
def typing_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for word, kind in read_kinds("typing_words.tsv", TYPING_WORD_KINDS):
        table.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in table.items()}
