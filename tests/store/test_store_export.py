"""`events` and `export`: every format parses, the CSV starts with ACLED's columns in ACLED's order."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from conflictscope.output.csv import ACLED_COLUMNS, EXTRA_COLUMNS
from conflictscope.store import queries
from conflictscope.types import Document

from . import reports as R

EVENT_KEYS = {
    "id", "event_type", "sub_event_type", "date", "time_precision", "location", "actor1", "actor2", "fatalities",
    "fatalities_stated", "injuries", "civilian_targeting", "claims", "disputed", "historical", "evidence", "notes",
}  # fmt: skip
FUSED_KEYS = {"sources", "reports", "fatalities_low", "fatalities_high"}


@pytest.fixture
def filled(store, extractor):
    for doc_id, text, published, source in (
        ("ministry", R.MINISTRY, R.PUBLISHED, "Ministry wire"),
        ("monitor", R.MONITOR, R.PUBLISHED, "Monitor"),
        ("aleppo", R.ALEPPO, R.PUBLISHED, "Monitor"),
        ("later", R.TARTUS_LATER, R.TARTUS_LATER_PUBLISHED, "Ministry wire"),
    ):
        queries.ingest_document(store, Document(text=text, id=doc_id, published=published, source=source), extractor)
    return store


def test_jsonl_is_the_extract_event_plus_fused_fields(filled, cli, db_url):
    result = cli("events", "--db", db_url, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    for line in lines:
        assert EVENT_KEYS | FUSED_KEYS <= set(line)
        for report in line["reports"]:
            assert {"document_id", "url", "source", "title", "published"} <= set(report)
    assert [line["date"] for line in lines] == ["2020-10-09", "2020-10-04", "2020-10-04"]  # newest first
    strike = next(line for line in lines if line["sources"] == 2)
    assert (strike["fatalities"], strike["fatalities_low"], strike["fatalities_high"]) == (4, 4, 7)


def test_csv_has_acled_columns_in_order_then_ours(filled, cli, db_url, tmp_path):
    out = tmp_path / "events.csv"
    result = cli("export", "--db", db_url, "--format", "csv", "-o", out)
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        rows = list(reader)
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert tuple(header[len(ACLED_COLUMNS) : len(ACLED_COLUMNS) + len(EXTRA_COLUMNS)]) == EXTRA_COLUMNS
    assert header[len(ACLED_COLUMNS) + len(EXTRA_COLUMNS) :] == ["sources", "fatalities_low", "fatalities_high", "reports", "corrected"]
    assert len(rows) == 3
    strike = next(r for r in rows if r["sources"] == "2")
    assert strike["event_id_cnty"].startswith("SYR") and strike["country"] == "Syria" and strike["iso"] == "760"
    assert strike["source"] == "Ministry wire; Monitor"
    assert (strike["fatalities"], strike["fatalities_low"], strike["fatalities_high"]) == ("4", "4", "7")
    assert strike["disputed"] == "true"
    assert any(c["stance"] == "denies" for c in json.loads(strike["claims"]))
    assert [r["document_id"] for r in json.loads(strike["reports"])] == ["ministry", "monitor"]
    assert float(strike["latitude"]) == pytest.approx(34.889, abs=0.01)


def test_geojson_is_a_feature_collection_of_points(filled, cli, db_url):
    result = cli("events", "--db", db_url, "--format", "geojson")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    for f in data["features"]:
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert 35 < lon < 38 and 34 < lat < 37
        assert f["properties"]["country_code"] == "SY" and "sources" in f["properties"]
    empty = cli("export", "--db", db_url, "--format", "geojson", "--country", "AZ")
    assert json.loads(empty.stdout) == {"type": "FeatureCollection", "features": []}


def test_parquet_reads_back_with_pyarrow(filled, cli, db_url, tmp_path):
    out = tmp_path / "events.parquet"
    result = cli("export", "--db", db_url, "--format", "parquet", "-o", out)
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert tuple(table.column_names[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert str(table.schema.field("fatalities").type) == "int64"
    assert str(table.schema.field("latitude").type) == "double"
    assert str(table.schema.field("event_date").type) == "date32[day]"
    rows = table.to_pylist()
    assert sorted(r["sources"] for r in rows) == [1, 1, 2]
    assert {r["fatalities_high"] for r in rows} == {7, 3, 2}
    empty = tmp_path / "none.parquet"
    assert cli("export", "--db", db_url, "--format", "parquet", "-o", empty, "--country", "AZ").exit_code == 0
    assert pq.read_table(empty).num_rows == 0


FILTER_CASES = [
    ((), 3),
    (("--country", "SY"), 3),
    (("--country", "SYR"), 3),
    (("--country", "AZ"), 0),
    (("--since", "2020-10-05"), 1),
    (("--until", "2020-10-04"), 2),
    (("--type", "Explosions/Remote violence"), 3),
    (("--type", "air/drone strike"), 2),
    (("--type", "Battles"), 0),
    (("--bbox", "35.7,34.7,36.1,35.1"), 2),  # around Tartus
    (("--bbox", "36.9,36.0,37.4,36.4"), 1),  # around Aleppo
    (("--disputed",), 1),
    (("--min-sources", "2"), 1),
    (("--actor", "unidentified"), 3),
    (("--actor", "nobody at all"), 0),
    (("--limit", "2"), 2),
    (("--limit", "2", "--offset", "2"), 1),
]


def test_event_filters(filled, cli, db_url):
    for args, expected in FILTER_CASES:
        result = cli("events", "--db", db_url, "--format", "jsonl", *args)
        assert result.exit_code == 0, (args, result.output)
        assert len(result.stdout.splitlines()) == expected, args


def test_table_and_csv_on_standard_output(filled, cli, db_url):
    table = cli("events", "--db", db_url, "--format", "table")
    assert table.exit_code == 0 and "Fused events" in table.stdout
    rows = list(csv.reader(io.StringIO(cli("events", "--db", db_url, "--format", "csv").stdout)))
    assert tuple(rows[0][: len(ACLED_COLUMNS)]) == ACLED_COLUMNS and len(rows) == 4


def test_an_export_reads_one_snapshot_in_one_pass(filled, extractor):  # SQLite and PostgreSQL
    """An export streams every event from one query: the order of `events`, each event once, and
    none of what another writer adds while it runs (pages by offset would see the new rows shift
    the old ones between pages)."""
    expected = queries.list_events(filled, limit=None)
    assert len(expected) >= 3
    stream = queries.iter_events(filled, batch=1)
    first = next(stream)
    # Another writer stores a new report with a new incident while the export is half done.
    queries.ingest_document(filled, Document(text=R.many_reports(1)[0]["text"], id="meanwhile", published=R.PUBLISHED), extractor)
    rest = list(stream)
    assert [first] + rest == expected
    assert len(queries.list_events(filled, limit=None)) > len(expected)  # the new event is there for the next export
