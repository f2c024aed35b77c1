"""A count over years ("the war has killed tens of thousands since 2003") is no event: not even a past
one. A past event told as background stays, flagged historical. Sentences written for these tests."""

from datetime import date

import pytest

import conflictscope

PUBLISHED = date(2019, 6, 10)


def told(text: str) -> list[tuple[str, bool]]:
    return [(e.sub_event_type, e.historical) for e in conflictscope.extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "The conflict has killed more than 10,000 people since 2014, according to the UN.",
        "Since the start of 2017, militants have attacked dozens of villages in the province.",
        "Security forces had killed at least 300 protesters since October, the rights group said.",
        "Over the past three years, bombings in the city have killed hundreds of civilians.",
    ],
)
def test_a_tally_since_long_ago_is_no_event(text):
    assert told(text) == []


def test_the_event_of_a_report_stays_beside_its_tally():
    text = "Negotiators signed a ceasefire in Khartoum on Sunday. The war has killed tens of thousands of people since 2003."
    assert told(text) == [("Agreement", False)]


def test_a_count_since_a_recent_day_is_an_event():
    # the fighting since Friday is this week's fighting, not a tally of years
    assert told("Fighting between the army and rebels near Goma has killed 20 people since Friday.") == [("Armed clash", False)]


def test_a_past_event_told_as_background_stays_historical():
    assert told("The town was seized by rebels in March 2014.") == [("Non-state actor overtakes territory", True)]
