"""`conflictscope eval`: exit codes, JSON, and an HTML report that escapes what the gold file holds."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from conflictscope.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


def test_acled_json_and_report(tmp_path):
    report = tmp_path / "errors.html"
    result = runner.invoke(app, ["eval", "acled", str(FIXTURES / "acled_tiny.csv"), "--json", "--report", str(report)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["items"] == 3
    assert data["metrics"]["coverage"] == {
        "value": 0.6667,
        "correct": 2,
        "total": 3,
        "target": None,
        "target_is_minimum": True,
        "met": None,
        "help": "rows with at least one event",
    }
    assert data["metrics"]["event_type accuracy"]["target"] == 0.92
    page = report.read_text(encoding="utf-8")
    assert "road maintenance" in page  # the missed note is in the report
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_acled_limit_and_table():
    result = runner.invoke(app, ["eval", "acled", str(FIXTURES / "acled_tiny.csv"), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "event_type accuracy" in result.stdout and "1/1" in result.stdout


def test_acled_table_breaks_figures_down_by_region():
    result = runner.invoke(app, ["eval", "acled", str(FIXTURES / "acled_tiny.csv")])
    assert result.exit_code == 0, result.output
    assert "By region" in result.stdout and "Western Africa" in result.stdout
    assert json.loads(runner.invoke(app, ["eval", "acled", str(FIXTURES / "acled_tiny.csv"), "--json"]).stdout)["info"]["by region"]


def test_geo_and_claims_commands():
    result = runner.invoke(app, ["eval", "geo", str(FIXTURES / "geovirus_tiny.xml"), "--format", "geovirus", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["metrics"]["toponym recall"]["total"] == 2
    result = runner.invoke(app, ["eval", "claims", str(FIXTURES / "gtd_tiny.csv"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["metrics"]["claim F1"]["value"] == 1.0


def test_invalid_options_exit_2_with_one_line(tmp_path):
    cases = [
        ["eval", "acled", str(tmp_path / "missing.csv")],
        ["eval", "acled", str(FIXTURES / "acled_tiny.csv"), "--limit", "0"],
        ["eval", "acled", str(FIXTURES / "gtd_tiny.csv")],  # not an ACLED export
        ["eval", "claims", str(FIXTURES / "acled_tiny.csv")],  # no summary column
        ["eval", "geo", str(FIXTURES / "acled_tiny.csv")],  # not XML
        ["eval", "geo", str(FIXTURES / "gwn_tiny.xml"), "--format", "lgl2"],
        ["eval", "acled", str(FIXTURES / "acled_tiny.csv"), "--report", str(tmp_path / "nowhere" / "r.html")],
    ]
    for args in cases:
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("conflictscope: error: "), (args, result.stderr)
        assert "Traceback" not in result.output
