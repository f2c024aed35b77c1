"""Event typing: what a sentence only refers to, describes or names in general is not an event, and a few
classes that depend on who acted (captures, raids with arrests, bombs dropped by a state). Fixture
sentences are our own."""

from __future__ import annotations

from datetime import date

import conflictscope
from helpers import sub_types

PUBLISHED = date(2021, 3, 15)


# ---- references, descriptions, generalities


def test_an_attack_answered_or_investigated_is_told_elsewhere():
    assert sub_types("Inspectors will travel to Aleppo on Monday to start an investigation into the chemical attack.", PUBLISHED) == []
    assert sub_types("The minister called a meeting in Aleppo in response to the chemical attack.", PUBLISHED) == []


def test_a_shooting_being_investigated_happened():
    events = [e for e in conflictscope.extract(
        "Police in Dayton are investigating a shooting that left one man dead on Tuesday night.", published=PUBLISHED
    ) if not e.historical]
    assert len(events) == 1 and events[0].fatalities == 1


def test_such_strikes_are_a_kind_of_event_not_one():
    assert sub_types("Paris sees taking part in such strikes on Aleppo as its duty.", PUBLISHED) == []


def test_a_modal_governs_verbs_joined_to_its_own():
    assert sub_types("The army can starve and bomb the rebels in Idlib for months.", PUBLISHED) == []


def test_fighters_named_by_whom_they_fight_are_no_battle():
    assert sub_types("The envoy to the forces fighting against Islamic State visited Raqqa on Sunday.", PUBLISHED) == []
    assert sub_types("He travelled to Raqqa in 2020 to fight for the Kurdish units.", PUBLISHED) == []


def test_a_soldier_who_fought_and_died_in_a_blast_was_killed_by_a_device():
    assert sub_types("A British soldier fighting against Islamic State died in an explosion in Raqqa on Sunday.", PUBLISHED) == [
        "Remote explosive/landmine/IED"
    ]


def test_what_captives_are_accused_of_is_not_an_event_here():
    assert sub_types("On Sunday, Kurdish forces captured two militants suspected of killing aid workers in Raqqa.", PUBLISHED) == ["Arrests"]


def test_people_captured_by_a_rebel_group_are_abducted():
    assert sub_types("On Sunday, Islamic State militants captured a journalist in Raqqa.", PUBLISHED) == ["Abduction/forced disappearance"]


def test_ministers_gathering_do_not_protest():
    found = sub_types("On Sunday, aircraft struck rebel positions in Idlib, as foreign ministers gathered in Brussels to pledge aid.", PUBLISHED)
    assert "Air/drone strike" in found and "Peaceful protest" not in found


def test_defusing_a_crisis_disrupts_no_weapon():
    assert sub_types("Envoys met in Idlib on Sunday to defuse the crisis.", PUBLISHED) == []
    assert sub_types("On Sunday, army engineers defused a roadside bomb in Idlib.", PUBLISHED) == ["Disrupted weapons use"]
    # a thing that is no weapon, dismantled: property destroyed
    assert sub_types("On Sunday, police dismantled a drug lab in Recife.", PUBLISHED) == ["Looting/property destruction"]


# ---- who acted decides the class


def test_territory_named_as_a_part_of_something_is_territory():
    assert sub_types("On Sunday, government forces captured large swaths of territory near Idlib.", PUBLISHED) == [
        "Government regains territory"
    ]


def test_a_raid_with_arrests_and_nobody_hurt_is_the_arrests():
    assert sub_types("On Sunday, police raided a hotel in Antalya and arrested four men.", PUBLISHED) == ["Arrests"]
    # with people hurt it stays violence
    assert sub_types("On Sunday, police raided a hotel in Antalya, arrested four men and killed one.", PUBLISHED) != ["Arrests"]


def test_a_state_that_bombs_strikes_from_the_air():
    assert sub_types("On Sunday, Turkish forces bombed a Kurdish position near Afrin and killed 12 fighters.", PUBLISHED) == ["Air/drone strike"]
    assert sub_types("On Sunday, militants bombed a bus station in Kabul, killing 4 people.", PUBLISHED) != ["Air/drone strike"]


def test_a_booby_trap_is_a_planted_device():
    assert sub_types("On Sunday, a deminer was killed in Raqqa while clearing a house booby-trapped with explosives.", PUBLISHED) == [
        "Remote explosive/landmine/IED"
    ]


# ---- crowds and ranks


def test_a_crowd_named_by_nationality_is_no_state_force():
    event = conflictscope.extract(
        "On 4 March 2021, Indian nationals clashed with border police in Jhapa, when the police stopped them at the border.",
        published=PUBLISHED,
    )[0]
    assert event.sub_event_type == "Mob violence"
    assert event.actor1.kind == "rioters"


def test_an_officer_by_rank_is_an_armed_target():
    assert sub_types("On 4 March 2021, unidentified gunmen shot dead a police lieutenant in Daraa.", PUBLISHED) == ["Armed clash"]


# ---- demonstrations


def test_burning_objects_on_a_road_make_a_violent_demonstration():
    # the longer phrase ("burning objects") wins over the single word it starts with ("burn")
    assert sub_types("On 4 March 2021, residents blocked a road in Ibadan with burning objects to demonstrate against power cuts.", PUBLISHED) == [
        "Violent demonstration"
    ]


def test_a_clash_between_demonstrators_and_police_is_the_crowds_act():
    assert sub_types("On 4 March 2021, a clash broke out between demonstrators and police in front of the parliament in Kathmandu.", PUBLISHED) == [
        "Violent demonstration"
    ]


def test_an_arson_attack_with_nobody_hurt_is_property_destruction():
    assert sub_types("On Sunday, an unknown group carried out an arson attack targeting a textile factory in Esenyurt, Istanbul.", PUBLISHED) == [
        "Looting/property destruction"
    ]
    assert sub_types("On Sunday, an arson attack on a house in Esenyurt, Istanbul killed two people.", PUBLISHED) == ["Attack"]
