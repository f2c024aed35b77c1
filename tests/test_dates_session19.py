"""Days of retrospective texts and community alerts (session 19): a day and month without a year in a text
that set an older year before it, a day's page heading with its weekday in brackets, an alert's stamp of
day, month and time, and an old account that opens with an undated scene. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from conflictscope.mentions.datelines import read_filing
from helpers import current_events, first_event, pipeline_events

LATE = date(2021, 9, 14)


@pytest.mark.parametrize(
    "text, day",
    [
        # a full date sets the year of the days after it
        ("On 1 August 1998, rebel fighters seized the airport at Goma. On 4 August they attacked the army "
         "garrison at Kisangani, killing dozens of soldiers.", date(1998, 8, 4)),
        # so does a month and year
        ("The rebellion began in August 1998. On 4 August, rebel fighters attacked the army garrison at "
         "Kisangani, killing dozens of soldiers.", date(1998, 8, 4)),
        ("Militiamen set up roadblocks across Kigali in April 1994. On 7 April they killed hundreds of "
         "civilians at the roadblocks, a report found.", date(1994, 4, 7)),
    ],
)
def test_a_yearless_day_takes_the_year_the_text_set(text, day):
    assert [e.date for e in current_events(text, LATE)][-1] == day


@pytest.mark.parametrize(
    "text",
    [
        # a recent day stays in the year of publication, whatever year was named before it
        "The group was founded in 2009 in Maiduguri. On 4 September its fighters attacked a police station "
        "in Bama, killing three officers.",
        # an open year is no year the story is set in
        "Since 2015 the region has been hit by raids. On 4 September gunmen attacked a police station in "
        "Bama, killing three officers.",
        "Raids have continued since June 2015. On 2 August gunmen attacked a police station in Bama, killing "
        "three officers.",
    ],
)
def test_a_background_year_leaves_the_day_in_its_own_year(text):
    # (history included: a day six weeks old is the story's background, but of this year)
    assert [e.date.year for e in pipeline_events(text, LATE) if e.date] == [2021]


def test_a_far_day_without_a_year_and_no_year_set_keeps_the_latest_year():
    text = "On 2 August gunmen attacked a police station in Bama, killing three officers."
    assert [e.date for e in pipeline_events(text, LATE)] == [date(2021, 8, 2)]


def test_a_day_heading_with_its_weekday_dates_the_lines_below():
    text = (
        "June 10, 2014 (Tuesday)\nArmed conflicts and attacks\nIslamic State militants seize control of "
        "Mosul after government troops withdraw from the city."
    )
    assert first_event(text, date(2014, 6, 11)).date == date(2014, 6, 10)


@pytest.mark.parametrize(
    "text, filed",
    [
        ("SMS ALERT 19/01 14:32: Heavy gunfire near Kalma camp, Nyala. Avoid the area.", date(2024, 1, 19)),
        ("Community alert (Juba Safety Group) 18/01 2105 - Armed robbers attacked a shop.", date(2024, 1, 18)),
        ("Security update 30/12 09:10 | Roads closed after a blast.", date(2023, 12, 30)),
    ],
)
def test_an_alert_stamp_gives_the_filing_day(text, filed):
    filing = read_filing(text, date(2024, 1, 20))
    assert filing is not None and filing.filed == filed


@pytest.mark.parametrize(
    "text",
    [
        "Police said 18/01 was the worst day of the year for robberies.",  # no time of day: no stamp
        "On 18/01 2105 people voted in the district.",  # a count after the day, no channel's name and dash
    ],
)
def test_no_alert_stamp_without_a_name_a_time_and_a_separator(text):
    filing = read_filing(text, date(2024, 1, 20))
    assert filing is None or filing.filed is None


def test_an_alert_stamp_dates_its_event():
    text = "Community alert (Juba Safety Group) 18/01 21:05 - Gunmen attacked a market in Juba, killing one trader."
    assert first_event(text, date(2024, 1, 20)).date == date(2024, 1, 18)


def test_an_old_account_opening_with_an_undated_scene_is_its_own_record():
    text = (
        "The assault began at dawn. On 2 August 1998 rebel fighters crossed the river and attacked the army "
        "garrison at Kisangani; the fighting left dozens of soldiers dead, according to a history of the war."
    )
    events = current_events(text, LATE)
    assert events and events[0].date == date(1998, 8, 2)


@pytest.mark.parametrize(
    "text",
    [
        "KAMPALA, Uganda, Tuesday March 12, 2019 -- Soldiers shot dead two protesters yesterday in Kasese.",
        "Mogadishu (12/03/2019) - A car bomb killed five people yesterday near the port in Mogadishu.",
        "Harare — March 12, 2019: Police fired tear gas at protesters in Harare yesterday.",
    ],
)
def test_a_dateline_with_a_weekday_a_dash_or_figures_sets_the_day_yesterday_counts_from(text):
    filing = read_filing(text, date(2019, 3, 14))
    assert filing is not None and filing.filed == date(2019, 3, 12)
    assert first_event(text, date(2019, 3, 14)).date == date(2019, 3, 11)


def test_a_town_and_a_dash_before_a_story_that_opens_with_a_date_is_no_dated_dateline():
    # "March 12 protests" is the story's subject, not the dateline's day
    filing = read_filing("LAGOS — March 12 protests turned violent when police fired tear gas.", date(2019, 3, 14))
    assert filing is None or filing.filed is None


def test_a_scene_day_waits_through_sentences_that_tell_no_event():
    text = (
        "It was 23 June 1985. The soldiers came to Kitgum at noon. They rounded up the men in the church "
        "and shot them."
    )
    assert first_event(text, date(2019, 3, 1)).date == date(1985, 6, 23)


def test_a_question_sets_the_day_and_place_of_an_answer_told_over_sentences():
    text = (
        "Q: What happened in Kitgum on 23 June 1985?\nA: The soldiers came at noon. They rounded up the men "
        "in the church and shot them."
    )
    event = first_event(text, date(2019, 3, 1))
    assert event.date == date(1985, 6, 23) and event.location.name == "Kitgum"


def test_a_scene_day_does_not_reach_an_event_many_sentences_later():
    text = (
        "It was 23 June 1985. The town was quiet. The market opened late. The rains had come. The school was "
        "closed. Soldiers shot dead two men in Kitgum."
    )
    assert [e.date for e in pipeline_events(text, date(2019, 3, 1))] == [date(2019, 3, 1)]


def test_a_scene_day_beside_the_year_of_its_telling():
    text = (
        'From the account recorded by the commission in 2003: "It was 23 June 1985. The soldiers came to '
        'Kitgum at noon. They rounded up the men in the church and shot them."'
    )
    assert first_event(text, date(2019, 3, 1)).date == date(1985, 6, 23)
