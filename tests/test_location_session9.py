"""Session 9: transliterated town names the gazetteer spells otherwise, found where the text marks
them as places ("near al-X", "on the X front", "in rural X in <region>"), and a town situated by the
larger town after "in" (geo/resolve.py, events/build.py). Fixture sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictscope.pipeline import Extractor
from helpers import near, only_pipeline_event, pipeline_events


@pytest.mark.parametrize("fast", [True, False])
def test_article_joined_by_a_hyphen_does_not_hide_the_place(fast):
    # "near al-Bukamal": the article and hyphen stand between "near" and the name
    event = only_pipeline_event("On 14 June 2021, unknown aircraft struck a weapons depot near al-Bukamal in Deir-ez-Zor. No casualties were reported.", fast=fast)
    assert event.location.country_code == "SY"
    assert near(event.location, 34.45, 40.92, 15)


def test_a_front_named_after_a_town_is_the_town():
    event = only_pipeline_event("On 14 June 2021, rebels and regime forces fought on the Saraqab front in Idleb. Two fighters were killed.")
    assert event.location.name == "Saraqib"


def test_rural_town_inside_a_name_with_an_article():
    # "Ras al Ain": the article inside the name joins its words; "rural" before it still marks a place,
    # and the village the gazetteer lacks gives way to the town it is placed in
    event = only_pipeline_event("On 14 June 2021, armed men looted farmers' wheat in Kafr Umlaq in rural Ras al Ain in al-Hasakeh.")
    assert event.location.country_code == "SY"
    assert near(event.location, 36.85, 40.07, 10)


def test_town_in_the_larger_town_of_its_region_is_one_event():
    # "Ras al Ain in al-Hasakeh": the second town says where the first is; no second event at it
    found = [e for e in pipeline_events("On 14 June 2021, border guards detained 3 men trying to cross into Ras al Ain in al-Hasakeh.") if not e.historical]
    assert len(found) == 1
    assert near(found[0].location, 36.85, 40.07, 10)


def test_countryside_of_a_town_is_the_town():
    event = only_pipeline_event("On 14 June 2021, a roadside bomb planted by an unknown group wounded a shepherd in rural Ein Issa in Ar-Raqqa countryside.")
    assert event.location.country_code == "SY"
    assert near(event.location, 36.39, 38.86, 10)


def test_a_name_spelled_otherwise_is_looked_for_in_the_second_country_of_the_report():
    # Israel is named first (a demonym), the town is in the Palestinian territories
    event = only_pipeline_event("On 14 June 2021, Israeli forces raided the city of Qalqiliyah from the east and fired tear gas at Palestinian residents.")
    assert event.location.country_code == "PS"


def _town(name: str, country: str):
    from conflictscope.geo import default_gazetteer

    gazetteer = default_gazetteer()
    found = gazetteer.candidates(name) or gazetteer.variants(name, [country])
    return next(p for p in found if p.country_code == country and p.feature == "city")


def test_only_a_larger_town_after_in_situates_the_town_before():
    from conflictscope.events.event_places import situates_town_before
    from conflictscope.types import PlaceMention

    text = "the road linking Aden to Taizz in At Turbah area, and a raid on Ras al Ain in al-Hasakeh"
    taizz = PlaceMention("Taizz", text.index("Taizz"), text.index("Taizz") + 5, _town("Taizz", "YE"))
    turbah = PlaceMention("At Turbah", text.index("At Turbah"), text.index("At Turbah") + 9, _town("At Turbah", "YE"))
    ras = PlaceMention("Ras al Ain", text.index("Ras al"), text.index("Ras al") + 10, _town("Ras al Ain", "SY"))
    hasakeh = PlaceMention("Hasakeh", text.index("Hasakeh"), text.index("Hasakeh") + 7, _town("Hasakeh", "SY"))
    places = [taizz, turbah, ras, hasakeh]
    # At Turbah is smaller than Taizz: the road was cut there, it does not say where Taizz is
    assert not situates_town_before(text, turbah, places)
    # al-Hasakeh is the larger town of Ras al Ain's region, named right after "in"
    assert situates_town_before(text, hasakeh, places)
    # Ras al Ain follows "a raid on", not "in", after Taizz's mention
    assert not situates_town_before(text, ras, places)


def test_month_names_give_the_report_no_country():
    # "June" is also an alternate name of a French town, "March" a town in England: in "On 14 June"
    # and "in March" they are dates and must not make the report French or British
    reader = Extractor.default().focus_reader
    assert reader.focus("On 14 June 2021, Israeli forces raided Qalqiliyah.") == ["IL"]
    assert reader.focus("In March 2021, soldiers clashed with rebels near Kandahar.") == ["AF"]


# ---- a small namesake abroad that nothing else in the text points to


def test_a_village_among_villages_of_one_country_is_not_a_hamlet_abroad():
    # "Zambana" is also a hamlet in Italy; the villages around it are in Taraba, Nigeria
    found = [e for e in pipeline_events("On 10 June 2021, gunmen attacked the villages of Ananum, Zambana and Kwossa (Donga, Taraba), killing 4 people.") if not e.historical]
    assert found
    assert {e.location.country_code for e in found if e.location} == {"NG"}


def test_a_small_town_abroad_stays_when_the_text_names_its_country():
    import conflictscope

    named = {p.text: p.place.country_code for p in conflictscope.extract_places("The singer was born in Tuam, Ireland, and grew up in Chicago.")}
    assert named.get("Tuam") == "IE"
    # a small foreign town beside its own country's demonym stays too
    named = {p.text: p.place.country_code for p in conflictscope.extract_places("Lagos police said the Italian tourists came from Zambana.")}
    assert named.get("Zambana") == "IT"


def test_a_name_situated_in_a_region_at_home_is_not_a_small_town_abroad():
    # the only reading of "Zambana" is an Italian hamlet; "(Taraba)" puts it in Nigeria, where the
    # gazetteer has no such village, so the event is placed at the state
    event = only_pipeline_event("On 10 June 2021, gunmen attacked Zambana (Taraba) and killed 4 people.")
    assert event.location.country_code == "NG"
    assert event.location.name == "Taraba"


def test_the_last_name_in_brackets_is_the_region_of_that_name():
    # "Ad Dali" is a Yemeni governorate and a Syrian village; closing "(district, X)" it is the region
    event = only_pipeline_event("On 10 June 2021, Houthi forces shelled homes in Bab Ghaliq (Qaatabah, Ad Dali), wounding a child.")
    assert event.location.country_code == "YE"
    # the village is unknown: the event is coded to the district's town, Qa'tabah in Ad Dali, as near
    # it (ACLED's precision 2, "near a town, coded to it"; session 12)
    assert event.location.geo_precision == 2
    assert near(event.location, 13.86, 44.71, 10)


# ---- the report's countries, read from the raw text before parsing (geo/focus.py)


def _focus(text: str) -> list[str]:
    return Extractor.default().focus_reader.focus(text)


def test_words_opening_a_sentence_and_initialisms_give_no_country():
    # "No" and "UP" are also names of small towns abroad
    assert _focus("On 3 May 2021, shells hit the airport in Tripoli, Libya. No casualties reported.") == ["LY"]
    assert "FR" not in _focus("A scuffle led to firing in Pipri, Kaushambi (UP), leaving one man dead.")


def test_halves_of_an_unknown_or_ambiguous_name_give_no_country():
    # "Bab" alone is a Syrian town, "Dali" a Chinese one; "Ad Dali" as a whole is Yemeni or Syrian
    focus = _focus("Houthi forces shelled Bab Ghaliq (Qaatabah, Ad Dali) on Sunday.")
    assert "CN" not in focus and "ER" not in focus
    assert focus[:1] != ["SY"]


def test_a_place_heading_a_title_or_an_office_still_counts():
    assert _focus("The Kramatorsk Mayor said the shelling had stopped.") == ["UA"]
    # a full stop ends the run: "Idleb" is read on its own, not with the next sentence's first word
    assert _focus("Rebels fought regime forces in Idleb. Two fighters were killed.") == ["SY"]


def test_an_allegiance_is_no_place_and_a_region_outweighs_a_village_abroad():
    # "pro-Hadi": a side, not Hadi, Louisiana; "Lahij" is a Yemeni governorate and an Azeri village
    assert _focus("Houthi forces shelled pro-Hadi positions in Lahij.") == ["YE"]


def test_an_unknown_name_joined_by_of_leaves_the_place_after_it():
    # "PD8 of Kabul" is no name the gazetteer knows; "Kabul" after "of" still tells the country
    assert _focus("A bomb killed one policeman in PD8 of Kabul city.") == ["AF"]
