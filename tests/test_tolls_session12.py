"""Casualty counts, session 12: two tolls joined in one clause read in the order of their words, and a
participle or adjective that tells what happened to someone found or left ("was found injured", "leaving
five people dead"). ACLED keeps the lowest stated figure of the dead; we keep the injured beside it.
Fixture sentences are our own, in the styles of wire copy from other decades and regions."""

from __future__ import annotations

from datetime import date

import pytest

import conflictscope
from conflictscope.mentions.quantities import find_casualties
from conflictscope.nlp.analyze import get_nlp

PUBLISHED = date(2021, 6, 20)


def tolls(text: str) -> tuple[int | None, int | None]:
    found = [e for e in conflictscope.extract(text, published=PUBLISHED) if not e.historical]
    assert len(found) == 1, found
    return found[0].fatalities, found[0].injuries


def counts(text: str) -> dict[str, list[int]]:
    doc = get_nlp()(text)
    out: dict[str, list[int]] = {"killed": [], "injured": []}
    for mention in find_casualties(doc):
        out[mention.kind].append(mention.count)
    return out


# ---- "killed N and injured M": the second figure does not swallow the first


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("On 18 June 2021, a car bomb killed at least 9 and injured scores at a bus depot in Hilla, Babil.", 9, 20),
        ("On 18 June 2021, a blast killed three and wounded scores near a mosque in Kirkuk.", 3, 20),
        ("On 18 June 2021, gunmen killed five and injured dozens at a cattle market in Maiduguri.", 5, 12),
        ("On 18 June 2021, rebels killed 11 and wounded 30 in an ambush near Butembo, Nord-Kivu.", 11, 30),
    ],
)
def test_a_verb_and_its_figure_twice(text, killed, injured):
    assert tolls(text) == (killed, injured)


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("On 18 June 2021, a bomb went off at a bus stand in Quetta, leaving 3 dead and 9 hurt.", 3, 9),
        ("On 18 June 2021, fighting in Idlib left 8 dead and 20 wounded.", 8, 20),
        ("On 18 June 2021, a bomb exploded at a bus stand in Peshawar. Two killed, 14 injured.", 2, 14),
    ],
)
def test_a_figure_and_its_word_twice(text, killed, injured):
    assert tolls(text) == (killed, injured)


def test_the_order_reading_keeps_the_victims_noun():
    found = [e for e in conflictscope.extract(
        "On 18 June 2021, shelling killed two civilians and wounded several in Horlivka, Donetsk.", published=PUBLISHED
    ) if not e.historical]
    assert [(e.fatalities, e.injuries) for e in found] == [(2, 3)]
    assert found[0].civilian_targeting


def test_one_toll_alone_is_read_as_before():
    assert counts("A roadside bomb killed at least 9 soldiers near Kandahar.") == {"killed": [9], "injured": []}
    assert counts("Three people were wounded when a grenade exploded.") == {"killed": [], "injured": [3]}


def test_a_figure_after_the_second_verb_that_is_no_count_reads_nothing_new():
    # "injured in 2019" is a year, not a toll: the parse's reading stands
    assert counts("The raid killed four, and wounded men were taken to Goma in 2019.")["killed"] == [4]


# ---- someone found or left in a state: the participle's person


def test_a_man_found_seriously_injured_is_one_injured():
    assert counts("In Veracruz, a man was found seriously injured on a dirt road.")["injured"] == [1]


def test_leaving_people_dead_parsed_as_a_clause_counts_them():
    assert counts("Clashes erupted in the valley, leaving at least 5 people dead.")["killed"] == [5]
