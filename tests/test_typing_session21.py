"""Session 21 (h50): typing of attacks and of what an armed group does beside its fighting.

- forces killing the attackers told before ("the attacker was shot dead by police") end an attack on
  people; they make no battle of it (fire exchanged, told by its words, still does);
Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from helpers import type_pairs

PUBLISHED = date(2021, 6, 20)


def _pairs(text: str) -> list[tuple[str, str]]:
    return type_pairs(text, PUBLISHED)


# ---- attackers killed by the forces who ended the attack


def test_attackers_shot_dead_by_police_keep_the_attack_on_guests():
    text = "Gunmen stormed a hotel in Mombasa on Friday and killed 20 guests. The three attackers were later shot dead by police."
    assert _pairs(text) == [("Violence against civilians", "Attack")]


def test_gunman_killed_when_troops_ended_the_siege_keeps_the_attack():
    text = (
        "A gunman opened fire on shoppers at a market in Eldoret on Monday, killing nine people. "
        "The gunman was killed when soldiers ended the siege in the evening."
    )
    assert _pairs(text) == [("Violence against civilians", "Attack")]


def test_gunmen_firing_on_the_police_who_came_still_make_a_fight():
    text = "Gunmen attacked a village near Jos on Monday and killed 12 residents. When police arrived, the gunmen opened fire on them."
    assert _pairs(text) == [("Battles", "Armed clash")]


def test_forces_fighting_the_attackers_by_the_words_still_make_a_fight():
    text = "Gunmen attacked a village near Jos on Monday and killed 12 residents. Soldiers later clashed with the attackers outside the village."
    assert _pairs(text) == [("Battles", "Armed clash")]
