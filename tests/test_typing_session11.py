"""Event typing, session 11: attackers who are merely unknown, a killing told beside an abduction, a
road blocked with burning things, and a weapon someone only carried (ACLED's rules: a crowd is a
spontaneous, unorganised group, attackers who are only unknown are an unidentified armed group; when
tactics combine, the higher sub-event type; burning barricades are riots). Fixture sentences are our own."""

from __future__ import annotations

from helpers import current_events, type_pairs


# ---- attackers named only as unknown: an unidentified armed group's attack, not mob violence


def test_people_assaulted_by_unknown_people_is_an_attack_by_an_unidentified_armed_group():
    found = current_events("On 18 June 2021, members of the ruling party were assaulted by unknown people in Zomba (Zomba, Southern).")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Violence against civilians", "Attack")]
    assert found[0].actor1.kind == "political_militia"
    assert found[0].actor1.name.startswith("Unidentified Armed Group")


def test_unidentified_people_attacking_a_teacher_is_an_attack():
    found = current_events("On 18 June 2021, unidentified people attacked a teacher in Zomba (Zomba, Southern).")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Violence against civilians", "Attack")
    assert found[0].actor1.kind == "political_militia"


def test_villagers_attacking_a_suspected_thief_stay_mob_violence():
    found = current_events("On 18 June 2021, villagers attacked a suspected thief in Zomba (Zomba, Southern).")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Riots", "Mob violence")
    assert found[0].actor1.kind == "rioters"


def test_people_attacking_without_the_word_unknown_stay_a_crowd():
    found = current_events("On 18 June 2021, people attacked a suspected thief in Zomba (Zomba, Southern).")
    assert found and found[0].event_type == "Riots"


# ---- a killing told beside an abduction: the attack (higher than the abduction)


def test_a_man_kidnapped_and_found_tortured_to_death_is_an_attack():
    text = (
        "On 18 June 2021, in Culiacan, Sinaloa, six armed men forced their way into a home and kidnapped a man. "
        "The following day his body was found dead with signs of torture. 1 fatality."
    )
    assert type_pairs(text) == [("Violence against civilians", "Attack")]


def test_a_kidnapping_with_nobody_hurt_stays_an_abduction():
    text = "On 18 June 2021, in Culiacan, Sinaloa, six armed men forced their way into a home and kidnapped a man."
    assert type_pairs(text) == [("Violence against civilians", "Abduction/forced disappearance")]


# ---- a road blocked with burning things: a riot's barricade


def test_a_road_blocked_with_a_burning_truck_is_a_riot():
    found = type_pairs("On 18 June 2021, in Morelia, Michoacan, students blocked the road with a burning truck.")
    assert found and found[0][0] == "Riots"


def test_a_highway_blocked_with_branches_on_fire_by_demonstrators_is_a_violent_demonstration():
    text = "On 18 June 2021, in Puebla, Puebla, about 40 demonstrators blocked the highway with tyres and branches on fire to demand water."
    assert type_pairs(text)[:1] == [("Riots", "Violent demonstration")]


def test_a_road_blocked_with_buses_stays_a_peaceful_protest():
    assert type_pairs("On 18 June 2021, in Morelia, Michoacan, students blocked the road with two buses.")[:1] == [("Protests", "Peaceful protest")]


# ---- a weapon someone only carried is no tactic


def test_police_shooting_a_militant_armed_with_a_grenade_is_an_armed_clash():
    text = "On 18 June 2021, police shot and killed a militant who was armed with a hand grenade at a checkpoint in Mogadishu (Banadir)."
    found = current_events(text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Battles", "Armed clash")]
    assert found[0].actor1.kind == "state_forces"


def test_a_grenade_thrown_stays_a_grenade_attack():
    text = "On 18 June 2021, militants threw a grenade at a police post in Mogadishu (Banadir)."
    assert type_pairs(text) == [("Explosions/Remote violence", "Grenade")]


# ---- shells or rockets told by where they came down: shelling


def test_a_shell_that_fell_into_a_village_and_hurt_people_is_shelling():
    text = (
        "On 18 June 2021, at Kyauk village, Kyauktaw Township, Rakhine State, one shell fell into the village "
        "and another fell near a monastery. Two villagers were injured."
    )
    assert type_pairs(text)[:1] == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_rockets_that_fell_near_an_airport_are_shelling():
    assert type_pairs("On 18 June 2021, two rockets fell near the airport in Baghdad, causing no damage.") == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    ]


def test_a_town_that_fell_is_no_shelling():
    assert not any(t[1] == "Shelling/artillery/missile attack" for t in type_pairs("On 18 June 2021, prices fell sharply in Baghdad."))


# ---- members of a named organisation attacking someone: that organisation, not a crowd


def test_members_of_a_named_group_assaulting_a_civilian_is_an_attack_by_that_group():
    found = current_events("On 18 June 2021, members of Liwa al Hamza beat a shopkeeper in the market of Afrin (Aleppo) for smoking during Ramadan.")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Violence against civilians", "Attack")
    assert found[0].actor1.kind == "political_militia"
    assert found[0].actor1.name == "Liwa al Hamza"


def test_a_group_of_a_partys_workers_attacking_an_activist_is_an_attack():
    found = current_events("On 18 June 2021, a group of TMC workers assaulted and injured a CPI activist in Khowai town (Khowai district, Tripura).")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Violence against civilians", "Attack")
    assert found[0].actor1.kind == "political_militia"


def test_a_group_of_a_named_people_attacking_someone_stays_a_crowd():
    found = current_events("On 18 June 2021, a group of Papuans attacked a driver in Sorong, West Papua province.")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Riots", "Mob violence")


def test_members_of_a_family_beating_a_neighbour_stay_a_crowd():
    found = current_events("On 18 June 2021, members of the Khan family beat a neighbour in Sukkur, Sindh.")
    assert found and found[0].event_type == "Riots"


# ---- a road told after what blocked it ("blocked with two vehicles the highway")


def test_a_highway_blocked_with_vehicles_named_first_is_a_peaceful_protest():
    text = "On 18 June 2021, in Uruapan, Michoacan, teachers blocked with three buses the Paracho highway at kilometre 12."
    assert ("Protests", "Peaceful protest") in type_pairs(text)


# ---- a bare "explosion" after a named device: the device decides


def test_people_wounded_in_the_explosion_of_a_thrown_grenade_is_a_grenade_attack():
    text = (
        "On 18 June 2021, militants threw a hand grenade at a traffic police officer at a junction in Mogadishu (Banadir). "
        "Five civilians were seriously wounded in the explosion."
    )
    assert type_pairs(text) == [("Explosions/Remote violence", "Grenade")]


def test_an_explosion_with_no_device_named_stays_a_remote_explosive():
    assert type_pairs("On 18 June 2021, an explosion killed two people at a market in Mogadishu (Banadir).") == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    ]


# ---- someone arrested and beaten was held: violence against a person, whoever's member he was


def test_forces_arresting_and_beating_a_rebel_leader_is_an_attack():
    text = "On 18 June 2021, Ethiopian security forces arrested and beat an ONLF leader in Warder, Somali region."
    assert type_pairs(text)[:1] == [("Violence against civilians", "Attack")]


def test_forces_arresting_a_rebel_fighter_stays_an_arrest():
    text = "On 18 June 2021, Ethiopian soldiers arrested an ONLF fighter in Warder, Somali region."
    assert type_pairs(text) == [("Strategic developments", "Arrests")]
