"""`conflictscope batch`, run as a real subprocess on our own reports (a JSONL file and a WARC file:
14 documents in 4 partitions, two of them bad): the local and the Dask engine give the same events, a run resumes
by redoing only the partition whose output is gone, and bad documents become error rows."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from batch.batch_reports import REPORTS
from conflictscope.batch.worker import row_to_event_dict
from conflictscope.pipeline import Extractor
from conflictscope.types import Document
from helpers import run_cli

PARTITION_SIZE = "4"
WARC_REPORT = next(r for r in REPORTS if r["id"] == "times-mogadishu")  # archived as a web page
JSONL_REPORTS = [r for r in REPORTS if r is not WARC_REPORT]


def _warc(report: dict) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paragraphs = "".join(f"<p>{line}</p>" for line in report["text"].split("\n"))
    page = f"<html><head><title>Base attacked</title></head><body><article><h1>Base attacked</h1>{paragraphs}</article></body></html>"
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://horn.example/mogadishu-base", "response", payload=io.BytesIO(page.encode()), http_headers=headers,
        warc_headers_dict={"WARC-Date": f"{report['published']}T08:00:00Z"},
    )
    writer.write_record(record)
    return out.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("batch-corpus")
    lines = [json.dumps(r) for r in JSONL_REPORTS[:6]]
    lines.append("{this line is not json")  # a malformed record
    lines += [json.dumps(r) for r in JSONL_REPORTS[6:]]
    lines.append(json.dumps({"id": "blank", "text": "   ", "published": "2021-01-01"}))  # an empty document
    (folder / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "crawl.warc.gz").write_bytes(_warc(WARC_REPORT))
    return [folder / "reports.jsonl", folder / "crawl.warc.gz"]


@pytest.fixture(scope="module")
def local_run(corpus, tmp_path_factory) -> tuple[Path, int, str]:
    out = tmp_path_factory.mktemp("local") / "out"
    code, _, err = run_cli("batch", *corpus, "--out", out, "--engine", "local", "--workers", "2", "--partition-size", PARTITION_SIZE)
    return out, code, err


@pytest.fixture(scope="module")
def dask_run(corpus, tmp_path_factory) -> tuple[Path, int, str]:
    out = tmp_path_factory.mktemp("dask") / "out"
    code, _, err = run_cli("batch", *corpus, "--out", out, "--engine", "dask", "--workers", "2", "--partition-size", PARTITION_SIZE)
    return out, code, err


def summary(out: Path) -> dict:
    return json.loads((out / "batch.json").read_text(encoding="utf-8"))


def mentions(out: Path) -> list[dict]:
    rows = []
    for path in sorted((out / "parts").glob("*.mentions.parquet")):
        rows += pq.read_table(path).to_pylist()
    return rows


def fused(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]


def test_local_run_partitions_fuses_and_exports(local_run):
    out, code, err = local_run
    assert code == 1, err  # two documents failed
    s = summary(out)
    assert s["partitions"] == 4 and s["extracted"] == [0, 1, 2, 3] and not s["failed_partitions"]
    assert s["documents"] == 14 and s["failed_documents"] == 2
    for name in ("events.csv", "events.jsonl", "events.parquet", "store.db", "errors.jsonl"):
        assert (out / name).is_file(), name
    events = fused(out)
    assert len(events) == len(pq.read_table(out / "events.parquet")) == s["fused_events"]
    assert s["mentions"] == len(mentions(out)) > len(events)  # two reports each of Mosul and Kharkiv fused
    mosul = [e for e in events if e["location"] and e["location"]["name"] == "Mosul"]
    assert len(mosul) == 1 and mosul[0]["sources"] == 2 and mosul[0]["fatalities"] == 4
    assert {r["document_id"] for r in mosul[0]["reports"]} == {"wire-mosul-1", "daily-mosul-2"}
    kharkiv = [e for e in events if e["location"] and e["location"]["name"] == "Kharkiv"]
    assert len(kharkiv) == 1 and kharkiv[0]["sources"] == 2 and kharkiv[0]["disputed"]
    # The archived page was read from the WARC file.
    assert any(r["document_id"] == "https://horn.example/mogadishu-base" for e in events for r in e["reports"])


def test_mention_rows_hold_every_output_field(local_run):
    """Each Parquet row gives back exactly Event.to_dict() of the extractor, for every document."""
    out, _, _ = local_run
    rows = mentions(out)
    extractor = Extractor.default()
    by_doc: dict[str, list[dict]] = {}
    for row in rows:
        by_doc.setdefault(row["document_id"], []).append(row)
    for report in JSONL_REPORTS:
        document = Document(text=report["text"], id=report["id"], published=date.fromisoformat(report["published"]), source=report["source"])
        expected = [e.to_dict() for e in extractor.extract(document)]
        got = [row_to_event_dict(r) for r in sorted(by_doc.get(report["id"], []), key=lambda r: r["event_pos"])]
        assert got == expected, report["id"]
    assert len(by_doc) >= 8


def test_documents_with_events_carry_their_fingerprints(local_run):
    """Workers compute each such document's content hash and MinHash sketch for fusion."""
    from conflictscope.store import fingerprint

    out, _, _ = local_run
    rows = [r for path in sorted((out / "parts").glob("*.documents.parquet")) for r in pq.read_table(path).to_pylist()]
    with_events = [r for r in rows if r["n_events"]]
    assert len(with_events) >= 8
    for r in with_events:
        assert r["content_hash"] == fingerprint.content_hash(r["text"])
        assert tuple(r["minhash"]) == fingerprint.minhash(r["text"])
    assert all(r["minhash"] is None and r["text"] is None for r in rows if not r["n_events"])


def test_dask_engine_gives_the_same_events(local_run, dask_run):
    local_out, local_code, _ = local_run
    dask_out, dask_code, err = dask_run
    assert dask_code == local_code == 1, err
    assert "Dask LocalCluster of 2 worker processes on 127.0.0.1" in summary(dask_out)["description"]
    assert mentions(dask_out) == mentions(local_out)
    assert fused(dask_out) == fused(local_out)
    assert (dask_out / "events.csv").read_text(encoding="utf-8") == (local_out / "events.csv").read_text(encoding="utf-8")
    assert (dask_out / "errors.jsonl").read_text(encoding="utf-8") == (local_out / "errors.jsonl").read_text(encoding="utf-8")


def test_bad_documents_become_error_rows_and_the_rest_is_processed(local_run):
    out, _, err = local_run
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["partition"], e["doc_pos"], e["stage"], e["code"]) for e in errors] == [(1, 2, "read", "CS006"), (3, 0, "read", "CS002")]
    assert "not valid JSON" in errors[0]["message"] and "empty" in errors[1]["message"]
    per_partition = pq.read_table(out / "parts" / "00001.errors.parquet").to_pylist()
    assert len(per_partition) == 1 and per_partition[0]["code"] == "CS006"
    documents = []
    for path in sorted((out / "parts").glob("*.documents.parquet")):
        documents += pq.read_table(path).to_pylist()
    assert len(documents) == 12  # the 11 good JSONL reports and the archived page
    assert {d["document_id"] for d in documents} >= {r["id"] for r in JSONL_REPORTS}
    assert "2 documents failed" in err


def test_resume_redoes_only_the_missing_partition(local_run, corpus, tmp_path):
    source, _, _ = local_run
    out = tmp_path / "out"
    shutil.copytree(source, out)
    before = fused(out)
    kept = {p.name: p.stat().st_mtime_ns for p in (out / "parts").iterdir() if not p.name.startswith("00002.")}
    (out / "parts" / "00002.mentions.parquet").unlink()
    code, _, err = run_cli("batch", *corpus, "--out", out, "--workers", "2", "--partition-size", PARTITION_SIZE)
    assert code == 1, err
    s = summary(out)
    assert s["extracted"] == [2] and s["reused"] == [0, 1, 3]
    assert {p.name: p.stat().st_mtime_ns for p in (out / "parts").iterdir() if not p.name.startswith("00002.")} == kept
    assert fused(out) == before
    assert mentions(out) == mentions(source)
    # A complete run resumes everything.
    code, _, err = run_cli("batch", *corpus, "--out", out, "--workers", "1", "--partition-size", PARTITION_SIZE)
    assert code == 1 and summary(out)["extracted"] == [] and fused(out) == before


def test_invalid_options_exit_2(corpus, tmp_path):
    code, _, err = run_cli("batch", *corpus, "--out", tmp_path / "o", "--engine", "local", "--scheduler", "tcp://127.0.0.1:8786")
    assert code == 2 and "--scheduler needs --engine dask" in err
    code, _, err = run_cli("batch", *corpus, "--out", tmp_path / "o", "--published", "yesterday")
    assert code == 2 and "invalid publication date" in err


def test_the_local_engine_starts_its_workers_on_entry_and_stops_them_on_exit():
    from conflictscope.batch.engines import LocalEngine

    # Entered and left with no partition run (a run that fails before its first partition): the
    # workers started for the warm-up are shut down, not left behind.
    with LocalEngine(workers=1) as engine:
        pool = engine.started()
        assert pool is not None
        processes = list(pool._processes.values())
        assert processes  # spawned at entry, loading the model while the client gets ready
    assert engine._started is None
    for process in processes:
        process.join(timeout=60)
        assert not process.is_alive()
