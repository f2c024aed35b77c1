"""Geoparsing, session 8: sites and roads placed at the town the report is about, names the gazetteer
lacks that the text marks as places. Sentences are our own."""

from __future__ import annotations

import conflictscope
from conflictscope.geo.gazetteer import default_gazetteer
from conflictscope.geo.resolve import find_places
from conflictscope.knowledge.geo_data import load_road_numbers, load_site_rank_words
from conflictscope.nlp.analyze import analyze
from helpers import near, places_by_mention


def event_places(text):
    return {m.text for _, doc in analyze(text) for m in find_places(doc, default_gazetteer())}


def test_the_road_number_and_rank_tables_load():
    prefixes, context = load_road_numbers()
    assert "A" in prefixes and "I-" in prefixes and "carriageway" in context
    assert {"supreme", "catholic"} <= load_site_rank_words()


def test_a_street_or_site_the_text_does_not_situate_is_at_the_reports_town():
    text = (
        "Firefighters in Winnipeg were called to a house fire late on Friday. "
        "Crews found smoke pouring from a home in the 300 block of Larchmere Avenue. "
        "Two residents were taken to Saint Orrin General Hospital with minor injuries."
    )
    read = places_by_mention(text)
    assert "Larchmere Avenue" in read and near(read["Larchmere Avenue"], 49.9, -97.14)
    assert "Saint Orrin General Hospital" in read and near(read["Saint Orrin General Hospital"], 49.9, -97.14)
    # the event path still takes no place from a site or a street
    assert not {"Larchmere Avenue", "Saint Orrin General Hospital"} & event_places(text)


def test_a_possessive_inside_a_sites_name_is_part_of_it():
    read = places_by_mention("Police in Cork said the stolen horses were found at Keane's Farm on Sunday.")
    assert "Keane's Farm" in read and near(read["Keane's Farm"], 51.9, -8.47)


def test_without_a_town_of_the_reports_country_a_site_stays_out():
    read = places_by_mention("The suspect appeared at the Ashgrove Courthouse on Friday.")
    assert not any("Courthouse" in name for name in read)


def test_an_institution_named_by_its_rank_is_no_site_of_the_town():
    read = places_by_mention("Lawyers in Nairobi said the Supreme Court would rule on the petition next week.")
    assert "Nairobi" in read
    assert not any("Court" in name for name in read)


def test_roads_named_by_their_number_are_at_the_reports_town():
    text = (
        "The A350 southbound carriageway near Chippenham will close from 8pm tonight. "
        "A diversion will be in place via the A4, A342 and A3102 while the work goes on."
    )
    read = places_by_mention(text)
    for road in ("A350", "A4", "A342", "A3102"):
        assert road in read and near(read[road], 51.46, -2.12), road
    assert not {"A350", "A4"} & event_places(text)


def test_a_number_in_a_text_that_speaks_of_no_roads_is_no_road():
    read = places_by_mention("Students in Leeds must reach the B2 level before they start the course.")
    assert "B2" not in read


def test_a_road_number_is_no_part_of_the_towns_name_after_it():
    read = places_by_mention("Police in Gloucester closed the A417 Cirencester junction after the crash.")
    assert "Cirencester" in read and near(read["Cirencester"], 51.72, -1.97)


def test_a_village_the_gazetteer_lacks_is_at_the_reports_town():
    text = "Council officials in Nenagh said the village of Drumcarrig would get twelve new houses this year."
    read = places_by_mention(text)
    assert "Drumcarrig" in read and near(read["Drumcarrig"], 52.86, -8.2)
    assert "Drumcarrig" not in event_places(text)


def test_a_name_situated_by_a_county_is_placed_at_the_county():
    read = places_by_mention("The championship moves to Glenvarra, Fife, on 25 August and ends at Rockingham, Northamptonshire.")
    assert "Glenvarra" in read and read["Glenvarra"].feature == "admin2" and near(read["Glenvarra"], 56.2, -3.1, km=80)
    # the gazetteer knows a Rockingham only abroad: the county the text names is where it is
    assert "Rockingham" in read and near(read["Rockingham"], 52.3, -0.9, km=80)


def test_a_name_before_a_word_for_a_part_of_a_town_is_a_place_there():
    read = places_by_mention("Police in Cheltenham said the Crowfield roundabout will close tonight for repairs.")
    assert "Crowfield" in read and near(read["Crowfield"], 51.9, -2.08)


def test_a_region_we_lack_is_not_placed_at_a_town_nor_an_owner_at_all():
    read = places_by_mention("Fighting spread to Kavunda province last week, officials in Kinshasa said.")
    assert "Kinshasa" in read and "Kavunda" not in read
    read = places_by_mention("She played in Tchaikovsky's first concerto in Dublin last night.")
    assert "Tchaikovsky" not in read and "Dublin" in read


def test_a_name_with_a_possessive_inside_is_read_whole():
    read = places_by_mention("Envoys of the Democratic People's Republic of Korea met officials in Moscow on Monday.")
    name = "Democratic People's Republic of Korea"
    assert name in read and read[name].country_code == "KP"
    read = places_by_mention("Flooding closed several roads around King's Lynn on Tuesday.")
    assert "King's Lynn" in read and read["King's Lynn"].country_code == "GB"
    # a possessive between two places keeps them apart
    read = places_by_mention("Drones struck Russia's Kursk region overnight.")
    assert "Russia" in read and "Kursk" in read


def test_a_territory_of_the_reports_country_is_the_reports_own():
    text = (
        "The team flew from Honolulu to Denver and Chicago this spring. "
        "Its schedule has a return trip to Saipan before the end of the year."
    )
    read = places_by_mention(text)
    assert "Saipan" in read and read["Saipan"].country_code == "MP"


def test_a_short_form_of_initials_is_the_place_named_in_full():
    read = places_by_mention("Members of the New Jersey chapter met in Trenton; the NJ State Federation of Clubs paid for the hall.")
    assert "NJ" in read and read["NJ"].name == "New Jersey"
    # no full name, no short form
    read = places_by_mention("Members met in Trenton; the NJ State Federation of Clubs paid for the hall.")
    assert "NJ" not in read


def test_a_place_read_once_stays_a_place_where_ner_calls_the_longer_name_a_person():
    text = "Crews in Seattle worked with Seattle Fire and Police at every Seattle Seahawks home game last season."
    found = [p for p in conflictscope.extract_places(text) if p.text == "Seattle"]
    assert len(found) == 3 and all(p.place.country_code == "US" for p in found)
    found = [p for p in conflictscope.extract_places(
        "Traders in Abuja said a memorandum would be signed between Abuja Chamber of Commerce and its Kenyan peer."
    ) if p.text == "Abuja"]
    assert len(found) == 2


def test_a_venue_named_at_and_placed_in_a_town_is_at_the_town():
    read = places_by_mention("The actress spoke about her films at Orunmila Kulture in Lagos on Friday evening.")
    assert "Orunmila Kulture" in read and near(read["Orunmila Kulture"], 6.45, 3.39)
    # a person met in a town is no venue
    read = places_by_mention("The actress met Tunde Bakare in Lagos on Friday evening.")
    assert "Tunde Bakare" not in read


def test_a_street_word_written_small_ends_the_streets_name():
    read = places_by_mention("Councillors in Harare voted to rename Fourth street after the late leader. This avenue was once a market.")
    assert "Fourth street" in read and near(read["Fourth street"], -17.83, 31.05)
    assert not any(name.startswith("This") for name in read)
