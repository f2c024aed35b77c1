"""The relevance pass: a cheap scan of raw text for conflict vocabulary, so that paragraphs without any
skip the spaCy pipeline (most news is not about violence, and most paragraphs of a report that is carry
no event).

A paragraph is relevant when it holds a word form of any trigger or cue in the lexicon, a casualty word,
or a denial/responsibility word. The pipeline can only make an event, refine one or attach a claim from
such words, so skipping the other paragraphs changes nothing in the output.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conflictscope.knowledge import load_reporting_verbs, load_triggers

# Irregular forms the stem patterns below do not reach.
IRREGULAR = """struck shot fought fell took blew beat bled slew slain dead death deaths died dying hurt
injured injuries wounded casualties casualty fatalities fatality toll lives killed bodies body corpse
corpses remains responsibility claimed massacre lost perished""".split()
# Pronoun speakers look back one paragraph for who "he" is.
PRONOUN_SPEAKER = re.compile(r"\b(?:he|she|they|it|we)\s+(?:\w+\s+)?(?:said|says|told|added|denied|claimed)\b", re.I)


def _forms(word: str) -> set[str]:
    """Prefixes that catch a lemma's inflections: shell (shelled, shelling), strike (strikes) and
    striking, kidnap (kidnapped), rally and ralli (rallied), gunman and gunmen."""
    word = word.lower()
    forms = {word}
    if word.endswith("e") and len(word) > 2:
        forms.add(word[:-1] + "ing")
    if word.endswith("y") and len(word) > 3:
        forms.add(word[:-1] + "i")
    if word.endswith("man"):
        forms.add(word[:-3] + "men")
    return forms


def _key_word(words: tuple[str, ...]) -> str:
    """The word of a phrase to scan for: its longest, so "take control" looks for "control"."""
    return max(words, key=len)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    forms: set[str] = set()
    for entry in load_triggers():
        words = tuple(w for w in entry.words if w != "-")
        forms |= _forms(words[0] if len(words) == 1 else _key_word(words))
    for verb, stance in load_reporting_verbs().items():
        if stance != "asserts":
            forms |= _forms(verb)
    for word in IRREGULAR:
        forms |= _forms(word)
    ordered = sorted((f for f in forms if len(f) >= 2), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in ordered) + r")", re.IGNORECASE)


def is_relevant(text: str) -> bool:
    return _pattern().search(text) is not None


def needs_previous_speaker(text: str) -> bool:
    return PRONOUN_SPEAKER.search(text) is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: the units the fast path keeps or skips."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group(0).strip():
            spans.append((match.start(), match.end()))
    return spans
