"""Event typing, session 7: armed groups attacking demonstrations, "riot police", families counted by
their members, agreements between warring sides (not trade deals), surrenders and prisoner exchanges,
victims the parse puts in apposition, and groups named by what their members are. Fixture sentences
are our own."""

from __future__ import annotations

from datetime import date

from helpers import current_events, sub_types

PUBLISHED = date(2021, 6, 20)


# ---- an armed group's violence against a demonstration is violence against civilians


def test_gunmen_firing_on_protesters_is_an_attack_on_civilians():
    found = current_events("On 19 June, unknown gunmen opened fire on protesters in Kano, killing two.")
    assert found and (found[0].event_type, found[0].sub_event_type) == ("Violence against civilians", "Attack")
    assert found[0].actor1.kind == "political_militia"
    assert found[0].fatalities == 2


def test_militiamen_beating_demonstrators_is_an_attack_on_civilians():
    assert sub_types("On 19 June, militiamen beat the demonstrators who had gathered at the market in Kano.")[:1] == ["Attack"]


def test_police_firing_on_protesters_stays_excessive_force():
    assert sub_types("On 19 June, police opened fire on protesters in Kano, killing two.")[:1] == ["Excessive force against protesters"]


def test_police_tear_gas_on_protesters_stays_an_intervention():
    assert sub_types("On 19 June, police fired tear gas at the protesters in Kano.")[:1] == ["Protest with intervention"]


# ---- "riot police" names a force, not a riot


def test_riot_police_watching_a_march_leave_it_peaceful():
    assert sub_types("On 19 June, hundreds of traders marched in Kano while riot police watched.")[:1] == ["Peaceful protest"]


def test_anti_riot_units_deployed_at_a_protest_leave_it_peaceful():
    assert sub_types("On 19 June, teachers protested in Kano over unpaid salaries and anti-riot units were deployed.")[:1] == [
        "Peaceful protest"
    ]


def test_a_riot_is_still_a_riot():
    found = current_events("On 19 June, a riot broke out in Kano after the election results were announced.")
    assert found and found[0].event_type == "Riots"


# ---- a family counted by its members


def test_a_family_of_six_killed_counts_six():
    found = current_events("On 19 June, a family of six civilians was killed when a shell hit their house in Idlib.")
    assert found and found[0].fatalities == 6


def test_a_family_of_four_killed_by_gunmen_counts_four():
    found = current_events("On 19 June, gunmen killed a family of four in Maiduguri.")
    assert found and found[0].fatalities == 4


def test_a_family_of_farmers_killed_counts_one():
    found = current_events("On 19 June, a family of farmers was killed when a shell hit their house in Idlib.")
    assert found and found[0].fatalities == 1


# ---- agreements between warring sides, surrenders, prisoner exchanges


def test_army_and_rebels_reaching_an_agreement_is_an_agreement():
    assert sub_types("On 19 June, the army and the rebels reached an agreement in Juba.")[:1] == ["Agreement"]


def test_an_agreement_between_the_regime_and_a_rebel_group_is_an_agreement():
    assert sub_types("On 19 June, an agreement between the regime and the rebels was announced in Homs.")[:1] == ["Agreement"]


def test_a_deal_on_an_evacuation_between_countries_is_an_agreement():
    assert sub_types("On 19 June, Turkey and Russia reached a deal in Sochi on the evacuation of fighters from Idlib.")[:1] == ["Agreement"]


def test_a_trade_deal_between_countries_is_no_event():
    assert sub_types("On 19 June, China and Brazil reached a deal in Beijing on soybean exports.") == []


def test_a_club_signing_a_player_is_no_event():
    assert sub_types("On 19 June, the club reached a deal with the striker in Madrid.") == []


def test_fighters_surrendering_to_the_army_is_an_agreement():
    assert sub_types("On 19 June, 30 Taliban fighters surrendered to Afghan forces in Kunar province.")[:1] == ["Agreement"]


def test_warring_sides_exchanging_prisoners_is_an_agreement():
    assert sub_types("On 19 June, the army and the rebels exchanged prisoners in Goma.")[:1] == ["Agreement"]


def test_forces_exchanging_gunfire_is_a_clash():
    found = current_events("On 19 June, two police units exchanged gunfire outside the court in Mogadishu.")
    assert found and found[0].sub_event_type == "Armed clash"


# ---- victims the parse hangs off a place, groups named by their members


def test_an_officer_in_apposition_to_the_place_is_the_side_shot():
    # the parse makes the state the subject and the officer its apposition
    found = current_events("On 19 June, in Culiacan, Sinaloa, a municipal police officer was shot dead by an armed man.")
    assert found and found[0].sub_event_type == "Armed clash"


def test_a_member_of_a_rebel_group_shot_by_another_group_is_a_clash():
    found = current_events("On 19 June, a soldier of the Free Army shot and killed a member of an opposition rebel group in Afrin.")
    assert found and found[0].sub_event_type == "Armed clash"


def test_a_civilian_shot_by_a_militant_stays_an_attack():
    assert sub_types("On 19 June, a member of an opposition rebel group shot and killed a shopkeeper in Afrin.")[:1] == ["Attack"]


def test_rioting_prisoners_still_riot():
    found = current_events("On 19 June, guards fired tear gas at rioting prisoners in the central prison of Kassala.")
    assert found and found[0].event_type == "Riots"


def test_a_country_in_brackets_after_the_town_is_no_victim():
    # "Niger" names where the town is, not Niger's army as the side attacked
    assert sub_types("On 19 June, unidentified gunmen attacked Kagara (Rafi LGA, Niger) and killed one resident.")[:1] == ["Attack"]


def test_an_ultimatum_to_surrender_is_no_agreement():
    assert "Agreement" not in sub_types("On 19 June, the militia besieged Hadibu and gave the soldiers there hours to surrender.")


def test_prisoners_released_to_advance_a_peace_deal_are_no_agreement():
    found = sub_types("On 19 June, the government released 150 Taliban prisoners in Kabul to help advance the peace deal.")
    assert "Agreement" not in found


# ---- a crowd's own protest act makes its violence a demonstration's; petrol bombs; trees cut down


def test_workers_blocking_a_highway_and_stoning_police_are_a_violent_demonstration():
    found = sub_types("On 19 June, hundreds of stranded workers blocked the highway and pelted stones at the police in Sendhwa.")
    assert found[:1] == ["Violent demonstration"]


def test_villagers_pelting_police_with_stones_stay_mob_violence():
    assert sub_types("On 19 June, villagers pelted the police with stones in Sendhwa after a raid.")[:1] == ["Mob violence"]


def test_men_throwing_petrol_bombs_at_shops_is_property_destruction():
    assert sub_types("On 19 June, three men on a motorcycle threw Molotov cocktails at two shops in Veracruz.")[:1] == [
        "Looting/property destruction"
    ]


def test_settlers_cutting_down_olive_trees_is_property_destruction():
    assert sub_types("On 19 June, settlers cut down 40 olive trees belonging to farmers in the village of Burin.")[:1] == [
        "Looting/property destruction"
    ]


# ---- displacement caused by fighting is the displacement (ACLED's Other)


def test_fighting_forcing_villagers_to_flee_is_displacement():
    found = current_events("On 19 June, near Yei, fighting between the army and the rebels forced over 400 villagers to flee their homes.")
    assert found and found[0].sub_event_type == "Other"


def test_people_displaced_following_a_clash_is_displacement():
    assert sub_types("On 19 June, some 250 individuals from Bindoy were displaced following a clash between the NPA and the army.")[:1] == [
        "Other"
    ]


def test_clashes_that_displaced_families_are_displacement():
    assert sub_types("On 19 June, the clashes in Bindoy displaced 500 families.")[:1] == ["Other"]


def test_families_fleeing_after_an_attack_on_soldiers_leave_it_a_clash():
    found = current_events("On 19 June, 300 families fled Bindoy after rebels attacked the town and killed two soldiers.")
    assert found and found[0].sub_event_type == "Armed clash" and found[0].actor1.kind == "rebel_group"


def test_a_clash_with_no_displacement_stays_a_clash():
    assert sub_types("On 19 June, the army and the NPA clashed in Bindoy, killing two rebels.")[:1] == ["Armed clash"]


# ---- forces acting on a demonstration told two sentences later


def test_police_dispersing_them_two_sentences_later_is_an_intervention():
    text = (
        "On 19 June, in Rosario, hundreds of traders marched to the city hall. They asked for help with the rent of "
        "their stalls. The police dispersed them with batons."
    )
    assert sub_types(text)[:1] == ["Protest with intervention"]


def test_police_controlling_the_situation_is_an_intervention():
    text = "On 19 June, residents staged a protest in Siliguri against a ration dealer. Police reached the spot and controlled the situation."
    assert sub_types(text)[:1] == ["Protest with intervention"]


def test_a_march_with_nothing_after_stays_peaceful():
    text = "On 19 June, in Rosario, hundreds of traders marched to the city hall. They asked for help with the rent of their stalls."
    assert sub_types(text)[:1] == ["Peaceful protest"]


# ---- crowds named by nationality, forces' operations first


def test_people_named_by_nationality_throwing_petrol_bombs_are_a_crowd():
    found = current_events("On 19 June, Palestinians hurled Molotov cocktails at a police jeep near Abu Dis.")
    assert found and found[0].event_type == "Riots" and found[0].actor1.kind == "rioters"


def test_gunmen_exchanging_fire_with_police_during_an_operation_name_the_police_first():
    found = current_events("On 19 June, in Manaus, five armed men exchanged fire with military police forces during an operation against drug dealers.")
    assert found and found[0].sub_event_type == "Armed clash"
    assert found[0].actor1.kind == "state_forces" and found[0].actor2.kind == "political_militia"


def test_gunmen_exchanging_fire_with_police_name_the_gunmen_first():
    found = current_events("On 19 June, in Manaus, five armed men exchanged fire with military police forces.")
    assert found and found[0].actor1.kind == "political_militia" and found[0].actor2.kind == "state_forces"


def test_militants_attacking_a_patrol_stay_first():
    found = current_events("On 19 June, militants attacked an army patrol near Gao, wounding two soldiers.")
    assert found and found[0].sub_event_type == "Armed clash" and found[0].actor1.kind == "rebel_group"


# ---- the use of chemical weapons told as someone's act


def test_forces_using_chemical_weapons_is_a_chemical_weapon_event():
    assert sub_types("On 19 June, government forces used chemical weapons against civilians in Douma.")[:1] == ["Chemical weapon"]


def test_a_states_use_of_chemical_weapons_is_a_chemical_weapon_event():
    assert sub_types("On 19 June, the regime's use of chemical weapons against residents of Douma was condemned.")[:1] == ["Chemical weapon"]


def test_the_use_of_chemical_weapons_in_general_is_no_event():
    assert sub_types("On 19 June, experts warned in Douma that the use of chemical weapons is in danger of being normalised.") == []


# ---- a sentence that only states the toll


def test_a_toll_sentence_raises_the_figure_read_from_the_victims():
    text = "On 19 June, in Tijuana, a police officer was shot dead by an armed man. The attacker died in the exchange. 2 fatalities."
    found = current_events(text)
    assert found and found[0].fatalities == 2


def test_a_toll_sentence_does_not_lower_the_figure():
    found = current_events("On 19 June, in Kingston, three men were killed by gunmen. 1 fatality.")
    assert found and found[0].fatalities == 3


def test_a_toll_sentence_alone_is_no_event():
    assert current_events("3 fatalities.") == []


LONG_TOLL_PARAGRAPH = (
    "The town council of Tijuana met on Monday to discuss the water supply and the repair of the main road "
    "into the old market, which traders said had been closed for most of the spring. "
    "On 19 June, in Tijuana, a police officer was shot dead by an armed man near the market. "
    "The attacker died in the exchange. "
    "2 fatalities. "
    "The council will meet again next week to approve the budget for schools and clinics, and to hear from "
    "traders about the price of bread and fuel in the old city markets, where shop owners have asked for "
    "longer opening hours, better street lighting and more parking near the old stone bridge."
)


def test_a_toll_sentence_in_a_long_paragraph_is_read_in_the_fast_path_too():
    from conflictscope.nlp.relevance import LONG_LINE
    from conflictscope.pipeline import Extractor
    from conflictscope.types import Document

    assert len(LONG_TOLL_PARAGRAPH) > LONG_LINE  # cut into sentences: "2 fatalities." is a unit of its own
    document = Document(text=LONG_TOLL_PARAGRAPH, id="toll", published=PUBLISHED)
    extractor = Extractor.default()
    fast = [e.to_dict() for e in extractor.extract(document, fast=True)]
    assert fast == [e.to_dict() for e in extractor.extract(document, fast=False)]
    assert fast and fast[0]["fatalities"] == 2


def test_forces_repelling_an_attack_during_an_operation_name_the_attackers_first():
    found = current_events("On 19 June, the army repelled a Taliban attack in Jurf al-Sakhar during an operation to clear the area.")
    assert found and found[0].actor1.kind == "rebel_group"


def test_gunmen_firing_on_a_police_patrol_stay_first():
    found = current_events("On 19 June, unknown gunmen opened fire on a police patrol near the bank in Jarablus.")
    assert found and found[0].actor1.kind == "political_militia"


def test_people_who_gathered_at_a_mosque_and_stoned_police_are_mob_violence():
    text = "On 19 June, a group of 20 persons who gathered at a mosque attacked and pelted stones at a police team in Dhubri."
    assert sub_types(text)[:1] == ["Mob violence"]


def test_the_parties_of_a_brokered_agreement_are_its_actors():
    found = current_events("On 19 June, Saudi forces brokered an agreement between the rebels and the army in Hadibu.")
    assert found and found[0].sub_event_type == "Agreement" and found[0].actor1.kind == "rebel_group"


def test_local_militiamen_are_a_communal_militia():
    found = current_events("On 19 June, local militiamen attacked a Fulani settlement near Asaba, raped women and destroyed property.")
    assert found and found[0].actor1.kind == "identity_militia"


def test_people_displaced_by_flooding_are_no_event():
    assert current_events("On 19 June, in Bihar, as many as 12 million people have been displaced or affected by flooding.") == []


def test_families_fleeing_floods_are_no_event():
    assert current_events("On 19 June, 300 families fled the floods in Kano.") == []
