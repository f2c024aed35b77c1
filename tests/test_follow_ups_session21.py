"""Follow-ups, session 21: suspects told as already arrested by the time of the report ("police said two
suspects had been arrested"), after the violence the report tells, are arrests for it (ACLED codes them in
the incident's note), not an event of their own; suspects of a crime named apart ("40 suspects of theft")
stay arrests of their own. Sentences are our own."""

from __future__ import annotations

from helpers import current_events, only_event


def test_suspects_who_had_been_arrested_follow_the_attack():
    text = (
        "A grenade exploded at a bus stop in Gitega on Wednesday, killing two people. "
        "Police said two suspects had been arrested in Bujumbura."
    )
    assert only_event(text, "2016-03-05").sub_event_type == "Grenade"


def test_suspects_of_another_crime_stay_arrests():
    text = (
        "A grenade exploded at a bus stop in Gitega on Wednesday, killing two people. "
        "In Bujumbura, police said 40 suspects of theft had been arrested in a raid."
    )
    assert [e.sub_event_type for e in current_events(text, "2016-03-05")] == ["Grenade", "Arrests"]
