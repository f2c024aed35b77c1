"""Ingest: idempotent, bad documents recorded, feeds and WARC files, readers during a write."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date

from sqlalchemy import func, select

from conflictscope.store import open_store, queries
from conflictscope.store.models import DocumentRow, IngestErrorRow, MentionRow

from . import reports as R


def write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def counts(store) -> dict:
    return queries.stats(store)


def test_the_same_documents_twice_are_stored_once(store, extractor, cli, db_url, tmp_path):
    path = tmp_path / "reports.jsonl"
    write_jsonl(path, [R.record("ministry", R.MINISTRY), R.record("monitor", R.MONITOR), R.record("aleppo", R.ALEPPO)])
    first = cli("ingest", path, "--db", db_url)
    assert first.exit_code == 0, first.output
    after_first = counts(store)
    assert after_first["documents"] == 3 and after_first["fused_events"] == 2
    second = cli("ingest", path, "--db", db_url)
    assert second.exit_code == 0, second.output
    assert "3 already stored" in second.stderr
    assert counts(store) == after_first
    # The same text under another id and file is the same document too.
    again = queries.ingest_document(store, _doc("other-id", R.MINISTRY), extractor)
    assert again.status == "exists" and again.events == []
    assert counts(store) == after_first


def _doc(doc_id, text, published=R.PUBLISHED):
    from conflictscope.types import Document

    return Document(text=text, id=doc_id, published=published)


def test_bad_documents_are_recorded_and_the_run_goes_on(store, cli, db_url, tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps(R.record("ministry", R.MINISTRY)),
        '{"id": "broken", "text": ',
        json.dumps({"id": "number", "text": 42}),
        json.dumps(R.record("aleppo", R.ALEPPO)),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = cli("ingest", path, empty, "--db", db_url)
    assert result.exit_code == 1
    assert "mixed.jsonl:2" in result.stderr and "empty.txt" in result.stderr
    assert counts(store)["documents"] == 2
    errors = queries.list_errors(store)
    origins = {e["origin"] for e in errors}
    assert {str(path) + ":2", str(path) + ":3", str(empty)} <= origins
    assert any(e["code"] == "CS006" and "not valid JSON" in e["message"] for e in errors)
    # Re-running records the same errors again (occurrences), not new rows.
    assert cli("ingest", path, empty, "--db", db_url).exit_code == 1
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(IngestErrorRow)) == 3
        assert session.scalar(select(func.max(IngestErrorRow.occurrences))) == 2


def test_bad_options_exit_2(cli, db_url, tmp_path):
    assert cli("ingest", tmp_path, "--db", db_url, "--published", "yesterday").exit_code == 2
    assert cli("ingest", tmp_path, "--db", "mysql://nobody@nowhere/db").exit_code == 2
    assert cli("events", "--db", db_url, "--bbox", "1,2,3").exit_code == 2
    assert cli("events", "--db", db_url, "--since", "2020-13-01").exit_code == 2
    assert cli("events", "--db", db_url, "--country", "Narnia").exit_code == 2
    assert cli("export", "--db", db_url, "--format", "parquet").exit_code == 2
    missing = tmp_path / "typo.db"
    assert cli("events", "--db", missing).exit_code == 2
    assert cli("export", "--db", missing, "--format", "csv").exit_code == 2
    assert not missing.exists()


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fixture Wire</title><link>https://wire.example/</link>
<description>Test feed</description>
<item><title>Drone strike on Tartus market</title><link>https://wire.example/tartus</link>
<guid>wire-tartus-1</guid><pubDate>Mon, 05 Oct 2020 08:00:00 GMT</pubDate>
<description>&lt;p&gt;{monitor}&lt;/p&gt;</description></item>
<item><title>Shelling in Aleppo</title><link>https://wire.example/aleppo</link>
<pubDate>Mon, 05 Oct 2020 09:00:00 GMT</pubDate>
<description>{aleppo}</description></item>
</channel></rss>
"""


def _warc_bytes() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    page = f"<html><head><title>Tartus</title></head><body><article><h1>Strike on Tartus</h1><p>{R.MINISTRY}</p></article></body></html>"
    for uri, body, ctype, status in (
        ("https://ministry.example/news/tartus", page.encode(), "text/html; charset=utf-8", "200 OK"),
        ("https://ministry.example/logo.png", b"\x89PNG\r\n\x1a\n0000", "image/png", "200 OK"),
        ("https://ministry.example/old", b"", "text/html", "301 Moved Permanently"),
    ):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": "2020-10-05T10:00:00Z"})
        writer.write_record(record)
    return out.getvalue()


def test_feeds_and_warc_files_in_a_folder(store, cli, db_url, tmp_path):
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    (folder / "wire.rss").write_text(RSS.format(monitor=R.MONITOR, aleppo=R.ALEPPO), encoding="utf-8")
    (folder / "nested" / "crawl.warc.gz").write_bytes(_warc_bytes())
    (folder / "notes.txt").write_text(R.TARTUS_LATER, encoding="utf-8")
    result = cli("ingest", folder, "--db", db_url, "--published", "2020-10-10")
    assert result.exit_code == 0, result.output
    docs = {d["document_id"]: d for d in queries.list_documents(store)}
    assert set(docs) == {"notes.txt", "wire-tartus-1", "https://wire.example/aleppo", "https://ministry.example/news/tartus"}
    assert docs["wire-tartus-1"]["source"] == "Fixture Wire"
    assert docs["wire-tartus-1"]["title"] == "Drone strike on Tartus market"
    assert docs["wire-tartus-1"]["published"] == "2020-10-05"
    assert docs["https://ministry.example/news/tartus"]["url"] == "https://ministry.example/news/tartus"
    page = queries.get_document(store, docs["https://ministry.example/news/tartus"]["pk"])
    assert "killing four civilians" in page["text"] and "<p>" not in page["text"]
    # The ministry's page (WARC) and the monitor's entry (RSS) are one strike.
    tartus = [e for e in queries.list_events(store) if e["date"] == "2020-10-04" and e["location"]["admin1"] == "Tartus"]
    assert len(tartus) == 1 and tartus[0]["sources"] == 2


def test_a_broken_feed_or_warc_is_an_error_not_a_crash(store, cli, db_url, tmp_path):
    bad_feed = tmp_path / "bad.rss"
    bad_feed.write_text("<rss><channel><title>x</title></channel></rss>", encoding="utf-8")
    bad_warc = tmp_path / "bad.warc.gz"
    bad_warc.write_bytes(gzip.compress(b"this is not a web archive"))
    good = tmp_path / "ok.txt"
    good.write_text(R.ALEPPO, encoding="utf-8")
    result = cli("ingest", bad_feed, bad_warc, good, "--db", db_url, "--published", "2020-10-05")
    assert result.exit_code == 1
    assert counts(store)["documents"] == 1
    assert {str(bad_feed), str(bad_warc)} <= {e["origin"] for e in queries.list_errors(store)}


def test_readers_query_while_a_writer_holds_a_transaction(store, extractor, db_url):
    queries.ingest_document(store, _doc("ministry", R.MINISTRY), extractor)
    reader = open_store(db_url)
    try:
        with store.write() as session:
            session.add(
                DocumentRow(
                    doc_key="pending", content_hash="0" * 64, minhash0=0, minhash1=0, minhash2=0, minhash3=0,
                    text="pending", n_events=0, ingested_at=queries.fusion.utcnow(),
                )
            )  # fmt: skip
            session.flush()
            # a reader blocked by the open write would fail with "database is locked" here
            assert reader.current_revision() == reader.head_revision()
            assert queries.stats(reader)["documents"] == 1  # the uncommitted row is not visible
            assert len(queries.list_events(reader)) == 1
            session.rollback()
    finally:
        reader.close()
    assert counts(store)["documents"] == 1


def test_documents_and_daily_counts(store, extractor):
    for doc_id, text, published in (
        ("ministry", R.MINISTRY, R.PUBLISHED),
        ("aleppo", R.ALEPPO, R.PUBLISHED),
        ("later", R.TARTUS_LATER, R.TARTUS_LATER_PUBLISHED),
    ):
        queries.ingest_document(store, _doc(doc_id, text, published), extractor)
    assert [d["document_id"] for d in queries.list_documents(store)] == ["later", "aleppo", "ministry"]
    assert [d["document_id"] for d in queries.list_documents(store, limit=1, offset=1)] == ["aleppo"]
    days = queries.counts_per_day(store)
    assert days == [
        {"date": "2020-10-04", "events": 2, "fatalities": 7},
        {"date": "2020-10-09", "events": 1, "fatalities": 2},
    ]
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(MentionRow)) == 3
    doc = queries.get_document(store, queries.list_documents(store)[0]["pk"])
    assert doc["text"] == R.TARTUS_LATER and doc["events"][0]["fused_id"]
    assert queries.count_events(store, queries.EventFilters(since=date(2020, 10, 5))) == 1
