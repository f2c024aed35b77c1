"""Session 21 (h55): an attacker's own death told by a pronoun adds to his victims' toll.

- "killing 12 people before he was beaten to death by guests": the attacker who killed (the subject of
  the clause the killing hangs on) died too;
- "A gunman ... killing 12 people. He was later shot dead by police.": "he" after a sentence whose
  subject is one attacker is the attacker; his death adds to the toll, not a lower count of the same dead;
- a pronoun after a sentence whose subject is no attacker is left as it was read.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import conflictscope

PUBLISHED = date(2024, 5, 6)


def _dead(text: str) -> list[int | None]:
    return [e.fatalities for e in conflictscope.extract(text, published=PUBLISHED)]


def test_a_gunman_beaten_to_death_after_his_shooting_adds_one():
    text = "On 5 May 2024, a gunman opened fire on diners at a cafe in Mymensingh, killing nine people before he was beaten to death by a crowd."
    assert _dead(text) == [10]


def test_he_after_an_attacker_sentence_adds_one():
    text = "On 5 May 2024, an assailant opened fire on diners at a cafe in Mymensingh, killing nine people. He was shot dead by police an hour later."
    assert _dead(text) == [10]


def test_the_dead_told_by_a_pronoun_after_a_victim_stay_one_count():
    text = "On 5 May 2024, a shopkeeper was shot by unknown gunmen at his stall in Mymensingh. He was killed on the spot."
    assert _dead(text) == [1]
