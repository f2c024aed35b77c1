"""Aid agencies' security logs and incident forms (session 16): an abbreviated weekday before an entry's
date ("Wed 16 Nov:"), which is no dateline town; a table row whose date follows the entry's reference
("Ref 044 | 21/03/2018 | ..."); a form's place field naming a district and then its town ("Location:
Hodan district, Mogadishu"). Texts written for these tests."""

from __future__ import annotations

from datetime import date

from conflictscope.mentions.datelines import read_entry_dates, read_filing, read_form_place
from conflictscope.mentions.dates import find_dates_at
from helpers import current_events

WEEKLY = (
    "Weekly security note for partners in South Sudan\n"
    "Mon 14 Nov: Armed youth raided a cattle camp outside Bor; five herders were killed.\n"
    "Wed 16 Nov: Unknown gunmen ambushed a contractor's lorry near Torit. The driver was wounded.\n"
)


def test_an_abbreviated_weekday_heads_a_days_date():
    found = find_dates_at("Wed 16 Nov: gunmen ambushed a lorry", 0, date(2016, 11, 18))
    assert [(d.text, d.value) for d in found] == [("Wed 16 Nov", date(2016, 11, 16))]
    found = find_dates_at("Tue., 3 May - a bomb went off", 0, date(2016, 5, 6))
    assert [(d.text, d.value) for d in found] == [("Tue., 3 May", date(2016, 5, 3))]


def test_a_weekday_alone_abbreviated_is_no_date():
    # "Sun" and "Sat" are words and names; only before a day's figure do they stand for a weekday
    assert find_dates_at("The Sun reported that troops left on Sat evening", 0, date(2016, 5, 6)) == []


def test_an_entry_headed_by_a_weekday_and_day_is_no_dateline():
    # "Mon" is also a state of Myanmar: read as a dateline town it dated the whole log to its first day
    assert read_filing("Mon 14 Nov: Armed youth raided a cattle camp outside Bor.", date(2016, 11, 18)) is None
    assert read_filing("Monday 14 November: Armed youth raided a camp.", date(2016, 11, 18)) is None
    filing = read_filing("Sun City, June 3 - Police fired rubber bullets at striking miners.", date(1996, 6, 4))
    assert filing is not None and filing.town is not None  # a town whose name starts like a weekday's


def test_a_weekly_log_dates_each_entry_by_its_own_heading():
    events = current_events(WEEKLY, date(2016, 11, 18))
    by_day = {e.date: e for e in events}
    assert date(2016, 11, 16) in by_day, [(e.date, e.sub_event_type) for e in events]
    assert all(e.date.year == 2016 for e in events)
    assert all(e.location is None or e.location.country_code == "SS" for e in events)  # not Mon, Myanmar


def test_a_table_rows_date_follows_its_reference_cell():
    text = "Ref 044 | 21/03/2018 | Kalehe\nTwo armed men shot dead a shopkeeper in the market.\n"
    entries = read_entry_dates(text, date(2018, 3, 26))
    assert [m.value for _, m in entries] == [date(2018, 3, 21)]
    # a reference cell needs a figure: a place's cell before the date is read as before, by the dateline rules
    assert read_entry_dates("Bunia | the town was calm\n", date(2018, 3, 26)) == []


def test_a_forms_place_field_names_each_part():
    text = "Date: 11 March 2019\nLocation: Hodan district, Mogadishu\nSummary: A bomb hit a convoy."
    spans = read_form_place(text)
    assert [text[a:b] for a, b in spans] == ["Hodan district", "Mogadishu"]


def test_a_forms_town_is_chosen_over_its_district():
    text = (
        "Aid worker security log\n"
        "Date: 11 March 2019\n"
        "Location: Hodan district, Mogadishu\n"
        "Summary: A roadside bomb went off as an aid convoy passed the junction. One guard was wounded.\n"
    )
    events = current_events(text, date(2019, 3, 12))
    assert events and events[0].location is not None
    assert events[0].location.name == "Mogadishu"
    assert events[0].date == date(2019, 3, 11)


def test_a_forms_unit_stands_for_its_town_when_no_other_part_is_known():
    text = (
        "INCIDENT SHEET\n"
        "Date of incident: 02/08/2017\n"
        "Location: Kibuzaro, Rutshuru territory\n"
        "Description: Armed men looted a health post and beat two nurses.\n"
    )
    events = current_events(text, date(2017, 8, 4))
    assert events and events[0].location is not None
    assert events[0].location.name == "Rutshuru" and events[0].location.country_code == "CD"


# ---- a report's heading names its place and day


def test_a_reports_heading_places_events_that_name_no_place():
    text = (
        "Incident summary - Bunia, Ituri\n"
        "On 1 March, unidentified armed men abducted three local staff of an aid group on the road north of "
        "the town. They were freed the next day.\n"
    )
    events = current_events(text, date(2004, 3, 3))
    assert events and events[0].location is not None
    assert (events[0].location.name, events[0].location.country_code) == ("Bunia", "CD")


def test_a_headline_that_tells_the_story_gives_no_place_of_its_own():
    # the whole line is no place: its town is found (or not) as the body's are
    from conflictscope.events.datelines import heading_place
    from conflictscope.geo.gazetteer import default_gazetteer

    text = "Gunmen kill twelve in Bunia market\nThe attackers came at dawn.\n"
    assert heading_place(text, (0, text.index("\n")), default_gazetteer(), ["CD"]) is None


def test_a_heading_place_must_be_in_the_reports_country():
    from conflictscope.events.datelines import heading_place
    from conflictscope.geo.gazetteer import default_gazetteer

    text = "Weekly update - Paris office\nMilitia fighters burned two villages in Ituri.\n"
    assert heading_place(text, (0, text.index("\n")), default_gazetteer(), ["CD"]) is None
    found = heading_place("Weekly update - Gedo region, Somalia\nMilitia raided a camp.\n", (0, 36), default_gazetteer(), ["SO"])
    assert found is not None and found.place.country_code == "SO"


def test_a_heading_dated_in_brackets_dates_the_report():
    filing = read_filing("HUMANITARIAN UPDATE - GEDO REGION, SOMALIA (10 July 1991)\nArmed men raided a camp at dawn.", date(1991, 7, 12))
    assert filing is not None and filing.filed == date(1991, 7, 10)
    text = "HUMANITARIAN UPDATE - GEDO REGION, SOMALIA (10 July 1991)\nArmed militiamen raided a food distribution point at dawn, killing two guards.\n"
    events = current_events(text, date(1991, 7, 12))
    assert events and events[0].date == date(1991, 7, 10)


def test_an_abbreviated_month_before_a_name_is_the_names_word():
    # "Mar" opens "Mar del Plata"; read as March it dated the protest to mid-March and cost the town
    found = find_dates_at("On 30 April 2020, in Mar del Plata, residents banged pots", 0, date(2020, 5, 4))
    assert [d.text for d in found] == ["30 April 2020"]
    assert [d.text for d in find_dates_at("fighting has gone on since Jan, officials say", 0, date(2020, 5, 4))] == ["Jan"]
    event = current_events("On 30 April 2020, in Mar del Plata (Buenos Aires), residents held a pot-banging protest.", date(2020, 5, 4))[0]
    assert event.location is not None and event.location.name == "Mar del Plata"
    assert event.date == date(2020, 4, 30)


# ---- "today, Wednesday" and a heading's date beside the sentence's own


def test_today_with_its_weekday_is_that_weekday():
    found = find_dates_at("Today, Wednesday, peacekeepers came under fire near Kidal.", 0, date(2021, 3, 4))
    assert [(d.text, d.value) for d in found] == [("Today, Wednesday", date(2021, 3, 3))]
    found = find_dates_at("Yesterday (Sunday) gunmen burned a school.", 0, date(2021, 3, 9))
    assert [d.value for d in found] == [date(2021, 3, 7)]
    # on the day itself, it is the publication day
    assert [d.value for d in find_dates_at("Today, Thursday, the army said", 0, date(2021, 3, 4))] == [date(2021, 3, 4)]


def test_a_headings_date_yields_to_the_day_its_sentence_tells():
    text = "Security brief (8 March 2021): Protesters blocked the highway near Stellenbosch yesterday (7 March), burning tyres."
    filing = read_filing(text, date(2021, 3, 8))
    assert filing is not None and filing.filed == date(2021, 3, 8) and filing.town is None
    events = current_events(text, date(2021, 3, 8))
    assert events and events[0].date == date(2021, 3, 7)


def test_years_ago_in_words_and_ago_today():
    found = find_dates_at("Sixty years ago today, police opened fire on a crowd", 0, date(2020, 3, 22))
    assert [(d.text, d.value, d.precision) for d in found] == [("Sixty years ago today", date(1960, 3, 22), 1)]
    found = find_dates_at("twenty-five years ago, troops entered the town", 0, date(2020, 3, 22))
    assert [d.value.year for d in found] == [1995]
    assert [d.value for d in find_dates_at("forty-two days ago", 0, date(2020, 3, 22))] == [date(2020, 2, 9)]


def test_an_anniversary_retold_is_no_current_event():
    text = (
        "Sixty years ago today, police opened fire on a crowd outside the police station in Soweto, killing "
        "69 people. On Sunday, survivors and relatives gathered at the memorial to lay wreaths."
    )
    assert all(e.fatalities in (0, None) for e in current_events(text, date(2020, 3, 22)))


# ---- a past told on, and a reference work's record


def test_a_reference_entry_is_its_own_record():
    text = (
        "The Bulawayo riots took place on 24 October 1960 in the townships of Bulawayo. After a rally was "
        "banned, crowds burned shops and beer halls, and police opened fire, killing eleven people."
    )
    events = current_events(text, date(2015, 6, 1))
    assert events, "an encyclopedia's entry tells its event, dated as it tells it"
    assert all(e.date == date(1960, 10, 24) for e in events)
    # its second sentence gives no day: the entry's, not the edition's
    assert not any(e.date == date(2015, 6, 1) for e in events)


def test_a_look_back_is_no_record():
    text = (
        "The Bulawayo riots took place on 24 October 1960 in the townships of Bulawayo. Survivors say "
        "police opened fire on the crowd, killing eleven people."
    )
    assert current_events(text, date(2015, 6, 1)) == []


def test_a_day_after_counts_from_the_event_before():
    from conflictscope.mentions.sequence import find_later_dates
    from conflictscope.types import DateMention

    sunday = DateMention("Sunday", 0, 6, date(2021, 3, 7), 1, True)
    found = find_later_dates("A day after the attack, troops clashed with the gunmen near Kachia.", 0, sunday)
    assert [(d.text, d.value) for d in found] == [("A day after", date(2021, 3, 8))]
    assert [d.value for d in find_later_dates("Two days afterwards, police raided the camp", 0, sunday)] == [date(2021, 3, 9)]
    text = (
        "Gunmen attacked a church in Kaduna on Sunday, killing four worshippers. "
        "A day after the attack, soldiers clashed with the gunmen near Kachia, killing two."
    )
    clash = next(e for e in current_events(text, date(2021, 3, 10)) if e.sub_event_type == "Armed clash")
    assert clash.date == date(2021, 3, 8)
