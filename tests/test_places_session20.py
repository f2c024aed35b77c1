"""Where an event happened (session 20): the place of the act, not a place that only situates another
one, the town of a site named after it, and a namesake abroad losing to a town of the report's
country. Sentences written for these tests in several styles: wire copy with datelines from the
1970s-1980s, agency prose, local press from South Asia, Africa and Latin America, an NGO alert, a
liveblog line."""

from __future__ import annotations

import pytest
from helpers import current_events, near


def _where(text):
    return [(e.location.name, e.location.country_code, e.location.latitude, e.location.longitude) for e in current_events(text) if e.location is not None]


def _all_near(text, lat, lon, km=10):
    places = [e.location for e in current_events(text) if e.location is not None]
    return bool(places) and all(near(p, lat, lon, km=km) for p in places)


# ---- a town given as a bearing from another is no container of the scene


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # agency prose on Myanmar: Bago is the scene, Yangon only says where Bago is
        ("Protesters in Bago, north of Yangon, marched on Sunday against the coup; police fired rubber bullets.", 17.34, 96.48),
        # Nigerian local press
        ("Demonstrators in Zaria, north of Kaduna, blocked the highway on Monday and police fired tear gas at them.", 11.09, 7.72),
    ],
)
def test_the_people_s_town_stays_beside_a_bearing(text, lat, lon):
    assert _all_near(text, lat, lon), _where(text)


# ---- a name the text calls a division, after a town it holds, situates the town


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # 1970s wire copy: "County Armagh" is no second event at the town of Armagh
        ("BELFAST, Aug 12 - A British soldier was shot dead by a sniper in Crossmaglen, County Armagh, today, the army said.", 54.08, -6.61),
        # Kashmiri local press: the district after a possessive region
        ("Tension gripped Sopore town in north Kashmir's Baramulla district after militants shot dead a shopkeeper near the main chowk on Thursday evening.", 34.30, 74.47),
    ],
)
def test_a_division_named_after_its_town_is_no_second_scene(text, lat, lon):
    events = current_events(text)
    assert len(events) == 1 and _all_near(text, lat, lon), _where(text)


def test_a_division_across_a_verb_stays_a_scene():
    # two acts, two places: the district is named as where the second happened
    places = sorted(name for name, *_ in _where("Militants shot dead a shopkeeper in Sopore on Thursday and later attacked an army camp in Kupwara district."))
    assert places and "Sopur" in places and any(p != "Sopur" for p in places)


# ---- the town situating a town left out as where people are from goes with it


def test_the_town_that_situates_the_people_s_town_is_no_scene():
    # South African press: the residents' township is where they barricaded roads, not the city
    text = "Residents of Soweto, Johannesburg, barricaded roads with burning tyres on Thursday over power cuts."
    assert [p[0] for p in _where(text)] == ["Soweto"]


def test_the_origin_and_its_town_give_way_to_the_scene():
    text = "People from Ikorodu, Lagos, protested in Abeokuta on Monday against the arrest of a local chief."
    assert _all_near(text, 7.15, 3.35), _where(text)


# ---- the town of a site named after it


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Students clashed with police on the campus of the University of Dhaka on Sunday; 20 were injured.", 23.73, 90.39),
        ("A bomb exploded outside the Peshawar Press Club on Sunday, injuring five people.", 34.01, 71.58),
        ("Gunmen stormed the Kabul Serena Hotel on Friday evening, killing nine people including four foreigners.", 34.53, 69.17),
        ("Hundreds of students rallied at the University of Ibadan on Monday against fee increases, and police fired tear gas to disperse them.", 7.38, 3.90),
    ],
)
def test_a_site_named_after_its_town_places_the_event(text, lat, lon):
    assert _all_near(text, lat, lon, km=15), _where(text)


def test_a_speaking_institution_s_town_is_no_site():
    # the club speaks; the shooting's place is not told by its name
    text = "The Karachi Press Club condemned on Tuesday the shooting of a journalist outside his home."
    assert not any(p[0] == "Karachi" for p in _where(text)), _where(text)


# ---- the one town of the report's country, named elsewhere in the text


def test_a_site_the_gazetteer_lacks_is_in_the_one_town_the_report_names():
    text = (
        "Police fired tear gas and rubber bullets at hundreds of students at Makerere University on Tuesday as they "
        "marched against a planned increase in tuition fees.\n\n"
        "At least 12 students were arrested, a police spokesman said.\n\n"
        "The university, the oldest in Kampala, has seen repeated protests since the 1990s. Police commander "
        "John Okello said officers had acted with restraint."
    )
    assert _all_near(text, 0.32, 32.58, km=10), _where(text)


def test_two_towns_named_elsewhere_leave_the_site_unplaced():
    text = (
        "Police fired tear gas at hundreds of students at Makerere University on Tuesday as they marched against "
        "a planned increase in tuition fees.\n\n"
        "The university, the oldest in Uganda, has seen repeated protests since the 1990s. A similar march in Gulu "
        "last year ended peacefully, police commander John Okello of Jinja said."
    )
    assert _where(text) == []


# ---- a namesake abroad loses to a town of the report's country


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a Hamas official in Saida on Monday, Lebanese security sources said.",
        "Israeli jets struck targets near Saida overnight, Lebanon's state news agency said.",
    ],
)
def test_a_name_another_town_bears_too_goes_to_the_report_s_country(text):
    places = _where(text)
    assert places and all(code == "LB" for _, code, _, _ in places), places


def test_an_algerian_report_keeps_its_saida():
    text = "Algerian troops killed two armed men near Saida, in the west of the country, on Monday, the defence ministry said."
    places = _where(text)
    assert places and all(code == "DZ" for _, code, _, _ in places), places


# ---- a saint's name in the possessive before a building names the building


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Police fired tear gas at worshippers outside St Joseph's Cathedral in Dar es Salaam on Sunday.", -6.82, 39.27),
        # a church of a town the report names only through its police
        ("Gunmen attacked worshippers at St. Paul's Church on Sunday, killing three, Kaduna police said.", 10.52, 7.44),
    ],
)
def test_a_saint_s_building_is_no_town_abroad(text, lat, lon):
    assert _all_near(text, lat, lon), _where(text)


# ---- a road named by its two ends: one event, at the larger end


def test_a_road_between_two_towns_gives_one_event():
    text = "Two fighters were killed in an air strike on a car on the road between Bint Jbeil and Tyre on Saturday."
    places = _where(text)
    assert [p[0] for p in places] == ["Tyre"], places


def test_a_road_with_its_town_named_stays_at_the_town():
    text = "Transport workers blocked the Dhaka-Sylhet highway in Narsingdi for three hours on Monday demanding relief."
    assert [p[0] for p in _where(text)] == ["Narsingdi"]


# ---- a capital's dateline gives way to the town the next sentence tells the incident at


def test_the_bureau_s_dateline_gives_way_to_the_town_of_the_incident():
    text = (
        "ABUJA (Reuters) - Nigerian troops killed 30 Boko Haram fighters who attacked a military base on Friday, the army said.\n"
        "The militants stormed the base in Damasak, Borno state, in the early hours, a military source said. The army has "
        "been fighting the insurgency since 2009 from its command centre in Maiduguri."
    )
    assert _all_near(text, 13.10, 12.51), _where(text)


def test_another_incident_told_after_the_dateline_keeps_the_capital():
    text = (
        "KABUL (Reuters) - A bomb exploded near a market on Sunday, killing five people, police said.\n"
        "In a separate incident, a bomb killed two soldiers in Ghazni."
    )
    places = sorted(p[0] for p in _where(text))
    assert "Kabul" in places, places


def test_a_local_dateline_is_not_moved():
    # a town that is no capital: a local paper's dateline is often the event's own town
    text = (
        "KANO, Nigeria - Police fired tear gas at protesters on Friday, witnesses said.\n"
        "The protesters later marched to Wudil, where they burned tyres."
    )
    places = [p[0] for p in _where(text)]
    assert places and places[0] == "Kano", places


# ---- a large town abroad answering to a container's name only as an alias


def test_a_container_read_only_as_an_alias_abroad_does_not_drop_the_town():
    text = "MANILA, Philippines - Communist rebels ambushed an army patrol in Catarman town, Northern Samar, on Sunday, killing two soldiers."
    assert _all_near(text, 12.50, 124.64), _where(text)


# ---- a quarter's name read abroad, in a report naming nothing else of that country


def test_a_lone_quarter_read_abroad_is_no_place():
    text = "Students clashed with riot police in the Quartier Latin on Thursday night after a march against the pension reform."
    assert all(code != "NC" for _, code, _, _ in _where(text)), _where(text)
    assert current_events(text)


def test_a_quarter_of_a_named_town_stays_at_the_town():
    text = "Students clashed with riot police in the Quartier Latin of Paris on Thursday night after a march against the pension reform."
    assert [p[0] for p in _where(text)] == ["Paris"]


# ---- a lone small town abroad gives way to the country the text names or calls its people by


def test_a_small_town_abroad_loses_to_the_report_s_people():
    # "Soum" is a Burkinabe province the gazetteer lacks, and a village of Senegal
    text = "Jihadists attacked the village of Diguel (Soum) on Sunday, killing seven civilians, Burkinabe security sources said."
    assert all(code != "SN" for _, code, _, _ in _where(text)), _where(text)


def test_an_armed_force_s_demonym_does_not_move_a_town_abroad():
    # the force is Turkish, the town Syrian
    text = "Turkish forces shelled positions near Tell Abiad on Sunday, killing two fighters, a monitor said."
    places = _where(text)
    assert places and all(code == "SY" for _, code, _, _ in places), places


def test_the_bureau_s_dateline_gives_way_to_the_province_of_the_incident():
    text = (
        "KABUL (Reuters) - Taliban fighters attacked a police checkpoint overnight, killing five officers, officials said on Sunday.\n"
        "The attack took place in Ghazni province, a provincial council member said."
    )
    places = _where(text)
    assert places and all(name == "Ghazni" for name, *_ in places), places


def test_the_capital_s_own_province_keeps_the_capital():
    text = (
        "KABUL (Reuters) - Taliban fighters attacked a police checkpoint overnight, killing five officers, officials said on Sunday.\n"
        "The fighting took place in Kabul province, a police spokesman said."
    )
    places = _where(text)
    assert places and all(near_point for near_point in (near(e.location, 34.53, 69.17, km=10) for e in current_events(text))), places
