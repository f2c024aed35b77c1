"""A state's forces that claim an attack are coded under ACLED's name for them, external when the event
is in another country. Sentences written for these tests."""

from datetime import date

from helpers import first_event

FILED = date(2019, 3, 5)


def test_a_foreign_military_claiming_a_strike_is_external_forces():
    event = first_event("A drone strike killed four al-Shabaab fighters near Jilib on Monday. The U.S. military claimed responsibility for the strike.", FILED)
    assert (event.actor1.name, event.actor1.kind) == ("Military Forces of United States", "external_forces")


def test_a_state_claiming_a_strike_at_home_is_its_forces():
    event = first_event("An air strike killed four militants near Jilib on Monday. The Somali army claimed responsibility.", FILED)
    assert (event.actor1.name, event.actor1.kind) == ("Military Forces of Somalia", "state_forces")


def test_a_group_claiming_an_attack_keeps_its_name():
    event = first_event("A bomb killed four soldiers near Jilib on Monday. Al-Shabaab claimed responsibility.", FILED)
    assert event.actor1.name.replace("-", " ") == "Al Shabaab"  # the claimant as the text names it
    assert event.actor1.kind not in ("state_forces", "external_forces")
