"""Session 20 (h45): the type decided by who acted, on whom and with what, read from the sentence's
structure rather than from one word.

- a crowd told as one body ("a crowd demanding ...", "fired into the crowd") is the gathering, and the
  people a protest verb's pronoun stands for ("we were marching" ... "at us") its participants: deadly
  or live fire on them is excessive force;
- what the demonstrators themselves did (set fire, looted) is their violent demonstration even when the
  forces who dispersed them are the sentence's first actor;
- a phrasal verb of the lexicon told in the passive ("the march was broken up by police");
- people taken away by those who came for them are abducted;
- a device set off under or against a target was set off by the subject, not met by it;
- bombs dropped by "the planes" are an air strike.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from helpers import current_events, first_event, type_pairs

PUBLISHED = date(2021, 6, 20)


def _first(text: str):
    return first_event(text, PUBLISHED)


def _pair(text: str) -> tuple[str, str]:
    pairs = type_pairs(text, PUBLISHED)
    assert pairs, text
    return pairs[0]


# ---- the crowd fired on


def test_deadly_fire_into_a_crowd_voicing_a_demand_is_excessive_force():
    text = "Three people died when troops fired live ammunition into a crowd demanding the return of seized cattle in Moroto on Friday."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert event.fatalities == 3


def test_the_crowd_of_a_rally_fired_on_is_the_rally():
    text = "An opposition rally in Lilongwe turned deadly on Sunday when soldiers fired bullets into the crowd, killing four."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert event.actor1.kind == "protesters"


def test_first_person_marchers_fired_on_with_live_bullets():
    text = "'Soldiers fired live bullets at us while we were marching to the town hall,' a nurse in Bamenda said on Saturday."
    assert _pair(text) == ("Protests", "Excessive force against protesters")


def test_tear_gas_at_first_person_marchers_stays_an_intervention():
    text = "'Police fired tear gas at us while we were marching to the town hall,' a nurse in Bamenda said on Saturday."
    assert _pair(text) == ("Protests", "Protest with intervention")


def test_demonstrators_who_burned_an_office_before_police_came_riot():
    text = "Protesters angry over new market fees set fire to the council office in Kisii on Monday; police fired tear gas to disperse them."
    assert _pair(text) == ("Riots", "Violent demonstration")


# ---- the lexicon's phrasal verbs in the passive


def test_march_broken_up_in_the_passive_is_an_intervention():
    text = "Nurses on a march to the health ministry in Lusaka were broken up by riot police on Tuesday, their union said."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_a_ring_broken_up_is_no_protest_event():
    text = "A smuggling ring was broken up by customs officers in Mombasa on Tuesday."
    assert all(e.event_type not in ("Protests", "Riots") for e in current_events(text, PUBLISHED))


# ---- people taken away


def test_people_taken_away_in_a_raid_are_abducted():
    text = "Gunmen raided a farming settlement near Birnin Gwari on Thursday night and took away a pastor and his two daughters, residents said."
    assert _pair(text) == ("Violence against civilians", "Abduction/forced disappearance")


def test_goods_taken_away_are_no_abduction():
    text = "Gunmen raided a farming settlement near Birnin Gwari on Thursday night and took away motorcycles and grain, residents said."
    assert _pair(text) != ("Violence against civilians", "Abduction/forced disappearance")


# ---- devices and aircraft


def test_insurgents_who_triggered_a_mine_under_a_vehicle_set_it_off():
    text = "Maoists triggered a landmine under a police jeep in Bijapur district on Sunday, killing four constables."
    event = _first(text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1.kind == "rebel_group"


def test_a_vehicle_that_struck_a_mine_met_it():
    text = "An army truck struck a landmine near Gao on Monday, killing two soldiers."
    event = _first(text)
    assert event.actor1.kind != "state_forces"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_planes_that_bombed_a_street_made_an_air_strike():
    text = "\"The planes came in the morning and bombed our street in Hajjah,\" a shopkeeper said on Tuesday. \"Four of my neighbours died.\""
    assert _pair(text) == ("Explosions/Remote violence", "Air/drone strike")


# ---- a crowd's arms


def test_youths_armed_only_with_machetes_who_attack_police_are_a_mob():
    text = "A band of youths armed with machetes and clubs attacked a police station in Kasese on Saturday to free a detained friend."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert event.actor1.kind == "rioters"


def test_youths_armed_with_rifles_stay_an_armed_group():
    text = "Youths armed with rifles attacked a police station in Kasese on Saturday."
    event = _first(text)
    assert event.event_type == "Battles"
    assert event.actor1.kind == "political_militia"


def test_men_armed_with_machetes_who_kill_villagers_are_armed_men():
    text = "Men armed with machetes killed four farmers in their fields near Oicha on Thursday, local officials said."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.kind == "political_militia"


# ---- testimony and the words of marches


def test_a_relative_taken_told_in_an_interview_is_an_abduction():
    # (a unit with an event word, "fired", so the fast path parses the answer)
    text = "Q: What happened that night? A: Armed men came to our compound in Gao on Monday and fired in the air. My husband was taken. Nobody has heard from him."
    assert _pair(text) == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_person_taken_to_hospital_is_no_capture():
    text = "Gunmen shot a trader in the market of Gao on Monday. He was taken to hospital."
    assert _pair(text) == ("Violence against civilians", "Attack")


def test_a_march_held_is_a_demonstration():
    text = "Shopkeepers held a silent march through Peshawar on Friday against the new trade tax."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.actor1.kind == "protesters"


def test_a_riot_hit_town_is_no_riot():
    text = "Riot-hit Bhadrak: women held a peace march through the town on Sunday, appealing for calm."
    assert _pair(text) == ("Protests", "Peaceful protest")


def test_acid_thrown_at_a_woman_is_an_attack_not_property_destruction():
    text = "Two men on a motorbike threw acid at a schoolgirl in Kandahar on Tuesday, leaving her face badly burned."
    assert _pair(text) == ("Violence against civilians", "Attack")


def test_pepper_gas_sprayed_on_marchers_is_an_intervention():
    text = "Riot police in Quito blocked teachers marching to the education ministry on Tuesday and sprayed them with pepper gas."
    assert _pair(text) == ("Protests", "Protest with intervention")


def test_activists_who_had_organised_marches_arrested_is_the_arrest():
    text = "Police arrested four students who had organised the marches in Dhaka on Sunday."
    assert _pair(text) == ("Strategic developments", "Arrests")


def test_a_man_set_upon_by_a_mob_is_mob_violence():
    text = "Residents set upon a suspected pickpocket at the bus park in Kisumu on Sunday, police said."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert event.actor1.kind == "rioters"


def test_a_protester_of_earlier_marches_shot_dead_is_an_attack():
    text = "Police shot dead a student who had marched with the opposition in Conakry on Saturday."
    assert _pair(text) == ("Violence against civilians", "Attack")


def test_marchers_met_with_live_fire_and_killed_is_excessive_force():
    text = "Marchers demanding new elections were met with live fire in Conakry on Thursday; at least six were killed."
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert event.fatalities == 6


def test_a_protest_dispersed_with_live_bullets_is_excessive_force():
    text = "Police dispersed hundreds of protesters in Kisumu on Tuesday with tear gas and live bullets."
    assert _pair(text) == ("Protests", "Excessive force against protesters")


def test_people_holding_placards_outside_an_office_demonstrate():
    text = "'We stood outside the district office in Lira on Monday holding placards,' said a teacher. 'We want our salaries paid.'"
    event = _first(text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.actor1.kind == "protesters"


def test_an_effigy_burned_is_a_peaceful_protest_not_property_destruction():
    text = "Party workers burnt an effigy of the transport minister in Cuttack on Monday against the bus fare increase."
    assert _pair(text) == ("Protests", "Peaceful protest")


def test_a_bandh_and_a_gherao_are_protests():
    assert _pair("Traders observed a bandh in Srinagar on Thursday against the new toll tax.") == ("Protests", "Peaceful protest")
    assert _pair("Students gheraoed the registrar in Jadavpur on Wednesday over the exam schedule.") == ("Protests", "Peaceful protest")
