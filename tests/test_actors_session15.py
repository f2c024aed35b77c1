"""Actor kinds, session 15, on text unlike the dev notes (military and police press releases, think-tank
updates, South Asian and African local press, 1990s wire copy): insurgents under names the tables half
know, the issuing force of a press release and its men, people only suspected of a crime, and the side a
victim of South Asian English's "encounter" fell to. Fixture sentences are our own."""

from __future__ import annotations

from datetime import date

from helpers import current_events, first_event, only_event


# ---- named insurgents: rebel groups, not a party's militia nor a state's army


def test_baloch_alliance_claiming_an_attack_in_local_press():
    event = first_event(
        "Baloch Raaji Aajoi Sangar (BRAS) claimed responsibility for Saturday's ambush on a Frontier Corps convoy near Turbat in which four soldiers were killed."
    )
    assert event.actor1.kind == "rebel_group"


def test_an_unknown_republican_army_claiming_a_blast_is_rebels():
    event = first_event("The Baloch Republican Army claimed responsibility for blowing up a gas pipeline near Sui in Dera Bugti on Friday.")
    assert event.actor1.kind == "rebel_group"


def test_members_of_a_liberation_army_the_tables_do_not_know():
    event = first_event("Members of the National Liberation Army ambushed a police patrol in Arauca on Friday, killing two officers, the governor said.")
    assert event.actor1.kind == "rebel_group"


def test_a_liberation_front_named_in_an_ngo_bulletin():
    event = first_event("On 18 June, fighters of the Azawad Liberation Front attacked an army position near Anefis, killing three soldiers.")
    assert event.actor1.kind == "rebel_group"


def test_wilayat_khorasan_claiming_a_mosque_bombing():
    event = first_event("Wilayat Khorasan claimed Friday's bombing of a Shia mosque in Kunduz, which killed 40 worshippers, through its Amaq agency.")
    assert event.actor1.kind == "rebel_group"


def test_jnim_under_its_full_transliterated_name():
    event = first_event(
        "Jama'at Nusrat al-Islam wal-Muslimin fighters overran a gendarmerie post at Tin-Akoff on Saturday, killing seven gendarmes, a security source said."
    )
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name.startswith("JNIM")


def test_islamic_state_sahel_province_in_a_think_tank_update():
    event = first_event("Islamic State Sahel Province (IS-Sahel) militants killed 11 soldiers near Tessit on 19 June, according to local sources.")
    assert event.actor1.kind == "rebel_group"


def test_a_single_maoist_killed_in_an_encounter_with_police():
    event = first_event("A Maoist cadre was killed in an encounter with the district reserve guard and police in Sukma district on Saturday, an SP said.")
    assert event.actor1.kind == "state_forces"
    assert event.actor2 is not None and event.actor2.kind == "rebel_group"


def test_a_state_liberation_army_stays_a_state_army():
    event = first_event("People's Liberation Army troops clashed with Indian soldiers in the Galwan valley on Monday, killing 20 Indian soldiers.")
    assert event.actor1.kind in ("state_forces", "external_forces")


# ---- press releases: the issuing force and its men are the state's forces


def test_a_numbered_special_forces_battalion_speaking_of_itself():
    event = first_event(
        "The 72 Special Forces Battalion said in a statement that it repelled an attack on its base at Malam Fatori on Saturday and neutralised nine terrorists."
    )
    assert event.actor1.kind == "state_forces"


def test_a_corps_said_its_men_killed_militants():
    event = first_event("The Frontier Corps said its men killed three terrorists in an exchange of fire in Panjgur district on Saturday.")
    assert event.actor1.kind == "state_forces"
    assert "Frontier Corps" in event.actor1.name


def test_an_armed_group_said_its_men_attacked():
    event = first_event("The Taliban said their men attacked a police checkpoint in Nad Ali district of Helmand on Saturday, killing five policemen.")
    assert event.actor1.kind == "rebel_group"


def test_counter_terrorism_department_press_release():
    event = first_event("The Counter Terrorism Department (CTD) said it killed four militants in a shootout on the outskirts of Quetta on Saturday.")
    assert event.actor1.kind == "state_forces"
    assert event.actor2 is not None and event.actor2.kind == "rebel_group"


def test_rapid_action_battalion_gunfight_with_suspected_robbers():
    event = first_event("Two suspected robbers were killed in a gunfight with the Rapid Action Battalion in Cox's Bazar early on Saturday, a RAB spokesman said.")
    assert event.actor1.kind == "state_forces"
    assert event.event_type == "Battles"


def test_barkhane_abroad_is_an_external_force():
    event = first_event("Operation Barkhane said it killed about 15 jihadists in an air strike near Gossi in central Mali on Saturday.")
    assert event.actor1.kind == "external_forces"


# ---- people suspected of a crime: civilians until told armed or fighting


def test_police_shooting_a_suspected_robber_is_an_attack_on_a_civilian():
    event = only_event("Police in Enugu shot dead a suspected robber at a checkpoint on Saturday, the state command said.")
    assert event.actor1.kind == "state_forces"
    assert event.actor2 is not None and event.actor2.kind == "civilians"
    assert event.event_type == "Violence against civilians"


def test_suspected_cattle_thieves_beaten_by_villagers_are_civilians():
    event = first_event("Angry villagers beat to death two suspected cattle thieves in Bunia on Saturday.")
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_suspected_armed_robbers_in_a_shootout_bear_arms():
    event = first_event("Police killed three suspected armed robbers in a shootout in Eastleigh, Nairobi, on Saturday.")
    assert event.actor2 is not None and event.actor2.kind == "political_militia"
    assert event.event_type == "Battles"


def test_suspected_robbers_who_shoot_are_armed_men():
    event = first_event("Suspected robbers shot dead a fuel station attendant in Kano on Saturday night.")
    assert event.actor1.kind == "political_militia"
    assert event.event_type == "Violence against civilians"


def test_a_thief_named_plainly_stays_armed_men():
    found = current_events("Thieves shot dead a night guard at a warehouse in Mombasa on Saturday.")
    assert found and found[0].actor1.kind == "political_militia"


# ---- an attack repelled: its author first, named or not


def test_troops_repelling_an_attack_told_with_no_author():
    event = first_event("Troops repelled an attack on their base in Gubio on Saturday, killing 12 of the attackers, residents said.")
    assert event.actor1.kind == "political_militia"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_troops_repelling_a_named_groups_attack():
    event = first_event("Soldiers repelled an attack by Boko Haram fighters on a military post in Bama on Saturday, killing eight of them.")
    assert event.actor1.kind == "rebel_group"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


# ---- interceptions: who stopped the weapon acts


def test_air_defences_intercepting_a_missile_fired_by_a_group():
    event = first_event("Saudi air defences intercepted a ballistic missile fired by the Houthis at Jizan on Saturday, state television said.")
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.name == "Military Forces of Saudi Arabia"


def test_forces_shooting_down_a_drone_operated_by_their_enemy():
    event = first_event("LNA forces shot down a drone operated by GNA forces near Tarhuna on Saturday.")
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.name.startswith("Military Forces of Libya (2014-) Haftar")


# ---- a community of birth's members attacking are its militia


def test_members_of_a_caste_attacking_a_family():
    event = first_event("Members of the Ahir caste attacked a Dalit family with axes in Banda district on Saturday, killing two, police said.")
    assert event.actor1.kind == "identity_militia"


def test_members_of_a_party_wing_stay_a_political_militia():
    event = first_event("Members of the ruling party's youth wing beat a journalist in Kolkata on Saturday.")
    assert event.actor1.kind == "political_militia"


def test_a_police_command_said_its_operatives_repelled_bandits():
    event = first_event(
        "The Katsina State Police Command said its operatives repelled an attack by bandits on Dutsinma on Saturday, killing two of the bandits."
    )
    assert event.actor1.kind == "state_forces"
    assert event.actor1.name.startswith("Police Forces")


# ---- a claim of an attack on forces: the forces attacked are not who attacked


def test_a_group_claiming_an_attack_on_a_states_army():
    event = first_event("IS-Sahel claimed Saturday's attack on the Nigerien army near Anderamboukane, which killed 12 soldiers.")
    assert event.actor1.kind == "rebel_group"


def test_a_faction_named_by_hyphens_said_it_carried_out_a_bombing():
    event = first_event("Jamaat-ul-Ahrar said it carried out Saturday's suicide attack on a police van in Peshawar that killed five policemen.")
    assert event.actor1.kind == "rebel_group"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_a_sahel_faction_named_alone():
    event = first_event("Katiba Serma attacked an army post near Hombori on Saturday, killing four soldiers, a local official said.")
    assert event.actor1.kind == "rebel_group"


# ---- forces that came under fire suffered it


def test_a_patrol_that_came_under_fire_from_militants():
    event = first_event("Two soldiers were killed when their patrol came under fire from militants near Gao on Saturday, the army said.")
    assert event.actor1.kind == "rebel_group"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_a_post_that_came_under_attack_with_no_author_named():
    event = first_event("A police post in Bannu came under attack late on Saturday, injuring two constables, police said.")
    assert event.actor1.kind == "political_militia"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"
