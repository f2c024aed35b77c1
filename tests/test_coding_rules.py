"""ACLED's coding rules as the extractor applies them, one short sentence of our own per rule (real model,
real gazetteer, real tables)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import only_event

PUBLISHED = date(2021, 3, 15)


def sub_type(text: str) -> str:
    return only_event(text, PUBLISHED).sub_event_type


# ---- fire and explosions counted by ceasefire monitors


def test_explosions_counted_by_monitors_are_shelling_by_a_warring_party():
    event = only_event("On 12 March 2021, the OSCE monitors observed a total of 14 explosions involving unknown weapons near Horlivka.", PUBLISHED)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1.kind == "state_forces"  # a monitor's tally is coded to a party, not to an unknown group


def test_fire_in_both_directions_or_with_small_arms_is_a_clash():
    assert sub_type(
        "On 12 March 2021, monitors observed 40 explosions and bursts of fire in both directions of the frontline near Horlivka."
    ) == "Armed clash"
    assert sub_type("On 12 March 2021, monitors observed 25 bursts of fire involving small arms near Horlivka.") == "Armed clash"


def test_bursts_of_heavy_machine_gun_fire_are_shelling():
    assert sub_type("On 12 March 2021, monitors observed 9 bursts of fire involving heavy machine guns near Horlivka.") == (
        "Shelling/artillery/missile attack"
    )


def test_a_single_blast_with_no_device_named_stays_a_planted_explosive():
    assert sub_type("On 12 March 2021, an explosion killed two people at a market in Jalalabad.") == "Remote explosive/landmine/IED"


def test_a_tank_hit_by_a_mine_is_not_shelling():
    assert sub_type("On 12 March 2021, a landmine planted by Taliban militants hit an army tank in Kunduz, killing 3 soldiers.") == (
        "Remote explosive/landmine/IED"
    )


# ---- lone victims


def test_a_mistagged_shot_does_not_make_a_clash():
    event = only_event("On 12 March 2021, a gendarme shot and killed a motorcycle taxi driver in Bafoussam after a quarrel.", PUBLISHED)
    assert event.sub_event_type == "Attack"


def test_an_off_duty_soldier_shot_dead_is_an_attack():
    assert sub_type("On 12 March 2021, militants shot and killed an off-duty soldier walking home in Baidoa.") == "Attack"


# ---- demonstrations, riots and mobs


def test_participants_arrested_make_a_protest_with_intervention():
    event = only_event("On 12 March 2021, about 30 people protested in Gomel against new taxes. Police arrested 12 protesters.", PUBLISHED)
    assert event.sub_event_type == "Protest with intervention"


def test_an_arrest_that_is_the_grievance_is_no_intervention():
    assert sub_type(
        "On 12 March 2021, journalists protested in Lahore against the arrest of a newspaper editor and demanded his release."
    ) == "Peaceful protest"


def test_violence_a_protest_is_about_does_not_make_it_violent():
    assert sub_type("On 12 March 2021, residents protested in Lahore to demand the return of funds looted by officials.") == (
        "Peaceful protest"
    )
    assert sub_type("On 12 March 2021, farmers protested in Lahore after floods destroyed their crops.") == "Peaceful protest"
    assert sub_type("On 12 March 2021, nurses protested in Lahore against the measures taken to fight the pandemic.") == (
        "Peaceful protest"
    )


def test_a_crowd_stoning_police_without_a_demonstration_is_mob_violence():
    event = only_event("On 12 March 2021, a mob pelted stones at police officers in Bhopal over a dispute about a shop.", PUBLISHED)
    assert event.sub_event_type == "Mob violence"
    assert event.actor1.kind == "rioters"


def test_burning_tyres_to_demand_something_is_a_violent_demonstration():
    assert sub_type("On 12 March 2021, residents burned tyres on the main road in Kasserine to demand water.") == "Violent demonstration"


def test_locals_beating_a_thief_is_mob_violence():
    assert sub_type("On 12 March 2021, a suspected thief was beaten up by locals in Manaus.") == "Mob violence"


def test_demonstrators_clashing_with_police_is_a_violent_demonstration():
    assert sub_type("On 12 March 2021, demonstrators clashed with police in Madurai during a protest over liquor shops.") == (
        "Violent demonstration"
    )


# ---- background fighting


def test_reinforcements_amid_ongoing_clashes_are_a_change_of_activity():
    event = only_event("On 12 March 2021, government forces brought reinforcements to Daraa amid the ongoing clashes.", PUBLISHED)
    assert event.sub_event_type == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2021, the army fought militants in Kunduz.",
        "On 12 March 2021, Taliban militants clashed with police in Kunduz.",
    ],
)
def test_a_clash_that_is_the_sentence_event_stays_a_clash(text):
    assert sub_type(text) == "Armed clash"


# ---- who did it to whom


def test_a_person_named_by_nationality_is_a_civilian_victim():
    event = only_event("On 12 March 2021, Israeli soldiers opened fire at a Palestinian near a checkpoint in Qalqilya.", PUBLISHED)
    assert event.sub_event_type == "Attack"
    assert event.actor2.kind == "civilians"


def test_a_country_inside_a_place_name_is_no_actor():
    event = only_event("On 12 March 2021, a man was shot dead in the Cuauhtemoc area of Mexico City.", PUBLISHED)
    assert event.actor1.name.startswith("Unidentified Armed Group")
    assert event.location.name == "Cuauhtemoc" or "Cuauht" in event.location.name


def test_a_demonym_on_a_compound_names_the_forces_country():
    event = only_event("On 12 March 2021, Turkish Army forces carried out airstrikes against PKK positions near Erbil, Iraq.", PUBLISHED)
    assert event.actor1.name == "Military Forces of Turkey" and event.actor1.kind == "external_forces"


def test_police_facing_a_stone_throwing_mob_are_actor2():
    event = only_event("On 12 March 2021, police fired tear gas at villagers who pelted stones at them in Bhopal over a land dispute.", PUBLISHED)
    assert event.event_type == "Riots"
    assert event.actor1.kind == "rioters" and event.actor2.kind == "state_forces"


def test_a_town_given_as_a_bearing_is_not_a_second_event():
    event = only_event("On 12 March 2021, gunmen killed a farmer in the village of Habla, south of Qalqilya.", PUBLISHED)
    assert event.fatalities == 1


def test_patrols_and_curfews_are_changes_of_activity():
    assert sub_type("On 12 March 2021, Russian forces conducted a patrol near Qamishli.") == "Change to group/activity"
    assert sub_type("On 12 March 2021, the governor of Hadramawt imposed a curfew on Mukalla.") == "Change to group/activity"


# ---- single victims


@pytest.mark.parametrize(
    "text, killed",
    [
        ("On 12 March 2021, a trader was shot to death by two armed men in Manaus.", 1),
        ("On 12 March 2021, gunmen assassinated a local councillor in Kirkuk.", 1),
        ("On 12 March 2021, 1 army soldier was shot and killed by militants in Baquba.", 1),
        ("On 12 March 2021, the bodies of two women were found with gunshot wounds in Manaus.", 2),
        ("On 12 March 2021, a shopkeeper was beaten to death by a mob in Patiala.", 1),
    ],
)
def test_single_and_found_victims_are_counted(text, killed):
    assert only_event(text, PUBLISHED).fatalities == killed


def test_a_distance_is_not_a_count_of_people():
    event = only_event("On 12 March 2021, militants attacked a checkpoint 5 km from Baquba, killing 2 soldiers.", PUBLISHED)
    assert event.fatalities == 2


def test_a_crowd_wrecking_property_after_its_demonstration_is_one_violent_demonstration():
    event = only_event("On 12 March 2021, residents demonstrated in San Antonio against a new landfill. The group set barricades on fire.", PUBLISHED)
    assert event.sub_event_type == "Violent demonstration" and event.actor1.kind == "rioters"


def test_police_clashing_with_demonstrators_makes_the_demonstration_violent():
    assert sub_type("On 12 March 2021, police clashed with demonstrators in Madurai.") == "Violent demonstration"


def test_police_intervening_after_a_sit_in_is_an_intervention():
    event = only_event("On 12 March 2021, party workers staged a dharna in Jalpaiguri. The police intervened and arrested the MP.", PUBLISHED)
    assert event.sub_event_type == "Protest with intervention"


def test_villagers_clashing_with_police_without_a_demonstration_is_mob_violence():
    assert sub_type("On 12 March 2021, villagers clashed with police in Samastipur over a land dispute.") == "Mob violence"


def test_a_disease_word_near_a_protest_does_not_cancel_the_protest():
    assert sub_type("On 12 March 2021, patients of a coronavirus clinic demonstrated in Minna over their treatment.") == (
        "Peaceful protest"
    )


def test_goods_seized_are_not_territory():
    assert sub_type("On 12 March 2021, federal police seized 2 tons of cocaine hidden in a truck in Guaira.") == (
        "Looting/property destruction"
    )
    assert sub_type("On 12 March 2021, Taliban militants seized the district centre of Jani Khel, Paktia.") == (
        "Non-state actor overtakes territory"
    )


def test_militiamen_from_a_clan_are_an_identity_militia():
    event = only_event("On 12 March 2021, militiamen from the Ayr sub-clan clashed with police near Galkayo.", PUBLISHED)
    assert event.actor1.kind == "identity_militia"


def test_men_beating_someone_to_death_are_a_mob_and_men_shooting_are_armed():
    assert sub_type("On 12 March 2021, a shopkeeper was beaten to death by four men in Hathazari.") == "Mob violence"
    assert sub_type("On 12 March 2021, two men shot and killed a trader in Karachi.") == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2021, hundreds of migrant workers took to the streets in Surat to demand trains home.",
        "On 12 March 2021, activists formed a human chain in Barisal against price rises.",
        "On 12 March 2021, residents banged pots against the president in Porto Alegre.",
    ],
)
def test_protest_forms_without_a_protest_word(text):
    assert sub_type(text) == "Peaceful protest"
