"""Actor kinds, session 11: people told as undergoing what a named agent did ("wounded by a roadside
bomb") are not its authors even when nobody else is named; the side on patrol when others started
shooting was shot at, it did not shoot first. Fixture sentences are our own."""

from __future__ import annotations

from datetime import date

import conflictscope

PUBLISHED = date(2021, 6, 20)


def events(text: str):
    return [e for e in conflictscope.extract(text, published=PUBLISHED) if not e.historical]


def first(text: str):
    found = events(text)
    assert found, text
    return found[0]


# ---- "killed by X": the hurt did not act


def test_officers_wounded_by_a_roadside_bomb_did_not_plant_it():
    event = first(
        "On 18 June 2021, two policemen were killed and 5 including a district police commander were wounded "
        "by a roadside bomb in the Qarabagh district of Ghazni."
    )
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1.kind == "political_militia"
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_a_group_commander_killed_by_a_landmine_did_not_lay_it():
    event = first("On 18 June 2021, a Taliban commander and his driver were killed by a landmine in the Khogyani district of Nangarhar.")
    assert event.actor1.kind == "political_militia"
    assert event.actor2 is not None and event.actor2.kind == "rebel_group"


def test_militants_killed_by_their_own_mine_still_act():
    # no agent: the men who were planting the mine are its authors
    event = first("On 18 June 2021, 2 Taliban militants were killed when the mine they were planting went off in Andar district, Ghazni.")
    assert event.actor1.kind == "rebel_group"


# ---- the side on patrol was shot at


def test_gang_that_started_shooting_at_a_patrol_is_actor1():
    event = first(
        "On 18 June 2021, in San Miguel, police officers were patrolling a neighborhood when suspected gang members "
        "approached and started shooting. The police shot back."
    )
    assert event.event_type == "Battles"
    assert event.actor1.kind == "political_militia"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_patrol_that_opened_fire_is_actor1():
    event = first("On 18 June 2021, soldiers on patrol opened fire on armed men near Tamale, killing one of them.")
    assert event.actor1.kind == "state_forces"
