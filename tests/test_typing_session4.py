"""Event typing and actors, session 4: who attacked when an attack is fended off, and a few more
coding rules. Fixture sentences are our own."""

from __future__ import annotations

from helpers import current_events


def actors(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1.kind if e.actor1 else None, e.actor2.kind if e.actor2 else None) for e in current_events(text)]


# ---- an attack fended off: its author is actor1, the side that fended it off actor2


def test_an_attack_by_a_group_that_was_repelled():
    found = current_events("On 14 June, army troops repelled an attack by Taliban fighters on a checkpoint in Ghazni.")
    assert len(found) == 1
    assert found[0].actor1.name == "Taliban" and found[0].actor2.kind == "state_forces"


def test_a_named_groups_attack_that_was_thwarted():
    found = current_events("On 14 June, Iraqi soldiers thwarted an Islamic State attack near Baiji.")
    assert [(e.actor1.name, e.actor2.kind) for e in found] == [("Islamic State", "state_forces")]


def test_their_attack_is_the_other_armed_side():
    found = current_events("On 14 June, six Taliban militants were killed when police repulsed their attack in Kunduz.")
    assert [(e.actor1.name, e.actor2.kind) for e in found] == [("Taliban", "state_forces")]


def test_the_militants_themselves_repelled():
    assert actors("On 14 June, soldiers repelled the Al Shabaab militants from a base in Baidoa.") == [("rebel_group", "state_forces")]


def test_a_state_attack_repelled_by_rebels_keeps_the_state_first():
    found = current_events("On 14 June, Taliban fighters repulsed an attack by Afghan forces in Kunduz.")
    assert [(e.actor1.kind, e.actor2.name) for e in found] == [("state_forces", "Taliban")]


def test_an_attack_repelled_by_nobody_named_keeps_its_reading():
    # no author of the attack in the sentence: the one who repelled stays actor1
    assert actors("On 14 June, police repelled the attack in Kunduz.")[0][0] == "state_forces"


def test_is_in_capitals_is_the_islamic_state():
    found = current_events("On 14 June, IS fighters attacked an army checkpoint near Tikrit.")
    assert found and found[0].actor1.name == "Islamic State"
    # the verb is no group
    assert all(e.actor1.name != "Islamic State" for e in current_events("On 14 June, the army shelled Tikrit, which is held by a militia."))


# ---- people the tables name by their trade are civilians


def test_a_trader_beaten_by_soldiers_is_violence_against_civilians():
    found = current_events("On 14 June, soldiers assaulted a fruit seller at the market in Bunia.")
    assert [(e.event_type, e.actor2.kind) for e in found] == [("Violence against civilians", "civilians")]


def test_a_reporter_attacked_by_gunmen():
    found = current_events("On 14 June, unidentified gunmen attacked a radio correspondent in Kismayo.")
    assert [e.sub_event_type for e in found] == ["Attack"]


# ---- fire answered: a remote attack answered with ground fire is one battle


def test_a_grenade_answered_with_gunfire_is_a_clash():
    text = "On 14 June, militants threw a grenade at an army checkpoint in Baidoa. The soldiers fired back at them."
    assert [(e.event_type, e.sub_event_type) for e in current_events(text)] == [("Battles", "Armed clash")]


def test_shelling_answered_in_the_same_sentence_is_a_clash():
    text = "On 14 June, rebel forces shelled army positions near Kadugli and the army returned fire."
    assert [e.sub_event_type for e in current_events(text)] == ["Armed clash"]


def test_a_grenade_with_no_answer_stays_a_grenade_attack():
    text = "On 14 June, militants threw a grenade at an army checkpoint in Baidoa. Two soldiers were wounded."
    assert [e.sub_event_type for e in current_events(text)] == ["Grenade"]


def test_police_answering_a_call_is_no_fight():
    text = "On 14 June, a bomb exploded at a bus stop in Baidoa. Police responded to the scene and cordoned off the area."
    assert [e.event_type for e in current_events(text)] == ["Explosions/Remote violence"]


# ---- what a later sentence tells about a demonstration


def test_police_shooting_into_the_air_after_a_protest_is_an_intervention():
    text = "On 14 June, inmates staged a protest at the prison in Tacna. Guards intervened and shot into the air."
    assert [e.sub_event_type for e in current_events(text)] == ["Protest with intervention"]


def test_protesters_wounded_by_police_later_is_excessive_force():
    text = "On 14 June, hundreds of nurses marched in Arequipa to demand better pay. Police shot and wounded two of them."
    assert [e.sub_event_type for e in current_events(text)] == ["Excessive force against protesters"]


def test_a_protest_that_ended_quietly_stays_peaceful():
    text = "On 14 June, hundreds of nurses marched in Arequipa to demand better pay. The march ended without incident."
    assert [e.sub_event_type for e in current_events(text)] == ["Peaceful protest"]


def test_detentions_two_sentences_later_are_an_intervention():
    text = (
        "On 14 June, six opposition councillors staged a sit-in outside the town hall in Siliguri. "
        "They tried to hand a letter to the mayor. Police arrived and detained them."
    )
    assert [e.sub_event_type for e in current_events(text)] == ["Protest with intervention"]


def test_the_crowd_beating_someone_later_makes_the_demonstration_violent():
    text = "On 14 June, hundreds of nurses marched in Arequipa to demand better pay. Protesters later beat a security guard."
    assert [e.sub_event_type for e in current_events(text)] == ["Violent demonstration"]


def test_a_clash_at_the_end_of_a_list_of_what_protesters_did():
    text = "On 14 June, villagers demonstrated, chanted slogans and clashed with police in Sopore."
    assert [e.sub_event_type for e in current_events(text)] == ["Violent demonstration"]


def test_protesters_burning_debris_riot():
    text = "On 14 June, protesters blocked the main road in Tiznit with burning debris to demand water."
    assert [e.sub_event_type for e in current_events(text)] == ["Violent demonstration"]


# ---- strategic developments and what only looks like them


def test_shots_into_the_air_are_other():
    found = current_events("On 14 June, border guards fired warning shots into the air near Isfana.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Strategic developments", "Other")]


def test_shots_into_the_air_then_at_someone_are_an_attack():
    found = current_events("On 14 June, gunmen fired into the air and then shot a shopkeeper in Katsina.")
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_shots_into_the_air_after_a_protest_are_an_intervention():
    text = "On 14 June, teachers marched in Tripoli to demand their salaries. Soldiers fired shots into the air."
    assert [e.sub_event_type for e in current_events(text)] == ["Protest with intervention"]


def test_a_car_intercepted_is_no_disrupted_weapons_use():
    found = current_events("On 14 June, gunmen on a motorbike intercepted a car near Choloma and shot the driver dead.")
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_a_missile_intercepted_is_disrupted_weapons_use():
    found = current_events("On 14 June, air defences intercepted a ballistic missile over Jizan.")
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


def test_a_burned_body_is_violence_not_property_destruction():
    found = current_events("On 14 June, the burnt body of a man was found beside a road in Irapuato.")
    assert [e.sub_event_type for e in found] == ["Attack"]
    found = current_events("On 14 June, a woman was found dead in Celaya. Her body had been burned.")
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_houses_burned_are_property_destruction():
    found = current_events("On 14 June, rebels burned three houses in Beni.")
    assert [e.sub_event_type for e in found] == ["Looting/property destruction"]


def test_people_arrested_by_an_armed_group_are_abducted():
    found = current_events("On 14 June, Hayat Tahrir al-Sham arrested three teachers in Sarmada.")
    assert [e.sub_event_type for e in found] == ["Abduction/forced disappearance"]
    found = current_events("On 14 June, police arrested three teachers in Sarmada.")
    assert [e.sub_event_type for e in found] == ["Arrests"]


def test_dead_people_found_are_an_attack_by_unknown_perpetrators():
    found = current_events("On 14 June, two dead men were found with their hands tied beside a road in Celaya.")
    assert [(e.sub_event_type, e.actor1.kind) for e in found] == [("Attack", "political_militia")]


def test_fire_by_an_unknown_party():
    found = current_events("On 14 June, heavy artillery fire by an unknown party was reported in Misrata, Libya.")
    assert [e.actor1.name for e in found] == ["Unidentified Armed Group (Libya)"]


def test_a_side_claiming_it_thwarted_an_attack_stays_first():
    found = current_events("On 14 June, the Taliban claimed to have thwarted an attack by Afghan commandos in Kunduz.")
    assert [e.actor1.name for e in found] == ["Taliban"]


def test_violence_that_caused_the_protest_along_a_list_stays_its_cause():
    text = "On 14 June, market women demonstrated in Kindia after a police officer beat and injured one of them."
    assert [e.sub_event_type for e in current_events(text)] == ["Peaceful protest"]


# ---- heavy weapons fired from a distance are shelling


def test_heavy_machine_gun_calibres_are_shelling():
    text = "On 14 June, rebel forces fired 14.5mm and 12.7mm machine guns at farms near Hays."
    assert [e.sub_event_type for e in current_events(text)] == ["Shelling/artillery/missile attack"]


def test_anti_aircraft_guns_and_fighting_vehicles_are_shelling():
    assert [e.sub_event_type for e in current_events("On 14 June, government forces fired anti-aircraft guns at rebel positions near Zolote.")] == [
        "Shelling/artillery/missile attack"
    ]
    assert [e.sub_event_type for e in current_events("On 14 June, government forces fired IFVs at rebel positions near Zolote.")] == [
        "Shelling/artillery/missile attack"
    ]


# ---- one-sided violence


def test_torture_by_guards_is_violence_against_civilians():
    found = current_events("On 14 June, a detainee was tortured by prison guards in Battambang, a relative said.")
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_an_execution_by_militants_is_an_attack():
    found = current_events("On 14 June, Al Shabaab militants executed a young male in the main square of Jilib.")
    assert [(e.sub_event_type, e.actor2.kind) for e in found] == [("Attack", "civilians")]


def test_troops_beating_back_an_assault_is_a_clash():
    assert [e.sub_event_type for e in current_events("On 14 June, soldiers beat back a rebel assault on Kumbo.")] == ["Armed clash"]


# ---- stones thrown


def test_a_crowd_throwing_stones_at_police_is_mob_violence():
    found = current_events("On 14 June, hundreds of stranded workers threw stones at police at a checkpoint near Halol.")
    assert [(e.sub_event_type, e.actor1.kind) for e in found] == [("Mob violence", "rioters")]


def test_stones_thrown_at_a_protest_make_it_violent():
    found = current_events("On 14 June, students marched in Nakuru and threw stones at police.")
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


def test_settlers_throwing_stones_attack_civilians():
    found = current_events("On 14 June, Israeli settlers threw stones at Palestinian cars near Huwara.")
    assert [(e.event_type, e.actor1.name) for e in found] == [("Violence against civilians", "Settlers (Israel)")]


def test_an_exchange_of_artillery_is_a_clash():
    found = current_events("On 14 June, government forces exchanged artillery with rebel forces near Kadugli.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


# ---- what only looks like a riot at a protest


def test_workers_engaged_in_mining_do_not_fight():
    text = "On 14 June, contract workers engaged in mining staged a sit-in in Dhanbad, demanding unpaid wages."
    assert [e.sub_event_type for e in current_events(text)] == ["Peaceful protest"]


def test_teachers_barricading_themselves_in_an_office_protest_peacefully():
    text = "On 14 June, teachers barricaded themselves into an office of the ministry in Hinche to protest against unpaid salaries."
    assert [e.sub_event_type for e in current_events(text)] == ["Peaceful protest"]


def test_arson_by_others_that_a_protest_is_about_is_not_the_crowds():
    text = "On 14 June, farmers protested in Larkana for the arrest of culprits torching their wheat."
    assert [e.sub_event_type for e in current_events(text)] == ["Peaceful protest"]


def test_protesters_torching_tyres_riot():
    text = "On 14 June, protesters torched tyres and barricaded the main road in Hinche."
    assert [e.sub_event_type for e in current_events(text)] == ["Violent demonstration"]


# ---- external forces only where the event is placed


def test_forces_are_external_only_at_a_place_abroad():
    placed = current_events("On 14 June, Indian troops shelled Kotli in Pakistan, the Pakistani army said.")
    assert [e.actor1.kind for e in placed] == ["external_forces"]
    # Unplaced, the report's country still tells where forces whose country the text names were
    # acting (session 9: "Israeli forces raided the town" in a report on Palestine); forces of no named
    # country stay the report's own.
    unplaced = current_events("On 14 June, Indian troops fired at a Pakistani post, the Pakistani army said.")
    assert [e.actor1.kind for e in unplaced] == ["external_forces"]
    unnamed = current_events("On 14 June, troops fired at a Pakistani post, the Pakistani army said.")
    assert [e.actor1.kind for e in unnamed] == ["state_forces"]


# ---- actors nobody names


def test_property_set_on_fire_by_nobody_named_is_an_unidentified_group():
    found = current_events("On 14 June, a truck was set on fire in Acapulco. Nobody was hurt.")
    assert [(e.sub_event_type, e.actor1.kind) for e in found] == [("Looting/property destruction", "political_militia")]


def test_people_arrested_by_nobody_named_were_arrested_by_police():
    found = current_events("On 14 June, five men were arrested in Kano for smuggling weapons.")
    assert [(e.sub_event_type, e.actor1.kind) for e in found] == [("Arrests", "state_forces")]


def test_the_people_a_relative_clause_hangs_off_did_it():
    found = current_events("On 14 June, a video showed a group of villagers that attacked two police officers in Capulhuac.")
    assert [(e.sub_event_type, e.actor1.kind) for e in found] == [("Mob violence", "rioters")]


def test_stones_thrown_anywhere_in_a_protest_sentence_make_it_violent():
    assert [e.sub_event_type for e in current_events("On 14 June, a crowd demonstrated by throwing stones in Toliara against unfair aid.")] == [
        "Violent demonstration"
    ]
    text = "On 14 June, bus drivers demonstrated in Coronel. Motorists reported that some demonstrators threw rocks at their cars."
    assert [e.sub_event_type for e in current_events(text)] == ["Violent demonstration"]
    assert [e.sub_event_type for e in current_events("On 14 June, workers blocked roads in Nagaur to demand buses home and engaged in stone pelting.")] == [
        "Violent demonstration"
    ]


def test_stones_thrown_by_others_that_a_protest_is_about():
    assert [e.sub_event_type for e in current_events("On 14 June, residents protested in Jos against youths who threw stones at a mosque.")] == [
        "Peaceful protest"
    ]


def test_youths_rioting_are_rioters_not_an_armed_group():
    found = current_events("On 14 June, youths attacked a police station in Accra to demonstrate over the death of a trader.")
    assert [(e.event_type, e.actor1.kind) for e in found] == [("Riots", "rioters")]


def test_militants_killed_in_an_operation_by_forces_were_killed_by_the_forces():
    found = current_events("On 14 June, six Taliban fighters were killed during an operation by Afghan forces in Andar district, Ghazni.")
    assert [(e.actor1.kind, e.actor2.name) for e in found] == [("state_forces", "Taliban")]
    found = current_events("On 14 June, two PKK militants were killed in operations carried out by gendarmerie forces in Tunceli.")
    assert [e.actor1.kind for e in found] == ["state_forces"]


def test_who_planted_the_bomb_is_actor1():
    found = current_events("On 14 June, a landmine planted by Taliban hit an Afghan army truck in Tarinkot, killing two soldiers.")
    assert [(e.actor1.name, e.actor2.kind) for e in found] == [("Taliban", "state_forces")]


def test_missiles_intercepted_in_a_relative_clause_are_disrupted_weapons_use():
    found = current_events("On 14 June, rebels fired two ballistic missiles at Jizan that were intercepted over the city.")
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


def test_a_group_only_named_as_what_someone_was_suspected_of_detains_nobody():
    found = current_events("On 14 June, a student was detained in Raqqa on suspicion of being a member of Islamic State.")
    assert [e.sub_event_type for e in found] == ["Arrests"]
