"""Places named inside organisations' names ("the Toronto Police", "the Pakistan Army"): the geoparser
reports well-known ones, events never take their place from them. Sentences are our own."""

from __future__ import annotations

import conflictscope
from helpers import place_rows


def test_a_known_place_inside_an_organisation_name_is_reported():
    assert ("Toronto", "CA", "city") in place_rows("Officers of the Toronto Police Service arrested two men.")
    assert ("Pakistan", "PK", "country") in place_rows("A spokesman for the Pakistan Army declined to comment.")
    assert ("Oregon", "US", "admin1") in place_rows("She studies soil at Oregon State University.")
    # a long organisation's name around the town does not make it part of a longer place name
    assert ("Lagos", "NG", "city") in place_rows("The Lagos Chamber of Commerce and Industry signed the deal.")
    # a country's short form is not the pronoun "us"
    assert ("US", "US", "country") in place_rows("According to the US Census Bureau, rents rose.")


def test_organisation_words_and_small_towns_inside_names_are_not():
    # "Commerce" is a town somewhere; inside a name it is a word of the name
    assert place_rows("The Commerce Department published the figures.") == []
    # a village's name inside a company's name is not read
    assert place_rows("Shares of Allendale Mutual Insurance fell.") == []


def test_events_do_not_take_a_place_from_an_organisation_name():
    events = conflictscope.extract(
        "Gunmen shot dead two guards of the Kabul Bank branch in Jalalabad on Monday, police said.", published="2024-03-05"
    )
    assert events and all(e.location is None or e.location.name != "Kabul" for e in events)
