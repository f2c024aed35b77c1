"""Mends of the session-19 review (merges, tolls, alert stamps, the town of the people who acted, the year a
text sets): sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from conflictscope.mentions.datelines import read_filing
from helpers import current_events, only_event, pipeline_events

DAY = date(2024, 3, 5)


def _tolls(text, published=DAY):
    return {e.location.name: e.fatalities for e in current_events(text, published) if e.location is not None}


def test_another_source_toll_competes_and_the_lower_is_coded():
    text = (
        "Gunmen killed 16 people in an attack on a market in Gao on Saturday, police said. Hospital sources put "
        "the death toll at 19."
    )
    assert only_event(text, DAY).fatalities == 16


def test_a_risen_toll_replaces_the_first_count():
    text = "Gunmen killed 16 people in an attack on a market in Gao on Saturday, police said. The death toll later rose to 19."
    assert only_event(text, DAY).fatalities == 19


@pytest.mark.parametrize(
    "second",
    [
        "Separately, the death toll from a cholera outbreak in the region rose to 40, health officials said.",
        "The death toll from a cholera outbreak in the region rose to 40, health officials said.",
    ],
)
def test_a_toll_of_another_cause_is_not_the_bombing_s(second):
    text = "A car bomb exploded in Mogadishu on Saturday, killing five people. " + second
    assert only_event(text, DAY).fatalities == 5


def test_an_age_is_no_place_s_toll():
    tolls = _tolls("Militants killed two people in Gao and a 25-year-old trader in Menaka on Monday.")
    assert tolls.get("Menaka") != 25


def test_a_border_town_abroad_named_with_its_demonym_keeps_its_event():
    text = (
        "RSF fighters attacked El Geneina in West Darfur on Monday, killing 20 people, Sudanese officials said. "
        "On the same day, RSF fighters shelled the Chadian border town of Adre, killing two."
    )
    events = current_events(text, DAY)
    assert sorted(e.location.country_code for e in events) == ["SD", "TD"]
    assert max(e.fatalities for e in events) == 20


def test_a_year_after_an_alert_day_is_no_time_of_day():
    filing = read_filing("Juba security update 12/08 2019 - Gunmen killed two people in Juba.", DAY)
    assert filing is None or filing.filed is None


@pytest.mark.parametrize(
    "text, town",
    [
        ("Police in Lagos arrested five protesters from Ibadan on Monday.", "Lagos"),
        ("Protesters in Abuja blocked a road on Monday to demand the release of activists detained in Kano.", "Abuja"),
    ],
)
def test_the_town_of_the_people_who_acted_stays_beside_a_town_far_off(text, town):
    assert town in [e.location.name for e in current_events(text, DAY) if e.location is not None]


def test_a_tally_s_year_of_last_year_sets_no_story_year():
    text = "The conflict killed 500 people in 2023, the report said. On 2 January, gunmen attacked a church in Jos."
    assert [e.date for e in pipeline_events(text, DAY)] == [date(2024, 1, 2)]
