"""Speed with the same output (session 20): find_dates skips a rule whose text lacks what its pattern
needs (dates._NEEDS), and a parsed Doc's text is joined once (analyze.text_of). Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictscope.mentions import dates
from conflictscope.mentions.dates import find_dates_at
from conflictscope.nlp.analyze import get_nlp, text_of

SENTENCES = [
    "Gunmen killed four herders near Mandera on 12 March 2019, police said on Tuesday.",
    "On the 9th inst. a mob burned the market; the day before yesterday troops fired on it.",
    "Forty years ago today, miners struck in the MAY 1979 strike; overnight police raided homes.",
    "The offensive of the late 1990s ended in the year 1999, between 3-5 June, or June 3-5 1999.",
    "Posted 14/03/21 09:14 - Rebels shelled the town last week and again this weekend, since 2015.",
    "It has been ten days since the raid; two weeks have passed since 4 Mar, earlier this month.",
    "141530Z JUN 16 patrol ambushed; 13-Mar-21 log; on 12/03 2019 the convoy left on Friday night.",
    "Christmas Day and Easter Sunday passed quietly, as did Monday last and Wednesday of last week.",
    "this morning, later tonight, earlier this year, last month, this day in 1985, 3 days ago",
    "Nothing here names a day: the council met to discuss roads and schools.",
    "٣ قتلى 12 killed — وقع الهجوم في 12 مارس",
]
PUBLISHED = [date(2019, 3, 20), date(2021, 3, 15), None]

_DATE_WORDS = (
    "on in since ago today tonight yesterday overnight last this next week weekend month year day night morning "
    "Monday tuesday FRIDAY Sunday's March MARCH Mar. Sept Jun May may the of and to - / . , : 3 12 31 1985 2019 "
    "19 21 9th 1st inst ult early mid late 1990s decade fortnight hours days weeks months years passed it has been "
    "NİGHT LAST ſince THİS MORNİNG weeK Yesterday TODAY ıt"
).split()


def _all_rules(monkeypatch) -> None:
    monkeypatch.setattr(dates, "_NEEDS", {})


@pytest.mark.parametrize("published", PUBLISHED)
def test_the_rules_pre_check_changes_no_date(monkeypatch, published):
    gated = [find_dates_at(s, 0, published) for s in SENTENCES]
    _all_rules(monkeypatch)
    assert [find_dates_at(s, 0, published) for s in SENTENCES] == gated
    assert sum(len(found) for found in gated) > 30  # the sentences do name dates


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), min_size=1, max_size=12))
def test_the_rules_pre_check_changes_no_date_on_any_words(words):
    text = " ".join(words)
    gated = find_dates_at(text, 0, date(2019, 3, 20))
    saved = dates._NEEDS
    dates._NEEDS = {}
    try:
        assert find_dates_at(text, 0, date(2019, 3, 20)) == gated
    finally:
        dates._NEEDS = saved


def test_every_rule_that_a_pre_check_skips_is_named_by_its_resolver():
    # a pre-check keyed by a resolver that is not a rule's would never apply
    resolvers = {resolve for _, resolve in dates._RULES}
    assert set(dates._NEEDS) <= resolvers


def test_the_cached_text_of_a_doc_is_its_text():
    doc = get_nlp()("Police fired tear gas at protesters in Ikeja.\nTwo were hurt.")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)  # joined once


def test_the_cached_text_is_each_docs_own():
    nlp = get_nlp()
    first, second = nlp("Police fired tear gas in Ikeja."), nlp("Rebels shelled Goma.")
    assert (text_of(first), text_of(second)) == (first.text, second.text)


@pytest.mark.parametrize("text", ["GUNMEN KILLED FOUR LAST NİGHT IN KADUNA", "THİS MORNİNG troops fired", "ſince Monday"])
def test_letters_the_rules_match_without_case_pass_the_pre_check(monkeypatch, text):
    gated = find_dates_at(text, 0, date(2019, 3, 14))
    assert gated  # each names a day the rules read
    _all_rules(monkeypatch)
    assert find_dates_at(text, 0, date(2019, 3, 14)) == gated
