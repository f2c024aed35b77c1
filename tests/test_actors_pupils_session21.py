"""Session 21 (h55): children named by their school ("pupils", "schoolchildren", "schoolgirls") are civilians:
forces firing on them attack civilians (no battle with an unnamed side), while pupils who march are still
protesters. Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import conflictscope

PUBLISHED = date(2024, 10, 3)


def _events(text: str):
    return conflictscope.extract(text, published=PUBLISHED)


def test_soldiers_firing_on_pupils_attack_civilians():
    (event,) = _events("On 2 October 2024, soldiers fired on pupils outside a primary school in Maiduguri, wounding three.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_gunmen_shooting_at_schoolchildren_attack_civilians():
    (event,) = _events("On 2 October 2024, gunmen shot at schoolchildren waiting for a bus in Maiduguri.")
    assert event.event_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_pupils_marching_are_protesters():
    (event,) = _events("On 2 October 2024, hundreds of pupils marched through Maiduguri to demand that their school reopen.")
    assert event.event_type == "Protests"
    assert event.actor1 is not None and event.actor1.kind == "protesters"
