"""Mends of session 20's no-event readings (tests/test_noevent_session20.py): each reading silenced true
events of other wordings. A range of figures is no match's score ("20-25 villagers were killed"); a
weapon that drops on a town is no tally that dropped; "the tax office" is a building a mob attacks, not a
tax; the dead a town honours for an attack of this week were killed this week; an arrest "for" a reason
that names no ordinary offence keeps its weight; a mine is a weapon in a flood story. Sentences are our
own, in wire, local-press and bulletin styles; beside each, the no-event reading that must hold."""

from __future__ import annotations

from datetime import date

from helpers import current_events, only_event

PUBLISHED = date(2021, 6, 20)  # a Sunday


# ---- 1. a range of figures is no score; a line that counts dead is read in a sports report


def test_a_range_of_the_dead_is_no_match_score():
    text = (
        "Dozens feared dead in Zamfara raid\n"
        "Between 20-25 villagers were killed when bandits stormed Kadawa village in Zamfara state on Friday, "
        "a local official said, adding that the raid lasted 40 minutes."
    )
    event = only_event(text)
    assert (event.location.name, event.fatalities) == ("Zamfara", 20)


def test_a_range_before_people_in_a_lead_is_read():
    text = (
        "Village attacked near Bunia\n"
        "10-12 people were killed in an attack on a village near Bunia on Thursday, in the final hours of the season's "
        "harvest, a local chief told reporters."
    )
    event = only_event(text)
    assert (event.location.name, event.fatalities) == ("Bunia", 10)


def test_a_sports_page_line_that_counts_dead_is_read():
    text = (
        "Derby ends in chaos as Lions beat Eagles 2-1\n"
        "The Lions edged the Eagles 2-1 in Saturday's league derby in Lusaka.\n"
        "Three people were killed in a crush at the gates of the stadium after the final whistle, officials said."
    )
    events = current_events(text)
    assert [e.fatalities for e in events] == [3]


def test_a_score_is_still_a_match():
    text = (
        "Rangers storm to 4-1 win\n"
        "Rangers stormed the visitors' half from the first whistle and won 4-1 on Saturday, the striker firing twice."
    )
    assert current_events(text) == []


# ---- 2. weapons that drop are no tally


def test_weapons_that_dropped_on_a_town_are_an_air_strike():
    event = only_event("Helicopters of the army dropped nothing; barrel bombs dropped on the Bustan al-Qasr quarter of Aleppo on Friday.")
    assert (event.sub_event_type, event.location.name) == ("Air/drone strike", "Aleppo")


def test_rockets_that_fell_on_a_town_are_shelling():
    event = only_event("Rockets fell on residential areas of Sderot on Saturday, wounding two people.")
    assert event.event_type == "Explosions/Remote violence"
    assert event.location.name == "Sderot"


def test_incidents_that_rose_by_a_figure_are_a_tally():
    assert current_events("Kidnappings in Kaduna state rose by 30 per cent last year, the police commissioner said.") == []


# ---- 3. a building named by a figure's word is a target


def test_a_mob_that_attacked_the_tax_office_is_mob_violence():
    event = only_event("A crowd of angry traders attacked the tax office in Onitsha on Saturday, smashing its windows.")
    assert (event.sub_event_type, event.location.name) == ("Mob violence", "Onitsha")


def test_youths_who_torched_the_tax_office_destroyed_property():
    event = only_event("Youths set fire to the tax office in Lira on Friday.")
    assert (event.sub_event_type, event.location.name) == ("Looting/property destruction", "Lira")


def test_a_war_on_taxes_stays_a_figure():
    assert current_events("The opposition declared war on the new fuel tax in parliament on Friday.") == []


# ---- 4. the dead a town honours, killed this week


def test_the_soldiers_honoured_for_an_ambush_of_this_week_were_killed_this_week():
    text = "Hundreds of people in Gao on Saturday honoured the eight soldiers killed by jihadists in an ambush near Gao on Thursday."
    event = only_event(text)
    assert (event.event_type, event.location.name, event.fatalities) == ("Battles", "Gao", 8)


def test_the_dead_mourned_years_on_are_remembered():
    text = "Ten years on, families in Gao mourned the 30 soldiers killed by jihadists in an ambush near the town."
    assert [e for e in current_events(text) if e.fatalities] == []


# ---- 5. an arrest for a reason that names no ordinary offence


def test_an_arrest_for_hoisting_flags_is_an_arrest():
    event = only_event("Gendarmes in Kumba arrested 15 young men for hoisting secessionist flags on Saturday.")
    assert (event.sub_event_type, event.location.name) == ("Arrests", "Kumba")


def test_an_arrest_for_gambling_is_police_work():
    assert current_events("Police in Kakamega arrested 25 men for illegal gambling on Saturday.") == []


# ---- 6. a mine is a weapon in a flood story


def test_a_mine_that_exploded_in_a_flood_story_is_an_explosion():
    text = (
        "Floods leave 30 dead in Kasai\n"
        "Torrential rain flooded villages across Kasai province on Thursday, killing 30 people, officials said.\n"
        "A mine exploded on a road near Kananga on Friday, killing three farmers."
    )
    events = current_events(text)
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", "Kananga", 3)]
