"""Event typing, session 9: fights of crowds against fights of armed sides, violence told after a
demonstration, and who the victims of an attack were (ACLED's armed clash needs two organised armed
sides; people who fire on someone are armed men; an armed side among the victims makes a fight).
Fixture sentences are our own."""

from __future__ import annotations

from helpers import current_events, type_pairs


# ---- a party's people fighting among themselves, or townspeople fought by someone unnamed: mob violence


def test_supporters_of_two_parties_fighting_one_another_is_mob_violence():
    found = current_events("On 19 June, ruling party and opposition supporters fought one another in Gitega during a campaign meeting.")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Riots", "Mob violence")
    assert found[0].actor1.kind == "rioters"


def test_a_youth_wing_and_party_members_fighting_one_another_is_mob_violence():
    assert type_pairs("On 19 June, Imbonerakure and CNL members fought one another in Gitega.")[:1] == [("Riots", "Mob violence")]


def test_fighters_fighting_each_other_stay_an_armed_clash():
    assert type_pairs("On 19 June, rival militia fighters fought each other in Gitega.")[:1] == [("Battles", "Armed clash")]


def test_supporters_exchanging_fire_stay_an_armed_clash():
    # shots fired: armed men, not a crowd
    found = type_pairs("On 19 June, Imbonerakure and CNL members fought one another and shot dead two men in Gitega.")
    assert found[:1] != [("Riots", "Mob violence")]


def test_a_group_clashing_with_residents_is_mob_violence():
    found = current_events("On 19 June, a group of youths clashed with residents of the Bonaberi neighbourhood in Douala.")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Riots", "Mob violence")


def test_gunmen_clashing_with_residents_are_not_a_crowd():
    assert type_pairs("On 19 June, gunmen clashed with residents in Douala.")[:1] != [("Riots", "Mob violence")]


# ---- an armed group fighting an armed side is a battle, whatever crowd words go with it


def test_armed_men_clashing_with_officers_sent_to_disperse_a_fight_is_an_armed_clash():
    found = current_events(
        "On 19 June, in Fresnillo, Zacatecas, armed men clashed with National Guard officers who had come to "
        "disperse an earlier fight."
    )
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Battles", "Armed clash")


def test_a_crowd_clashing_with_police_sent_to_disperse_it_stays_a_riot():
    assert type_pairs("On 19 June, villagers clashed with police who had come to disperse them in Fresnillo, Zacatecas.")[:1] == [
        ("Riots", "Mob violence")
    ]


# ---- violence the demonstrators did, told in a sentence of its own


def test_demonstrators_killing_someone_in_a_later_sentence_make_the_protest_violent():
    found = current_events(
        "On 19 June, residents demonstrated in Kisumu over the murder of a trader. "
        "Demonstrators caught one of the suspects and killed him."
    )
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Riots", "Violent demonstration")


def test_a_protest_over_a_killing_stays_peaceful():
    assert type_pairs("On 19 June, residents demonstrated in Kisumu after unknown men killed a trader.")[:1] == [
        ("Protests", "Peaceful protest")
    ]


# ---- people who shoot someone are armed men, not a crowd


def test_a_man_shot_dead_by_people_at_his_door_is_an_attack():
    found = current_events("On 19 June, in Uruapan, Michoacan, a man was shot dead inside his house by people who knocked on his door.")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Violence against civilians", "Attack")
    assert found[0].actor1.kind == "political_militia"


def test_a_man_beaten_by_people_stays_mob_violence():
    assert type_pairs("On 19 June, in Uruapan, Michoacan, a man was beaten by people who accused him of theft.")[:1] == [
        ("Riots", "Mob violence")
    ]


def test_a_house_set_on_fire_by_villagers_is_no_shooting():
    found = type_pairs("On 19 June, villagers set fire to the house of a suspected thief in Uruapan, Michoacan.")
    assert found[:1] != [("Violence against civilians", "Attack")]


# ---- who the victims were: an armed side among them, an officer off duty told in the next sentence


def test_gendarmes_wounded_beside_a_civilian_killed_make_an_armed_clash():
    found = current_events(
        "On 19 June, militants attacked the gendarmerie post in Djibo, killed one civilian and wounded three gendarmes."
    )
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Battles", "Armed clash")


def test_civilians_alone_killed_by_militants_stay_an_attack():
    found = current_events("On 19 June, militants attacked the market in Djibo and killed three civilians.")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Violence against civilians", "Attack")


def test_an_officer_off_duty_told_in_the_next_sentence_is_a_civilian_victim():
    found = current_events(
        "On 19 June, a prison guard was wounded in an attack by unidentified gunmen in Iloilo. "
        "The guard was on his way to work when he was attacked."
    )
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Violence against civilians", "Attack")


def test_an_officer_attacked_with_nothing_said_of_duty_stays_an_armed_clash():
    found = current_events("On 19 June, a prison guard was wounded in an attack by unidentified gunmen in Iloilo.")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Battles", "Armed clash")


def test_shots_told_as_the_reason_do_not_arm_the_crowd():
    # the residents beat the commander; his shots are why, not what they did
    found = type_pairs("On 19 June, several residents beat up a police commander in Bafang for opening fire on a taxi driver.")
    assert found[:1] == [("Riots", "Mob violence")]


def test_party_members_clashing_with_each_other_is_mob_violence():
    assert type_pairs("On 19 June, members of the two parties clashed with each other in Gitega.")[:1] == [("Riots", "Mob violence")]
