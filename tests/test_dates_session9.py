"""Session 9: a numeric date whose day and month could swap ("10/04/2014") is read the way that puts
it nearest the publication day, not after it; day-first when both readings are as near. Fixture
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conflictscope.mentions.dates import find_dates


def value(nlp, text, published):
    found = find_dates(nlp(text)[:], published)
    assert len(found) == 1, found
    return found[0].value


def test_month_first_when_that_is_the_publication_day(nlp):
    # a wire summary dated in the American way, published that day
    assert value(nlp, "10/04/2014: gunmen attacked a checkpoint.", dt.date(2014, 10, 4)) == dt.date(2014, 10, 4)


def test_day_first_when_that_is_nearer_and_not_in_the_future(nlp):
    # 10 April is two days before publication; 4 October would be months after it
    assert value(nlp, "On 10/04/2014 gunmen attacked a checkpoint.", dt.date(2014, 4, 12)) == dt.date(2014, 4, 10)


def test_an_impossible_month_decides_whatever_the_publication_day(nlp):
    assert value(nlp, "On 12/14/2014 gunmen attacked a checkpoint.", dt.date(2015, 6, 1)) == dt.date(2014, 12, 14)
    assert value(nlp, "On 14/12/2014 gunmen attacked a checkpoint.", dt.date(2015, 6, 1)) == dt.date(2014, 12, 14)


def test_day_first_without_a_publication_day_and_when_it_is_the_nearer_reading(nlp):
    assert value(nlp, "On 03/05/2014 gunmen attacked a checkpoint.", None) == dt.date(2014, 5, 3)
    # published 4 June: 3 May is a month before, 5 March three months
    assert value(nlp, "On 03/05/2014 gunmen attacked a checkpoint.", dt.date(2014, 6, 4)) == dt.date(2014, 5, 3)
    # published 6 March: 5 March is the day before, 3 May would be in the future
    assert value(nlp, "On 03/05/2014 gunmen attacked a checkpoint.", dt.date(2014, 3, 6)) == dt.date(2014, 3, 5)


def test_a_claim_after_a_month_first_date_reaches_the_event(nlp):
    # the event is read as happening on the publication day (not months earlier, as history), so the
    # responsibility claim in a later sentence attaches to it
    import conflictscope

    text = (
        "10/04/2014: Assailants attacked a police checkpoint in Balad city, Saladin governorate, Iraq. "
        "Two policemen were killed in the attack. The Islamic State claimed responsibility for the incident."
    )
    events = [e for e in conflictscope.extract(text, published="2014-10-04") if not e.historical]
    assert len(events) == 1
    assert events[0].date == dt.date(2014, 10, 4)
    assert [c.stance for c in events[0].claims] == ["claims_responsibility"]
