"""No event, session 21: stories of natural hazards told in war words, and ranges of figures that count
people read as a match's score.

A hazard story (its first line names a storm, a flood, a quake and no side of violence) reads a line
only if it names a side of political violence. A side named in a likeness is none ("it looked as if the
town had been shelled", "like a war zone"); a country's name (the longest word of its forces' name,
"defence forces of ...") and the government that counts the dead name no side in such a story.
A pair of figures before a plural noun is a range of what was counted ("10-15 pupils"), not a score,
in the story's opening lines and in the sentence's own reading.
Sentences are our own."""

from __future__ import annotations

from helpers import current_events, only_event


def test_a_storm_told_as_if_bombed_gives_no_event():
    text = (
        "Typhoon lashes Tacloban\n\n"
        "Typhoon Haiyan tore through Tacloban on Friday, flattening homes and tearing down power lines. "
        '"It was as though the town had been shelled," a resident said.\n\n'
        "The government said 120 people were killed and thousands of homes destroyed."
    )
    assert current_events(text, "2013-11-10") == []


def test_a_storm_in_a_country_named_like_its_forces_gives_no_event():
    # "Mozambique" is the longest word of its forces' name, "northern" of a rebel alliance's
    text = (
        "Cyclone hits northern coast\n\n"
        "The cyclone came ashore near Pemba on Thursday night. Officials said four in five of the houses in "
        "Macomia, Mozambique had been destroyed."
    )
    assert current_events(text, "2019-04-27") == []


def test_the_government_counting_a_quakes_dead_names_no_side():
    text = (
        "Earthquake flattens villages\n\n"
        "An earthquake struck Bam before dawn on Friday. Rescue workers said most of the houses in the old town "
        "had been destroyed, and the government said 14 people had died."
    )
    assert current_events(text, "2003-12-27") == []


def test_violence_in_a_hazard_story_is_still_read():
    text = (
        "Floods hit Sindh\n\n"
        "Floods swept through villages in Sindh on Monday. Separately, militants attacked a police post in "
        "Larkana, killing two policemen."
    )
    event = only_event(text, "2022-08-30")
    assert event.fatalities == 2
    assert event.location is not None and event.location.name == "Larkana"


def test_a_range_of_pupils_beside_a_match_is_no_score():
    text = (
        "Kidnap at school pitch\n\n"
        "10-15 pupils were abducted from a football pitch at a school near Zaria on Monday during a match."
    )
    assert only_event(text, "2021-03-02").sub_event_type == "Abduction/forced disappearance"


def test_a_score_is_still_a_score():
    text = (
        "Rovers crush United\n\n"
        "Rovers crushed United 4-0 at the stadium on Saturday, their striker attacking from the first whistle "
        "in the league match."
    )
    assert current_events(text, "2021-03-07") == []
