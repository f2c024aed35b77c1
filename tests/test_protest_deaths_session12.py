"""A death told with a demonstration that nobody met with force is its cause, not its toll: ACLED codes
a protest where people are killed as Excessive force against protesters. Sentences written for these
tests."""

from datetime import date

from helpers import first_event

PUBLISHED = date(2021, 3, 9)


def test_a_protest_over_a_killing_has_no_dead():
    event = first_event("On 8 March 2021, traders closed their shops and marched in Bouake to denounce the killing of a moneychanger by robbers.", PUBLISHED)
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", 0)


def test_a_vigil_for_a_dead_activist_has_no_dead():
    event = first_event("On 8 March 2021, students held a vigil in Bouake after the death of an activist in custody.", PUBLISHED)
    assert (event.event_type, event.fatalities) == ("Protests", 0)


def test_protesters_killed_by_police_keep_their_dead():
    event = first_event("On 8 March 2021, police opened fire on protesters in Bouake, killing two of them.", PUBLISHED)
    assert (event.sub_event_type, event.fatalities) == ("Excessive force against protesters", 2)
