"""A mob's own violence told in an "after" clause is still the mob's act, the event the measure or the
arrests answer: not the topic of a protest. Sentences written for these tests."""

from datetime import date

from helpers import sub_types

FILED = date(2018, 3, 6)


def test_a_curfew_after_a_mob_attack_is_the_mob_attack():
    assert sub_types("Authorities imposed a curfew in Kandy after Buddhist mobs attacked Muslim-owned shops on Monday.", FILED) == ["Mob violence"]


def test_a_protest_after_an_outside_cause_stays_a_protest():
    assert sub_types("Farmers protested in Kandy on Monday after floods destroyed their crops.", FILED) == ["Peaceful protest"]
