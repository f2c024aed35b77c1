"""Places in session 16: a bigger place named beside the small town the text means (a district in the
bracket after the town, a county owning the town, "X, Region" where an old name of the region's main
town is X), a town the gazetteer puts just across the line from the region the text names, namesake
villages of one region alike in all else, and an outlet named by an everyday word ("LAHORE (Dawn):").
Sentences written for these tests in several styles (wire copy with datelines, local press from South
Asia, Africa and Latin America, NGO bulletins, UN situation reports, monitors' logs)."""

from __future__ import annotations

import pytest
from helpers import located, near, only_event


def _where(places) -> list:
    return [(p.name, p.latitude, p.longitude) for p in places]


# ---- a district in the bracket after a town only situates it


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # local press, India: Siliguri, with its district and state in brackets
        ("Hundreds of tea garden workers blocked the highway in Siliguri town (Darjeeling district, West Bengal) on Tuesday demanding unpaid wages.", 26.71, 88.43),
        # the same with the district alone in the bracket
        ("Police fired tear gas at traders protesting the closure of the market in Siliguri (Darjeeling district) on Monday.", 26.71, 88.43),
        # NGO bulletin, Uganda
        ("A mob beat to death a man accused of stealing a goat in Kakiri (Wakiso district) on Friday, a local rights group said.", 0.42, 32.39),
    ],
)
def test_a_district_in_the_bracket_after_a_town_makes_no_event_of_its_own(text, lat, lon):
    places = located(text)
    assert places, text
    assert all(near(p, lat, lon, km=10) for p in places), _where(places)


# ---- a division owning the town after it ("Lamu county's Mpeketoni town")


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # wire copy with a dateline: the county's seat, Lamu, is no second scene
        ("NAIROBI, June 3 (Reuters) - Gunmen killed four people in Lamu county's Mpeketoni town late on Tuesday, police said.", -2.39, 40.70),
        # Kenyan press
        ("Suspected militants attacked a police post in Mandera County's El Wak town at dawn, killing two officers.", 2.81, 40.93),
    ],
)
def test_a_county_owning_the_town_after_it_is_no_scene_of_its_own(text, lat, lon):
    places = located(text)
    assert places, text
    assert all(near(p, lat, lon, km=10) for p in places), _where(places)


def test_a_district_owning_the_area_after_it_is_no_scene_of_its_own():
    # Kashmiri press: Pulwama, the district's seat, is no second scene beside Tral
    places = located("Security forces killed three militants in Pulwama district's Tral area on Friday, police said.")
    assert places and all(near(p, 33.93, 75.11, km=10) for p in places), _where(places)


# ---- "X, Region": X is not the region's main town under an old name


@pytest.mark.parametrize(
    "text",
    [
        # monitors' log, terse
        ("On Friday, armed forces fired mortars at positions near Oleksandrivka, Donetsk."),
        # UN situation report style
        ("Shelling damaged two houses in Oleksandrivka, Donetsk oblast, on Monday, according to the monitoring mission."),
    ],
)
def test_a_village_situated_in_a_region_is_not_the_regions_main_town_under_an_old_name(text):
    event = only_event(text)
    assert event.location is not None and event.location.name == "Oleksandrivka", _where([event.location])
    # of the region's namesake villages alike in all else, the one nearer where its people live
    assert near(event.location, 47.92, 37.58, km=10), _where([event.location])


def test_the_main_town_named_by_its_own_name_stays():
    event = only_event("On Friday, armed forces shelled the outskirts of Donetsk city, Donetsk, wounding a woman.")
    assert event.location is not None and near(event.location, 48.02, 37.80, km=15), _where([event.location])


# ---- a town the gazetteer puts just across the line from the region named


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # monitors' log, Nigeria: the gazetteer has Goniri in Yobe, 85 km from Borno's point
        ("On Wednesday, insurgents fired mortar shells at an army base in Goniri (Gujba LGA, Borno).", 11.48, 12.31),
        # South African press: Burgersfort is in Mpumalanga for the gazetteer
        ("Police in Burgersfort (Sekhukhune, Limpopo) fired rubber bullets at residents who blockaded the main road on Monday demanding water.", -24.68, 30.33),
    ],
)
def test_a_town_just_across_the_line_from_the_region_named_is_the_town_named(text, lat, lon):
    places = located(text)
    assert places and all(near(p, lat, lon, km=10) for p in places), _where(places)


@pytest.mark.parametrize(
    "text",
    [
        # a town of the name far across the country is no reading (the only Orikhove is far from Luhansk)
        "On Sunday, shelling hit Orikhove, Luhansk, wounding two civilians.",
    ],
)
def test_a_namesake_far_from_the_region_named_is_not_taken(text):
    places = located(text)
    assert all(p.name != "Orikhove" for p in places), _where(places)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # a town among the situating names (Cusco) places the event, not a namesake village elsewhere
        ("On Saturday, in San Jeronimo suburb, Cusco city, inmates' relatives staged a sit-in outside the prison.", -13.53, -71.97),
        # the district town named in the chain, not a namesake village in the next province
        ("Afghan forces repelled a Taliban attack in Deh-e Now area of Mohammad Agha district, Logar, on Saturday.", 34.21, 69.10),
    ],
)
def test_a_town_in_the_situating_names_beats_a_namesake_across_the_line(text, lat, lon):
    places = located(text)
    assert places and all(near(p, lat, lon, km=10) for p in places), _where(places)


# ---- outlets named by an everyday word


def test_an_outlet_in_the_dateline_is_no_town_abroad():
    places = located("LAHORE (Dawn): Two men were shot dead by unidentified gunmen near a shrine on Tuesday night, police said.")
    assert all(p.country_code == "PK" for p in places), _where(places)


def test_the_star_is_a_newspaper_not_a_town_in_idaho():
    places = located("Gunmen shot dead a chief in Marsabit on Sunday, The Star reported.")
    assert places and all(p.country_code == "KE" for p in places), _where(places)


# ---- the zones of great cities (town_zones.tsv)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # a monitor's entry, Brazil
        ("On Saturday, in the North Zone of Rio de Janeiro, Rio de Janeiro, military police raided a favela and a shoot-out left two suspects dead.", -22.86, -43.30),
        # agency copy: the zone after the town, in the possessive
        ("Police killed three suspected drug traffickers in a raid on a favela in Rio de Janeiro's West Zone on Tuesday.", -22.91, -43.52),
        # local press quoting the Portuguese name
        ("Two motorcycle taxi drivers were shot dead na Zona Leste de Sao Paulo on Friday night, police said.", -23.55, -46.48),
    ],
)
def test_an_event_told_in_a_zone_of_a_great_city_is_placed_at_the_zone(text, lat, lon):
    places = located(text)
    assert places and all(near(p, lat, lon, km=8) for p in places), _where(places)


def test_a_city_named_without_its_zone_stays_at_the_city():
    event = only_event("Armed men shot dead a shopkeeper in Rio de Janeiro on Monday, police said.")
    assert event.location is not None and near(event.location, -22.91, -43.18, km=5), _where([event.location])


def test_a_zone_word_of_another_kind_moves_nothing():
    # a buffer zone, a zone of a city the table does not hold
    event = only_event("Gunmen killed two farmers north of the buffer zone of Kidal on Sunday, the UN mission said.")
    assert event.location is None or event.location.name != "Kidal-North Zone"


# ---- a place named as in a district named after its seat town


def test_a_namesake_far_from_the_district_named_is_no_reading():
    # Pakistani press: the gazetteer's only Shorkot lies 150 km away in another province; the event is
    # the district's, one event at its seat (not one there and one at the far namesake)
    event = only_event("Gunmen killed two traders near Shorkot in Jhang district on Monday, Punjab police said.")
    assert event.location is not None and near(event.location, 31.27, 72.32, km=10), _where([event.location])


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # Afghan wire copy: Khanabad lies 30 km from Kunduz
        ("A landmine killed two children in Khanabad in Kunduz district on Sunday, the governor's spokesman said.", 36.68, 69.11),
        # Kashmiri press
        ("Two militants were killed in an encounter with security forces at Tral in Pulwama district on Friday.", 33.93, 75.12),
    ],
)
def test_a_town_near_the_seat_of_the_district_named_stays(text, lat, lon):
    places = located(text)
    assert places and all(near(p, lat, lon, km=10) for p in places), _where(places)


# ---- the Persian linking vowel written apart ("Kut e Abdollah")


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # Iranian rights bulletin: Kut-e Abdollah, Khuzestan, not Al-Kut in Iraq
        ("On Saturday, municipal workers in Kut e Abdollah gathered outside the governor's office over two months of unpaid wages.", 31.24, 48.66),
        # Afghan wire copy
        ("Taliban fighters attacked a police checkpoint in Pul e Khumri on Monday, killing three policemen, officials said.", 35.94, 68.72),
    ],
)
def test_a_name_joined_by_a_linking_vowel_written_apart_is_read_whole(text, lat, lon):
    places = located(text)
    assert places and all(near(p, lat, lon, km=10) for p in places), _where(places)


def test_a_lone_e_between_other_words_joins_nothing():
    # a letter standing alone in a list is no linking vowel
    places = located("Gunmen killed two guards at the Kabul e Bank branch on Monday, police said.")
    assert all(p.country_code == "AF" for p in places), _where(places)


# ---- local units of South Asian and East African reports (place_words.tsv, second-level words)


def test_a_town_called_an_upazila_is_no_namesake_abroad():
    # Bangladeshi press: Kamalganj is an upazila of Moulvibazar, not the Indian town of that name
    places = located("Villagers protested in Kamalganj upazila of Moulvibazar on Friday over the death of a teenager.")
    assert places and all(p.country_code == "BD" for p in places), _where(places)


def test_a_district_is_not_the_namesake_district_of_the_next_region():
    # Afghan monitor's entry: Takhar's Baharak district, not Badakhshan's Baharak 125 km away
    places = located("On Wednesday, two militiamen were killed in clashes between rival commanders in Baharak district, Takhar.")
    assert all(p.admin1 != "Badakhshan" for p in places), _where(places)
