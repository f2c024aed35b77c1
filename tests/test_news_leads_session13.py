"""A news story's lead tells the event without its place; the sentences after it name the place
(events/merge.py). Stories written for these tests in the style of agency copy."""

from datetime import date

from helpers import current_events

STORY = (
    "Suspected jihadists killed at least 17 soldiers in an attack on an army post in the north of Mali on "
    "Tuesday, the army said.\n\n"
    "\"Heavily armed terrorists attacked our position at Tessit in the early hours,\" an officer told "
    "reporters, adding that the attackers had fled towards the border."
)


def test_the_lead_and_the_sentence_that_places_it_are_one_event():
    events = current_events(STORY, date(2019, 10, 2))
    assert len(events) == 1
    event = events[0]
    assert event.location is not None and event.location.country_code == "ML"
    assert event.fatalities == 17
    assert event.actor2 is not None and event.actor2.kind == "state_forces"


def test_a_lead_followed_by_another_kind_of_event_stays_apart():
    text = (
        "Police arrested 40 opposition supporters in the north of Uganda on Monday.\n\n"
        "Gunmen shot dead two traders in Gulu on Monday."
    )
    events = current_events(text, date(2019, 10, 2))
    # the arrests, known only to their region, are not the killing
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 2)]


def test_a_lead_is_not_joined_to_an_incident_told_as_another():
    text = (
        "Gunmen killed three villagers in the north of Nigeria on Monday, residents said.\n\n"
        "In a separate incident, gunmen shot dead two traders in Kaduna."
    )
    events = current_events(text, date(2019, 10, 2))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 2)]


def test_a_protest_met_with_deadly_force_and_the_killing_told_after_it_are_one_event():
    text = (
        "Security forces in the north of Kenya fired tear gas and live ammunition at hundreds of protesters "
        "demanding lower fuel prices on Tuesday, killing three people, witnesses said.\n\n"
        "The three were shot dead in Isiolo, a hospital official said."
    )
    events = current_events(text, date(2019, 10, 2))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Excessive force against protesters", 3)]
    assert events[0].location is not None and events[0].location.country_code == "KE"
