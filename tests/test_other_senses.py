"""Trigger words in senses that are no political violence or protest ("fighting fires", "a legal
battle", "shelled peanuts", "the Easter Vigil", "deployed fifty inspectors") make no event, while the
same words in conflict reports still do (events/senses.py, knowledge/data/other_senses.tsv)."""

from __future__ import annotations

from datetime import date

import pytest

import conflictscope
from conflictscope.events.senses import load_other_senses

PUBLISHED = date(2021, 6, 1)

OTHER_SENSES = [
    "Firefighters spent the whole night fighting three warehouse fires on the east side of the city.",
    "The foundation has been fighting malaria in the northern districts for twelve years.",
    "The two carriers put aside their competitive battles to press for lower airport fees.",
    "The club's strikers will miss the relegation battle at the weekend through injury.",
    "A dead swan picked up on the shore of the lake was found to carry the virus.",
    "Inspectors said 12,000 hens were destroyed after the strain was confirmed at the farm.",
    "The retailer is recalling shelled pistachios sold in 200-gram packs.",
    "The health ministry deployed forty inspectors to the affected poultry farms.",
    "The hurricane destroyed the old parish church and damaged the school.",
    "Hundreds of houses along the river were destroyed by the rising waters.",
    "The bishop led the Easter Vigil in the cathedral late on Saturday.",
    "Biologists are puzzled by dozens of frogs that have been exploding in a city pond.",
    "The parasite attacks the liver and is repelled by a protein in the blood.",
    "The ruling demonstrated the limits of the president's power over the courts.",
    "The two drivers gathered eleven podiums between them last season.",
    "The advertisement is targeted at young voters in the suburbs.",
    "The city's murder rate fell sharply last year.",
    "Two men pleaded guilty to the murder of a taxi driver at the high court.",
    "A judge sentenced the pair to twenty years for the killing.",
    "She opened a case of rape at the police station in March.",
    "The council is helping in the battle against the latest drug craze.",
    "Farm workers spent the week slaughtering, burning and burying hundreds of pigs.",
    "The outbreak prompted measures such as the deployment of pig catchers in the villages.",
    "Poisoned liquor killed fourteen people in the slum at the weekend.",
    "Ministers warned against wasting money on poorly targeted measures.",
    "The main sources of smog are coal-burning power plants.",
    "The virus was confirmed in the remains of a wild Mute Swan near the estuary.",
    "Inspectors said none of the sick cattle had reached the human food chain.",
    "The irrigation projects have been executed by the ministry's engineers with a local contractor.",
    "Bailiffs executed the eviction warrant at the flat on Thursday morning.",
    "Most of these boundary disputes have been fought in the land courts.",
    "The valley has enjoyed a lull in the fighting since the rains began.",
    "Scientists are puzzled by a spate of exploding toads in the city park.",
    "The new plant will capture the heat from the river and warm two thousand homes.",
    "Her photographs captured the mood of the city in the winter of the strike.",
    "The parade was meant as a demonstration of the navy's strength to its neighbours.",
    "The governor declared a state of emergency over the measles epidemic on Friday.",
    "The county has declared a state of emergency in response to the virus.",
    "A curfew was imposed on the island due to the approaching cyclone.",
    "Data gathered during the survey will guide the vaccination campaign.",
    "The singer suffered a cardiac arrest backstage and was taken to hospital.",
    "The minister shot down rumours of a cabinet reshuffle on Tuesday.",
    "The film captures all the excitement of a cup final.",
    "The point was demonstrated by a study of two hundred schools.",
    "The new tariffs have targeted steel from five countries.",
    "The grant reinforces the university's research capabilities.",
    "The union will engage the airline on the new rosters next week.",
    "The team has gathered evidence of the parasite in three rivers.",
    "The province declared a state of emergency after the floods washed away two bridges.",
]

STILL_EVENTS = [
    ("Government troops fought rebels near the town of Gao on Monday, leaving six dead.", "Battles"),
    ("An Islamic State cell attacked an army checkpoint west of Kirkuk at dawn, killing two soldiers.", "Battles"),
    ("The army deployed troops and armoured vehicles to the border town on Monday.", "Strategic developments"),
    ("Hundreds of nurses gathered in front of the ministry in Nairobi to demand higher pay.", "Protests"),
    ("Rebels shelled the town of Idlib overnight, killing four civilians.", "Explosions/Remote violence"),
    ("Gunmen burned ten houses in a village near Jos and killed two residents.", "Violence against civilians"),
    ("Residents of Kaduna held a candlelight vigil for the victims of the bombing.", "Protests"),
    ("Students demonstrated and blocked the main road in Lahore on Monday.", "Protests"),
    ("Traders gathered and chanted slogans outside the town hall in Kano.", "Protests"),
    ("Hundreds of workers demonstrated against the new labour law in Dhaka.", "Protests"),
    ("Farmers gathered at the district office in Multan to demand water.", "Protests"),
    ("Gunmen shot dead two farmers near Maiduguri on Sunday; a man was later charged with murder.", "Violence against civilians"),
    ("Thousands of teachers formed a human chain along the main road in Tbilisi on Friday.", "Protests"),
    ("Militants executed three hostages near Sirte on Tuesday.", "Violence against civilians"),
    ("Rebels and the army fought for control of the bridge after a brief lull, leaving four dead.", "Battles"),
    ("A bomb exploded near a police station in Quetta on Monday, killing two officers.", "Explosions/Remote violence"),
    ("Rebels captured the town of Kidal on Sunday after heavy fighting.", "Battles"),
    ("A demonstration of some five thousand workers marched through Dhaka on Monday.", "Protests"),
    ("Troops engaged the militants near Kidal on Monday, killing four.", "Battles"),
    ("On 3 March (as reported), two policemen who stopped a car in Jalalabad were shot and injured.", "Battles"),
    ("The army shot down a drone over Marib on Monday.", "Strategic developments"),
    ("The army reinforced its positions around Tripoli with two hundred troops.", "Strategic developments"),
    ("The army imposed a curfew in Kidal on Monday after days of unrest.", "Strategic developments"),
]


def _types(text: str) -> list[str]:
    return [e.event_type for e in conflictscope.extract(text, published=PUBLISHED)]


@pytest.mark.parametrize("sentence", OTHER_SENSES)
def test_other_senses_make_no_event(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize(("sentence", "event_type"), STILL_EVENTS)
def test_the_same_words_in_conflict_reports_still_make_events(sentence, event_type):
    assert event_type in _types(sentence)


def test_a_team_of_armed_men_deployed_is_still_a_move():
    # "team" alone would be a civilian team; a team of commandos names who moved
    assert _types("Police deployed a team of commandos to the village of Kalma on Tuesday.") != []


def test_the_table_is_data_an_analyst_can_read():
    table = load_other_senses()
    assert "@animal" in table[("kill", "object")]
    assert "legal" in table[("battle", "modifier")]
    assert all(relation in ("object", "subject", "modifier", "modifies", "governor", "cause") for _, relation in table)
    assert "@disease" in table[("curfew", "cause")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A single vial has the potential to kill about 1,400 people, the laboratory said.",
        "Years of sanctions have limited the group's capacity to launch coordinated attacks in the north.",
        "The rebels have the ability to shell the city of Goma from the hills.",
    ],
)
def test_what_someone_could_do_is_no_event(sentence):
    assert _types(sentence) == []
