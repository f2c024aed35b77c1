"""The day of a date is never a number of victims: ACLED's "Around 9 May 2020 (as reported), a man was
found dead" once came out as nine dead, because the parser hangs "9 May" on the verb as its subject
(mentions/quantities.py, _day_of_month)."""

from __future__ import annotations

from datetime import date

import pytest

import conflictscope

PUBLISHED = date(2021, 6, 12)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Around 9 May 2021 (as reported), in Tijuana, a man was found dead on a dirt road.", 1),
        ("Around 12 June 2021 (as reported), in Culiacan, a woman was found dead in a house. 1 fatality.", 1),
        ("On May 9, 2021, gunmen killed four villagers near Kidal.", 4),
        ("On 9 May, gunmen shot dead two traders in the market of Gao.", 2),
    ],
)
def test_the_day_of_a_date_is_not_the_toll(text, killed):
    found = conflictscope.extract(text, published=PUBLISHED)
    assert found and found[0].fatalities == killed


def test_a_number_after_a_month_still_counts_people():
    found = conflictscope.extract("In May 9 people were killed by gunmen in Kidal, officials said on 3 June.", published=PUBLISHED)
    assert found and found[0].fatalities == 9
