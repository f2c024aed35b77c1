"""A town named only as where the speakers are (session 15): local speakers report what happened where
they are, so such a town places an event that no sentence near it places; a town told as elsewhere ("the
nearby town of X") does not. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import current_events, first_event

PUB = date(2019, 4, 12)


def test_police_of_a_town_report_an_event_there():
    event = first_event("Police in the northern town of Gulu say two people were shot dead last night by unknown gunmen.", PUB)
    assert event.location is not None and event.location.name == "Gulu"
    assert event.location.country_code == "UG"


def test_residents_of_a_town_report_shelling_there():
    text = (
        "Residents of El Fasher report heavy artillery fire since dawn. A medical official says at least seven "
        "civilians were killed when shells hit a market in the city this morning."
    )
    events = current_events(text, date(2023, 6, 10))
    assert [e.location.name for e in events if e.location] == ["El Fasher"]


def test_a_nearby_town_s_mayor_places_nothing():
    event = first_event("Gunmen shot dead two people at a trading centre, the mayor of the nearby town of Gulu told reporters.", PUB)
    assert event.location is None or event.location.name != "Gulu"


def test_the_story_s_own_town_wins_over_the_speakers():
    text = "Gunmen shot dead two traders in Lira on Thursday night, police in Gulu said."
    event = first_event(text, PUB)
    assert event.location is not None and event.location.name == "Lira"
