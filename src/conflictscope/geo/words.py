"""The resolver's word lists, read from the knowledge tables (knowledge/data: ``place_words.tsv``,
``person_words.tsv``, ``common_words.tsv``, ``organisation_words.tsv``, ``organisation_names.tsv``; each
file's header says why each list is there). Here they get the names the resolver's modules use, and the
unions the rules read."""

from __future__ import annotations

from conflictscope.geo.gazetteer import normalize_name
from conflictscope.knowledge.geo_data import (
    load_common_words,
    load_organisation_names,
    load_organisation_words,
    load_person_words,
    load_place_words,
)

_PLACE = load_place_words()
_PERSON = load_person_words()
_ORGANISATION = load_organisation_words()

# words inside a name: "Bosnia and Herzegovina", "Pul-i-Alam", "Ar-Raqqa"
CONNECTORS = _PLACE["connector"]
IZAFE = _PLACE["izafe"]
ARTICLES = _PLACE["article"]
ENGLISH_WORDS = _PLACE["english_article"]  # articles that are also English words

# words around a name that say what kind of place it is, or that it is no place of its own
REGION_WORDS = _PLACE["region"]
CITY_WORDS = _PLACE["city"]
SECOND_LEVEL_WORDS = _PLACE["second_level"]
NEIGHBOURHOOD_WORDS = _PLACE["neighbourhood_before"]
NEIGHBOURHOOD_AFTER = _PLACE["neighbourhood_after"]
STREET_WORDS = _PLACE["street"]
# parts of a town named before it: street words, neighbourhood words and the rest ("square", "area")
PART_WORDS = STREET_WORDS | NEIGHBOURHOOD_WORDS | _PLACE["part"]
PEOPLE_AFTER = _PLACE["people_after"]
ALLEGIANCE_PREFIXES = _PLACE["allegiance"]
# words between a place and the region that contains it: region, city and second-level words and the rest
CHAIN_WORDS = REGION_WORDS | CITY_WORDS | SECOND_LEVEL_WORDS | _PLACE["chain"]
DIRECTIONS = _PLACE["direction"]
FRONT_WORDS = _PLACE["front"]
PLACE_PREPOSITIONS = _PLACE["place_preposition"]
UNKNOWN_PLACE_PREPOSITIONS = _PLACE["unknown_place_preposition"]
SITE_PREPOSITIONS = _PLACE["site_preposition"]
SITE_JOINERS = _PLACE["site_joiner"]

# people's names
TITLES = _PERSON["title"]
FIRST_NAMES = _PERSON["first_name"]

# Capitalised words that name no place in news text; a title is one too.
STOP_WORDS = load_common_words() | TITLES

# organisations' names
ORG_NAMES = frozenset(normalize_name(n) for n in load_organisation_names())
ORG_HEAD_WORDS = _ORGANISATION["head"]
ORG_WORDS = _ORGANISATION["organisation"] | _ORGANISATION["institution"]
# Common words that are not directions, region words or particles of a place name: inside an entity,
# they make it an organisation ("Geo office").
ORG_COMMON = STOP_WORDS - DIRECTIONS - REGION_WORDS - CITY_WORDS - _PLACE["name_particle"]
