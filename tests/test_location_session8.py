"""Session 8: the death figure when a report's sentences give several (events/merge.py), and where
ACLED events are placed (events/locate.py). Fixture sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import only_pipeline_event, pipeline_events


# ---- figures: competing reports, stated totals, further victims


@pytest.mark.parametrize("fast", [True, False])
def test_victims_told_as_also_killed_add_to_those_before(fast):
    text = (
        "On 14 June 2021, 3 policemen were killed following an attack by Taliban militants on a check post "
        "in Pul-e Khumri, Baghlan. District officials said that 5 militants were also killed."
    )
    assert only_pipeline_event(text, fast=fast).fatalities == 8


def test_an_also_on_the_speaking_verb_adds_nobody():
    # "also" says the group made a second claim, not that more people died
    text = (
        "On 14 June 2021, 2 rebels were killed during an army operation in Kidal. The rebel group confirmed "
        "2 fatalities among its men, but also claimed that 12 soldiers died in the fighting."
    )
    assert only_pipeline_event(text).fatalities == 2


def test_competing_reports_of_the_same_deaths_keep_the_lowest():
    text = (
        "On 14 June 2021, gunmen killed 4 villagers in an attack on a hamlet near Maiduguri. "
        "Residents said 9 villagers were killed."
    )
    assert only_pipeline_event(text).fatalities == 4
    text = (
        "On 14 June 2021, a roadside bomb killed 6 soldiers near Mogadishu. "
        "Other sources said that 3 soldiers were killed in the blast."
    )
    assert only_pipeline_event(text).fatalities == 3


def test_more_than_is_no_further_victim():
    text = "On 14 June 2021, militants killed more than 20 people in Gao. Local officials said 25 people were killed."
    assert only_pipeline_event(text).fatalities == 20


@pytest.mark.parametrize("fast", [True, False])
def test_a_total_stated_with_the_event_is_its_figure(fast):
    # a later, higher report of some of the dead is no competing estimate of the stated total
    text = (
        "On 12 June 2021, militiamen clashed with the army at a camp near Bunia, resulting in 6 fatalities, "
        "including 3 soldiers. Some sources said 9 militiamen were killed in addition to the other fatalities."
    )
    assert only_pipeline_event(text, fast=fast).fatalities == 6


def test_a_stated_total_over_the_victims_counted_one_by_one():
    text = (
        "On 12 June 2021, inmates rioted in the central prison of Kenema and fought with the guards, killing one "
        "guard. 6 inmates were also killed (a total of 7 fatalities)."
    )
    assert only_pipeline_event(text).fatalities == 7


def test_a_toll_a_party_reports_is_a_competing_figure():
    text = (
        "On 12 June 2021, 2 soldiers were killed when militants attacked a check post in Khost city. "
        "The militants' spokesman reported 9 fatalities."
    )
    assert only_pipeline_event(text).fatalities == 2


def test_an_ordinal_still_raises_the_count():
    text = (
        "On 12 June 2021, two policemen were shot dead by gunmen at a checkpoint in Peshawar. "
        "A third policeman died of his wounds in hospital."
    )
    assert only_pipeline_event(text).fatalities == 3


# ---- places: where people are from, "quarter, town"


@pytest.mark.parametrize("fast", [True, False])
def test_where_the_people_come_from_is_not_the_scene(fast):
    event = only_pipeline_event(
        "On 3 June 2021, villagers from the outlying hamlets of Kandahar held a protest in Lashkar Gah city (Helmand) "
        "to demand the reopening of the road.",
        fast=fast,
    )
    assert event.location.name == "Lashkar Gah"


def test_people_from_a_place_with_no_other_place_stay_there():
    event = only_pipeline_event("On 3 June 2021, gunmen shot dead a trader from Kandahar.")
    assert event.location.name == "Kandahar"


def test_forces_from_two_places_arrive_at_the_scene():
    # "from" on the people, with a list of places: every one of them is where they came from
    event = only_pipeline_event("On 3 June 2021, pro-Houthi reinforcements from Dhamar governorate and Rada arrived in Juban district (Ad Dali).")
    assert event.location.name != "Rada" and event.location.country_code == "YE"


def test_a_quarter_then_its_town_read_as_a_list_stays_as_told():
    # (left alone: "in Rampur, Jaunpur" names a village and its district the same way)
    names = [e.location.name for e in pipeline_events("On 3 June 2021, a man was killed over a land dispute in Rampur, Jaunpur (UP).")]
    assert names[0] == "Rampur"
