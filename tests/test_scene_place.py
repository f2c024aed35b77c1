"""A sentence that only sets the scene ("In X, police carried out an operation ...") gives its first
place to the event told in the next sentence of the same paragraph."""

from __future__ import annotations

from datetime import date

from helpers import pipeline_events

PUBLISHED = date(2021, 6, 4)

SCENE = (
    "On 3 June 2021, in Campinas, Sao Paulo, military police carried out an operation in the Jardim "
    "Sao Marcos neighbourhood. A shoot-out broke out and two suspects were killed."
)
OWN_PLACE = (
    "On 3 June 2021, in Campinas, Sao Paulo, military police carried out an operation. "
    "Later that day a shoot-out broke out in Sorocaba and two suspects were killed."
)
NEXT_LINE = "On 3 June 2021, the governor visited Campinas, Sao Paulo.\nA shoot-out broke out and two suspects were killed."


def test_the_event_takes_the_place_of_the_sentence_that_set_the_scene():
    events = pipeline_events(SCENE, PUBLISHED)
    assert len(events) == 1
    assert events[0].event_type == "Battles"
    assert events[0].location is not None and events[0].location.name == "Campinas"
    assert events[0].location.country_code == "BR"


def test_an_event_with_its_own_place_keeps_it():
    events = pipeline_events(OWN_PLACE, PUBLISHED)
    assert [e.location.name for e in events if e.location] == ["Sorocaba"]


def test_only_within_one_paragraph_and_the_same_with_and_without_the_fast_path():
    fast, full = pipeline_events(NEXT_LINE, PUBLISHED), pipeline_events(NEXT_LINE, PUBLISHED, fast=False)
    assert [e.to_dict() for e in fast] == [e.to_dict() for e in full]
    assert all(e.location is None or e.location.name != "Campinas" for e in fast)


def test_a_place_before_a_report_verb_sets_the_scene_of_the_reported_clause():
    events = pipeline_events("On 2 June 2021, in Jalalabad, local sources reported that a roadside bomb killed three police officers.", PUBLISHED)
    assert [e.location.name for e in events if e.location] == ["Jalalabad"]
    # where a correspondent or a speaker was is still not where things happened
    events = pipeline_events("Speaking in Geneva on Monday, the envoy said that shelling had killed 12 civilians.", PUBLISHED)
    assert all(e.location is None or e.location.name != "Geneva" for e in events)
    events = pipeline_events("Reporting from Kabul, our correspondent said a car bomb had killed three officers in Jalalabad.", PUBLISHED)
    assert [e.location.name for e in events if e.location] == ["Jalalabad"]
