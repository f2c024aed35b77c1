"""Where a statement was issued is no place of the event it tells (session 16): "the army said in a
statement released in Gao" places nothing in Gao; "a bus carrying prisoners released in Gao" was in Gao.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import current_events


def test_the_town_a_statement_was_issued_in_is_no_second_event():
    text = "Suspected jihadists killed seven soldiers in an ambush near Menaka on Sunday, the army said in a statement released in Gao."
    events = current_events(text, date(2019, 6, 10))
    assert [e.location.name for e in events if e.location] == ["Menaka"]


def test_a_video_posted_from_a_town_places_nothing_there():
    text = "Gunmen stormed a police post near Jenin on Tuesday, killing two officers, according to a video message posted in Nablus."
    events = current_events(text, date(2021, 9, 15))
    assert events and all(e.location is not None and e.location.name != "Nablus" for e in events)


def test_people_released_in_a_town_place_the_event_there():
    # "released" hangs on prisoners, no statement: Gao is where the bus was
    text = "Jihadists ambushed a bus carrying prisoners released in Gao, killing four guards."
    events = current_events(text, date(2021, 9, 15))
    assert [e.location.name for e in events if e.location] == ["Gao"]
