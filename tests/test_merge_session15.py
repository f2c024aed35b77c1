"""Violence at a place the gazetteer does not know, told beside a development at a known town (session
15): the violence is kept, at the development's place, with its type and dead. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

from helpers import current_events

PUB = date(2021, 3, 15)


def test_an_attack_on_an_unknown_village_is_not_lost_to_the_flight_it_caused():
    text = "On 10 March, armed men attacked the village of Tawori, killing 14 civilians. Some 2,000 people fled to Djibo."
    events = current_events(text, PUB)
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities == 14
    assert event.location is not None and event.location.name == "Djibo"


def test_an_attack_told_alone_keeps_its_own_reading():
    events = current_events("On 10 March, armed men attacked the village of Tawori, killing 14 civilians.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 14)]


def test_an_earlier_attack_does_not_join_a_later_day_s_arrests():
    text = (
        "On 2 March, armed men attacked the village of Tawori, killing 14 civilians. "
        "On 12 March, soldiers arrested six suspects in Djibo."
    )
    events = current_events(text, PUB)
    assert ("Strategic developments", "Arrests") in {(e.event_type, e.sub_event_type) for e in events}
    assert all(e.fatalities == 0 for e in events if e.sub_event_type == "Arrests")



def test_a_fight_told_as_going_on_elsewhere_makes_no_event_there():
    text = (
        "On Saturday, a car bomb in Ghazni city killed 30 members of the security forces, and fighting continues "
        "in Kandahar and Uruzgan."
    )
    events = current_events(text, date(2020, 12, 14))
    assert [(e.location.name, e.event_type) for e in events if e.location] == [("Ghazni", "Explosions/Remote violence")]
    assert events[0].fatalities == 30


def test_fighting_that_continues_told_alone_is_still_read():
    events = current_events("Fighting between the army and the rebels continued in Kandahar on Monday.", date(2020, 12, 14))
    assert [e.location.name for e in events if e.location] == ["Kandahar"]
