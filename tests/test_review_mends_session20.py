"""Mends to session 20's readings found by its reviewer (h47): a sentence that opens with a new act
("A suicide bomber ...") tells no capital-dateline event's place; the dead a homage remembers from last
week are a recent event's. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import current_events

PUBLISHED = date(2019, 3, 14)


def test_a_new_act_of_the_same_kind_does_not_move_the_datelines_event():
    text = (
        "KABUL (Reuters) - A suicide bomber killed 10 people at a wedding hall on Monday, officials said. "
        "A suicide bomber blew himself up at a police checkpoint in Ghazni province, a spokesman said."
    )
    events = current_events(text, PUBLISHED)
    assert [(e.location.name, e.fatalities) for e in events if e.fatalities] == [("Kabul", 10)]


def test_the_incident_retold_still_moves_the_datelines_event():
    text = (
        "ABUJA (Reuters) - Nigerian troops killed 30 fighters who attacked a military base on Friday, the army "
        "said. The militants stormed the base in Damasak, Borno state, before dawn."
    )
    assert [e.location.name for e in current_events(text, PUBLISHED)] == ["Damasak"]


def test_the_dead_remembered_from_last_week_are_an_event():
    text = "Residents of Kidal honoured the 12 soldiers killed by jihadists in an ambush near the town last week."
    events = current_events(text, PUBLISHED)
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in events] == [("Armed clash", "Kidal", 12)]


def test_the_dead_remembered_years_on_are_no_event():
    assert current_events("Mourners in Kidal honoured the 67 people killed in the siege ten years on.", PUBLISHED) == []
