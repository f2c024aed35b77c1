"""Session 20 (h45): actor1 read from the body people belong to: "men of the Frontier Corps", "elements of
the Arakan Army" are that body; men of a village stay civilians. Every sentence is written for these
tests."""

from __future__ import annotations

from datetime import date

from helpers import current_events

PUBLISHED = date(2021, 6, 20)


def _first(text: str):
    events = current_events(text, PUBLISHED)
    assert events, text
    return events[0]


def test_men_of_a_state_force_are_that_force():
    event = _first("Men of the Frontier Corps shot dead a shopkeeper in Turbat on Monday, his brother said.")
    assert event.actor1.kind == "state_forces"
    assert "Frontier Corps" in event.actor1.name


def test_elements_of_a_rebel_army_are_that_army():
    event = _first("Elements of the Arakan Army shot dead two fishermen near Buthidaung on Monday.")
    assert event.actor1.kind == "rebel_group"
    assert "Arakan Army" in event.actor1.name


def test_men_of_a_village_are_no_armed_body():
    event = _first("Two men of the village were shot dead by soldiers near Kisii on Monday.")
    assert event.actor1.kind == "state_forces"
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_a_family_of_suicide_bombers_are_the_bombing_authors_not_civilians():
    event = _first("A family of suicide bombers blew themselves up at two churches in Makassar on Sunday, killing nine worshippers.")
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor1.kind == "political_militia"


def test_insurgents_sympathisers_shot_by_troops_are_civilians():
    event = _first("Troops shot dead three suspected Maoist sympathisers in a village of Malkangiri district on Wednesday.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_insurgents_fighters_shot_by_troops_stay_the_group():
    event = _first("Troops shot dead three Maoist fighters in a forest of Malkangiri district on Wednesday.")
    assert event.event_type == "Battles"
    assert event.actor2 is not None and event.actor2.kind == "rebel_group"


# ---- insurgents of earlier decades (past_insurgencies.tsv)


def test_viet_cong_guerrillas_are_a_rebel_group():
    events = current_events("SAIGON, March 4 (UPI) -- Viet Cong guerrillas overran a militia post near Ben Cat on Wednesday, killing nine defenders.", date(1966, 3, 5))
    assert events
    assert events[0].actor1.kind == "rebel_group"
    assert events[0].actor1.name.startswith("Viet Cong")


def test_mau_mau_raiders_are_a_rebel_group():
    events = current_events("NAIROBI, Jan 25 -- Mau Mau raiders attacked a police post near Naivasha on Monday night and carried off rifles.", date(1953, 1, 27))
    assert events
    assert events[0].actor1.kind == "rebel_group"
    assert events[0].actor1.name.startswith("Mau Mau")
