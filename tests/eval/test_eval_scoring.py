"""The scorers on tiny gold files of our own, with the real extractor.

Each fixture has items the extractor gets right (a plain protest in Nairobi, a claimed car bomb) and
items nothing can get right (a note with no event in it scored against a battle; a gold "toponym" in
lower case), so the expected counts are known."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conflictscope.eval.acled import read_acled, score_acled
from conflictscope.eval.claims import read_gtd, score_claims
from conflictscope.eval.geo import read_corpus, score_geo

FIXTURES = Path(__file__).parent / "fixtures"


def counts(result):
    return {m.name: (m.correct, m.total) for m in result.metrics}


def test_acled_reader_skips_hxl_and_reads_every_date_format():
    rows = read_acled(FIXTURES / "acled_tiny.csv")
    assert [r.id for r in rows] == ["TST1", "TST2", "TST3"]  # the #-tag row is gone
    assert [r.event_date for r in rows] == [date(2020, 5, 4), date(2020, 4, 30), date(2020, 5, 5)]
    assert [r.inter1 for r in rows] == ["protesters", "rebel_group", "political_militia"]
    assert [r.inter2 for r in rows] == [None, "state_forces", "civilians"]
    assert rows[1].fatalities == 2 and rows[1].latitude == pytest.approx(36.729)
    assert all(r.states_date for r in rows)
    assert all(r.single_event_note for r in rows)


def test_slashed_dates_follow_what_the_notes_say():
    rows = read_acled(FIXTURES / "acled_slashed.csv")
    assert [r.event_date for r in rows] == [date(2020, 5, 4), date(2020, 5, 2)]


@pytest.fixture(scope="module")
def acled_result():
    return score_acled(read_acled(FIXTURES / "acled_tiny.csv"), source="acled_tiny.csv")


def test_acled_scores(acled_result):
    c = counts(acled_result)
    # TST1 (protest) and TST3 (gunmen kill a trader) are right on every field; TST2 has no event at all.
    for name in (
        "coverage",
        "event_type accuracy",
        "sub_event_type accuracy",
        "date exact (note states the date)",
        "location within 10 km",
        "location within 50 km",
        "fatalities exact",
        "actor1 kind",
    ):
        assert c[name] == (2, 3), name
    assert c["events per single-event note"] == (2, 3)
    assert c["events per single-event note with an event"] == (2, 2)
    given = acled_result.info["among rows with an event"]
    assert (given["fatalities exact"]["correct"], given["fatalities exact"]["total"]) == (2, 2)
    assert acled_result.failed == 0
    assert acled_result.confusion[("Armed clash", "(no event)")] == 1
    assert acled_result.confusion[("Peaceful protest", "Peaceful protest")] == 1
    assert acled_result.top_confusions() == [("Armed clash", "(no event)", 1)]
    (miss,) = acled_result.misses
    assert miss.id == "TST2" and miss.failures == ["no event"] and miss.ours == []


def test_geowebnews_layout(tmp_path):
    corpus = read_corpus(FIXTURES / "gwn_tiny.xml")
    assert corpus.layout == "gwn" and not corpus.one_based
    article = corpus.articles[0]
    assert [article.text[t.start : t.end] for t in article.toponyms] == ["Nairobi", "Kenyan", "Mombasa", "riverbank", "unions"]
    result = score_geo(corpus)
    c = counts(result)
    # Nairobi and Mombasa found and resolved; the lower-case "riverbank" is not found; the adjective
    # "Kenyan" and the non-toponym "unions" are not scored for recall.
    assert c["toponym recall"] == (2, 3)
    assert c["resolved within 161 km (of found)"] == (2, 2)
    assert c["found and within 161 km (of all gold)"] == (2, 3)
    assert c["precision"][1] >= 2 and c["precision"][0] == c["precision"][1]
    assert [m.failures for m in result.misses] == [["not found"]]
    with_adjectives = score_geo(corpus, adjectives=True)
    assert counts(with_adjectives)["toponym recall"][1] == 4


def test_geovirus_layout_is_one_based():
    corpus = read_corpus(FIXTURES / "geovirus_tiny.xml")
    assert corpus.layout == "geovirus" and corpus.one_based
    article = corpus.articles[0]
    assert [article.text[t.start : t.end] for t in article.toponyms] == ["Nairobi", "Mombasa"]
    assert corpus.mismatched == 0
    c = counts(score_geo(corpus))
    assert c["toponym recall"] == (2, 2)
    assert c["resolved within 161 km (of found)"] == (2, 2)


def test_towns_are_scored_apart_from_countries(tmp_path):
    # a corpus that puts Kenya at its capital (our point is the country's centre, some 170 km away):
    # the country counts against "resolved within 161 km" but not against the towns-only figure
    text = "Health officials in Kenya reported new cases of cholera, and clinics in Mombasa were put on alert."
    start, end = text.index("Kenya"), text.index("Kenya") + len("Kenya")
    m_start, m_end = text.index("Mombasa"), text.index("Mombasa") + len("Mombasa")
    corpus_file = tmp_path / "kenya.xml"
    corpus_file.write_text(
        "<articles><article><source>s</source><text>" + text + "</text><locations>"
        f"<location><name>Kenya</name><start>{start + 1}</start><end>{end + 1}</end><lat>-1.28</lat><lon>36.82</lon><page>p</page></location>"
        f"<location><name>Mombasa</name><start>{m_start + 1}</start><end>{m_end + 1}</end><lat>-4.05</lat><lon>39.67</lon><page>p</page></location>"
        "</locations></article></articles>",
        encoding="utf-8",
    )
    result = score_geo(read_corpus(corpus_file))
    c = counts(result)
    assert c["toponym recall"] == (2, 2)
    assert c["resolved within 161 km (of found)"] == (1, 2)
    assert c["resolved within 161 km, towns (of found)"] == (1, 1)
    (miss,) = result.misses
    assert miss.ours[0]["feature"] == "country" and miss.ours[0]["name"] == "Kenya"


def test_gtd_claims_and_counts():
    rows = read_gtd(FIXTURES / "gtd_tiny.csv")
    assert [(r.claimed, r.claimed_source, r.killed, r.wounded) for r in rows] == [(True, "summary", 4, 12), (False, "summary", 2, 7)]
    assert rows[0].incident_date == date(2013, 1, 23)
    result = score_claims(rows)
    c = counts(result)
    assert c["claim F1"] == (2, 2)  # one true positive, no false positive, no false negative
    assert c["claim precision"] == (1, 1) and c["claim recall"] == (1, 1)
    assert c["claimant matches gold group (of true positives)"] == (1, 1)
    assert c["killed exact"] == (2, 2) and c["wounded exact"] == (2, 2)
    assert result.info["true_positives"] == 1 and result.info["false_positives"] == 0


def test_gtd_claimed_column_wins_over_wording(tmp_path):
    gold = tmp_path / "gtd.csv"
    gold.write_text(
        "eventid,iyear,imonth,iday,gname,claimed,nkill,nwound,summary\n"
        '201301010001,2013,1,1,Eastern Front,1,0,0,"A grenade was thrown at a shop. Nobody was hurt."\n'
        '201301010002,2013,1,2,Unknown,-9,,,"A grenade was thrown at a shop. The Eastern Front claimed responsibility."\n',
        encoding="utf-8",
    )
    rows = read_gtd(gold)
    assert [(r.id, r.claimed, r.claimed_source, r.killed) for r in rows] == [
        ("201301010001", True, "column", 0),
        ("201301010002", True, "summary", None),
    ]
    assert rows[0].incident_date == date(2013, 1, 1)


def test_acled_figures_by_region(acled_result):
    # one row per region in the fixture: the protest (Eastern Africa) and the killing (Western Africa)
    # are right, the note with no event (Caucasus and Central Asia) is wrong on every measure
    regions = acled_result.info["by region"]
    assert set(regions) == {"Eastern Africa", "Caucasus and Central Asia", "Western Africa"}
    assert regions["Eastern Africa"]["event_type"] == 1.0 and regions["Eastern Africa"]["rows"] == 1
    assert regions["Western Africa"]["location 10 km"] == 1.0
    assert regions["Caucasus and Central Asia"]["event_type"] == 0.0
    assert regions["Caucasus and Central Asia"]["fatalities"] == 0.0


def test_no_region_table_for_one_region(tmp_path):
    # the slashed fixture has no region column: nothing to break down
    result = score_acled(read_acled(FIXTURES / "acled_slashed.csv"), source="acled_slashed.csv")
    assert "by region" not in result.info


def test_events_told_as_background_are_left_out_as_the_csv_export_leaves_them_out(tmp_path):
    # the gold row is dated 4 May; its note tells an arrest two months before it as background to its
    # own time ("are still held"), which we flag historical: the CSV export has no row for it, so by
    # default the scorer sees no event either (told alone, an old arrest is the text's record)
    header = (FIXTURES / "acled_tiny.csv").read_text(encoding="utf-8").splitlines()[0]
    row = (
        'TSTH,2020-05-04,2020,1,Strategic developments,Arrests,Police Forces of Kenya (2013-),,State forces,,,,10,'
        'Eastern Africa,Kenya,Nairobi,Westlands,,Nairobi,-1.2833,36.8167,1,Invented Daily,National,'
        '"On 2 March 2020, police arrested 12 teachers in Nairobi; they are still held.",0,1588600000'
    )
    gold = tmp_path / "background.csv"
    gold.write_text(header + "\n" + row + "\n", encoding="utf-8")
    rows = read_acled(gold)
    left_out = score_acled(rows, source="background.csv")
    assert counts(left_out)["coverage"] == (0, 1)
    assert left_out.info["historical events left out"] == 1
    kept = score_acled(rows, source="background.csv", historical=True)
    assert counts(kept)["coverage"] == (1, 1)
    assert counts(kept)["sub_event_type accuracy"] == (1, 1)
