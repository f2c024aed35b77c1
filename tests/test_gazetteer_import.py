"""`conflictscope gazetteer import`: villages from GeoNames dump files, resolved like cities500 towns.

Every file here is written by the test in GeoNames' own layouts (the 19-column geoname table and the
10-column alternateNamesV2 table); the village rows are invented. The imports go to a temporary file
(``$CONFLICTSCOPE_GAZETTEER_IMPORTS``), never to the user's cache; the base index is only read.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from conflictscope.geo.gazetteer import Gazetteer
from helpers import run_cli


def _geoname(geonameid: str, name: str, lat: str, lon: str, feature: str, country: str, admin1: str, *,
             alternates: str = "", admin2: str = "", population: str = "0", dem: str = "",
             timezone: str = "Asia/Kabul") -> list[str]:
    """A row of GeoNames' geoname table: geonameid, name, asciiname, alternatenames, lat, lon, feature
    class and code ("P.PPL" here), country, cc2, admin1 to admin4, population, elevation, dem,
    timezone, modified."""
    fclass, fcode = feature.split(".")
    return [geonameid, name, name, alternates, lat, lon, fclass, fcode, country, "", admin1, admin2, "", "",
            population, "", dem, timezone, "2024-01-01"]


ZARBINAK = _geoname("9900001", "Zarbinak", "31.71230", "64.14560", "P.PPL", "AF", "10",
                    alternates="Zarbinak-e Bala,Zarbinak Kalay", dem="812")
# A village that shares its name with a small town abroad (Bāgh in Pakistan, about 34,000 people).
BAGH = _geoname("9900002", "Bagh", "34.31770", "70.61250", "P.PPL", "AF", "18", dem="640")
BAD_LATITUDE = _geoname("9900003", "Gulbarak", "north", "64.0", "P.PPL", "AF", "10")
SHORT_ROW = ["9900004", "Tawrikhel", "Tawrikhel", "", "31.5"]
HOTEL = _geoname("9900005", "Hotel Sarbaz", "31.6", "64.3", "S.HTL", "AF", "10")
NIGERIAN = _geoname("9900006", "Kwandaru Dutse", "11.84120", "13.10230", "P.PPL", "NG", "05", timezone="Africa/Lagos")
BIG_VILLAGE = _geoname("9900007", "Sangpirak", "36.1", "68.7", "P.PPL", "AF", "03", population="2500")

REPORTS = [
    {"id": "zarbinak", "published": "2020-03-10",
     "text": "Taliban fighters attacked a police checkpoint in Zarbinak village of Helmand province, "
             "Afghanistan, on Monday, killing two policemen."},
    {"id": "bagh", "published": "2020-03-12",
     "text": "A roadside bomb exploded near a minibus in Bagh village in eastern Afghanistan on Wednesday, "
             "killing three civilians, local officials said."},
]


def _table(rows: list[list[str]]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


@pytest.fixture()
def env(tmp_path: Path) -> dict:
    e = os.environ.copy()
    e["CONFLICTSCOPE_GAZETTEER_IMPORTS"] = str(tmp_path / "imports.sqlite")
    return e


def cli(env: dict, *args: str, stdin: str | None = None):
    return run_cli(*args, stdin=stdin, env=env)


def _zip(path: Path, member: str, text: str, extra: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(member, text)
        for name, body in (extra or {}).items():
            z.writestr(name, body)
    return path


def _info(env: dict) -> dict:
    code, out, err = cli(env, "gazetteer", "info", "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_invented_villages_are_not_in_the_base_index():
    gaz = Gazetteer.open(imports=False)
    try:
        for row in (ZARBINAK, BAD_LATITUDE, NIGERIAN, BIG_VILLAGE):
            assert gaz.candidates(row[1]) == []
        assert {p.country_code for p in gaz.candidates("Bagh")} >= {"PK"}
        assert "AF" not in {p.country_code for p in gaz.candidates("Bagh")}
    finally:
        gaz.close()


def test_import_a_zip_then_extract_places_the_event_at_the_village(tmp_path, env):
    dump = _zip(tmp_path / "AF.zip", "AF.txt", _table([ZARBINAK, BAGH, BAD_LATITUDE, SHORT_ROW, HOTEL]),
                {"readme.txt": "GeoNames readme\n"})
    code, out, err = cli(env, "gazetteer", "import", str(dump))
    # Two bad rows: reported with file and line, skipped; the good rows are imported; exit 1 as
    # `extract` does when some documents fail.
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 2, err
    assert "AF.zip:AF.txt: line 3: latitude 'north'" in lines[0]
    assert "AF.zip:AF.txt: line 4: expected 19 tab-separated columns, found 5" in lines[1]
    assert "Traceback" not in err
    assert "2 places" in out and "2 bad rows" in out

    reports = tmp_path / "reports.jsonl"
    reports.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    code, out, err = cli(env, "extract", str(reports), "-f", "jsonl")
    assert code == 0, err
    docs = {d["id"]: d for d in map(json.loads, out.splitlines())}

    zarbinak = docs["zarbinak"]["events"]
    assert zarbinak, docs["zarbinak"]
    loc = zarbinak[0]["location"]
    assert (loc["name"], loc["country_code"], loc["geonameid"]) == ("Zarbinak", "AF", 9900001)
    assert (loc["latitude"], loc["longitude"]) == (31.7123, 64.1456)
    assert loc["admin1"] == "Helmand"  # from the admin1 code, through the base index's regions
    assert loc["geo_precision"] == 1

    # The village in the report's country wins over a larger namesake abroad.
    bagh = docs["bagh"]["events"]
    assert bagh, docs["bagh"]
    assert (bagh[0]["location"]["geonameid"], bagh[0]["location"]["country_code"]) == (9900002, "AF")
    assert (bagh[0]["location"]["latitude"], bagh[0]["location"]["longitude"]) == (34.3177, 70.6125)


def test_plain_text_and_alternate_names(tmp_path, env):
    plain = tmp_path / "AF.txt"
    plain.write_text(_table([ZARBINAK]), encoding="utf-8")
    code, out, err = cli(env, "gazetteer", "import", str(plain))
    assert code == 0, err

    base = Gazetteer.open(imports=False)
    lashkar = next(p for p in base.candidates("Lashkar Gah") if p.country_code == "AF")
    base.close()
    # alternateNameId, geonameid, isolanguage, name, isPreferred, isShort, isColloquial, isHistoric, from, to
    alternates = _table([
        ["1", "9900001", "ps", "Zarbinak-i Sufla", "", "", "", "", "", ""],
        ["2", str(lashkar.geonameid), "en", "Lashkar Garrison Town", "", "", "", "", "", ""],
        ["3", "9900001", "link", "https://example.org/zarbinak", "", "", "", "", "", ""],
        ["4", "123456789012", "en", "Nowhere At All", "", "", "", "", "", ""],
        ["5", "not-an-id", "en", "Broken", "", "", "", "", "", ""],
    ])
    dump = _zip(tmp_path / "alternateNamesV2.zip", "alternateNamesV2.txt", alternates, {"iso-languagecodes.txt": "x\n"})
    code, out, err = cli(env, "gazetteer", "import", str(dump))
    assert code == 1
    assert err.strip() == "conflictscope: error: " + f"{dump}:alternateNamesV2.txt: line 5: geonameid 'not-an-id' is not a number"

    gaz = Gazetteer.open(imports=Path(env["CONFLICTSCOPE_GAZETTEER_IMPORTS"]))
    try:
        assert [p.geonameid for p in gaz.candidates("Zarbinak-i Sufla")] == [9900001]
        town = gaz.candidates("Lashkar Garrison Town")
        assert [(p.geonameid, p.latitude, p.longitude, p.admin1) for p in town] == [
            (lashkar.geonameid, lashkar.latitude, lashkar.longitude, lashkar.admin1)
        ]
        assert len([p for p in gaz.candidates("Lashkar Gah") if p.geonameid == lashkar.geonameid]) == 1
        assert gaz.candidates("Nowhere At All") == [] and gaz.candidates("example.org/zarbinak") == []
    finally:
        gaz.close()

    report = tmp_path / "report.txt"
    report.write_text("Security forces clashed with gunmen in Zarbinak-i Sufla, Afghanistan, on Monday.", encoding="utf-8")
    code, out, err = cli(env, "places", str(report), "-f", "jsonl")
    assert code == 0, err
    places = json.loads(out)["places"]
    assert [(p["text"], p["geonameid"]) for p in places][:1] == [("Zarbinak-i Sufla", 9900001)]


def test_reimport_is_idempotent_and_reset_removes_imports(tmp_path, env):
    dump = tmp_path / "AF.txt"
    dump.write_text(_table([ZARBINAK, BAGH, HOTEL]), encoding="utf-8")
    assert cli(env, "gazetteer", "import", str(dump))[0] == 0
    first = _info(env)["imports"]
    code, out, err = cli(env, "gazetteer", "import", str(dump))
    assert code == 0, err
    assert "0 new names" in out
    second = _info(env)["imports"]
    assert second["totals"] == first["totals"] == {
        "places": {"city": 2}, "base_places_with_new_names": 0, "names": 4, "countries": 1
    }
    assert len(second["sources"]) == 1 and second["sources"][0]["places"] == 2

    code, out, err = cli(env, "gazetteer", "info")
    assert code == 0 and "2 city in 1 countries" in out and str(dump.resolve()) in out

    # Without --yes and no terminal to ask on: a usage error, nothing removed.
    code, out, err = cli(env, "gazetteer", "reset-imports", stdin="")
    assert code == 2 and "--yes" in err
    assert Path(env["CONFLICTSCOPE_GAZETTEER_IMPORTS"]).exists()
    code, out, err = cli(env, "gazetteer", "reset-imports", "--yes")
    assert code == 0 and "removed" in out
    assert not Path(env["CONFLICTSCOPE_GAZETTEER_IMPORTS"]).exists()
    assert _info(env)["imports"]["present"] is False

    report = tmp_path / "report.txt"
    report.write_text(REPORTS[0]["text"], encoding="utf-8")
    code, out, err = cli(env, "places", str(report), "-f", "jsonl")
    assert code == 0, err
    assert "Zarbinak" not in [p["name"] for p in json.loads(out)["places"]]


def test_filters_country_population_and_feature_class(tmp_path, env):
    district = _geoname("9900008", "Zarbinak District", "31.8", "64.2", "A.ADM2", "AF", "10", admin2="1001")
    province = _geoname("9900009", "Helmand Province", "31.0", "64.0", "A.ADM1", "AF", "10")
    dump = tmp_path / "allCountries.txt"
    dump.write_text(_table([ZARBINAK, NIGERIAN, BIG_VILLAGE, district, province]), encoding="utf-8")

    assert cli(env, "gazetteer", "import", str(dump), "--country", "NG")[0] == 0
    assert _info(env)["imports"]["totals"]["places"] == {"city": 1}
    assert cli(env, "gazetteer", "reset-imports", "-y")[0] == 0

    assert cli(env, "gazetteer", "import", str(dump), "--min-population", "1000")[0] == 0
    gaz = Gazetteer.open(imports=Path(env["CONFLICTSCOPE_GAZETTEER_IMPORTS"]))
    assert [p.population for p in gaz.candidates("Sangpirak")] == [2500]
    assert gaz.candidates("Zarbinak") == []
    gaz.close()
    assert cli(env, "gazetteer", "reset-imports", "-y")[0] == 0

    code, out, err = cli(env, "gazetteer", "import", str(dump), "-c", "P,A")
    assert code == 0, err
    gaz = Gazetteer.open(imports=Path(env["CONFLICTSCOPE_GAZETTEER_IMPORTS"]))
    try:
        assert [(p.feature, p.admin1) for p in gaz.candidates("Zarbinak District")] == [("region", "Helmand")]
        # first-level regions (ADM1) come from the base index, not from imports
        assert 9900009 not in [p.geonameid for p in gaz.candidates("Helmand Province")]
        assert [p.country_code for p in gaz.candidates("Kwandaru Dutse")] == ["NG"]
    finally:
        gaz.close()


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["missing.zip"], 1, "missing.zip: no such file [CS021]"),
        (["notzip.zip"], 1, "notzip.zip: not a zip file"),
        (["wrong.txt"], 1, "wrong.txt: line 1 has 3 tab-separated columns"),
        (["empty.txt"], 1, "empty.txt: the file is empty"),
        (["AF.txt", "--country", "Afghanistan"], 2, "--country AFGHANISTAN: not an ISO 3166-1 alpha-2 country code"),
        (["AF.txt", "--feature-class", "S"], 2, "--feature-class S: use P"),
    ],
)
def test_bad_input_gets_one_line_and_an_exit_code(tmp_path, env, args, code, message):
    (tmp_path / "notzip.zip").write_text("not a zip\n", encoding="utf-8")
    (tmp_path / "wrong.txt").write_text("a\tb\tc\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "AF.txt").write_text(_table([ZARBINAK]), encoding="utf-8")
    got, out, err = cli(env, "gazetteer", "import", *[str(tmp_path / a) if not a.startswith("-") and "." in a else a for a in args])
    assert got == code
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_bad_file_does_not_stop_the_others(tmp_path, env):
    good = tmp_path / "AF.txt"
    good.write_text(_table([ZARBINAK]), encoding="utf-8")
    code, out, err = cli(env, "gazetteer", "import", str(tmp_path / "nope.zip"), str(good))
    assert code == 1 and "nope.zip: no such file" in err
    assert _info(env)["imports"]["totals"]["places"] == {"city": 1}


def test_an_imported_village_is_found_by_a_spelling_variant_in_the_region_named(tmp_path, env):
    dump = tmp_path / "AF.txt"
    dump.write_text(_table([ZARBINAK]), encoding="utf-8")
    assert cli(env, "gazetteer", "import", str(dump))[0] == 0
    report = tmp_path / "report.txt"
    report.write_text("Two policemen were killed in an ambush in Zarbinaak district, Helmand, on Monday.", encoding="utf-8")
    code, out, err = cli(env, "places", str(report), "-f", "jsonl")
    assert code == 0, err
    found = [(p["text"], p["geonameid"]) for p in json.loads(out)["places"]]
    assert ("Zarbinaak", 9900001) in found


def test_nothing_to_import_creates_no_imports_file(tmp_path, env):
    code, out, err = cli(env, "gazetteer", "import", str(tmp_path / "missing.zip"))
    assert code == 1 and "missing.zip: no such file" in err
    assert not Path(env["CONFLICTSCOPE_GAZETTEER_IMPORTS"]).exists()
