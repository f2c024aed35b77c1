"""Event typing: what a sentence only refers to, describes or names in general is not an event, and a few
classes that depend on who acted (captures, raids with arrests, bombs dropped by a state). Fixture
sentences are our own."""

from __future__ import annotations

from datetime import date

import conflictscope

PUBLISHED = date(2021, 3, 15)


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in conflictscope.extract(text, published=PUBLISHED) if not e.historical]


# ---- references, descriptions, generalities


def test_an_attack_answered_or_investigated_is_told_elsewhere():
    assert subs("Inspectors will travel to Aleppo on Monday to start an investigation into the chemical attack.") == []
    assert subs("The minister called a meeting in Aleppo in response to the chemical attack.") == []


def test_a_shooting_being_investigated_happened():
    events = [e for e in conflictscope.extract(
        "Police in Dayton are investigating a shooting that left one man dead on Tuesday night.", published=PUBLISHED
    ) if not e.historical]
    assert len(events) == 1 and events[0].fatalities == 1


def test_such_strikes_are_a_kind_of_event_not_one():
    assert subs("Paris sees taking part in such strikes on Aleppo as its duty.") == []


def test_a_modal_governs_verbs_joined_to_its_own():
    assert subs("The army can starve and bomb the rebels in Idlib for months.") == []


def test_fighters_named_by_whom_they_fight_are_no_battle():
    assert subs("The envoy to the forces fighting against Islamic State visited Raqqa on Sunday.") == []
    assert subs("He travelled to Raqqa in 2020 to fight for the Kurdish units.") == []


def test_a_soldier_who_fought_and_died_in_a_blast_was_killed_by_a_device():
    assert subs("A British soldier fighting against Islamic State died in an explosion in Raqqa on Sunday.") == [
        "Remote explosive/landmine/IED"
    ]


def test_what_captives_are_accused_of_is_not_an_event_here():
    assert subs("On Sunday, Kurdish forces captured two militants suspected of killing aid workers in Raqqa.") == ["Arrests"]


def test_people_captured_by_a_rebel_group_are_abducted():
    assert subs("On Sunday, Islamic State militants captured a journalist in Raqqa.") == ["Abduction/forced disappearance"]


def test_ministers_gathering_do_not_protest():
    found = subs("On Sunday, aircraft struck rebel positions in Idlib, as foreign ministers gathered in Brussels to pledge aid.")
    assert "Air/drone strike" in found and "Peaceful protest" not in found


def test_defusing_a_crisis_disrupts_no_weapon():
    assert subs("Envoys met in Idlib on Sunday to defuse the crisis.") == []
    assert subs("On Sunday, army engineers defused a roadside bomb in Idlib.") == ["Disrupted weapons use"]
    # a thing that is no weapon, dismantled: property destroyed
    assert subs("On Sunday, police dismantled a drug lab in Recife.") == ["Looting/property destruction"]


# ---- who acted decides the class


def test_territory_named_as_a_part_of_something_is_territory():
    assert subs("On Sunday, government forces captured large swaths of territory near Idlib.") == [
        "Government regains territory"
    ]


def test_a_raid_with_arrests_and_nobody_hurt_is_the_arrests():
    assert subs("On Sunday, police raided a hotel in Antalya and arrested four men.") == ["Arrests"]
    # with people hurt it stays violence
    assert subs("On Sunday, police raided a hotel in Antalya, arrested four men and killed one.") != ["Arrests"]


def test_a_state_that_bombs_strikes_from_the_air():
    assert subs("On Sunday, Turkish forces bombed a Kurdish position near Afrin and killed 12 fighters.") == ["Air/drone strike"]
    assert subs("On Sunday, militants bombed a bus station in Kabul, killing 4 people.") != ["Air/drone strike"]


def test_a_booby_trap_is_a_planted_device():
    assert subs("On Sunday, a deminer was killed in Raqqa while clearing a house booby-trapped with explosives.") == [
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
    assert subs("On 4 March 2021, unidentified gunmen shot dead a police lieutenant in Daraa.") == ["Armed clash"]


# ---- demonstrations


def test_burning_objects_on_a_road_make_a_violent_demonstration():
    # the longer phrase ("burning objects") wins over the single word it starts with ("burn")
    assert subs("On 4 March 2021, residents blocked a road in Ibadan with burning objects to demonstrate against power cuts.") == [
        "Violent demonstration"
    ]


def test_a_clash_between_demonstrators_and_police_is_the_crowds_act():
    assert subs("On 4 March 2021, a clash broke out between demonstrators and police in front of the parliament in Kathmandu.") == [
        "Violent demonstration"
    ]


def test_an_arson_attack_with_nobody_hurt_is_property_destruction():
    assert subs("On Sunday, an unknown group carried out an arson attack targeting a textile factory in Esenyurt, Istanbul.") == [
        "Looting/property destruction"
    ]
    assert subs("On Sunday, an arson attack on a house in Esenyurt, Istanbul killed two people.") == ["Attack"]
