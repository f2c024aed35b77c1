"""A district named after a town situates it ("Patikul, Sulu"): one event at the town, not a second at
the district's namesake town. Sentences written for these tests."""

from datetime import date

from helpers import current_events


def test_a_district_after_a_town_only_situates_it():
    events = current_events("Government troops clashed with Abu Sayyaf militants in Patikul, Sulu, on Tuesday, killing five.", date(2020, 6, 17))
    assert [e.location.name for e in events] == ["Patikul"]
