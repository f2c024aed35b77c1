"""A batch reads its inputs in one process and checks their content (binary, empty, English, the main
text of an HTML page) in its workers: the same documents and the same error rows as the readers'
own checks, with the costly part done in parallel."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conflictscope.batch import layout
from conflictscope.batch.worker import process_partition
from conflictscope.errors import InputError
from conflictscope.ingest.readers import DEFAULT_MAX_BYTES, Unchecked
from conflictscope.store.inputs import iter_inputs
from conflictscope.types import Document

ARTICLE = (
    "Militants stormed a police post outside Kandahar on Tuesday night, killing three officers, "
    "a provincial spokesman said. The attackers fled before reinforcements arrived."
)
PAGE = (
    "<html><head><title>Post attacked</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    f"<article><h1>Police post attacked</h1><p>{ARTICLE}</p><p>Residents said the shooting lasted an hour "
    "and that shops stayed shut the next morning.</p></article><footer>All rights reserved</footer></body></html>"
)
FRENCH = (
    "Des hommes armés ont attaqué un poste de police près de la ville mardi soir et trois agents ont été tués "
    "selon le porte-parole de la province, qui a ajouté que les assaillants avaient pris la fuite."
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("deferred")
    records = [
        {"id": "kandahar", "text": ARTICLE, "published": "2021-06-02", "source": "Southern Desk"},
        {"id": "french", "text": FRENCH, "published": "2021-06-02"},
        {"id": "blank", "text": "  \n ", "published": "2021-06-02"},
        {"id": "control", "text": "abc\x01\x02\x03\x04\x05\x06\x07\x08 def", "published": "2021-06-02"},
    ]
    (root / "a-reports.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (root / "b-page.html").write_text(PAGE, encoding="utf-8")
    (root / "c-script.html").write_text("<html><body><script>var shown = 1;</script></body></html>", encoding="utf-8")
    return root


def _outcome(item) -> Document | tuple:
    if isinstance(item, InputError):
        return (type(item).__name__, item.code, item.source, item.one_line())
    return item


def _finished(item) -> Document | tuple:
    if isinstance(item, Unchecked):
        try:
            return item.finish()
        except InputError as exc:
            return _outcome(exc)
    return _outcome(item)


def test_unchecked_documents_finish_as_the_checked_readers_read_them(folder):
    checked = [_outcome(i) for i in iter_inputs([str(folder)])]
    deferred = list(iter_inputs([str(folder)], check=False))
    assert all(isinstance(i, Unchecked) for i in deferred)  # nothing refused while reading
    assert [_finished(i) for i in deferred] == checked
    kinds = [c[0] for c in checked if isinstance(c, tuple)]
    assert sorted(kinds) == ["BinaryInput", "EmptyInput", "EmptyInput", "NotEnglish"]
    page = next(c for c in checked if isinstance(c, Document) and c.id == "b-page.html")
    assert "<p>" not in page.text and "Kandahar" in page.text


def test_the_workers_check_the_batch_documents_and_write_the_readers_error_rows(folder):
    (part,) = list(layout.iter_partitions([str(folder)], size=10, max_bytes=DEFAULT_MAX_BYTES))
    assert [i["kind"] for i in part.items] == ["document"] * 6
    page_item = next(i for i in part.items if i["id"] == "b-page.html")
    assert "<nav>" in page_item["text"]  # still the page: the worker takes out its main text
    result = process_partition(part.index, part.items, part.input_hash)
    errors = pq.read_table(io.BytesIO(result["errors"])).to_pylist()
    checked = [_outcome(i) for i in iter_inputs([str(folder)])]
    expected = [(pos, c[2], "read", c[1], c[3]) for pos, c in enumerate(checked) if isinstance(c, tuple)]
    assert [(e["doc_pos"], e["document_id"], e["stage"], e["code"], e["message"]) for e in errors] == expected
    documents = pq.read_table(io.BytesIO(result["documents"])).to_pylist()
    by_id = {d["document_id"]: d for d in documents}
    assert set(by_id) == {"kandahar", "b-page.html"}
    page = next(c for c in checked if isinstance(c, Document) and c.id == "b-page.html")
    assert by_id["b-page.html"]["n_chars"] == len(page.text)
    assert by_id["kandahar"]["source"] == "Southern Desk"
    assert result["n_events"] >= 2  # the police post, from the JSONL record and from the page


def test_feed_and_archive_entries_keep_their_own_place_in_deferred_errors(tmp_path):
    """Feed entries and archived pages name the entry (file:number, file:URI) in their errors, checked
    at once or later."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from conflictscope.ingest.feeds import read_feed
    from conflictscope.ingest.warc import read_warc

    feed = tmp_path / "wire.rss"
    feed.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        f"<item><title>Poste attaqué</title><description>{FRENCH}</description><link>https://wire.example/1</link></item>"
        f"<item><title>Post attacked</title><description>{ARTICLE}</description><link>https://wire.example/2</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    archive = tmp_path / "crawl.warc.gz"
    with archive.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, body in (("https://desk.example/fr", f"<html><body><p>{FRENCH}</p></body></html>"), ("https://desk.example/en", PAGE)):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode()), http_headers=headers))
    for read in (lambda **kw: read_feed(feed, **kw), lambda **kw: read_warc(archive, **kw)):
        checked = [_outcome(i) for i in read()]
        deferred = list(read(check=False))
        assert all(isinstance(i, Unchecked) for i in deferred)
        assert [_finished(i) for i in deferred] == checked
        assert checked[0][1] == "CS005" and checked[0][2].endswith(("wire.rss:1", "crawl.warc.gz:https://desk.example/fr"))
        assert isinstance(checked[1], Document) and "Kandahar" in checked[1].text
