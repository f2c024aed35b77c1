"""Actor kinds, session 21: demonyms of several words name their own state ("South African troops" are
South Africa's, abroad external forces). Fixture sentences are our own."""

from __future__ import annotations

from helpers import first_event


# ---- demonyms of several words


def test_a_two_word_demonym_names_its_state_abroad():
    event = first_event("South African soldiers exchanged fire with mutineers at a barracks in Maseru on Saturday.")
    assert event.location is not None and event.location.country_code == "LS"
    assert event.actor1.kind == "external_forces"
    assert event.actor1.name.startswith("Military Forces of South Africa")


def test_a_two_word_demonym_is_not_its_last_word_s_state():
    event = first_event("South Sudanese troops clashed with rebels near Kadugli on Saturday.")
    assert event.location is not None and event.location.country_code == "SD"
    assert event.actor1.kind == "external_forces"
    assert "South Sudan" in event.actor1.name


def test_the_last_word_alone_stays_its_own_state():
    event = first_event("Sudanese troops clashed with rebels near Kadugli on Saturday.")
    assert event.actor1.kind == "state_forces"
    assert event.actor1.name.startswith("Military Forces of Sudan")


def test_a_two_word_demonym_joined_to_a_participle_names_no_owner():
    event = first_event("Soldiers of the North Korean-trained Fifth Brigade shot dead twelve villagers near Lupane on Saturday.")
    assert event.actor1.kind == "state_forces"
    assert "Zimbabwe" in event.actor1.name
