"""Where a sentence says things happened: the places of its events, without the places it names for
another reason (a speaker's place, where someone is from, a bearing, a container, a group's name, a
region or larger town that only situates the town before it)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from spacy.tokens import Token

from conflictscope.events.mention import SentenceFacts
from conflictscope.events.predicates.places import PLACE_NOUNS, is_bearing, is_container, is_reporting_from
from conflictscope.events.predicates.syntax import in_subtree, place_token
from conflictscope.geo.coordinates import is_point
from conflictscope.geo.gazetteer import default_gazetteer, distance_km, normalize_name
from conflictscope.geo.words import ARMS_HEADS, BEARINGS, CHAIN_WORDS, CITY_WORDS, NAMED_AFTER, PEOPLE_HEADS, REGION_WORDS, SECOND_LEVEL_WORDS
from conflictscope.knowledge import read_word_sets
from conflictscope.knowledge.geo_data import load_town_zones
from conflictscope.mentions.actors import ActorReader
from conflictscope.nlp.analyze import text_of
from conflictscope.types import PlaceMention

# (name, country code) -> is it a region of that country
RegionTest = Callable[[str, str], bool]

# A town held by a district or a town named after it lies this near it (_holds_named_unit)
HELD_TOWN_KM = 150

# The words between a town and the town after it that situates it: " in ", " city in rural ", " town in al-".
TOWN_IN_TOWN = re.compile(
    r"(?:\s+(?:city|town|village|area))?\s+in\s+(?:(?:the|rural|northern|southern|eastern|western|central)\s+)*(?:(?:al|el|ar|as|ad|ash|an|at|az|ez)\s*-\s*)?",
    re.IGNORECASE,
)


def event_places(facts: SentenceFacts, actors: ActorReader, is_region_name: RegionTest) -> list[PlaceMention]:
    """Where the sentence says things happened: its towns, else its regions (not a speaker's
    place, an affiliation, a bearing, a container or a group's name); a great city's zone that the
    sentence names with the town, at the zone (town_zones.tsv)."""
    found = _event_places(facts, actors, is_region_name)
    if found and any(w in facts.sent.text.lower() for w in ("zone", "zona")):
        text = text_of(facts.sent.doc)
        found = [_at_its_zone(text, m) for m in found]
    return found


# "the North Zone of Rio de Janeiro", "in the city's West Zone": the zone named before its town
_ZONE_BEFORE = re.compile(r"\b(north|south|east|west|central)(?:ern)?\s+zone\s+of\s+(?:the\s+city\s+of\s+)?$", re.IGNORECASE)
# "Rio de Janeiro's North Zone", "São Paulo (East Zone)", "Rio de Janeiro, North Zone"
_ZONE_AFTER = re.compile(r"^(?:['’]s?\s+|\s*[,(]\s*)(?:the\s+)?(north|south|east|west|central)(?:ern)?\s+zone\b", re.IGNORECASE)
# "na Zona Norte do Rio de Janeiro" (Portuguese, in local press quoted in English)
_ZONA_BEFORE = re.compile(r"\bzona\s+(norte|sul|leste|oeste|central|centro)\s+(?:do|de|da)\s+$", re.IGNORECASE)
_ZONA_WORDS = {"norte": "north", "sul": "south", "leste": "east", "oeste": "west", "central": "central", "centro": "central"}


def _at_its_zone(text: str, mention: PlaceMention) -> PlaceMention:
    """The mention moved to the point of the zone of its town that the text names with it."""
    place = mention.place
    if place.feature != "city" or not place.country_code:
        return mention
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 30]
    zone = None
    if m := _ZONE_BEFORE.search(before):
        zone = m.group(1).lower()
    elif m := _ZONA_BEFORE.search(before):
        zone = _ZONA_WORDS[m.group(1).lower()]
    elif m := _ZONE_AFTER.match(after):
        zone = m.group(1).lower()
    if zone is None:
        return mention
    point = load_town_zones().get((place.country_code, normalize_name(place.name), zone))
    if point is None:
        return mention
    # (the town's geonameid stays: a sentence that names the town alone tells of the same place)
    zoned = replace(place, name=f"{place.name}-{zone.capitalize()} Zone", latitude=point[0], longitude=point[1])
    return replace(mention, place=zoned)


def _event_places(facts: SentenceFacts, actors: ActorReader, is_region_name: RegionTest) -> list[PlaceMention]:
    sent = facts.sent
    speaker_roots = [a.speaker_token for a in facts.attributions if a.speaker_token is not None]
    tokens = {}
    for mention in facts.places:
        token = place_token(sent, mention)
        if token is not None:
            tokens[id(mention)] = token
    kept = []
    affiliations = []  # towns named as where people are from ("residents of Soweto")
    for mention in facts.places:
        token = tokens.get(id(mention))
        if token is None:
            continue
        if any(in_subtree(token, root) for root in speaker_roots):
            continue
        if _is_affiliation(token, actors):
            affiliations.append(mention)
            continue
        if is_reporting_from(token) or _is_road_end(token) or _names_a_pact(token):
            continue
        towns = {t.i for m, t in ((m, tokens.get(id(m))) for m in facts.places) if t is not None and m.place.feature == "city"}
        if is_container(token, towns | {token.i}) or _holds_named_unit(token, tokens, mention, facts.places) or _is_qualifier(mention, token, facts.places, tokens, is_region_name):
            continue
        if _division_holding_town_before(mention, token, facts.places, tokens):
            continue
        if actors.group_at(token) is not None:
            continue
        kept.append(mention)
    if affiliations:
        kept = _without_towns_situating(text_of(sent.doc), kept, affiliations)
    kept = _without_possessor_towns(text_of(sent.doc), kept)
    kept = _without_states_by_their_towns(kept, tokens)
    kept = _without_second_places(kept, tokens)
    cities = [m for m in kept if m.place.feature == "city"]
    points = [m for m in cities if is_point(m.place)]
    if points:
        # "boarded in position 13:22N 042:54E, 20 nm off Mocha": the coordinates are where ACLED codes
        # an event at sea, not the coast's town named as a bearing
        return points[:1]
    if len(cities) > 1:
        # "Hong Kong protesters in Mong Kok", "Kabul police raided a house in Paghman": a town naming
        # the people it qualifies says where they are from; the other town is where they acted
        own = [m for m in cities if not _qualifies_people(tokens[id(m)])]
        if own:
            kept = [m for m in kept if m in own or m.place.feature != "city"]
            cities = own
    if len(cities) > 1:
        # so does a town after the people by "in" ("Police in Lagos opened fire on protesters at the
        # Lekki toll gate"), when the other town is a scene within it or by it, not a bearing ("protesters
        # in Bago, north of Yangon": Bago is the scene) nor a town far off ("Police in Lagos arrested five
        # protesters from Ibadan", "... to demand the release of activists detained in Kano")
        own = [m for m in cities if not _people_in(tokens[id(m)])]
        theirs = [m for m in cities if m not in own]
        if own and theirs and all(
            any(not is_bearing(tokens[id(o)]) and distance_km(o.place, m.place) <= PEOPLES_TOWN_KM for o in own) for m in theirs
        ):
            kept = [m for m in kept if m in own or m.place.feature != "city"]
            cities = own
    # "in Habla, south of Qalqilya", "40km north of Gorom-Gorom, coded ... as Bangao": a town given as
    # a bearing only says where the other town is; with no other town, "south of Sheikh Zuweid
    # (Rafah, North Sinai)", it is where the event was, near it
    placed = [m for m in cities if not is_bearing(tokens[id(m)])]
    if placed:
        return placed
    if cities:
        return cities
    regions = [m for m in kept if m.place.feature in ("admin1", "region") and not (len(facts.places) > 1 and is_bearing(tokens[id(m)]))]
    if regions:
        return [_where_its_people_live(m, tokens[id(m)], facts.places, actors) for m in regions]
    # A village the gazetteer lacks, situated by its country ("in the village of Kpatawe, Ivory
    # Coast"): the smallest place the text states is the country, where the event is coded (ACLED's
    # precision 3). An event known only to its country otherwise is not recorded.
    return [m for m in kept if m.place.feature == "country" and _situates_unknown_name(m, tokens[id(m)], facts.places, actors)][:1]


@lru_cache(maxsize=1)
def second_place_words() -> dict[str, frozenset[str]]:
    """second_places.tsv by kind: care (hospital, morgue), carry (take, rush, admit), treat, speak."""
    return read_word_sets("second_places.tsv", ("care", "carry", "treat", "speak"))


@lru_cache(maxsize=1)
def speech_words() -> dict[str, frozenset[str]]:
    """speech_venues.tsv by kind: venue (where statements are made: "a news conference"), verb,
    issue (verbs of issuing a statement), statement (what is issued)."""
    return read_word_sets("speech_venues.tsv", ("venue", "verb", "issue", "statement"))


# Prepositions that put a speaker somewhere ("said in Monrovia", "told reporters in Kabul").
_SPEAKING_AT = frozenset({"in", "at", "from"})


def _without_second_places(kept: list[PlaceMention], tokens: dict[int, Token]) -> list[PlaceMention]:
    """A sentence that names where the event was and, besides, where the victims were taken ("the
    wounded were taken to hospital in Peshawar", "treated in Jos") or where someone said it ("the
    ministry said in Monrovia"): the event is where it happened, one event, not one at each. When
    the sentence names no other place, the speaker's place stays; the hospital's town is no scene
    the sentence tells (events/locate.py looks for the event's place around it)."""
    care = [m for m in kept if _care_destination(tokens[id(m)])]
    second = care + [m for m in kept if m not in care and _where_said(tokens[id(m)])]
    if not second:
        return kept
    if len(second) == len(kept):
        # "The wounded were taken to hospital in Peshawar.": a sentence naming only where victims
        # were taken tells of an event placed elsewhere (events/locate.py reads where)
        return [] if len(care) == len(kept) else kept
    return [m for m in kept if m not in second]


def _care_destination(token: Token) -> bool:
    """"taken to hospital in Peshawar", "rushed to Lahore's Jinnah Hospital", "the bodies were moved
    to the morgue in Gao", "died in a hospital in Kano", "being treated in Jos": the place is where the
    victims were taken or cared for. Read up the parse from the name to its verb, through at most six
    words; a care noun on the way and a verb of carrying (or one of treating alone) say it."""
    words = second_place_words()
    node, care = token, False
    for _ in range(6):
        if node.lemma_.lower() in words["care"] or node.lower_ in words["care"]:
            care = True
        if node.pos_ in ("VERB", "AUX") and node is not token:
            lemma = node.lemma_.lower()
            if lemma in words["treat"]:
                return True
            # "taken to the Combined Military Hospital in Rawalpindi": the parse may hang the town on
            # the verb, beside the hospital it was taken to
            care = care or any(
                t.lower_ in words["care"] or t.lemma_.lower() in words["care"]
                for c in node.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "at")
                for t in c.subtree
            )
            return care and lemma in words["carry"]
        if node.head is node:
            return False
        node = node.head
    return False


def _where_said(token: Token) -> bool:
    """"the defence ministry said in Monrovia", "told reporters in Kabul": the place after a verb of
    saying (through at most its object) is where the speaker was. Not a place before the verb: "In
    Kandahar, police said ..." sets the scene of what they said."""
    node = token.head if token.dep_ == "compound" else token
    if node.dep_ == "appos" and node.head.dep_ == "pobj":
        node = node.head  # "told reporters in the capital, Mogadishu": the name stands beside the noun it names
    if node.dep_ != "pobj" or node.head.lower_ not in _SPEAKING_AT:
        return False
    prep = node.head
    verb = prep.head
    words = speech_words()
    if verb.dep_ == "acl" and verb.lemma_.lower() in words["issue"] and verb.head.lemma_.lower() in words["statement"]:
        return True  # "the ISPR said in a statement issued in Rawalpindi": where the statement was issued
    if (verb.lemma_.lower() in words["venue"] or verb.lemma_.lower() in words["statement"]) and verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.lower_ in ("at", "in", "during"):
        # "the spokesman said at a news conference in Islamabad", "the ministry said in a statement
        # in the capital, Kabul": up through the venue or the statement to the verb
        prep = verb.head
        verb = prep.head
    if verb.pos_ in ("NOUN", "PRON") and verb.dep_ in ("dobj", "dative") and verb.head.lemma_.lower() == "tell":
        verb = verb.head  # "told reporters in Kabul"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return verb.pos_ == "VERB" and prep.i > verb.i and not passive and verb.lemma_.lower() in second_place_words()["speak"]


# The words between a town and the larger town after it that situates it: "Soweto, Johannesburg".
_SITUATING_GAP = re.compile(r"\s*,\s*")


def _without_towns_situating(text: str, kept: list[PlaceMention], dropped: list[PlaceMention]) -> list[PlaceMention]:
    """"Residents of Soweto, Johannesburg, barricaded roads": the larger town set off by a comma
    after a town left out (where people are from) only says where that town is; it goes with it, and
    is no scene of its own (events/locate.py places the event, at the first town)."""
    out = []
    for m in kept:
        situates = m.place.feature == "city" and any(
            d.end <= m.start
            and _SITUATING_GAP.fullmatch(text[d.end : m.start])
            and d.place.feature == "city"
            and d.place.country_code == m.place.country_code
            and d.place != m.place
            and m.place.population > d.place.population
            and distance_km(d.place, m.place) <= HELD_TOWN_KM
            for d in dropped
        )
        if not situates:
            out.append(m)
    return out


# "Dhaka's Motijheel area", "Lagos’s Ikeja": the words between a town and the part of it it owns.
POSSESSIVE_GAP = re.compile(r"\s*['’]s?\s+")


@lru_cache(maxsize=1)
def unit_possessive_gap() -> re.Pattern:
    """The words between a division and the town in it that it owns: "Lamu county's Mpeketoni town",
    "Dantewada district's Kuakonda", "Borno State’s Gwoza" (the unit words of place_words.tsv: its
    region and second-level words)."""
    units = sorted(REGION_WORDS | SECOND_LEVEL_WORDS, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(u) for u in units) + r")\s*['’]s?\s+", re.IGNORECASE)


def _without_possessor_towns(text: str, kept: list[PlaceMention]) -> list[PlaceMention]:
    """"in Dhaka's Motijheel area", "in Lamu county's Mpeketoni town": a town (or the division named
    after it) owning the place after it ("'s") says where that place is; the event was in the smaller
    place, one event, not one in each."""
    out = []
    for m in kept:
        owned = any(
            o is not m
            and o.start >= m.end
            and o.place.feature == "city"
            and o.place.country_code == m.place.country_code
            and o.place != m.place
            and (POSSESSIVE_GAP.fullmatch(text[m.end : o.start]) or unit_possessive_gap().fullmatch(text[m.end : o.start]))
            for o in kept
        )
        if not (owned and m.place.feature == "city"):
            out.append(m)
    return out


def _without_states_by_their_towns(kept: list[PlaceMention], tokens: dict[int, Token]) -> list[PlaceMention]:
    """"Moscow's warplanes struck Idlib", "Damascus's troops shelled Kafr Nabl": a town in the
    possessive before a noun for armed forces or weapons stands for its state; the event is at the
    other place the sentence names (with no other place, the town stays)."""
    states = [m for m in kept if m.place.feature == "city" and _owns_arms(tokens[id(m)])]
    if not states or len(states) == len(kept):
        return kept
    return [m for m in kept if m not in states]


def _owns_arms(token: Token) -> bool:
    """The town is a possessor ("Moscow's", "Damascus’s") of a noun for armed forces or weapons."""
    node = token
    while node.dep_ == "compound" and node.head is not node and node.head.pos_ == "PROPN":
        node = node.head  # "Addis" -> "Ababa"
    if node.dep_ != "poss" or not any(c.dep_ == "case" for c in node.children):
        return False
    head = node.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in ARMS_HEADS


def _where_its_people_live(mention: PlaceMention, token: Token, places: list[PlaceMention], actors: ActorReader) -> PlaceMention:
    """"in Al Krimiyah (Aljfara)", "in Oba town in Idemili South LGA (Anambra)": a province that
    situates a village the gazetteer lacks is no event told at the province, which ACLED codes at the
    provincial capital (Gazetteer.named_seat), but one at that village, somewhere in it: the province
    is placed where its people live (Gazetteer.settled_centre), the likeliest place of an unknown
    village. A province named alone ("in Anbar province") keeps its seat."""
    if mention.place.feature != "admin1" or not _situates_unknown_name(mention, token, places, actors, bracket_person=True):
        return mention
    return PlaceMention(mention.text, mention.start, mention.end, default_gazetteer().settled_centre(mention.place))


def _situates_unknown_name(
    mention: PlaceMention, token: Token, places: list[PlaceMention], actors: ActorReader, bracket_person: bool = False
) -> bool:
    """"Kpatawe, Ivory Coast", "Kpatawe (Ivory Coast)": the country, set off by commas or brackets,
    follows a proper name that is no place we know, no person and no group's name."""
    doc = token.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].text not in (",", "("):
        return False
    if span.end < len(doc) and doc[span.end].text not in (",", ")", ".", ";"):
        return False  # "Ahmed, Nigeria captain": the country names something else
    before = doc[span.start - 2]
    # (``bracket_person``: the tagger calls many unknown village names people's, "Albu Shajal (Anbar)";
    # a person's name is not followed by a region in brackets)
    # (not a word for a division the tagger took for a name: "Danhono in Chikun LGA (Kaduna)")
    person_ok = bracket_person and doc[span.start - 1].text == "(" and before.ent_type_ == "PERSON" and before.lower_ not in CHAIN_WORDS
    if before.pos_ != "PROPN" or not before.text[:1].isupper() or (before.ent_type_ in ("PERSON", "ORG", "NORP") and not person_ok):
        return False
    if actors.group_at(before) is not None:
        return False
    return not any(m.start <= before.idx < m.end for m in places)


def _qualifies_people(token: Token) -> bool:
    """The town's name is a modifier of a noun for people ("Hong Kong protesters", "Kabul police"),
    not of a place noun ("Kabul airport")."""
    node = token
    while node.dep_ == "compound" and node.head.pos_ == "PROPN" and node.head is not node:
        node = node.head  # "Hong" -> "Kong"
    head = node.head
    return (
        node.dep_ in ("compound", "nmod", "amod")
        and head is not node
        and head.pos_ == "NOUN"
        and head.i > node.i
        and head.lemma_.lower() not in PLACE_NOUNS
        and head.lemma_.lower() in PEOPLE_HEADS
    )


PEOPLES_TOWN_KM = 30  # a scene this near the town of the people who acted is within their town or by it


def _people_in(token: Token) -> bool:
    """The town is the object of "in" after a noun for the people who act ("Police in Lagos opened fire
    ..."): the subject of its clause, not its victims ("killed villagers in Kaduna")."""
    node = token
    while node.dep_ == "compound" and node.head is not node:
        node = node.head  # "Port" -> "Harcourt"
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    people = prep.head
    return (
        people.pos_ in ("NOUN", "PROPN") and people.dep_ == "nsubj" and people.i < prep.i
        and people.lemma_.lower() in PEOPLE_HEADS
    )


def _is_road_end(token: Token) -> bool:
    """"blocked the state highway to Tula", "the road from Gao to Ansongo": a town a road leads to or
    from names the road, not where things on it happened (a place the sentence or the report names
    elsewhere is)."""
    from conflictscope.events.locate import road_words

    node = token.head if token.dep_ == "compound" else token
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in ("to", "towards", "toward", "from"):
        return False
    # the parser may hang "to Tula" on the verb ("blocked ... to Tula"): the noun right before the
    # preposition says it too
    nouns = [prep.head] + ([prep.doc[prep.i - 1]] if prep.i > 0 else [])
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in road_words()[0] for n in nouns)


def _is_affiliation(token: Token, actors: ActorReader) -> bool:
    """"a police officer of Tochtepec municipality", "a resident of Goma": where someone is from."""
    node = token.head if token.dep_ == "compound" else token
    head = node.head
    if node.dep_ == "pobj" and head.lower_ in ("of", "from") and head.head.pos_ == "NOUN":
        governor = head.head
        return actors.actor_at(governor) is not None and governor.lemma_.lower() not in PLACE_NOUNS
    return False


def _names_a_pact(token: Token) -> bool:
    """"under the Algiers accord", "the Minsk agreements", "during the Astana talks": a place naming a
    pact, talks or a meeting held there once is no scene of the sentence's events."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.lower_ in NAMED_AFTER and token.head.i > token.i


def _holds_named_unit(token: Token, tokens: dict[int, Token], mention: PlaceMention, places: list[PlaceMention]) -> bool:
    """"Sopore town of Baramulla district", "Mamond tehsil of Bajaur district", "Kot village in Swat":
    a place after "of" or "in" that hangs on a named town, village or local unit ("<name> town") is the
    unit that holds it, no second scene."""
    node = token.head if token.dep_ == "compound" and token.head.lower_ in CHAIN_WORDS else token
    if node.dep_ != "pobj" or node.head.lower_ not in ("of", "in"):
        return False
    unit = node.head.head
    if unit.lower_ not in CITY_WORDS and unit.lower_ not in SECOND_LEVEL_WORDS:
        return False
    held = {t.i: m for m, t in ((m, tokens.get(id(m))) for m in places) if t is not None and m is not mention}
    # a district or a town lies near the towns it holds: a held name read as a town far from it is
    # a doubtful reading ("Khetolai village of Pokhran subdivision" is no Khetri), and the holder stays
    # (a region may stretch far: "Myrzakent town of Turkistan region")
    region = node is not token and token.head.lower_ in REGION_WORDS
    return any(
        c.dep_ == "compound" and c.i in held and (region or distance_km(held[c.i].place, mention.place) <= HELD_TOWN_KM)
        for c in unit.children
    )


def _is_qualifier(
    mention: PlaceMention, token: Token, places: list[PlaceMention], tokens: dict[int, Token], is_region_name: RegionTest
) -> bool:
    """"Marinka, Donetsk", "Rubaya (Masisi, Nord-Kivu)", "Kati (Kati, Koulikoro)": a name after a
    comma or an opening bracket that follows another place situates it, when it names a region
    (or a town that shares its name with the region the first place is in), or when it opens a
    bracket "(district, region)" (the district: "Rubaya (Masisi, ...)")."""
    doc = token.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    if situates_town_before(text_of(doc), mention, places):
        return True
    k = span.start - 1
    if doc[k].text not in (",", "("):
        return False
    # walk back over the bracket's content to the place it qualifies
    previous = None
    for other in places:
        if other is mention or other.end > mention.start:
            continue
        other_token = tokens.get(id(other))
        if other_token is not None and mention.start - other.end <= 25 and other.place.feature == "city":
            previous = other
        elif (
            other_token is not None
            and mention.start - other.end <= 25
            and other.place.feature == "region"
            and mention.place.feature in ("admin1", "country")
            and mention.place.country_code == other.place.country_code
        ):
            # "Kurram District (Khyber Pakhtunkhwa)": a province or country after one of our own
            # districts (which carry no first-level region) only situates it
            previous = other
    if previous is None:
        return False
    after = span.end
    if after < len(doc) and doc[after].lower_ in SECOND_LEVEL_WORDS:
        # "Siliguri town (Darjeeling district, West Bengal)", "Kalna (Burdwan district)": the
        # bracket's first name is called a district; the unit's word comes before the comma
        after += 1
    if doc[k].text == "(" and after < len(doc) and (doc[after].text == "," or (after > span.end and doc[after].text == ")")) and mention.place != previous.place:
        # "Sirwah (Medghal, Marib)": the first name of a bracket "(district, region)" after a town is
        # the district holding the town, no scene of its own (the town's namesake district, "west of
        # Rafah (Rafah, North Sinai)", is the town itself and stays)
        return True
    if mention.place.feature in ("admin1", "region", "country"):
        return True
    admin = previous.place.admin1
    return bool(admin) and normalize_name(admin) == normalize_name(mention.text) or is_region_name(
        mention.text, previous.place.country_code
    )


# Words that may stand between a town and the division the text says holds it ("Sopore town in north
# Kashmir's Baramulla district", "Crossmaglen, County Armagh"): no verb, at most this many tokens.
DIVISION_GAP_TOKENS = 7
_GAP_POS = frozenset({"ADP", "DET", "ADJ", "PROPN", "NOUN", "PART", "PUNCT"})


def _division_holding_town_before(mention: PlaceMention, token: Token, places: list[PlaceMention], tokens: dict[int, Token]) -> bool:
    """"Crossmaglen, County Armagh", "Sopore town in north Kashmir's Baramulla district", "Kot village
    of Swat district": a name the text itself calls a division (a county, a district, a province: the
    word before or after it), named right after a town of the same country it holds, situates that
    town, whatever the gazetteer reads the name as (Armagh the town, Baramulla the town); the event is
    at the town, one event, not a second one at the division's seat."""
    if mention.place.feature != "city":
        return False  # (a region beside a town gives way to it anyway: _event_places keeps towns first)
    doc = token.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    division_words = REGION_WORDS | SECOND_LEVEL_WORDS
    before = doc[span.start - 1].lower_ in division_words and doc[span.start - 1].text[:1].isupper()
    after = span.end < len(doc) and doc[span.end].lower_ in division_words
    if not (before or after):
        return False
    first = span.start - 1 if before else span.start
    for other in places:
        if other is mention or other.end > mention.start or other.place.feature != "city":
            continue
        if other.place.country_code != mention.place.country_code or other.place == mention.place:
            continue
        other_token = tokens.get(id(other))
        other_span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if other_token is None or other_span is None:
            continue
        gap = doc[other_span.end : first]
        if not gap or len(gap) > DIVISION_GAP_TOKENS:
            continue
        if not any(t.text == "," or t.lower_ in ("in", "of") for t in gap):
            continue
        if any(t.pos_ not in _GAP_POS or (t.pos_ == "PUNCT" and t.text != ",") for t in gap):
            continue
        # (a noun between is the town's own word or a bearing's, "Sopore town in north Kashmir's"; a
        # name between is a place read as one, "north Kashmir's": an unknown one, "San Juan de Micay, Los
        # Cedros, Argelia municipality", may be the village the division holds, the town a doubtful reading)
        if any(t.pos_ == "NOUN" and t.lower_ not in CITY_WORDS | division_words | BEARINGS for t in gap):
            continue
        if any(t.pos_ == "PROPN" and t.lower_ not in BEARINGS and not any(p.start <= t.idx < p.end for p in places) for t in gap):
            continue
        if distance_km(other.place, mention.place) <= HELD_TOWN_KM:
            return True
    return False


def situates_town_before(text: str, mention: PlaceMention, places: list[PlaceMention]) -> bool:
    """"Ras al Ain in al-Hasakeh", "Ein Issa city in rural Ar-Raqqa": a larger town named after "in"
    right behind a town of the same first-level region says where that town is (the parse may hang
    "in Y" on the verb, so this reads the words between the two names). Not a smaller one: "the
    road linking Aden to Taizz in At Turbah area" happened in At Turbah."""
    if mention.place.feature != "city" or not mention.place.admin1:
        return False
    for other in places:
        if other is mention or other.end > mention.start or other.place.feature != "city" or other.place == mention.place:
            continue
        if mention.place.population <= other.place.population:
            continue
        if TOWN_IN_TOWN.fullmatch(text[other.end : mention.start]) and normalize_name(other.place.admin1 or "") == normalize_name(
            mention.place.admin1
        ):
            return True
    return False
