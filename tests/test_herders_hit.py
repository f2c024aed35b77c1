"""Herders only hit are people like any others: killing them is an attack on civilians, not a fight;
herders told armed, or fighting, are an armed side. Sentences written for these tests."""

from datetime import date

import pytest

from helpers import first_event

FILED = date(2021, 6, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two herdsmen near Kajuru on Saturday.",
        "Bandits shot dead four herders and rustled their cattle near Kajuru on Saturday.",
    ],
)
def test_herders_killed_are_civilians_attacked(text):
    event = first_event(text, FILED)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2.kind == "civilians"


def test_armed_herders_attacking_are_their_militia():
    event = first_event("Armed herdsmen killed two farmers near Kajuru on Saturday.", FILED)
    assert event.actor1.kind == "identity_militia"
    assert event.sub_event_type == "Attack"
