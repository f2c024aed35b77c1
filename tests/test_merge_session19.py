"""Merge, session 19: one event per actor pair, place and day. A place named together with the place it
lies in ("in Jalalpur, Shamli", "Kathmandu's Kalimati area") is one event's place, not two events; the
towns a demonstration "spread to", named in passing beside its own town, are no events of the report.
Sentences are our own (South Asian and West African press, wire copy)."""

from __future__ import annotations

import pytest
from helpers import current_events, only_event


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at protesters in Kairana, Shamli on Monday.",
        "Protesters blocked the highway in Kot Addu, Muzaffargarh on Monday.",
        "Demonstrators blocked the road outside the central bank in Beirut's Hamra district on Friday.",
        "Villagers in Kathmandu's Kalimati area staged a demonstration on Friday demanding compensation for land.",
        "Police in Kathmandu's Kalimati area baton-charged villagers who had blocked the road on Friday.",
    ],
)
def test_a_place_and_the_place_it_lies_in_are_one_event(text):
    only_event(text)


def test_places_in_a_list_stay_events_of_their_own():
    found = current_events("Clashes broke out in Bamenda and in Buea on Monday between soldiers and separatists.")
    assert len(found) == 2


@pytest.mark.parametrize(
    "text, town",
    [
        (
            "Anti-government demonstrations that started in Bamako on Friday spread to Kayes and Sikasso on "
            "Saturday, witnesses said.",
            "Bamako",
        ),
        (
            "DAKAR (AFP) - Protests over the arrest of the opposition leader broke out in Dakar on Thursday and "
            "spread to Ziguinchor and Kaolack.",
            "Dakar",
        ),
    ],
)
def test_towns_a_protest_spread_to_are_no_events(text, town):
    event = only_event(text)
    assert event.location is not None and event.location.name == town


def test_towns_it_spread_to_with_a_scene_of_their_own_stay():
    # "where police shot dead 12 protesters": the towns it spread to have their own event told
    found = current_events(
        "The unrest that began in Sidi Bouzid spilled into Kasserine and Thala, where police shot dead 12 "
        "protesters on Sunday."
    )
    assert {e.location.name for e in found if e.location} >= {"Kasserine", "Thala"}


def test_spread_alone_places_the_event():
    event = only_event("On Tuesday the protests spread to Ibadan, where hundreds marched to the governor's office.")
    assert event.location.name == "Ibadan"


# ---- follow-ups: arrests made for the incident told before belong to it


@pytest.mark.parametrize(
    "text",
    [
        # Pakistani press, the arrests a day later at another place
        "KARACHI - A policeman was shot dead by unidentified gunmen on motorbikes in Karachi's Orangi Town on "
        "Tuesday. On Wednesday, police arrested two suspects in connection with the killing from a hideout in "
        "Manghopir.",
        # Ugandan press
        "Unknown assailants hacked a farmer to death in Kyenjojo district on Saturday night. Police have since "
        "arrested three men suspected of involvement in the murder, who are being held at Fort Portal.",
        # wire copy, the arrests told with "over"
        "KADUNA, Nigeria - Gunmen killed seven worshippers at a church in Kajuru on Sunday. Police on Monday said "
        "they had arrested four people over the attack in Kaduna.",
    ],
)
def test_arrests_for_the_incident_are_no_event_of_their_own(text):
    event = only_event(text)
    assert event.event_type != "Strategic developments"


def test_arrests_that_are_the_news_stay():
    event = only_event(
        "On 5 May, police arrested three suspects in Mombasa in connection with the killing of a trader on 2 May.", "2021-05-06"
    )
    assert event.sub_event_type == "Arrests"


# ---- background: incidents told after a sentence that ranks the lead's event among others


def test_incidents_after_a_ranking_sentence_are_background():
    event = only_event(
        "Kabul - A magnetic bomb attached to a car killed a government employee in Kabul on Tuesday morning, "
        "police said. It was the third such attack in the city this week. On Sunday, two civil servants were "
        "killed when a sticky bomb exploded under their vehicle in the Karte Se area.",
        "2021-06-17",
    )
    assert event.fatalities == 1


# ---- a town named in another, one of the two read as a namesake far away: which is not known


def test_two_names_far_apart_in_one_country_stay_as_told():
    # the gazetteer's Jalalpur lies far from Shamli: one of the two is a namesake; both stay
    found = current_events("Police fired tear gas at protesters in Jalalpur, Shamli on Monday.")
    assert {e.location.name for e in found} == {"Jalalpur", "Shamli"}


def test_an_inner_name_read_abroad_gives_the_outer_place():
    event = only_event("Demonstrators blocked the road outside the central bank in Beirut's Hamra district on Friday.")
    assert event.location.name == "Beirut"


# ---- a report about one country, one of its words read as a town abroad


def test_a_town_abroad_the_report_never_names_is_the_home_event():
    event = only_event(
        "PORT ELIZABETH, South Africa - Residents of Nelson Mandela Bay protested on Thursday over water cuts, "
        "blocking roads with burning tyres."
    )
    assert event.location.country_code == "ZA"


def test_a_border_clash_named_on_both_sides_keeps_both():
    found = current_events(
        "Indian and Pakistani troops exchanged fire across the Line of Control in Poonch on Monday. Pakistan's "
        "army said a soldier was killed in Haveli, while India said two civilians were wounded in Poonch."
    )
    assert {e.location.country_code for e in found if e.location} == {"IN", "PK"}
