"""Fusion across reports: one strike told differently by a ministry and a monitor becomes one event."""

from __future__ import annotations

import json
from datetime import date

from conflictscope.store import queries
from conflictscope.store.fusion import actors_compatible, date_is_relative, dates_compatible, types_compatible
from conflictscope.store.models import ActorRow
from conflictscope.types import Document

from . import reports as R


def doc(doc_id: str, text: str, published: date = R.PUBLISHED, source: str | None = None) -> Document:
    return Document(text=text, id=doc_id, published=published, source=source, url=f"https://news.example/{doc_id}")


def ingest(store, extractor, *docs):
    return [queries.ingest_document(store, d, extractor) for d in docs]


def only_event(store) -> dict:
    events = queries.list_events(store)
    assert len(events) == 1, [(e["id"], e["location"], e["date"]) for e in events]
    return events[0]


def test_two_reports_of_one_strike_become_one_event(store, extractor):
    ingest(store, extractor, doc("ministry", R.MINISTRY, source="Ministry wire"), doc("monitor", R.MONITOR, source="Monitor"))
    event = only_event(store)
    assert event["sources"] == 2
    assert [r["document_id"] for r in event["reports"]] == ["ministry", "monitor"]
    assert {r["source"] for r in event["reports"]} == {"Ministry wire", "Monitor"}
    assert event["event_type"] == "Explosions/Remote violence"
    assert event["location"]["country_code"] == "SY"
    assert event["date"] == "2020-10-04"
    # ACLED's lowest figure, with the range across reports kept.
    assert (event["fatalities"], event["fatalities_low"], event["fatalities_high"]) == (4, 4, 7)
    assert event["fatalities_stated"] is True
    # Every claim of both reports, the denial included, each pointing at its document.
    stances = {(c["speaker"]["name"], c["stance"], c["document_id"]) for c in event["claims"]}
    assert ("Syrian Defence Ministry", "asserts", "ministry") in stances
    assert any(stance == "denies" and d == "monitor" for _, stance, d in stances)
    assert sum(1 for c in event["claims"] if c["stance"] == "asserts") >= 2
    assert event["disputed"] is True
    # Both reports' evidence, offsets into their own texts.
    for ev in event["evidence"]:
        text = R.MINISTRY if ev["document_id"] == "ministry" else R.MONITOR
        assert text[ev["start"] : ev["end"]] == ev["text"]
    assert {ev["document_id"] for ev in event["evidence"]} == {"ministry", "monitor"}

    full = queries.get_event(store, event["id"])
    assert [m["document"]["document_id"] for m in full["mentions"]] == ["ministry", "monitor"]
    assert all(m["event"]["claims"] for m in full["mentions"])


def test_a_silent_report_does_not_lower_the_toll(store, extractor):
    ingest(store, extractor, doc("ministry", R.MINISTRY), doc("monitor", R.MONITOR), doc("radio", R.LOCAL_RADIO))
    event = only_event(store)
    assert event["sources"] == 3
    assert (event["fatalities"], event["fatalities_stated"]) == (4, True)
    assert (event["fatalities_low"], event["fatalities_high"]) == (4, 7)


def test_one_report_alone_states_no_toll(store, extractor):
    ingest(store, extractor, doc("radio", R.LOCAL_RADIO))
    event = only_event(store)
    assert (event["fatalities"], event["fatalities_stated"], event["fatalities_low"], event["fatalities_high"]) == (0, False, None, None)
    assert event["sources"] == 1 and event["disputed"] is False


def test_near_duplicate_copies_count_as_one_source(store, extractor):
    out = ingest(store, extractor, doc("ministry", R.MINISTRY), doc("monitor", R.MONITOR), doc("reprint", R.MONITOR_REPRINT, source="Aggregator"))
    assert out[2].status == "stored" and out[2].duplicate_of == out[1].document_pk
    event = only_event(store)
    assert event["sources"] == 2
    assert len(event["reports"]) == 3
    assert [r["duplicate_of"] for r in event["reports"]] == [None, None, "monitor"]
    # The copy's claims are the monitor's claims: listed once.
    keys = [(c["speaker"]["name"], c["stance"], c["evidence"]["text"]) for c in event["claims"]]
    assert len(keys) == len(set(keys))


def test_other_places_and_other_days_stay_apart(store, extractor):
    ingest(
        store,
        extractor,
        doc("ministry", R.MINISTRY),
        doc("aleppo", R.ALEPPO),
        doc("later", R.TARTUS_LATER, published=R.TARTUS_LATER_PUBLISHED),
        doc("monitor", R.MONITOR),
    )
    events = queries.list_events(store)
    assert len(events) == 3
    by_doc = {tuple(r["document_id"] for r in e["reports"]): e for e in events}
    assert set(by_doc) == {("ministry", "monitor"), ("aleppo",), ("later",)}


def test_fused_ids_are_stable_and_corrections_survive_new_reports_and_refusion(store, extractor, cli, db_url):
    ingest(store, extractor, doc("ministry", R.MINISTRY), doc("monitor", R.MONITOR))
    event_id = only_event(store)["id"]
    result = cli(
        "correct", event_id, "--db", db_url,
        "--fatalities", "6",
        "--actor1", "Military Forces of Turkey", "--actor1-kind", "state_forces", "--actor1-country", "TR",
        "--analyst", "test", "--why", "hospital list",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    corrected = json.loads(result.stdout)
    assert corrected["fatalities"] == 6 and corrected["actor1"]["name"] == "Military Forces of Turkey"
    assert sorted(corrected["corrected"]) == ["actor1", "fatalities"]

    # A third report arrives: same id, one more source, the analyst's values still on top.
    ingest(store, extractor, doc("radio", R.LOCAL_RADIO))
    event = only_event(store)
    assert event["id"] == event_id
    assert event["sources"] == 3
    assert event["fatalities"] == 6 and event["fatalities_stated"] is True
    assert (event["fatalities_low"], event["fatalities_high"]) == (4, 7)
    assert event["actor1"] == {"name": "Military Forces of Turkey", "kind": "state_forces", "country_code": "TR"}
    assert queries.list_events(store, queries.EventFilters(actor="turkey"))[0]["id"] == event_id

    # Full re-fusion from scratch gives the same id and re-applies the correction.
    assert queries.refuse(store) == 1
    event = only_event(store)
    assert event["id"] == event_id and event["fatalities"] == 6 and event["sources"] == 3
    result = cli("ingest", "--refuse", "--db", db_url)
    assert result.exit_code == 0 and "re-fused the store: 1 fused events" in result.stderr, result.output
    assert only_event(store)["id"] == event_id
    log = queries.get_event(store, event_id)["corrections_log"]
    assert {c["field"] for c in log} == {"fatalities", "actor1"} and all(c["note"] == "hospital list" for c in log)

    # Clearing a correction brings fusion's value back.
    result = cli("correct", event_id, "--db", db_url, "--clear", "fatalities")
    assert result.exit_code == 0, result.output
    assert only_event(store)["fatalities"] == 4


def test_correct_rejects_bad_values_and_unknown_events(store, extractor, cli, db_url):
    ingest(store, extractor, doc("ministry", R.MINISTRY))
    event_id = only_event(store)["id"]
    assert cli("correct", "no-such-event", "--db", db_url, "--fatalities", "3").exit_code == 1
    assert cli("correct", event_id, "--db", db_url, "--event-type", "Picnics").exit_code == 2
    assert cli("correct", event_id, "--db", db_url, "--actor1", "Someone").exit_code == 2
    assert cli("correct", event_id, "--db", db_url, "--sub-event-type", "Peaceful protest").exit_code == 2
    assert cli("correct", event_id, "--db", db_url, "--lat", "34.9").exit_code == 2
    assert only_event(store).get("corrected") == []
    shown = cli("correct", event_id, "--db", db_url)
    assert shown.exit_code == 0 and json.loads(shown.stdout)["mentions"]
    moved = cli("correct", event_id, "--db", db_url, "--place", "Latakia", "--country", "SY")
    assert moved.exit_code == 0, moved.output
    event = only_event(store)
    assert event["location"]["name"] == "Latakia" and event["corrected"] == ["location"]
    assert queries.list_events(store, queries.EventFilters(bbox=(35.6, 35.4, 36.0, 35.7)))[0]["id"] == event_id


# ---- the rules on their own


def _actor(name, kind, cc):
    return ActorRow(key=name, name=name, kind=kind, country_code=cc)


def test_actor_rule():
    turkey = _actor("Military Forces of Turkey", "state_forces", "TR")
    russia = _actor("Military Forces of Russia", "state_forces", "RU")
    unknown = _actor("Unidentified Armed Group (Syria)", "political_militia", "SY")
    civilians = _actor("Civilians (Syria)", "civilians", "SY")
    armenia = _actor("Military Forces of Armenia", "state_forces", "AM")
    azerbaijan = _actor("Military Forces of Azerbaijan", "state_forces", "AZ")
    assert not actors_compatible(turkey, civilians, russia, civilians)  # two named culprits
    assert actors_compatible(turkey, civilians, unknown, civilians)  # one report does not know
    assert actors_compatible(civilians, None, turkey, None)  # civilians never contradict
    assert actors_compatible(None, None, russia, None)
    assert actors_compatible(armenia, azerbaijan, azerbaijan, armenia)  # one battle from both sides
    assert not actors_compatible(armenia, None, azerbaijan, None)


def test_type_and_date_rules():
    assert types_compatible("Battles", "Armed clash", "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert not types_compatible("Protests", "Peaceful protest", "Battles", "Armed clash")
    assert not types_compatible("Strategic developments", "Arrests", "Strategic developments", "Agreement")
    d = date(2020, 10, 4)
    assert dates_compatible(d, False, d, False)
    assert not dates_compatible(d, False, date(2020, 10, 5), False)
    assert dates_compatible(d, True, date(2020, 10, 5), False)
    assert not dates_compatible(d, True, date(2020, 10, 6), True)
    assert not dates_compatible(None, True, d, True)
    assert date_is_relative(1, d, ["A strike hit the town late on Sunday."])
    assert not date_is_relative(1, d, ["A strike hit the town on 4 October."])
    assert not date_is_relative(1, d, ["On October 4th a strike hit the town."])
    assert date_is_relative(2, d, ["On 4 October 2020"])
