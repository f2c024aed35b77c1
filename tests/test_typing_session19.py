"""Session 19 (h40): the type decided by who acted, on whom and with what, as an ACLED coder decides.

- a weapon used on a gathering by someone not of it and not policing it is the attack (a grenade, a
  suicide bomber, a bomb, a gunman at a rally), not the rally; a crowd's own petrol bombs stay its riot;
- force on people the text calls rioters is the riot, not excessive force; deadly fire on a crowd voicing
  a demand is excessive force even with no protest word;
- people who fight each other with clubs ("two groups of youths fought") are a crowd: mob violence;
- a chemical agent told as used, a drone by its build, a bombing by a group with no aircraft, a wrecked
  office ("ransacked"): the kinds their words tell;
- an act laid at someone's door ("accused the soldiers of killing ...") is theirs; "the killing of five
  farmers" names who suffered it.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from helpers import current_events

PUBLISHED = date(2021, 6, 20)


def _first(text: str):
    events = current_events(text, PUBLISHED)
    assert events, text
    return events[0]


def _pair(text: str) -> tuple[str, str]:
    event = _first(text)
    return event.event_type, event.sub_event_type


# ---- attacks on a gathering


def test_grenade_thrown_into_a_rally_is_a_grenade_attack():
    text = "A grenade was thrown into an opposition rally in Dhaka on Saturday, killing two party workers and wounding dozens, police said."
    assert _pair(text) == ("Explosions/Remote violence", "Grenade")


def test_suicide_bomber_at_an_election_rally_is_a_suicide_bombing():
    text = "A suicide bomber blew himself up among supporters at an election rally in Peshawar on Tuesday, killing 20 people."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
    assert event.fatalities >= 20


def test_bomb_at_a_protest_is_a_bombing_of_the_protesters():
    text = "A bomb exploded at a protest against the government in Quetta on Monday, killing five demonstrators."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert event.actor1.kind != "protesters"


def test_explosion_through_a_rally_told_by_officials_is_a_bombing():
    text = "An explosion ripped through a campaign rally of the ruling party in Jalalabad on Saturday, killing 14 people, officials said."
    assert _pair(text) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_grenades_hurled_at_protesters_by_unknown_men():
    text = "Unknown assailants hurled grenades at a crowd of protesters in Bujumbura on Monday, wounding 10."
    assert _pair(text) == ("Explosions/Remote violence", "Grenade")


def test_gunman_killing_a_candidate_at_a_rally_is_an_attack():
    text = "A gunman shot dead an opposition candidate as he addressed a campaign rally in the town of Tumaco on Sunday."
    assert _pair(text) == ("Violence against civilians", "Attack")


def test_demonstrators_petrol_bombs_at_police_stay_their_riot():
    text = "Hooded demonstrators protesting pension reform hurled stones and petrol bombs at police in Santiago on Thursday."
    assert _pair(text) == ("Riots", "Violent demonstration")


def test_police_tear_gas_at_a_rally_is_still_an_intervention():
    text = "Police fired tear gas to disperse hundreds of opposition supporters rallying in Harare on Saturday."
    assert _pair(text) == ("Protests", "Protest with intervention")


# ---- forces and crowds


def test_police_shooting_rioters_who_loot_is_the_riot():
    text = "Police shot dead two rioters who were looting shops and setting cars alight in Port-au-Prince on Tuesday, officials said."
    event = _first(text)
    assert event.event_type == "Riots"
    assert event.actor1.name.startswith("Rioters")


def test_soldiers_firing_into_villagers_demanding_a_release_is_excessive_force():
    text = "Soldiers fired into a crowd of villagers demanding the release of a local chief in Kasai on Friday, killing four."
    assert _pair(text) == ("Protests", "Excessive force against protesters")


def test_rival_groups_of_youths_fighting_with_clubs_are_mob_violence():
    text = "Two rival groups of youths fought with machetes and clubs in the Kibera slum on Saturday, leaving three people injured."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert event.actor1.name.startswith("Rioters")


def test_farmers_ransacking_an_office_while_demanding_waivers_riot():
    text = "Agitating farmers ransacked the sub-divisional office and set a government jeep on fire in Mandsaur on Wednesday while demanding loan waivers."
    assert _pair(text) == ("Riots", "Violent demonstration")


# ---- remote means


def test_nerve_agent_told_as_used_is_a_chemical_attack():
    text = "Residents of the town of Saraqib said government forces used a nerve agent on Saturday, leaving dozens suffocating."
    assert _pair(text) == ("Explosions/Remote violence", "Chemical weapon")


def test_grenade_dropped_from_a_quadcopter_is_a_drone_strike():
    text = "The insurgents used a quadcopter to drop a grenade on an army outpost near Kidal on Monday, wounding two soldiers."
    assert _pair(text) == ("Explosions/Remote violence", "Air/drone strike")


def test_rebels_bombing_a_pipeline_set_off_explosives():
    text = "ELN rebels bombed the Cano Limon pipeline in Arauca on Friday."
    assert _pair(text) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_rebels_bombing_a_town_with_mortars_shell_it():
    text = "Rebels bombed the town of Kadugli with mortars on Monday."
    assert _pair(text) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_state_bombing_stays_an_air_strike():
    text = "Government aircraft bombed a rebel-held village near Kafr Nabl on Tuesday, killing eight people, according to a monitoring group."
    assert _pair(text) == ("Explosions/Remote violence", "Air/drone strike")


# ---- who did it, to whom


def test_forces_accused_of_burning_and_killing_are_the_perpetrators():
    text = "Villagers accused the security forces of burning down 40 homes and killing six people during a raid on Kidal on Tuesday."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.kind == "state_forces"


def test_police_accused_of_shooting_protesters_used_excessive_force():
    text = "Rights groups accused police of shooting dead three protesters in Kano on Tuesday."
    event = _first(text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor2.kind == "state_forces"


def test_killing_of_farmers_blamed_on_soldiers_is_an_attack_on_civilians():
    text = "Residents blamed soldiers for the killing of five farmers in Kidal on Tuesday."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.kind == "state_forces"


def test_abduction_of_aid_workers_names_the_victims():
    text = "The abduction of three aid workers in Gao on Tuesday was condemned by the UN."
    event = _first(text)
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_teenager_shot_by_police_is_an_attack_on_a_civilian():
    text = "Police shot dead a teenager in the Mathare slum of Nairobi on Tuesday, residents said."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.kind == "state_forces" and event.actor2.kind == "civilians"


def test_motorcyclist_killed_at_a_checkpoint_is_an_attack():
    text = "Police killed a motorcyclist who failed to stop at a checkpoint in Abuja on Tuesday."
    assert _pair(text) == ("Violence against civilians", "Attack")


def test_suspected_robbers_killed_in_a_shootout_stay_a_clash():
    text = "Police killed five suspected armed robbers in a shootout in Port Harcourt on Tuesday."
    assert _pair(text) == ("Battles", "Armed clash")


def test_helicopter_gunship_strafing_hideouts_is_an_air_strike():
    text = "An army helicopter gunship strafed suspected rebel hideouts in the hills near Butembo on Thursday, the army said."
    assert _pair(text) == ("Explosions/Remote violence", "Air/drone strike")


def test_march_that_turned_violent_is_a_violent_demonstration():
    text = "A peaceful march against police brutality in Minneapolis turned violent on Friday when some participants smashed shop windows and looted stores."
    assert _pair(text) == ("Riots", "Violent demonstration")


def test_rally_descending_into_clashes_is_a_violent_demonstration():
    assert _pair("A protest by traders in Kano descended into clashes with police on Monday.") == ("Riots", "Violent demonstration")


def test_protest_that_turned_peaceful_stays_peaceful():
    assert _pair("Tuesday's protest in Lima turned peaceful after talks.") == ("Protests", "Peaceful protest")


# ---- crude arms: a crowd's fight


def test_people_attacking_police_with_sticks_and_stones_are_a_mob():
    text = "In Cartagena on Monday, 13 people were arrested after they attacked police officers with sticks and stones."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


def test_policemen_hurt_in_an_attack_by_a_mob_were_attacked_by_rioters():
    text = "Two police personnel were injured in an attack by a mob who tried to free a suspect from police custody in Jessore on Tuesday."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert event.actor1.kind == "rioters"


def test_militants_with_machetes_stay_an_armed_side():
    text = "Militants armed with machetes and rifles attacked a military post near Beni on Monday, killing two soldiers."
    assert _pair(text) == ("Battles", "Armed clash")


def test_police_firing_on_workers_demanding_wages_is_excessive_force():
    text = "DHAKA, Jan 9 - Police opened fire on garment workers demanding unpaid wages in Gazipur on Saturday, killing one worker and injuring 20, witnesses said."
    assert _pair(text) == ("Protests", "Excessive force against protesters")


def test_grenade_thrown_by_unnamed_hands_at_police_is_no_attack_on_the_gathering():
    # nobody named as acting and no one of the gathering hurt: the demonstrators may have thrown it
    text = "Protesters threw a grenade at police outside the parliament in Kyiv on Monday, wounding 10 officers."
    assert _first(text).event_type != "Explosions/Remote violence"
