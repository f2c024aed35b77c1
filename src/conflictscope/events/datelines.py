"""A wire story's dateline ("KATHMANDU, Dec 1 (Reuters) - Rebels attacked a post in Dang ...",
"JACKSONVILLE, Fla. -") says where the story was filed, not where its event happened. The event's place is
the town the sentence names; the dateline's town is its place when the sentence names no town (a local
paper's dateline is often the event's town). The dateline itself is read in mentions/datelines.py."""

from __future__ import annotations

from conflictscope.events.mention import SentenceFacts
from conflictscope.mentions.datelines import dateline_after
from conflictscope.types import PlaceMention


def dateline_places(facts: SentenceFacts) -> list[PlaceMention]:
    """The places of the dateline that opens the sentence: its town and the country or province after
    it ("JACKSONVILLE, Fla."); none when the sentence opens with no dateline."""
    sent = facts.sent
    text = sent.text
    lead = len(text) - len(text.lstrip(" \t\r\n\"'“‘"))
    for mention in facts.places:
        if mention.start - sent.start_char != lead:
            continue
        where = dateline_after(text, mention.end - sent.start_char)
        if where is None:
            return []
        end = sent.start_char + where[1]
        return [m for m in facts.places if m is mention or (mention.end <= m.start and m.end <= end)]
    return []
