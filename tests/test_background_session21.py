"""Background, session 21: deaths a report recalls are not its event's.

A tally in the perfect ("More than 300 people have been killed") after the report's own violence counts
the dead of a span the sentence before sets ("has been in turmoil since ... last year"): background, no
event. A death noun dated by a year ("the 2017 murder of a journalist", "last year's killing of two
students") is an earlier incident the story recalls, none of the event's dead.
Sentences are our own."""

from __future__ import annotations

from helpers import current_events, only_event

from conflictscope.mentions.quantities import find_casualties
from conflictscope.nlp.analyze import get_nlp


def killed_counts(sentence: str) -> list[int]:
    doc = get_nlp()(sentence)
    return [m.count for m in find_casualties(doc) if m.kind == "killed"]


def test_a_tally_over_a_span_told_the_sentence_before_is_background():
    text = (
        "BUJUMBURA, March 4 - A grenade thrown from a car exploded at a bus stop near the central market in "
        "Burundi's capital on Wednesday, killing two people, police said.\n\n"
        'Police spokesman Jean Ndayishimiye blamed "enemies of the nation" and said three suspects had been '
        "arrested. No group has claimed responsibility.\n\n"
        "Burundi has been in turmoil since the president sought a third term last year. More than 300 people "
        "have been killed, according to the United Nations, and 200,000 have fled abroad."
    )
    events = current_events(text, "2016-03-05")
    assert [e.fatalities for e in events] == [2], events


def test_further_deaths_after_a_span_still_add():
    text = (
        "A grenade exploded at a bus stop in Gitega on Wednesday, killing two people, police said. "
        "Attacks have risen since January. Two more people have died in hospital."
    )
    assert only_event(text, "2016-03-05").fatalities == 4


def test_a_death_dated_by_a_year_is_no_count():
    assert killed_counts("Thousands gathered on Sunday, demanding answers over the 2011 shooting death of a student leader.") == []
    assert killed_counts("Students rallied on Monday over last year's killing of two classmates by police.") == []
    # the day's own deaths, and deaths with a year after them, are counted as before
    assert killed_counts("The 12 deaths in Sunday's attack shocked the town.") == [12]
    assert killed_counts("The killing of 12 villagers in 2019 shocked the town.") == [12]


def test_a_protest_over_a_past_murder_counts_no_dead():
    text = (
        "Thousands of people gathered outside parliament in Valletta on Sunday evening, demanding the prime "
        "minister's resignation over the inquiry into the 2017 murder of a journalist. The rally ended "
        "peacefully."
    )
    event = only_event(text, "2019-12-02")
    assert event.sub_event_type == "Peaceful protest"
    assert event.fatalities == 0
