"""A wire dateline is parsed apart from the story's first sentence: glued to it ("JOS, Nigeria -
Clashes between ..."), the dateline changes how the tagger and parser read the sentence. The dateline
still gives the filing day, the town of a story that names none, and the finer place of a region that
holds it. Sentences written for these tests in the style of wire copy."""

from datetime import date

import pytest

from helpers import current_events, near, pipeline_events
from conflictscope.mentions.datelines import read_filing
from conflictscope.pipeline import Extractor

FILED = date(2016, 7, 22)

# (dateline, story): the story read alone and after its dateline must give the same event
WIRE_LEADS = [
    ("JOS, Nigeria - ", "Clashes between Tiv and Jukun youths left nine people dead in the town on Sunday, police said."),
    ("JUBA, South Sudan - ", "Soldiers looted shops and torched homes near the market on Tuesday, a rights group said."),
    ("KHARTOUM, July 21 - ", "Militiamen shelled a residential district on Thursday, killing six civilians, medics said."),
    ("AMMAN, July 21 (Reuters) - ", "Police fired tear gas at hundreds of protesters outside parliament on Thursday."),
    ("KANDAHAR, Afghanistan - ", "Taliban fighters ambushed a police convoy on Wednesday, killing four policemen."),
]


def _reading(event):
    return (event.event_type, event.sub_event_type, event.fatalities, event.actor1.kind if event.actor1 else None)


@pytest.mark.parametrize("dateline, story", WIRE_LEADS)
def test_a_dateline_does_not_change_how_the_story_is_read(dateline, story):
    alone = current_events(story, FILED)
    after = current_events(dateline + story, FILED)
    assert alone, story
    assert [_reading(e) for e in after] == [_reading(e) for e in alone]


def test_the_evidence_is_the_story_sentence_and_points_into_the_text():
    text = "JOS, Nigeria - Clashes between Tiv and Jukun youths left nine people dead in the town on Sunday."
    event = current_events(text, FILED)[0]
    evidence = event.evidence[0]
    assert evidence.text.startswith("Clashes between")
    assert text[evidence.start : evidence.end] == evidence.text


def test_the_dateline_town_is_the_place_of_a_story_that_names_none():
    event = current_events("KANDAHAR, Afghanistan - Taliban fighters ambushed a police convoy on Wednesday, killing four policemen.", FILED)[0]
    assert near(event.location, 31.61, 65.71, 10)  # Kandahar city


def test_a_province_that_holds_the_dateline_town_gives_the_town():
    event = current_events(
        "KANDAHAR, July 21 (Reuters) - Taliban fighters ambushed a police convoy in Kandahar province on Thursday, killing four policemen.",
        FILED,
    )[0]
    assert event.location.geo_precision == 1 and near(event.location, 31.61, 65.71, 10)


def test_a_town_the_story_names_is_the_place_not_the_hub():
    event = current_events(
        "KABUL, July 21 (Reuters) - Taliban fighters ambushed a police convoy in Ghazni on Thursday, killing four policemen.", FILED
    )[0]
    assert event.location.name == "Ghazni"


def test_the_dateline_day_dates_a_story_that_gives_none():
    event = current_events("KABUL, July 20 (Reuters) - Taliban fighters ambushed a police convoy in Ghazni, killing four policemen.", FILED)[0]
    assert event.date == date(2016, 7, 20)


def test_a_note_label_is_no_dateline():
    # "Defusal:" opens a note as a dateline's town would, but names no place: the label is read as one
    extractor = Extractor.default()
    label = "Defusal: On 19 June, police found a bomb near the bridge of Kandahar."
    assert extractor._dateline_split(label, read_filing(label, FILED)) is None
    text = "KABUL, July 20 (Reuters) - Police found a bomb."
    assert text[extractor._dateline_split(text, read_filing(text, FILED)) :] == "Police found a bomb."


def test_fast_and_full_parses_agree_after_a_dateline():
    text = (
        "JOS, Nigeria - Clashes between Tiv and Jukun youths left nine people dead in the town on Sunday.\n"
        "The state governor imposed a curfew on the town, his spokesman said."
    )
    fast = pipeline_events(text, FILED, fast=True)
    full = pipeline_events(text, FILED, fast=False)
    assert [(e.sub_event_type, e.fatalities, e.location.name if e.location else None) for e in fast] == [
        (e.sub_event_type, e.fatalities, e.location.name if e.location else None) for e in full
    ]
    assert fast


# ---- a capital's dateline over a story told in a part of the country


@pytest.mark.parametrize(
    "text",
    [
        "ISLAMABAD, July 21 (Reuters) - A suicide bomber killed 12 people at a cattle market in northwestern Pakistan on Thursday, police said.",
        "KATHMANDU, July 21 - Maoist rebels stormed a police post and killed seven policemen in Nepal's west on Thursday, officials said.",
    ],
)
def test_a_capital_dateline_is_not_the_place_of_a_story_in_a_part_of_the_country(text):
    (event,) = current_events(text, FILED)
    assert event.location is None or event.location.name.upper() not in ("ISLAMABAD", "KATHMANDU")
    assert event.fatalities in (7, 12)


def test_a_provincial_dateline_in_that_part_of_the_country_stays_the_place():
    text = "PESHAWAR, Pakistan, July 21 (Reuters) - A suicide bomber killed 12 people at a cattle market in northwestern Pakistan on Thursday."
    (event,) = current_events(text, FILED)
    assert event.location.name.upper() == "PESHAWAR"


def test_a_capital_dateline_stays_the_place_when_no_part_of_the_country_is_told():
    text = "KATHMANDU, July 21 - Maoist rebels stormed a police post and killed seven policemen on Thursday, officials said."
    (event,) = current_events(text, FILED)
    assert event.location.name.upper() == "KATHMANDU"


@pytest.mark.parametrize(
    "where",
    ["in Kholagaun district", "in the village of Kholagaun"],  # a name the gazetteer does not know, told as a place
)
def test_a_capital_dateline_is_not_the_place_of_a_story_at_a_place_unknown_to_the_gazetteer(where):
    text = f"KATHMANDU, July 21 (AFP) - Maoist rebels attacked a police post {where} on Thursday, killing seven policemen."
    (event,) = current_events(text, FILED)
    assert event.location is None or event.location.name.upper() != "KATHMANDU"
    assert event.fatalities == 7
