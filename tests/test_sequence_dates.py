"""Days told from the event before ("The next day", "two days later", "that night"): the day of the last
event told, moved on. Sentences written for these tests."""

from datetime import date

import pytest

from helpers import current_events, pipeline_events
from conflictscope.mentions.sequence import find_later_dates
from conflictscope.types import DateMention

FILED = date(2019, 3, 14)
RAID = "On 3 March, gunmen raided Kajuru, killing two villagers. "


def _dates(text: str) -> list[tuple[str, date]]:
    return [(e.location.name if e.location else None, e.date) for e in current_events(text, FILED)]


@pytest.mark.parametrize(
    "later, day",
    [
        ("The next day, troops clashed with the gunmen near Kachia, killing three.", date(2019, 3, 4)),
        ("On the following morning troops clashed with the gunmen near Kachia, killing three.", date(2019, 3, 4)),
        ("A day later, troops clashed with the gunmen near Kachia, killing three.", date(2019, 3, 4)),
        ("Two days later, troops clashed with the gunmen near Kachia, killing three.", date(2019, 3, 5)),
        ("Troops clashed with the gunmen near Kachia 48 hours later, killing three.", date(2019, 3, 5)),
        ("That night, troops clashed with the gunmen near Kachia, killing three.", date(2019, 3, 3)),
    ],
)
def test_a_day_told_from_the_event_before(later, day):
    assert _dates(RAID + later) == [("Kajuru", date(2019, 3, 3)), ("Kachia", day)]


def test_days_told_one_after_another_add_up():
    text = RAID + "The next day, troops clashed with the gunmen near Kachia. Two days later, the gunmen burned a church in Kauru."
    assert [d for _, d in _dates(text)] == [date(2019, 3, 3), date(2019, 3, 4), date(2019, 3, 6)]


def test_a_sentence_with_its_own_date_keeps_it():
    text = RAID + "The next day, which was a Monday, police said, and on 10 March, troops clashed with the gunmen near Kachia."
    assert ("Kachia", date(2019, 3, 10)) in _dates(text)


def test_with_no_event_before_the_phrase_gives_no_day():
    # nothing to count from: the event is dated as a report without a day is
    events = pipeline_events("The next day, troops clashed with gunmen near Kachia, killing three.", FILED)
    assert [(e.date, e.time_precision) for e in events] == [(FILED, 2)]


def test_hours_that_make_no_whole_day_give_none():
    anchor = DateMention("3 March", 0, 7, date(2019, 3, 3))
    assert find_later_dates("Twelve hours later, troops arrived.", 0, anchor) == []
    assert [d.value for d in find_later_dates("Some 72 hours later, troops arrived.", 100, anchor)] == [date(2019, 3, 6)]
    assert [d.start for d in find_later_dates("Some 72 hours later, troops arrived.", 100, anchor)] == [105]


def test_a_week_anchor_keeps_its_precision():
    anchor = DateMention("last week", 0, 9, date(2019, 3, 6), precision=2, relative=True)
    (found,) = find_later_dates("The next day the rebels withdrew.", 0, anchor)
    assert (found.value, found.precision) == (date(2019, 3, 7), 2)


def test_a_sentence_that_names_no_place_goes_on_with_the_event_before():
    # the incident is dated to its start, as ACLED codes a kidnapping whose victim is found dead later
    text = "On 3 March, armed men broke into a house in Kajuru and kidnapped a trader. The next day he was found dead on a farm."
    assert [(e.sub_event_type, e.date) for e in current_events(text, FILED)] == [("Attack", date(2019, 3, 3))]
