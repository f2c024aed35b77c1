"""Mends of the session-19 review, second part: the victims' demand, not a speaker's, makes the forces'
killing excessive force against protesters; a hazard story reads on after a turn to another incident.
Texts written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import current_events, only_event

DAY = date(2024, 3, 5)


def test_speakers_demanding_justice_make_no_protest_of_a_killing():
    text = (
        "Soldiers killed four farmers in Benue on Monday, and residents demanding justice said the troops had opened "
        "fire without warning."
    )
    event = only_event(text, DAY)
    assert event.event_type == "Violence against civilians" and event.actor1.kind == "state_forces"


def test_villagers_demanding_something_when_shot_are_protesters():
    text = "Soldiers shot dead four villagers demanding the release of their chief in Benue on Monday."
    assert only_event(text, DAY).sub_event_type == "Excessive force against protesters"


def test_a_hazard_story_reads_on_after_a_turn_to_another_incident():
    text = (
        "Earthquake hits eastern Turkey\nSeparately, two villagers were killed in Hakkari on Monday when a dispute "
        "between two families turned violent."
    )
    assert [e.location.name for e in current_events(text, DAY)] == ["Hakkari"]


def test_a_hazard_story_s_own_ruins_stay_no_event():
    text = "Earthquake hits eastern Turkey\nHundreds of buildings were destroyed and rescue teams are fighting to reach the villages."
    assert current_events(text, DAY) == []


def test_the_rank_of_a_night_is_no_count_of_the_dead():
    text = "Rioters torched cars in Lyon overnight, the fourth night of unrest after police shot dead a teenager in Nanterre."
    assert all(e.fatalities <= 1 for e in current_events(text, date(2023, 7, 1)))


def test_a_third_soldier_who_died_still_brings_the_toll_to_three():
    text = "Two soldiers were killed in an ambush near Gao on Saturday. A third soldier died of his wounds in hospital."
    assert only_event(text, date(2021, 6, 20)).fatalities == 3
