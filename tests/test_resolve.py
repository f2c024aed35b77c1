"""The toponym resolver on short sentences written for these tests."""

from __future__ import annotations

from conflictscope.geo.resolve import document_focus, find_places


def places(nlp, gaz, text, **kw):
    doc = nlp(text)
    found = find_places(doc, gaz, **kw)
    for m in found:
        assert doc.text[m.start : m.end] == m.text
    return {m.text: m.place for m in found}


CAUCASUS = (
    "Officials in Baku reported that an Armenian missile struck the city of Ganja in Azerbaijan overnight. "
    "Yerevan replied that Azerbaijani artillery had shelled Stepanakert, the largest town of Nagorno-Karabakh. "
    "Shells also fell on Terter and Horadiz in the Fizuli region, a ministry spokesman said."
)


def test_caucasus_report(nlp, gaz):
    got = places(nlp, gaz, CAUCASUS)
    assert got["Ganja"].geonameid == 586523
    assert got["Azerbaijan"].feature == "country" and got["Azerbaijan"].country_code == "AZ"
    assert got["Stepanakert"].geonameid == 146970
    assert got["Nagorno-Karabakh"].feature == "region" and got["Nagorno-Karabakh"].country_code == "AZ"
    assert got["Terter"].geonameid == 584871
    assert got["Horadiz"].geonameid == 148003
    assert got["Fizuli"].country_code == "AZ"
    assert got["Baku"].country_code == "AZ" and got["Baku"].feature == "city"
    assert got["Yerevan"].country_code == "AM"
    assert "Armenian" not in got and "Azerbaijani" not in got


def test_focus_is_ordered(nlp, gaz):
    focus = document_focus(nlp(CAUCASUS), gaz)
    assert focus[0] == "AZ" and "AM" in focus


def test_single_places(nlp, gaz):
    assert places(nlp, gaz, "A car bomb went off in Kabul on Friday.")["Kabul"].country_code == "AF"
    assert places(nlp, gaz, "Aid convoys reached Aleppo last week.")["Aleppo"].country_code == "SY"
    paris = places(nlp, gaz, "The talks were held in Paris.")["Paris"]
    assert paris.country_code == "FR" and paris.population > 1_000_000
    assert places(nlp, gaz, "Gunmen robbed a bank in Lagos.")["Lagos"].country_code == "NG"


def test_first_level_regions(nlp, gaz):
    cabo = places(nlp, gaz, "Insurgents burned homes in Cabo Delgado.")["Cabo Delgado"]
    assert cabo.feature == "admin1" and cabo.country_code == "MZ"
    jawf = places(nlp, gaz, "Clashes were reported in Al Jawf.", focus=["YE"])["Al Jawf"]
    assert jawf.feature == "admin1" and jawf.country_code == "YE"
    idlib = places(nlp, gaz, "Airstrikes hit villages in Idlib province.")["Idlib"]
    assert idlib.country_code == "SY" and idlib.feature == "admin1"


def test_plain_geoparsing(nlp, gaz):
    got = places(nlp, gaz, "Floods in Texas forced hundreds from their homes, while in Berlin the chancellor spoke about climate aid.")
    assert got["Texas"].country_code == "US" and got["Texas"].feature == "admin1"
    assert got["Berlin"].country_code == "DE" and got["Berlin"].feature == "city"


def test_common_words_are_not_towns(nlp, gaz):
    got = places(nlp, gaz, "Sunday was quiet. Police said the Army and the Defense Ministry would respond. May brought more rain.")
    assert not set(got) & {"Sunday", "Police", "Army", "Defense", "Ministry", "May"}


def test_people_and_organisations_are_not_places(nlp, gaz):
    text = (
        "Bernard Smith reported for Al Jazeera from Damascus. "
        "President Vladimir Putin met the United Nations envoy, Reuters said."
    )
    got = places(nlp, gaz, text)
    assert got["Damascus"].country_code == "SY"
    for word in ("Bernard", "Smith", "Bernard Smith", "Jazeera", "Al Jazeera", "Vladimir", "Putin", "United Nations", "Reuters"):
        assert word not in got


def test_country_short_forms(nlp, gaz):
    got = places(nlp, gaz, "The US and the UK condemned the attack in the Gaza Strip.")
    assert got["US"].country_code == "US" and got["UK"].country_code == "GB"
    assert got["Gaza Strip"].country_code == "PS"


def test_focus_moves_ambiguous_names(nlp, gaz):
    doc = "Protesters gathered in Paris."
    assert places(nlp, gaz, doc, focus=["US"])["Paris"].country_code == "US"
    assert places(nlp, gaz, doc, focus=[])["Paris"].country_code == "FR"


def test_empty_text(nlp, gaz):
    assert find_places(nlp(""), gaz) == []
