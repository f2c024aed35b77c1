"""extract never raises on arbitrary text: it returns events or a clear InputError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import conflictscope
from conflictscope.errors import InputError

WORDS = st.sampled_from(
    "the police shot killed rockets hit Kabul on Sunday denied said two dozens wounded in near Aleppo "
    "attack protesters gunmen Ganja claimed responsibility , . “ ” ' - 1994 yesterday last night Mosul "
    "civilians airstrike not would threatened to according AFP Reuters Ministry".split()
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text):
    try:
        events = conflictscope.extract(text, published="2021-05-02")
    except InputError as exc:
        assert exc.one_line() and "\n" not in exc.one_line()
        return
    assert isinstance(events, list)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=60).map(" ".join), st.sampled_from([None, "2020-01-31", "2024-02-29"]))
def test_conflict_vocabulary_soup_gives_well_formed_events(text, published):
    try:
        events = conflictscope.extract(text, published=published)
    except InputError:
        return
    for event in events:
        record = event.to_dict()
        assert record["fatalities"] >= 0
        for ev in record["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
        if published is None:
            # Only a date the text states in full can resolve without a publication date.
            assert record["date"] is None or record["time_precision"] >= 1
