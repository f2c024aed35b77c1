"""Recovery: a real `conflictscope ingest` killed with SIGKILL half-way, then run again, leaves every
document in the store exactly once, with all its events, and fuses as an uninterrupted run does."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date

import pytest
from sqlalchemy import func, select

from conflictscope.store import open_store, queries
from conflictscope.store.models import DocumentRow, FusedEventRow, MentionRow
from conflictscope.types import Document

from . import reports as R

N_DOCUMENTS = 40


def _ingest_process(path, db_url) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "conflictscope", "ingest", str(path), "--db", db_url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _documents(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(DocumentRow)) or 0


def _snapshot(store) -> dict:
    with store.read() as session:
        docs = session.execute(select(DocumentRow.doc_key, DocumentRow.content_hash, DocumentRow.n_events)).all()
        per_doc = dict(
            session.execute(
                select(DocumentRow.doc_key, func.count(MentionRow.id)).join(MentionRow, MentionRow.document_id == DocumentRow.id, isouter=True).group_by(DocumentRow.doc_key)
            ).all()
        )
        fused = session.execute(select(FusedEventRow.id, FusedEventRow.n_mentions, FusedEventRow.sources)).all()
        unfused = session.scalar(select(func.count()).select_from(MentionRow).where(MentionRow.fused_id.is_(None), MentionRow.historical.is_(False)))
        members = dict(session.execute(select(MentionRow.fused_id, func.count()).where(MentionRow.fused_id.is_not(None)).group_by(MentionRow.fused_id)).all())
    return {"docs": docs, "per_doc": per_doc, "fused": sorted(fused), "unfused": unfused, "members": members}


def test_kill_9_half_way_then_rerun_stores_every_document_once(db_url, tmp_path, extractor):
    records = R.many_reports(N_DOCUMENTS)
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = open_store(db_url)  # creates the schema, so we can watch the run from here
    try:
        proc = _ingest_process(path, db_url)
        stored = 0
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            stored = _documents(store)
            if stored >= 5:
                break
            time.sleep(0.005)
        if proc.poll() is not None:
            pytest.fail(f"ingest ended (exit code {proc.returncode}) before it could be killed, {stored} documents stored:\n{proc.stderr.read().decode()[-3000:]}")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        half = _documents(store)
        assert 5 <= half < N_DOCUMENTS, half

        # Run again to the end.
        rerun = _ingest_process(path, db_url)
        _, err = rerun.communicate(timeout=600)
        assert rerun.returncode == 0, err.decode()[-2000:]
        assert f"{half:,} already stored" in err.decode()
        after = _snapshot(store)
    finally:
        store.close()

    keys = [d.doc_key for d in after["docs"]]
    assert sorted(keys) == sorted(r["id"] for r in records)  # every document, exactly once
    assert len({d.content_hash for d in after["docs"]}) == N_DOCUMENTS
    assert all(after["per_doc"][d.doc_key] == d.n_events for d in after["docs"])  # all events, none twice
    assert after["unfused"] == 0
    assert {fid: n for fid, n, _ in after["fused"]} == after["members"]

    # The same inputs ingested in one uninterrupted run give the same documents, events and fused ids.
    reference = open_store(tmp_path / "reference.db")
    try:
        for r in records:
            queries.ingest_document(reference, Document(r["text"], id=r["id"], published=date.fromisoformat(r["published"]), source=r["source"]), extractor)
        expected = _snapshot(reference)
    finally:
        reference.close()
    assert after["per_doc"] == expected["per_doc"]
    assert after["fused"] == expected["fused"]
