"""Dates as logs, rights reports, court summaries and incident forms write them (session 15): a day and
month in figures heading a log line ("22/6 - ..."), a colon after "March 3", a weekday named beside a
full date, a sentence that only says when the incident happened, and a form's Date and Location fields.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from conflictscope.mentions.dates import find_dates_at
from helpers import current_events, first_event

PUB = date(2019, 7, 2)


def _values(text: str, published: date = PUB) -> list[tuple[str, date | None]]:
    return [(d.text, d.value) for d in find_dates_at(text, 0, published)]


# ---- a day and month in figures without a year


@pytest.mark.parametrize(
    "text, expected",
    [
        ("22/6 - Kidal: gunmen attacked a police post", ("22/6", date(2019, 6, 22))),
        ("05.04 - unknown men burned a school", ("05.04", date(2019, 4, 5))),
        ("On 14/3, soldiers shelled the town", ("14/3", date(2019, 3, 14))),
        ("On 6/22 the army said", ("6/22", date(2019, 6, 22))),  # month first: the only reading
        ("report of the week\n30/6 | Gao | a truck hit a mine", ("30/6", date(2019, 6, 30))),
    ],
)
def test_day_and_month_in_figures_where_a_log_writes_a_date(text, expected):
    assert expected in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three quarters, or 3/4 of the town, were without water.",
        "The rate rose to 05.04 per cent in May.",
        "1.5 - the share of votes cast for the party",
        "On 31/2 nothing happened.",  # no such day
    ],
)
def test_figures_that_are_not_dates(text):
    assert [v for _, v in _values(text) if v is not None and v.day in (3, 4, 5, 31) and v.year == 2019] == []


def test_a_log_line_dates_its_event():
    event = first_event("22/6 - Kidal: gunmen attacked a police post in the town, killing two officers.", PUB)
    assert event.date == date(2019, 6, 22)


def test_a_colon_after_the_day_still_makes_a_date():
    event = first_event("March 3: Soldiers clashed with rebels near Bambari; four rebels were killed.", date(2017, 3, 10))
    assert event.date == date(2017, 3, 3)
    assert _values("The clock read March 3:15 on the screen", date(2017, 3, 10)) == []


# ---- a weekday beside a full date names that date's weekday


@pytest.mark.parametrize(
    "text",
    [
        "On 14 June 2015, a Sunday, soldiers shot dead three villagers in Kidira.",
        "On 14 June 2015 (Sunday), soldiers shot dead three villagers in Kidira.",
    ],
)
def test_a_weekday_in_apposition_is_not_another_day(text):
    assert first_event(text, date(2015, 6, 30)).date == date(2015, 6, 14)


def test_two_days_told_apart_are_both_kept():
    found = _values("On 14 June and again on Sunday", date(2015, 6, 30))
    assert [v for _, v in found] == [date(2015, 6, 14), date(2015, 6, 28)]


# ---- a sentence that only tells when it happened


def test_the_incident_occurred_dates_the_event_before():
    text = "Gunmen killed five people in a village near Djibo, officials said. The incident occurred on Thursday night."
    event = first_event(text, date(2016, 11, 12))  # a Saturday
    assert event.date == date(2016, 11, 10)
    assert event.fatalities == 5


def test_it_happened_on_a_full_date():
    text = "Soldiers shot dead three villagers in Kidira. It happened on 14 June 2015, witnesses told the mission."
    assert first_event(text, date(2015, 6, 30)).date == date(2015, 6, 14)


def test_a_sentence_that_opens_the_story_with_the_day_dates_the_next_event():
    text = "The killings took place on Thursday night. Gunmen shot dead five people in a village near Djibo."
    assert first_event(text, date(2016, 11, 12)).date == date(2016, 11, 10)


def test_a_meeting_that_took_place_dates_no_attack():
    text = "Gunmen killed five people in a village near Djibo, officials said. The meeting of the council took place on Thursday."
    event = first_event(text, date(2016, 11, 12))
    assert event.date != date(2016, 11, 10)


def test_an_event_with_its_own_day_keeps_it():
    text = "Gunmen killed five people near Djibo on Tuesday. The incident occurred as villagers returned from the market on Thursday."
    assert first_event(text, date(2016, 11, 12)).date == date(2016, 11, 8)


# ---- incident forms


def test_a_form_gives_its_date_and_its_place():
    text = "Date: 14 June 2015\nLocation: Kidira\nDescription: Soldiers shot dead three villagers."
    event = first_event(text, date(2015, 6, 30))
    assert event.date == date(2015, 6, 14)
    assert event.location is not None and event.location.name == "Kidira"
    assert event.location.country_code == "SN"
    assert event.fatalities == 3
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Senegal"  # "Date:" is no town of Japan


def test_a_form_on_one_line_with_a_district_after_the_town():
    text = "Incident date: 03/03/2010. Location: Bunia, Ituri. Summary: Armed men abducted two aid workers on the road."
    event = first_event(text, date(2010, 3, 5))
    assert event.date == date(2010, 3, 3)
    assert event.location is not None and event.location.name == "Bunia"
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_a_form_place_does_not_move_an_event_that_names_its_own():
    text = "Date: 2 May 2010\nLocation: Bunia\nDescription: Armed men ambushed a truck near Beni, killing the driver."
    events = current_events(text, date(2010, 5, 5))
    assert [e.location.name for e in events if e.location] == ["Beni"]


def test_a_word_date_in_a_sentence_is_no_form_label():
    text = "Date palms burned when soldiers shelled the village of Kidira on 3 May."
    event = first_event(text, date(2015, 5, 10))
    assert event.date == date(2015, 5, 3)


# ---- log rows: bullets, brackets, bars, year-first figures


@pytest.mark.parametrize(
    "line",
    [
        "2017/03/03 | Bambari | Soldiers clashed with rebels near the town; four rebels were killed.",
        "2017.03.03 - Soldiers clashed with rebels near Bambari; four rebels were killed.",
        "[3 March] Soldiers clashed with rebels near Bambari; four rebels were killed.",
        "• 03/03: Soldiers clashed with rebels near Bambari; four rebels were killed.",
        "Weekly log\n3 March | Bambari | Soldiers clashed with rebels near the town; four rebels were killed.",
    ],
)
def test_a_log_row_is_dated_by_its_head(line):
    assert first_event(line, date(2017, 3, 10)).date == date(2017, 3, 3)


def test_a_version_number_is_no_date():
    assert _values("the software, version 2017.03.03.1, was updated", date(2017, 3, 10)) == []


def test_each_log_row_keeps_its_own_day():
    text = (
        "Weekly security log\n"
        "22/6 - Kidal: gunmen attacked a police post, killing two officers.\n"
        "24/6 - Gao: a roadside bomb struck a military convoy on the road to Ansongo.\n"
        "27/6 - Mopti: soldiers arrested 14 suspected militants in Sevare."
    )
    events = current_events(text, PUB)
    assert sorted({e.date for e in events}) == [date(2019, 6, 22), date(2019, 6, 24), date(2019, 6, 27)]


# ---- a log line's place heading, after its date, is a dateline within the text


@pytest.mark.parametrize(
    "line",
    [
        "27/6 - Gao: a roadside bomb struck a military convoy near Ansongo; three soldiers were wounded.",
        "27 June | Gao | A roadside bomb struck a military convoy near Ansongo; three soldiers were wounded.",
    ],
)
def test_the_line_heading_place_yields_to_the_town_the_line_tells(line):
    events = current_events(line, PUB)
    assert [e.location.name for e in events if e.location] == ["Ansongo"]
    assert events[0].date == date(2019, 6, 27)


def test_the_line_heading_place_is_the_place_when_the_line_names_no_other():
    event = first_event("27/6 - Gao: a roadside bomb struck a military convoy; three soldiers were wounded.", PUB)
    assert event.location is not None and event.location.name == "Gao"


# ---- a wire hub's dateline over an event told in a part of the country (session 15)


@pytest.mark.parametrize(
    "where",
    ["in the north of Ivory Coast", "in the north of the country", "in the country's north"],
)
def test_a_hub_dateline_over_a_bearing_is_the_bureau(where):
    text = f"ABIDJAN, March 14 (Reuters) - Gunmen killed three gendarmes in an attack on a post {where}, a security source said."
    events = current_events(text, date(2021, 3, 14))
    assert events and all(e.location is None or e.location.name != "Abidjan" for e in events)


def test_a_hub_dateline_gives_way_to_the_town_the_story_names():
    text = (
        "ABIDJAN, 14 March (AFP) - Unidentified armed men killed three gendarmes in an attack on a post in the "
        "north of Ivory Coast, a security source told AFP on Sunday. \"The assailants came on motorbikes around "
        "3 am and opened fire on the post in Kafolo,\" the source said. It is the first attack in the area since "
        "June last year."
    )
    events = current_events(text, date(2021, 3, 14))
    assert [e.location.name for e in events if e.location] == ["Kafolo"]
    assert events[0].fatalities == 3


def test_a_local_dateline_over_a_bearing_stays_the_place():
    text = "MAIDUGURI, Nigeria, March 14 (Reuters) - Gunmen killed three soldiers in an attack on a post in the north of the country."
    event = first_event(text, date(2021, 3, 14))
    assert event.location is not None and event.location.name == "Maiduguri"


# ---- a chronology's dated lines are its own record


def test_a_chronology_of_an_old_year_is_not_history():
    text = (
        "1992\n"
        "12 January - Government troops retake the town of Kenema after two days of fighting with rebels.\n"
        "3 March - Rebels ambush a convoy on the Bo-Kenema highway, killing 11 passengers.\n"
    )
    events = current_events(text, date(1993, 1, 1))
    assert {(e.date, e.location.name if e.location else None) for e in events} >= {
        (date(1992, 1, 12), "Kenema"),
        (date(1992, 3, 3), "Bo"),
    }


def test_a_news_story_timeline_stays_background():
    text = (
        "Rebels ambushed a convoy near Kenema on Sunday, killing nine passengers, police said.\n\n"
        "Timeline of the war:\n"
        "29 April 1992 - Rebels ambush a convoy near Bo, killing 11 passengers.\n"
    )
    events = current_events(text, date(1994, 6, 7))
    assert [e.date for e in events] == [date(1994, 6, 5)]


def test_a_region_heading_yields_to_the_town_the_line_tells():
    text = "Nakuru County: supporters of rival candidates fought with stones and clubs at a rally in Naivasha on Tuesday; 14 people were injured."
    events = current_events(text, date(2017, 7, 30))
    assert [e.location.name for e in events if e.location] == ["Naivasha"]


def test_form_labels_are_blanked_for_the_country_reader_offsets_kept():
    from conflictscope.mentions.datelines import without_form_labels

    text = "Date: 14 June 2015\nLocation: Kidira\nDescription: Soldiers shot dead three villagers. Date palms burned."
    blanked = without_form_labels(text)
    assert len(blanked) == len(text)
    assert "Date:" not in blanked and "Location:" not in blanked
    assert blanked.index("Kidira") == text.index("Kidira")
    assert "Date palms burned." in blanked  # a word, not a label


# ---- a live blog's entries, headed by their time of day


def test_a_timed_entry_without_a_day_is_told_on_the_blog_s_day():
    text = (
        "War live\n\n"
        "07:55 Drones struck power stations in the Odesa region overnight, the governor said. No one was hurt.\n\n"
        "09:10 In Kharkiv, a missile hit a block of flats, killing two people and injuring nine, the mayor said.\n"
    )
    events = {e.location.name: e.date for e in current_events(text, date(2024, 3, 10)) if e.location}
    assert events["Kharkiv"] == date(2024, 3, 10)
    assert events["Odesa"] == date(2024, 3, 9)  # "overnight": its own day


def test_a_time_inside_a_sentence_heads_no_entry():
    from conflictscope.mentions.datelines import read_entry_dates

    text = "Gunmen opened fire at 07:55 on Sunday in Kharkiv.\n3.5 million people live there."
    assert read_entry_dates(text, date(2024, 3, 10)) == []


# ---- an old log's two-digit year


@pytest.mark.parametrize(
    "line, published, expected",
    [
        ("12.3.78: A bomb exploded in Belfast city centre; two people were injured.", date(1978, 12, 31), date(1978, 3, 12)),
        ("On 12/03/78 gunmen shot dead a part-time soldier near Crossmaglen.", date(1978, 3, 14), date(1978, 3, 12)),
        ("On 12/03/19 gunmen shot dead a soldier near Crossmaglen.", date(2019, 3, 14), date(2019, 3, 12)),
    ],
)
def test_a_two_digit_year(line, published, expected):
    assert first_event(line, published).date == expected


def test_numbered_sections_are_no_dates():
    assert _values("Section 12.3.78: the rules of engagement", date(2020, 6, 1)) == []
    assert _values("version 1.2.3 - fixes", date(2020, 6, 1)) == []


# ---- a yearbook's chronology, monitor headings and log stamps


def test_a_chronology_under_its_year_heading():
    text = (
        "1992\n"
        "12 Jan. - Government troops retake the town of Kenema after two days of fighting with rebels.\n"
        "3 Mar. - Rebels ambush a convoy on the Bo-Kenema highway, killing 11 passengers.\n"
    )
    events = current_events(text, date(1994, 6, 1))
    assert {(e.date, e.location.name) for e in events if e.location} >= {(date(1992, 1, 12), "Kenema"), (date(1992, 3, 3), "Bo")}


def test_a_monitor_entry_opening_with_its_date_and_a_full_stop():
    text = "3 March 1994. Colombia, Antioquia, Medellin. Guerrillas attacked a police station, killing two officers."
    assert first_event(text, date(1994, 3, 20)).date == date(1994, 3, 3)


def test_a_log_heading_with_a_time_after_its_date():
    text = "11 Jul 2016, 15:00 - Gunmen attacked a police post in Kidal, killing two officers."
    assert first_event(text, date(2016, 7, 12)).date == date(2016, 7, 11)


def test_a_military_date_time_group():
    assert _values("141530H June 2016: a patrol was ambushed", date(2016, 6, 20)) == [("141530H June 2016", date(2016, 6, 14))]


def test_an_upper_case_stamp_and_a_region_field():
    text = "DTG: 141530H JUN 2016\nLOCATION: Nana-Grebizi\nINCIDENT: Armed men ambushed a convoy, killing the driver."
    event = first_event(text, date(2016, 6, 15))
    assert event.date == date(2016, 6, 14)
    assert event.location is not None and event.location.country_code == "CF"
    assert _values("the MAR party said on Monday", date(2016, 6, 20))[0][0] == "Monday"
