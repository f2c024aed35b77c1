"""Session 11: notes in an older, terser style than the dev data. A toll written as its own fragment
("3 killed.", "12 dead.") belongs to the event told before it; a word in capitals is an acronym, not a
town known by that alternate name ("LURD forces" is no French town), while a dateline in capitals stays
a place; peoples of Africa's communal conflicts are no towns abroad ("Hema" is not Hama); armed groups
of other conflicts and years are known by name and kind. mentions/quantities.py, geo/names.py,
knowledge/data/builder_words.tsv, demonyms.tsv, groups.tsv. Fixture sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from conflictscope.geo import default_gazetteer
from conflictscope.knowledge.geo_data import load_demonyms
from helpers import matched_countries, pipeline_events

PUBLISHED = date(2003, 7, 14)


# ---- a toll told as a fragment


@pytest.mark.parametrize(
    "text, killed",
    [
        ("Rebels ambushed an army convoy near Kenema. 4 killed.", 4),
        ("Rebels ambushed an army convoy near Kenema. 6 dead.", 6),
        ("Fighting between the army and rebels near Kenema. 9 dead, many wounded.", 9),
    ],
)
def test_a_toll_fragment_gives_the_event_before_it_its_dead(text, killed):
    found = pipeline_events(text, PUBLISHED)
    assert len(found) == 1
    assert found[0].fatalities == killed
    assert found[0].location is not None and found[0].location.country_code == "SL"


def test_a_toll_fragment_alone_makes_no_event():
    assert pipeline_events("12 dead.", PUBLISHED) == []


def test_dead_found_in_a_sentence_of_its_own_is_still_read_by_its_verb():
    found = pipeline_events("Two men were found dead in Kenema after the raid.", PUBLISHED)
    assert [e.fatalities for e in found] == [2]


# ---- capitals: acronyms and datelines


def test_an_acronym_is_not_a_town_known_by_that_alternate_name():
    # "Lurd" is an alternate name of Lourdes (France); in capitals before "forces" it is a group
    assert ("LURD", "FR") not in matched_countries("LURD forces captured Tubmanburg on Sunday.")
    found = pipeline_events("LURD forces captured Tubmanburg on Sunday.", PUBLISHED)
    assert len(found) == 1
    assert found[0].location.name == "Tubmanburg"
    assert found[0].sub_event_type == "Non-state actor overtakes territory"
    assert found[0].actor1.kind == "rebel_group"


@pytest.mark.parametrize(
    "text, country",
    [
        ("TUBMANBURG, Liberia - Fighting resumed on Sunday.", "LR"),
        ("BAGHDAD - Two car bombs went off in the capital on Sunday.", "IQ"),
    ],
)
def test_a_dateline_in_capitals_is_still_a_place(text, country):
    assert (text.split(",")[0].split(" -")[0], country) in matched_countries(text)


# ---- peoples


def test_peoples_are_demonyms_of_no_state():
    table = load_demonyms()
    for people in ("Hema", "Lendu", "Dinka", "Nuer", "Murle", "Toposa"):
        assert people.lower() in table, people
        assert table[people.lower()] is None, people  # no country of their own


def test_a_people_is_not_a_town_abroad_of_the_same_name():
    # Hema is also an alternate name of Hama (Syria): a note about Ituri must not make a Syrian event
    found = pipeline_events("Clashes between Lendu and Hema militias near Bunia left 7 dead.", PUBLISHED)
    assert found, "no event"
    assert {e.location.country_code for e in found if e.location} == {"CD"}
    assert all("Syria" not in (e.actor1.name if e.actor1 else "") for e in found)


def test_a_people_names_its_militia():
    found = pipeline_events("A Hema militia attacked a village near Bunia on Sunday.", PUBLISHED)
    assert len(found) == 1
    assert found[0].actor1.kind == "identity_militia"
    assert found[0].actor1.name.startswith("Hema Ethnic Militia")


# ---- groups of other conflicts


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("RUF rebels attacked the town of Kono on Sunday, burning houses.", "RUF: Revolutionary United Front", "rebel_group"),
        ("Janjaweed militiamen raided a village in Darfur, killing 15 people.", "Janjaweed Militia", "political_militia"),
        ("Abu Sayyaf gunmen abducted three fishermen off Jolo on Sunday.", "Abu Sayyaf Group", "rebel_group"),
        ("SPLA-IO forces attacked government positions near Malakal on Sunday.", "SPLM/A-IO", "rebel_group"),
        ("Naxalites ambushed a police patrol in Chhattisgarh, killing two policemen.", "CPI (Maoist)", "rebel_group"),
    ],
)
def test_groups_of_other_conflicts_are_known(text, name, kind):
    found = pipeline_events(text, PUBLISHED)
    assert found, "no event"
    assert found[0].actor1 is not None
    assert found[0].actor1.name.startswith(name)
    assert found[0].actor1.kind == kind


def test_a_group_acronym_that_is_an_english_word_is_matched_only_in_capitals():
    found = pipeline_events("Fighters of MODEL entered Buchanan on Sunday after clashes with government troops.", PUBLISHED)
    assert any(e.actor1 and e.actor1.name.startswith("MODEL") or e.actor2 and e.actor2.name.startswith("MODEL") for e in found)
    found = pipeline_events("The army displayed a model of the new rifle in Monrovia during clashes with rebels.", PUBLISHED)
    assert all(not (e.actor1 and e.actor1.name.startswith("MODEL")) for e in found)


# ---- a prefix joined to a demonym


def test_a_prefix_joined_to_a_demonym_is_no_place():
    # "Pan" is an alternate name of Hpa-An (Myanmar); "Pan-American" names no place
    assert matched_countries("Farmers blocked the Pan-American highway in Cauca on Monday.") == [("Cauca", "CO")]
    found = pipeline_events("Farmers blocked the Pan-American highway in Cauca on Monday to demand land titles.", PUBLISHED)
    assert [e.location.country_code for e in found] == ["CO"]
    # a place joined by a hyphen to another place stays a place
    assert ("Kabul", "AF") in matched_countries("Fighting closed the Kabul-Jalalabad highway on Monday.")


# ---- a day of the month alone


@pytest.mark.parametrize(
    "text, day",
    [
        ("Gunmen killed three villagers in Gwoza on the 5th.", date(2003, 7, 5)),
        ("Gunmen killed three villagers in Gwoza on the night of the 2nd, police said.", date(2003, 7, 2)),
        ("Gunmen killed three villagers in Gwoza on the 20th.", date(2003, 6, 20)),  # still to come in July
    ],
)
def test_an_ordinal_day_is_a_day_of_the_publication_month_or_the_one_before(text, day):
    found = pipeline_events(text, PUBLISHED)
    assert [e.date for e in found] == [day]


def test_an_ordinal_before_a_noun_is_no_day():
    from conflictscope.mentions.dates import find_dates

    class Text:
        start_char = 0

        def __init__(self, text):
            self.text = text

    assert find_dates(Text("Rebels attacked the barracks of the 5th Brigade."), PUBLISHED) == []
    assert find_dates(Text("A shell hit a flat on the 5th floor."), PUBLISHED) == []


def test_a_bomber_who_killed_himself_and_others_is_among_the_dead():
    found = pipeline_events("A suicide bomber killed himself and five others at a mosque in Maiduguri on Sunday.", PUBLISHED)
    assert [e.fatalities for e in found] == [6]
    found = pipeline_events("A suicide bomber killed five others at a mosque in Maiduguri on Sunday.", PUBLISHED)
    assert [e.fatalities for e in found] == [5]


# ---- "went off"


def test_a_bomb_that_went_off_is_an_explosion():
    found = pipeline_events("A bomb went off in a market in Kabul on Sunday.", PUBLISHED)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    found = pipeline_events("A grenade went off in a market in Kabul on Sunday, wounding four people.", PUBLISHED)
    assert [e.sub_event_type for e in found] == ["Grenade"]


def test_an_alarm_that_went_off_is_no_event():
    assert pipeline_events("The fire alarm went off at a school in Kabul on Sunday.", PUBLISHED) == []


def test_a_dateline_in_capitals_gives_the_gazetteer_spelling():
    found = pipeline_events("BAGHDAD - A car bomb killed five people at a market in the capital on Sunday.", PUBLISHED)
    assert [e.location.name for e in found] == ["Baghdad"]


def test_a_group_acronym_in_capitals_points_to_its_home_country():
    from conflictscope.geo.focus import FocusReader

    reader = FocusReader(default_gazetteer())
    # the table lists "lra" and "jnim" in lower case: written in capitals they still count
    assert reader.focus("LRA rebels abducted twelve children near a mission on Sunday.") == ["UG"]
    assert reader.focus("JNIM fighters attacked an army post on Sunday.") == ["ML"]
    # a form the table writes in capitals matches only as written ("MODEL", not "Model")
    assert reader.focus("Model citizens marched on Sunday.") == []
