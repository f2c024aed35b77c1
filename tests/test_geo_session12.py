"""Session 12: place readings for villages the gazetteer lacks. The district opening a bracket after
an unknown village is where the event is coded, near a town (precision 2), while after a village we
place it only situates it; a district written with the Arabic article glued to it ("Aljfara") is read
against the first-level regions; a name after a verb that takes places ("shelled X") is marked as a
place; a village situated only by its country gives the event the country (precision 3).
geo/situate.py, geo/gazetteer.py, events/event_places.py, events/locate.py. Fixture sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from conflictscope.geo.situate import joined_article_spellings
from helpers import current_pipeline_events, matched_places, near, only_pipeline_event

PUBLISHED = date(2021, 6, 20)


def only(text: str):
    return only_pipeline_event(text, PUBLISHED)


# 1. "village (district, region)"


def test_the_district_after_an_unknown_village_is_where_the_event_is_coded_near_a_town():
    event = only("On 12 June 2021, artillery shells landed on farms in Wadi Sharees (Qaatabah, Ad Dali), injuring two farmers.")
    assert event.location.country_code == "YE"
    assert near(event.location, 13.86, 44.71, 10)  # Qa'tabah
    assert event.location.geo_precision == 2  # near a town, coded to it


def test_the_district_after_a_known_village_only_situates_it():
    found = current_pipeline_events("On 12 June 2021, a drone struck a truck in Sirwah (Medghal, Marib), killing its driver.", PUBLISHED)
    assert len(found) == 1
    assert found[0].location.geo_precision == 1
    assert "irw" in found[0].location.name


def test_the_district_after_a_known_village_is_not_looked_up_by_its_spelling():
    read = matched_places("Mortar rounds hit a school near Sirwah (Medghal, Marib) overnight.", focus=["YE"])
    assert "Medghal" not in read
    read = matched_places("Mortar rounds hit a school near Wadi Sharees (Qaatabah, Ad Dali) overnight.", focus=["YE"])
    assert read["Qaatabah"].country_code == "YE" and read["Qaatabah"].feature == "city"


# 2. the Arabic article glued to a region's name


def test_spellings_of_a_joined_article():
    assert joined_article_spellings("Aljfara") == ["Al jfara", "Al jafara"]
    assert "Al marqeb" in joined_article_spellings("Almargeb")
    assert joined_article_spellings("Alabama") == []  # a vowel after "Al": no article glued
    assert joined_article_spellings("Tripoli") == []


def test_a_region_written_with_its_article_joined_is_read():
    event = only("On 12 June 2021, rockets fell on farmland in Bir Ghanam (Aljfara). No casualties were reported.")
    assert event.location.country_code == "LY"
    assert event.location.geo_precision == 3
    event = only("On 12 June 2021, two militias exchanged fire near Suq Khamis (Almargeb), killing a fighter.")
    assert event.location.country_code == "LY"


def test_a_joined_article_does_not_make_a_name_in_brackets_a_region_elsewhere():
    read = matched_places("Albert (Elton) said the shop in Aldridge had closed.")
    assert all(p.country_code != "LY" for p in read.values())


# 3. a name after a verb that takes places; a village situated by its country


def test_a_name_shelled_is_a_place():
    event = only("On 12 June 2021, the army shelled Hodeidah, Yemen, killing three civilians.")
    assert event.location.country_code == "YE" and event.location.geo_precision == 1
    assert near(event.location, 14.8, 42.95, 10)  # Al Hudaydah


def test_a_name_owning_what_was_raided_is_no_place():
    read = matched_places("Police raided Hodeidah's shop, Yemen officials said.", focus=["YE"])
    assert "Hodeidah" not in read


def test_an_unknown_village_situated_by_its_country_gives_the_country():
    event = only("On 12 June 2021, gunmen attacked the village of Kpatawe, Ivory Coast, killing two people.")
    assert event.location.country_code == "CI"
    assert event.location.geo_precision == 3


def test_a_country_naming_a_person_or_a_title_places_nothing():
    assert only("On 12 June 2021, Mary Johnson, Kenya, was shot dead by unknown gunmen.").location is None
    assert only("On 12 June 2021, Ahmed, Nigeria captain, was shot dead.").location is None


# 4. a bracket's comma makes no list; "the Metro" is no town


def test_a_bracket_before_and_still_situates_the_name():
    # "(district, region) and ...": the comma inside the bracket does not make "A, B and C" a list
    read = matched_places("Jets bombed camps in Dumba (Mobbar LGA, Borno) and near Lake Chad.", focus=["NG"])
    assert read["Dumba"].country_code == "NG" and read["Dumba"].admin1 == "Borno"


def test_the_metro_is_no_town():
    event = only("On 12 June 2021, in Ciudad de Mexico, drivers of the Metro protested over unpaid wages.")
    assert event.location.country_code == "MX"
    assert near(event.location, 19.43, -99.13, 10)


# 5. a town given as a bearing


def test_a_town_given_as_a_bearing_with_no_town_before_it_is_near_the_event():
    event = only("On 12 June 2021, artillery hit a farm three kilometres east of Ash Shaykh Zuwayd (Rafah, North Sinai).")
    assert event.location.country_code == "EG"
    assert near(event.location, 31.22, 34.11, 10)  # the town, not the district nor the province
    assert event.location.geo_precision == 2


def test_a_bearing_after_a_town_only_says_where_that_town_is():
    event = only("On 12 June 2021, soldiers clashed with gunmen in Habla, south of Qalqilya. One gunman was killed.")
    assert near(event.location, 32.16, 34.98, 5)  # Habla
    assert event.location.geo_precision == 1
    # before the town it situates, too: one event, at that town
    event = only("On 12 June 2021, soldiers fought militants 20 km east of Gao, in Ansongo, killing three.")
    assert near(event.location, 15.66, 0.50, 10)  # Ansongo


def test_labour_day_is_no_town():
    # "La Labor" is a village of Honduras and of Mexico; "Labor day" is a holiday, "Labour" a party
    event = only("On 1 June 2021, a few activists staged one-person pickets in Moscow marking Labor day.")
    assert event.location.country_code == "RU"
    assert "Labour" not in matched_places("Labour won the seat in Leeds.")


def test_an_unknown_village_situated_by_its_province_gives_the_province():
    event = only("On 12 June 2021, gunmen attacked the village of Kpatawe, Borno, killing two people.")
    assert event.location.country_code == "NG" and event.location.geo_precision == 3
    assert "Borno" in (event.location.admin1 or event.location.name)
