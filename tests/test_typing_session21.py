"""Session 21 (h50): typing of attacks and of what an armed group does beside its fighting.

- forces killing the attackers told before ("the attacker was shot dead by police") end an attack on
  people; they make no battle of it (fire exchanged, told by its words, still does);
- an event noun told as awaited ("ahead of an expected offensive") reports nothing that happened;
- a flag burned by an armed group that overran a base is no demonstration: the takeover is the event;
- a vehicle bomb set off by its driver, or a bomb that killed the one who set it off, is a suicide bombing;
- harm told with no doer named, in an event whose own sentence tells a crowd's violence, is the crowd's;
- people gathered for a parade, a wedding or prayers assembled; they did not demonstrate;
- tear gas fired to drive people away is the forces' intervention on them;
- "some in the crowd" are of the crowd told before: their stones, in the officials' words only, do not make
  the demonstration violent;
- forces telling an attack on people as a fight with armed men ("the army said it had killed terrorists in
  a firefight") give their version of the same killing, not a battle;
- a weapon word that tells how people were hurt ("wounded, some by gunshots") names no fight;
- a campaign kept up in a clause of "as" ("as the army pressed an offensive") is the background of the
  sentence's own event.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from helpers import type_pairs

PUBLISHED = date(2021, 6, 20)


def _pairs(text: str) -> list[tuple[str, str]]:
    return type_pairs(text, PUBLISHED)


# ---- attackers killed by the forces who ended the attack


def test_attackers_shot_dead_by_police_keep_the_attack_on_guests():
    text = "Gunmen stormed a hotel in Mombasa on Friday and killed 20 guests. The three attackers were later shot dead by police."
    assert _pairs(text) == [("Violence against civilians", "Attack")]


def test_gunman_killed_when_troops_ended_the_siege_keeps_the_attack():
    text = (
        "A gunman opened fire on shoppers at a market in Eldoret on Monday, killing nine people. "
        "The gunman was killed when soldiers ended the siege in the evening."
    )
    assert _pairs(text) == [("Violence against civilians", "Attack")]


def test_gunmen_firing_on_the_police_who_came_still_make_a_fight():
    text = "Gunmen attacked a village near Jos on Monday and killed 12 residents. When police arrived, the gunmen opened fire on them."
    assert _pairs(text) == [("Battles", "Armed clash")]


def test_forces_fighting_the_attackers_by_the_words_still_make_a_fight():
    text = "Gunmen attacked a village near Jos on Monday and killed 12 residents. Soldiers later clashed with the attackers outside the village."
    assert _pairs(text) == [("Battles", "Armed clash")]


# ---- an event awaited


def test_an_expected_offensive_is_no_fight_beside_a_shelling():
    text = "Shells hit a market in Kharkiv on Monday, killing eight people. Thousands had fled the town ahead of an expected Russian offensive."
    assert _pairs(text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_fear_of_an_imminent_assault_is_no_event():
    assert _pairs("Residents of Gao fled on Tuesday amid fears of an imminent assault by jihadists.") == []


# ---- an armed group's flag burning


def test_flag_burned_by_fighters_who_overran_a_base_is_their_takeover():
    text = "Al-Shabaab fighters overran the army base in Kismayo on Friday and burned the Kenyan flag."
    assert _pairs(text) == [("Battles", "Non-state actor overtakes territory")]


def test_flag_burned_by_protesters_stays_a_peaceful_protest():
    text = "Protesters burned the American flag outside the embassy in Islamabad on Friday."
    assert _pairs(text) == [("Protests", "Peaceful protest")]


# ---- a vehicle bomb set off by its driver


def test_driver_who_detonated_the_car_and_died_with_it_is_a_suicide_bombing():
    text = "The driver rammed through a checkpoint in Bogota on Thursday and detonated the car, killing 21 cadets and himself."
    assert _pairs(text) == [("Explosions/Remote violence", "Suicide bomb")]


def test_man_who_drove_a_truck_bomb_in_and_blew_it_up_is_a_suicide_bombing():
    text = "A man drove a truck packed with explosives into a police academy in Zliten on Thursday and blew it up, killing 50 recruits."
    assert _pairs(text) == [("Explosions/Remote violence", "Suicide bomb")]


def test_driver_told_after_the_car_bomb_makes_it_a_suicide_bombing():
    text = (
        "A car bomb exploded at a police academy in Bogota on Thursday, killing 21 cadets. "
        "The driver rammed through a checkpoint and detonated the vehicle."
    )
    assert _pairs(text) == [("Explosions/Remote violence", "Suicide bomb")]


def test_car_bomb_with_no_driver_told_stays_a_planted_bomb():
    text = "A car bomb exploded at a market in Mosul on Monday, killing 12 people."
    assert _pairs(text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_grenade_that_killed_its_thrower_is_no_suicide_bombing():
    text = "A soldier threw a grenade at the crowd in Goma on Monday, killing himself and two others."
    assert _pairs(text) == [("Explosions/Remote violence", "Grenade")]


# ---- harm with no doer named beside a crowd's violence


def test_victims_of_a_mob_told_after_it_are_the_mobs():
    text = (
        "A mob of villagers burned to death five elderly women accused of witchcraft in Kisii on Wednesday. "
        "The victims were tied up, beaten and set alight in their houses."
    )
    assert _pairs(text) == [("Riots", "Mob violence")]


def test_victims_of_a_mob_told_at_its_place_are_the_mobs():
    text = (
        "A mob of villagers burned to death five elderly women accused of witchcraft in Kisii on Wednesday. "
        "The victims were tied up, beaten and set alight in their houses in Kisii."
    )
    assert _pairs(text) == [("Riots", "Mob violence")]


def test_an_attack_by_named_soldiers_beside_a_riot_stays_their_attack():
    text = "Soldiers tortured two traders in Kisumu on Monday. Rioters later set fire to shops in Kisumu."
    assert ("Violence against civilians", "Attack") in _pairs(text)


# ---- people gathered for an ordinary occasion


def test_recruits_gathered_for_a_parade_are_no_demonstration():
    assert _pairs("Hundreds of recruits gathered for a parade at a police academy in Zliten on Thursday.") == []


def test_students_gathered_for_a_rally_still_demonstrate():
    text = "Hundreds of students gathered for a rally at the university in Kano on Thursday."
    assert _pairs(text) == [("Protests", "Peaceful protest")]


# ---- means of dispersal used to drive people off


def test_tear_gas_fired_to_drive_supporters_away_is_an_intervention():
    text = "Police fired tear gas to drive thousands of supporters away from the embassy in Tegucigalpa on Tuesday."
    assert _pairs(text) == [("Protests", "Protest with intervention")]


def test_tear_gas_fired_to_clear_a_road_is_no_event():
    assert _pairs("Soldiers fired tear gas to clear the road near Goma on Tuesday.") == []


# ---- some of the crowd, in the officials' words


def test_stones_some_in_the_crowd_threw_told_by_officials_do_not_make_a_riot():
    text = (
        "About 1,500 people had gathered outside the police station in Tak Bai on Monday. "
        "Officials say some in the crowd threw stones; soldiers fired water cannon and tear gas, then live rounds."
    )
    assert _pairs(text) == [("Protests", "Excessive force against protesters")]


def test_stones_some_in_the_crowd_threw_told_by_witnesses_make_a_violent_demonstration():
    text = (
        "About 1,500 people had gathered outside the police station in Tak Bai on Monday. "
        "Witnesses said some in the crowd threw stones at the station."
    )
    assert _pairs(text) == [("Riots", "Violent demonstration")]


# ---- the forces' own account of an attack they made


def test_army_calling_the_civilians_it_killed_terrorists_keeps_the_attack():
    text = (
        "Soldiers shot dead five villagers during a search operation in Kumba on Tuesday, residents said. "
        "The army said troops had killed five terrorists in a firefight."
    )
    assert _pairs(text) == [("Violence against civilians", "Attack")]


def test_a_fight_witnesses_tell_after_the_attack_still_makes_a_battle():
    text = (
        "Soldiers shot dead five villagers during a search operation in Kumba on Tuesday, residents said. "
        "Witnesses said separatist fighters then fired on the soldiers, who fought them for an hour."
    )
    assert _pairs(text) == [("Battles", "Armed clash")]


# ---- a weapon word that tells how people were hurt


def test_wounded_by_gunshots_after_fire_on_protesters_is_no_fight():
    text = (
        "Security forces fired tear gas at thousands of protesters demanding the president's resignation in Sanaa on Friday, "
        "killing three. Dozens more were wounded, some by gunshots."
    )
    assert _pairs(text) == [("Protests", "Excessive force against protesters")]


def test_civilians_wounded_by_a_mortar_keep_the_shelling():
    text = "One child was killed and three civilians were wounded by a Taliban mortar in Azra district, Logar, on Friday."
    assert _pairs(text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_soldiers_wounded_by_gunshots_in_a_fight_stay_a_battle():
    text = "Soldiers and rebels fought in Kidal on Monday; two soldiers were wounded by gunshots."
    assert _pairs(text) == [("Battles", "Armed clash")]


# ---- a campaign kept up around the sentence's event


def test_air_strike_as_fighting_for_the_capital_intensified_is_the_air_strike():
    text = "A warplane struck the only working airport of Tripoli on Monday, forcing it to close as fighting for the capital intensified."
    assert _pairs(text) == [("Explosions/Remote violence", "Air/drone strike")]


def test_shelling_as_troops_pressed_an_offensive_is_the_shelling():
    text = (
        "Government forces pounded a district of Homs with rockets and mortars on Monday, killing at least 40 people, "
        "as the army pressed an offensive against rebel-held areas of the city."
    )
    assert _pairs(text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_an_offensive_pressed_on_its_own_is_a_fight():
    assert _pairs("Troops pressed an offensive against rebel-held areas of Homs on Monday.") == [("Battles", "Armed clash")]
