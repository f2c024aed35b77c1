"""Event typing, session 4b: aircraft backing a ground operation, bombers shot before they struck,
shelling traded between two sides. Fixture sentences are our own."""

from __future__ import annotations

from helpers import type_pairs


# ---- aircraft backing a ground operation: ACLED codes the ground battle


def test_an_operation_backed_by_airstrikes_is_a_battle():
    found = type_pairs(
        "On 12 June, an operation by army commandos, backed by airstrikes, killed 9 Taliban fighters "
        "in Andar district, Ghazni."
    )
    assert found and found[0] == ("Battles", "Armed clash")


def test_forces_supported_by_the_air_force_fight_a_battle():
    found = type_pairs(
        "On 12 June, 4 Taliban fighters were killed during an operation by police special units "
        "supported by the air force in Zurmat district, Paktia."
    )
    assert found and found[0] == ("Battles", "Armed clash")


def test_an_airstrike_on_its_own_stays_an_air_strike():
    found = type_pairs("On 12 June, an airstrike killed 6 Taliban fighters in Andar district, Ghazni.")
    assert found and found[0] == ("Explosions/Remote violence", "Air/drone strike")


def test_warplanes_striking_a_depot_stay_an_air_strike():
    found = type_pairs("On 12 June, warplanes struck an ammunition depot of the militia near Homs, killing 3 fighters.")
    assert found and found[0][1] == "Air/drone strike"


# ---- a suicide bomber shot before he struck: a fight, not a bombing


def test_bombers_killed_by_forces_are_a_battle():
    found = type_pairs("On 12 June, army troops shot dead two suicide bombers of the Islamic State near Tal Afar in Ninewa province.")
    assert found and found[0] == ("Battles", "Armed clash")


def test_a_bomber_who_struck_stays_a_suicide_bomb():
    found = type_pairs("On 12 June, a suicide bomber killed 5 soldiers at a checkpoint in Kandahar city.")
    assert found and found[0] == ("Explosions/Remote violence", "Suicide bomb")


# ---- shelling traded by two sides


def test_a_shelling_exchange_between_forces_is_a_clash():
    found = type_pairs(
        "On 12 June, a shelling exchange took place between government forces and rebel fighters "
        "near Tal Tamr in Hasakah countryside."
    )
    assert found and found[0] == ("Battles", "Armed clash")


# ---- people of one community fighting each other: a riot (mob violence), not a battle


def test_two_groups_of_a_community_clashing_are_a_riot():
    found = type_pairs(
        "On 12 June, a clash took place between two groups of the Rind community in Shikarpur town, "
        "Sindh, over a plot of land; both sides attacked each other with clubs, injuring four men."
    )
    assert found and found[0] == ("Riots", "Mob violence")


def test_a_named_armed_group_in_a_clash_stays_a_battle():
    found = type_pairs("On 12 June, a clash took place between two groups of Boko Haram fighters near Monguno, killing 6.")
    assert found and found[0][0] == "Battles"


# ---- a gang member killed by gunmen: ACLED's clash between armed groups


def test_a_gang_member_shot_by_gunmen_is_a_clash():
    found = type_pairs(
        "On 12 June, in Recife, Pernambuco, a man was shot dead by three armed men on a motorcycle. "
        "The victim had charges against him for robbery and drug trafficking."
    )
    assert found and found[0] == ("Battles", "Armed clash")


def test_a_man_shot_by_gunmen_with_nothing_said_of_him_is_an_attack():
    found = type_pairs("On 12 June, in Recife, Pernambuco, a man was shot dead by three armed men on a motorcycle.")
    assert found and found[0] == ("Violence against civilians", "Attack")


# ---- a fight told as what goes on around the event


def test_reinforcements_arriving_as_battles_continue_are_a_movement():
    found = type_pairs(
        "On 12 June, Houthi reinforcements arrived on the Sirwah front in Marib as battles continue in the area."
    )
    assert found and found[0] == ("Strategic developments", "Change to group/activity")


def test_a_battle_told_on_its_own_stays_a_battle():
    found = type_pairs("On 12 June, battles continued between Houthi forces and government troops on the Sirwah front in Marib.")
    assert found and found[0] == ("Battles", "Armed clash")


# ---- explosives that never hit anyone as intended


def test_old_ordnance_left_from_a_war_is_other():
    found = type_pairs("On 12 June, a farmer was killed after stepping on a landmine left over from the civil war in Battambang province.")
    assert found and found[0] == ("Strategic developments", "Other")


def test_a_mine_that_went_off_while_being_planted_is_disrupted_weapons_use():
    found = type_pairs("On 12 June, 2 Taliban militants were killed when a mine they were planting exploded prematurely in Andar district, Ghazni.")
    assert found and found[0] == ("Strategic developments", "Disrupted weapons use")


def test_devices_recovered_by_police_are_disrupted_weapons_use():
    found = type_pairs("On 12 June, a police team recovered three IEDs planted by militants near Mosul.")
    assert found and found[0] == ("Strategic developments", "Disrupted weapons use")


def test_a_roadside_bomb_that_killed_stays_an_explosion():
    found = type_pairs("On 12 June, a roadside bomb killed 3 soldiers near Mosul.")
    assert found and found[0] == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_members_of_an_air_force_agency_shot_by_gunmen_are_no_air_strike():
    found = type_pairs("On 12 June, gunmen opened fire on two members of the Air Force Intelligence near Daraa, killing both.")
    assert found and found[0][1] != "Air/drone strike"


def test_a_suspect_shot_in_a_police_operation_against_a_gang_is_a_clash():
    found = type_pairs(
        "On 12 June, in Duque de Caxias, Rio de Janeiro, the Military Police carried out an operation "
        "against drug trafficking in the Lixao community. A suspect was shot and died."
    )
    assert found and found[0] == ("Battles", "Armed clash")

