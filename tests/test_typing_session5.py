"""Event typing, session 5: what an attack hits when no armed side is named, property destruction,
aid handed out by armed groups, seizures of goods and weapons, crowds damaging property, demonstrators'
own shots, found remains. Fixture sentences are our own."""

from __future__ import annotations

from helpers import current_events, type_pairs


# ---- what an attack hits: people or property (violence against civilians), an armed side (battle)


def test_gunmen_attacking_a_lorry_attack_civilians():
    found = type_pairs("On 14 June, suspected militants attacked a lorry on the road near Mocimboa da Praia. Two passengers were hurt.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_an_armed_group_attacking_a_party_office_attacks_civilians():
    found = type_pairs("On 14 June, unidentified gunmen attacked the staff of a district health office in Kaduna.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_an_attack_on_a_police_checkpoint_stays_a_battle():
    found = type_pairs("On 14 June, unidentified gunmen attacked a police checkpoint in Kaduna.")
    assert found and found[0] == ("Battles", "Armed clash")


def test_militants_attacking_and_burning_a_school_destroy_property():
    found = type_pairs("On 14 June, suspected jihadists attacked and burned a primary school in Djibo. Nobody was hurt.")
    assert found and found[0] == ("Strategic developments", "Looting/property destruction")


def test_an_attacked_pipeline_with_nobody_hurt_is_property_destruction():
    found = type_pairs("On 14 June, an oil pipeline was attacked by unidentified armed men near Saravena.")
    assert found and found[0] == ("Strategic developments", "Looting/property destruction")


def test_a_settlement_attacked_and_burned_is_an_attack_on_its_people():
    found = type_pairs("On 14 June, a communal militia attacked a farming settlement near Gombe and burnt down huts.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_an_attack_on_a_military_vehicle_stays_a_battle():
    found = type_pairs("On 14 June, Taliban militants attacked an army truck in Nad Ali district, Helmand, and killed 2 soldiers.")
    assert found and found[0] == ("Battles", "Armed clash")


def test_police_assaulting_and_harassing_reporters_attack_civilians():
    # the object of the second verb is the first one's too
    found = type_pairs("On 14 June, a police officer assaulted and harassed two reporters covering a market in Meknes.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_a_front_in_a_party_name_is_no_front_line():
    found = type_pairs("On 14 June, security forces detained and beat a leader of the Ogaden Liberation Front in Jijiga.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_beaten_in_the_back_is_no_beating_back():
    found = type_pairs("On 14 June, police officers beat several displaced people in Malakal, and one woman was beaten in the back.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_one_group_named_with_a_slash_is_not_its_own_target():
    found = type_pairs("On 14 June, Boko Haram/ISWAP attacked Dalori and burnt several houses.")
    assert found and found[0] == ("Violence against civilians", "Attack")


# ---- aid handed out by an armed group: a change to its activity


def test_cartel_members_delivering_food_change_their_activity():
    found = current_events("On 14 June, in Culiacan, Sinaloa, members of the Sinaloa Cartel delivered food packages to poor families.")
    assert found and found[0].sub_event_type == "Change to group/activity"
    assert found[0].actor1 is not None and found[0].actor1.kind == "political_militia"


def test_a_charity_delivering_food_is_no_event():
    assert type_pairs("On 14 June, in Culiacan, Sinaloa, volunteers of a church delivered food packages to poor families.") == []


# ---- seizures: goods and weapons are not territory


def test_police_seizing_about_a_ton_of_drugs_is_no_territory():
    found = type_pairs("On 14 June, in Foz do Iguacu, Parana, federal police seized about a ton of cocaine hidden in a lorry.")
    assert found and found[0][0] == "Strategic developments"


def test_gendarmes_seizing_rifles_and_ammunition_disrupt_weapons():
    found = type_pairs("On 14 June, gendarmes seized 4 assault rifles and 2,000 rounds of ammunition near Tunceli.")
    assert found and found[0] == ("Strategic developments", "Disrupted weapons use")


def test_forces_seizing_a_town_still_take_territory():
    found = type_pairs("On 14 June, government forces seized the town of Kafr Nabl from rebels.")
    assert found and found[0][0] == "Battles"


def test_a_convoy_entering_after_a_heading_moves_forces():
    found = type_pairs("Movement of forces: On 14 June, 3 Turkish military convoys entered Idleb via the Kafr Lusin crossing.")
    assert found and found[0] == ("Strategic developments", "Change to group/activity")


# ---- property damaged by crowds and by unknown attackers


def test_villagers_vandalising_a_shop_riot():
    found = type_pairs("On 14 June, hundreds of villagers vandalised a ration shop in Murshidabad.")
    assert found and found[0][0] == "Riots"


def test_unknown_arsonists_torching_a_mast_destroy_property():
    found = type_pairs("On 14 June, unknown arsonists torched a telephone mast in Limassol.")
    assert found and found[0] == ("Strategic developments", "Looting/property destruction")


def test_community_members_setting_a_car_alight_riot():
    found = type_pairs("On 14 June, in Khayelitsha, Western Cape, the car of a councillor was set alight by angry community members.")
    assert found and found[0] == ("Riots", "Mob violence")


def test_residents_beating_a_man_after_stoning_him_riot():
    found = type_pairs("On 14 June, in San Pedro Sula, residents beat and tied up a man after throwing stones at him.")
    assert found and found[0] == ("Riots", "Mob violence")


# ---- demonstrations


def test_soldiers_demonstrating_by_firing_in_the_air_riot():
    found = type_pairs("On 14 June, soldiers demonstrated in the streets of Bambari by firing their rifles into the air to demand their pay.")
    assert found and found[0] == ("Riots", "Violent demonstration")


def test_police_firing_tear_gas_at_demonstrators_intervene():
    found = type_pairs(
        "On 14 June, residents demonstrated against fuel prices in Omdurman. Police assaulted the demonstrators "
        "and fired tear gas at them."
    )
    assert found and found[0] == ("Protests", "Protest with intervention")


def test_tyres_burned_at_a_demonstration_make_it_violent():
    found = type_pairs("On 14 June, traders demonstrated in Kayes against the curfew; tyres were burned on the main road.")
    assert found and found[0] == ("Riots", "Violent demonstration")


def test_inmates_burning_mattresses_in_a_detention_centre_riot():
    found = type_pairs(
        "On 14 June, in Valencia, Carabobo state, prisoners burned mattresses inside the Eastern Detention Centre to demand family visits."
    )
    assert found and found[0][0] == "Riots"


def test_a_railway_blocked_with_more_words_between_is_a_protest():
    found = type_pairs("On 14 June, in Morelia, Michoacan, students blocked the freight train's rails to demand teaching posts.")
    assert found and found[0] == ("Protests", "Peaceful protest")


def test_a_protest_told_before_demanding_is_a_protest():
    found = type_pairs(
        "On 14 June, nurses protested, in Haifa city, against the new shift rules, while wards are short of staff, the nurses demanded more hires."
    )
    assert found and found[0] == ("Protests", "Peaceful protest")


# ---- sexual violence and found remains


def test_raped_is_sexual_violence():
    found = type_pairs("On 14 June, two soldiers raped a woman in Kavumu village, Kabare territory, Sud-Kivu.")
    assert found and found[0] == ("Violence against civilians", "Sexual violence")


def test_a_human_head_found_is_an_attack():
    found = type_pairs("On 14 June, in Celaya, Guanajuato, a human head was found inside a cooler near the bus station.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_the_head_of_a_council_found_guilty_is_no_event():
    assert type_pairs("On 14 June, in Celaya, Guanajuato, the head of the council was found guilty of fraud.") == []


# ---- the tables behind these rules


def test_the_typing_tables_load_with_their_kinds():
    from conflictscope.events.predicates.attacks import attack_objects
    from conflictscope.events.predicates.lexicon import typing_words

    objects = attack_objects()
    assert objects["pipeline"] == "infrastructure" and objects["checkpoint"] == "armed" and objects["settlement"] == "settlement"
    assert "deliver" in typing_words("aid") and "villager" in typing_words("crowd") and "ammunition" in typing_words("arms")


def test_counted_migrants_returning_are_other():
    found = type_pairs("On 14 June, in Urena, Tachira state, 120 Venezuelan migrants returned from Colombia by bus.")
    assert found and found[0] == ("Strategic developments", "Other")


def test_weapons_taken_by_looters_are_looting():
    found = type_pairs("On 14 June, jihadists looted a bank in Menaka and seized rifles and ammunition.")
    assert found and found[0] == ("Strategic developments", "Looting/property destruction")


# ---- session 5, second pass


def test_a_former_soldier_shot_is_a_civilian():
    found = type_pairs("On 14 June, in Santa Ana, a retired army sergeant was shot dead by two gunmen on a motorcycle.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_police_shooting_at_a_bus_attack_civilians():
    found = type_pairs("On 14 June, in Uruapan, Michoacan, police officers shot at a bus full of students who did not stop at a checkpoint.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_a_killing_at_a_bus_station_is_no_fight_with_the_station():
    found = type_pairs("On 14 June, unidentified gunmen killed a ticket seller at the main bus station of Sapele.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_grenades_and_firearms_together_are_a_clash():
    found = type_pairs("On 14 June, in Irapuato, Guanajuato, armed men attacked a police patrol with grenades and firearms, killing two officers.")
    assert found and found[0] == ("Battles", "Armed clash")


def test_gunshot_wounds_on_a_body_found_make_no_clash():
    found = type_pairs("On 14 June, the body of a farmer was found near Qamishli with gunshot wounds to the chest.")
    assert found and found[0] == ("Violence against civilians", "Attack")


def test_demonstrators_injured_in_a_clash_with_police_riot():
    found = type_pairs("On 14 June, 6 garment workers were injured in a clash with police in Ashulia during their demonstration for unpaid wages.")
    assert found and found[0] == ("Riots", "Violent demonstration")
