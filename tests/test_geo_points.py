"""The point a country, or a region, named alone is placed at: GeoNames' own record where it is not the
conventional centre. Sentences are our own."""

from __future__ import annotations

from conflictscope.geo.gazetteer import default_gazetteer, distance_km
from conflictscope.knowledge.geo_data import load_country_points
from conflictscope.types import Place
from helpers import place_named


def point(lat, lon):
    return Place(name="", country_code=None, latitude=lat, longitude=lon, feature="city")


def test_countries_are_at_geonames_country_points():
    us = place_named("Troops from the United States arrived on Friday.", "United States")
    assert us.feature == "country" and distance_km(us, point(39.76, -98.5)) < 5
    india = place_named("Monsoon rains flooded parts of India.", "India")
    assert distance_km(india, point(22.0, 79.0)) < 5
    japan = place_named("Exports from Japan rose in May.", "Japan")
    assert distance_km(japan, point(35.69, 139.75)) < 5


def test_countries_not_in_the_table_keep_the_conventional_centre():
    france = default_gazetteer().country("FR")
    assert distance_km(france, point(46.0, 2.0)) < 5
    # GeoNames' Canada point is in the far west; the country's centre stays
    canada = place_named("Wildfires forced thousands to flee across Canada.", "Canada")
    assert distance_km(canada, point(60.0, -95.0)) < 5


def test_country_points_table_is_well_formed():
    points = load_country_points()
    assert points["US"] == (39.76, -98.5)
    assert all(len(code) == 2 and code.isupper() for code in points)


def test_regions_listed_are_at_geonames_region_points():
    england = place_named("The outbreak reached England in March.", "England")
    assert england.feature == "admin1" and distance_km(england, point(52.16, -0.70)) < 5
    ontario = place_named("Hospitals in Ontario cancelled surgeries.", "Ontario")
    assert distance_km(ontario, point(49.25, -84.5)) < 5


def test_region_level_events_keep_the_settled_centre():
    gaz = default_gazetteer()
    england = next(p for p in gaz.candidates("England") if p.feature == "admin1")
    # events are placed where the region's people live, not at the record's point
    assert distance_km(gaz.settled_centre(england), england) > 10


def test_chinese_regions_are_found_by_their_plain_names():
    # GeoNames names them "Guangxi Zhuangzu Zizhiqu", "Tianjin Shi", "Tibet Autonomous"
    assert place_named("Cases were found in Guangxi and Hunan.", "Guangxi").feature == "admin1"
    assert place_named("Riots broke out in Xinjiang last year.", "Xinjiang").feature == "admin1"
    assert place_named("Protests spread across Tibet.", "Tibet").country_code == "CN"
