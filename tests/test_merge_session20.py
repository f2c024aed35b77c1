"""Merges, session 20: arrests told after an incident with the part the people arrested played in it ("a
suspect in the killing", "men accused of the bombing", "two of the gunmen", suspects arrested "later")
belong to that incident, whatever town they were made in; arrests for something else stay an event of
their own. A tally over a span or a whole conflict told after the day's violence is background, and the
incident told again at its town's region is the same event. Sentences are our own."""

from __future__ import annotations

import pytest
from helpers import current_events, sub_types


@pytest.mark.parametrize(
    "text, sub_type",
    [
        (
            "A journalist was shot dead in Veracruz on Wednesday. State prosecutors said they had detained a suspect "
            "in the killing on Thursday in Xalapa.",
            "Attack",
        ),
        (
            "PESHAWAR - Militants bombed a bus in Peshawar on Monday, killing six. On Wednesday police in Mardan "
            "arrested two men accused of the bombing.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Gunmen shot dead a trader in Kisumu on Friday. Police in Nakuru on Saturday arrested two brothers "
            "charged with the murder.",
            "Attack",
        ),
        # the incident's doers, named as such
        (
            "Gunmen shot dead a police officer in Karachi on Monday. Police in Hyderabad later arrested two of the "
            "gunmen.",
            "Armed clash",
        ),
        # suspects named bare, arrested later
        (
            "A bomb exploded near a bus station in Kampala on Tuesday, wounding three people. Security forces later "
            "detained four suspects in Entebbe.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_arrests_for_the_incident_join_it(text, sub_type):
    assert sub_types(text) == [sub_type]


def test_arrests_for_something_else_stay_apart():
    text = "A trader was killed by gunmen in Kisumu on Friday. Police in Nakuru on Saturday arrested three men accused of theft."
    found = current_events(text)
    assert [e.sub_event_type for e in found] == ["Attack", "Arrests"]
    assert found[1].location.name == "Nakuru"


# ---- a tally over a span or a whole conflict, told after the day's violence, is background


@pytest.mark.parametrize(
    "text, place, toll",
    [
        (
            "SRINAGAR (Reuters) - Two policemen were shot dead in Srinagar on Friday. More than 40,000 people have died "
            "in the Kashmir conflict, according to official figures.",
            "Srinagar",
            2,
        ),
        (
            "Gunmen killed three farmers near Makurdi on Sunday, police said. The killings raise the death toll in the "
            "state this month to 27.",
            "Makurdi",
            3,
        ),
    ],
)
def test_background_tally_is_no_event(text, place, toll):
    found = current_events(text)
    assert [(e.location.name, e.fatalities) for e in found] == [(place, toll)]


def test_the_events_own_toll_risen_since_is_kept():
    text = (
        "A car bomb exploded in Mogadishu on Saturday, killing five people. The death toll from Saturday's bombing "
        "has since risen to 14, officials said."
    )
    assert [e.fatalities for e in current_events(text)] == [14]


# ---- the incident told again at the region of its town


def test_the_incident_restated_at_its_region_joins_it():
    text = (
        "Gunmen attacked a church in Owo late on Sunday, killing at least 20 worshippers. Witnesses said the "
        "attackers opened fire on the congregation in Owo at about 11 am. The attack in Ondo state early on Sunday "
        "was condemned by the president."
    )
    assert [(e.location.name, e.fatalities) for e in current_events(text)] == [("Owo", 20)]


def test_another_incident_at_the_region_stays_apart():
    text = (
        "Gunmen attacked a church in Owo on Sunday, killing 20 worshippers. In a separate attack in Ondo state on "
        "Sunday, gunmen abducted a priest."
    )
    assert [e.location.name for e in current_events(text)] == ["Owo", "Ondo"]


def test_suspects_of_another_crime_stay_apart():
    text = "Gunmen killed a trader in Kisumu on Friday. Police later arrested five suspects of cattle theft in Nakuru."
    assert [e.sub_event_type for e in current_events(text)] == ["Attack", "Arrests"]
