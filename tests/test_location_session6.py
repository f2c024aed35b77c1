"""Where events are placed, session 6: a sentence that continues a story told at several places goes
to the first of them (events/merge.py), the place a note says an event was coded to is the
event's place (events/locate.py), and an event known only to its province is at the capital that
gives the province its name (events/merge.py)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import pipeline_events

PUBLISHED = date(2021, 6, 4)


def located(events) -> list[tuple[str | None, str]]:
    return [(e.location.name if e.location else None, e.sub_event_type) for e in events]


def test_the_police_response_continues_the_protest_at_the_town_not_at_its_district():
    text = (
        "On 2 June 2021, migrant workers in Mangalagiri town (Guntur, AP) held a protest demanding to be sent "
        "back home. Police resorted to a mild lathi charge to disperse the workers."
    )
    events = pipeline_events(text, PUBLISHED)
    assert located(events)[0] == ("Mangalagiri", "Protest with intervention")
    assert ("Guntur", "Protest with intervention") not in located(events)


def test_a_killing_told_next_goes_to_the_town_before_the_brackets():
    text = (
        "On 3 June 2021, traders protested in Binga (Lisala, Mongala) after the police seized a mill. "
        "The police fired into the air and shot dead a protester."
    )
    events = pipeline_events(text, PUBLISHED)
    first = events[0]
    assert first.location is not None and first.location.name == "Binga"
    assert first.sub_event_type == "Excessive force against protesters"
    assert first.fatalities == 1
    assert all(e.fatalities == 0 for e in events[1:])


def test_the_same_when_the_fast_path_is_off():
    text = (
        "On 2 June 2021, migrant workers in Mangalagiri town (Guntur, AP) held a protest demanding to be sent "
        "back home. Police resorted to a mild lathi charge to disperse the workers."
    )
    assert located(pipeline_events(text, PUBLISHED, fast=False)) == located(pipeline_events(text, PUBLISHED))


def test_a_single_place_story_is_continued_as_before():
    text = "On 2 June 2021, shop owners protested in Nagpur. The police detained ten of them."
    events = pipeline_events(text, PUBLISHED)
    assert located(events) == [("Nagpur", "Protest with intervention")]


def test_the_place_a_note_says_it_coded_the_event_to():
    text = (
        "On 2 June 2021, about 300 students marched in Kypseli [coded to Athens-Central Athens] against the "
        "police. They threw rocks at a bank."
    )
    events = pipeline_events(text, PUBLISHED)
    assert len(events) == 1
    assert events[0].location is not None
    assert (events[0].location.name, events[0].location.country_code) == ("Athens", "GR")
    assert events[0].sub_event_type == "Violent demonstration"


def test_a_coded_place_places_an_event_whose_square_the_gazetteer_lacks():
    events = pipeline_events("On 3 June 2021, dozens of nurses protested at Syntagma square [coded to Athens-Central Athens] against the new law.", PUBLISHED)
    assert [(e.location.name, e.location.country_code) for e in events if e.location] == [("Athens", "GR")]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, rival forces clashed in Mukayras (Al Bayda), killing 3. Fatalities coded as 0 (all 3 fatalities coded in Sanaa).",
        "On 3 June 2021, rival forces clashed in Mukayras (Al Bayda), killing 3. Deaths were coded to Sanaa.",
    ],
)
def test_victims_coded_elsewhere_do_not_move_the_event(text):
    events = pipeline_events(text, PUBLISHED)
    assert [e.location.name for e in events if e.location] == ["Mukayras"]


def test_a_first_place_read_abroad_does_not_take_the_story():
    # "BAYAN" is read as a town in China: the arrests continue the protest in Iloilo
    text = (
        "On 3 June 2021, students led by BAYAN staged a protest in Iloilo City against the closure of a "
        "broadcaster. Police arrested three of the students."
    )
    events = pipeline_events(text, PUBLISHED)
    assert ("Iloilo", "Protest with intervention") in located(events)


def test_an_event_known_only_to_its_province_is_at_the_capital_of_its_name():
    from conflictscope.geo.gazetteer import default_gazetteer

    events = pipeline_events("Around 2 June 2021, Taliban militants ambushed a convoy of Afghan forces in Farah province.", PUBLISHED)
    assert len(events) == 1
    location = events[0].location
    assert location is not None and location.name == "Farah" and location.geo_precision == 3
    town = next(p for p in default_gazetteer().candidates("Farah") if p.feature == "city" and p.country_code == "AF")
    assert (location.latitude, location.longitude) == (town.latitude, town.longitude)


def test_a_province_without_a_town_of_its_name_stays_where_its_people_live():
    from conflictscope.geo.gazetteer import default_gazetteer

    # (a province whose capital bears another name that admin1_seats.tsv gives is at that capital:
    # tests/test_geo_session15.py; Chad's are not listed)
    events = pipeline_events("Around 2 June 2021, gunmen ambushed a convoy of Chadian soldiers in Guera province.", PUBLISHED)
    location = events[0].location
    assert location is not None and location.geo_precision == 3
    region = next(p for p in default_gazetteer().candidates("Guera") if p.feature == "admin1")
    centre = default_gazetteer().settled_centre(region)
    assert (location.latitude, location.longitude) == (centre.latitude, centre.longitude)
