"""Days and places of other house styles (session 18): an alert's line of fields ending with its date, an
incident report's title with a date in figures, a bare date line after a byline, "it has been ten days
since ...", and an interviewer's question that sets the day and place its answer tells. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

import conflictscope
from conflictscope.mentions.dates import find_dates_at
from conflictscope.mentions.datelines import read_filing
from conflictscope.pipeline import Extractor
from conflictscope.types import Document
from helpers import first_event

LATE = date(2021, 3, 20)  # the day the page was collected, a Saturday


@pytest.mark.parametrize(
    "text, filed",
    [
        ("ALERT | Nigeria | Lagos | Civil unrest | 18 MAR 2021\nProtesters blocked the toll gate.", date(2021, 3, 18)),
        ("Security notice | Kenya | 17 March 2021\nGunmen attacked a bus.", date(2021, 3, 17)),
        ("ATTACK ON CLINIC - 16/03/2021\nArmed men beat two nurses.", date(2021, 3, 16)),
        ("Incident report: 12.03.2021\nA mine hit a truck.", date(2021, 3, 12)),
        ("By Staff Reporter\n18 March 2021\nRebels ambushed a truck yesterday.", date(2021, 3, 18)),
        ("Looting in the market\nFrom our correspondent\n14 March 2021\nSoldiers looted shops.", date(2021, 3, 14)),
    ],
)
def test_a_header_line_gives_the_filing_day(text, filed):
    filing = read_filing(text, LATE)
    assert filing is not None and filing.filed == filed and filing.town is None


@pytest.mark.parametrize(
    "text",
    [
        "Mali | Kidal | 15 March 2021 | gunmen fired on a patrol",  # a log's row: more follows its date
        "Chronology of the week\n12 March 2021\nGunmen attacked the camp.",  # an entry's heading, no byline
        "By 12 March 2021 the camp had emptied.",  # "by" a date is no byline
        "Kidal | 15 March 2021\nShots were heard.",  # one label and a date: left alone
    ],
)
def test_not_a_header_line(text):
    filing = read_filing(text, LATE)
    assert filing is None or filing.filed is None


def test_the_alerts_this_morning_is_its_day():
    event = first_event(
        "ALERT | Nigeria | Lagos | Civil unrest | 18 MAR 2021\n"
        "Protesters blocked the Lekki toll gate this morning; police fired tear gas to disperse them.",
        LATE,
    )
    assert event.date == date(2021, 3, 18)


def test_yesterday_after_a_byline_counts_from_the_date_line():
    event = first_event(
        "By a Staff Reporter\n18 March 2021\nRebels ambushed a minibus near Butembo yesterday, killing the driver.",
        LATE,
    )
    assert event.date == date(2021, 3, 17)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It has been ten days since police beat protesters in the square.", date(2021, 3, 10)),
        ("It is now two weeks since gunmen raided the village.", date(2021, 3, 6)),
        ("Three days have passed since the army shelled the town.", date(2021, 3, 17)),
    ],
)
def test_it_has_been_n_days_since(text, expected):
    assert expected in [d.value for d in find_dates_at(text, 0, LATE)]


def test_since_alone_counts_from_no_day():
    # "in the ten days since" tells a span, and "since" a day's start; neither is "n days ago" here
    assert not find_dates_at("Police have made ten arrests since the march.", 0, LATE)


QA = (
    "Q: Minister, what happened in Bujumbura yesterday afternoon?\n"
    "A: A grenade was thrown into a crowded bar, and two customers died of their wounds."
)


def test_a_question_sets_its_answers_day_and_place():
    event = first_event(QA, LATE)
    assert event.date == date(2021, 3, 19)
    assert event.location is not None and event.location.name == "Bujumbura"
    assert event.fatalities == 2


def test_the_question_is_read_alike_by_the_fast_and_the_full_path():
    extractor = Extractor.default()
    document = Document(QA, id="qa", published=LATE)
    fast = [e.to_dict() for e in extractor.extract(document, fast=True)]
    assert fast and fast == [e.to_dict() for e in extractor.extract(document, fast=False)]


def test_an_answer_that_names_its_place_keeps_it():
    event = first_event(
        "Q: What happened in Bujumbura yesterday?\nA: Nothing there. But in Gitega a grenade was thrown into a bar "
        "on Thursday, killing two customers.",
        LATE,
    )
    assert event.location is not None and event.location.name == "Gitega"
    assert event.date == date(2021, 3, 18)


def test_a_table_rows_toll_is_read_under_its_header():
    # the header is a line of its own, parsed apart from the row: the row reads it from the text above
    event = first_event(
        "Weekly casualty digest, 8-14 March 2021\n"
        "Day | Location | Incident | Killed | Injured\n"
        "9 March | Duma | Airstrike on a market | 6 | 15\n",
        LATE,
    )
    assert event.fatalities == 6
    assert event.date == date(2021, 3, 9)


# ---- a headline's day for the body that retells its event without one


def test_the_headlines_day_dates_the_body_that_gives_none():
    event = first_event(
        "Gunmen kill five traders near Djibo on Wednesday\n"
        "Five traders were shot dead by gunmen on the road outside Djibo, local officials said. The men were "
        "returning from the market.",
        LATE,
    )
    assert event.date == date(2021, 3, 17)
    assert event.fatalities == 5


def test_a_title_with_a_weekdays_attack_dates_the_story():
    event = first_event(
        "Thursday's attack: what we know\nGunmen stormed a hotel in Mogadishu and killed 12 people, police said.",
        LATE,
    )
    assert event.date == date(2021, 3, 18)


def test_the_body_keeps_its_own_day():
    event = first_event(
        "Gunmen kill five traders near Djibo on Wednesday\n"
        "Five traders were shot dead by gunmen on the road outside Djibo on Tuesday night, officials said.",
        LATE,
    )
    assert event.date == date(2021, 3, 16)


# ---- a dateline after a title and a byline; a photo caption left in by a scrape


def test_a_dateline_after_a_title_and_a_byline_is_read():
    filing = read_filing(
        "Sudan unrest\n\nBy Staff Writer\n\nKHARTOUM, June 11 - At least three people were killed on Tuesday.",
        date(2019, 6, 12),
    )
    assert filing is not None and filing.filed == date(2019, 6, 11)
    assert filing.town is not None


def test_the_toll_after_a_dateline_below_a_byline():
    # read as one sentence with the dateline, "June 11 - At least three" lost the toll
    event = first_event(
        "Three killed as police and protesters clash\n\nBy Staff Writer\n\n"
        "KHARTOUM, June 11 - At least three people were killed on Tuesday when security forces opened fire on "
        "protesters who had blocked a main road, medics said.",
        date(2019, 6, 12),
    )
    assert event.fatalities == 3
    assert event.date == date(2019, 6, 11)


def test_a_photo_caption_tells_no_event_of_its_own():
    text = (
        "SITTWE, Myanmar - Hundreds of villagers fled into the hills after armed men set fire to dozens of "
        "homes in Rathedaung township on Friday, residents said.\n\n"
        "Photo caption: Smoke rises from a burning village near Maungdaw on Thursday."
    )
    events = [e for e in conflictscope.extract(text, published=date(2017, 9, 2)) if not e.historical]
    assert len(events) == 1
    assert events[0].date == date(2017, 9, 1)


# ---- more ways news pages date themselves


@pytest.mark.parametrize(
    "text, filed",
    [
        ("Published: 11:52 BST, 11 June 2019 | Updated: 12:10 BST, 11 June 2019\nThree were killed.", date(2019, 6, 11)),
        ("June 11, 2019 / 4:32 PM / Updated 2 hours ago\nThree were killed yesterday.", date(2019, 6, 11)),
        ("11 June 2019 — Gunmen killed three farmers yesterday.", date(2019, 6, 11)),
        ("Tuesday, June 11, 2019 - Gunmen killed three farmers yesterday.", date(2019, 6, 11)),
    ],
)
def test_a_news_pages_date_line(text, filed):
    filing = read_filing(text, date(2019, 6, 13))
    assert filing is not None and filing.filed == filed


def test_a_chronologys_first_entry_is_no_date_line():
    # older than a few days before publication: an entry, read with the others by read_entry_dates
    filing = read_filing("12 January 1992 - Troops retake Kenema.\n14 January 1992 - Rebels ambush a convoy.", date(2021, 3, 20))
    assert filing is None or filing.filed is None


def test_a_dateline_with_a_country_of_several_words():
    filing = read_filing(
        "GOMA, Democratic Republic of Congo, June 11 (Reuters) — Rebels killed five civilians near Beni.",
        date(2019, 6, 13),
    )
    assert filing is not None and filing.town is not None and filing.filed == date(2019, 6, 11)


def test_the_dateline_town_of_a_long_country_is_no_second_scene():
    events = [
        e
        for e in conflictscope.extract(
            "GOMA, Democratic Republic of Congo, June 11 (Reuters) — Rebels killed five civilians in a raid on a "
            "village near Beni on Tuesday, local officials said.",
            published=date(2019, 6, 13),
        )
        if not e.historical
    ]
    assert [e.location.name for e in events] == ["Beni"]


# ---- an article's earlier days told below its lead are background


ARTICLE = (
    "KHARTOUM, June 11 - At least three people were killed on Tuesday when security forces opened fire on "
    "protesters who had blocked a main road, medics said.\n\n"
    "Protesters have been demanding civilian rule for months. More than 100 people were killed when troops "
    "dispersed a sit-in outside the defence ministry on June 3."
)


def test_an_earlier_day_below_the_lead_is_background():
    events = conflictscope.extract(ARTICLE, published=date(2019, 6, 12))
    current = [e for e in events if not e.historical]
    assert [(e.date, e.fatalities) for e in current] == [(date(2019, 6, 11), 3)]
    # kept, flagged: the dispersal of June 3 is still told
    assert any(e.historical and e.date == date(2019, 6, 3) for e in events)


def test_one_paragraph_tells_its_days_side_by_side():
    # a note or a one-paragraph report: both events are its own
    text = ARTICLE.replace("\n\n", " ")
    current = [e for e in conflictscope.extract(text, published=date(2019, 6, 12)) if not e.historical]
    assert {e.date for e in current} == {date(2019, 6, 11), date(2019, 6, 3)}


def test_a_later_day_below_the_lead_stays_current():
    text = (
        "KHARTOUM, June 11 - Soldiers fired on protesters who had blocked a road in Omdurman on Sunday, killing two, "
        "medics said.\n\n"
        "On Tuesday, soldiers shot dead three more protesters in Bahri."
    )
    current = [e for e in conflictscope.extract(text, published=date(2019, 6, 12)) if not e.historical]
    assert {e.date for e in current} == {date(2019, 6, 9), date(2019, 6, 11)}


# ---- a headline's toll for a body that counts none; a clause of time under an appeal


def test_the_headlines_toll_for_a_body_that_counts_none():
    event = first_event(
        "12 dead in Borno market attack\nGunmen on motorcycles attacked a crowded market in Konduga on Friday "
        "afternoon, residents said. The attackers fled into the bush.",
        LATE,
    )
    assert event.fatalities == 12


def test_the_bodys_own_toll_stands():
    event = first_event(
        "12 dead in Borno market attack\nGunmen on motorcycles attacked a crowded market in Konduga on Friday "
        "afternoon, killing 14 people, residents said.",
        LATE,
    )
    assert event.fatalities == 14


@pytest.mark.parametrize(
    "text",
    [
        "Police were called to the scene after gunmen attacked a bar in Eldoret on Friday, killing two.",
        "Residents called for calm after gunmen attacked a bar in Eldoret on Friday, killing two.",
        "The governor appealed for help when gunmen attacked a bar in Eldoret on Friday, killing two.",
    ],
)
def test_a_clause_of_time_under_an_appeal_tells_what_happened(text):
    event = first_event(text, LATE)
    assert event.fatalities == 2 and event.location.name == "Eldoret"


def test_a_threat_still_tells_nothing():
    assert not [e for e in conflictscope.extract("Rebels vowed to attack the base in Eldoret.", published=LATE) if not e.historical]


# ---- bodies recovered after the event; a letterhead's town when nothing else names a country


@pytest.mark.parametrize(
    "after",
    ["Rescuers pulled four bodies from the rubble.", "Four bodies were recovered, police said."],
)
def test_bodies_recovered_after_the_event_are_its_toll(after):
    event = first_event("A bomb exploded in a market in Kabul on Friday. " + after, LATE)
    assert event.fatalities == 4


@pytest.mark.parametrize(
    "letterhead, town",
    [("ST MARY'S HOSPITAL LACOR - GULU", "Gulu"), ("DIOCESE OF MAIDUGURI", "Maiduguri")],
)
def test_a_letterheads_town_places_a_text_without_a_country(letterhead, town):
    event = first_event(letterhead + "\nOn Friday night, gunmen attacked worshippers leaving a church, killing two.", LATE)
    assert event.location is not None and event.location.name == town


def test_a_small_namesake_in_a_letterhead_is_no_place():
    # no country to trust it by: a town of that name must be large to be what the letterhead means
    event = first_event("PARISH OF SAINT ANNE\nOn Friday night, gunmen attacked worshippers leaving a church, killing two.", LATE)
    assert event.location is None


# ---- "it has been ten days since" tells the event it counts from


@pytest.mark.parametrize(
    "text, day",
    [
        ("It has been ten days since gunmen killed 20 villagers in Tillia.", date(2021, 3, 10)),
        ("Two weeks have passed since soldiers shot dead three protesters in Lusaka.", date(2021, 3, 6)),
    ],
)
def test_the_event_a_span_is_counted_from(text, day):
    event = first_event(text, LATE)
    assert event.date == day


def test_the_deadliest_since_is_still_a_comparison():
    assert not [e for e in conflictscope.extract("It was the deadliest attack since gunmen killed 20 villagers in Tillia in 2019.", published=LATE) if not e.historical]
