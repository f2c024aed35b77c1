"""Days of datelines under a title or a byline, and of datelines that give a weekday alone (session 21):
the dateline's day, not the day the paper came out, is the one the story's "last night", "today" and
"on Monday" count back from. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from conflictscope.mentions.datelines import read_filing
from helpers import only_pipeline_event

# ---- datelines under a title or a byline


def test_a_dateline_under_a_capitalised_byline_dates_the_story():
    text = (
        "SHELLS HIT REFUGEE CAMP\n\nFrom Our Own Correspondent\n\nDHUBRI, May 9 - Shells fired across the "
        "river fell on a refugee camp near Dhubri on Sunday evening, killing four people."
    )
    published = date(2021, 5, 11)  # a Tuesday: the dateline's Sunday is 9 May, the paper's would be too
    assert read_filing(text, published).filed == date(2021, 5, 9)
    assert only_pipeline_event(text, published).date == date(2021, 5, 9)


def test_last_night_counts_back_from_the_dateline_not_from_the_paper():
    text = (
        "Students fight police in Tondo\n\nFrom Our Correspondent\n\nMANILA, March 4 - Police fired tear gas at "
        "hundreds of students who threw stones and burned a police booth in Tondo last night."
    )
    assert only_pipeline_event(text, date(2021, 3, 6)).date == date(2021, 3, 3)


def test_a_title_read_as_an_undated_dateline_gives_way_to_the_dated_one_below():
    text = (
        "KISUMU UNREST: CURFEW IMPOSED\n\nKISUMU, Feb. 8 - Police opened fire on a crowd of protesters in "
        "Kisumu today, killing two young men."
    )
    filing = read_filing(text, date(2021, 2, 10))
    assert filing.filed == date(2021, 2, 8)
    assert text[filing.town[0] : filing.town[1]] == "KISUMU"
    assert only_pipeline_event(text, date(2021, 2, 10)).date == date(2021, 2, 8)


def test_an_undated_title_with_no_dateline_below_is_kept():
    text = "KABUL: Taliban kill five\n\nGunmen killed five people in Ghazni on Monday."
    assert read_filing(text, date(2021, 3, 10)).filed is None


# ---- a dateline's weekday alone


def test_a_weekday_dateline_is_the_latest_such_day_on_or_before_publication():
    text = "OMAGH, Tuesday - Youths threw petrol bombs at police lines in Omagh last night."
    published = date(2021, 6, 2)  # a Wednesday
    assert read_filing(text, published).filed == date(2021, 6, 1)
    assert only_pipeline_event(text, published).date == date(2021, 5, 31)


def test_a_weekday_dateline_on_the_day_of_publication_is_that_day():
    text = "SRINAGAR, Friday - Police fired tear gas at stone-throwing youths in Srinagar this afternoon."
    assert read_filing(text, date(2021, 6, 4)).filed == date(2021, 6, 4)


def test_a_dateline_with_a_province_is_no_weekday():
    text = "GOMA, North Kivu - Rebels shelled the outskirts of Goma on Sunday."
    assert read_filing(text, date(2021, 6, 2)).filed is None

