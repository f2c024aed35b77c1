"""Where an event happened (session 21, h56): a town whose name ends in a saint's possessive keeps
the "'s" when the gazetteer names a town of some size with it. Texts written for these tests."""

from __future__ import annotations

import pytest
from helpers import current_events

from conflictscope import extract_places


def _names(text):
    return [(p.text, p.place.country_code) for p in extract_places(text)]


def _where(text, published="2021-06-20"):
    return [e.location and (e.location.name, e.location.country_code) for e in current_events(text, published)]


# ---- a town named with a saint's possessive


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Newfoundland's capital, not Saint John, Indiana
        ("Riot police used pepper spray on fishermen blockading the harbour in St. John's on Wednesday.", "CA"),
        # Grenada's capital, not Saint George, Utah
        ("Striking dockers threw stones at the police in St. George's after the government closed the island's main port.", "GD"),
        # written with a curly apostrophe: the larger town so named
        ("Several hundred teachers marched through St John’s to the provincial legislature demanding back pay.", "CA"),
    ],
)
def test_a_town_named_with_the_possessive(text, country):
    where = _where(text)
    assert where and all(w is not None and w[1] == country for w in where), where


def test_a_saint_s_church_is_still_a_building():
    # the saint's possessive before a building word stays the church, in the town named after it
    where = _where("Gunmen attacked worshippers leaving St John's Church in Kaduna on Sunday morning.", "2022-06-08")
    assert where and all(w is not None and w[0] == "Kaduna" for w in where), where


def test_a_person_s_possessive_is_no_town():
    # a man's name in the possessive stays his, whatever town abroad bears it
    names = _names("Police raided John's shop in Nairobi and arrested two men for selling stolen guns.")
    assert ("Nairobi", "KE") in names and all(n[0] != "John's" for n in names), names
