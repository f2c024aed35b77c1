"""Places in session 17: namesakes abroad (a town's own name over another language's spelling of a
great city elsewhere, a great city over a smaller region of another country, a town on another
continent that nothing in a text sure of its own country points to), an apposition that situates a
name ("Madina, a village in Katsina state"), and where a statement was issued named beside the scene.
Sentences written for these tests in several styles (wire copy with datelines, local press from South
Asia, Africa and Latin America, NGO bulletins, UN situation reports, monitors' logs)."""

from __future__ import annotations

import pytest
from helpers import located, near, place_rows



def _where(places) -> list:
    return [(p.name, getattr(p, "country_code", None), p.latitude, p.longitude) for p in places]


# ---- a town's own name over another language's spelling of a great city abroad


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # wire copy: Dili is East Timor's capital, and only Delhi's Hindi name
        ("DILI, June 3 (AFP) - Police fired tear gas at hundreds of students protesting outside the parliament in Dili on Thursday.", -8.56, 125.57),
        # a terse bulletin with nothing else to go on
        ("Unidentified gunmen shot dead a market trader in Dili on Sunday night.", -8.56, 125.57),
        # Latin-American local press: Puno is a town of Peru (and one of Pune's alternate names)
        ("On Monday, in Puno city, market vendors staged a sit-in outside the municipal building demanding their stalls be reopened.", -15.84, -70.02),
    ],
)
def test_a_towns_own_name_beats_another_spelling_of_a_great_city_abroad(text, lat, lon):
    places = located(text)
    assert places and all(near(p, lat, lon, km=10) for p in places), _where(places)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thousands of farmers marched through Delhi on Tuesday against the new farm laws.", "IN"),
        ("Police fired tear gas at students protesting in Pune on Friday.", "IN"),
    ],
)
def test_the_great_city_under_its_own_name_stays(text, code):
    places = located(text)
    assert places and all(p.country_code == code for p in places), _where(places)


def test_a_great_city_abroad_beats_a_smaller_region_of_its_name():
    # European press: Sofia is Bulgaria's capital, not Madagascar's Sofia region
    places = located("Dozens of relatives held a silent vigil outside the Palace of Justice in Sofia on Thursday, demanding a tougher sentence.")
    assert places and all(near(p, 42.70, 23.32, km=15) for p in places), _where(places)


def test_the_region_called_a_region_stays():
    # a Malagasy bulletin: the region named as such
    places = located("Cattle rustlers killed four villagers in the Sofia region of Madagascar on Saturday, gendarmes said.")
    assert places and all(p.country_code == "MG" for p in places), _where(places)


# ---- an apposition that situates the name


@pytest.mark.parametrize(
    "text",
    [
        # Nigerian press: Madina is no Saudi city here
        "Bandits killed two worshippers near a mosque in Madina, a village in Katsina state, on Friday, police said.",
        # a longer apposition
        "Gunmen abducted a nurse from Madina, a small farming village in Katsina State, late on Monday.",
    ],
)
def test_an_apposition_calling_the_name_a_village_of_a_region_situates_it(text):
    places = located(text)
    assert places and all(p.country_code == "NG" for p in places), _where(places)


def test_an_apposition_of_a_country_situates_the_name():
    rows = place_rows("Herders clashed with farmers in Madina, a town in northern Nigeria, on Sunday.")
    assert all(code == "NG" for _, code, _ in rows), rows


def test_an_apposition_of_a_person_situates_nothing():
    # "a resident of" is no place noun: the name stays read as before
    rows = place_rows("Gunmen shot dead Ali Musa, a resident of Kaduna, on Tuesday.")
    assert ("Kaduna", "NG", "city") in rows or ("Kaduna", "NG", "admin1") in rows, rows


# ---- a town on another continent that nothing points to


@pytest.mark.parametrize(
    ("text", "far_code"),
    [
        # wire copy with a dateline: the gazetteer lacks Mozambique's Palma
        ("PEMBA, Mozambique, June 3 (Reuters) - Militants linked to Islamic State raided Palma on Friday and beheaded three men, residents said.", "ES"),
        # Mexican local press: a normal school's students, not Normal, Illinois
        ("On Tuesday, in the municipality of Tiripetio, Michoacan, Normal school students blocked a highway with two buses demanding teaching posts.", "US"),
    ],
)
def test_a_town_on_another_continent_that_nothing_points_to_is_no_place_of_the_text(text, far_code):
    places = located(text)
    assert all(p.country_code != far_code for p in places), _where(places)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a country named beside the town keeps it
        ("PEMBA, Mozambique - The governor of Cabo Delgado flew to Palma, Spain, on Friday for talks, officials in Mozambique said.", "ES"),
        # a capital abroad is what the name means (a speaker's place)
        ("KABUL, Afghanistan - Taliban gunmen killed four policemen in Ghazni province, officials in London said on Friday.", "GB"),
    ],
)
def test_a_town_abroad_the_text_points_to_stays(text, code):
    rows = place_rows(text)
    assert any(c == code for _, c, _ in rows), rows


# ---- where a statement was issued, named beside the scene


@pytest.mark.parametrize(
    ("text", "far"),
    [
        # Pakistani press: the military's statement is issued in Rawalpindi
        ("ISLAMABAD: Militants attacked a security checkpost in Mir Ali, North Waziristan, killing two soldiers, the ISPR said in a statement issued in Rawalpindi.", "Rawalpindi"),
        # agency copy: a news conference in the capital
        ("Gunmen killed five villagers in Konna, Mopti region, on Monday, the army spokesman said at a news conference in Bamako.", "Bamako"),
    ],
)
def test_where_a_statement_was_issued_is_no_scene_beside_the_one_named(text, far):
    places = located(text)
    assert places and all(p.name != far for p in places), _where(places)


def test_a_statement_place_told_alone_stays():
    # nothing else is named: the statement's town is all the text gives
    places = located("Police said in a statement issued in Gao that two soldiers were killed in an ambush on Monday.")
    assert places and all(p.name == "Gao" for p in places), _where(places)


# ---- an armed group's name that is no place still tells the report's country


@pytest.mark.parametrize(
    "text",
    [
        # monitors' log, Yemen: Al Jawf is a governorate of Yemen and a larger region of Saudi Arabia
        "On Saturday, pro-Houthi air defences fired missiles at coalition jets flying over Al Jawf governorate.",
        # NGO bulletin
        "Houthi fighters shelled positions of government forces in Al Jawf on Sunday, killing three.",
    ],
)
def test_the_houthis_put_the_report_in_yemen(text):
    places = located(text)
    assert places and all(p.country_code == "YE" for p in places), _where(places)


def test_a_houthi_attack_across_the_border_stays_where_it_struck():
    places = located("Houthi forces fired a ballistic missile at Jizan on Monday, the coalition said.")
    assert places and all(p.country_code == "SA" for p in places), _where(places)


# ---- the Arabic article glued to a short name


@pytest.mark.parametrize(
    "text",
    [
        # wire copy with a dateline: Elwak is El Wak, Mandera
        "NAIROBI (Reuters) - Four police officers were killed when their vehicle hit an explosive device in Elwak, near the Somali border, a police spokesman said in Nairobi.",
        # a Kenyan brief naming only the country
        "Suspected al Shabaab militants killed two teachers in Elwak, Kenya, on Thursday.",
    ],
)
def test_a_joined_article_before_a_short_name_is_read_apart(text):
    places = located(text)
    assert places and all(near(p, 2.81, 40.93, km=10) for p in places), _where(places)


# ---- the word that opens a quarter's name is no place


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # Mexican local press: the quarter is in Morelia, not Uruguay's Colonia department
        ("On Sunday, in Morelia, Michoacan, a man was shot dead inside his shop in Colonia Prados Verdes by two gunmen.", 19.70, -101.19),
        # Philippine press: "Barangay" is no misspelt Spanish town
        ("Police killed a drug suspect during a raid in Barangay San Isidro, Cabanatuan, on Tuesday.", 15.49, 120.97),
    ],
)
def test_the_word_opening_a_quarters_name_is_no_place(text, lat, lon):
    places = located(text)
    assert places and all(near(p, lat, lon, km=15) for p in places), _where(places)


# ---- points written as coordinates (reports at sea)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # a maritime security report: the position heads the entry
        ("Posn: 13:22N - 042:54E, Bab el Mandeb. Armed men in two skiffs fired upon a bulk carrier underway. The master raised the alarm and the skiffs moved away.", 13.37, 42.90),
        # a piracy bulletin: the position beside the nearest port, named as a bearing
        ("On Tuesday, pirates boarded a product tanker in position 03:55S - 039:48E, about 20 nm east of Mombasa, and took three crew members hostage.", -3.92, 39.80),
        # IMB's compact form
        ("Armed pirates in a skiff fired on a chemical tanker at 1322N 04254E, 30 nm west of Mocha, Yemen, on Tuesday.", 13.37, 42.90),
        # degrees and minutes with signs
        ("A naval patrol exchanged fire with armed men in two speedboats at 4°10'N 6°55'E, off the Niger Delta, on Sunday.", 4.17, 6.92),
    ],
)
def test_a_position_at_sea_is_the_events_place(text, lat, lon):
    places = located(text)
    assert places and all(near(p, lat, lon, km=5) for p in places), _where(places)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed a bus on Route 5N, 12E junction, killing four.",
        "Police said 13 N and 42 E companies were deployed.",
    ],
)
def test_numbers_that_are_no_position_give_no_point(text):
    from conflictscope.geo.coordinates import coordinate_mentions

    assert coordinate_mentions(text) == []


# ---- "X, near Y": the town it is near situates the name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a military statement, Nigeria: Madina is no Saudi city here
        ("The army said in a statement that troops killed 12 insurgents in Madina, near Gwoza, Borno state.", "NG"),
        # a UN situation report, eastern Congo: Kalaba is no Philippine town
        ("Fighting between armed groups broke out in Kalaba, near Rutshuru, on Monday, displacing hundreds of families.", "CD"),
    ],
)
def test_a_name_near_a_town_of_the_report_is_no_namesake_abroad(text, code):
    places = located(text)
    assert places and all(p.country_code == code for p in places), _where(places)


# ---- a people's name before a region word names the region called after it


@pytest.mark.parametrize(
    "text",
    [
        # a local press brief, Ethiopia
        "At least two people were killed in clashes between clan militias in Fik zone of Somali region on Monday.",
        "Two people were killed in inter-clan clashes in Somali region, Ethiopia, on Thursday.",
    ],
)
def test_a_peoples_name_before_a_region_word_is_that_region(text):
    places = located(text)
    assert places and all(p.country_code == "ET" for p in places), _where(places)


def test_a_demonym_alone_stays_no_place():
    rows = place_rows("Somali troops attacked al Shabaab fighters in Gedo region on Friday.")
    assert all(name != "Somali" for name, _, _ in rows), rows
