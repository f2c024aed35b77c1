"""The resolver's word lists, read from the knowledge tables (knowledge/data: ``place_words.tsv``,
``person_words.tsv``, ``common_words.tsv``, ``organisation_words.tsv``, ``organisation_names.tsv``; each
file's header says why each list is there). Here they get the names the resolver's modules use, and the
unions the rules read."""

from __future__ import annotations

from conflictscope.geo.gazetteer import normalize_name
from conflictscope.knowledge.geo_data import load_geo_words, load_organisation_names

_PLACE = load_geo_words("place_words.tsv")
_PERSON = load_geo_words("person_words.tsv")
_ORGANISATION = load_geo_words("organisation_words.tsv")

# Words inside a name: "Bosnia and Herzegovina", "Pul-i-Alam", "Ar-Raqqa" (ENGLISH_WORDS: the articles
# that are also English words, "Dima Hasao at Haflong").
CONNECTORS, IZAFE, ARTICLES, ENGLISH_WORDS = (_PLACE[k] for k in ("connector", "izafe", "article", "english_article"))

# Words after a name (or before "of" it) that say what kind of place it is: "Herat province", "the town of
# Jos", "Balkh district".
REGION_WORDS, CITY_WORDS, SECOND_LEVEL_WORDS = (_PLACE[k] for k in ("region", "city", "second_level"))

# Words that make a name a part of a town, not a town of its own: "Colonia Centenario", "Morro do Juiz
# neighborhood", "Murree road"; PART_WORDS: parts of a town named before it ("the Ilya square in Sidon").
NEIGHBOURHOOD_WORDS = _PLACE["neighbourhood_before"]
# Nouns a place name qualifies as the name of a pact or meeting: "the Algiers accord", "the Astana talks".
NAMED_AFTER = _PLACE["named_after"]
NEIGHBOURHOOD_AFTER = _PLACE["neighbourhood_after"]
STREET_WORDS = _PLACE["street"]
PART_WORDS = STREET_WORDS | NEIGHBOURHOOD_WORDS | _PLACE["part"]

# Words that make a name a people or an allegiance, not a place: "Nuba groups", "pro-Hadi".
PEOPLE_AFTER, ALLEGIANCE_PREFIXES = _PLACE["people_after"], _PLACE["allegiance"]
# Nouns for people whose town a name before them gives ("Hong Kong protesters", "Kabul police").
PEOPLE_HEADS = _PLACE["people_head"]
# Nouns for armed forces and weapons a town in the possessive before them stands for its state
# ("Moscow's warplanes").
ARMS_HEADS = _PLACE["arms_head"]
# ... and after names joined by "and": "Kikuyu and Luo militia".
PEOPLE_AFTER_PAIR = PEOPLE_AFTER | _PLACE["people_after_pair"]

# Words between a place and the region that contains it ("Zinda Jan district, Herat"), and directions
# ("in eastern Ar-Raqqa countryside", "Doutchi, south of Diffa").
CHAIN_WORDS = REGION_WORDS | CITY_WORDS | SECOND_LEVEL_WORDS | _PLACE["chain"]
DIRECTIONS = _PLACE["direction"]
# The directions that are compass bearings ("northwestern", "west"; not "rural" or "greater"), and with
# "central" the words for a part of a country or a region by where it lies ("north Kashmir", "central Mali")
COMPASS = frozenset(word for word in DIRECTIONS if any(point in word for point in ("north", "south", "east", "west")))
BEARINGS = COMPASS | (DIRECTIONS & {"central"})

# Words that mark a name as a place: "on the Saraqab front", "in Zarbinak"; before a name the gazetteer
# lacks ("in Portroe"); around a site's name ("the Museum of Ice Cream in Brooklyn").
FRONT_WORDS, PLACE_PREPOSITIONS = _PLACE["front"], _PLACE["place_preposition"]
UNKNOWN_PLACE_PREPOSITIONS = _PLACE["unknown_place_preposition"]
SITE_PREPOSITIONS, SITE_JOINERS = _PLACE["site_preposition"], _PLACE["site_joiner"]
# Verbs whose object is a place when it is a name: "shelled Hodeidah".
PLACE_VERBS = _PLACE["place_verb"]
# Countries whose spellings write "g" for the Arabic "q": "Garabulli" (Libya) is Qarabulli.
G_FOR_Q_COUNTRIES = frozenset(code.upper() for code in _PLACE["g_for_q"])

# People's names: "President Aliyev", "John Kerry".
TITLES, FIRST_NAMES = _PERSON["title"], _PERSON["first_name"]

# Capitalised words that name no place in news text; a title is one too.
STOP_WORDS = load_geo_words("common_words.tsv")["common"] | TITLES

# Organisations' names: "Al Jazeera"; "Kabul University", "Baku Police"; "Geo office", "Kabul Bank".
ORG_NAMES = frozenset(normalize_name(n) for n in load_organisation_names())
ORG_HEAD_WORDS = _ORGANISATION["head"]
ORG_WORDS = _ORGANISATION["organisation"] | _ORGANISATION["institution"]
# Common words that are not directions, region words or particles of a place name: inside an entity,
# they make it an organisation ("Geo office").
ORG_COMMON = STOP_WORDS - DIRECTIONS - REGION_WORDS - CITY_WORDS - _PLACE["name_particle"]
