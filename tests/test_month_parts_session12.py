"""A part of a month ("early May", "mid-June 2019", "the end of March") is a span of about ten days,
coded at its middle with precision 2, and never later than the day the report came out."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictscope.mentions.dates import find_dates


def read(nlp, text: str, published: str) -> tuple[dt.date | None, int]:
    (found,) = find_dates(nlp(text), dt.date.fromisoformat(published))
    return found.value, found.precision


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Fighting resumed in early June 2019 near the dam.", "2019-08-01", dt.date(2019, 6, 5)),
        ("Fighting resumed in mid-June 2019 near the dam.", "2019-08-01", dt.date(2019, 6, 15)),
        ("Fighting resumed in late June 2019 near the dam.", "2019-08-01", dt.date(2019, 6, 25)),
        ("Fighting resumed at the end of February 2019 near the dam.", "2019-08-01", dt.date(2019, 2, 24)),
        ("Fighting resumed in early March near the dam.", "2019-08-01", dt.date(2019, 3, 5)),
    ],
)
def test_a_part_of_a_month_is_the_middle_of_its_ten_days(nlp, text, published, expected):
    assert read(nlp, text, published) == (expected, 2)


def test_a_part_of_the_month_of_publication_is_not_after_publication(nlp):
    assert read(nlp, "Troops shelled the village in late June 2019.", "2019-06-22") == (dt.date(2019, 6, 22), 2)
    assert read(nlp, "Troops shelled the village in mid-June.", "2019-06-12") == (dt.date(2019, 6, 12), 2)


def test_a_whole_month_is_still_its_fifteenth_with_precision_3(nlp):
    assert read(nlp, "Troops shelled the village in June 2019.", "2019-08-01") == (dt.date(2019, 6, 15), 3)
    assert read(nlp, "Troops shelled the village in June 2019.", "2019-06-04") == (dt.date(2019, 6, 4), 3)
