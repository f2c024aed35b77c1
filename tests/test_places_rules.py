"""Place rules learnt from error analysis: fragments of unknown names, places inside organisation
names, group names that are also towns, ISO 3166-2 spellings of regions."""

from __future__ import annotations

from conflictscope.geo.gazetteer import default_gazetteer
from helpers import place_rows


def test_a_town_inside_a_longer_unknown_name_is_not_a_place():
    found = place_rows("Nurses at the Saint Luke Hospital in Bir Hasan held a sit-in over unpaid wages.")
    assert all(text not in ("Bir", "Hasan") for text, _, _ in found)


def test_a_place_after_in_within_an_organisation_name_is_kept():
    found = place_rows("Traders protested outside the Cabinet of Ministers in Kyiv on Monday.")
    assert ("Kyiv", "UA", "city") in found


def test_armed_group_names_are_not_towns():
    found = place_rows("Taliban fighters attacked a checkpoint in Helmand.")
    assert [t for t, _, _ in found] == ["Helmand"]


def test_iso_3166_2_spellings_of_regions_resolve():
    gazetteer = default_gazetteer()
    (logar,) = [p for p in gazetteer.candidates("Logar") if p.feature == "admin1"]
    assert logar.country_code == "AF"
    assert any(p.feature == "admin1" and p.country_code == "AF" for p in gazetteer.candidates("Kunar"))


def test_towns_joined_by_and_are_each_places():
    found = place_rows("Rockets hit the towns of Terter and Horadiz.")
    assert [t for t, _, _ in found] == ["Terter", "Horadiz"]
