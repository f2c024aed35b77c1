"""Session 11: a side named as the owner of a thing forces have (a convoy, a vehicle, a checkpoint)
that a device hit or went off near is acted on, not who struck; where the side itself stood (a police
station, police cars it dragged people into) it still acts. events/roles.py. Fixture sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import pipeline_events

PUBLISHED = date(2015, 6, 10)


@pytest.mark.parametrize(
    "text, target",
    [
        ("On 9 June 2015, a roadside bomb went off near an army convoy in Helmand.", "Military Forces of Afghanistan"),
        ("On 9 June 2015, a roadside bomb hit a police vehicle in Mingora, injuring three policemen.", "Police Forces of Pakistan"),
    ],
)
def test_the_owner_of_a_thing_a_device_hit_is_the_target(text, target):
    found = pipeline_events(text, PUBLISHED)
    assert len(found) == 1
    assert found[0].sub_event_type == "Remote explosive/landmine/IED"
    assert found[0].actor1.name.startswith("Unidentified Armed Group")
    assert found[0].actor2 is not None and found[0].actor2.name == target


def test_forces_that_act_from_their_own_things_still_act():
    found = pipeline_events("On 9 June 2015, an attack by army helicopters killed five militants in Helmand.", PUBLISHED)
    assert found[0].actor1.kind == "state_forces"
    found = pipeline_events("On 9 June 2015, two men were tortured by policemen in a police station in Sangrur, Punjab.", PUBLISHED)
    assert found[0].actor1.kind == "state_forces"


@pytest.mark.parametrize("text", [
    "Pro-government militia burned down thirty houses in a village near Man, Ivory Coast, on 3 June 2015.",
    "Anti-Balaka militia attacked a camp near Bangassou on 3 June 2015.",
])
def test_a_prefixed_word_names_no_people(text):
    # "Pro-" and "Anti-" are prefixes: no "Pro Ethnic Militia", no "Balaka Ethnic Militia"
    found = pipeline_events(text, PUBLISHED)
    assert found
    assert "Ethnic Militia" not in found[0].actor1.name
    assert found[0].actor1.kind == "political_militia"
