"""Event typing, session 16: texts that tell no political violence though they use its words, and
strategic developments and hostage seizures that gave no event or a wrong one. A gas cylinder or a
boiler bursting, a fire setting off an arms depot, a truck overturning or a bus collision kill as a bomb
does and are no event (ACLED records political violence), unless the sentence names a weapon or an
attacker (a cylinder packed with explosives, a truck that hit a landmine). People held hostage without
deaths are abducted; a bloodless coup is a strategic development, not looting; a peace accord signed, a
base opened and fighters demobilised are the strategic developments ACLED codes. Sentences are our own,
in several styles (wire leads with datelines, South Asian and African local press, monitors' entries)."""

from __future__ import annotations

import pytest

from helpers import current_events, type_pairs

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
AGREEMENT = ("Strategic developments", "Agreement")
BASE = ("Strategic developments", "Headquarters or base established")
CHANGE = ("Strategic developments", "Change to group/activity")
OTHER = ("Strategic developments", "Other")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
LOOTING = ("Strategic developments", "Looting/property destruction")


def kinds(text: str) -> set[tuple[str, str]]:
    return set(type_pairs(text))


# ---- accidents: no event


@pytest.mark.parametrize(
    "text",
    [
        # South Asian local press
        "QUETTA: Four people including two children were killed and six injured when a cooking gas cylinder "
        "exploded in a house in Satellite Town on Saturday, rescue officials said.",
        "Two people were killed when a gas cylinder exploded in a restaurant in Lahore on Saturday.",
        "A boiler blast at a factory in Faisalabad killed five workers on Saturday.",
        "An explosion at a fireworks factory in Sivakasi killed eight workers on Saturday.",
        # African local press
        "A transformer blast at a market in Kano on Saturday injured 15 traders, the fire service said.",
        # wire copy
        "BRAZZAVILLE, June 19 (AFP) - An accidental explosion at an arms depot near the capital killed at least 20 "
        "people on Saturday, the government said.",
        "A fire at an army ammunition depot in Kara on Saturday set off a series of explosions, killing two "
        "soldiers, officials said.",
    ],
)
def test_accidental_explosions_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three policemen were killed in a road accident on the Kabul-Jalalabad highway on Saturday.",
        "A police officer was killed in a car crash in Kisumu on Saturday.",
        "A military vehicle collided with a bus near Mandalay on Saturday, killing seven passengers.",
        "Seven people died after a minibus collided with a truck near Mbeya on Saturday.",
        # monitor's terse entry
        "Two soldiers were killed and three wounded on Saturday when their vehicle skidded off the road near "
        "Mopti, the army said in a statement.",
        "KAMPALA - Three people died and 20 were injured on Saturday when a boat capsized on Lake Albert, police said.",
    ],
)
def test_road_and_water_accidents_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


# ---- a weapon or an attacker named: still violence


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder packed with explosives exploded outside a police station in Maiduguri on Saturday, killing "
        "three officers.",
        "Boko Haram fighters detonated a gas cylinder bomb at a market in Konduga on Saturday, killing 10 people.",
        "A fuel tanker exploded in a crowded market in Afrin on Saturday, killing 40 people.",
        "An army truck overturned after hitting a landmine near Kidal on Saturday, killing four soldiers.",
        "A car bomb exploded near a bus station in Kabul on Saturday, killing six people.",
    ],
)
def test_explosions_of_weapons_stay_events(text):
    assert any(t == "Explosions/Remote violence" for t, _ in kinds(text)), type_pairs(text)


def test_attack_on_a_bus_that_then_overturned_stays_an_attack():
    text = "Gunmen ambushed a bus near Maiduguri on Saturday, killing 11 passengers; the bus then overturned."
    assert ("Violence against civilians", "Attack") in kinds(text), type_pairs(text)


def test_drone_strike_setting_off_a_depot_stays_a_strike():
    text = "A drone strike hit an ammunition depot near Idlib on Saturday, setting off a series of explosions."
    assert ("Explosions/Remote violence", "Air/drone strike") in kinds(text), type_pairs(text)


def test_old_shell_going_off_stays_an_explosion():
    text = "Two children were killed when an old mortar shell exploded as they played near their home in Helmand on Saturday."
    assert current_events(text), type_pairs(text)


# ---- hostages


@pytest.mark.parametrize(
    "text",
    [
        "Rebels held 30 villagers hostage in the church of Beni on Saturday before releasing them unharmed.",
        "Pirates held the crew captive aboard a cargo ship off Eyl on Saturday, the maritime agency said.",
        "Gunmen hijacked a bus carrying 40 passengers outside Lima on Saturday and freed them six hours later.",
    ],
)
def test_people_held_hostage_are_abducted(text):
    assert kinds(text) == {ABDUCTION}, type_pairs(text)


# ---- strategic developments


@pytest.mark.parametrize(
    "text",
    [
        "The government and the rebels signed a peace accord in Juba on Saturday.",
        "JUBA, June 19 (Reuters) - Rival factions signed a peace treaty in Juba on Saturday, ending two years of fighting.",
    ],
)
def test_peace_accord_signed_is_an_agreement(text):
    assert kinds(text) == {AGREEMENT}, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army opened a new base in Tessalit on Saturday.",
        "French troops built an outpost near Menaka on Saturday, the defence ministry said.",
    ],
)
def test_base_opened_or_built(text):
    assert kinds(text) == {BASE}, type_pairs(text)


def test_party_opening_headquarters_is_no_base():
    text = "The opposition party opened its new headquarters in Lusaka on Saturday."
    assert BASE not in kinds(text), type_pairs(text)


def test_fighters_demobilised_is_a_change_to_their_group():
    text = "Some 300 former fighters were demobilised at a camp near Bambari on Saturday."
    assert kinds(text) == {CHANGE}, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Army officers seized power in a bloodless coup in Freetown on Saturday.",
        # yearbook chronology
        "29 April - officers seize power in Freetown.",
        "Junior officers staged a bloodless coup in Niamey on Saturday, state radio said.",
    ],
)
def test_bloodless_coup_is_no_looting(text):
    found = kinds(text)
    assert found and LOOTING not in found and found <= {OTHER}, type_pairs(text)


# ---- what was said, forecast, denied or judged: no event


@pytest.mark.parametrize(
    "text",
    [
        "Security experts warned that militants could attack polling stations in Kano during the vote on Saturday.",
        "There are fears of fresh attacks on villages around Beni, a local official said on Saturday.",
        "Intelligence reports say the rebels are planning to attack Goma, the governor said on Saturday.",
        "The army announced on Saturday that it will launch an offensive against the rebels in the Nuba Mountains next week.",
        "The army on Saturday denied that its soldiers had killed civilians in the village of Bounti.",
        "A court in Lima on Saturday sentenced a former army officer to 25 years for the killing of eight students in 1992.",
        "The High Court in Nairobi on Saturday acquitted two police officers accused of shooting a student during protests in 2017.",
        "Answering a question in parliament, the minister said 1,200 mines had been removed from the border area since January.",
    ],
)
def test_statements_forecasts_and_verdicts_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


# ---- more accidents and hazards


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed in a stampede at a food distribution point in Karachi on Saturday.",
        "A building collapsed in Lagos on Saturday, killing 12 people.",
        "Fifteen miners were killed when a tunnel collapsed at a gold mine near Kidal on Saturday.",
        "A lightning strike killed three herders near Gulu on Saturday.",
    ],
)
def test_stampedes_collapses_and_lightning_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


def test_rioters_overturning_cars_stay_rioters():
    text = "Rioters overturned cars and set them on fire in Nanterre on Saturday, injuring two police officers."
    assert kinds(text) == {("Riots", "Mob violence")}, type_pairs(text)


def test_rebels_derailing_a_train_stay_an_attack():
    text = "Rebels derailed a train near Kananga on Saturday, killing 12 passengers."
    assert ("Violence against civilians", "Attack") in kinds(text), type_pairs(text)


# ---- waited for, ordered, dismissed as false: no event


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Goma braced for an attack by M23 rebels on Saturday.",
        "The police chief on Saturday ordered officers to arrest anyone who blocks roads in Nairobi during the strike.",
        "A magistrate in Lilongwe on Saturday ordered the arrest of the former minister.",
        "The army dismissed as false reports that soldiers had burned houses in Mopti on Saturday.",
    ],
)
def test_awaited_ordered_or_refuted_acts_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


def test_arrests_made_on_orders_still_count():
    text = "Police arrested 20 traders in Kampala on Saturday on the orders of the minister."
    assert ("Strategic developments", "Arrests") in kinds(text), type_pairs(text)


# ---- lynchings and crowds' fights told in the police's words


MOB = ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "A mob lynched a man suspected of stealing a motorcycle in Mbarara on Saturday, police said.",
        "KAMPALA, June 19 - A mob in Mbarara on Saturday lynched a suspected thief, police said.",
        "Police said a mob had lynched a suspected thief in Mbarara on Saturday.",
    ],
)
def test_lynching_told_by_the_police_is_mob_violence(text):
    assert kinds(text) == {MOB}, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the two rival parties clashed with stones and sticks in Kindia on Saturday, leaving 14 "
        "injured; police fired tear gas to disperse them.",
        "Youths of two neighbouring villages fought with machetes in Bawku on Saturday; police fired tear gas to "
        "disperse them.",
    ],
)
def test_rival_crowds_dispersed_by_police_are_mob_violence(text):
    assert kinds(text) == {MOB}, type_pairs(text)


def test_protesters_dispersed_with_stones_claimed_by_police_stay_an_intervention():
    text = (
        "Police dispersed the march of teachers in Bujumbura on Saturday with tear gas, saying rioters had thrown "
        "stones at officers."
    )
    assert kinds(text) == {("Protests", "Protest with intervention")}, type_pairs(text)


# ---- lethal fire on marchers parsed as the object of "on"


@pytest.mark.parametrize(
    "text",
    [
        "Security forces opened fire on mourners marching to the cemetery in Srinagar on Saturday, killing one.",
        "Police opened fire on women marching to the governor's office in Kano on Saturday, wounding four.",
    ],
)
def test_fire_on_people_marching_is_excessive_force(text):
    assert ("Protests", "Excessive force against protesters") in kinds(text), type_pairs(text)


# ---- suicide bombings by other words


SUICIDE = ("Explosions/Remote violence", "Suicide bomb")


@pytest.mark.parametrize(
    "text",
    [
        "A bomber wearing an explosive vest detonated it at a checkpoint in Kabul on Saturday.",
        "A suicide attacker drove an explosives-laden car into an army convoy near Mogadishu on Saturday.",
        "MOGADISHU (AP) - A suicide attacker blew up a car packed with explosives outside a hotel on Saturday, "
        "killing nine people, police said.",
    ],
)
def test_suicide_attacks_by_other_words(text):
    assert SUICIDE in kinds(text), type_pairs(text)


def test_crash_of_an_aircraft_shot_down_keeps_its_dead():
    text = (
        "Insurgents shot down a military helicopter near Baiji on Saturday. The two pilots were killed in the crash, "
        "the defence ministry said."
    )
    found = current_events(text)
    assert found and found[0].fatalities == 2, type_pairs(text)


def test_road_accident_told_in_two_sentences_tells_no_event():
    text = "A bus overturned on the highway near Mbeya on Saturday. Seven passengers were killed in the crash, police said."
    assert current_events(text) == [], type_pairs(text)


# ---- hostages named far from the verb


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a bank in Lagos on Saturday and took 20 customers and staff hostage.",
        "Pirates hijacked a tanker off the coast of Puntland on Saturday and took its 25 crew members hostage.",
        "Rebels took three aid workers captive near Kidal on Saturday.",
        "Bandits held a family of six hostage in their home in Katsina on Saturday and looted their property.",
    ],
)
def test_hostages_named_after_a_long_object_are_abducted(text):
    assert ABDUCTION in kinds(text), type_pairs(text)


def test_hostage_crisis_talked_about_is_no_abduction():
    text = "The minister took part in talks on the hostage crisis in Doha on Saturday."
    assert current_events(text) == [], type_pairs(text)


def test_protesters_holding_officials_hostage_are_a_violent_demonstration():
    text = "Protesters held two government officials hostage in the town hall of Tarija on Saturday."
    assert kinds(text) == {("Riots", "Violent demonstration")}, type_pairs(text)


# ---- called an accident, caused by a leak, foiled


@pytest.mark.parametrize(
    "text",
    [
        "Authorities said on Saturday the fire that destroyed 200 homes in the Kutupalong camp was accidental.",
        "The explosion that killed two workers at a factory in Kano on Saturday was accidental, police said.",
        "The blast at the fuel depot in Conakry on Saturday was caused by a gas leak, officials said.",
        "The Interior Ministry said on Saturday it had foiled a plot to bomb a church in Cairo.",
        "Police in Nairobi said on Saturday they had uncovered a plot to attack the parliament building.",
    ],
)
def test_accidents_named_and_foiled_plots_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the explosion that killed four people at a market in Mogadishu on Saturday was no accident.",
        "The explosion at the market in Mogadishu on Saturday was not accidental, police said.",
    ],
)
def test_blasts_said_to_be_no_accident_stay_events(text):
    assert current_events(text), type_pairs(text)


def test_cessation_of_hostilities_agreed_is_an_agreement():
    text = (
        "ADDIS ABABA, June 19 (Reuters) - The government and the rebel forces agreed on Saturday to a permanent "
        "cessation of hostilities, the mediator said."
    )
    assert kinds(text) == {AGREEMENT}, type_pairs(text)


def test_cessation_of_hostilities_called_for_is_no_event():
    text = "The UN called for a cessation of hostilities in Tigray on Saturday."
    assert current_events(text) == [], type_pairs(text)


def test_government_overthrown_is_a_strategic_development():
    text = "The military overthrew the government of President Kabore in Ouagadougou on Saturday, state television said."
    assert kinds(text) == {OTHER}, type_pairs(text)


def test_plot_to_overthrow_is_no_event():
    text = "The opposition accused the army of plotting to overthrow the government on Saturday."
    assert current_events(text) == [], type_pairs(text)


# ---- humanitarian mine clearance


@pytest.mark.parametrize(
    "text",
    [
        "Deminers cleared 300 landmines from farmland near Kandahar on Saturday, the minister told parliament.",
        "A demining team destroyed 40 unexploded shells found near Mosul on Saturday.",
    ],
)
def test_deminers_clearing_mines_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


def test_army_engineers_clearing_mines_stay_disrupted_weapons_use():
    text = "Army engineers cleared 40 landmines planted by the rebels near Kidal on Saturday."
    assert kinds(text) == {("Strategic developments", "Disrupted weapons use")}, type_pairs(text)


def test_overthrow_named_as_an_aim_is_no_event():
    text = "The president accused foreign powers on Saturday of plotting to use the epidemic as a reason to overthrow him."
    assert current_events(text) == [], type_pairs(text)


# ---- aircraft crashes and guns that went off by mishap


@pytest.mark.parametrize(
    "text",
    [
        "An army helicopter crashed in bad weather near Bamenda on Saturday, killing all 12 people on board.",
        "A military plane crashed shortly after take-off from Goma airport on Saturday, killing eight soldiers; the "
        "army blamed a technical fault.",
        "A soldier was killed on Saturday when his rifle went off accidentally while he cleaned it at a camp in Garoua.",
        "A policeman accidentally shot dead a colleague at a checkpoint in Kano on Saturday.",
    ],
)
def test_crashes_and_accidental_shots_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


def test_helicopter_shot_down_before_it_crashed_stays_a_fight():
    text = "Militants said they shot down an army helicopter that crashed near Bamenda on Saturday, killing 12."
    assert current_events(text), type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Forty prisoners went on hunger strike in Ankara on Saturday to protest against their conditions.",
        "Workers went on a general strike in Lagos on Saturday over the fuel price.",
    ],
)
def test_hunger_and_general_strikes_stay_protests(text):
    assert ("Protests", "Peaceful protest") in kinds(text), type_pairs(text)


def test_aircraft_that_crashed_after_a_rocket_keeps_its_dead():
    text = (
        "Insurgents fired a rocket at a military helicopter near Samarra on Saturday. The helicopter crashed, "
        "killing two pilots."
    )
    found = current_events(text)
    assert found and found[0].fatalities == 2, type_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "ISLAMABAD: Six people, including two women, were injured when a gas cylinder blast ripped through a house in "
        "the G-9 sector on Saturday.",
        # NGO security log
        "19/06: Road traffic accident involving an army truck on the main supply route near Gao; 3 soldiers killed. "
        "No hostile activity reported.",
    ],
)
def test_accidents_in_press_and_log_styles_tell_no_event(text):
    assert current_events(text) == [], type_pairs(text)


def test_ambush_after_an_accident_stays_an_event():
    text = "19/06: Road accident near Gao; gunmen then ambushed the stranded army truck, 3 soldiers killed."
    assert current_events(text), type_pairs(text)
