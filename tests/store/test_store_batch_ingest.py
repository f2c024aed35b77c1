"""`queries.ingest_extracted`: a batch partition's documents stored and fused in one transaction give
exactly what `ingest_document` gives one document at a time."""

from __future__ import annotations

import copy
from datetime import date

from sqlalchemy import select

from conflictscope.store import open_store, queries
from conflictscope.store.models import ActorRow, DocumentRow, PlaceRow
from conflictscope.types import Document

from . import reports as R


def _docs() -> list[Document]:
    docs = [
        Document(text=R.MINISTRY, id="ministry", published=R.PUBLISHED, source="Ministry wire"),
        Document(text=R.MONITOR, id="monitor", published=R.PUBLISHED, source="Monitor"),
        Document(text=R.MONITOR_REPRINT, id="reprint", published=R.PUBLISHED, source="Reprint"),
        Document(text=R.ALEPPO, id="aleppo", published=R.PUBLISHED),
        # The same text twice in one partition: the second is an existing document, not a new one.
        Document(text=R.ALEPPO, id="aleppo-again", published=R.PUBLISHED),
    ]
    for r in R.many_reports(6):
        docs.append(Document(text=r["text"], id=r["id"], published=date.fromisoformat(r["published"]), source=r["source"]))
    return docs


def _comparable(store) -> list[dict]:
    events = queries.list_events(store, limit=1000)
    # Timestamps are when a row was written; everything else must match.
    return sorted(({k: v for k, v in e.items() if k not in ("created_at", "updated_at")} for e in events), key=lambda e: e["id"])


def test_one_transaction_per_partition_gives_the_events_of_one_per_document(tmp_path, extractor):
    docs = _docs()
    extracted = [(d, extractor.extract(d)) for d in docs]
    one_by_one = open_store(tmp_path / "one.db")
    batched = open_store(tmp_path / "batch.db")
    try:
        singles = [queries.ingest_document(one_by_one, d, queries._Given(events)) for d, events in extracted]
        # Two partitions, as the batch engine hands them over.
        outcomes = queries.ingest_extracted(batched, extracted[:3]) + queries.ingest_extracted(batched, extracted[3:])
        assert [o.status for o in outcomes] == [o.status for o in singles]
        assert [o.status for o in outcomes].count("exists") == 1
        assert [o.duplicate_of is not None for o in outcomes] == [o.duplicate_of is not None for o in singles]
        assert any(o.duplicate_of is not None for o in outcomes)  # the reprint is a copy of the monitor's report
        assert [o.fused_ids for o in outcomes] == [o.fused_ids for o in singles]
        expected = _comparable(one_by_one)
        assert len(expected) >= 5
        assert _comparable(batched) == expected
        # Registry rows are shared, not written twice, however often a partition looks them up.
        with batched.read() as session:
            keys = session.scalars(select(ActorRow.key)).all()
            assert len(keys) == len(set(keys))
            assert len(session.scalars(select(PlaceRow.key)).all()) == len(set(session.scalars(select(PlaceRow.key)).all()))
    finally:
        one_by_one.close()
        batched.close()


def test_a_document_already_stored_is_skipped_and_the_rest_of_the_partition_stored(store, extractor):  # SQLite and PostgreSQL
    docs = _docs()[:4]
    extracted = [(d, extractor.extract(d)) for d in docs]
    queries.ingest_document(store, docs[1], queries._Given(extracted[1][1]))
    outcomes = queries.ingest_extracted(store, extracted)
    assert [o.status for o in outcomes] == ["stored", "exists", "stored", "stored"]
    with store.read() as session:
        assert sorted(session.scalars(select(DocumentRow.doc_key)).all()) == ["aleppo", "ministry", "monitor", "reprint"]


def test_one_document_the_store_refuses_costs_only_itself(store, extractor):  # SQLite and PostgreSQL
    docs = _docs()[:4]
    extracted = [(d, extractor.extract(d)) for d in docs]
    # Two events with one id in one document break the store's (document, event) key: the
    # partition's transaction fails, and the partition is stored document by document instead.
    bad_events = extracted[2][1]
    assert bad_events
    extracted[2] = (extracted[2][0], bad_events + [copy.deepcopy(bad_events[0])])
    outcomes = queries.ingest_extracted(store, extracted)
    assert [o.status for o in outcomes] == ["stored", "stored", "failed", "stored"]
    assert "IntegrityError" in outcomes[2].error and "\n" not in outcomes[2].error
    with store.read() as session:
        assert sorted(session.scalars(select(DocumentRow.doc_key)).all()) == ["aleppo", "ministry", "monitor"]
    errors = queries.list_errors(store)
    assert [e["origin"] for e in errors] == ["reprint"]
    assert queries.list_events(store, limit=100)


def test_rows_remembered_across_partitions_are_only_committed_ones(store, extractor):  # SQLite and PostgreSQL
    from conflictscope.store.fusion import KnownRows

    docs = _docs()[:4]
    extracted = [(d, extractor.extract(d)) for d in docs]
    known = KnownRows()
    # The first partition fails as a whole (a broken document), so its transaction is rolled back
    # and redone document by document: nothing it created may be remembered by that transaction.
    bad_events = extracted[2][1]
    broken = [extracted[0], (extracted[2][0], bad_events + [copy.deepcopy(bad_events[0])])]
    outcomes = queries.ingest_extracted(store, broken, known=known)
    assert [o.status for o in outcomes] == ["stored", "failed"]
    assert not known.actor_ids and not known.place_ids and not known.actors
    # A partition that commits is remembered, and the next one reuses its rows instead of writing
    # them again.
    queries.ingest_extracted(store, [extracted[1]], known=known)
    assert known.actor_ids and known.place_ids
    queries.ingest_extracted(store, [extracted[3], extracted[2]], known=known)
    with store.read() as session:
        keys = session.scalars(select(ActorRow.key)).all()
        assert len(keys) == len(set(keys))
        assert set(known.actor_ids) <= set(keys)
        assert set(known.actor_ids.values()) <= set(session.scalars(select(ActorRow.id)).all())


def test_remembering_rows_across_partitions_changes_no_event(tmp_path, extractor):
    from conflictscope.store.fusion import KnownRows

    extracted = [(d, extractor.extract(d)) for d in _docs()]
    plain, remembering = open_store(tmp_path / "plain.db"), open_store(tmp_path / "known.db")
    try:
        known = KnownRows()
        for part in (extracted[:2], extracted[2:5], extracted[5:]):
            queries.ingest_extracted(plain, part)
            queries.ingest_extracted(remembering, part, known=known)
        assert len(known.actor_ids) >= 3
        assert _comparable(remembering) == _comparable(plain)
    finally:
        plain.close()
        remembering.close()


def test_fingerprints_computed_elsewhere_give_the_same_store(tmp_path, extractor):
    """A batch's workers send each document's content hash and MinHash sketch; fusion then skips
    computing them (and shingles a text only to confirm a candidate copy), with the same result."""
    from conflictscope.store import fingerprint

    docs = _docs()
    extracted = [(d, extractor.extract(d)) for d in docs]
    prints = [queries.Fingerprint(fingerprint.content_hash(d.text), fingerprint.minhash(d.text)) for d in docs]
    computed = open_store(tmp_path / "computed.db")
    given = open_store(tmp_path / "given.db")
    try:
        a = queries.ingest_extracted(computed, extracted[:3]) + queries.ingest_extracted(computed, extracted[3:])
        b = queries.ingest_extracted(given, extracted[:3], fingerprints=prints[:3]) + queries.ingest_extracted(given, extracted[3:], fingerprints=prints[3:])
        assert [(o.status, o.duplicate_of is not None, o.fused_ids) for o in b] == [(o.status, o.duplicate_of is not None, o.fused_ids) for o in a]
        assert any(o.duplicate_of is not None for o in b)  # the reprint found as a copy from its given sketch
        assert [o.status for o in b].count("exists") == 1  # and the repeated text from its given hash
        assert _comparable(given) == _comparable(computed)
        with given.read() as session:
            stored = {r.doc_key: (r.content_hash, r.minhash0) for r in session.scalars(select(DocumentRow))}
        assert stored["ministry"] == (prints[0].content_hash, fingerprint.to_signed(prints[0].sketch[0]))
    finally:
        computed.close()
        given.close()


def _colliding(extracted: list) -> list:
    """The documents plus one whose events reuse the first document's event ids (another day, so no
    fusion): its fused ids must then be made unique from the mention ids."""
    first_doc, first_events = extracted[0]
    assert first_events
    twins = copy.deepcopy(first_events)
    for event in twins:
        event.date = date(2019, 1, 2)
    twin = Document(text=first_doc.text + " A later bulletin repeated the account word for word, months on.", id="twin", published=R.PUBLISHED)
    return extracted + [(twin, twins)]


def _selects_from(store, table: str) -> list[str]:
    """Statements run on ``store`` that read ``table`` (recorded until the test ends)."""
    from sqlalchemy import event as sa_event

    seen: list[str] = []

    def record(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT") and f"FROM {table}" in statement:
            seen.append(statement)

    sa_event.listen(store.engine, "before_cursor_execute", record)
    return seen


def test_a_sole_writer_answers_from_memory_and_stores_the_same(store, tmp_path, extractor):  # SQLite and PostgreSQL
    """A batch's fusion writes its store alone, from empty: it remembers the documents' hashes and
    sketches and the fused events' mentions, so ingesting asks the store nothing per document or
    mention, and the store ends up the same as one written document by document."""
    from conflictscope.store.fusion import KnownRows

    extracted = _colliding([(d, extractor.extract(d)) for d in _docs()])
    reference = open_store(tmp_path / "reference.db")
    try:
        singles = [queries.ingest_document(reference, d, queries._Given(events)) for d, events in extracted]
        known = KnownRows(sole=True)
        mention_reads = _selects_from(store, "mentions")
        document_reads = _selects_from(store, "documents")
        outcomes = []
        for part in (extracted[:2], extracted[2:5], extracted[5:9], extracted[9:]):
            before = len(mention_reads)
            outcomes += queries.ingest_extracted(store, part, known=known)
            # Clustering read the mentions at most once per partition, to rebuild the fused events.
            assert len(mention_reads) - before <= 1
        assert known.sole
        assert not any("minhash0 =" in s for s in document_reads)  # copies found from memory
        assert [(o.status, o.duplicate_of is not None, o.fused_ids) for o in outcomes] == [
            (o.status, o.duplicate_of is not None, o.fused_ids) for o in singles
        ]
        assert [o.status for o in outcomes].count("exists") == 1
        assert any(o.duplicate_of is not None for o in outcomes)
        # The twin's events kept the first document's ids, so their fused ids were made unique.
        assert outcomes[-1].fused_ids and set(outcomes[-1].fused_ids).isdisjoint(outcomes[0].fused_ids)
        assert all(any(f.startswith(g + "-") for g in outcomes[0].fused_ids) for f in outcomes[-1].fused_ids)
        assert _comparable(store) == _comparable(reference)
        assert len(known.hashes) == len({o.document_pk for o in outcomes})
        assert sum(len(m) for m in known.members.values()) >= 5
    finally:
        reference.close()


def test_a_sole_writer_whose_partition_fails_asks_the_store_from_then_on(tmp_path, extractor):
    from conflictscope.store.fusion import KnownRows

    extracted = [(d, extractor.extract(d)) for d in _docs()]
    bad_events = extracted[2][1]
    broken = list(extracted)
    broken[2] = (extracted[2][0], bad_events + [copy.deepcopy(bad_events[0])])
    plain, sole = open_store(tmp_path / "plain.db"), open_store(tmp_path / "sole.db")
    try:
        known = KnownRows(sole=True)
        for part in (broken[:2], broken[2:5], broken[5:]):
            expected = queries.ingest_extracted(plain, part)
            got = queries.ingest_extracted(sole, part, known=known)
            assert [(o.status, o.fused_ids) for o in got] == [(o.status, o.fused_ids) for o in expected]
        # The broken partition was stored document by document, which memory did not see.
        assert not known.sole
        assert _comparable(sole) == _comparable(plain)
    finally:
        plain.close()
        sole.close()


def test_a_sole_writer_past_its_memory_limit_asks_the_store_with_the_same_result(tmp_path, extractor, monkeypatch):
    from conflictscope.store import fusion
    from conflictscope.store.fusion import KnownRows

    monkeypatch.setattr(fusion, "REMEMBERED_DOCUMENTS", 3)
    extracted = [(d, extractor.extract(d)) for d in _docs()]
    plain, sole = open_store(tmp_path / "plain.db"), open_store(tmp_path / "sole.db")
    try:
        known = KnownRows(sole=True)
        states = []
        for part in (extracted[:2], extracted[2:4], extracted[4:7], extracted[7:]):
            expected = queries.ingest_extracted(plain, part)
            got = queries.ingest_extracted(sole, part, known=known)
            assert [(o.status, o.duplicate_of is not None, o.fused_ids) for o in got] == [(o.status, o.duplicate_of is not None, o.fused_ids) for o in expected]
            states.append(known.sole)
        assert states[0] and not states[-1]  # remembered, then forgot past three documents
        assert not known.hashes and not known.members and known.actor_ids  # actors and places are kept
        assert _comparable(sole) == _comparable(plain)
    finally:
        plain.close()
        sole.close()
