"""Event typing, session 6: news prose. Ground taken when the place is only a noun ("the last
enclave", "the strongholds"), bare "strikes" that kill, people described as fighters or as future
bombers, kin of fighters as victims. Fixture sentences are our own."""

from __future__ import annotations

from helpers import current_events, sub_types, type_pairs


# ---- territory: the ground taken may be a noun the gazetteer cannot place


def test_rebels_retaking_an_unnamed_enclave_take_territory():
    assert sub_types("On 19 June, rebel fighters retook the last enclave held by the militia near the river.")[:1] == [
        "Non-state actor overtakes territory"
    ]


def test_the_army_retaking_a_town_regains_territory():
    # the tagger reads "retook" as a noun here: its written form is in the lexicon
    assert sub_types("On 19 June, the army retook the town after a week of heavy fighting.")[:1] == ["Government regains territory"]


def test_strongholds_falling_to_fighters_is_territory_taken_by_them():
    found = current_events("On 19 June, the last strongholds of the militia fell to the rebels.")
    assert found and found[0].sub_event_type == "Non-state actor overtakes territory"
    assert found[0].actor1 is not None and found[0].actor1.kind == "rebel_group"


def test_areas_handed_over_to_the_army_are_a_non_violent_transfer():
    assert sub_types("On 19 June, the rebels handed over the areas they held to the army.")[:1] == ["Non-violent transfer of territory"]


def test_prices_falling_to_a_low_are_no_event():
    assert type_pairs("On 19 June, fuel prices fell to their lowest level in a decade.") == []


def test_goods_seized_are_still_not_territory():
    assert "Non-state actor overtakes territory" not in sub_types("On 19 June, police seized two trucks of stolen copper in the town.")


# ---- bare "strikes" that kill or hit are from the air


def test_people_killed_in_strikes_were_killed_in_air_strikes():
    assert type_pairs("On 19 June, at least nine civilians were killed in strikes on the market of the town, a monitor said.")[:1] == [
        ("Explosions/Remote violence", "Air/drone strike")
    ]


def test_strikes_hitting_a_village_are_air_strikes():
    assert sub_types("On 19 June, strikes hit a village east of the city, killing four people.")[:1] == ["Air/drone strike"]


def test_a_named_weapon_decides_the_kind_of_strike():
    assert sub_types("On 19 June, rocket strikes killed four people in a village east of the city.")[:1] == [
        "Shelling/artillery/missile attack"
    ]


def test_people_killed_during_a_general_strike_are_no_air_strike():
    assert "Air/drone strike" not in sub_types("On 19 June, two demonstrators were killed by police during the general strike in the capital.")


# ---- people described, not events told


def test_those_fighting_are_fighters_and_the_bombers_attack_decides():
    found = sub_types("Officers said women were among those fighting, and that two female suicide bombers had attacked a post on 12 June.")
    assert found[:1] == ["Suicide bomb"]


def test_a_rebel_fighting_group_is_no_fight():
    assert type_pairs("On 19 June, the envoy asked the government to talk to the main rebel fighting group about schools.") == []


def test_children_trained_to_become_suicide_bombers_is_no_attack():
    assert type_pairs("The group ran camps where children were trained to become suicide bombers, the report said.") == []


# ---- kin of fighters are civilians


def test_firing_on_the_wives_of_fighters_is_an_attack_on_civilians():
    found = type_pairs("On 19 June, the militants fired on the wives of fighters as they tried to flee the town.")
    assert found[:1] == [("Violence against civilians", "Attack")]


def test_firing_on_fighters_stays_a_clash():
    found = type_pairs("On 19 June, the militants fired on rival fighters as they tried to enter the town.")
    assert found[:1] == [("Battles", "Armed clash")]


def test_strikes_named_by_who_struck_are_air_strikes():
    assert sub_types("On 19 June, Israeli strikes on the coastal town killed ten people, medics said.")[:1] == ["Air/drone strike"]


# ---- violence aimed at the demonstrators themselves is violence at the demonstration


def test_forces_opening_fire_on_demonstrators_and_killing_is_excessive_force():
    found = type_pairs("On 19 June, security forces opened fire on demonstrators in the capital, killing three people.")
    assert found[:1] == [("Protests", "Excessive force against protesters")]


def test_forces_opening_fire_on_demonstrators_with_nobody_hurt_is_still_excessive_force():
    # live fire at a crowd is lethal force, whether or not anyone is reported hurt
    found = type_pairs("On 19 June, soldiers opened fire on demonstrators outside the governor's office.")
    assert found[:1] == [("Protests", "Excessive force against protesters")]


def test_police_beating_demonstrators_is_an_intervention():
    found = type_pairs("On 19 June, police beat demonstrators outside the governor's office.")
    assert found[:1] == [("Protests", "Protest with intervention")]


def test_tear_gas_fired_at_demonstrators_is_an_intervention():
    found = type_pairs("On 19 June, police fired tear gas at demonstrators outside the governor's office.")
    assert found[:1] == [("Protests", "Protest with intervention")]


def test_inmates_clashing_and_guards_dispersing_the_mob_is_no_protest_violence_against_itself():
    # "the mob" is both what the guards dispersed and the riot: no violence aimed at the crowd by the crowd
    found = type_pairs("On 19 June, inmates of rival gangs fought inside the prison. Guards intervened to disperse the mob.")
    assert found and found[0][0] == "Riots"


def test_a_camp_seized_during_a_clash_needs_a_place_to_be_territory():
    found = sub_types("On 19 June, the army and the rebels clashed near the bridge. The army claimed to have seized a rebel camp.")
    assert found[:1] == ["Armed clash"]


def test_a_protest_against_an_earlier_shooting_of_protesters_stays_peaceful():
    found = type_pairs("On 19 June, hundreds of people protested in the capital against the police who shot two protesters in May.")
    assert found[:1] == [("Protests", "Peaceful protest")]


# ---- a member of the forces attacked off duty is a victim (ACLED: violence against civilians)


def test_a_police_officer_shot_in_front_of_his_house_is_attacked_off_duty():
    found = type_pairs("On 19 June, gunmen shot dead a police officer in front of his house in the town.")
    assert found[:1] == [("Violence against civilians", "Attack")]


def test_a_soldier_killed_on_his_way_to_work_is_attacked_off_duty():
    found = type_pairs("On 19 June, militants killed a soldier on his way to work in the north of the district.")
    assert found[:1] == [("Violence against civilians", "Attack")]


def test_a_police_officer_shot_at_his_post_stays_a_battle():
    found = type_pairs("On 19 June, gunmen shot dead a police officer at a checkpoint in the town.")
    assert found[:1] == [("Battles", "Armed clash")]
