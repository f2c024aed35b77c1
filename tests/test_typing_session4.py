"""Event typing and actors, session 4: who attacked when an attack is fended off, and a few more
coding rules. Fixture sentences are our own."""

from __future__ import annotations

from datetime import date

import conflictscope

PUBLISHED = date(2021, 6, 20)


def events(text: str):
    return [e for e in conflictscope.extract(text, published=PUBLISHED) if not e.historical]


def actors(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1.kind if e.actor1 else None, e.actor2.kind if e.actor2 else None) for e in events(text)]


# ---- an attack fended off: its author is actor1, the side that fended it off actor2


def test_an_attack_by_a_group_that_was_repelled():
    found = events("On 14 June, army troops repelled an attack by Taliban fighters on a checkpoint in Ghazni.")
    assert len(found) == 1
    assert found[0].actor1.name == "Taliban" and found[0].actor2.kind == "state_forces"


def test_a_named_groups_attack_that_was_thwarted():
    found = events("On 14 June, Iraqi soldiers thwarted an Islamic State attack near Baiji.")
    assert [(e.actor1.name, e.actor2.kind) for e in found] == [("Islamic State", "state_forces")]


def test_their_attack_is_the_other_armed_side():
    found = events("On 14 June, six Taliban militants were killed when police repulsed their attack in Kunduz.")
    assert [(e.actor1.name, e.actor2.kind) for e in found] == [("Taliban", "state_forces")]


def test_the_militants_themselves_repelled():
    assert actors("On 14 June, soldiers repelled the Al Shabaab militants from a base in Baidoa.") == [("rebel_group", "state_forces")]


def test_a_state_attack_repelled_by_rebels_keeps_the_state_first():
    found = events("On 14 June, Taliban fighters repulsed an attack by Afghan forces in Kunduz.")
    assert [(e.actor1.kind, e.actor2.name) for e in found] == [("state_forces", "Taliban")]


def test_an_attack_repelled_by_nobody_named_keeps_its_reading():
    # no author of the attack in the sentence: the one who repelled stays actor1
    assert actors("On 14 June, police repelled the attack in Kunduz.")[0][0] == "state_forces"


def test_is_in_capitals_is_the_islamic_state():
    found = events("On 14 June, IS fighters attacked an army checkpoint near Tikrit.")
    assert found and found[0].actor1.name == "Islamic State"
    # the verb is no group
    assert all(e.actor1.name != "Islamic State" for e in events("On 14 June, the army shelled Tikrit, which is held by a militia."))


# ---- people the tables name by their trade are civilians


def test_a_trader_beaten_by_soldiers_is_violence_against_civilians():
    found = events("On 14 June, soldiers assaulted a fruit seller at the market in Bunia.")
    assert [(e.event_type, e.actor2.kind) for e in found] == [("Violence against civilians", "civilians")]


def test_a_reporter_attacked_by_gunmen():
    found = events("On 14 June, unidentified gunmen attacked a radio correspondent in Kismayo.")
    assert [e.sub_event_type for e in found] == ["Attack"]



def test_a_side_claiming_it_thwarted_an_attack_stays_first():
    found = events("On 14 June, the Taliban claimed to have thwarted an attack by Afghan commandos in Kunduz.")
    assert [e.actor1.name for e in found] == ["Taliban"]
