"""A wire story's dateline says where the story was filed; the event happened where the sentence says
(events/datelines.py). Sentences written for these tests in the style of agency copy."""

from datetime import date

import pytest
from helpers import current_events


def located(text: str, published: date) -> list[tuple[str, str]]:
    """(name, country code) of each located event."""
    return [(e.location.name, e.location.country_code) for e in current_events(text, published) if e.location]


@pytest.mark.parametrize(
    "text",
    [
        "KANDY, June 4 (Reuters) - Rebels ambushed an army patrol near Vavuniya on Tuesday, killing six soldiers.",
        "KANDY, June 4 - Rebels ambushed an army patrol near Vavuniya on Tuesday, killing six soldiers.",
        "KANDY (AP) -- Rebels ambushed an army patrol near Vavuniya on Tuesday, killing six soldiers.",
        "Kandy, June 4: Rebels ambushed an army patrol near Vavuniya on Tuesday, killing six soldiers.",
        "KANDY, Sri Lanka, June 4, 2008 (Reuters) - Rebels ambushed an army patrol near Vavuniya on Tuesday, killing six soldiers.",
    ],
)
def test_the_event_is_where_the_sentence_says_not_at_the_dateline(text):
    assert located(text, date(2008, 6, 4)) == [("Vavuniya", "LK")]


def test_a_dateline_is_the_place_when_the_sentence_names_no_other():
    places = located("MOGADISHU, March 9 (Reuters) - A car bomb exploded outside a hotel on Saturday, killing five people.", date(2013, 3, 9))
    assert places == [("Mogadishu", "SO")]


def test_a_town_that_opens_a_sentence_without_a_dateline_stays_a_place_of_the_event():
    # no dash, colon, date or agency after the town: the sentence is about it, not filed from it
    places = located("Mogadishu and Baidoa were shelled by insurgents on Friday, killing three civilians.", date(2013, 3, 9))
    assert ("Mogadishu", "SO") in places and ("Baidoa", "SO") in places


def test_the_state_after_a_dateline_town_is_part_of_the_dateline():
    # the body names no town: the event is in the dateline's town, not in the state that follows it
    text = "SPRINGFIELD, Mo. (AP) - A man was shot dead outside a bar early Saturday, police said."
    assert located(text, date(2015, 3, 8)) == [("Springfield", "US")]


def test_a_region_named_in_the_story_does_not_replace_the_dateline_town():
    text = "HOUSTON - Deputies found a man shot dead on Saturday in southeast Texas."
    assert located(text, date(2018, 2, 25)) == [("Houston", "US")]


@pytest.mark.parametrize("dateline", ["LAHORE:", "Lahore:", "LAHORE -"])
def test_a_dateline_town_the_parser_cuts_off_is_still_the_place(dateline):
    # "LAHORE:" alone is a sentence of one word to the parser; the dateline still places the story
    text = f"{dateline} A bomb went off near a bus stand on Tuesday, wounding nine people."
    assert located(text, date(2016, 3, 2)) == [("Lahore", "PK")]


def test_a_label_before_a_colon_is_no_dateline_town():
    text = "Looting: On 5 March 2016, unknown men looted shops in Lahore."
    assert located(text, date(2016, 3, 5)) == [("Lahore", "PK")]


def test_a_local_datelines_town_places_the_storys_events_that_name_no_place():
    # the riot names no place: it happened in the town the local report is filed from
    text = "KENEMA - Unknown gunmen shot dead a trader on Monday. Angry youths then burned tyres and blocked the main road, demanding justice."
    found = [(e.sub_event_type, e.location.name if e.location else None) for e in current_events(text, date(2020, 6, 23))]
    assert found == [("Attack", "Kenema"), ("Violent demonstration", "Kenema")]


def test_a_wire_hubs_dateline_is_not_the_place_of_a_story_in_another_country():
    text = "NAIROBI (Reuters) - Gunmen killed five traders in Somalia's Gedo region on Monday, residents said."
    assert located(text, date(2020, 6, 23)) == [("Gedo", "SO")]
