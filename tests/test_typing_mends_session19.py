"""Session 19 mends of the typing by who acted on whom (f5d537b):

- a bombing a protest is about, or one told with a day of its own before the protest's, was not used on
  the gathering: the protest stays the event (a device that went off at the march is still its attack);
- "a passer-by" (split by the tokeniser at its hyphen) is one of the people nouns, civilians like "a
  bystander"; the people nouns are read once, not once per document.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import current_events, only_event
from conflictscope.mentions.actors import _people_terms

PUBLISHED = date(2023, 9, 12)  # a Tuesday: "on Sunday" is 10 September


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds marched in Gulu on Sunday to condemn the bombing that killed nine people last month.",
        "Hundreds protested in Gulu on Sunday against the bomb attack that killed nine people at the bus park.",
        "Hundreds marched through Gulu on Sunday, three days after a bomb exploded at a bus park on Thursday, killing nine people.",
    ],
)
def test_a_bombing_the_protest_is_about_is_no_attack_on_it(text):
    event = only_event(text, PUBLISHED)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.fatalities == 0


@pytest.mark.parametrize(
    "text, sub",
    [
        ("A bomb exploded at a rally in Gulu on Sunday, killing five people.", "Remote explosive/landmine/IED"),
        ("A grenade was thrown into an opposition rally in Gulu on Sunday, killing two people.", "Grenade"),
        ("Officials condemned the bombing of a rally in Gulu on Sunday that killed five people.", "Remote explosive/landmine/IED"),
    ],
)
def test_a_device_used_at_the_gathering_stays_the_attack(text, sub):
    event = current_events(text, PUBLISHED)[0]
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", sub)


@pytest.mark.parametrize("noun", ["a passer-by", "two passers-by", "a bystander"])
def test_a_passer_by_shot_by_police_is_a_civilian(noun):
    event = only_event(f"Police shot dead {noun} in Kisumu on Monday.", PUBLISHED)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_people_nouns_read_once():
    assert _people_terms() is _people_terms()
    assert ("passer-by",) in _people_terms()
