"""Review mends of session 17's first round, on sentences written for these tests: a day's incident told
"during a land conflict" or "during the uprising" is an event, not a war's background; a count stands when
the sentence's check is told of something else ("the identity of the attackers could not be confirmed")."""

from __future__ import annotations

from datetime import date

import conflictscope
from helpers import first_event

PUB = date(2021, 3, 15)


def test_a_days_killing_during_a_local_conflict_is_an_event():
    event = first_event("Three villagers were killed on Tuesday during a land conflict in Nyanza.", PUB)
    assert event.fatalities == 3 and event.date == date(2021, 3, 9)


def test_a_days_killing_during_the_uprising_is_an_event():
    event = first_event("Two protesters were shot dead in Mandalay on Saturday during the uprising.", PUB)
    assert event.fatalities == 2


def test_a_wars_toll_is_still_background():
    assert [e for e in conflictscope.extract("Hundreds of civilians were killed during the conflict, the report said.", published=PUB) if not e.historical] == []


def test_a_count_stands_when_something_else_is_unconfirmed():
    event = first_event(
        "Ten people were killed when gunmen attacked a market in Gao on Sunday; the identity of the attackers "
        "could not be confirmed.",
        PUB,
    )
    assert event.fatalities == 10


def test_a_figure_that_could_not_be_verified_still_counts_nothing():
    event = first_event(
        "The RSF said it had killed more than 100 soldiers in El Fasher on Sunday, a figure that could not be verified.",
        PUB,
    )
    assert event.fatalities == 0
