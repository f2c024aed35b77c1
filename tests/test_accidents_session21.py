"""Accidents, session 21: an explosion blamed on a mishap, and an explosion at a coal mine.

"The blast, blamed on an electrical fault in a transformer", "the explosion was blamed on a build-up of
methane", "officials blamed the explosion on a gas leak": a verb of blaming whose "on" names a fire or a
device that bursts by mishap tells the blast as an accident (in its own sentence here; a blast blamed in a later
sentence is read in tests/test_accidents_later_session21.py). An explosion at a coal mine (its dust and
gas blow up by mishap) is one when no weapon or attacker is named; a bomb at a coal mine, or militants
attacking one, stay violence. Sentences are our own."""

from __future__ import annotations

from helpers import current_events, only_event


def test_a_blast_blamed_on_a_fault_is_no_event():
    text = (
        "A blast, blamed on an electrical fault in a transformer, tore through a textile factory in Faisalabad "
        "on Thursday, killing seven workers."
    )
    assert current_events(text, "2021-06-11") == []


def test_an_explosion_at_a_coal_mine_blamed_on_methane_is_no_event():
    text = (
        "An explosion at a coal mine in Zonguldak killed 12 workers on Friday, officials said. "
        "The blast was blamed on a build-up of methane."
    )
    assert current_events(text, "2022-10-15") == []


def test_a_blast_blamed_on_a_bomb_stays_violence():
    text = (
        "A blast ripped through a market in Quetta on Monday, killing nine people. "
        "The explosion, blamed on a bomb planted on a motorbike, also wounded 30."
    )
    assert only_event(text, "2021-06-08").fatalities == 9


def test_a_bomb_at_a_coal_mine_stays_violence():
    text = "A bomb exploded at a coal mine near Sibi on Monday, killing six miners."
    assert only_event(text, "2021-06-08").sub_event_type == "Remote explosive/landmine/IED"
