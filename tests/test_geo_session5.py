"""Geoparsing, session 5: counties and other second-level divisions, a region's great city, world
cities against small namesakes, places heading a team's or a paper's name, agency short forms of
regions, islands. Sentences are our own."""

from __future__ import annotations

from functools import partial

import conflictscope
from conflictscope.geo.gazetteer import default_gazetteer
from conflictscope.geo.resolve import find_places
from conflictscope.nlp.analyze import analyze
from helpers import place_named, place_rows

# (name as written, country, feature, first-level division) of each place found
places = partial(place_rows, fields=("country_code", "feature", "admin1"))


def test_counties_are_read_by_their_full_name():
    county = place_named("Deputies in Cuyahoga County closed the bridge on Friday.", "Cuyahoga County")
    assert (county.country_code, county.feature, county.admin1) == ("US", "admin2", "Ohio")
    assert abs(county.latitude - 41.45) < 0.5 and abs(county.longitude + 81.65) < 0.5
    # "Jackson" alone stays the towns of that name; "Jackson County" is the county
    assert place_named("She grew up in Jackson, Mississippi.", "Jackson").feature == "city"
    assert place_named("Jackson County, Missouri, opened a new library.", "Jackson County").feature == "admin2"


def test_english_counties_beat_american_towns_of_their_name():
    kent = place_named("Storms flooded farms across Kent and Sussex in southern England.", "Kent")
    assert (kent.country_code, kent.feature) == ("GB", "admin2")
    assert place_named("The race moves to Thruxton, Hampshire, in May.", "Hampshire").country_code == "GB"


def test_events_and_the_event_path_never_take_a_county():
    parsed = [doc for _, doc in analyze("Two men were shot dead in Cuyahoga County on Monday, police said.")]
    assert all(m.place.feature != "admin2" for doc in parsed for m in find_places(doc, default_gazetteer()))
    events = conflictscope.extract("Two men were shot dead in Cuyahoga County on Monday, police said.", published="2024-03-05")
    assert all(e.location is None or e.location.name != "Cuyahoga County" for e in events)


def test_new_york_alone_is_the_city_the_state_when_the_text_says_so():
    assert place_named("She moved to New York after college to work in a bank.", "New York").name == "New York City"
    assert place_named("Snow closed roads across New York state on Sunday.", "New York").feature == "admin1"
    # a town situated by it, and a list of states, make it the state
    assert place_named("The fire started in Buffalo, New York, late on Tuesday.", "New York").feature == "admin1"
    listed = place_named("Cases were found in Ohio, New Jersey, New York and Vermont.", "New York")
    assert listed.feature == "admin1"


def test_a_world_city_beats_a_small_foreign_namesake_unless_its_region_is_named():
    text = "The Texas senator met the pope in Rome before flying back to Dallas."
    assert place_named(text, "Rome").country_code == "IT"
    assert place_named("Police in Rome, Georgia, closed the downtown square.", "Rome").admin1 == "Georgia"


def test_a_city_heading_a_team_or_paper_name_is_read_by_the_geoparser():
    found = places("The Houston Rockets beat the Portland Trail Blazers on Sunday night.")
    assert ("Houston", "US", "city", "Texas") in found
    assert ("Portland", "US", "city", "Oregon") in found


def test_the_head_word_of_an_institution_is_no_region():
    # "Centre" is a region of Burkina Faso; here it is part of a stadium's name
    assert all(p[0] != "Centre" for p in places("Fans filled the Rogers Centre for the opening game."))
    # "St." alone is no town
    assert all(p[0] != "St." for p in places("The suspects were arrested on 14th St. on Thursday."))


def test_agency_short_forms_of_regions():
    assert place_named("Dogs were stolen from a farm near Estey's Bridge, N.B., on Tuesday.", "N.B.").name == "New Brunswick"
    assert place_named("The sheriff of Walker County (Ga.) asked for help.", "Ga.").admin1 == "Georgia"


def test_islands_and_former_provinces():
    java = place_named("An earthquake shook the island of Java on Monday.", "Java")
    assert (java.country_code, java.feature) == ("ID", "region")
    oahu = place_named("Home prices on Oahu rose again last year.", "Oahu")
    assert oahu.country_code == "US" and abs(oahu.latitude - 21.5) < 0.5
    assert place_named("Cholera cases rose in Nyanza province, health officials said.", "Nyanza").country_code == "KE"


def test_a_verb_after_an_opening_quote_is_no_place():
    assert places('"Wash your hands before every meal," the nurse said.') == []


def test_short_forms_of_trinidad_and_british_columbia_but_not_an_era():
    assert place_named("The prime minister said T&T would support the request.", "T&T").country_code == "TT"
    assert place_named("Permits are issued by FrontCounter BC offices across the province.", "BC").name == "British Columbia"
    assert all(p[0] != "BC" for p in places("The temple was built around 500 BC by the first kings."))
    # a country's short form after a number stays the country
    assert ("US", "US", "country", None) in places("Russia will expel 60 US diplomats, Moscow said.")


def test_a_foreign_region_named_only_with_common_words_is_those_words():
    # New Zealand has a region called West Coast; a report on California means the coast
    found = places("The governor of California toured the West Coast after the fires near Sacramento.")
    assert all(p[0] != "West Coast" for p in found)
