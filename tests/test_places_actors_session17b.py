"""Places and actors in session 17, second round: a place named by a named town or local unit as
holding it ("Sopore town of Baramulla district") is no second scene; a place naming a pact or a meeting
("the Algiers accord", "the Astana talks") is no scene and no country of the report; a capital points
to its country as two names do, so a far namesake abroad of a quarter ("Eastleigh") is dropped; miners
and union members are civilians. Sentences written for these tests in several styles."""

from __future__ import annotations

import pytest
from helpers import current_events, near


def _places(text: str) -> list:
    return [e.location for e in current_events(text) if e.location is not None]


def _where(places) -> list:
    return [(p.name, getattr(p, "country_code", None)) for p in places]


# ---- "<name> town of <district>": the district holds the town, no scene of its own


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # South Asian local press
        ("Militants shot dead a policeman in Sopore town of Baramulla district on Friday evening.", 34.29, 74.47),
        ("Unknown assailants opened fire on a shop in Sopore town in Baramulla district on Sunday, injuring its owner.", 34.29, 74.47),
        # a terse log line
        ("14 Mar: 1 civ killed by gunmen, Sopore town of Baramulla district.", 34.29, 74.47),
    ],
)
def test_a_district_holding_a_named_town_is_no_second_scene(text, lat, lon):
    places = _places(text)
    assert places and all(near(p, lat, lon, km=10) for p in places), _where(places)


def test_a_district_holding_a_named_tehsil_gives_one_event():
    text = "Two people were injured when an improvised explosive device went off in Mamond tehsil of Bajaur district on Tuesday."
    events = current_events(text)
    assert len(events) == 1, _where(_places(text))


# ---- a place naming a pact, talks or a conference


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # wire copy: the accord signed in Algiers is no scene of the attack in Mali
        ("Rebels attacked an army post near Kidal, Mali, on Friday, in violation of commitments under the Algiers accord.", "ML"),
        # the talks' town is neither a scene nor the report's country
        ("Government forces bombed Idlib city on Tuesday, days after the Astana talks ended without agreement.", "SY"),
        # a UN situation report
        ("Shelling hit Avdiivka, Donetsk region, on Monday in breach of the Minsk agreements, the monitoring mission said.", "UA"),
    ],
)
def test_a_place_naming_a_pact_is_no_scene(text, country):
    places = _places(text)
    assert places and all(p.country_code == country for p in places), _where(places)


def test_a_town_where_talks_are_held_stays_a_scene_when_something_happens_there():
    text = "Protesters gathered outside the conference hall in Astana, Kazakhstan, on Monday as the talks opened."
    places = _places(text)
    assert places and all(p.country_code == "KZ" for p in places), _where(places)


# ---- a capital points to its country as two names do


def test_a_capital_makes_a_far_namesake_of_a_quarter_no_scene():
    text = "Police in Nairobi shot dead two suspected robbers in Eastleigh on Monday night."
    events = current_events(text)
    assert events and all(e.location is not None and e.location.country_code == "KE" for e in events), _where(_places(text))
    assert all(e.actor1 is not None and e.actor1.country_code == "KE" for e in events)


def test_a_town_abroad_near_enough_stays_beside_a_capital():
    # Kandahar is no namesake: a town of a large size, told as where the bombing was
    text = "Police in London arrested a man on Monday over a bombing in Kandahar last year."
    names = [p.name for p in _places(text)]
    assert "Kandahar" in names or not names, names


# ---- miners and union members are civilians


@pytest.mark.parametrize(
    "text",
    [
        "Police killed two miners during a strike at a platinum mine near Rustenburg, South Africa, on Thursday.",
        "Riot police shot dead two miners at a copper mine near Kitwe, Zambia, on Monday.",
        "Security guards shot and wounded four union members at a factory gate in Durban on Monday.",
    ],
)
def test_miners_and_union_members_shot_are_not_a_clash(text):
    events = current_events(text)
    assert events, text
    assert all(e.sub_event_type != "Armed clash" for e in events), [(e.event_type, e.sub_event_type) for e in events]
    assert any(e.actor2 is not None and e.actor2.kind in ("civilians", "protesters") for e in events), [e.actor2 for e in events]


# ---- a name a district holds is no other district spelt close to it


def test_a_tehsil_of_a_district_is_not_a_neighbouring_district_spelt_alike():
    text = "Two people were injured when an improvised explosive device went off in Mamond tehsil of Bajaur district on Tuesday."
    names = [p.name for p in _places(text)]
    assert names and "Mohmand" not in names, names


# ---- pirates are an armed group, not the state their demonym names


@pytest.mark.parametrize(
    "text",
    [
        "Somali pirates fired on a cargo ship off the coast of Eyl on Tuesday.",
        "MOGADISHU, June 3 (Reuters) - Armed Somali pirates attacked a fishing dhow off Hobyo on Monday, wounding two crew members.",
    ],
)
def test_pirates_are_no_state_force(text):
    events = current_events(text)
    assert events, text
    assert all(e.actor1 is not None and e.actor1.kind != "state_forces" for e in events), [e.actor1 for e in events]


# ---- a host called a region is the division, however far its seat


def test_a_town_of_a_region_named_like_a_far_town_stays_at_the_town():
    # Turkistan region's seat lies some 250 km north of Saryagash: the town is no quarter of it
    text = "Traders blocked a road in Saryagash town of Turkistan region on Monday over new market fees."
    places = _places(text)
    assert places and all(near(p, 41.46, 69.17, km=10) for p in places), _where(places)
