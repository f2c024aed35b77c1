"""Merges, session 20: arrests told after an incident with the part the people arrested played in it ("a
suspect in the killing", "men accused of the bombing") belong to that incident, whatever town they were
made in; arrests for something else stay an event of their own. Sentences are our own."""

from __future__ import annotations

import pytest
from helpers import current_events, sub_types


@pytest.mark.parametrize(
    "text, sub_type",
    [
        (
            "A journalist was shot dead in Veracruz on Wednesday. State prosecutors said they had detained a suspect "
            "in the killing on Thursday in Xalapa.",
            "Attack",
        ),
        (
            "PESHAWAR - Militants bombed a bus in Peshawar on Monday, killing six. On Wednesday police in Mardan "
            "arrested two men accused of the bombing.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Gunmen shot dead a trader in Kisumu on Friday. Police in Nakuru on Saturday arrested two brothers "
            "charged with the murder.",
            "Attack",
        ),
    ],
)
def test_arrests_for_the_incident_join_it(text, sub_type):
    assert sub_types(text) == [sub_type]


def test_arrests_for_something_else_stay_apart():
    text = "A trader was killed by gunmen in Kisumu on Friday. Police in Nakuru on Saturday arrested three men accused of theft."
    found = current_events(text)
    assert [e.sub_event_type for e in found] == ["Attack", "Arrests"]
    assert found[1].location.name == "Nakuru"
