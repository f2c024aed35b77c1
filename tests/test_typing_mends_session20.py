"""Session 20 mends (m5) to the typing readings of this session:

- a bare "were taken by ..." is a capture only when "by" names a person or an actor ("taken by
  surprise" tells how, not who took them);
- a protest verb in a simple-past clause on the people arrested, with a day of its own other than the
  arrest's, tells an earlier protest: the arrest is the event;
- a clause's subject the parser hangs on the clause's conjunction when it carries a hyphenated modifier
  ("after a mob of self-styled vigilantes beat him") is still who acted;
- a theft an accusation lays at a private person's door is no political violence.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from helpers import current_events

PUBLISHED = date(2021, 6, 20)


def _events(text: str, published: date = PUBLISHED):
    return current_events(text, published)


def _first(text: str, published: date = PUBLISHED):
    events = _events(text, published)
    assert events, text
    return events[0]


# ---- "taken by" names the captor only when it names someone


def test_taken_by_surprise_after_a_raid_is_no_abduction():
    event = _first("Militiamen attacked the village of Dogo in Zamfara on Sunday. The farmers were taken by surprise.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_taken_by_surprise_in_the_brief_wording_stays_an_attack():
    event = _first("Armed men stormed the village of Kalama on Monday. The villagers were taken by surprise.", date(2020, 5, 6))
    assert event.sub_event_type == "Attack"


def test_taken_by_the_gunmen_stays_an_abduction():
    event = _first("Gunmen raided Dogo village in Zamfara on Sunday. Four girls were taken by the gunmen.")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_taken_by_unknown_men_stays_an_abduction():
    event = _first("Gunmen raided Dogo village in Zamfara on Sunday. Four girls were taken by unknown men.")
    assert event.sub_event_type == "Abduction/forced disappearance"


# ---- a march of an earlier day told of the people arrested


def test_arrest_of_people_who_marched_on_an_earlier_day_is_an_arrest():
    event = _first("Police in Harare on Tuesday arrested five activists who organised a march in the city on Monday.", date(2020, 5, 6))
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")
    assert event.date == date(2020, 5, 5)
    assert event.actor1 is not None and event.actor1.name == "Police Forces of Zimbabwe"


def test_students_detained_a_day_after_their_march_are_arrested():
    event = _first("Police in Lusaka on Thursday detained six students who staged a march on the campus on Wednesday.")
    assert event.sub_event_type == "Arrests"
    assert event.date == date(2021, 6, 17)


def test_march_with_no_day_of_its_own_stays_the_protest_intervened_in():
    event = _first("Police in Lusaka on Thursday detained six students who staged a march on the campus.")
    assert event.sub_event_type == "Protest with intervention"


# ---- a subject with a hyphenated modifier


def test_mob_of_self_styled_vigilantes_who_beat_a_farmer_to_death():
    text = "A farmer died on Monday after a mob of self-styled vigilantes beat him near Alwar, police said."
    event = _first(text, date(2017, 4, 4))
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert event.fatalities == 1
    assert event.actor1 is not None and event.actor1.kind == "rioters"
    assert event.location is not None and event.location.name == "Alwar"


def test_mob_of_self_styled_vigilantes_with_sticks_under_a_dateline():
    text = "UNA, June 17 - A cattle trader died on Wednesday after a mob of self-styled vigilantes attacked him with sticks, police said."
    event = _first(text)
    assert event.sub_event_type == "Mob violence"
    assert event.actor1 is not None and event.actor1.kind == "rioters"
    assert event.fatalities == 1


# ---- an ordinary theft laid at a private person's door


def test_trader_accused_of_stealing_goats_is_no_event():
    assert _events("Villagers accused the trader of stealing goats near Alwar on Saturday.", date(2017, 4, 4)) == []


def test_shepherd_accused_of_stealing_sheep_is_no_event():
    assert _events("Residents accused a shepherd of stealing sheep near Mardan on Sunday.") == []


def test_militia_accused_of_stealing_cattle_stays_looting():
    event = _first("Villagers accused the militia of stealing cattle near Mardan on Sunday.")
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1 is not None and event.actor1.name == "Militia (Pakistan)"


def test_opposition_accused_of_burning_buses_keeps_its_event():
    event = _first("Police accused the opposition of burning buses in Alwar on Saturday.", date(2017, 4, 4))
    assert event.sub_event_type == "Looting/property destruction"
    assert event.date == date(2017, 4, 1)
