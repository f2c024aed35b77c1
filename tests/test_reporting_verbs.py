"""Accusing verbs that accuse only in one construction: "held X responsible", "charged that"."""

from __future__ import annotations

from conflictscope import extract


def claims(text: str) -> list[tuple[str, str]]:
    return [(c.speaker.name, c.stance) for e in extract(text, published="2020-05-09") for c in e.claims]


def test_holding_a_protest_is_no_accusation_and_the_protest_keeps_its_town():
    (event,) = extract("On 3 May 2020, bus drivers in Tabriz held a protest over fuel prices.", published="2020-05-09")
    assert event.sub_event_type == "Peaceful protest"
    assert event.location.name == "Tabriz"
    assert event.claims == []


def test_holding_someone_responsible_is_an_accusation():
    assert ("government", "accuses") in claims("The government held Hamas responsible for the rocket attack on Sderot on Sunday.")


def test_a_police_charge_is_no_accusation_but_charging_that_is():
    assert claims("Police charged the crowd in Lagos on Monday, injuring five protesters.") == []
    assert ("opposition", "accuses") in claims("The opposition charged that police had shot two protesters in Lagos on Monday.")
