"""Where an event happened when a sentence names the town of the people who acted and the town where
they acted (session 19). Sentences written for these tests."""

from __future__ import annotations

from helpers import current_events


def _places(text):
    return [e.location.name for e in current_events(text) if e.location is not None]


def test_the_town_of_the_police_who_acted_is_no_second_scene():
    # one event at the scene, not one at the police's town with the same toll again
    assert _places("Police in Lagos opened fire on protesters at the Lekki toll gate on Saturday, killing ten.") == ["Lekki"]


def test_a_town_after_the_victims_stays_a_scene_of_its_own():
    places = _places("Gunmen killed three villagers in Kaduna and attacked a church in Zaria on Saturday.")
    assert sorted(places) == ["Kaduna", "Zaria"]


def test_the_actors_town_is_the_scene_when_no_other_is_named():
    assert _places("Police in Lagos fired tear gas at protesters on Saturday.") == ["Lagos"]
