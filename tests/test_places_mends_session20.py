"""Mends to session 20's places (m7): a capital's dateline gives way to a later town only when the later
sentence tells the same incident again, never to an act told with victims of its own. Sentences written
for these tests (wire copy with a bureau's dateline)."""

from __future__ import annotations

import pytest
from helpers import current_events, near

KABUL = (34.53, 69.17)
GHAZNI = (33.55, 68.42)


def _rows(text):
    return sorted(
        (e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in current_events(text)
    )


@pytest.mark.parametrize(
    "second",
    [
        # the reviewer's probe: an act of its own, told with "also"
        "A roadside bomb also killed three soldiers in Ghazni province, a spokesman said.",
        # no "also", but victims of its own
        "A roadside bomb killed three soldiers in Ghazni province, a spokesman said.",
    ],
)
def test_an_act_of_its_own_after_the_dateline_keeps_the_capital(second):
    text = "KABUL (Reuters) - A suicide bomber killed 10 people at a wedding hall on Monday, officials said. " + second
    events = current_events(text)
    bombing = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert len(bombing) == 1 and bombing[0].fatalities == 10, _rows(text)
    assert near(bombing[0].location, *KABUL, km=10), _rows(text)
    roadside = [e for e in events if e.location is not None and e.location.name == "Ghazni"]
    assert len(roadside) == 1 and roadside[0].fatalities == 3, _rows(text)


def test_another_attack_with_its_own_dead_keeps_the_capital():
    text = (
        "ABUJA (Reuters) - Gunmen killed 12 villagers on Monday, police said. "
        "Another attack killed five farmers in Zamfara state, residents said."
    )
    assert sorted(e.fatalities for e in current_events(text)) == [5, 12], _rows(text)


def test_a_later_definite_noun_after_another_act_is_not_the_first_incident_s_place():
    # "the blast" in the third sentence is the roadside bomb's: the suicide bombing stays at Kabul
    text = (
        "KABUL (Reuters) - A suicide bomber killed 10 people at a wedding hall on Monday, officials said.\n"
        "A roadside bomb also killed three soldiers in Ghazni province. The blast hit an army truck near Ghazni city, a spokesman said."
    )
    bombing = [e for e in current_events(text) if e.sub_event_type == "Suicide bomb"]
    assert len(bombing) == 1 and near(bombing[0].location, *KABUL, km=10), _rows(text)


@pytest.mark.parametrize(
    "second",
    [
        "The attack took place in Ghazni province, a spokesman said.",
        "The bombing happened in Ghazni province, a spokesman said.",
        # the same dead told again are no victims of its own
        "The blast in Ghazni province killed 10 people, a spokesman said.",
    ],
)
def test_the_incident_told_again_still_moves_to_its_province(second):
    text = "KABUL (Reuters) - A suicide bomber killed 10 people at a mosque on Monday, officials said. " + second
    events = current_events(text)
    assert len(events) == 1 and events[0].fatalities == 10, _rows(text)
    assert near(events[0].location, *GHAZNI, km=30), _rows(text)
