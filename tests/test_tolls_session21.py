"""Tolls, session 21: the attackers' own dead. ACLED's fatalities are every death of the event, the
attackers' too: a gunman shot dead after his shooting, a suicide driver who dies with his victims, the
attackers killed when a siege is ended. Told in a sentence of their own ("The gunman was shot dead by
police"), they add to the dead told before rather than compete with them as another source's count; told
in the victims' sentence ("killing 21 cadets and himself", "32 dead, plus the bomber") they add to the
figure; people a killing takes "together with" or "along with" its victims are further victims.
Sentences are our own (wire copy, an incident log, a local paper)."""

from __future__ import annotations

import pytest
from helpers import only_event

from conflictscope.mentions.quantities import find_casualties
from conflictscope.nlp.analyze import get_nlp


def killed_counts(sentence: str) -> list[int]:
    doc = get_nlp()(sentence)
    return [m.count for m in find_casualties(doc) if m.kind == "killed"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the attacker named last among those the killing took
        ("The driver forced his truck through the gate and set it off, killing 14 recruits and himself, officials said.", [15]),
        # a figure standing alone, the attacker after it
        ("Casualties: 12 dead at the scene or later in hospital, plus the attacker; 40 hurt.", [13]),
        ("Final count: 7 killed in the hall, plus the gunman.", [8]),
        # further victims the killing took "together with" / "along with" its object
        ("The raiders shot dead 40 villagers, together with two game rangers who tried to stop them.", [42]),
        ("Insurgents killed six farmers along with a local councillor near the dam.", [7]),
        # not people: nothing added
        ("Troops killed 11 fighters together with their commander's horses.", [11]),
        ("The bomber killed himself and four others.", [5]),
    ],
)
def test_the_attackers_and_further_victims_in_the_victims_sentence(sentence, expected):
    assert killed_counts(sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the attacker's death told after his victims'
        (
            "A gunman opened fire in a crowded bus station in Peshawar on Monday, killing nine passengers. "
            "The gunman was shot dead by a police constable.",
            10,
        ),
        # several attackers, told with a number after the article
        (
            "Militants stormed a guest house in Kabul on Tuesday and killed 11 foreign aid workers. "
            "The three attackers were killed when commandos retook the building.",
            14,
        ),
        # the attacker's death told first, his victims' after
        (
            "The attacker was shot dead by officers on Saturday after he stabbed shoppers in a market in Leeds. "
            "Police said four people were killed.",
            5,
        ),
    ],
)
def test_the_attackers_dead_told_apart_add(text, expected):
    assert only_event(text).fatalities == expected


def test_attackers_of_no_article_still_compete():
    # a count of other gunmen (no article naming those told before): competing figures keep the lower
    text = (
        "Gunmen attacked a police post in Zamfara on Monday, and police said eight people were killed. "
        "Residents said six people died."
    )
    assert only_event(text).fatalities == 6


def test_a_total_stated_counts_the_attacker_already():
    text = (
        "A man opened fire on worshippers at a church in Lagos on Sunday. The gunman was shot dead by police. "
        "A total of seven people died, the hospital said."
    )
    assert only_event(text).fatalities == 7
