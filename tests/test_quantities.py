"""Numbers and casualty counts, on real spaCy parses of short sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictscope.mentions.quantities import find_casualties, parse_number, parse_quantity, vague_words


def casualties(nlp, text):
    doc = nlp(text)
    found = find_casualties(doc[:])
    for m in found:
        assert doc.text[m.start : m.end] == m.text
    return [(m.kind, m.count, m.exact, m.victims) for m in found]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("330,000", 330000),
        ("1 000", 1000),
        ("7", 7),
        ("one", 1),
        ("four", 4),
        ("twenty-three", 23),
        ("three hundred thousand", 300000),
        ("a hundred", 100),
        ("a dozen", 12),
        ("dozens", 12),
        ("hundreds", 100),
        ("tens of thousands", 10000),
        ("several", 3),
        ("a few", 3),
        ("many", 10),
        ("at least five", 5),
        ("more than 20", 20),
        ("nearly 30", 30),
        ("up to 12", 12),
        ("10 to 12", 10),
        ("10-12", 10),
        ("between 10 and 12", 10),
        ("2.5 million", 2500000),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "soldiers", "9:30", "the", "$", "one two three four"])
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


def test_vague_words_are_not_exact():
    assert parse_quantity("dozens") == (12, False)
    assert parse_quantity("at least 5") == (5, True)
    assert vague_words()["thousands"] == 1000


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_number_never_raises(text):
    value = parse_number(text)
    assert value is None or value >= 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "at", "least", "10", "to", "dozen", "tens", "of", "thousands", "one", "-", "hundred", ","]), max_size=6))
def test_parse_number_never_raises_on_number_like_words(words):
    parse_number(" ".join(words))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One civilian was killed and four wounded in the shelling.",
            [("killed", 1, True, "civilian"), ("injured", 4, True, None)],
        ),
        (
            "The rocket hit a market, killing 3 people and injuring 7.",
            [("killed", 3, True, "people"), ("injured", 7, True, None)],
        ),
        ("A second rocket hit a house, injuring two people.", [("injured", 2, True, "people")]),
        ("Three soldiers died in the ambush.", [("killed", 3, True, "soldier")]),
        ("Two dead and five injured after the clash.", [("killed", 2, True, None), ("injured", 5, True, None)]),
        ("The death toll rose to 12 on Monday.", [("killed", 12, True, None)]),
        ("At least 5 people were killed in the attack.", [("killed", 5, True, "people")]),
        ("Dozens were killed in the fighting.", [("killed", 12, False, None)]),
        ("The war killed tens of thousands of people.", [("killed", 10000, False, "people")]),
        ("The bombing left 4 dead.", [("killed", 4, True, None)]),
        ("A policeman was shot dead in the capital.", [("killed", 1, True, "policeman")]),
        ("A woman was killed by a stray bullet.", [("killed", 1, True, "woman")]),
        ("A 45-year-old man was killed on Sunday.", [("killed", 1, True, "man")]),
        ("Two people were hurt in the stampede.", [("injured", 2, True, "people")]),
        ("Police said 12 protesters sustained injuries.", [("injured", 12, True, "protester")]),
        ("The suicide bomber was killed.", [("killed", 1, True, "bomber")]),
        ("At least 10, possibly 15, people were killed.", [("killed", 10, True, "people")]),
        ("Gunmen shot dead two policemen.", [("killed", 2, True, "policeman")]),
        ("Two soldiers and three civilians were killed.", [("killed", 5, True, "soldier")]),
        ("Nearly 30 people lost their lives in the floods.", [("killed", 30, True, "people")]),
        ("Several civilians were wounded in the raid.", [("injured", 3, False, "civilian")]),
        ("The militants massacred 30 villagers.", [("killed", 30, True, "villager")]),
        ("The attack caused 12 deaths.", [("killed", 12, True, None)]),
        ("The strike killed a commander and his two bodyguards.", [("killed", 3, True, "commander")]),
        ("A child was among the 4 people killed in the blast.", [("killed", 4, True, "people")]),
        ("The clashes left 7 people dead and 20 injured.", [("killed", 7, True, "people"), ("injured", 20, True, None)]),
    ],
)
def test_casualties(nlp, text, expected):
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was hurt in the incident.", [("injured", 0, True, None)]),
        ("Nobody was killed in the blast.", [("killed", 0, True, None)]),
        ("No injuries were reported.", [("injured", 0, True, None)]),
        ("No casualties were reported.", [("killed", 0, True, None), ("injured", 0, True, None)]),
    ],
)
def test_stated_zero(nlp, text, expected):
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shells hit a city of more than 330,000 inhabitants.",
        "The rebels fired two rockets at 9:30 am.",
        "The government paid 5 million dollars in 2019.",
        "Civilians were killed in the fighting.",
        "Heavy casualties were reported.",
    ],
)
def test_no_count_stated(nlp, text):
    assert casualties(nlp, text) == []


def test_population_figure_does_not_leak_into_the_count(nlp):
    text = "Shelling of the town of 40,000 people killed a child."
    assert casualties(nlp, text) == [("killed", 1, True, "child")]


def test_offsets_point_into_the_document(nlp):
    doc = nlp("The army entered the town. Four soldiers were wounded there.")
    sentence = list(doc.sents)[1]
    (mention,) = find_casualties(sentence)
    assert mention.text == "Four soldiers were wounded"
    assert doc.text[mention.start : mention.end] == mention.text
