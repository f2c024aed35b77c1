"""The fast path (paragraphs without conflict vocabulary are not parsed) changes no field of the output."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conflictscope.nlp.relevance import is_relevant, needs_previous_speaker, paragraphs
from conflictscope.pipeline import Extractor
from conflictscope.types import Document
from fixtures import reports as R

MIXED_REPORT = """Markets in Kabul were busy on Thursday as traders prepared for the holiday.
The central bank said the currency had held steady against the dollar.
A roadside bomb exploded near a police vehicle in Jalalabad on Wednesday, killing two officers, the provincial governor said.
He added that the Taliban had denied any role in the attack.
Schools in Herat reopened after the winter break, the education ministry said.
“We will rebuild,” he said of the damaged school, which had been shelled last year.
Officials in Kandahar said a football tournament would go ahead next month.
"""


def examples() -> list[Document]:
    docs = [
        Document(text=R.SHELLING_REPORT, id="shelling", published=date.fromisoformat(R.SHELLING_PUBLISHED)),
        Document(text=R.PROTEST_REPORT, id="protest", published=date.fromisoformat(R.PROTEST_PUBLISHED)),
        Document(text=R.AIRSTRIKE_REPORT, id="air", published=date.fromisoformat(R.AIRSTRIKE_PUBLISHED)),
        Document(text=MIXED_REPORT, id="mixed", published=date(2021, 2, 19)),
    ]
    bundled = Path(__file__).parents[1] / "examples" / "reports.jsonl"
    for line in bundled.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs.append(Document(text=row["text"], id=row["id"], published=date.fromisoformat(row["published"])))
    return docs


@pytest.mark.parametrize("document", examples(), ids=lambda d: d.id)
def test_fast_path_gives_identical_events(document):
    extractor = Extractor.default()
    fast = [e.to_dict() for e in extractor.extract(document, fast=True)]
    full = [e.to_dict() for e in extractor.extract(document, fast=False)]
    assert fast == full
    if document.id in ("shelling", "mixed"):
        assert fast  # the comparison is not vacuous


def test_relevance_scan_skips_ordinary_paragraphs_and_keeps_conflict_ones():
    spans = paragraphs(MIXED_REPORT)
    flags = [is_relevant(MIXED_REPORT[a:b]) for a, b in spans]
    assert flags == [False, False, True, True, False, True, False]
    assert needs_previous_speaker(MIXED_REPORT[spans[3][0] : spans[3][1]])


def test_mixed_report_events():
    (event,) = [e for e in Extractor.default().extract(examples()[3]) if not e.historical]
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.location.name == "Jalalabad" and event.fatalities == 2
    stances = {(c.speaker.name, c.stance) for c in event.claims}
    assert stances == {("provincial governor", "asserts"), ("Taliban", "denies")}
    assert event.disputed
    # the school "shelled last year" is background, not a current event
    assert all(e.location.name != "Herat" for e in Extractor.default().extract(examples()[3]) if not e.historical)
