"""Places named inside organisations' names ("the Toronto Police", "the Pakistan Army"): the geoparser
reports well-known ones, events never take their place from them. Sentences are our own."""

from __future__ import annotations

import conflictscope


def places(text):
    return [(p.text, p.place.country_code, p.place.feature) for p in conflictscope.extract_places(text)]


def test_a_known_place_inside_an_organisation_name_is_reported():
    assert ("Toronto", "CA", "city") in places("Officers of the Toronto Police Service arrested two men.")
    assert ("Pakistan", "PK", "country") in places("A spokesman for the Pakistan Army declined to comment.")
    assert ("Oregon", "US", "admin1") in places("She studies soil at Oregon State University.")
    # a long organisation's name around the town does not make it part of a longer place name
    assert ("Lagos", "NG", "city") in places("The Lagos Chamber of Commerce and Industry signed the deal.")
    # a country's short form is not the pronoun "us"
    assert ("US", "US", "country") in places("According to the US Census Bureau, rents rose.")


def test_organisation_words_and_small_towns_inside_names_are_not():
    # "Commerce" is a town somewhere; inside a name it is a word of the name
    assert places("The Commerce Department published the figures.") == []
    # a village's name inside a company's name is not read
    assert places("Shares of Allendale Mutual Insurance fell.") == []


def test_events_do_not_take_a_place_from_an_organisation_name():
    events = conflictscope.extract(
        "Gunmen shot dead two guards of the Kabul Bank branch in Jalalabad on Monday, police said.", published="2024-03-05"
    )
    assert events and all(e.location is None or e.location.name != "Kabul" for e in events)
