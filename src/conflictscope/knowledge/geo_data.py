"""Loaders for the geographic tables: demonyms (``demonyms.tsv``), our own regions (``regions.tsv``) and
GeoNames' points of countries and regions (``country_points.tsv``, ``admin1_points.tsv``) and the
landmarks named instead of their town (``landmarks.tsv``) and the words that end a building's, a venue's or a
street's name (``facility_words.tsv``); the toponym resolver's word lists: words of place names and the phrases
around them (``place_words.tsv``), person words (``person_words.tsv``), common words (``common_words.tsv``),
organisation words and names (``organisation_words.tsv``, ``organisation_names.tsv``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any, Iterator

from conflictscope.knowledge import read_rows, read_word_sets

_HEADERS = {"demonym", "name", "iso2", "word", "kind", "territory"}


def _rows(name: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for each data row of a tab-separated file; comments, blanks and the
    header row are skipped."""
    text = (resources.files("conflictscope.knowledge") / "data" / name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if cells[0].lower() in _HEADERS:
            continue
        yield number, cells


def _regular_plural(word: str) -> str | None:
    """English plural of a demonym, or None when it has none distinct from the singular."""
    last = word.split()[-1]
    if last.endswith(("ese", "ish", "ch", "ss", "sh")) or last in {"Swiss", "Lao", "Thai"}:
        return None if last not in {"Thai", "Lao"} else word + "s"
    return word + "s"


@lru_cache(maxsize=1)
def load_demonyms() -> dict[str, str | None]:
    """Lower-cased demonym (singular and plural) -> ISO2 code; None for groups with no one country."""
    table: dict[str, str | None] = {}
    for number, cells in _rows("demonyms.tsv"):
        word = cells[0]
        code = cells[1].upper() if len(cells) > 1 and cells[1] else None
        if code is not None and (len(code) != 2 or not code.isalpha()):
            raise ValueError(f"demonyms.tsv:{number}: bad country code {cells[1]!r}")
        forms = [word]
        plural = cells[2] if len(cells) > 2 and cells[2] else _regular_plural(word)
        if plural:
            forms.append(plural)
        for form in forms:
            table.setdefault(form.lower(), code)
    return table


@lru_cache(maxsize=1)
def load_regions() -> tuple[dict[str, Any], ...]:
    """Our regions: dicts with name, alternate_names, country_code (or None), latitude, longitude, feature."""
    regions = []
    for number, cells in _rows("regions.tsv"):
        if len(cells) < 5:
            raise ValueError(f"regions.tsv:{number}: expected at least 5 tab-separated columns")
        try:
            lat, lon = float(cells[3]), float(cells[4])
        except ValueError as exc:
            raise ValueError(f"regions.tsv:{number}: bad coordinates") from exc
        feature = cells[5] if len(cells) > 5 and cells[5] else "region"
        regions.append(
            {
                "name": cells[0],
                "alternate_names": tuple(a.strip() for a in cells[1].split("|") if a.strip()),
                "country_code": cells[2].upper() or None,
                "latitude": lat,
                "longitude": lon,
                "feature": feature,
            }
        )
    return tuple(regions)


def load_extra_towns() -> tuple[dict[str, Any], ...]:
    """Towns GeoNames' cities500 lacks (``extra_towns.tsv``): dicts with name, alternate_names,
    country_code, latitude, longitude, admin1 and population. Read when the gazetteer is built."""
    towns = []
    for number, cells in _rows("extra_towns.tsv"):
        if len(cells) < 7:
            raise ValueError(f"extra_towns.tsv:{number}: expected 7 tab-separated columns")
        lat, lon = _point("extra_towns.tsv", number, cells, 3)
        code = cells[2].upper()
        if len(code) != 2 or not code.isalpha():
            raise ValueError(f"extra_towns.tsv:{number}: bad country code {cells[2]!r}")
        try:
            population = int(cells[6])
        except ValueError as exc:
            raise ValueError(f"extra_towns.tsv:{number}: bad population") from exc
        towns.append(
            {
                "name": cells[0],
                "alternate_names": tuple(a.strip() for a in cells[1].split("|") if a.strip()),
                "country_code": code,
                "latitude": lat,
                "longitude": lon,
                "admin1": cells[5] or None,
                "population": population,
            }
        )
    return tuple(towns)


def _point(name: str, number: int, cells: list[str], at: int) -> tuple[float, float]:
    """The latitude and longitude in ``cells[at]`` and ``cells[at + 1]`` of row ``number`` of table
    ``name``; a bad or out-of-range point raises naming file and line."""
    try:
        lat, lon = float(cells[at]), float(cells[at + 1])
    except ValueError as exc:
        raise ValueError(f"{name}:{number}: bad coordinates") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{name}:{number}: coordinates out of range")
    return lat, lon


def _point_rows(name: str, key_cells: int, expected: str):
    """(row number, key cells, (latitude, longitude)) of a table whose rows start with an ISO2 code,
    then ``key_cells - 1`` more key cells, then the point; a bad row raises naming file and line."""
    for number, cells in _rows(name):
        code = cells[0].upper()
        if len(code) != 2 or not code.isalpha() or len(cells) < key_cells + 2 or not all(cells[:key_cells]):
            raise ValueError(f"{name}:{number}: expected {expected}")
        yield number, [code, *cells[1:key_cells]], _point(name, number, cells, key_cells)


@lru_cache(maxsize=1)
def load_country_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> (latitude, longitude) of GeoNames' own country record, where it differs from the
    conventional centre the gazetteer otherwise uses (``country_points.tsv``)."""
    rows = _point_rows("country_points.tsv", 1, "an ISO2 code, latitude and longitude")
    return {key[0]: point for _, key, point in rows}


@lru_cache(maxsize=1)
def load_admin1_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO2, region name) -> (latitude, longitude) of GeoNames' own record of a first-level region,
    where the gazetteer's computed centre lies far from it (``admin1_points.tsv``)."""
    rows = _point_rows("admin1_points.tsv", 2, "an ISO2 code, a region, latitude and longitude")
    return {(key[0], key[1]): point for _, key, point in rows}


@lru_cache(maxsize=1)
def load_admin1_seats() -> dict[tuple[str, str], str]:
    """(ISO2, region name) -> the name of the region's seat, for regions whose seat does not bear the
    region's name (``admin1_seats.tsv``)."""
    table: dict[tuple[str, str], str] = {}
    for number, cells in _rows("admin1_seats.tsv"):
        if len(cells) < 3 or len(cells[0]) != 2 or not cells[0].isalpha() or not cells[1] or not cells[2]:
            raise ValueError(f"admin1_seats.tsv:{number}: expected an ISO2 code, a region and its seat")
        table[(cells[0].upper(), cells[1])] = cells[2]
    return table


@lru_cache(maxsize=1)
def load_landmarks() -> dict[str, tuple[str, str, tuple[float, float]]]:
    """Lower-cased name of a landmark (and its alternate names) -> (ISO2, town, (latitude, longitude))
    (``landmarks.tsv``)."""
    table: dict[str, tuple[str, str, tuple[float, float]]] = {}
    for number, cells in _rows("landmarks.tsv"):
        if len(cells) < 6 or not cells[0] or not cells[3] or len(cells[2]) != 2 or not cells[2].isalpha():
            raise ValueError(f"landmarks.tsv:{number}: expected a name, alternate names, an ISO2 code, a town, latitude and longitude")
        entry = (cells[2].upper(), cells[3], _point("landmarks.tsv", number, cells, 4))
        for name in [cells[0], *cells[1].split("|")]:
            if name.strip():
                table.setdefault(name.strip().lower(), entry)
    return table


@lru_cache(maxsize=1)
def load_facility_words() -> frozenset[str]:
    """Lower-case words that end a building's, a venue's or a street's name ("Hospital", "Center",
    "Park", "Avenue") or start one before "of" ("University of ...") (``facility_words.tsv``)."""
    return frozenset(word for word, kind in _facility_rows() if kind != "rank")


@lru_cache(maxsize=1)
def load_site_rank_words() -> frozenset[str]:
    """Words of ``facility_words.tsv`` of kind "rank": before a site's head word they name a rank or a
    creed ("the Supreme Court", "the Catholic Church"), an institution rather than a site of its own."""
    return frozenset(word for word, kind in _facility_rows() if kind == "rank")


@lru_cache(maxsize=1)
def _facility_rows() -> tuple[tuple[str, str], ...]:
    rows = []
    for number, cells in _rows("facility_words.tsv"):
        word = cells[0]
        if not word or word != word.lower() or " " in word:
            raise ValueError(f"facility_words.tsv:{number}: expected one lower-case word")
        rows.append((word, cells[1] if len(cells) > 1 else ""))
    return tuple(rows)


@lru_cache(maxsize=1)
def load_road_numbers() -> tuple[tuple[str, ...], frozenset[str]]:
    """(prefixes a road number starts with, words that show a text speaks of roads) (``road_numbers.tsv``)."""
    prefixes: list[str] = []
    context: set[str] = set()
    for number, cells in _rows("road_numbers.tsv"):
        if len(cells) < 2 or cells[0] not in ("prefix", "context") or not cells[1] or " " in cells[1]:
            raise ValueError(f"road_numbers.tsv:{number}: expected 'prefix' or 'context' and one word")
        if cells[0] == "prefix":
            if not cells[1].rstrip("-").isalpha() or not cells[1].rstrip("-").isupper():
                raise ValueError(f"road_numbers.tsv:{number}: a prefix is capital letters, perhaps with a hyphen")
            prefixes.append(cells[1])
        else:
            context.add(cells[1].lower())
    return tuple(prefixes), frozenset(context)


@lru_cache(maxsize=1)
def load_territories() -> dict[str, str]:
    """ISO2 code of a dependent territory -> ISO2 code of the country it belongs to ("MP" -> "US")
    (``territories.tsv``)."""
    table: dict[str, str] = {}
    for number, cells in _rows("territories.tsv"):
        if len(cells) < 2 or not all(len(c) == 2 and c.isalpha() and c.isupper() for c in cells[:2]):
            raise ValueError(f"territories.tsv:{number}: expected two ISO2 codes")
        table[cells[0]] = cells[1]
    return table



@lru_cache(maxsize=1)
def load_town_zones() -> dict[tuple[str, str, str], tuple[float, float]]:
    """(ISO2, the town's name normalised, zone word) -> (latitude, longitude) of the zone
    (``town_zones.tsv``): "the North Zone of Rio de Janeiro"."""
    from conflictscope.geo.gazetteer import normalize_name

    table: dict[tuple[str, str, str], tuple[float, float]] = {}
    for number, cells in _rows("town_zones.tsv"):
        if cells[0].lower() == "town":
            continue  # the header row
        if len(cells) < 5 or len(cells[1]) != 2 or not cells[1].isalpha() or cells[2] not in ("north", "south", "east", "west", "central"):
            raise ValueError(f"town_zones.tsv:{number}: expected a town, an ISO2 code, a zone, latitude and longitude")
        table[(cells[1].upper(), normalize_name(cells[0]), cells[2])] = _point("town_zones.tsv", number, cells, 3)
    return table


# The toponym resolver's word tables (read by geo/words.py) and their kinds; each file's header says what
# a kind does.
GEO_WORD_TABLES: dict[str, tuple[str, ...]] = {
    "place_words.tsv": (
        "connector", "izafe", "article", "english_article", "region", "city", "second_level", "neighbourhood_before", "named_after",
        "neighbourhood_after", "street", "part", "chain", "people_after", "people_after_pair", "people_head", "arms_head", "allegiance", "direction", "name_particle",
        "front", "place_preposition", "unknown_place_preposition", "site_preposition", "site_joiner", "place_verb", "g_for_q",
    ),
    "person_words.tsv": ("title", "first_name"),
    "common_words.tsv": ("common",),
    "organisation_words.tsv": ("head", "organisation", "institution"),
}


@lru_cache(maxsize=None)
def load_geo_words(name: str) -> dict[str, frozenset[str]]:
    """Kind -> its lower-case words, for one of the resolver's word tables (``GEO_WORD_TABLES``: words of
    place names and the phrases around them, person words, common words, organisation words); an
    unknown kind or a phrase raises ValueError naming the file."""
    table = read_word_sets(name, GEO_WORD_TABLES[name])
    for kind, words in table.items():
        for word in words:
            if not word or " " in word:
                raise ValueError(f"{name}: expected one word, got {word!r} ({kind})")
    return table


@lru_cache(maxsize=1)
def load_organisation_names() -> tuple[str, ...]:
    """Multi-word names of organisations and outlets, as written (``organisation_names.tsv``)."""
    return tuple(cells[0] for cells in read_rows("organisation_names.tsv", 1) if cells[0])
