"""Deaths from disease, of animals or in natural hazards are not political violence events, while the
same words in a war report still are."""

from __future__ import annotations

from datetime import date

import pytest

from conflictscope.events.causes import load_non_violent_causes
from helpers import current_pipeline_events

PUBLISHED = date(2021, 3, 2)

HEALTH_BULLETIN = """A farmer in the Nile delta has died of bird flu, the health ministry in Cairo said on Tuesday.
The virus has killed eleven people in Egypt since March.
Thousands of chickens were killed in Giza to stop the outbreak.
Three swans were found dead on a lake near Alexandria.
Two children died after contracting cholera in Aswan.
An outbreak of cholera killed 60 people in Luxor last month.
The strain has infected 30 people in Qena and killed 12 of them.
A bacteria that has killed four patients in a hospital in Minya is being studied.
The meningitis outbreak in Sohag has killed nine people and sickened forty.
"""

WAR_REPORT = """Gunmen killed two soldiers at a checkpoint in Arish on Tuesday, the army said.
A woman died when a shell hit her house in Rafah.
"""


def test_health_bulletin_gives_no_event():
    assert current_pipeline_events(HEALTH_BULLETIN, PUBLISHED) == []


def test_flood_deaths_give_no_event():
    assert current_pipeline_events("Five people died in the floods in Peshawar on Monday, officials said.", PUBLISHED) == []


def test_war_report_still_gives_events():
    found = {e.location.name: e for e in current_pipeline_events(WAR_REPORT, PUBLISHED)}
    assert set(found) == {"Arish", "Rafah"}
    assert found["Arish"].fatalities == 2
    assert found["Rafah"].sub_event_type == "Shelling/artillery/missile attack" and found["Rafah"].fatalities == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey killed 20 militants near Hakkari on Sunday.",  # Turkey the country, not the bird
        "Two soldiers were killed in an ambush in the heart of Kandahar on Sunday.",
        "Three people were killed in an outbreak of fighting in Jos on Sunday.",
        "Three people died in an outbreak of violence in Jos on Sunday.",
    ],
)
def test_country_and_figures_of_speech_are_not_causes(sentence):
    assert current_pipeline_events(sentence, PUBLISHED)


def test_table_kinds():
    table = load_non_violent_causes()
    assert table["cholera"] == "disease" and table["swan"] == "animal" and table["flood"] == "nature"


@pytest.mark.parametrize(
    "sentence",
    [
        "Raiders attacked a cattle camp near Bor on Sunday, killing one herder.",
        "Gunmen killed five residents of Kauru and stole cattle on Sunday.",
        "Patients of a coronavirus clinic in Kano demonstrated over their treatment on Sunday.",
        "Militants killed 12 in Maiduguri on Sunday.",
        "A mob killed two men in Goma on Sunday after they had been caught robbing a house.",
    ],
)
def test_other_words_near_animals_or_diseases_still_make_events(sentence):
    assert current_pipeline_events(sentence, PUBLISHED)


def test_a_bare_death_continues_a_story_but_does_not_start_one():
    assert current_pipeline_events("A retired teacher died on Sunday in a hospital in Tanta, at the age of 81.", PUBLISHED) == []
    story = current_pipeline_events(
        "Gunmen attacked a checkpoint in Kandahar on Sunday, killing two soldiers.\n"
        "A third soldier died later in a hospital in Kandahar.",
        PUBLISHED,
    )
    assert len(story) == 1 and story[0].location.name == "Kandahar"
    assert len(story[0].evidence) == 2  # the bare death joined the attack
