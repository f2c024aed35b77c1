"""Actor kinds and names, session 12: a phrase the parser hangs on the wrong one of two coordinated
sides; the side that answers fire was attacked; named groups of other conflicts (and a name that runs
past "Force" is no state's army); people named by a people who attack or fight are its ethnic militia.
Fixture sentences are our own."""

from __future__ import annotations

from helpers import first_event

from conflictscope.knowledge import load_groups, load_role_words


# ---- "between military forces and members of X": "of X" is the members', not the forces'


def test_of_phrase_after_the_members_belongs_to_them_not_to_the_forces():
    event = first_event("On 3 June 2021, clashes broke out between military forces and members of the FARC dissidents in Tame, Arauca.")
    assert event.actor1.kind == "state_forces"
    assert event.actor1.name.startswith("Military Forces of Colombia")
    assert event.actor2 is not None and event.actor2.name.startswith("FARC")


def test_of_phrase_after_armed_men_coordinated_with_soldiers():
    event = first_event("On 3 June 2021, a clash took place between soldiers and militants of Boko Haram near Bama in Borno.")
    assert event.actor1.kind == "state_forces"
    assert event.actor2 is not None and event.actor2.name.startswith("Boko Haram")


def test_of_phrase_stays_on_both_when_neither_side_names_itself():
    # "fighters and members of X" are X's people, both of them
    event = first_event("On 3 June 2021, fighters and members of the Islamic State attacked a village near Raqqa.")
    assert event.actor1.name == "Islamic State"


def test_agent_hung_on_fellow_captives_is_the_verbs_agent():
    event = first_event("On 7 June 2021, a policeman was shot dead after being abducted with 3 other policemen by the Taliban in Baghlan district.")
    assert event.actor1.name == "Taliban"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


# ---- the side that returns fire is the attacked one


def test_soldiers_who_return_fire_after_a_grenade_are_actor2():
    event = first_event(
        "On 5 June 2021, a grenade was thrown at a police checkpoint in Mogadishu. Soldiers returned fire towards the attackers."
    )
    assert event.actor1.kind == "political_militia"
    assert event.actor1.name.startswith("Unidentified Armed Group")
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_troops_who_react_with_gunfire_name_no_attacker():
    event = first_event(
        "On 5 June 2021, a grenade was hurled at an army post in Mogadishu. The soldiers reacted with gunfire in the direction of the assailants."
    )
    assert event.actor1.kind == "political_militia"
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces of Somalia")


def test_the_side_hit_by_the_returned_fire_attacked():
    event = first_event("On 5 June 2021, soldiers returned fire, killing two militants near Bama in Borno.")
    assert event.actor1.kind == "rebel_group"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_who_fired_back_at_gunmen_is_actor2_not_their_own_checkpoint():
    event = first_event("On 5 June 2021, in Kismayo, policemen fired back after gunmen shot at their checkpoint.")
    assert event.actor1.kind == "political_militia"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces")


def test_retaliation_is_a_new_attack_by_who_retaliates():
    assert "retaliate" not in load_role_words()["response_verbs"]
    event = first_event("On 5 June 2021, soldiers attacked a militant camp near Bama in Borno, killing six militants.")
    assert event.actor1.kind == "state_forces"


# ---- named groups of other conflicts and years


def test_force_of_congo_in_a_groups_name_is_not_a_states_army():
    event = first_event("On 4 June 2021, fighters of the Patriotic and Integrationist Force of Congo (FPIC) attacked an army position near Bunia.")
    assert event.actor1.kind == "political_militia"
    assert event.actor1.name.startswith("FPIC")


def test_the_full_name_alone_finds_the_group():
    event = first_event("On 4 June 2021, the Patriotic and Integrationist Force of Congo clashed with the FARDC near Bunia in Ituri.")
    assert event.actor1.name.startswith("FPIC")
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_central_african_armed_groups():
    event = first_event("On 4 June 2021, RPRC militiamen looted shops in Ndele.")
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.name.startswith("RPRC")
    event = first_event("On 4 June 2021, Anti-Balaka militiamen killed two herders near Bambari.")
    assert event.actor1.name == "Anti-Balaka"


def test_acronyms_that_are_words_or_other_bodies_are_listed_safely():
    forms = {name for g in load_groups() for name in g.names}
    # the English words "fact" and "mend" are no group; Turkey's AKP is not the Philippine group
    assert "fact" not in forms and "FACT" in forms
    assert "mend" not in forms and "MEND" in forms
    assert "akp" not in forms and "AKP" not in forms
    assert "ansar al-khilafah" in forms


def test_philippine_and_asian_groups_have_their_home():
    event = first_event("On 4 June 2021, Ansar al-Khilafah gunmen ambushed soldiers in Palimbang, Sultan Kudarat.")
    assert event.actor1.kind == "rebel_group"
    assert event.actor1.country_code == "PH"


# ---- people named by a people, attacking or fighting: its ethnic militia


def test_youths_of_a_people_who_kill_are_its_ethnic_militia():
    event = first_event("On 4 June 2021, Toposa youths killed three Didinga men near Kapoeta.")
    assert event.actor1.kind == "identity_militia"
    assert event.actor1.name == "Toposa Ethnic Militia (South Sudan)"


def test_pastoralists_of_a_people_who_stab_a_soldier():
    event = first_event("On 4 June 2021, Murle pastoralists stabbed and wounded a soldier near Pibor town in Jonglei.")
    assert event.actor1.kind == "identity_militia"
    assert event.actor1.name.startswith("Murle Ethnic Militia")


def test_two_peoples_fighting_are_their_militias():
    event = first_event("On 4 June 2021, Lendu youths fought with Hema villagers near Djugu, killing 4.")
    assert event.actor1.name.startswith("Lendu Ethnic Militia")
    assert event.actor2 is not None and event.actor2.name.startswith("Hema Ethnic Militia")


def test_a_group_of_a_peoples_men_in_a_clash():
    event = first_event("On 4 June 2021, a group of Kanuri men clashed with members of the Tiv community in a camp near Maiduguri, injuring six.")
    assert event.actor1.kind == "identity_militia"
    assert event.actor1.name.startswith("Kanuri Ethnic Militia")


def test_people_of_a_people_killed_stay_civilians():
    event = first_event("On 4 June 2021, Toposa youths were killed by gunmen near Kapoeta.")
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_a_countrys_people_are_not_an_ethnic_militia():
    event = first_event("On 4 June 2021, Afghan youths killed a shopkeeper in Herat.")
    assert event.actor1.kind != "identity_militia"


def test_beating_by_a_peoples_youths_stays_a_mob():
    event = first_event("On 4 June 2021, Hausa youths beat a man to death in Kano.")
    assert event.actor1.kind == "rioters"


def test_a_peoples_traders_protesting_and_attacking_stay_a_crowd():
    event = first_event("On 7 June 2021, Hausa traders protested in Warri over the closure of their market and attacked a task force.")
    assert event.event_type == "Riots"
    assert event.actor1.kind == "rioters"


def test_armed_pastoralists_who_attack_are_a_pastoralist_militia():
    event = first_event("On 7 June 2021, armed pastoralists attacked two farmers near Nyala, killing one.")
    assert event.actor1.kind == "identity_militia"
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_a_prefix_does_not_reach_a_longer_name():
    # "pro-STC" modifies the brigade; the side read at "pro" is not the table's "pro-STC forces" (the
    # Security Belt Forces, a state force)
    event = first_event(
        "On 7 June 2021, a roadside bomb went off in Aden, injuring a fighter of the pro-STC Thunder Brigade."
    )
    assert "Security Belt" not in event.actor1.name
    assert event.actor1.kind != "state_forces"


def test_responding_to_a_scene_is_no_answered_fire():
    event = first_event("On 9 June 2021, a bomb went off at a market in Marka. Policemen responded to the scene and cordoned off the area.")
    assert event.actor2 is None or event.actor2.kind != "state_forces"


def test_the_side_a_sentence_tells_responding_to_named_shelling_stays_first():
    event = first_event("On 9 June 2021, government forces responded to rebel shelling in Marib.")
    assert event.actor1.kind == "state_forces"


# ---- state forces' units named on their own


def test_a_local_defence_unit_is_its_states_forces():
    event = first_event("On 6 June 2021, LDU personnel beat a trader in Lira town for breaking the curfew.")
    assert event.actor1.kind == "state_forces"
    assert event.actor1.name.startswith("Military Forces of Uganda")


def test_mozambiques_defence_forces_by_their_full_name():
    event = first_event("On 6 June 2021, the Defense Forces of Mozambique shelled insurgent positions near Mocimboa da Praia.")
    assert event.actor1.kind == "state_forces"
    assert event.actor1.name.startswith("Military Forces of Mozambique")


# ---- clan and communal militiamen; peoples named by their plural


def test_suspected_clan_militiamen_are_an_unidentified_clan_militia():
    event = first_event("On 7 June 2021, suspected clan militiamen shot dead a village chief in Datu Piang, Maguindanao.")
    assert event.actor1.kind == "identity_militia"
    assert event.actor1.name == "Unidentified Clan Militia (Philippines)"


def test_a_group_of_a_people_named_by_its_plural_fighting_another_group():
    event = first_event("On 6 June 2021, a group of Papuans from Wamena clashed with Papuan villagers in Jayawijaya, wounding five.")
    assert event.actor1.kind == "identity_militia"
    assert event.actor1.name.startswith("Papuan Ethnic Militia")


def test_a_peoples_crowd_against_the_police_is_no_ethnic_militia():
    event = first_event("On 6 June 2021, Kurdish youths clashed with police in Diyarbakir.")
    assert event.actor1.kind == "rioters"
    event = first_event("On 6 June 2021, Kurds clashed with police in Diyarbakir.")
    assert event.actor1.kind != "identity_militia"


def test_two_groups_of_a_peoples_traders_clashing_unhurt_are_a_crowd():
    event = first_event("On 6 June 2021, two groups of Papuan traders clashed at a market in Jayapura and threw stones at each other.")
    assert event.actor1.kind == "rioters"


def test_a_peoples_sellers_clashing_against_the_police_are_a_crowd():
    event = first_event("On 6 June 2021, in Temuco, Mapuche street vendors clashed against police officers who ordered them off the street, injuring two.")
    assert event.actor1.kind == "rioters"


def test_a_peoples_attack_that_hurt_nobody_is_a_mob():
    event = first_event("On 6 June 2021, a group of Papuans attacked a motorcycle taxi driver in Jayapura.")
    assert event.actor1.kind == "rioters"
