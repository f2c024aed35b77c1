"""Geoparsing, session 7: buildings, venues and streets situated by their town; places heading the
names of known newspapers. Sentences are our own."""

from __future__ import annotations

import conflictscope
from conflictscope.geo.gazetteer import default_gazetteer
from conflictscope.geo.resolve import find_places
from conflictscope.knowledge.geo_data import load_facility_words
from conflictscope.nlp.analyze import analyze
from helpers import near, places_by_mention


def test_the_facility_word_table_loads():
    words = load_facility_words()
    assert {"hospital", "stadium", "avenue", "university"} <= words
    assert all(w == w.lower() and " " not in w for w in words)


def test_a_site_named_with_its_town_is_placed_at_the_town():
    read = places_by_mention("The band will play two nights at the Kestrelford Arena in Glasgow, Scotland, next month.")
    assert "Kestrelford Arena" in read and near(read["Kestrelford Arena"], 55.86, -4.25)
    read = places_by_mention("A nurse was treated at the Saint Brennock Hospital, Dublin, after she fell ill.")
    assert "Saint Brennock Hospital" in read and near(read["Saint Brennock Hospital"], 53.35, -6.26)
    read = places_by_mention("Fans queued for hours outside Chicago’s Wexmoor Stadium on Saturday.")
    assert "Wexmoor Stadium" in read and near(read["Wexmoor Stadium"], 41.88, -87.63)
    read = places_by_mention("She teaches history at the University of Westmarch in Toronto.")
    assert "University of Westmarch" in read and near(read["University of Westmarch"], 43.7, -79.4)


def test_a_site_the_text_does_not_situate_stays_out():
    read = places_by_mention("The suspect appeared at the Ashgrove Courthouse on Friday.")
    assert not any("Courthouse" in name for name in read)
    # a site at a country gets no point (a country's point is not where the stadium stands)
    read = places_by_mention("The final will be played at the Qarnelle Stadium in Qatar.")
    assert "Qarnelle Stadium" not in read


def test_the_event_path_takes_no_place_from_a_site():
    text = "Gunmen killed two guards at the Marbeck Hospital in Kano on Sunday."
    parsed = [doc for _, doc in analyze(text)]
    read = {m.text for doc in parsed for m in find_places(doc, default_gazetteer())}
    assert "Marbeck Hospital" not in read and "Kano" in read


def test_a_place_heading_a_known_newspaper_is_read_by_the_geoparser_only():
    text = "The Washington Post reported that the talks had stalled again."
    read = places_by_mention(text)
    assert "Washington" in read and near(read["Washington"], 38.9, -77.04)
    parsed = [doc for _, doc in analyze(text)]
    assert not [m for doc in parsed for m in find_places(doc, default_gazetteer())]
    # a known organisation's name headed by no place stays out whole
    assert not places_by_mention("The Red Cross said it had sent two convoys.")


def test_a_name_read_as_a_place_is_that_place_inside_an_organisations_name():
    text = (
        "Heavy rain flooded several streets in Slidell, Louisiana, on Monday. "
        "The Slidell Garden Society cancelled its spring show because of the water."
    )
    found = [(p.text, p.place) for p in conflictscope.extract_places(text)]
    slidell = [p for name, p in found if name == "Slidell"]
    assert len(slidell) == 2 and all(p.admin1 == "Louisiana" for p in slidell)
    # without the cue ("in Slidell") the name inside the organisation's name is not read
    alone = [p.text for p in conflictscope.extract_places("The Slidell Garden Society cancelled its spring show.")]
    assert "Slidell" not in alone


def test_a_surname_stays_a_person_after_its_namesake_town_is_read():
    text = "The family moved to Jasper, Alabama, in May. Jasper Kowalczyk said the house was too small."
    found = [p.text for p in conflictscope.extract_places(text)]
    assert found.count("Jasper") == 1


def test_a_title_ending_the_previous_sentence_makes_no_person():
    text = "The group had to register with the Ministry of Justice. Moldova has refused it twice."
    assert "Moldova" in [p.text for p in conflictscope.extract_places(text)]
    # a title right before the name still does ("Gen. Washington")
    assert "Washington" not in [p.text for p in conflictscope.extract_places("The letter was signed by Gen. Washington himself.")]


def test_two_places_joined_by_a_hyphen_are_both_read():
    found = {p.text: p.place for p in conflictscope.extract_places("Fares on the Glasgow-Edinburgh line rose again in May.")}
    assert found["Glasgow"].country_code == "GB" and found["Edinburgh"].country_code == "GB"
    found = {p.text: p.place for p in conflictscope.extract_places("The new Amsterdam-London train takes four hours.")}
    assert near(found["London"], 51.5, -0.13) and near(found["Amsterdam"], 52.37, 4.9)


def test_a_county_read_by_its_full_name_is_also_its_short_name():
    text = "Storms cut power to homes in Cuyahoga County on Sunday. The Cuyahoga Gazette counted 40,000 without light."
    found = [(p.text, p.place) for p in conflictscope.extract_places(text)]
    short = [p for name, p in found if name == "Cuyahoga"]
    assert short and short[0].feature == "admin2" and short[0].admin1 == "Ohio"
