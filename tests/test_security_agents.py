"""A state's security and intelligence agents are its forces. Sentences written for these tests."""

from datetime import date

from helpers import first_event


def test_security_agents_are_state_forces():
    event = first_event("Security agents abducted a journalist from his home in Kano on Saturday.", date(2021, 6, 20))
    assert (event.actor1.kind, event.actor1.name) == ("state_forces", "Military Forces of Nigeria")


def test_intelligence_agents_are_state_forces():
    event = first_event("Intelligence agents arrested two activists in Kano on Saturday.", date(2021, 6, 20))
    assert event.actor1.kind == "state_forces"
