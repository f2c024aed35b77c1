"""Dates written the way local papers and news stories write them (mentions/dates.py): "at the weekend",
"on the 9th inst.", "on the 28th ult.", days the calendar names ("on Christmas Eve"). Sentences written
for these tests."""

from datetime import date

import pytest
from helpers import current_events

from conflictscope.mentions.dates import find_dates_at


def values(text: str, published: date) -> list[tuple[str, date, int]]:
    return [(d.text, d.value, d.precision) for d in find_dates_at(text, 0, published)]


MONDAY = date(2019, 3, 11)


def test_at_the_weekend_is_the_weekend_before_publication():
    assert values("Gunmen raided a village at the weekend.", MONDAY) == [("at the weekend", date(2019, 3, 9), 2)]
    assert values("Gunmen raided a village over the weekend.", MONDAY) == [("over the weekend", date(2019, 3, 9), 2)]


@pytest.mark.parametrize(
    "written, day",
    [
        ("on 9th inst.", date(2019, 3, 9)),
        ("on the 9th instant", date(2019, 3, 9)),
        ("on the 28th ult.", date(2019, 2, 28)),
        ("on 2nd ultimo", date(2019, 2, 2)),
    ],
)
def test_days_of_this_month_and_of_the_month_before_as_local_papers_write_them(written, day):
    found = values(f"Police arrested 20 students in Dhaka {written}", MONDAY)
    assert [(value, precision) for _, value, precision in found] == [(day, 1)]


def test_a_day_of_this_month_still_to_come_is_no_date():
    assert values("The hartal called for the 20th inst. was put off.", MONDAY) == []


@pytest.mark.parametrize(
    "text, published, day",
    [
        ("Gunmen attacked a church in Jos on Christmas Eve, killing seven worshippers.", date(2011, 12, 27), date(2011, 12, 24)),
        ("A bomb exploded in a market in Quetta on New Year's Day, killing three people.", date(2012, 1, 3), date(2012, 1, 1)),
        ("Rebels shelled the town on New Year’s Eve, killing two civilians.", date(2012, 1, 2), date(2011, 12, 31)),
    ],
)
def test_days_named_by_the_calendar(text, published, day):
    events = current_events(text, published)
    assert [e.date for e in events] == [day]


@pytest.mark.parametrize("written", ["05/03/2004", "05.03.2004", "5.3.2004", "05-03-2004"])
def test_numeric_dates_with_any_of_the_usual_separators(written):
    assert [(v, p) for _, v, p in values(f"Armed men killed two traders near Kismayo on {written}.", date(2004, 3, 10))] == [
        (date(2004, 3, 5), 1)
    ]


def test_mixed_separators_or_a_decimal_are_no_date():
    assert values("The index rose 12.03/2004 points.", date(2004, 3, 10)) == []
    assert values("Turnout was 12.3.2004.5 per cent.", date(2004, 3, 10)) == []
