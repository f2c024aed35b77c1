"""The `conflictscope` command, run as a real subprocess: formats, inputs, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from conflictscope.output import load_schema
from fixtures import reports as R
from helpers import run_cli

ACLED_COLUMNS = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
    "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities "
    "tags timestamp"
).split()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "shelling.txt").write_text(R.SHELLING_REPORT, encoding="utf-8")
    lines = [
        {"id": "protest", "text": R.PROTEST_REPORT, "published": R.PROTEST_PUBLISHED, "source": "Example Wire"},
        {"id": "note", "text": R.ATTACK_NOTE, "published": "2020-05-03"},
        {"text": 42},
        "this line is not json",
    ]
    with open(folder / "batch.jsonl", "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 20)
    return folder


def test_jsonl_output_follows_the_published_schema(corpus):
    code, out, err = run_cli("extract", str(corpus / "shelling.txt"), "--published", R.SHELLING_PUBLISHED, "-f", "jsonl")
    assert code == 0, err
    schema = load_schema()
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 1
    for record in lines:
        jsonschema.validate(record, schema)
    record = lines[0]
    assert record["id"] == "shelling.txt" and record["error"] is None
    assert record["conflictscope_version"]
    towns = {e["location"]["name"] for e in record["events"] if not e["historical"]}
    assert {"Kramatorsk", "Horlivka", "Bakhmut", "Lyman"} <= towns


def test_schema_file_in_the_repository_matches_the_packaged_one():
    repo_schema = Path(__file__).parents[1] / "schema" / "document.schema.json"
    assert json.loads(repo_schema.read_text(encoding="utf-8")) == load_schema()


def test_batch_with_bad_documents_reports_each_and_processes_the_rest(corpus):
    code, out, err = run_cli(
        "extract", str(corpus / "batch.jsonl"), str(corpus / "empty.txt"), str(corpus / "binary.txt"),
        str(corpus / "missing.txt"), "-f", "jsonl",
    )
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    by_id = {r["id"]: r for r in records}
    assert by_id["protest"]["error"] is None and by_id["protest"]["events"]
    assert by_id["note"]["error"] is None and by_id["note"]["events"][0]["sub_event_type"] == "Attack"
    errors = [r for r in records if r["error"]]
    assert len(errors) == 5  # two bad JSONL lines, empty, binary, missing
    assert "Traceback" not in err
    err_lines = [line for line in err.splitlines() if line.strip()]
    assert len(err_lines) == 5 and all(line.startswith("conflictscope: error: ") for line in err_lines)
    assert any("batch.jsonl:3" in line for line in err_lines)
    assert any("missing.txt" in line for line in err_lines)


def test_csv_has_acled_columns_first_and_leaves_history_out(corpus):
    code, out, err = run_cli("extract", str(corpus / "shelling.txt"), "--published", R.SHELLING_PUBLISHED, "-f", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    header = next(csv.reader(io.StringIO(out)))
    assert header[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert rows and all(r["event_date"].startswith("2022-") for r in rows)
    kramatorsk = next(r for r in rows if r["location"] == "Kramatorsk")
    assert kramatorsk["fatalities"] == "2" and kramatorsk["injuries"] == "5"
    assert kramatorsk["inter1"] == "External/Other forces" and kramatorsk["country"] == "Ukraine"
    assert json.loads(kramatorsk["claims"])


def test_standard_input_and_default_format(corpus):
    code, out, err = run_cli("extract", "-", "--published", "2020-05-03", stdin=R.ATTACK_NOTE)
    assert code == 0, err
    (record,) = [json.loads(line) for line in out.splitlines()]  # not a terminal: jsonl
    assert record["id"] == "stdin"
    assert record["events"][0]["location"]["name"] == "Maiduguri"


def test_json_output_includes_the_text_offsets_point_into(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body><nav>Menu Login</nav><article><p>{R.AIRSTRIKE_REPORT}</p>"
        "<p>Families fled towards the border the next morning.</p></article></body></html>",
        encoding="utf-8",
    )
    code, out, err = run_cli("extract", str(page), "--published", R.AIRSTRIKE_PUBLISHED, "-f", "json")
    assert code == 0, err
    (document,) = json.loads(out)
    text = document["text"]
    assert "Menu Login" not in text
    for event in document["events"]:
        for ev in event["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]


def test_output_file_and_table(tmp_path, corpus):
    target = tmp_path / "out.jsonl"
    code, out, _ = run_cli("extract", str(corpus / "shelling.txt"), "--published", R.SHELLING_PUBLISHED, "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8").splitlines()[0])["events"]
    code, out, _ = run_cli("extract", str(corpus / "shelling.txt"), "--published", R.SHELLING_PUBLISHED, "-f", "table")
    assert code == 0 and "Kramatorsk" in out


def test_invalid_options_exit_2_with_one_line(corpus):
    code, out, err = run_cli("extract", str(corpus / "shelling.txt"), "--published", "yesterday")
    assert code == 2
    assert "--published" in err and "Traceback" not in err
    code, _, err = run_cli("extract", "--format", "xml", str(corpus / "shelling.txt"))
    assert code == 2


def test_oversized_document_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(R.ATTACK_NOTE * 50, encoding="utf-8")
    code, out, err = run_cli("extract", str(big), "--max-bytes", "1000")
    assert code == 1
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert "1,000 bytes" in record["error"] and record["events"] == []


def test_places_command_gives_offsets_and_geonames(corpus):
    code, out, err = run_cli("places", str(corpus / "shelling.txt"))
    assert code == 0, err
    (record,) = [json.loads(line) for line in out.splitlines()]
    text = R.SHELLING_REPORT
    names = set()
    for place in record["places"]:
        assert text[place["start"] : place["end"]] == place["text"]
        names.add(place["name"])
    assert {"Kramatorsk", "Horlivka", "Donetsk", "Lyman"} <= names
    kramatorsk = next(p for p in record["places"] if p["name"] == "Kramatorsk")
    assert kramatorsk["country_code"] == "UA" and isinstance(kramatorsk["geonameid"], int)


def test_every_command_has_help():
    code, out, _ = run_cli("--help")
    assert code == 0
    commands = [c for c in ("extract", "places") if c in out]
    assert commands == ["extract", "places"]
    for command in commands:
        code, out, _ = run_cli(command, "--help")
        assert code == 0 and "Usage" in out
