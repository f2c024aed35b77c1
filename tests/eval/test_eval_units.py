"""The pure parts of the evaluation: dates, actor codes, stated dates, distances, claim wording, names."""

from __future__ import annotations

import math
from datetime import date

import pytest

from conflictscope.eval.acled import inter_kind, parse_acled_date, stated_dates
from conflictscope.eval.claims import same_group, summary_claims
from conflictscope.eval.geo import EARTH_RADIUS_KM, haversine_km
from conflictscope.eval.report import Metric


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2020-05-03", "dmy", date(2020, 5, 3)),
        ("2020-05-03T00:00:00", "dmy", date(2020, 5, 3)),
        ("03 May 2020", "dmy", date(2020, 5, 3)),
        ("3 May 2020", "dmy", date(2020, 5, 3)),
        ("3-May-20", "dmy", date(2020, 5, 3)),
        ("21-Mar-98", "dmy", date(1998, 3, 21)),
        ("03 September 2019", "dmy", date(2019, 9, 3)),
        ("May 3, 2020", "dmy", date(2020, 5, 3)),
        ("05/03/2020", "dmy", date(2020, 3, 5)),
        ("05/03/2020", "mdy", date(2020, 5, 3)),
        ("", "dmy", None),
        ("#date", "dmy", None),
        ("31 February 2020", "dmy", None),
    ],
)
def test_acled_dates(text, order, expected):
    assert parse_acled_date(text, order) == expected


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("1", "state_forces"),
        ("2.0", "rebel_group"),
        ("3", "political_militia"),
        ("8", "external_forces"),
        ("State forces", "state_forces"),
        ("Identity militia", "identity_militia"),
        ("External/Other forces", "external_forces"),
        (" protesters ", "protesters"),
        ("0", None),
        ("", None),
        (None, None),
    ],
)
def test_inter_codes_and_labels(value, kind):
    assert inter_kind(value) == kind


def test_stated_dates_reads_both_orders_and_ignores_partial_dates():
    note = "As reported on 21 March 2020, fighting that began on March 19, 2020 continued; in May the town fell."
    assert stated_dates(note) == {date(2020, 3, 21), date(2020, 3, 19)}
    assert stated_dates("Around mid-April, troops withdrew.") == set()


def test_haversine_known_distances():
    assert haversine_km(0, 0, 0, 0) == 0
    # a quarter of a great circle along the equator
    assert haversine_km(0, 0, 0, 90) == pytest.approx(math.pi / 2 * EARTH_RADIUS_KM)
    # pole to pole
    assert haversine_km(90, 0, -90, 0) == pytest.approx(math.pi * EARTH_RADIUS_KM)
    # one degree of latitude is about 111.2 km anywhere
    assert haversine_km(10, 20, 11, 20) == pytest.approx(111.19, abs=0.05)
    # symmetric, and the antimeridian is no wall
    assert haversine_km(0, 179.5, 0, -179.5) == pytest.approx(haversine_km(0, -179.5, 0, 179.5))
    assert haversine_km(0, 179.5, 0, -179.5) == pytest.approx(111.19, abs=0.05)


@pytest.mark.parametrize(
    ("summary", "claimed"),
    [
        ("A bomb exploded. The Eastern Front (EF) claimed responsibility for the incident.", True),
        ("A bomb exploded. No group claimed responsibility for the incident; however, sources suspected the EF.", False),
        ("A bomb exploded. No group has claimed responsibility.", False),
        ("This was one of 12 attacks on this day, all of which were claimed by the Eastern Front.", True),
        ("The Eastern Front claimed all 12 of the coordinated attacks.", True),
        ("A bomb exploded. Two people were killed.", False),
        ("The blast claimed the lives of two people.", False),
    ],
)
def test_claim_wording(summary, claimed):
    assert summary_claims(summary) is claimed


def test_group_names_match_loosely():
    assert same_group("Islamic State of Iraq", "Islamic State of Iraq (ISI)")
    assert same_group("ISI", "Islamic State of Iraq (ISI)")
    assert same_group("Al-Qa'ida in Iraq", "Al-Qaida in Iraq")
    assert not same_group("Eastern Front", "Islamic State of Iraq (ISI)")


def test_metric_arithmetic():
    m = Metric("x", target=0.5)
    assert m.value is None and m.met is None
    for ok in (True, False, True, True):
        m.add(ok)
    assert (m.correct, m.total, m.value, m.met) == (3, 4, 0.75, True)
    mean = Metric("events", target=1.3, higher_is_better=False)
    for n in (1, 2, 0):
        mean.add(n)
    assert mean.value == 1.0 and mean.met is True
