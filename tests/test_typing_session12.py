"""Event typing, session 12: peoples, clans and tribes fighting each other (ACLED's identity militias in an
armed clash, not a crowd's mob violence), captives found dead or hurt (an attack, which outranks the
abduction), and demands voiced together by workers or residents (a peaceful protest told with no protest
word). Fixture sentences are our own, in styles and regions unlike the dev notes."""

from __future__ import annotations

from datetime import date

import conflictscope

PUBLISHED = date(2021, 6, 20)


def events(text: str):
    return [e for e in conflictscope.extract(text, published=PUBLISHED) if not e.historical]


def types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events(text)]


# ---- peoples, clans and tribes fighting each other: an armed clash


def test_youths_of_two_peoples_clashing_is_an_armed_clash():
    found = events("On 18 June 2021, Dinka and Nuer youths clashed near Bor, Jonglei; 40 dead.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Battles", "Armed clash")]
    assert found[0].fatalities == 40


def test_herders_of_a_people_clashing_with_farmers_is_an_armed_clash():
    found = events("On 18 June 2021, clashes between Fulani herders and farmers left 20 dead in Bokkos, Plateau.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Battles", "Armed clash")]
    assert found[0].fatalities == 20
    assert not found[0].civilian_targeting


def test_inter_clan_violence_is_an_armed_clash_with_its_dead():
    found = events("On 18 June 2021, inter-clan violence erupted near Galkayo, Mudug, leaving at least 5 people dead.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Battles", "Armed clash")]
    assert found[0].fatalities == 5


def test_tribal_fighting_told_by_its_modifier_is_an_armed_clash():
    assert types("On 18 June 2021, tribal clashes broke out in Kassala; three people were killed.") == [("Battles", "Armed clash")]


def test_two_groups_of_villagers_clashing_stay_mob_violence():
    # no people, clan or tribe named: a crowd's fight
    assert types("On 18 June 2021, two groups of villagers clashed over a water point in Mirpur Khas; one man was killed.") == [
        ("Riots", "Mob violence")
    ]


def test_peoples_pelting_each_other_with_stones_stay_a_crowd():
    found = types("On 18 June 2021, Dinka and Nuer youths clashed and pelted each other with stones in Juba.")
    assert found and all(t == "Riots" for t, _ in found)


# ---- captives found dead or hurt: an attack


def test_a_captive_found_dead_is_an_attack_whoever_held_him():
    found = events("On 18 June 2021, in Tarhuna, a farmer was abducted by soldiers and later found dead near the road.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Violence against civilians", "Attack")]
    assert found[0].fatalities == 1


def test_a_captive_found_injured_is_an_attack():
    found = events("On 18 June 2021, in Uruapan, Michoacan, a taxi driver was found badly injured after having been kidnapped.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Violence against civilians", "Attack")]
    assert found[0].injuries == 1


def test_abducted_and_killed_him_is_one_dead():
    found = events("On 18 June 2021, soldiers abducted a shopkeeper near Kidal and killed him.")
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in found] == [("Violence against civilians", "Attack", 1)]


def test_people_only_taken_stay_an_abduction():
    assert types("On 18 June 2021, gunmen abducted three traders on the road to Birnin Gwari, Kaduna.") == [
        ("Violence against civilians", "Abduction/forced disappearance")
    ]


# ---- a demand voiced together: a peaceful protest


def test_workers_demanding_their_wages_is_a_peaceful_protest():
    found = events("On 18 June 2021, workers of a textile plant in Torreon, Coahuila, demanded the payment of their wages.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Protests", "Peaceful protest")]
    assert found[0].actor1.kind == "protesters"


def test_labourers_on_the_roads_demanding_transport_is_a_peaceful_protest():
    assert types("On 18 June 2021, hundreds of migrant labourers came out on the roads in Surat, demanding buses to their villages.") == [
        ("Protests", "Peaceful protest")
    ]


def test_a_ransom_demand_is_no_protest():
    found = types("On 18 June 2021, kidnappers demanded a ransom for a trader held near Zaria, Kaduna.")
    assert ("Protests", "Peaceful protest") not in found


def test_a_party_demanding_a_resignation_is_no_event():
    assert types("On 18 June 2021, the opposition party demanded the resignation of the governor of Ondo.") == []


def test_a_single_person_demanding_is_no_event():
    assert types("On 18 June 2021, a local trader in Kumasi demanded compensation from the council.") == []


def test_revenge_killings_between_sections_of_a_people_are_an_armed_clash():
    found = events("On 18 June 2021, four were killed and three injured amid revenge killings between rival Nuer sections near Akobo, Jonglei.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Battles", "Armed clash")]
    assert (found[0].fatalities, found[0].injuries) == (4, 3)


def test_killings_between_two_clans_are_an_armed_clash():
    assert types("On 18 June 2021, revenge killings between two clans left six dead near Beledweyne, Hiraan.") == [("Battles", "Armed clash")]


def test_workers_blocking_a_road_denouncing_unpaid_wages_is_a_peaceful_protest():
    found = events("On 18 June 2021, workers at a brick factory blocked the N5 near Chlef, denouncing the non-payment of their wages.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Protests", "Peaceful protest")]


def test_an_official_denouncing_is_no_protest():
    assert types("On 18 June 2021, the governor of Bejaia denounced the price of bread in the city.") == []


# ---- violence out of a private quarrel, nobody named as its perpetrator: mob violence


def test_a_man_killed_over_a_property_dispute_is_mob_violence():
    found = events("On 18 June 2021, a farmer was attacked and killed over a property dispute in Sitapur (UP).")
    assert found and all((e.event_type, e.sub_event_type) == ("Riots", "Mob violence") for e in found)
    assert found[0].actor1.kind == "rioters"


def test_gunmen_killing_over_a_land_dispute_stay_an_attack():
    assert types("On 18 June 2021, gunmen killed three farmers over a land dispute in Bokkos, Plateau.") == [
        ("Violence against civilians", "Attack")
    ]


def test_police_beating_a_man_over_a_land_dispute_stay_an_attack():
    found = types("On 18 June 2021, police officers beat a man over a land dispute in Jacmel, Sud-Est.")
    assert found and all(t == "Violence against civilians" for t, _ in found)


def test_people_shot_dead_over_a_land_dispute_stay_an_attack():
    assert types("On 18 June 2021, a shopkeeper and his son were attacked and shot dead over a land dispute in Sangrur (Punjab).") == [
        ("Violence against civilians", "Attack")
    ]


# ---- a strike told as tools downed: a peaceful protest


def test_teachers_downing_tools_is_a_peaceful_protest():
    found = events("On 18 June 2021, teachers downed tools in Harare over salaries.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Protests", "Peaceful protest")]
    assert found[0].actor1.kind == "protesters"


def test_miners_laying_down_their_tools_is_a_peaceful_protest():
    assert types("On 18 June 2021, miners laid down their tools at a copper mine in Chingola, Copperbelt.") == [("Protests", "Peaceful protest")]


def test_rebels_laying_down_their_weapons_is_no_strike():
    assert ("Protests", "Peaceful protest") not in types("On 18 June 2021, rebels laid down their weapons in Beni, Nord-Kivu.")
