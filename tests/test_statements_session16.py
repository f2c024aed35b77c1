"""What someone condemns, when the words tell it in full (session 16): a mission's or a ministry's
statement condemning "the attack by X on its base in Y on Monday, in which one peacekeeper was killed"
reports that attack; "any attack on aid workers" is none. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import current_events


def test_a_condemned_attack_told_in_full_is_an_event():
    text = (
        "The UN mission strongly condemns the attack by armed elements on its base in Bangassou on "
        "Monday, in which one peacekeeper was killed and two were injured."
    )
    events = current_events(text, date(2018, 2, 14))
    assert events, "the statement reports the attack"
    assert events[0].fatalities == 1
    assert events[0].date == date(2018, 2, 12)


def test_a_condemned_killing_with_its_victims_is_an_event():
    text = "The Secretary-General condemned the killing of 14 villagers near Beni on Saturday by suspected ADF rebels."
    events = current_events(text, date(2020, 5, 4))
    assert events and events[0].fatalities == 14
    assert events[0].actor1 is not None and "ADF" in events[0].actor1.name


def test_condemning_attacks_in_general_is_no_event():
    assert current_events("The minister condemned any attack on aid workers and called for calm in Beni.", date(2020, 5, 4)) == []
    assert current_events("The council condemned such attacks on schools.", date(2020, 5, 4)) == []


def test_a_condemned_attack_told_before_is_one_event():
    text = (
        "Gunmen killed 20 villagers near Beni on Saturday. "
        "The UN Secretary-General condemned the attack on the village near Beni, in which 20 people died."
    )
    events = current_events(text, date(2020, 5, 4))
    assert len(events) == 1 and events[0].fatalities == 20


def test_the_toll_in_a_condemned_attacks_clause_is_its_toll():
    # the parser hangs "in which ... was killed" on "condemns": the clause still tells the attack's dead
    text = (
        "MINUSCA strongly condemns the attack by anti-Balaka elements on its base in Tagbara on Monday, "
        "in which one Mauritanian peacekeeper was killed and two injured."
    )
    events = current_events(text, date(2018, 2, 14))
    assert events and events[0].fatalities == 1
