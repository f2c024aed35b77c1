"""Dates that are not the event's: a date in a name ("the July 7 neighbourhood"), the last day of a span
read alone in the wrong year ("from 2 - 4 May" in a report of 2 May), a date of another clause
("workers of a plant that closed in 2017 held a protest"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import current_events

from conflictscope.mentions.dates import find_dates


def read(nlp, text: str, published: str) -> list[tuple[str, dt.date | None, int]]:
    return [(d.text, d.value, d.precision) for d in find_dates(nlp(text), dt.date.fromisoformat(published))]


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on the July 7 neighbourhood of the port.",
        "Residents of the 25 of March sector blocked the road.",
        "Police closed 26 July Avenue.",
        "Traffic stopped on the 6th of October bridge.",
        "Members of the April 6 movement marched.",
    ],
)
def test_a_date_that_names_a_place_or_group_is_no_date(nlp, text):
    assert read(nlp, text, "2021-05-06") == []


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Around 2 May 2021 (from 2 - 4 May), traders closed their shops.", "2021-05-02", ("2 - 4 May", dt.date(2021, 5, 4), 2)),
        ("Between 27 April and 4 May, traders closed their shops.", "2021-04-30", ("27 April and 4 May", dt.date(2021, 5, 4), 2)),
        ("Traders closed their shops May 2-4, 2021.", "2021-05-20", ("May 2-4, 2021", dt.date(2021, 5, 4), 2)),
        ("Traders closed their shops between 30 December and 2 January 2021.", "2021-01-05", ("30 December and 2 January 2021", dt.date(2021, 1, 2), 2)),
    ],
)
def test_a_span_of_days_is_its_last_day_in_the_year_of_its_first(nlp, text, published, expected):
    assert expected in read(nlp, text, published)


def test_figures_with_a_dash_are_no_span(nlp):
    assert read(nlp, "On 4 May 2021, 3 - 4 people were hurt.", "2021-05-04") == [("4 May 2021", dt.date(2021, 5, 4), 1)]


def test_a_date_in_another_clause_is_not_the_event_date():
    text = "On 9 May 2021, workers of a tannery that closed down a few years ago held a protest in Kayes against their unpaid wages."
    assert [(e.date, e.sub_event_type) for e in current_events(text, dt.date(2021, 5, 9))] == [(dt.date(2021, 5, 9), "Peaceful protest")]


def test_a_date_in_the_clause_of_the_event_is_kept_over_a_nearer_one():
    text = "Teachers who had passed the exam in 2019 held a sit-in in Kayes on 30 April 2021, demanding their postings."
    assert [e.date for e in current_events(text, dt.date(2021, 4, 30))] == [dt.date(2021, 4, 30)]
