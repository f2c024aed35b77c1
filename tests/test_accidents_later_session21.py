"""Session 21 (h55): accidents told apart from the explosion's own sentence.

- an explosion told in one sentence and blamed on a mishap in a later one ("Officials blamed the
  explosion on a gas leak"), in the same paragraph or in one of the next two, is an accident (no event),
  unless a sentence between names a weapon or an attacker, or the explosion's own sentence does;
- a "mine" whose sentence tells a dug mine (miners, a shaft, methane) is a pit, and its blast an accident;
  a mine blast with no such word stays a landmine's.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import conflictscope

PUBLISHED = date(2023, 2, 8)


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in conflictscope.extract(text, published=PUBLISHED)]


def test_a_blast_blamed_on_a_leak_in_the_next_sentence_is_no_event():
    text = (
        "An explosion wrecked a fertiliser warehouse in Multan on Tuesday, killing four porters. "
        "Fire officials later blamed the blast on a leaking ammonia cylinder."
    )
    assert _subs(text) == []


def test_a_blast_blamed_on_a_leak_two_paragraphs_later_is_no_event():
    text = (
        "An explosion wrecked a fertiliser warehouse in Multan on Tuesday, killing four porters.\n\n"
        "The owner was abroad at the time, his brother said.\n\n"
        "Fire officials later blamed the blast on a leaking gas cylinder."
    )
    assert _subs(text) == []


def test_a_bomb_told_between_keeps_the_blast():
    text = (
        "An explosion wrecked a crowded bus stop in Multan on Tuesday, killing four people.\n\n"
        "Police said a bomb had been hidden in a fruit cart.\n\n"
        "Officials had first blamed the blast on a gas cylinder."
    )
    assert _subs(text)[:1] == ["Remote explosive/landmine/IED"]


def test_a_mine_blast_that_killed_miners_is_no_event():
    assert _subs("A mine blast killed nine miners near Hangu on Tuesday.") == []


def test_an_explosion_in_a_mine_shaft_is_no_event():
    assert _subs("Seven workers died on Tuesday when an explosion tore through the main shaft of a mine near Hangu.") == []


def test_a_mine_blast_on_a_road_stays_a_landmine():
    assert _subs("A mine blast killed two farmers on a dirt road near Hangu on Tuesday.")[:1] == ["Remote explosive/landmine/IED"]
