"""Mends of session 19's no-event readings (the review of bf65fd2 and 4e17947): a victim's age is no span
of a tally, an arrest of political weight stays whatever the charge and the theft it is for is no event,
a report heading does not hide an event told with its day. Texts are our own."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import current_events, only_event


READ_ON = date(2024, 3, 5)


# ---- a victim's age is no span of a tally


@pytest.mark.parametrize(
    "text, sub_type",
    [
        ("A 12-year-old boy was killed in clashes between police and protesters in Nairobi, witnesses said.", "Violent demonstration"),
        ("A 9-year-old girl was shot dead in attacks by gunmen on a village near Kaduna, residents said.", "Attack"),
    ],
)
def test_a_childs_age_keeps_the_event(text, sub_type):
    assert only_event(text, READ_ON).sub_event_type == sub_type


def test_a_span_of_the_clause_still_makes_a_tally():
    text = "At least 40 civilians were killed in attacks across northern Burkina Faso in the first three months of the year."
    assert current_events(text, READ_ON) == []


# ---- arrests for a theft


@pytest.mark.parametrize(
    "text, place",
    [
        ("Soldiers arrested five al-Shabaab fighters for stealing weapons in Kismayo on Monday.", "Kismayo"),
        ("Police in Harare arrested opposition leader Job Sikhala on Monday on charges of fraud.", "Harare"),
        ("Troops detained four Houthi rebels in Taiz on Sunday over the theft of fuel.", "Taiz"),
    ],
)
def test_an_arrest_of_political_weight_stays(text, place):
    event = only_event(text, READ_ON)
    assert event.sub_event_type == "Arrests"
    assert event.location is not None and event.location.name == place


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three men for stealing cattle in Kismayo on Monday.",
        "Police in Mombasa detained two youths over the theft of mobile phones on Friday.",
    ],
)
def test_the_theft_of_a_common_arrest_is_no_event(text):
    assert current_events(text, READ_ON) == []


# ---- a report heading and a day


@pytest.mark.parametrize(
    "text, sub_type",
    [
        ("Annual report: police killed 12 protesters in Nairobi on Monday, the group said.", "Excessive force against protesters"),
        ("Annual review: soldiers shot dead three farmers near Goma on 2 March, the monitor said.", "Attack"),
    ],
)
def test_an_annual_heading_keeps_an_event_with_its_day(text, sub_type):
    assert only_event(text, READ_ON).sub_event_type == sub_type


def test_an_annual_heading_over_a_tally_still_drops_it():
    assert current_events("Annual report: police killed 1,200 people in Kenya, the group said.", READ_ON) == []


def test_a_day_in_the_heading_is_the_reports():
    text = "Annual report released on Monday: police killed 1,200 people in Kenya, the group said."
    assert current_events(text, READ_ON) == []
