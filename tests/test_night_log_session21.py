"""A log's entries of one night told across midnight are one incident (session 21): an entry timed in
the small hours of the next day at the same place goes on with the incident begun the evening before,
which is dated by its start. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import current_pipeline_events

LOG = (
    "FIRE BRIGADE LOG - SAINT-DENIS - NIGHT OF 14/15 JUNE 2023\n\n"
    "14/06 22:10 - Bus shelter burning, avenue Wilson, Saint-Denis. Crews pelted with stones by youths, withdrew.\n"
    "14/06 23:35 - Town hall annexe set on fire by youths in Saint-Denis.\n"
    "15/06 {time} - Youths attacked the police in Saint-Denis; two officers wounded by stones.\n"
)


def test_an_entry_of_the_small_hours_goes_on_with_the_night_s_incident():
    events = current_pipeline_events(LOG.format(time="01:40"), date(2023, 6, 15))
    assert [e.date for e in events] == [date(2023, 6, 14)]


def test_an_entry_of_the_next_afternoon_is_another_day_s():
    events = current_pipeline_events(LOG.format(time="15:40"), date(2023, 6, 15))
    assert date(2023, 6, 15) in {e.date for e in events}
