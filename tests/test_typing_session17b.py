"""Event typing, session 17 (second round): a fight between a crowd and the police told in the
police's own words; an ambush laid by people the sentence names as no armed group; a ship hijacked;
a side fired upon in the passive; an agreement told as holding.

"Protesters clashed with riot police, police said" tells a fight both sides took part in: in the
forces' words it is still the crowd's violence at a demonstration (ACLED's violent demonstration),
not a charge the police lay on a crowd they dispersed ("police said the crowd had thrown stones",
which the rest of the story grades). An ambush is an armed attack lain in wait: whoever laid it
("villagers", "youths") were armed men, and an ambush of an armed side is a fight with it (ACLED's
armed clash), never a crowd's mob violence. A ship hijacked is taken with its crew, who are
abducted (as a plane's passengers are). "Soldiers were fired upon" aims the shots at the passive's
subject, as "fired on" does. A ceasefire that "held for a third day" was agreed before: no agreement
of the day. Sentences are our own, in several styles."""

from __future__ import annotations

import pytest

from helpers import current_events, type_pairs

VIOLENT_DEMO = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")
CLASH = ("Battles", "Armed clash")
MOB = ("Riots", "Mob violence")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
AGREEMENT = ("Strategic developments", "Agreement")


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters clashed with riot police in Dhaka on Saturday, police said.",
        "DHAKA, June 19 (Reuters) - Striking garment workers clashed with police in Gazipur on Saturday, a police official said.",
        "Police said the marchers clashed with officers outside parliament in Nairobi on Saturday.",
        "Students protesting against fee increases clashed with the police at the university gate in Lahore on Saturday, according to police.",
        "Protesters and police clashed outside the electoral commission in Kinshasa on Saturday, a police spokesman said.",
        "There were clashes between demonstrators and police in Harare on Saturday, police said.",
    ],
)
def test_a_clash_with_the_police_in_their_words_is_a_violent_demonstration(text):
    assert VIOLENT_DEMO in type_pairs(text), [(e.event_type, e.sub_event_type) for e in current_events(text)]


def test_a_march_told_by_the_police_stays_peaceful():
    text = "Police said about 300 teachers marched peacefully to the education ministry in Accra on Saturday."
    assert type_pairs(text) == [PEACEFUL]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers ambushed an army patrol near the border town of Menaka on Saturday.",
        "An army patrol was ambushed by villagers on the road to Djibo on Saturday, the defence ministry said.",
        "LOKICHOGGIO, June 19 - Local youths laid an ambush for a police convoy escorting livestock on Saturday, officials said.",
        "Residents of the area ambushed a joint team of police and forest guards in Kandhamal district on Saturday, reports said.",
    ],
)
def test_an_ambush_of_an_armed_side_is_a_clash(text):
    assert type_pairs(text) == [CLASH]


def test_stones_thrown_at_a_patrol_stay_a_crowd_s_act():
    text = "Villagers attacked an army patrol with stones near Menaka on Saturday."
    assert type_pairs(text) == [MOB]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates hijacked a dhow off the coast of Hobyo on Saturday, a maritime security firm said.",
        "Somali pirates hijacked a fishing vessel with 18 crew members on board on Saturday.",
        "Maritime bulletin, 19 June: armed pirates boarded and hijacked a product tanker off Lome; the crew of 16 are held.",
    ],
)
def test_a_ship_hijacked_is_its_crew_abducted(text):
    assert ABDUCTION in type_pairs(text), [(e.event_type, e.sub_event_type) for e in current_events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers were fired upon by armed men near the village of Boulkessi on Saturday.",
        "GAO, June 19 (AFP) - A gendarmerie patrol was fired upon by unidentified gunmen on the Ansongo road on Saturday, a security source said.",
        "Sitrep, 19 June: an army convoy was fired upon near Kidal; troops returned fire.",
    ],
)
def test_a_side_fired_upon_is_in_a_fight(text):
    assert type_pairs(text) == [CLASH], [(e.event_type, e.sub_event_type) for e in current_events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A ceasefire between the army and the rebels held for a third day on Saturday.",
        "The truce in the north-west continued to hold on Saturday, a monitoring group said.",
        "ADDIS ABABA, June 19 - The cease-fire in Tigray largely held on Saturday, aid officials said.",
    ],
)
def test_an_agreement_holding_is_no_agreement_of_the_day(text):
    assert AGREEMENT not in type_pairs(text)


def test_an_agreement_reached_is_one():
    assert type_pairs("The army and the rebels agreed a ceasefire in Juba on Saturday.") == [AGREEMENT]
