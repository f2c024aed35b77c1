"""ACLED's precedence within one event (session 20): an attack told beside an abduction of the same
incident is the event, the higher sub-type, whether or not its dead are counted. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import current_events

PUBLISHED = date(2020, 5, 6)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2020, unidentified gunmen attacked two villages in Chikun LGA (Kaduna). 12 residents were "
        "abducted and the villages looted.",
        "Bandits raided a farming settlement near Gusau on Monday night, beating the men. They took away "
        "nine women, residents said.",
    ],
)
def test_an_attack_with_an_abduction_is_the_attack(text):
    assert [e.sub_event_type for e in current_events(text, PUBLISHED)] == ["Attack"]


def test_an_abduction_alone_stays_an_abduction():
    text = "Gunmen abducted 12 residents of a village near Kaduna on Monday. The kidnappers have demanded a ransom."
    assert [e.sub_event_type for e in current_events(text, PUBLISHED)] == ["Abduction/forced disappearance"]
