"""Days of datelines under a title or a byline, and of datelines that give a weekday alone (session 21):
the dateline's day, not the day the paper came out, is the one the story's "last night", "today" and
"on Monday" count back from. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from conflictscope.mentions.datelines import read_entry_dates, read_filing
from helpers import current_pipeline_events, only_pipeline_event

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


# ---- logs and chat exports: the line's own day, with its time of day after it


def test_a_log_line_with_a_time_after_its_day_is_an_entry_of_that_day():
    text = (
        "FIRE SERVICE LOG - NIGHT OF 14/15 MARCH\n"
        "14/03 22:10 - Youths set fire to cars and stoned the crews on the Rue des Lilas in Sevran.\n"
        "15/03 01:30 - Crews withdrawn."
    )
    assert read_entry_dates(text, date(2021, 3, 16))[0][1].value == date(2021, 3, 14)
    events = current_pipeline_events(text, date(2021, 3, 16))
    assert events and {e.date for e in events} == {date(2021, 3, 14)}


def test_a_chat_exports_bracketed_stamp_dates_its_message():
    text = (
        "[Group: Residents of Cali]\n"
        "[3/5/21 20:15] Ana: a crowd is burning the bus station in Cali and throwing stones at the police\n"
        "[3/5/21 20:40] Luis: they also burned a bank"
    )
    entries = read_entry_dates(text, date(2021, 5, 5))
    assert [e[1].value for e in entries] == [date(2021, 5, 3), date(2021, 5, 3)]


def test_a_bullet_before_a_days_figures_is_not_part_of_the_date():
    entries = read_entry_dates("• 22/6 - Kidal: gunmen fired on a patrol.", date(2021, 6, 30))
    assert entries[0][1].text == "22/6"


def test_a_fraction_at_a_lines_head_is_no_date():
    assert read_entry_dates("3/4 of the camp was burned.", date(2021, 6, 30)) == []


# ---- a page's or a form's own day


def test_a_posted_line_with_a_short_weekday_dates_the_post():
    text = (
        "Thread: Shots fired in our street (Expat forum > Living in Malmo)\n\nPosted Fri 6 Mar 2020, 23:05\n\n"
        "Police shot a man who fired at them in Rosengard this evening."
    )
    assert read_filing(text, date(2020, 3, 8)).filed == date(2020, 3, 6)


def test_a_forms_date_field_among_bars_is_the_day_its_this_afternoon_counts_from():
    text = (
        "Report #512 | Title: Shops burnt in Eldoret | Date: 14/02/2008 | Location: Eldoret | Verified: YES\n\n"
        "Description: A mob burned shops in Eldoret market this afternoon."
    )
    assert read_filing(text, date(2008, 2, 16)).filed == date(2008, 2, 14)
    assert only_pipeline_event(text, date(2008, 2, 16)).date == date(2008, 2, 14)


def test_a_forms_date_field_after_another_fields_full_stop_dates_the_form():
    text = "INCIDENT REPORT\n\nCountry: Chad. Location: Abeche. Date/time: 03/09/2019, 02:00. Category: theft."
    assert read_filing(text, date(2019, 9, 6)).filed == date(2019, 9, 3)


def test_an_incident_date_field_is_no_filing_day():
    text = "INCIDENT REPORT\n\nLocation: Eldoret. Date of incident: 14/02/2008.\n\nA mob burned shops yesterday."
    assert read_filing(text, date(2008, 2, 20)).filed is None


def test_a_posted_line_under_a_title_read_as_a_dateline_dates_the_post():
    text = "Thread: Shots in Rinkeby?\n\nPosted Sat 7 Mar 2020, 01:12\n\nPolice fired at a gunman in Rinkeby tonight."
    assert read_filing(text, date(2020, 3, 9)).filed == date(2020, 3, 7)


# ---- events told long after: an oral history's abstract, a plaque


def test_an_oral_history_abstract_dates_its_event_to_the_day_it_recalls():
    text = (
        "Recording 14. Narrator: a retired nurse, born 1950 in Soweto. Recorded 2001.\n\n"
        "She recalls the morning of 16 June 1976, when police opened fire on schoolchildren marching "
        "through Orlando West, killing at least two. She says the smoke hung over the township for days."
    )
    events = current_pipeline_events(text, date(2001, 5, 3))
    assert events and {e.date for e in events} == {date(1976, 6, 16)}


def test_a_plaques_account_of_an_old_massacre_is_its_record_not_background():
    text = (
        "On Tuesday 4 May 1886 a crowd of workers gathered in Haymarket Square to protest against the police. "
        "A bomb was thrown at the officers, and policemen fired into the crowd. "
        "Historians still dispute who threw the bomb. This plaque was placed by the city on the centenary."
    )
    events = current_pipeline_events(text, date(1986, 5, 4))
    assert events and {e.date for e in events} == {date(1886, 5, 4)}


def test_a_news_report_of_an_anniversary_keeps_the_old_massacre_as_background():
    text = (
        "Hundreds of people gathered in Sharpeville today to mark the anniversary of 21 March 1960, when "
        "police opened fire on a crowd, killing 69 people."
    )
    assert all(e.date != date(1960, 3, 21) for e in current_pipeline_events(text, date(2020, 3, 21)))


def test_a_museum_panels_heading_dates_the_account_below_it():
    text = (
        "ROOM 2 - FRIDAY, 16 MARCH 1988\n\n"
        "In the late morning, Iraqi jets bombed the town of Halabja with chemical weapons, killing thousands "
        "of people in the streets and in their cellars.\n\nHalabja Monument and Peace Museum"
    )
    events = current_pipeline_events(text, date(2018, 3, 16))
    assert events and {e.date for e in events} == {date(1988, 3, 16)}


def test_a_headings_day_gives_way_to_the_days_the_text_gives():
    text = (
        "Weekly brief - 16 March 2021\n\n"
        "Gunmen killed four farmers near Gusau on 12 March. Police said they had arrested two suspects."
    )
    events = current_pipeline_events(text, date(2021, 3, 16))
    assert date(2021, 3, 12) in {e.date for e in events}
    assert date(2021, 3, 16) not in {e.date for e in events if e.fatalities}


# ---- a death told with the time since the act


def test_a_death_two_days_after_a_beating_dates_the_beating():
    text = "A cattle trader died in hospital in Nuh on Monday, two days after a mob beat him on the highway."
    assert only_pipeline_event(text, date(2021, 7, 28)).date == date(2021, 7, 24)  # Monday 26 July - 2


def test_a_death_without_its_day_counts_back_from_the_day_of_writing():
    text = "A shopkeeper died in Maiduguri, three days after gunmen shot him outside his shop."
    assert only_pipeline_event(text, date(2021, 7, 28)).date == date(2021, 7, 25)


def test_an_act_given_its_own_day_keeps_it():
    text = "A student died on Friday, a week after police beat him at a protest in Harare on 9 July."
    assert only_pipeline_event(text, date(2021, 7, 17)).date == date(2021, 7, 9)


def test_days_after_with_no_death_date_nothing_back():
    text = "Police arrested two men in Alwar on Monday, two days after a mob beat a cattle trader."
    assert date(2021, 7, 26) in {e.date for e in current_pipeline_events(text, date(2021, 7, 28))}


def test_a_title_read_as_a_dateline_keeps_its_place_when_the_pages_date_line_dates_it():
    text = "MALI: ATTACK ON ARMY CAMP\nPublished: 3 May 2021, 10:00 GMT\nGunmen attacked an army camp near Boni at dawn today."
    filing = read_filing(text, date(2021, 5, 3))
    assert filing.filed == date(2021, 5, 3) and text[filing.town[0] : filing.town[1]] == "MALI"


# ---- a day said aloud


def test_a_month_the_ordinal_day_is_a_date():
    from conflictscope.mentions.dates import find_dates_at

    found = find_dates_at("On the night of March the 3rd, 1985, soldiers fired on the marchers.", 0, date(2020, 1, 1))
    assert [(d.text, d.value) for d in found] == [("March the 3rd, 1985", date(1985, 3, 3))]
    assert [d.text for d in find_dates_at("In June the 4th Brigade attacked the town.", 0, date(2020, 1, 1))] == ["June"]


def test_a_transcripts_narration_of_a_day_said_aloud_dates_its_event():
    text = (
        "[Radio documentary. Transcript]\n\nNARRATOR: On the morning of March the 21st, 1960, police at "
        "Sharpeville opened fire on a crowd of protesters, killing 69 people. Survivors still speak of it."
    )
    events = current_pipeline_events(text, date(2010, 3, 21))
    assert events and {e.date for e in events} == {date(1960, 3, 21)}


def test_a_date_field_in_a_line_of_fields_dates_the_forms_narrative():
    text = (
        "VIOLENCE MONITORING SHEET - Rift Valley\n\n"
        "Incident no.: 88-B | Date/time: 14 February 2008, around 16:00 | Location: Burnt Forest\n"
        "Narrative: A gang armed with machetes attacked travellers at a roadblock and hacked three men to death.\n"
        "Follow-up: police deployed to Burnt Forest on 16 February."
    )
    entries = read_entry_dates(text, date(2008, 2, 17))
    assert [e[1].value for e in entries] == [date(2008, 2, 14)]
    killings = [e for e in current_pipeline_events(text, date(2008, 2, 17)) if e.fatalities]
    assert killings and {e.date for e in killings} == {date(2008, 2, 14)}


def test_an_incident_field_in_a_line_of_fields_is_the_incidents_day():
    from conflictscope.mentions.datelines import is_incident_date

    incident = "Ref. 17 | Date of incident: 12/03/2019 | Place: Mopti"
    assert is_incident_date(incident, incident.index("12/03"))
    bare = "Ref. 17 | Date: 12/03/2019 | Place: Mopti"
    assert not is_incident_date(bare, bare.index("12/03"))


# ---- an almanac column's entries, each opening with its year


def test_an_almanac_columns_year_entries_are_its_day_in_those_years():
    text = (
        "ON THIS DAY - June 12\n\n"
        "1987: Police fired on striking miners at the Vaal Reefs mine near Orkney, killing four.\n\n"
        "1963: A new bridge opens in the capital.\n\nBorn today: a famous singer (1950)."
    )
    entries = read_entry_dates(text, date(2017, 6, 12))
    assert [e[1].value for e in entries] == [date(1987, 6, 12), date(1963, 6, 12)]
    events = current_pipeline_events(text, date(2017, 6, 12))
    assert events and {e.date for e in events} == {date(1987, 6, 12)}


def test_year_lines_without_an_almanac_heading_are_no_entries():
    text = "Timeline of the strike\n\n1987: Police fired on striking miners near Orkney, killing four."
    assert read_entry_dates(text, date(2017, 6, 12)) == []


# ---- a heading's date in brackets


def test_a_headings_bracketed_place_and_date_is_the_filing_day():
    text = (
        "Northern Command: Communique No. 9 (Srinagar, 14 May 1999)\n\n"
        "Our troops today cleared intruders from a ridge near Kargil after heavy fighting."
    )
    assert read_filing(text, date(1999, 5, 15)).filed == date(1999, 5, 14)


def test_a_channels_bracketed_source_line_dates_its_post():
    text = (
        "[Telegram, the mayor's channel, 3 March, 09:40, translated]\n\n"
        "Since the night the town has been shelled with rockets. Two people were killed."
    )
    assert read_filing(text, date(2023, 3, 4)).filed == date(2023, 3, 3)


def test_an_old_day_in_a_headings_brackets_is_no_filing_day():
    text = "Panel 4: Halabja, the attack (16 March 1988)\n\nIraqi jets dropped chemical bombs on the town."
    filing = read_filing(text, date(2018, 3, 16))
    assert filing is None or filing.filed is None


# ---- a question's event dated by its answer


def test_an_answer_dates_the_event_its_question_asks_about():
    text = (
        "The Kunduz bombing: three questions\n\n"
        "When did the bombing happen? In the centre of Kunduz on Friday afternoon, as worshippers left the mosque.\n\n"
        "How many died? Officials say 12 people were killed."
    )
    events = current_pipeline_events(text, date(2021, 10, 11))  # a Monday
    assert events and {e.date for e in events} == {date(2021, 10, 8)}


def test_the_fast_and_full_paths_date_an_answer_alike():
    text = "Where did the attack happen? At a market in Gao on Sunday morning, as traders set up their stalls."
    fast = [(e.sub_event_type, e.date) for e in current_pipeline_events(text, date(2021, 10, 12))]
    full = [(e.sub_event_type, e.date) for e in current_pipeline_events(text, date(2021, 10, 12), fast=False)]
    assert fast == full
