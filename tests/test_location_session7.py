"""Where events are placed, session 7: an event told without a place and dated over a month before
publication is the text's own news when the text tells nothing newer (events/merge.py); a name
followed by a word for a part of a town (a station, a square, a neighbourhood, a road named by one
town) far from the town the sentence puts it in is a namesake, and the event is at that town
(events/locate.py, town_parts.tsv)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import pipeline_events

PUBLISHED = date(2021, 6, 4)


def told(events) -> list[tuple[str | None, str, str, bool]]:
    return [(e.location.name if e.location else None, e.sub_event_type, str(e.date), e.historical) for e in events]


@pytest.mark.parametrize("fast", [True, False])
def test_a_past_event_without_a_place_is_the_news_of_a_text_that_tells_nothing_newer(fast):
    events = pipeline_events("The engineer was abducted by gunmen from his home on 12 March 2020.", PUBLISHED, fast=fast)
    # dated in full and told alone with nothing of the text's own time: its record, no longer flagged
    # historical (session 16, pipeline._told_as_record)
    assert told(events) == [(None, "Abduction/forced disappearance", "2020-03-12", False)]


def test_a_past_strike_keeps_its_own_date_and_deaths():
    events = pipeline_events("Two villagers were killed when an air strike hit their farm on 2 April.", PUBLISHED)
    assert [(e.sub_event_type, str(e.date), e.fatalities, e.historical) for e in events] == [
        ("Air/drone strike", "2021-04-02", 2, True)
    ]


def test_background_beside_newer_news_without_a_place_is_still_dropped():
    text = (
        "On 3 June 2021, gunmen abducted two traders from a market. "
        "One of them had already been kidnapped in March 2019."
    )
    assert told(pipeline_events(text, PUBLISHED)) == [(None, "Abduction/forced disappearance", "2021-06-03", False)]


def test_background_beside_a_placed_event_is_still_dropped():
    text = (
        "On 3 June 2021, police arrested five protesters in Lagos. "
        "Their leader had been detained by the police in 2019."
    )
    events = pipeline_events(text, PUBLISHED)
    assert [e.location.name for e in events] == ["Lagos"]
    assert not any(e.historical for e in events)


def places(text: str, fast: bool = True) -> list[str | None]:
    return [e.location.name if e.location else None for e in pipeline_events(text, PUBLISHED, fast=fast)]


@pytest.mark.parametrize("fast", [True, False])
def test_a_metro_station_in_a_town_is_in_that_town_even_when_a_province_bears_its_name(fast):
    text = "On 3 June 2021, about thirty students held a protest near the Uskhod metro station in Minsk against a military parade."
    assert places(text, fast=fast) == ["Minsk"]


def test_a_neighbourhood_is_in_the_town_the_sentence_opens_with():
    text = "On 3 June 2021, in Zumpango de Ocampo, Mexico, residents of the San Lorenzo neighborhood protested against a crematorium."
    assert places(text) == ["Zumpango"]


def test_a_road_named_by_one_town_is_not_that_town_when_said_to_be_in_another():
    text = "On 3 June 2021, a district party unit staged a protest near the Jalandhar bypass in Ludhiana (Punjab) against the alleged discrimination."
    assert places(text) == ["Ludhiana"]


def test_the_end_of_a_blocked_highway_is_the_same_protest_as_the_town_it_was_blocked_in():
    text = (
        "On 3 June 2021, several hundred transport workers staged a protest by blocking the Khulna-Dhaka "
        "highway at the bus terminal in Phultala town (Phultala, Khulna)."
    )
    assert places(text) == ["Phultala"]


def test_a_site_named_after_its_own_town_stays_there():
    assert places("On 3 June 2021, gunmen attacked a checkpoint near Jalalabad airport.") == ["Jalalabad"]
    assert places("On 3 June 2021, two men were shot dead in the Khan Agha area of Tarinkot district.") == ["Tarinkot"]


def test_a_bridge_said_to_be_in_a_district_town_is_there():
    text = "On 3 June 2021, migrant labourers staged a blockade near Kalpi Bridge in Jalaun district (UP) as they were stopped."
    assert places(text) == ["Jalaun"]


@pytest.mark.parametrize("fast", [True, False])
def test_as_reported_on_a_day_in_a_town_places_the_event_in_the_town(fast):
    # "as reported" is the note's formula for the date, not someone speaking in Cuernavaca
    text = "As reported on 28 May 2021, in Cuernavaca, Morelos, members of a local gang delivered boxes with food to families during the lockdown."
    assert places(text, fast=fast) == ["Cuernavaca"]


def test_people_speaking_in_a_town_still_do_not_place_the_event_there():
    text = "Officials speaking in Kandahar said that gunmen had abducted two engineers on 2 June 2021."
    assert places(text) != ["Kandahar"]


def test_a_colonia_is_a_quarter_of_the_town_the_sentence_names():
    text = "Around 3 June 2021, in Guadalajara, Jalisco, a woman was shot and killed and her body was found in Colonia Colorines."
    assert places(text) == ["Guadalajara"]
