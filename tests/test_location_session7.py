"""Where events are placed, session 7: an event told without a place and dated over a month before
publication is the text's own news when the text tells nothing newer (events/merge.py)."""

from __future__ import annotations

from datetime import date

import pytest

from conflictscope.pipeline import Extractor
from conflictscope.types import Document


def extract(text: str, fast: bool = True):
    return Extractor.default().extract(Document(text=text, id="locate7", published=date(2021, 6, 4)), fast=fast)


def told(events) -> list[tuple[str | None, str, str, bool]]:
    return [(e.location.name if e.location else None, e.sub_event_type, str(e.date), e.historical) for e in events]


@pytest.mark.parametrize("fast", [True, False])
def test_a_past_event_without_a_place_is_the_news_of_a_text_that_tells_nothing_newer(fast):
    events = extract("The engineer was abducted by gunmen from his home on 12 March 2020.", fast=fast)
    assert told(events) == [(None, "Abduction/forced disappearance", "2020-03-12", True)]


def test_a_past_strike_keeps_its_own_date_and_deaths():
    events = extract("Two villagers were killed when an air strike hit their farm on 2 April.")
    assert [(e.sub_event_type, str(e.date), e.fatalities, e.historical) for e in events] == [
        ("Air/drone strike", "2021-04-02", 2, True)
    ]


def test_background_beside_newer_news_without_a_place_is_still_dropped():
    text = (
        "On 3 June 2021, gunmen abducted two traders from a market. "
        "One of them had already been kidnapped in March 2019."
    )
    assert told(extract(text)) == [(None, "Abduction/forced disappearance", "2021-06-03", False)]


def test_background_beside_a_placed_event_is_still_dropped():
    text = (
        "On 3 June 2021, police arrested five protesters in Lagos. "
        "Their leader had been detained by the police in 2019."
    )
    events = extract(text)
    assert [e.location.name for e in events] == ["Lagos"]
    assert not any(e.historical for e in events)
