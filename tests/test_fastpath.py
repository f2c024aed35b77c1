"""The fast path (units of text without words the extractor acts on are not parsed) changes no field of the output."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conflictscope.nlp.relevance import LONG_LINE, has_event_words, is_relevant, needs_previous_speaker, units, word_forms
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
    spans = units(MIXED_REPORT)
    flags = [is_relevant(MIXED_REPORT[u.start : u.end]) for u in spans]
    assert flags == [False, False, True, True, False, True, False]
    assert needs_previous_speaker(MIXED_REPORT[spans[3].start : spans[3].end])


# One long paragraph, as scrapers deliver whole articles: its sentences are the units.
LONG_PARAGRAPH = (
    "The city council of Mosul met on Monday to discuss the water supply, which Gen. Ali Hassan said "
    "had improved since the U.S. engineers left in Jan. 2019. "
    "Farmers near the river said significant rain in the spring had helped the harvest. "
    "Gunmen shot dead two shepherds near Tal Afar on Sunday, the police said. "
    "He added that nobody had claimed the killings. "
    "The council will meet again next week to approve the budget for schools and clinics, "
    "and to hear from traders about the price of bread and fuel in the old city markets, where shop "
    "owners have asked for longer opening hours, better street lighting and more parking near the bridge."
)


def test_long_lines_are_cut_into_sentences_without_the_parser():
    assert len(LONG_PARAGRAPH) > LONG_LINE
    pieces = [LONG_PARAGRAPH[u.start : u.end] for u in units(LONG_PARAGRAPH)]
    assert pieces[0].startswith("The city council") and pieces[0].endswith("Jan. 2019.")  # "Gen.", "U.S.", "Jan." kept
    assert pieces[1].startswith("Farmers near")
    assert pieces[2] == "Gunmen shot dead two shepherds near Tal Afar on Sunday, the police said."
    assert len(pieces) == 5
    # offsets point into the text
    for u in units(LONG_PARAGRAPH):
        assert LONG_PARAGRAPH[u.start : u.end].strip() == LONG_PARAGRAPH[u.start : u.end]
    # short lines stay whole
    assert [(u.start, u.end) for u in units("Short line. Another one.\nNext")] == [(0, 24), (25, 29)]


def test_words_are_matched_whole_in_the_forms_the_lemmatizer_knows():
    assert {"fought", "fighting", "fights"} <= word_forms("fight")
    assert {"rallied", "rallies"} <= word_forms("rally")
    assert not has_event_words("Farmers said significant rain had helped the harvest and the download.")
    assert has_event_words("Troops fought for the town.")
    assert has_event_words("Militants KIDNAPPED a driver.")
    pieces = [LONG_PARAGRAPH[u.start : u.end] for u in units(LONG_PARAGRAPH)]
    assert [is_relevant(p) for p in pieces] == [False, False, True, True, False]


def test_long_paragraph_gives_identical_events_and_reads_only_its_conflict_sentences():
    document = Document(text=LONG_PARAGRAPH, id="long", published=date(2021, 3, 2))
    extractor = Extractor.default()
    fast = extractor.extract(document, fast=True)
    assert [e.to_dict() for e in fast] == [e.to_dict() for e in extractor.extract(document, fast=False)]
    (event,) = [e for e in fast if not e.historical]
    assert event.location.country_code == "IQ" and "Afar" in event.location.name  # GeoNames: "Tall ‘Afar"
    assert event.fatalities == 2
    assert event.evidence[0].text.startswith("Gunmen shot dead")


def test_a_document_without_event_words_is_not_parsed(monkeypatch):
    import conflictscope.pipeline as pipeline

    calls = []
    real = pipeline.get_nlp

    def counting():
        calls.append(1)
        return real()

    monkeypatch.setattr(pipeline, "get_nlp", counting)
    quiet = Document(text="Officials denied that the budget would be cut. He added that schools stay open.", id="q")
    assert Extractor.default().extract(quiet, fast=True) == []
    assert calls == []
    assert Extractor.default().extract(quiet, fast=False) == []
    assert calls  # the full mode parses, and finds nothing either


def test_mixed_report_events():
    (event,) = [e for e in Extractor.default().extract(examples()[3]) if not e.historical]
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.location.name == "Jalalabad" and event.fatalities == 2
    stances = {(c.speaker.name, c.stance) for c in event.claims}
    assert stances == {("provincial governor", "asserts"), ("Taliban", "denies")}
    assert event.disputed
    # the school "shelled last year" is background, not a current event
    assert all(e.location.name != "Herat" for e in Extractor.default().extract(examples()[3]) if not e.historical)


def test_documents_parsed_in_one_stream_give_the_events_of_each_on_its_own():
    extractor = Extractor.default()
    documents = examples()
    together = extractor.extract_many(documents)
    assert len(together) == len(documents)
    alone = [extractor.extract(d) for d in documents]
    assert [[e.to_dict() for e in events] for events in together] == [[e.to_dict() for e in events] for events in alone]
    assert sum(map(len, together)) >= 5  # not vacuous
    # Offsets still point into each document's own text.
    for document, events in zip(documents, together):
        for event in events:
            for ev in event.evidence:
                assert document.text[ev.start : ev.end] == ev.text


MOVES_REPORT = """The foreign minister returned from Geneva on Monday after two days of talks.
The new chairman joined the board of a bank last year.
Hundreds of families fled the village of Tawila on Sunday after gunmen burned their homes, aid workers said.
Government troops entered the town of Kutum on Tuesday, a military spokesman said.
The authorities released 120 detainees from Kober prison on Wednesday.
Schools will return to normal hours next week.
"""


def test_movement_verbs_are_event_words_only_beside_the_people_they_need():
    lines = MOVES_REPORT.splitlines()
    assert [has_event_words(line) for line in lines] == [False, False, True, True, True, False]
    document = Document(text=MOVES_REPORT, id="moves", published=date(2023, 5, 12))
    extractor = Extractor.default()
    fast = [e.to_dict() for e in extractor.extract(document, fast=True)]
    assert fast == [e.to_dict() for e in extractor.extract(document, fast=False)]
    assert fast  # the fled/entered/released lines are read
