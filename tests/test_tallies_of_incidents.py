"""A toll told in the perfect over many incidents, with no day and no place of its own, is a tally, no
event; one told with its day or its place is the news. Sentences written for these tests."""

from datetime import date

import pytest

from helpers import current_events

FILED = date(2021, 2, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of civilians have been killed in attacks blamed on jihadists and on ethnic militias.",
        "Dozens of people have died in clashes between herders and farmers in the region.",
    ],
)
def test_a_tally_over_many_incidents_is_no_event(text):
    assert current_events(text, FILED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen have killed five people in attacks on two villages near Bankass on Sunday.",
        "Five people have been killed in an attack on a village near Bankass, officials said.",
    ],
)
def test_a_toll_with_its_day_or_place_or_one_incident_is_an_event(text):
    assert [e.fatalities for e in current_events(text, FILED)] == [5]
