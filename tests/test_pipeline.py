"""End-to-end extraction on our own fixture reports: every stage together, real model, real gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

import conflictscope
from conflictscope.errors import EmptyInput, NotEnglish
from fixtures import reports as R


@pytest.fixture(scope="module")
def shelling():
    return conflictscope.extract(R.SHELLING_REPORT, published=R.SHELLING_PUBLISHED, id="shelling")


def by_place(events, name):
    found = [e for e in events if e.location and e.location.name == name and not e.historical]
    assert found, f"no current event at {name}: {[(e.sub_event_type, e.location and e.location.name) for e in events]}"
    return found[0]


def test_disputed_shelling_has_figures_claims_and_date(shelling):
    event = by_place(shelling, "Kramatorsk")
    assert event.event_type == "Explosions/Remote violence"
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.date == date(2022, 6, 11)  # "on Saturday", published Sunday 12 June
    assert event.time_precision == 1
    assert event.location.country_code == "UA"
    assert event.location.geo_precision == 1
    assert event.fatalities == 2 and event.fatalities_stated
    assert event.injuries == 5
    assert event.civilian_targeting
    assert event.actor1.name == "Military Forces of Russia"
    assert event.actor1.kind == "external_forces"  # a state's forces outside their own country
    assert event.actor2.kind == "civilians" and event.actor2.country_code == "UA"
    stances = {(c.speaker.country_code, c.stance) for c in event.claims}
    assert ("UA", "asserts") in stances
    assert ("RU", "denies") in stances
    assert any(c.stance == "claims_responsibility" for c in event.claims)
    assert event.disputed


def test_claim_carries_its_own_figures_and_evidence(shelling):
    event = by_place(shelling, "Kramatorsk")
    ministry = next(c for c in event.claims if c.stance == "asserts" and c.speaker.country_code == "UA")
    assert ministry.speaker.kind == "government"
    assert (ministry.fatalities, ministry.injuries) == (2, 5)
    assert R.SHELLING_REPORT[ministry.evidence.start : ministry.evidence.end] == ministry.evidence.text
    assert "Interior Ministry" in ministry.evidence.text


def test_denial_attaches_to_the_event_it_denies_and_creates_none(shelling):
    denials = [c for e in shelling for c in e.claims if c.stance == "denies"]
    assert denials and all(c.speaker.name == "Russia" for c in denials)
    kramatorsk = by_place(shelling, "Kramatorsk")
    assert all(any(c is d for c in kramatorsk.claims) for d in denials)


def test_relay_is_recorded_as_via(shelling):
    event = by_place(shelling, "Horlivka")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1.name == "Military Forces of Ukraine"
    assert any(c.via == "Reuters" for c in event.claims)
    assert {c.speaker.country_code for c in event.claims if c.speaker.name == "Russian officials"} == {"RU"}


def test_towns_named_together_are_separate_events_and_the_district_is_not(shelling):
    for town in ("Bakhmut", "Lyman"):
        event = by_place(shelling, town)
        assert event.sub_event_type == "Shelling/artillery/missile attack"
        assert event.actor1.country_code == "RU"
    assert not [e for e in shelling if e.location.name == "Donetsk" and not e.historical]


def test_background_rhetoric_and_resolutions_are_not_current_events(shelling):
    current = [e for e in shelling if not e.historical]
    assert 4 <= len(current) <= 6
    for event in current:
        assert "final battle" not in " ".join(ev.text for ev in event.evidence).lower()
        assert "resolutions" not in " ".join(ev.text for ev in event.evidence)
        assert event.date and event.date.year == 2022
    # the 2014 war is either absent or flagged as historical
    assert all(e.historical for e in shelling if e.date and e.date.year < 2022)


def test_evidence_offsets_point_into_the_given_text(shelling):
    for event in shelling:
        for ev in event.evidence:
            assert R.SHELLING_REPORT[ev.start : ev.end] == ev.text


def test_same_input_gives_same_ids(shelling):
    again = conflictscope.extract(R.SHELLING_REPORT, published=R.SHELLING_PUBLISHED, id="shelling")
    assert [e.id for e in again] == [e.id for e in shelling]
    assert len({e.id for e in shelling}) == len(shelling)


def test_protest_with_police_intervention():
    events = conflictscope.extract(R.PROTEST_REPORT, published=R.PROTEST_PUBLISHED)
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.actor1.name == "Protesters (Ghana)" and event.actor1.kind == "protesters"
    assert event.actor2 is not None and event.actor2.kind == "state_forces"
    assert event.location.name == "Accra"
    assert event.date == date(2023, 3, 7)
    assert event.fatalities == 0 and not event.fatalities_stated and event.injuries is None


def test_unidentified_gunmen_killing_a_civilian_is_violence_against_civilians():
    (event,) = conflictscope.extract(R.ATTACK_NOTE, published="2020-05-03")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.name == "Unidentified Armed Group (Nigeria)"
    assert event.actor1.kind == "political_militia"
    assert event.actor2.kind == "civilians"
    assert event.fatalities == 1
    assert event.location.name == "Maiduguri" and event.location.admin1
    assert event.date == date(2020, 5, 3)


def test_named_group_clash_with_police():
    (event,) = conflictscope.extract(R.CLASH_NOTE, published="2021-04-15")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1.name == "Taliban" and event.actor1.kind == "rebel_group"
    assert event.actor2.kind == "state_forces"
    assert event.fatalities == 5  # three policemen and two militants
    assert event.location.country_code == "AF"
    assert event.date == date(2021, 4, 14)


def test_airstrike_by_a_demonym_actor_with_a_monitor_claim():
    (event,) = conflictscope.extract(R.AIRSTRIKE_REPORT, published=R.AIRSTRIKE_PUBLISHED)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.name == "Military Forces of Syria"
    assert event.fatalities == 8
    assert event.date == date(2019, 5, 6)
    (claim,) = event.claims
    assert claim.speaker.kind == "organization" and claim.fatalities == 8


def test_threats_and_future_fighting_are_not_events():
    assert conflictscope.extract(R.THREAT_REPORT, published="2020-01-01") == []


def test_relative_date_without_publication_stays_unresolved():
    (event,) = conflictscope.extract(R.NO_DATE_REPORT)
    assert event.date is None
    assert event.location.name == "Jos" and event.location.geo_precision == 2  # "near Jos"
    (dated,) = conflictscope.extract(R.NO_DATE_REPORT, published="2021-08-02")
    assert dated.date == date(2021, 8, 1)  # "last night"


def test_html_input_offsets_point_into_the_extracted_text():
    html = (
        "<html><head><title>News</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>Strike on Idlib</h1><p>{R.AIRSTRIKE_REPORT}</p>"
        "<p>Rescue workers searched the rubble for survivors through the night.</p></article>"
        "<footer>Copyright 2019 Example News</footer></body></html>"
    )
    from conflictscope.ingest.readers import document_from_text
    from conflictscope.pipeline import Extractor

    document = document_from_text(html, published="2019-05-08")
    assert "Home | World" not in document.text
    (event,) = Extractor.default().extract(document)
    for ev in event.evidence:
        assert document.text[ev.start : ev.end] == ev.text


def test_bad_input_raises_a_clear_error():
    with pytest.raises(EmptyInput):
        conflictscope.extract("   \n ")
    with pytest.raises(NotEnglish):
        conflictscope.extract(
            "Les forces armées ont bombardé la ville pendant la nuit et les habitants se sont réfugiés dans les caves."
        )


def test_long_text_is_processed_in_pieces():
    # Over spaCy's 1,000,000-character limit; blank lines keep the parse cheap, the offsets must still
    # point into the whole text.
    filler = "Traders reopened the market.\n" + ("\n" + " " * 999) * 1_050
    text = filler + "\n" + R.ATTACK_NOTE
    assert len(text) > 1_000_000
    events = conflictscope.extract(text, published="2020-05-03")
    assert [e.location.name for e in events] == ["Maiduguri"]
    ev = events[0].evidence[0]
    assert text[ev.start : ev.end] == ev.text


def test_chunks_cover_the_text_without_gaps_and_prefer_line_breaks():
    from conflictscope.nlp.analyze import chunk_offsets

    text = ("A sentence about nothing in particular.\n" * 50_000)[:-1]
    pieces = chunk_offsets(text, size=100_000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(b - a <= 100_000 for a, b in pieces)
    assert all(text[b - 1] == "\n" for _, b in pieces[:-1])


def test_a_note_that_states_the_coded_figure_is_followed():
    note = (
        "On 2 March 2021, 3 soldiers were killed in an attack by Taliban militants on a checkpoint in "
        "Lashkar Gah, Helmand. Fatalities coded as 0 (a local source reported 3 fatalities)."
    )
    (event,) = conflictscope.extract(note, published="2021-03-02")
    assert event.fatalities == 0 and event.fatalities_stated
    assert event.sub_event_type == "Armed clash" and event.actor1.name == "Taliban"


def test_region_qualifier_after_a_comma_is_not_a_second_event():
    note = "On 4 May 2021, unidentified gunmen shot dead a trader in Maiduguri, Borno."
    (event,) = conflictscope.extract(note, published="2021-05-04")
    assert event.location.name == "Maiduguri"
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_town_after_a_place_noun_is_where_not_whose():
    (event,) = conflictscope.extract(
        "Artillery shelled residential areas of Kharkiv on Monday, killing two civilians.", published="2022-05-03"
    )
    assert event.location.name == "Kharkiv" and event.fatalities == 2
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_no_claim_when_no_group_claimed_and_sports_are_not_violence():
    (event,) = conflictscope.extract(
        "A bomb exploded at a market in Mosul on Monday, killing four people. No group immediately claimed the attack.",
        published="2021-03-02",
    )
    assert event.claims == [] and event.fatalities == 4
    assert conflictscope.extract("Boca Juniors beat River Plate in Buenos Aires on Sunday.", published="2021-03-02") == []
