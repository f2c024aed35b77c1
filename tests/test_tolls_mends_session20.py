"""Tolls, session 20, review mends: a toll with no "death" before it is the count of the dead only when
what it is of or from is an incident, a conflict or the dead (or it has no such object), and the word
after its figure names none of the hurt or the arrested. "The toll of injured rose to 40" and "the toll
stood at 12 injured" count no dead. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import only_event

from conflictscope.mentions.quantities import find_casualties
from conflictscope.nlp.analyze import get_nlp


def killed_counts(sentence: str) -> list[int]:
    return [m.count for m in find_casualties(get_nlp()(sentence)) if m.kind == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll of injured rose to 40.",
        "The toll stood at 12 injured.",
        "The toll of those wounded in the raid climbed to 15, a doctor said.",
        "By evening the toll of arrests had reached 60.",
        "The toll stood at 40 arrested and dozens hurt, the lawyers' union said.",
        "The toll of dead and injured rose to 31.",
        "The toll of casualties rose to 22 on Friday.",
    ],
)
def test_a_bare_toll_of_the_hurt_or_arrested_is_no_dead(sentence):
    assert killed_counts(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The toll from the outbreak of fighting rose to 40.", [40]),
        ("The toll of the attack rose to 40.", [40]),
        ("The toll from the air strikes on the town rose to 20, medics said.", [20]),
        ("The toll of the day's violence stood at 9.", [9]),
        ("The toll of those killed in the ambush rose to 15.", [15]),
        ("The toll stood at 12, officials said.", [12]),
        ("The toll rose to 14 dead on Tuesday.", [14]),
    ],
)
def test_a_bare_toll_of_an_incident_or_of_the_dead_counts_them(sentence, expected):
    assert killed_counts(sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with protesters in Kano on Monday. The toll of injured rose to 40.",
        "Police clashed with protesters in Kano on Monday. The toll stood at 12 injured.",
    ],
)
def test_the_riots_toll_of_injured_gives_no_fatalities(text):
    event = only_event(text, published=date(2019, 3, 14))
    assert event.fatalities == 0


def test_the_riots_toll_from_the_fighting_is_its_dead():
    text = "Police clashed with protesters in Kano on Monday. The toll from the fighting rose to 40."
    assert only_event(text, published=date(2019, 3, 14)).fatalities == 40
