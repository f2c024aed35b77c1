"""Session 10: what a country's name or demonym says about the report's country depends on the word
after it ("the US dollar" is money, "Turkish troops" whose force it is), the fast focus reader keeps
Arabic names with a spaced article whole ("Madinat al Salah"), and a town named with a common word is
a place when the country or province it is in follows ("Split, Croatia"). geo/focus.py,
geo/resolve.py, knowledge/data/focus_words.tsv. Fixture sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictscope.geo import default_gazetteer
from conflictscope.geo.focus import FocusReader
from conflictscope.knowledge import load_focus_words
from helpers import matched_countries, pipeline_events


@pytest.fixture(scope="module")
def reader():
    return FocusReader(default_gazetteer())


def test_focus_words_table_loads_both_kinds():
    words = load_focus_words()
    assert {"dollar", "lira", "pound"} <= words["currency"]
    assert {"forces", "troops", "patrol"} <= words["armed"]
    assert not words["currency"] & words["armed"]


def test_a_currency_is_not_the_reports_country(reader):
    text = "Traders in Idlib now price bread in Turkish lira, and Turkish lira notes fill the market."
    assert reader.focus(text)[:1] == ["SY"]
    assert "TR" not in reader.focus("Shopkeepers said the Turkish lira had lost a third of its value.")


def test_a_country_named_as_a_place_still_counts(reader):
    assert reader.focus("Shopkeepers in Turkey said prices had doubled since March.")[:1] == ["TR"]
    assert reader.focus("Turkish shopkeepers said prices had doubled since March.")[:1] == ["TR"]


def test_an_armed_forces_demonym_weighs_less_than_the_towns_it_acts_in(reader):
    text = (
        "Turkish troops shelled Manbij on Monday. Turkish drones struck a car near Manbij, and Turkish "
        "artillery hit a farm."
    )
    # three demonyms of an armed force (half a point each) against a Syrian town named twice
    assert reader.focus(text)[:2] == ["SY", "TR"]


def test_a_demonym_before_other_words_counts_in_full(reader):
    text = "Turkish journalists and Turkish lawyers met Turkish officials in a hotel near Manbij."
    assert reader.focus(text)[0] == "TR"


@pytest.mark.parametrize(
    "text, unwanted",
    [
        # "Ansar" alone is a Russian village; the armed group's name is one run with its article
        ("On 4 May 2020, Ansar al Tawhid ended its affiliation with the operations room.", "RU"),
        # "Madinat" alone answers to Medina
        ("Pro-Houthi forces fired machine guns at the east of Madinat al Salah (Al Hali, Al Hudaydah).", "SA"),
    ],
)
def test_a_name_with_a_spaced_article_is_read_whole(reader, text, unwanted):
    assert unwanted not in reader.focus(text)


def test_the_country_of_a_currency_is_no_place_of_the_report():
    found = matched_countries("Rioters angry at the high US dollar exchange rate blocked the main road in Zahle.", focus=["LB"])
    assert found == [("Zahle", "LB")]


def test_geoparsing_corpora_still_count_the_country_in_a_currency():
    # annotated corpora mark "US" in "US dollar" as a toponym: the geoparser's embedded mode keeps it
    assert ("US", "US") in matched_countries("Rioters angry at the high US dollar exchange rate blocked the main road in Zahle.", embedded=True)


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize(
    "text, town, country",
    [
        ("Hundreds of bus drivers protested in Split, Croatia, against a new fuel tax.", "Split", "HR"),
        ("Market traders in Reading, England, protested against the closure of their market.", "Reading", "GB"),
    ],
)
def test_a_common_word_followed_by_its_country_is_a_town(fast, text, town, country):
    found = pipeline_events(text, fast=fast)
    assert [e.location.name for e in found] == [town]
    assert found[0].location.country_code == country


def test_a_common_word_alone_is_still_no_place():
    assert matched_countries("The group decided to split the funds among the villages.") == []
    assert matched_countries("Reading the statement aloud, the governor of Texas called for calm.", focus=["US"]) == [("Texas", "US")]


def test_a_town_stands_when_only_a_demonym_names_another_country():
    # read without a focus (as the geoparser does), "Turkish" makes Turkey the report's country, but no
    # name in the text is a Turkish place: the village the forces shelled is the Syrian one
    assert matched_countries("Turkish forces shelled regime positions near Tell Abiad on Tuesday.") == [("Tell Abiad", "SY")]


def test_every_kind_of_the_resolvers_word_tables_has_words():
    from conflictscope.knowledge.geo_data import GEO_WORD_TABLES, load_geo_words

    for name, kinds in GEO_WORD_TABLES.items():
        table = load_geo_words(name)
        assert set(table) == set(kinds), name
        assert all(table[kind] for kind in kinds), (name, [k for k in kinds if not table[k]])
    assert "province" in load_geo_words("place_words.tsv")["region"]
    assert "of" in load_geo_words("place_words.tsv")["connector"]
    assert "colonel" in load_geo_words("person_words.tsv")["title"]
