"""Which of several towns of one name is meant. Sentences are our own."""

from __future__ import annotations

from helpers import place_named


def test_a_region_named_elsewhere_does_not_make_a_small_namesake_beat_a_large_town():
    # New York state has a small Boston; Kentucky a small London
    assert place_named("After talks in New York and Boston, the minister flew home.", "Boston").admin1 == "Massachusetts"
    assert place_named("The singer, who lives in London, toured Kentucky last year.", "London").country_code == "GB"


def test_a_region_named_beside_the_town_still_decides():
    assert place_named("The family moved to Boston, New York, a small town near Buffalo.", "Boston").admin1 == "New York"


def test_a_large_town_named_with_common_words_and_hyphens():
    # "Port" and "Prince" are common words; "au" links them between hyphens
    assert place_named("Cholera reached the capital, Port-au-Prince, last week.", "Port-au-Prince").country_code == "HT"
