"""Days of almanac columns, claim forms, bulletin entries, alert stamps and long chronologies (session
20): "On this day in 1985", "forty years ago on this day", "the year 1998", an insurer's "Date of loss:",
a dated entry's "yesterday", a stamp's time written without its colon, and the year a long paragraph sets
before the sentence it is parsed apart from. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from conflictscope.mentions.datelines import read_filing
from conflictscope.mentions.dates import counts_from_today, find_dates_at
from helpers import pipeline_events

COLUMN_DAY = date(2020, 3, 12)


def _days(text: str, published: date) -> list[date]:
    """The day of every event of ``text``, history included, in text order."""
    return [e.date for e in pipeline_events(text, published)]


# ---- almanac columns


@pytest.mark.parametrize(
    "opening",
    ["On this day in 1985:", "This day in 1985 -", "On this date in 1985,", "On this very day in 1985"],
)
def test_this_day_in_a_year_is_the_columns_day_and_month_in_that_year(opening):
    text = f"{opening} police opened fire on a funeral procession in Uitenhage, killing 20 mourners."
    assert _days(text, COLUMN_DAY) == [date(1985, 3, 12)]


def test_years_ago_on_this_day_counts_back_whole_years():
    text = "Forty years ago on this day, soldiers fired on striking miners at Marikana, killing nine."
    assert _days(text, date(2019, 8, 16)) == [date(1979, 8, 16)]


def test_this_day_in_a_year_without_a_publication_day_gives_only_the_year():
    found = find_dates_at("On this day in 1985 police fired on mourners.", 0, None)
    assert [(m.value, m.precision) for m in found] == [(None, 3)]


def test_the_year_named_as_such_sets_the_story_year_of_a_yearless_day():
    text = "The year 1998 brought the war to Gulu. On 12 August rebels attacked the town and killed 11 civilians."
    assert _days(text, date(2019, 6, 1)) == [date(1998, 8, 12)]


def test_a_year_that_is_a_figure_is_no_year_of_the_story():
    # "the year 1998" only as words: "in the year's first 1998 votes" is no such phrase
    found = find_dates_at("The year's tally reached 1998 votes.", 0, date(2019, 6, 1))
    assert [m.value for m in found] == []


# ---- forms and entries


@pytest.mark.parametrize("label", ["Date of loss", "Loss date", "Date of occurrence", "Date of arrest", "DATE OF ATTACK"])
def test_a_claim_or_case_forms_day_of_the_act_dates_its_text(label):
    text = (
        f"Insured: Coastal Traders Ltd\n{label}: 14 February 2020\n"
        "Circumstances: A mob of rioters set fire to the insured's warehouse in Mombasa during unrest over fuel prices."
    )
    assert _days(text, date(2020, 3, 21)) == [date(2020, 2, 14)]


def test_a_forms_own_day_of_report_dates_no_event():
    text = (
        "Date of report: 20 March 2020\n"
        "Circumstances: A mob of rioters set fire to a warehouse in Mombasa on 14 February during unrest over fuel prices."
    )
    assert _days(text, date(2020, 3, 21)) == [date(2020, 2, 14)]


def test_yesterday_in_a_dated_entry_counts_back_from_the_entry():
    text = (
        "12 March 2019: Gunmen killed four herders near Mandera yesterday, officials said.\n"
        "14 March 2019: Police arrested two suspects in Garissa on Wednesday."
    )
    assert _days(text, date(2019, 3, 25)) == [date(2019, 3, 11), date(2019, 3, 13)]


def test_yesterday_under_a_bracketed_entry_day():
    text = "[12 March 2019] Gunmen killed four herders near Mandera yesterday, officials said."
    assert _days(text, date(2019, 3, 25)) == [date(2019, 3, 11)]


def test_a_memo_date_is_the_day_its_yesterday_counts_from():
    text = "Date: 12 March 2019\nSubject: security\nGunmen killed four herders near Mandera yesterday."
    assert _days(text, date(2019, 3, 25)) == [date(2019, 3, 11)]


def test_an_incident_field_is_the_day_whatever_its_later_text_says():
    text = "Date of incident: 12 March 2019\nDescription: Gunmen killed four herders near Mandera yesterday."
    assert _days(text, date(2019, 3, 25)) == [date(2019, 3, 12)]


def test_a_yearless_day_inside_an_entry_is_not_counted_from_the_entry():
    text = "14 November: Gunmen shot dead a teacher in Baidoa. On 16 November, militiamen looted the market in Jowhar."
    assert _days(text, date(2006, 11, 20)) == [date(2006, 11, 14), date(2006, 11, 16)]


@pytest.mark.parametrize(
    "words, counts",
    [("yesterday", True), ("Sunday", True), ("three days ago", True), ("3 days ago", True), ("16 November", False)],
)
def test_which_days_count_from_the_day_of_writing(words, counts):
    found = find_dates_at(f"It happened {words}.", 0, date(2019, 3, 25))
    assert [counts_from_today(m) for m in found] == [counts]


# ---- alert stamps


@pytest.mark.parametrize("stamp, day", [("12/03 1930", date(2019, 3, 12)), ("12/03 2045", date(2019, 3, 12))])
def test_an_alert_stamps_time_without_a_colon_is_a_time(stamp, day):
    filing = read_filing(f"SMS ALERT {stamp}: Gunmen attacked a bus near Mandera, two passengers killed.", date(2019, 3, 25))
    assert filing is not None and filing.filed == day


def test_four_figures_of_the_publication_year_after_a_day_are_no_time():
    # "12/03 2019 -" writes a year: no stamp of the 12th read with a time "20:19"
    assert read_filing("Security alert 12/03 2019 - Gunmen attacked a bus near Mandera.", date(2019, 3, 25)) is None
    assert read_filing("Security alert 12/03 2045 - Gunmen attacked a bus near Mandera.", date(2019, 3, 25)) is not None


# ---- long chronologies


_LONG_PARAGRAPH = (
    "On 1 August 1998 rebels seized the eastern town of Goma after the garrison mutinied, and the commander "
    "fled across the lake with several hundred men; aid agencies said the roads north were blocked by fighters "
    "and that thousands of families had left their homes with what they could carry, walking for days toward "
    "the border posts, where officials counted them and sent them on to schools and churches that were already "
    "full. The rebels said they held the airport and the radio station and that the government had lost the "
    "east, while diplomats in the capital urged both sides to talk and warned of a wider regional war that could "
    "draw in the neighbouring armies. On 4 August rebels attacked Kisangani and killed 30 civilians."
)


def test_a_long_paragraph_keeps_its_year_past_the_parsers_cut():
    assert len(_LONG_PARAGRAPH) > 600  # parsed in sentences, not whole (relevance.LONG_LINE)
    days = [e.date for e in pipeline_events(_LONG_PARAGRAPH, date(2019, 6, 1)) if e.location and e.location.name == "Kisangani"]
    assert days == [date(1998, 8, 4)]


def test_the_year_of_another_paragraph_is_not_carried():
    text = "The rebellion began in 1998.\n" + _LONG_PARAGRAPH.replace("On 1 August 1998", "On 1 August")
    days = [e.date for e in pipeline_events(text, date(2019, 6, 1)) if e.location and e.location.name == "Kisangani"]
    assert days == [date(2018, 8, 4)]


# ---- datelines and page lines


@pytest.mark.parametrize(
    "opening",
    [
        "LAGOS (Reuters) March 12 - ",  # the day after the agency
        "IKEJA, Mar 12 (NAN) ",  # a day and an agency, no dash before the story
        "By Ade Bello | 12 March 2019\n",  # a byline's date
        "Posted on March 12, 2019 by admin\n",  # a blog's line with its poster
        "Episode 14 (recorded 12 March 2019)\n",  # a podcast's recording day
    ],
)
def test_the_filing_day_of_more_datelines_and_page_lines(opening):
    text = opening + "Police fired tear gas at protesters in Ikeja on Monday, witnesses said."
    filing = read_filing(text, date(2019, 3, 20))
    assert filing is not None and filing.filed == date(2019, 3, 12)
    assert _days(text, date(2019, 3, 20)) == [date(2019, 3, 11)]


def test_an_agency_without_a_day_or_dash_opens_no_dateline():
    # "Human Rights Watch (HRW) Researchers ..." is a sentence, not a town, an agency and a story
    assert read_filing("Human Rights Watch (HRW) Researchers said police beat protesters in Ikeja.", date(2019, 3, 20)) is None


# ---- dates in figures: day first unless only month first makes a date


@pytest.mark.parametrize("first, second, read", [(12, 3, (12, 3)), (3, 12, (3, 12)), (6, 22, (22, 6)), (31, 12, (31, 12))])
def test_day_and_month_of_a_date_in_figures(first, second, read):
    from conflictscope.mentions.dates import day_and_month

    assert day_and_month(first, second) == read


def test_a_date_line_in_figures_written_month_first_where_only_that_reads():
    filing = read_filing("05/13/2019 | Press release\nPolice fired tear gas at protesters in Ikeja on Monday.", date(2019, 5, 20))
    assert filing is not None and filing.filed == date(2019, 5, 13)
