"""Date mentions resolved against a publication date, on real spaCy sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictscope.mentions.dates import find_dates, resolve_month_day, resolve_weekday

MONDAY = dt.date(2020, 9, 28)
THURSDAY = dt.date(2020, 10, 1)


def dates(nlp, text, published=MONDAY):
    doc = nlp(text)
    found = find_dates(doc[:], published)
    for m in found:
        assert doc.text[m.start : m.end] == m.text
    return [(m.text, m.value, m.precision, m.relative) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels shelled the town on Sunday.", [("Sunday", dt.date(2020, 9, 27), 1, True)]),
        ("Troops withdrew on Saturday.", [("Saturday", dt.date(2020, 9, 26), 1, True)]),
        ("The market was bombed yesterday.", [("yesterday", dt.date(2020, 9, 27), 1, True)]),
        ("Police fired tear gas today.", [("today", MONDAY, 1, True)]),
        ("A mortar landed this morning.", [("this morning", MONDAY, 1, True)]),
        ("Gunfire was heard last night.", [("last night", dt.date(2020, 9, 27), 1, True)]),
        ("The convoy was ambushed overnight.", [("overnight", dt.date(2020, 9, 27), 1, True)]),
        ("Militants raided a camp late on Sunday.", [("late on Sunday", dt.date(2020, 9, 27), 1, True)]),
        ("Shops were looted last week.", [("last week", dt.date(2020, 9, 24), 2, True)]),
        ("Clashes were frequent last month.", [("last month", dt.date(2020, 8, 15), 3, True)]),
        ("Two villages burned two days ago.", [("two days ago", dt.date(2020, 9, 26), 1, True)]),
        ("A drone struck on Friday night.", [("Friday night", dt.date(2020, 9, 25), 1, True)]),
        ("Thursday's raid left the area empty.", [("Thursday's", dt.date(2020, 9, 24), 1, True)]),
        # the night named by its evening's day, not the night before publication
        ("Rebels raided the camp overnight Friday.", [("overnight Friday", dt.date(2020, 9, 25), 1, True)]),
        ("Rebels raided the camp overnight on Friday.", [("overnight on Friday", dt.date(2020, 9, 25), 1, True)]),
    ],
)
def test_relative_expressions(nlp, text, expected):
    assert dates(nlp, text) == expected


def test_weekday_on_publication_day_is_that_day(nlp):
    sunday = dt.date(2020, 9, 27)
    assert dates(nlp, "Protests spread on Sunday.", sunday) == [("Sunday", sunday, 1, True)]


def test_earlier_this_week_is_the_middle_of_the_elapsed_days(nlp):
    # Monday 28 Sep .. Wednesday 30 Sep: the middle is Tuesday 29 Sep.
    assert dates(nlp, "Fighting resumed earlier this week.", THURSDAY) == [
        ("earlier this week", dt.date(2020, 9, 29), 2, True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The truce began on September 27.", [("September 27", dt.date(2020, 9, 27), 1, True)]),
        ("It ended on September 27, 2020, officials said.", [("September 27, 2020", dt.date(2020, 9, 27), 1, False)]),
        ("Voting closed on 27 September 2020.", [("27 September 2020", dt.date(2020, 9, 27), 1, False)]),
        ("Talks stalled on Sept. 27 in the capital.", [("Sept. 27", dt.date(2020, 9, 27), 1, True)]),
        ("Shelling resumed on 27 Sep near the border.", [("27 Sep", dt.date(2020, 9, 27), 1, True)]),
        ("The report is dated 2020-09-27.", [("2020-09-27", dt.date(2020, 9, 27), 1, False)]),
        ("Strikes began in March 2020.", [("March 2020", dt.date(2020, 3, 15), 3, False)]),
        ("The party was founded in 1994.", [("1994", dt.date(1994, 7, 1), 3, False)]),
        ("Unrest grew in the late 1980s.", [("the late 1980s", dt.date(1988, 7, 1), 3, False)]),
        ("Peace held in the early 1990s.", [("the early 1990s", dt.date(1992, 1, 1), 3, False)]),
        ("Scars of the 1990s war remain.", [("the 1990s", dt.date(1995, 1, 1), 3, False)]),
    ],
)
def test_explicit_dates(nlp, text, expected):
    assert dates(nlp, text) == expected


def test_weekday_prefix_joins_the_full_date(nlp):
    assert dates(nlp, "On Sunday, September 27, 2020, the army moved.") == [
        ("Sunday, September 27, 2020", dt.date(2020, 9, 27), 1, False)
    ]


def test_month_day_without_year_stays_on_or_before_publication(nlp):
    # 30 September is two days after a 28 September publication: it must be last year's.
    assert dates(nlp, "The accord signed on 30 September collapsed.") == [
        ("30 September", dt.date(2019, 9, 30), 1, True)
    ]
    # one day after publication is still allowed
    assert resolve_month_day(9, 29, MONDAY) == dt.date(2020, 9, 29)


def test_without_publication_date_relative_values_are_none(nlp):
    found = dates(nlp, "Yesterday, on Sunday, three days ago, on September 27, 2020.", None)
    assert found == [
        ("Yesterday", None, 1, True),
        ("Sunday", None, 1, True),
        ("three days ago", None, 1, True),
        ("September 27, 2020", dt.date(2020, 9, 27), 1, False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The blast occurred at 9:30 am local time.",
        "Sirens sounded at 05:30 GMT.",
        "The siege lasted for three days.",
        "A 45-year-old man was detained.",
        "Protesters will march through the city.",
        "Officials may release the names.",
        "The army deployed 2020 troops.",
    ],
)
def test_non_dates_are_ignored(nlp, text):
    assert dates(nlp, text) == []


def test_resolve_weekday_helpers():
    assert resolve_weekday("Monday", MONDAY) == MONDAY
    assert resolve_weekday("monday", MONDAY, before=True) == dt.date(2020, 9, 21)
    assert resolve_weekday("Tue", MONDAY) == dt.date(2020, 9, 22)
    assert resolve_weekday("Funday", MONDAY) is None
    assert resolve_weekday("Monday", None) is None


def test_offsets_are_into_the_document_for_a_later_sentence(nlp):
    doc = nlp("Nothing happened. The army attacked on Sunday.")
    sentence = list(doc.sents)[1]
    (mention,) = find_dates(sentence, MONDAY)
    assert doc.text[mention.start : mention.end] == "Sunday"


class _Text:
    def __init__(self, text):
        self.text = text


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_find_dates_never_raises(text, published):
    for mention in find_dates(_Text(text), published):
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["on", "Sunday", "27", "September", "2020", "last", "week", "ago", "two", "days", "in", "the", "1990s", ",", "late"]),
        max_size=8,
    ),
    st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 10), max_value=dt.date(9999, 12, 20))),
)
def test_find_dates_never_raises_on_date_like_words(words, published):
    find_dates(_Text(" ".join(words)), published)
