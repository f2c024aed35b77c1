"""Which entry a name gets: continents, seas and regions across borders; countries and the regions that
share their names; lists of regions; neighbourhoods, peoples and allegiances that are not places; the
point a region is placed at. Sentences are our own."""

from __future__ import annotations

from functools import partial

import conflictscope
from conflictscope.geo.gazetteer import default_gazetteer, distance_km
from conflictscope.types import Place
from helpers import place_row, place_rows

# (name as written, GeoNames name, country, feature) of each place found
ROW = ("name", "country_code", "feature")
places = partial(place_rows, fields=ROW)
found = partial(place_row, fields=ROW)


def test_continents_are_geonames_continents_not_towns():
    assert found("Growth in Africa slowed last year, the bank said.", "Africa")[3] == "continent"
    assert found("Exports to Europe fell by a fifth.", "Europe")[1:] == ("Europe", None, "continent")
    # the European Union named as a place sits at Europe's point
    assert found("Steel shipped to the EU will face new duties.", "EU")[1] == "Europe"


def test_seas_and_regions_across_borders_are_areas():
    assert found("Tensions in the Middle East rose again.", "Middle East")[3] == "area"
    assert found("The ship sank in the Atlantic after a storm.", "Atlantic")[1:] == ("Atlantic Ocean", None, "area")
    # the town of that name is still meant when the text says it is a town
    assert found("The town of Atlantic held its annual fair.", "Atlantic")[3] == "city"


def test_world_areas_give_no_country_and_make_no_event():
    events = conflictscope.extract("Gunmen killed three people in the Middle East on Monday, officials said.", published="2024-03-05")
    assert events and all(e.location is None for e in events)


def test_a_country_name_is_the_country_not_its_homonym_region():
    # Mexico is a country and one of its states
    assert found("Migrants crossed into Mexico on Tuesday.", "Mexico")[3] == "country"


def test_england_and_scotland_are_regions_of_the_united_kingdom():
    assert found("The outbreak reached England in March.", "England")[1:] == ("England", "GB", "admin1")
    both = places("Police numbers in England and Wales have fallen.")
    assert [(p[0], p[3]) for p in both] == [("England", "admin1"), ("Wales", "admin1")]


def test_a_region_after_a_town_is_the_towns_region():
    # Georgia is a country, and a US state where Atlanta is
    assert found("The samples were sent to a laboratory in Atlanta, Georgia.", "Georgia")[2:] == ("US", "admin1")


def test_names_in_a_list_of_regions_are_regions_of_that_country():
    # New Brunswick is also a town in New Jersey; Delaware a town in Ohio
    listed = places("Cases were confirmed in Alberta, Manitoba, Ontario and New Brunswick.")
    assert ("New Brunswick", "CA", "admin1") in [(p[0], p[2], p[3]) for p in listed]
    states = places("Flu was reported in Colorado, Delaware, Idaho and Maine.")
    assert ("Delaware", "US", "admin1") in [(p[0], p[2], p[3]) for p in states]


def test_a_state_is_not_its_namesake_town_in_another_state():
    # Tocantins is a Brazilian state and a small town in Minas Gerais
    assert found("Two cases were found in Tocantins.", "Tocantins")[3] == "admin1"


def test_short_forms_of_regions_from_our_tables():
    assert found("Floods closed roads across NSW on Sunday.", "NSW")[1] == "New South Wales"
    assert found("The fire started near Fresno, Calif., on Monday.", "Calif.")[1] == "California"
    assert found("Talks with the DPRK stalled.", "DPRK")[2] == "KP"


def test_an_alternate_name_does_not_take_a_bonus_from_its_region():
    # "Washington" is also an alternate name of a town in New York: naming New York elsewhere does
    # not move Washington there
    text = "The prince visited Washington, New York and Boston. In Washington he met the president."
    assert all(p[2] == "US" and p[1] == "Washington" for p in places(text) if p[0] == "Washington")


def test_peoples_and_allegiances_are_not_places():
    names = [p[0] for p in places("Beni Amir and Nuba groups clashed in Kassala state.")]
    assert "Nuba" not in names and "Kassala" in names
    names = [p[0] for p in places("Joint pro-Hadi forces shelled positions near Marib.")]
    assert "Hadi" not in names and "Marib" in names


def test_a_neighbourhood_is_in_the_reports_country_under_its_own_name():
    text = "In Niteroi, Rio de Janeiro, a shoot-out took place in Morro do Cavalao neighborhood."
    assert all(p[2] == "BR" for p in places(text))


def test_a_region_is_placed_at_the_centre_of_its_area():
    gaz = default_gazetteer()
    california = next(p for p in gaz.candidates("California") if p.feature == "admin1")
    los_angeles = next(p for p in gaz.candidates("Los Angeles") if p.country_code == "US")
    centre = Place("centre", "US", 37.0, -119.5)
    # the middle of the state, not pulled south towards its largest city
    assert distance_km(california, centre) < 120
    assert distance_km(california, los_angeles) > 250


def test_an_event_known_only_to_its_region_is_placed_where_its_people_live():
    gaz = default_gazetteer()
    california = next(p for p in gaz.candidates("California") if p.feature == "admin1")
    settled = gaz.settled_centre(california)
    los_angeles = next(p for p in gaz.candidates("Los Angeles") if p.country_code == "US")
    # the population-weighted centre of its towns lies towards its big cities
    assert distance_km(settled, los_angeles) < distance_km(california, los_angeles)
    events = conflictscope.extract("Gunmen opened fire on a police patrol in California on Monday, killing two officers.", published="2024-03-05")
    (event,) = events
    assert (event.location.latitude, event.location.longitude) == (settled.latitude, settled.longitude)
    assert event.location.geo_precision == 3
    # a town is its own point
    town = next(p for p in gaz.candidates("Fresno") if p.country_code == "US")
    assert gaz.settled_centre(town) is town


def test_country_names_that_look_like_demonym_plurals_are_countries():
    # "Philippines" and "Laos" are also the regular plurals of the demonyms "Philippine" and "Lao"
    assert found("Around a hundred cases have been reported in the Philippines.", "Philippines")[2:] == ("PH", "country")
    listed = places("Ministers of Cambodia, Laos and Thailand met on Friday.")
    assert ("Laos", "LA") in [(p[0], p[2]) for p in listed]


def test_a_name_with_an_elided_article_is_one_name():
    listed = places("Cases were reported in Ghana, Côte d'Ivoire and Togo.")
    assert ("Côte d'Ivoire", "CI", "country") in [(p[0], p[2], p[3]) for p in listed]
