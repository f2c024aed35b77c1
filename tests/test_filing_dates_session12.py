"""The day a report was filed, from its dateline or its dated heading, is the day its "on Monday" counts
back from, and a dateline's date is no event's (mentions/datelines.py). A statement's day is not the
event's ("said on Tuesday it had ... on Sunday"). Sentences written for these tests."""

from datetime import date

import pytest
from helpers import current_events

from conflictscope.mentions.datelines import read_filing


def dates(text: str, published: date) -> list[date]:
    return [e.date for e in current_events(text, published)]


# 14 January 1998 was a Wednesday; the reports came out the next day or later.
@pytest.mark.parametrize(
    "dateline",
    ["BO, Jan 14 (Reuters) -", "BO, Sierra Leone, Jan 14 (Reuters) -", "Bo, January 14:", "BO, 14 January 1998 (AFP) --"],
)
def test_a_weekday_counts_back_from_the_dateline_not_from_publication(dateline):
    text = f"{dateline} Rebels raided a village near Kenema on Monday, killing seven civilians, police said."
    assert dates(text, date(1998, 1, 16)) == [date(1998, 1, 12)]


def test_the_dateline_day_is_not_the_event_day_when_the_story_gives_one():
    text = "BO, Jan 14 (Reuters) - Rebels raided a village near Kenema on Sunday, killing seven civilians."
    assert dates(text, date(1998, 1, 14)) == [date(1998, 1, 11)]


def test_a_dated_heading_sets_the_day_too():
    text = "Protection bulletin, Kenema district, 14 January 1998.\nRebels raided a village near Kenema on Monday, killing seven civilians."
    assert dates(text, date(1998, 2, 2)) == [date(1998, 1, 12)]


def test_what_a_filing_is_and_is_not():
    filing = read_filing("FREETOWN, Jan 14 (Reuters) - Rebels attacked Bo.", date(1998, 1, 15))
    assert filing is not None and filing.filed == date(1998, 1, 14) and filing.town == (0, 8)
    # a note that opens with its date, and a sentence about a town, are no datelines
    assert read_filing("On 14 January 1998, rebels attacked Bo.", date(1998, 1, 15)) is None
    assert read_filing("Freetown was calm on Monday after a week of fighting.", date(1998, 1, 15)) is None
    # a dateline later than the publication day is not believed
    assert read_filing("Bo, 20 January 1998: rebels attacked the town.", date(1998, 1, 15)).filed is None


@pytest.mark.parametrize(
    "text",
    [
        "The army said on Tuesday it had killed nine rebels in a clash near Kenema on Sunday.",
        "The army told reporters on Tuesday that rebels had raided Kenema on Sunday, killing nine civilians.",
        "The army said Tuesday that rebels had raided Kenema on Sunday, killing nine civilians.",
    ],
)
def test_the_day_of_a_statement_is_not_the_day_of_the_event(text):
    assert dates(text, date(1998, 1, 15)) == [date(1998, 1, 11)]


def test_a_statement_day_stays_when_it_is_the_only_day():
    assert dates("Police said on Tuesday that they had arrested five looters in Kenema.", date(1998, 1, 15)) == [date(1998, 1, 13)]


def test_a_date_in_brackets_after_the_town_is_the_filing_day():
    filing = read_filing("WEST BO (Jan. 14, 1998) - A trader was shot dead at his shop.", date(1998, 1, 20))
    assert filing is not None and filing.filed == date(1998, 1, 14)


def test_the_dateline_date_is_the_event_date_when_the_sentence_has_no_other():
    (event,) = current_events("BO, Jan 14 (Reuters) - Rebels raided a village near Kenema, killing seven civilians.", date(1998, 1, 14))
    assert (event.date, event.time_precision) == (date(1998, 1, 14), 1)


def test_a_heading_needs_no_figures_but_its_date():
    # a first sentence that tells an event with a street number is no heading
    assert read_filing("Two men were shot on 8th Street, March 8, 2017.\nPolice said on Thursday ...", date(2018, 3, 9)) is None
