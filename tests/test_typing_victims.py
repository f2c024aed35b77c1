"""Event typing: who the victims are decides Attack against Armed clash. Fixture sentences are our own."""

from __future__ import annotations

from datetime import date

import conflictscope

PUBLISHED = date(2021, 3, 15)


def only(text: str):
    events = [e for e in conflictscope.extract(text, published=PUBLISHED) if not e.historical]
    assert len(events) == 1, [(e.sub_event_type, e.location and e.location.name) for e in events]
    return events[0]


def test_in_front_of_a_house_is_no_front_line():
    assert only("On 4 March 2021, unknown gunmen opened fire on a civilian in front of his house in Daraa.").sub_event_type == "Attack"


def test_a_guard_said_to_be_civilian_is_a_civilian():
    event = only("On 4 March 2021, militants shot dead a civilian school guard in Maiduguri.")
    assert event.sub_event_type == "Attack"
    assert event.actor2.kind == "civilians"


def test_an_armed_group_attacking_a_village_attacks_its_people():
    assert only("On 4 March 2021, suspected militants attacked Bama village and burned several huts.").sub_event_type == "Attack"
    assert only("On 4 March 2021, unidentified gunmen attacked Kagara and killed 2 people.").sub_event_type == "Attack"


def test_a_village_defended_by_armed_men_is_a_clash():
    event = only(
        "On 4 March 2021, unidentified gunmen attacked Kagara and clashed with a local vigilante group that tried to repel them."
    )
    assert event.sub_event_type == "Armed clash"


def test_an_armed_group_attacking_forces_is_a_clash():
    assert only("On 4 March 2021, militants attacked an army base in Bama.").sub_event_type == "Armed clash"


# ---- crowds in a clash


def test_a_clash_between_people_named_by_nationality_and_forces_is_mob_violence():
    event = only("On 4 March 2021, clashes erupted between Palestinians and Israeli forces at a checkpoint in Hebron.")
    assert event.sub_event_type == "Mob violence"
    assert event.actor1.kind == "rioters"


def test_a_clash_between_vendors_and_police_is_mob_violence():
    assert only("On 4 March 2021, clashes broke out in Hebron between street vendors and police officers.").sub_event_type == "Mob violence"


def test_two_groups_clashing_are_a_mob():
    assert only("On 4 March 2021, two groups clashed over a land dispute in Samastipur.").sub_event_type == "Mob violence"


def test_a_clash_between_armed_groups_stays_a_clash():
    event = only("On 4 March 2021, clashes erupted between Taliban militants and Afghan forces in Kunduz.")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.kind == "rebel_group"
