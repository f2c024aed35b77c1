"""Places in session 15: a province named alone is placed at its capital, where ACLED codes it, also
when the capital bears another name (admin1_seats.tsv), while a province that only situates a village
the gazetteer lacks is placed where its people live; a spelling variant read near one of our own
districts; another name of a town on another continent; a town in the possessive before armed forces
("Moscow's warplanes"); and of namesake villages of one country, the one among the other towns the
text names. Sentences written for these tests in several styles (wire copy with datelines, local press
from South Asia and Africa, NGO bulletins, UN situation reports)."""

from __future__ import annotations

import pytest
from helpers import located, near, only_event

from conflictscope.geo.gazetteer import normalize_name
from conflictscope.knowledge.geo_data import load_admin1_seats


def _region(gaz, name: str, country: str):
    return next(p for p in gaz.candidates(name) if p.feature == "admin1" and p.country_code == country)


# ---- a province named alone: its capital


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # UN situation report: Anbar's capital is Ramadi
        ("On 3 June, security forces killed four militants during a search operation in Anbar province, OCHA said.", 33.42, 43.31),
        # local press, India: Uttarakhand's capital is Dehradun
        ("Migrant workers staged protests at several places across Uttarakhand on Monday demanding transport home.", 30.32, 78.03),
        # agency copy, Yemen: Abyan's capital is Zinjibar
        ("ADEN, June 2 (Reuters) - Fighting between government troops and separatists in Abyan governorate killed five soldiers on Tuesday.", 13.13, 45.38),
        # NGO bulletin, Colombia: La Guajira's capital is Riohacha
        ("Armed men shot dead a community leader in La Guajira department on Friday, the ombudsman's office reported.", 11.54, -72.91),
    ],
)
def test_a_province_named_alone_is_placed_at_its_capital(text, lat, lon):
    places = located(text)
    assert places, text
    assert all(near(p, lat, lon, km=10) for p in places), [(p.name, p.latitude, p.longitude) for p in places]


def test_a_province_whose_capital_bears_its_name_keeps_that_town():
    event = only_event("A roadside bomb killed two policemen in Farah province on Sunday, the governor's spokesman said.")
    assert event.location is not None and near(event.location, 32.37, 62.11, km=10)


@pytest.mark.parametrize(
    "text",
    [
        # ACLED-style note: villages the gazetteer lacks, in brackets or after a comma
        "On 4 June, an IED exploded near a police patrol in Qaryat Zawiyat al-Hamd (Anbar), wounding two officers.",
        "On 4 June, an IED exploded near a police patrol in Kharbeet, Anbar, wounding two officers.",
    ],
)
def test_a_province_that_situates_an_unknown_village_is_placed_where_its_people_live(gaz, text):
    # the event is somewhere in Anbar, at no known village: not at Ramadi
    event = only_event(text)
    settled = gaz.settled_centre(_region(gaz, "Anbar", "IQ"))
    assert event.location is not None and event.location.name == "Anbar"
    assert (event.location.latitude, event.location.longitude) == (settled.latitude, settled.longitude)


def test_every_seat_of_the_table_is_a_town_the_gazetteer_knows(gaz):
    regions = {}
    for cc, name in gaz._con.execute("SELECT cc, name FROM admin1"):
        regions.setdefault(cc, set()).add(name)
    for (cc, region), seat in load_admin1_seats().items():
        assert region in regions.get(cc, set()), (cc, region)
        towns = [p for p in gaz.candidates(seat) if p.feature == "city" and p.country_code == cc]
        assert towns, (cc, region, seat)


def test_the_seat_is_the_town_in_the_region_when_the_country_has_several_of_its_name(gaz):
    # Zaporizhzhia city, not a village of the same name
    seat = gaz.named_seat(_region(gaz, "Zaporizhia", "UA"))
    assert seat is not None and near(seat, 47.84, 35.14, km=15)
    assert normalize_name(seat.admin1 or "") == normalize_name("Zaporizhia")


# ---- a spelling variant near one of our own districts


def test_a_variant_in_one_of_our_districts_is_no_town_far_outside_it():
    # local press, Pakistan: Shoorki is no Shorkot (a town GeoNames puts in the province, 230 km away)
    text = (
        "A caretaker was injured when a bomb went off at an imambargah in the Shoorki area of Kurram "
        "District (Khyber Pakhtunkhwa) on Tuesday night, police said."
    )
    places = located(text)
    assert places and all(p.name != "Shorkot" for p in places)
    assert [p.name for p in places] == ["Kurram"]


def test_a_province_in_brackets_after_one_of_our_districts_only_situates_it():
    places = located("Gunmen ambushed a convoy of levies in Bajaur district (Khyber Pakhtunkhwa), killing three.")
    assert [p.name for p in places] == ["Bajaur"]


# ---- another name of a town on another continent


def test_another_name_of_a_town_on_another_continent_is_no_reading():
    # "Boni" is also an old name of Bonn: a Malian village the gazetteer lacks is not in Germany
    for text in (
        "Malian troops came under attack near Boni on Tuesday, the army said.",
        "BAMAKO, June 1 (AFP) - Jihadists ambushed a Malian army supply convoy near Boni, killing four soldiers.",
    ):
        assert all(p.country_code != "DE" for p in located(text)), text


def test_another_name_of_a_town_next_door_stands():
    # Kobani is 'Ayn al 'Arab, over the border from the Turkish forces
    event = only_event("Turkish forces shelled positions near Kobani on Sunday.")
    assert event.location is not None and event.location.country_code == "SY"


def test_another_name_of_a_world_city_stands():
    event = only_event("Police fired tear gas at protesters in Bombay on Friday.")
    assert event.location is not None and event.location.country_code == "IN"


# ---- a town in the possessive before armed forces stands for its state


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Moscow's warplanes struck Idlib on Sunday, killing six civilians, a monitor said.", "Idlib"),
        ("Damascus’s helicopters dropped barrel bombs on Daraa overnight, activists said.", "Daraa"),
        ("Kyiv's troops shelled Horlivka on Monday, separatist officials said.", "Horlivka"),
    ],
)
def test_a_town_owning_armed_forces_is_no_place_of_the_event(text, place):
    places = located(text)
    assert places, text
    assert all(normalize_name(p.name) != normalize_name(text.split("'")[0].split("’")[0]) for p in places), [p.name for p in places]


def test_a_town_owning_armed_forces_stays_when_the_sentence_names_no_other_place():
    event = only_event("Baghdad's police arrested 12 protesters on Monday.")
    assert event.location is not None and event.location.name == "Baghdad"


# ---- of namesake villages, the one among the other towns named


def test_a_namesake_village_near_the_other_town_named_is_meant():
    # Vesele is a larger village in Zaporizhzhia too; the one near Bakhmut is in Donetsk
    places = {p.name: p for p in located("Kyiv's forces shelled the village of Vesele near Bakhmut overnight.")}
    assert "Vesele" in places and places["Vesele"].admin1 == "Donetsk"


def test_a_town_of_some_size_keeps_its_reading_whatever_towns_are_named_beside_it():
    # Washington, Pennsylvania is near Ingram; the capital is what "Washington" means
    for location in located("Thousands marched in Washington on Saturday, and hundreds rallied in Ingram, Pennsylvania."):
        if location.name == "Washington":
            assert near(location, 38.90, -77.04, km=20)
