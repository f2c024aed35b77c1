"""A wire story's dateline ("KATHMANDU, Dec 1 (Reuters) - Rebels attacked a post in Dang ...") says where
the story was filed, not where its event happened. The event's place is the one the sentence names; the
dateline's town is its place only when the sentence names none (a local paper's dateline is often the
event's town)."""

from __future__ import annotations

import re

from conflictscope.events.mention import SentenceFacts
from conflictscope.types import PlaceMention

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

# What follows the town in a dateline, up to the dash or colon that opens the story: a country or
# province (", Yugoslavia"), a date (", March 3", "March 3, 1999"), an agency in brackets ("(Reuters)").
_REST_OF_DATELINE = re.compile(
    rf"""
    (?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})?       # , Sri Lanka
    (?:\s*,?\s*{_MONTH}\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?)?          # , Dec 1 / March 3, 1999
    (?:\s*\([A-Z][^()]{{0,40}}\))?                                 # (Reuters) / (AP)
    \s*(?:--?|–|—|:)\s                                             # the dash or colon before the story
    """,
    re.VERBOSE,
)


def dateline_place(facts: SentenceFacts) -> PlaceMention | None:
    """The place that opens the sentence as a dateline, if one does."""
    sent = facts.sent
    text = sent.text
    lead = len(text) - len(text.lstrip(" \t\r\n\"'“‘"))
    for mention in facts.places:
        begin = mention.start - sent.start_char
        if begin != lead:
            continue
        if _REST_OF_DATELINE.match(text, mention.end - sent.start_char):
            return mention
    return None
