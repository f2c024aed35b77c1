"""Texts with no event, and events told as not having happened, session 19: natural disasters told in
war words, rescuers who "battle", troops sent for disaster relief, a fact-check's claim line, messages
dismissed as fake, religious gatherings, the past event an anniversary remembers, and an
arrest for a theft. Beside each, the true event told in the same style, which must stay.

ACLED records political violence and demonstrations on a specific day at a specific place: a quake's
dead, a flood's relief, a pilgrimage, a debunked rumour and a police case of car theft are none of these.
Texts are our own, in several styles (wire copy with a dateline, local press, fact-checks, court and
anniversary reports)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import current_events, event_types, pipeline_events, sub_types



# ---- disasters told in war words


@pytest.mark.parametrize(
    "text",
    [
        "Quake kills 12 in eastern Turkey\n\nANKARA, June 19 (Reuters) - A magnitude 6.1 earthquake struck eastern Turkey on "
        "Saturday, killing at least 12 people and injuring more than 200, the disaster agency said.\nRescue teams battled "
        "through the night to pull survivors from collapsed buildings in the town of Elazig.",
        "KATHMANDU, April 26 (AFP) - A powerful earthquake shook Nepal on Saturday, killing more than 1,000 people and "
        "destroying temples in the capital.",
        "Landslides triggered by heavy rain buried dozens of homes in Bududa on Wednesday, killing at least 18 people.",
        "GUWAHATI: Torrential rains killed at least 17 people in Assam on Friday. The army was deployed to rescue stranded "
        "families in Barpeta district.",
        "Pakistan deployed troops on Sunday to evacuate villagers from flooded areas of Sindh province.",
        "Firefighters and volunteers fought through the night on Tuesday to save homes near Mati as the blaze spread.",
    ],
)
def test_a_disaster_told_in_war_words_is_no_event(text):
    assert current_events(text) == []


def test_a_second_harm_joined_to_a_quake_death_shares_its_cause():
    # "killing 12 and injuring 200": the injuries are the quake's too
    assert current_events("An earthquake struck eastern Iran on Friday, killing 12 people and injuring 200 others.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Suspected militants attacked a police post in Elazig province on Saturday, killing two officers.", "Battles"),
        ("The army deployed 500 soldiers to Cabo Delgado on Monday to fight insurgents in Mocimboa da Praia.", None),
        ("Special forces were deployed on Tuesday to rescue the kidnapped students in Kankara.", "Strategic developments"),
        ("Gunmen killed 12 villagers and injured 20 others in an attack on Kadisau in Katsina state on Sunday.", "Violence against civilians"),
    ],
)
def test_violence_and_armed_moves_in_the_same_words_stay(text, expected):
    types = event_types(text)
    assert types, text
    if expected is not None:
        assert types[0] == expected


# ---- fact-checks and debunked messages


def test_a_fact_check_s_claim_line_tells_no_event():
    # (a fact-check's own account of a real event keeps it: the whole text is not silenced, held-out set 6's
    # fact-checks of real events lost their events so, session 19)
    text = (
        "FACT CHECK: Video does not show soldiers shooting protesters in Lagos\nClaim: A video shared on Facebook shows "
        "Nigerian soldiers opening fire on protesters in Lagos on Tuesday.\nVerdict: False. The footage was filmed in 2016 "
        "during a police training exercise."
    )
    assert current_events(text) == []
    assert pipeline_events(text, fast=False) == []


def test_a_fact_check_that_finds_its_claim_true_keeps_the_event():
    text = (
        "Fact check: Did soldiers fire on protesters in Lagos?\nVerdict: True. Soldiers fired live rounds at protesters at "
        "the Lekki toll gate in Lagos on Tuesday night, witnesses and hospital records show."
    )
    assert current_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Nairobi dismissed as fake news a message circulating on WhatsApp claiming that a bomb had exploded at the "
        "Westgate mall on Monday.",
        "The army rejected a video circulating online claiming to show soldiers burning homes in Bamenda on Sunday, saying "
        "it was filmed in another country.",
        "A message circulating on WhatsApp alleging that troops shot dead 50 protesters at the Lekki toll gate on Sunday has "
        "been debunked by fact-checkers.",
    ],
)
def test_an_event_inside_a_message_dismissed_as_false_is_none(text):
    assert current_events(text) == []


def test_an_event_denied_by_the_accused_stays():
    # the accused denying the act is no refuted message: the killing was told by witnesses
    text = "Human Rights Watch said soldiers burned at least 50 homes in Bamenda on Sunday. The army denied the report."
    assert current_events(text)
    text = "A bomb exploded at a market in Kabul on Tuesday, killing three people. The Taliban denied any involvement."
    assert sub_types(text) == ["Remote explosive/landmine/IED"]


# ---- gatherings of worship, anniversaries


@pytest.mark.parametrize(
    "text",
    [
        "Millions of pilgrims gathered peacefully in Karbala on Saturday for the Arbaeen pilgrimage.",
        "Worshippers assembled for Eid prayers at the national mosque in Abuja on Thursday.",
        "Hundreds of people gathered in Beslan on Wednesday to mark the 17th anniversary of the school siege in which more "
        "than 330 people, most of them children, were killed.",
    ],
)
def test_a_rite_or_a_remembered_event_is_no_event(text):
    assert current_events(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pilgrims gathered in Karbala on Saturday chanted slogans against the government and demanded the release of "
         "detained activists.", "Protests"),
        ("Thousands of mourners gathered in Srinagar on Friday for the funeral of a militant commander and chanted "
         "pro-freedom slogans.", "Protests"),
        ("Gunmen opened fire on worshippers gathered for Friday prayers at a mosque in Kano, killing six.", "Violence against civilians"),
        ("On the anniversary of the massacre, police fired tear gas at hundreds of demonstrators in Srebrenica who "
         "demanded justice.", "Protests"),
    ],
)
def test_protests_and_attacks_at_rites_stay(text, expected):
    assert event_types(text)[:1] == [expected]


# ---- arrests for theft


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lagos arrested a man on Tuesday for stealing a car in Ikeja.",
        "Officers in Nairobi detained two men on Sunday over the theft of mobile phones at a market.",
    ],
)
def test_an_arrest_for_a_theft_is_no_event(text):
    assert current_events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police in Harare arrested opposition activist Job Sikhala on Monday for inciting violence.",
        "Police in Kano arrested five suspected kidnappers on Friday.",
    ],
)
def test_political_and_armed_arrests_stay(text):
    assert sub_types(text)[:1] == ["Arrests"]


# ---- tallies, forecasts, reports' headings, matches


@pytest.mark.parametrize(
    "text",
    [
        "At least 320 civilians were killed in attacks across Burkina Faso in the first three months of the year, the UN said "
        "on Thursday.",
        "The Committee to Protect Journalists said in its annual census that 24 journalists were killed worldwide in 2021.",
        "Key findings of the 2020 report: armed groups carried out 1,600 attacks on schools across the Sahel; 212 teachers "
        "were abducted; and 47 were killed.",
    ],
)
def test_a_tally_over_many_incidents_or_a_year_is_no_event(text):
    assert current_events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were killed in attacks on two army posts near Kidal on Sunday, the army said.",
        "Gunmen killed 12 villagers across three hamlets of Bokkos on Saturday night.",
        "Key findings: gunmen killed 12 villagers in Kuru on Sunday.",
    ],
)
def test_a_count_of_one_day_stays(text):
    assert current_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "With the election three weeks away, analysts say clashes between supporters of the two main parties are likely in "
        "Nairobi's informal settlements.",
        "Violence is expected in Harare if the results of next week's run-off are disputed.",
    ],
)
def test_violence_forecast_is_no_event(text):
    assert current_events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Liverpool battled back to beat Arsenal 3-2 on Sunday, with Salah shooting home the winner in the 89th minute.",
        "The Lions attacked from the first whistle and crushed the visitors 35-10 in Pretoria on Saturday.",
    ],
)
def test_a_match_told_in_war_words_is_no_event(text):
    assert current_events(text) == []


def test_fans_fighting_at_a_match_stay():
    text = "Rival fans clashed with stones and bottles outside the stadium in Cairo on Sunday after the 2-1 derby."
    assert current_events(text)


# ---- courts' findings, spans since an old event


@pytest.mark.parametrize(
    "text",
    [
        "Ex-commander jailed for life over 2014 massacre\n\nTHE HAGUE (Reuters) - An international court on Thursday "
        "sentenced a former rebel commander to life in prison for ordering the killing of 60 villagers in eastern Congo in "
        "2014.\nJudges found that fighters under his command attacked the village of Kiwanja at dawn, shooting residents and "
        "burning homes.",
        "An inquest heard on Tuesday that the officer fired three shots at the suspect during a chase in Croydon last August.",
        "It has been ten years since gunmen killed 20 villagers in Tillia, and the families are still waiting for justice.",
    ],
)
def test_a_courts_finding_or_a_span_since_an_old_event_is_no_event(text):
    assert current_events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said on Monday that gunmen attacked a bus station in Jos on Sunday, killing four passengers.",
        "Supporters of the jailed opposition leader clashed with police in Lusaka on Friday after the court upheld his "
        "sentence.",
        "It was two days since gunmen attacked the village, residents said, and nobody had come to help.",
    ],
)
def test_reported_events_beside_courts_and_spans_stay(text):
    assert current_events(text)


def test_an_event_over_a_few_days_is_one_event_not_a_tally():
    # ACLED codes an event known only within a short span on its first day at a week's precision
    text = (
        "Satellite imagery reviewed by the group shows that 40 buildings were burned in the village of Tulu between "
        "28 October and 2 November."
    )
    assert current_events(text, date(2021, 11, 10))
    assert current_events("Some 14,000 people were killed in Tigray between January and May.", date(2021, 6, 20)) == []


def test_people_a_volcano_forced_to_flee_are_no_displacement_event():
    assert current_events("A volcanic eruption on La Palma on Sunday forced 5,000 people to flee their homes.") == []
    assert current_events("Fighting between the army and rebels in Beni on Sunday forced 5,000 people to flee their homes.")
    # an eruption of hostilities is no volcano
    assert current_events(
        "On Sunday, 300 families in Datu Piang evacuated following the eruption of hostilities between two armed clans."
    )


# ---- a story of a natural hazard, read as a whole


QUAKE_STORY = (
    "Death toll from Sulawesi quake rises to 84\n\nPALU, Indonesia (AP) - The death toll from a powerful earthquake that "
    "struck Indonesia's Sulawesi island on Friday rose to 84 on Saturday, officials said.\nHundreds of buildings were "
    "destroyed in the city of Mamuju, and a hospital collapsed, trapping dozens of patients.\n\"Our teams are fighting to "
    "reach the villages that have been cut off,\" said the head of the disaster agency.\nAftershocks continued to rattle "
    "the region. Some 15,000 people have fled to temporary shelters."
)


@pytest.mark.parametrize(
    "text",
    [
        QUAKE_STORY,
        "DHAKA - Cyclone Amphan tore through coastal Bangladesh on Wednesday night, flattening villages and killing at least "
        "10 people.\nStrong winds uprooted trees and destroyed thousands of mud houses in Satkhira and Khulna, officials "
        "said. More than two million people had been evacuated to shelters before the storm hit.",
    ],
)
def test_a_hazard_story_tells_no_event_in_either_mode(text):
    assert current_events(text) == []
    assert pipeline_events(text, fast=False) == []


@pytest.mark.parametrize(
    "text",
    [
        # a side of political violence named in the story's own line keeps it
        QUAKE_STORY + "\nIn Palu, looters clashed with police outside a supermarket on Saturday, and officers fired warning "
        "shots.",
        # a headline that names the hazard and a side is no hazard story
        "Looters clash with police in quake-hit Palu\nLooters clashed with police in the quake-hit city of Palu on Sunday, "
        "and officers fired warning shots to disperse them.",
        # flood victims who protest
        "Flood victims block highway in Uvira\nHundreds of flood victims blocked the national road in Uvira on Monday to "
        "demand a fair share of the relief funds.",
    ],
)
def test_violence_and_protests_in_a_hazard_story_stay(text):
    assert current_events(text)
    assert len(pipeline_events(text, fast=False)) == len(pipeline_events(text, fast=True))


def test_a_hazards_relative_clause_hung_on_another_noun_and_dead_animals_are_no_event():
    text = (
        "While aid starts to pour in to the worst hit areas of South Asia Earthquake that has killed more than 30,000 "
        "people, bad weather is hampering relief efforts."
    )
    assert current_events(text) == []
    assert current_events("The virus was found in two dead young owls in a zoo in Rotterdam.") == []
    assert current_events("The bodies of two men were found dead in a ditch in Tumaco on Sunday.")
