"""Relative and abbreviated dates of other house styles (session 17): "on Wednesday last week", British
and South Asian "on Tuesday last", "48 hours ago", "a fortnight ago", and a log's "13-Mar-21", with the
count after a date ("On 13 March 21 people died") no longer read as a day. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

import conflictscope

from conflictscope.mentions.dates import find_dates_at
from helpers import current_events, first_event

WEDNESDAY = date(2022, 11, 16)
TUESDAY = date(2022, 11, 15)


def _values(text: str, published: date) -> list[tuple[str, date | None]]:
    return [(d.text, d.value) for d in find_dates_at(text, 0, published)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the weekday of the calendar week before publication, not the latest such weekday
        ("Police beat the marchers on Wednesday last week.", ("Wednesday last week", date(2022, 11, 9))),
        ("The depot was looted on Friday of last week.", ("Friday of last week", date(2022, 11, 11))),
        ("Rebels shelled the camp on Monday night last week.", ("Monday night last week", date(2022, 11, 7))),
        ("The convoy was hit on Sunday, last week.", ("Sunday, last week", date(2022, 11, 13))),
    ],
)
def test_a_weekday_of_last_week(text, expected):
    assert expected in _values(text, WEDNESDAY)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Villagers clashed over grazing land on Tuesday last.", ("Tuesday last", date(2022, 11, 8))),
        ("The student leader was picked up on Saturday last, his family said.", ("Saturday last", date(2022, 11, 12))),
    ],
)
def test_weekday_last_is_before_publication(text, expected):
    assert expected in _values(text, TUESDAY)


def test_weekday_then_last_year_is_two_dates():
    found = _values("On Tuesday last year's winner spoke.", TUESDAY)
    assert ("Tuesday last", date(2022, 11, 8)) not in found
    assert ("last year", date(2021, 7, 1)) in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A car bomb went off outside the court 48 hours ago.", date(2022, 11, 14)),
        ("Gunmen struck the market some 72 hours ago.", date(2022, 11, 13)),
        ("The post was overrun a few hours ago.", WEDNESDAY),
    ],
)
def test_hours_ago_counts_whole_days(text, expected):
    assert expected in [v for _, v in _values(text, WEDNESDAY)]


def test_a_fortnight_ago():
    found = [(d.text, d.value, d.precision) for d in find_dates_at("The camp was raided a fortnight ago.", 0, WEDNESDAY)]
    assert ("a fortnight ago", date(2022, 11, 2), 2) in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("13-Mar-21 | Kidal | shots fired at a patrol", ("13-Mar-21", date(2021, 3, 13))),
        ("Incident date: 02 AUG 19, Bossangoa", ("02 AUG 19", date(2019, 8, 2))),
        ("Logged 7-Jan-98 by the field office", ("7-Jan-98", date(1998, 1, 7))),
    ],
)
def test_a_day_month_and_two_digit_year(text, expected):
    assert expected in _values(text, WEDNESDAY)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 13 March 21 people died in the flooding of the camp.", ("13 March", date(2022, 3, 13))),
        ("On 4 Sep 30 students were detained.", ("4 Sep", date(2022, 9, 4))),
    ],
)
def test_a_count_after_a_date_is_not_a_day(text, expected):
    found = _values(text, WEDNESDAY)
    assert expected in found
    assert all(v is None or v.day not in (21, 30) for _, v in found)


def test_the_event_takes_last_weeks_weekday():
    event = first_event(
        "Soldiers opened fire on students marching in Mandalay on Thursday last week, killing two, "
        "witnesses said.",
        WEDNESDAY,
    )
    assert event.date == date(2022, 11, 10)


def test_the_event_takes_tuesday_last():
    event = first_event("Unknown gunmen shot dead a shopkeeper in Quetta on Tuesday last, police said.", TUESDAY)
    assert event.date == date(2022, 11, 8)


# ---- a page's metadata line dates the story: its "on Saturday" counts back from it


from conflictscope.mentions.datelines import read_filing  # noqa: E402

LATE = date(2021, 3, 20)  # the day the page was collected, a Saturday


@pytest.mark.parametrize(
    "text, filed",
    [
        ("Posted on 15 March 2021\nSoldiers burned the market.", date(2021, 3, 15)),
        ("By Ruth Achieng | Updated: March 15, 2021 10:42 am\nSoldiers burned the market.", date(2021, 3, 15)),
        ("Sent: Monday, March 15, 2021 9:02 AM\nSubject: alert", date(2021, 3, 15)),
        ("FRIDAY, MARCH 19, 2021\nTraders marched.", date(2021, 3, 19)),
        ("Clashes in the north\nBy a staff reporter\nPublished 14 March 2021\nTroops fought.", date(2021, 3, 14)),
        ("Updated 15 March 2021 14:05 GMT\nTroops fought.", date(2021, 3, 15)),
        ("Weekly digest, 8-14 March 2021\nOn Tuesday police fired tear gas.", date(2021, 3, 14)),
        ("Situation update (22-28 Feb 2021)\nShelling went on.", date(2021, 2, 28)),
        ("Date: Mon, 15 Mar 2021 09:02:11 +0000\nFrom: desk@example.org\nSubject: Flash", date(2021, 3, 15)),
        ("[15.03.21 09:14] Rebels shelled the outskirts overnight.", date(2021, 3, 15)),
        ("Key event\n15 Mar 2021 09.14 GMT\nMissiles struck the city overnight.", date(2021, 3, 15)),
        ("15.03.2021 | Press release\nTwo peacekeepers were hurt.", date(2021, 3, 15)),
    ],
)
def test_a_metadata_line_gives_the_filing_day(text, filed):
    filing = read_filing(text, LATE)
    assert filing is not None and filing.filed == filed and filing.town is None


@pytest.mark.parametrize(
    "text",
    [
        "12 March 2021\nGunmen attacked the camp.",  # a chronology's entry heading, no weekday
        "Between 8-14 March 2021 gunmen killed 30 people in the district.",
        "Sunday, March 14 2021, gunmen killed three people in the town.",
        "Kidal | 15 March 2021 | gunmen fired on a patrol",  # a log's row: the date is the entry's
        "Statement | 15 March 2021\nThe union condemns the arrests.",  # a label and a date: left alone
        "Gao - 3 May\nShots were heard.",
        "15.03.21 | Shots were heard.",  # a two-digit year without a time of day
    ],
)
def test_not_a_metadata_line(text):
    filing = read_filing(text, LATE)
    assert filing is None or filing.filed is None


def test_the_story_counts_its_weekday_from_the_posting_day():
    event = first_event(
        "Posted on 15 March 2021\nGunmen killed three farmers near Makurdi on Saturday, police said.", LATE
    )
    assert event.date == date(2021, 3, 13)


def test_yesterday_counts_from_the_newspapers_date_line():
    event = first_event(
        "FRIDAY, MARCH 19, 2021\nHundreds of traders blocked the highway near Kisumu yesterday to demand "
        "compensation for stalls demolished by the county.",
        LATE,
    )
    assert event.date == date(2021, 3, 18)


def test_a_digest_dates_its_weekday_inside_its_span():
    event = first_event(
        "Weekly digest, 8-14 March 2021\nOn Tuesday, police fired tear gas at striking teachers in Freetown.", LATE
    )
    assert event.date == date(2021, 3, 9)


# ---- datelines of other agencies: a news site in brackets, TASS's slashes


@pytest.mark.parametrize(
    "text, town, filed",
    [
        ("Dhaka, March 14 (bdnews24.com) - Police fired tear gas at workers.", "Dhaka", date(2021, 3, 14)),
        ("LAHORE (dawn.com): Police fired tear gas at workers.", "LAHORE", None),
        ("MOSCOW, March 14. /TASS/. The ministry said the talks had ended.", "MOSCOW", date(2021, 3, 14)),
        ("DONETSK, March 14 /TASS/ - Shelling went on overnight.", "DONETSK", date(2021, 3, 14)),
    ],
)
def test_dateline_of_a_news_site_or_tass(text, town, filed):
    filing = read_filing(text, date(2021, 3, 15))
    assert filing is not None and filing.town is not None
    assert text[filing.town[0] : filing.town[1]] == town
    assert filing.filed == filed
    assert not text[filing.end :].startswith(("-", "/", "."))


def test_a_news_site_datelines_town_is_not_the_scene():
    events = current_events(
        "Dhaka, March 14 (bdnews24.com) - Police fired tear gas at garment workers protesting in Gazipur "
        "on Sunday.",
        date(2021, 3, 15),
    )
    assert [e.location.name for e in events if e.location] == ["Gazipur"]
    assert events[0].date == date(2021, 3, 14)


def test_an_email_alerts_last_night_counts_from_its_sending_day():
    event = first_event(
        "Date: Mon, 15 Mar 2021 09:02:11 +0000\nFrom: desk@example.org\nSubject: Flash - Bamako\n"
        "A grenade was thrown into a bar in Bamako last night. Two people were wounded.",
        date(2021, 3, 25),
    )
    assert event.date == date(2021, 3, 14)


def test_a_channel_posts_overnight_counts_from_its_time_stamp():
    event = first_event("[15.03.21 09:14] Rebels shelled the outskirts of Mekelle overnight, residents said.", date(2021, 3, 25))
    assert event.date == date(2021, 3, 14)


def test_a_tass_datelines_town_is_not_a_second_scene():
    events = current_events(
        "GROZNY, March 14. /TASS/. Two militants were killed in a security operation in the Shali district "
        "of Chechnya, the committee said.",
        date(2015, 3, 15),
    )
    assert [e.location.name for e in events if e.location] == ["Shali"]
    assert events[0].date == date(2015, 3, 14)


# ---- a day set in a sentence before the story's first event, which names none of its own


def test_a_day_set_before_the_first_event_dates_it():
    event = first_event(
        "On Monday, December 5, I stood outside the railway station in Harare with hundreds of other "
        "vendors. Then the police fired tear gas at us and beat people with batons.",
        date(2016, 12, 12),
    )
    assert event.date == date(2016, 12, 5)


def test_the_event_keeps_its_own_day():
    event = first_event(
        "On Monday, December 5, the vendors met their union in Harare. On Wednesday the police fired tear "
        "gas at them outside the railway station.",
        date(2016, 12, 12),
    )
    assert event.date == date(2016, 12, 7)


def test_a_sentence_of_two_days_sets_no_scene():
    event = first_event(
        "Between Monday and Friday the vendors met twice a day in Harare. The police fired tear gas at them "
        "outside the railway station.",
        date(2016, 12, 12),
    )
    assert event.date == date(2016, 12, 12)


def test_a_headlines_event_does_not_hide_the_scene_day():
    events = conflictscope.extract(
        "How a march became a massacre\nIt was raining in Sharpeville on the morning of 21 March 1960 when "
        "thousands walked to the police station to hand in their passes. By early afternoon, police had "
        "opened fire on the crowd, killing 69 people.",
        published=date(2019, 4, 7),
    )
    assert [e.date for e in events] == [date(1960, 3, 21)]  # not the day the piece was published
    # the piece narrates the old incident from the day it set: its own account, not background
    assert not events[0].historical


def test_an_old_event_named_in_passing_stays_background():
    events = conflictscope.extract(
        "Gunmen killed four farmers near Makurdi on Sunday, police said. In 2016 a similar raid on the "
        "same village left 12 dead.",
        published=date(2021, 3, 15),
    )
    old = [e for e in events if e.date and e.date.year == 2016]
    assert all(e.historical for e in old)
    assert [e.date for e in events if not e.historical] == [date(2021, 3, 14)]


# ---- a letterhead's place after "of"


def test_a_letterheads_place_places_an_event_that_names_none():
    event = first_event(
        "Diocese of Maiduguri\nNewsletter, May 2019\nLast Sunday, gunmen attacked worshippers leaving the "
        "cathedral after the evening service, killing three of them.",
        date(2019, 5, 2),
    )
    assert event.location is not None and event.location.name == "Maiduguri"


def test_a_letterheads_of_names_no_place_of_another_country():
    events = current_events(
        "Bank of England staff union\nStatement\nPolice in Lagos fired tear gas at protesting traders on "
        "Monday.",
        date(2019, 5, 2),
    )
    assert [e.location.country_code for e in events if e.location] == ["NG"]


def test_a_day_month_and_short_year_ending_a_line():
    assert ("13 Mar 21", date(2021, 3, 13)) in _values("13 Mar 21\nGunmen fired on a patrol.", WEDNESDAY)


def test_a_title_that_tells_a_release_is_no_metadata_line():
    # "released" opens no line of a page's metadata here: the dateline below dates the story
    filing = read_filing("Ten hostages released on March 12\nKABUL, March 19 (Reuters) - The ten were freed.", date(2021, 3, 20))
    assert filing is not None and filing.filed == date(2021, 3, 19)
