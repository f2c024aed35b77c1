"""A batch worker extracts a partition's documents in one spaCy stream; a document that breaks the
stream is found by retrying one at a time, and only it becomes an error row."""

from __future__ import annotations

from datetime import date

from conflictscope.batch.worker import _extract_all
from conflictscope.pipeline import Extractor
from conflictscope.types import Document

GOOD_A = "Gunmen shot dead two police officers at a checkpoint in Peshawar on Monday, a police spokesman said."
GOOD_B = "Hundreds of farmers marched through the centre of Lahore on Tuesday to demand higher wheat prices."


def test_one_bad_document_costs_only_itself():
    extractor = Extractor.default()
    good_a = Document(text=GOOD_A, id="a", published=date(2022, 3, 9))
    broken = Document(text=None, id="broken", published=date(2022, 3, 9))  # type: ignore[arg-type]
    good_b = Document(text=GOOD_B, id="b", published=date(2022, 3, 9))
    items = [({"doc_pos": i}, d) for i, d in enumerate((good_a, broken, good_b))]
    results = list(_extract_all(extractor, items, fast=True))
    assert [r[1].id for r in results] == ["a", "broken", "b"]
    assert isinstance(results[1][2], Exception)
    for (_, document, events, seconds) in (results[0], results[2]):
        assert not isinstance(events, Exception)
        assert [e.to_dict() for e in events] == [e.to_dict() for e in extractor.extract(document)]
        assert events and seconds > 0
    assert results[0][2][0].event_type == "Violence against civilians" or results[0][2][0].event_type == "Battles"
    assert results[2][2][0].event_type == "Protests"


def test_a_partition_without_bad_documents_shares_its_time_by_characters():
    extractor = Extractor.default()
    docs = [Document(text=GOOD_A, id="a", published=date(2022, 3, 9)), Document(text=GOOD_B * 3, id="b", published=date(2022, 3, 9))]
    results = list(_extract_all(extractor, [({}, d) for d in docs], fast=True))
    (_, _, _, sa), (_, _, _, sb) = results
    assert sa > 0 and abs(sb / sa - len(docs[1].text) / len(docs[0].text)) < 1e-6
