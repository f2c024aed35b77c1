"""Geoparsing, session 6: landmarks named for their town, our own regions situating a town, a region's
main town, agency short forms, British counties, river deltas, islands, GeoNames' point of Alaska.
Sentences are our own."""

from __future__ import annotations

import conflictscope
from conflictscope.geo.gazetteer import default_gazetteer
from conflictscope.geo.resolve import find_places
from conflictscope.nlp.analyze import analyze
from helpers import near, place_named, places_by_mention


def test_landmarks_are_read_as_the_town_they_stand_in():
    white_house = place_named("The White House said on Monday that the talks would go on.", "White House")
    assert white_house.country_code == "US" and near(white_house, 38.9, -77.04)
    kremlin = place_named("A spokesman for the Kremlin rejected the claim.", "Kremlin")
    assert kremlin.country_code == "RU" and near(kremlin, 55.75, 37.62)
    heathrow = place_named("Flights from Heathrow were cancelled because of fog.", "Heathrow")
    assert heathrow.country_code == "GB" and near(heathrow, 51.5, -0.3)


def test_the_event_path_takes_no_place_from_a_landmark():
    text = "Four people were killed in a bombing in Kabul on Sunday, the White House said."
    parsed = [doc for _, doc in analyze(text)]
    read = {m.text: m.place for doc in parsed for m in find_places(doc, default_gazetteer())}
    assert read["Kabul"].country_code == "AF"
    assert "White House" not in read or not near(read["White House"], 38.9, -77.04)
    events = conflictscope.extract(text, published="2024-03-05")
    assert events and all(e.location.country_code == "AF" for e in events)


def test_a_region_of_our_own_situates_a_town_by_its_point():
    text = "The Georgia team flew to Washington, D.C., for a training week before the game."
    dc = place_named(text, "Washington")
    assert dc.country_code == "US" and near(dc, 38.9, -77.04)


def test_a_far_suburb_sharing_a_states_name_is_not_the_state():
    wyoming = place_named("A federal judge in Wyoming halted the rule on Friday.", "Wyoming")
    assert (wyoming.feature, wyoming.admin1) == ("admin1", "Wyoming")
    # the capital is still what "Washington" alone means
    capital = place_named("Officials in Washington said the sanctions would stay.", "Washington")
    assert capital.feature == "city" and near(capital, 38.9, -77.04)


def test_agency_short_forms_of_more_states():
    louisiana = place_named("SLIDELL, La. (AP) - A boat sank in the bayou on Tuesday.", "La.")
    assert (louisiana.feature, louisiana.name) == ("admin1", "Louisiana")
    montana = place_named("HELENA, Mont. (AP) - The state and the company are at an impasse.", "Mont.")
    assert (montana.feature, montana.name) == ("admin1", "Montana")


def test_british_counties_that_geonames_does_not_name():
    text = "The series visits Croft, Yorkshire, in June and Oulton Park, Cheshire, in July."
    for name in ("Yorkshire", "Cheshire"):
        county = place_named(text, name)
        assert county.country_code == "GB", name
    assert place_named("The team travels to East Yorkshire on Saturday.", "East Yorkshire").country_code == "GB"


def test_river_deltas_and_islands_are_regions_of_their_country():
    delta = place_named("Militants blew up a pipeline in the Niger Delta last week.", "Niger Delta")
    assert delta.country_code == "NG" and delta.feature == "region"
    nile = place_named("Farmers across the Nile Delta lost their crops.", "Nile Delta")
    assert nile.country_code == "EG"
    island = place_named("The T&T government met in Trinidad to discuss the vote.", "Trinidad")
    assert island.country_code == "TT"


def test_alaska_at_geonames_point():
    alaska = place_named("Hunters in Alaska were asked to report dead birds.", "Alaska")
    assert alaska.feature == "admin1" and near(alaska, 64.0, -150.0, km=30)


def event_places(text):
    return [(e.location.name, e.location.country_code) for e in conflictscope.extract(text, published="2021-06-10") if e.location]


def test_a_part_of_a_town_is_no_namesake_far_away():
    # "Seray" is also a village in Iran: named as in Tripoli, it is a building of that town
    found = places_by_mention("Dozens of people rallied outside the Seray in Tripoli on Friday.")
    assert found["Seray"].country_code == found["Tripoli"].country_code
    text = "On 4 June 2021, residents protested at the Ilya square in Sidon, Lebanon, against power cuts."
    assert event_places(text) and all(cc == "LB" for _, cc in event_places(text))


def test_a_name_situated_once_keeps_that_country_where_it_stands_alone():
    text = (
        "On 2 June 2021, journalists of Kashmir held a protest outside Islamabad Press Club in Islamabad city "
        "(Islamabad, FCT) against the arrest of a reporter."
    )
    read = [(p.text, p.place.country_code) for p in conflictscope.extract_places(text) if p.text == "Islamabad"]
    assert read and all(cc == "PK" for _, cc in read)
    assert all(cc == "PK" for _, cc in event_places(text))


def test_a_region_named_in_the_local_language_decides_among_namesakes():
    text = "On 1 June 2021, in Providencia, Metropolitana, teachers marched to demand safe schools."
    assert ("Providencia", "CL") in event_places(text)
    text = "On 3 June 2021, soldiers repelled an attack by Boko Haram on Kolofata town (Mayo-Sava, Extreme-Nord)."
    assert event_places(text) and all(cc == "CM" for _, cc in event_places(text))


def test_an_armed_groups_name_says_nothing_of_the_reports_country():
    # "Taliban" is also an alternate name of a town in Turkey: it must not pull the focus there and
    # make the town of Farah a small namesake abroad
    text = "On 4 March 2021, Taliban fighters attacked a police checkpoint in Farah city, killing two policemen."
    assert ("Farah", "AF") in event_places(text)
