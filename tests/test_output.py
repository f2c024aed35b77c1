"""Output writers: JSONL/JSON against schema.json, ACLED-ordered CSV, terminal table."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import jsonschema
import pytest
from rich.console import Console

from conflictscope import __version__
from conflictscope.errors import NotEnglish
from conflictscope.output import DocumentResult, load_schema
from conflictscope.output.csv import ACLED_COLUMNS, CSV_COLUMNS, acled_regions, interaction, write_csv
from conflictscope.output.jsonl import write_json, write_jsonl
from conflictscope.output.table import render_table
from conflictscope.types import Actor, Claim, Event, Evidence, Location, Speaker

TEXT = "Armenian forces shelled Ganja on Sunday, killing four civilians, Azerbaijan's ministry said."

EXPECTED_ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
    "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
    "notes,fatalities,tags,timestamp"
)


def make_event(**overrides) -> Event:
    ev = Evidence(text=TEXT[:40], start=0, end=40)
    fields = dict(
        id="ganja-report.txt#1",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        date=date(2020, 10, 11),
        time_precision=1,
        location=Location(
            name="Ganja",
            country_code="AZ",
            admin1="Ganja",
            latitude=40.68278,
            longitude=46.36056,
            geonameid=587084,
            geo_precision=1,
        ),
        actor1=Actor("Military Forces of Armenia", "state_forces", "AM"),
        actor2=Actor("Civilians (Azerbaijan)", "civilians", "AZ"),
        fatalities=4,
        fatalities_stated=True,
        injuries=None,
        civilian_targeting=True,
        claims=[
            Claim(
                speaker=Speaker("Ministry of Defence of Azerbaijan", "government", "AZ"),
                stance="accuses",
                evidence=Evidence(text=TEXT, start=0, end=len(TEXT)),
                via=None,
                fatalities=4,
            )
        ],
        disputed=False,
        historical=False,
        evidence=[ev],
        notes="On 11 October 2020, Armenian forces shelled Ganja. 4 fatalities.",
        document_id="ganja-report.txt",
    )
    fields.update(overrides)
    return Event(**fields)


def results() -> list[DocumentResult]:
    return [
        DocumentResult(id="ganja-report.txt", events=[make_event()], error=None, text=TEXT),
        DocumentResult(
            id="other.txt",
            events=[
                make_event(
                    id="other.txt#1",
                    event_type="Protests",
                    sub_event_type="Peaceful protest",
                    date=None,
                    location=Location("Tbilisi", "GE", "Tbilisi", 41.69411, 44.83368, 611717, 1),
                    actor1=Actor("Protesters (Georgia)", "protesters", "GE"),
                    actor2=None,
                    fatalities=0,
                    fatalities_stated=False,
                    injuries=3,
                    civilian_targeting=False,
                    claims=[],
                    disputed=True,
                    document_id="",
                ),
                make_event(id="other.txt#2", historical=True),
                make_event(id="other.txt#3", location=None),
            ],
            error=None,
            text="Protesters gathered.",
            source="Example News",
        ),
        DocumentResult.from_error(NotEnglish("text is not English", source="french.txt")),
    ]


def test_jsonl_lines_validate_against_schema():
    buf = io.StringIO()
    assert write_jsonl(results(), buf) == 3
    validator = jsonschema.Draft202012Validator(load_schema())
    lines = buf.getvalue().splitlines()
    assert len(lines) == 3
    for line in lines:
        obj = json.loads(line)
        validator.validate(obj)
        assert set(obj) == {"id", "events", "error", "conflictscope_version"}
        assert obj["conflictscope_version"] == __version__
    first, _, failed = (json.loads(x) for x in lines)
    assert first["events"][0] == make_event().to_dict()
    assert failed["id"] == "french.txt" and failed["events"] == []
    assert failed["error"].startswith("french.txt: text is not English") and "CS005" in failed["error"]


def test_json_array_includes_text():
    buf = io.StringIO()
    write_json(results(), buf)
    data = json.loads(buf.getvalue())
    validator = jsonschema.Draft202012Validator(load_schema())
    for obj in data:
        validator.validate(obj)
    assert data[0]["text"] == TEXT
    ev = data[0]["events"][0]["evidence"][0]
    assert data[0]["text"][ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.parametrize(
    "bad",
    [
        {"event_type": "Shelling"},
        {"sub_event_type": "Peaceful protest"},  # valid sub-type but not of this type
        {"time_precision": 4},
        {"fatalities": -1},
        {"date": "11 Oct 2020"},
    ],
)
def test_schema_rejects_bad_events(bad):
    obj = {"id": "d", "events": [make_event().to_dict() | bad], "error": None, "conflictscope_version": "x"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(obj, load_schema(), cls=jsonschema.Draft202012Validator)


def test_schema_enumerates_acled_categories():
    event = load_schema()["$defs"]["event"]["properties"]
    assert len(event["event_type"]["enum"]) == 6
    assert len(event["sub_event_type"]["enum"]) == 25
    assert "Remote explosive/landmine/IED" in event["sub_event_type"]["enum"]


def test_csv_header_and_rows():
    buf = io.StringIO()
    assert write_csv(results(), buf) == 2  # the historical and the unplaced events are left out
    text = buf.getvalue()
    header = text.splitlines()[0]
    assert header.startswith(EXPECTED_ACLED_HEADER + ",")
    assert tuple(header.split(",")) == CSV_COLUMNS
    assert CSV_COLUMNS[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert header.split(",")[len(ACLED_COLUMNS) :] == [
        "id", "document_id", "injuries", "fatalities_stated", "disputed", "claims", "evidence",
        "actor1_kind", "actor2_kind", "country_code",
    ]  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(text)))
    shelling, protest = rows
    assert shelling["event_id_cnty"] == "AZE1"
    assert shelling["event_date"] == "2020-10-11" and shelling["year"] == "2020"
    assert shelling["disorder_type"] == "Political violence"
    assert shelling["inter1"] == "State forces" and shelling["inter2"] == "Civilians"
    assert shelling["interaction"] == "State forces-Civilians"
    assert shelling["civilian_targeting"] == "Civilian targeting"
    assert shelling["iso"] == "31" and shelling["country"] == "Azerbaijan"
    assert shelling["region"] == "Caucasus and Central Asia"
    assert shelling["location"] == "Ganja" and shelling["latitude"] == "40.6828"
    assert shelling["source"] == "ganja-report.txt" and shelling["timestamp"] == "0"
    assert shelling["fatalities"] == "4" and shelling["injuries"] == ""
    assert json.loads(shelling["claims"])[0]["stance"] == "accuses"
    assert json.loads(shelling["evidence"]) == [{"text": TEXT[:40], "start": 0, "end": 40}]
    assert shelling["fatalities_stated"] == "true" and shelling["disputed"] == "false"
    assert shelling["actor1_kind"] == "state_forces" and shelling["country_code"] == "AZ"
    assert protest["disorder_type"] == "Demonstrations"
    assert protest["interaction"] == "Protesters only" and protest["inter2"] == ""
    assert protest["event_date"] == "" and protest["iso"] == "268" and protest["event_id_cnty"] == "GEO1"
    assert protest["source"] == "Example News" and protest["document_id"] == "other.txt"
    assert protest["injuries"] == "3" and protest["disputed"] == "true"


def test_csv_header_written_without_events():
    buf = io.StringIO()
    assert write_csv([], buf) == 0
    assert buf.getvalue() == ",".join(CSV_COLUMNS) + "\n"


def test_interaction_orders_by_inter_code():
    civ = Actor("Civilians", "civilians")
    rebels = Actor("M23", "rebel_group")
    assert interaction(civ, rebels) == "Rebel group-Civilians"
    assert interaction(None, None) == ""


def test_regions_cover_all_countries():
    import pycountry

    table = acled_regions()
    missing = [c.alpha_2 for c in pycountry.countries if c.alpha_2 not in table]
    assert missing == []
    assert table["SY"] == ("Middle East", "Syria")
    assert table["CD"][0] == "Middle Africa"
    assert table["UA"][0] == "Europe"


def test_render_table():
    console = Console(record=True, width=320, color_system=None)
    render_table(results(), console)
    out = console.export_text()
    assert "Shelling/artillery/missile attack" in out
    assert "Ganja" in out and "accuses" in out
    assert "1 document(s) could not be processed" in out
    assert "french.txt: text is not English" in out
