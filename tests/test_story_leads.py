"""A news story's lead and the sentences after it tell one event: a lead placed only at a region joins
the event the next sentences place at a town of that region, and a vague figure ("dozens") yields to a
stated one. Stories written for these tests."""

from datetime import date

from helpers import current_events

FILED = date(2023, 4, 12)


def test_a_lead_at_a_region_joins_the_event_at_its_town():
    text = (
        "A military air strike killed at least 50 people in the Sagaing region on Tuesday, witnesses said. "
        "A fighter jet bombed a crowd in Kanbalu at around 8 am, a witness said."
    )
    events = current_events(text, FILED)
    assert [(e.location.name, e.fatalities) for e in events] == [("Kanbalu", 50)]


def test_a_lead_at_a_region_stays_apart_from_a_town_of_another_region():
    text = (
        "A military air strike killed at least 50 people in the Sagaing region on Tuesday, witnesses said. "
        "Troops also shelled a village near Hpakant, in Kachin state, killing two."
    )
    events = current_events(text, FILED)
    assert len(events) == 2


def test_a_lead_at_a_region_stays_apart_from_a_later_story():
    text = (
        "A military air strike killed at least 50 people in the Sagaing region on Tuesday, witnesses said. "
        "Soldiers raped two women and burned houses in Kanbalu on Sunday."
    )
    events = current_events(text, FILED)
    assert len(events) == 2


def test_a_stated_figure_replaces_a_vague_one():
    text = (
        "Dozens of people were killed in an air strike on a village in Kanbalu on Tuesday. "
        "The strike killed at least 53 people, including children, a local official said."
    )
    assert [e.fatalities for e in current_events(text, FILED)] == [53]


def test_of_two_stated_figures_the_lowest_stands():
    text = (
        "An air strike on a village in Kanbalu killed 53 people on Tuesday, a local official said. "
        "A witness said the strike killed 60 people."
    )
    assert [e.fatalities for e in current_events(text, FILED)] == [53]


def test_a_vague_figure_after_a_stated_one_does_not_lower_it():
    text = (
        "An air strike on a village in Kanbalu killed 53 people on Tuesday, a local official said. "
        "Dozens were killed in the strike, a witness said."
    )
    assert [e.fatalities for e in current_events(text, FILED)] == [53]


def test_the_day_a_statement_was_made_yields_to_the_day_the_story_tells():
    text = (
        "Maoist rebels killed seven policemen in an attack on a police post in Rolpa, police said on Monday. "
        "The rebels attacked the post in Rolpa late on Sunday."
    )
    assert [e.date for e in current_events(text, date(2003, 3, 3))] == [date(2003, 3, 2)]


def test_a_statement_day_alone_still_dates_the_event():
    text = "Maoist rebels killed seven policemen in an attack on a police post in Rolpa, police said on Monday."
    assert [e.date for e in current_events(text, date(2003, 3, 4))] == [date(2003, 3, 3)]
