"""Candidate place names in a parsed document (the first step of geo/resolve.py).

NER labels from the small English model are only a hint (it calls "Stepanakert" a person and "Ganja" an
organisation), so candidates are runs of capitalised tokens checked against the gazetteer, then filtered:
demonyms, common words, people's names, organisations' and streets' names are rejected
(``CandidateFinder``). The words around a name say what kind of place it is (``kind_hint``,
``second_level_after``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, TypedDict

from spacy.tokens import Span

from conflictscope.geo.gazetteer import CONTINENT_EXTRA_NAMES, Gazetteer, distance_km, normalize_name
from conflictscope.geo.words import (
    ALLEGIANCE_PREFIXES,
    ARTICLES,
    CITY_WORDS,
    CONNECTORS,
    ENGLISH_WORDS,
    FIRST_NAMES,
    IZAFE,
    NEIGHBOURHOOD_AFTER,
    NEIGHBOURHOOD_WORDS,
    ORG_COMMON,
    ORG_HEAD_WORDS,
    ORG_NAMES,
    ORG_WORDS,
    PEOPLE_AFTER,
    PEOPLE_AFTER_PAIR,
    REGION_WORDS,
    SECOND_LEVEL_WORDS,
    STOP_WORDS,
    STREET_WORDS,
    TITLES,
)
from conflictscope.knowledge import load_focus_words
from conflictscope.mentions.dates import is_month_name
from conflictscope.knowledge.geo_data import load_demonyms, load_facility_words, load_landmarks, load_road_numbers
from conflictscope.types import Place

# Words after a first-level region's name ("Central Province", "Eastern Region"): place_words.tsv's
# region words that are no second-level division's
FIRST_LEVEL_WORDS = REGION_WORDS - SECOND_LEVEL_WORDS
# The word English writes before an Irish county's name ("County Tyrone", "Co. Kerry"), and the
# countries whose counties are so named: Ireland, and the United Kingdom for Northern Ireland's six
COUNTY_BEFORE = frozenset({"county", "co."})
IRISH_COUNTIES = frozenset({"IE", "GB"})

# A town named by a saint's possessive ("St. John's", "Saint George's") this large is named so in the news
SAINTS_TOWN = 5_000
MAX_NAME_TOKENS = 4  # capitalised tokens in one name
MAX_SPAN_TOKENS = 8  # including connectors and hyphens
# Words opening a saint's name ("St Joseph's Cathedral": _saints_building)
SAINT_WORDS = frozenset({"st", "saint", "sainte", "ste", "sts"})
EMBEDDED_TOWN = 100_000  # a town named inside an organisation's name is read only when this large

_HYPHENS = {"-", "–", "—", "‐"}
STRONG_ENTS = {"GPE", "LOC", "FAC"}  # NER labels that make a name a place


class SpanExtras(TypedDict, total=False):
    """What the text around a name says of it, set by the steps of geo/resolve.py as they read it (a
    key is absent until the step that reads it has run: read with ``.get``)."""

    # CandidateFinder.spans (this module)
    embedded: bool  # a place named inside an organisation's or team's name (the geoparser's reading)
    person_weak: bool  # the name may be a person's ("Jordan said")
    fragment: str  # "" (a whole name), "space" or "hyphen": part of a longer capitalised name joined so
    currency: bool  # a country's name before a currency word ("the US dollar")
    second_level: bool  # followed by a second-level word ("Balkh district")
    neighbourhood: bool  # followed by a neighbourhood word ("in Grama neighborhood")
    # geo/situate.py
    listed: tuple[str, str | None]  # in a list of countries ("country", None) or of one country's regions ("admin1", code)
    chain: list[CandidateSpan]  # the names after it that situate it ("X, Y, Z")
    chain_adjacent: bool  # the chain starts right after the name ("Tijuana Baja California")
    container: bool  # it situates the name before it
    situates: set[str]  # country codes of the names it situates
    in_town: CandidateSpan  # the town it is said to be in ("the Seray in Tripoli")
    within: tuple[set[tuple[str, str]], set[str]]  # ((country, region) pairs, countries) that situate it
    by_region: bool  # situated by a region the text names
    variant: bool  # a spelling variant found once the report's countries were known
    # geo/choose.py
    contained: bool  # its reading lies in what situates it
    part_of: CandidateSpan  # a part of this town the gazetteer lacks


@dataclass
class CandidateSpan:
    """A name the gazetteer knows, with its readings and what the text around it says."""

    start: int  # token index
    end: int  # token index, exclusive
    text: str
    char_start: int
    char_end: int
    candidates: list[Place]
    hint: str | None = None  # "admin" or "city"
    tagged_place: bool = False  # NER called it GPE/LOC/FAC
    extras: SpanExtras = field(default_factory=SpanExtras)


def saint_key(name: str) -> str:
    """The lookup key of a name with its saint's word written one way ("Saint George's" = "St. George's")."""
    words = normalize_name(name).split(" ", 1)
    return " ".join(["st"] + words[1:]) if words[0] in SAINT_WORDS and len(words) > 1 else " ".join(words)


class _Name(NamedTuple):
    """A name found in a run: it ends at token ``end``; ``candidates`` None when it is no place."""

    end: int
    candidates: list[Place] | None


def is_cap(tok) -> bool:
    return _capitalised(tok.text)


@lru_cache(maxsize=100_000)
def _capitalised(t: str) -> bool:
    if len(t) > 2 and t[0] in "dl" and t[1] in "'’" and t[2].isupper():
        return True  # "d'Ivoire" in "Côte d'Ivoire", "l'Aquila"
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def _starts_sentence(tok) -> bool:
    """The first word of its sentence, after any opening quotes or brackets ('"Wash your hands')."""
    k = tok.i
    while k > 0 and not tok.doc[k].is_sent_start and tok.doc[k - 1].is_punct and tok.doc[k - 1].text not in ".,;:":
        k -= 1
    return tok.doc[k].is_sent_start


def is_hyphen(tok) -> bool:
    return tok.text in _HYPHENS and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


@lru_cache(maxsize=1)
def group_names() -> frozenset[str]:
    """Armed groups' names ("Taliban" is also a town's alternate name in Turkey)."""
    from conflictscope.knowledge import load_groups

    return frozenset(normalize_name(name) for group in load_groups() for name in group.names)


@lru_cache(maxsize=4)
def place_demonyms(gazetteer: Gazetteer) -> dict[str, str | None]:
    """The demonym table without the words that are also countries' names: the regular plurals
    "Philippines" and "Laos" (of "Philippine", "Lao") name the countries."""
    return {word: code for word, code in load_demonyms().items() if not gazetteer.names_country(word)}


@lru_cache(maxsize=4)
def landmark_towns(gazetteer: Gazetteer) -> dict[str, Place]:
    """Normalised landmark name -> the town it stands in ("the White House" is in Washington): of the
    gazetteer's towns of that name and country, the one nearest the landmark."""
    out: dict[str, Place] = {}
    for name, (code, town, (lat, lon)) in load_landmarks().items():
        site = Place(name=name, country_code=code, latitude=lat, longitude=lon)
        towns = [p for p in gazetteer.candidates(town) if p.country_code == code and p.feature == "city"]
        if towns:
            out[normalize_name(name)] = min(towns, key=lambda p: distance_km(p, site))
    return out


@lru_cache(maxsize=1)
def short_place_names() -> frozenset[str]:
    """Short capitalised forms that our tables give as names of places ("NSW", "KRI", "EU"): read as
    places although most two- and three-letter capitals are not ("KN", "MP", "BA")."""
    from conflictscope.knowledge.geo_data import load_regions

    names = [n for reg in load_regions() for n in reg["alternate_names"]]
    names += [n for extra in CONTINENT_EXTRA_NAMES.values() for n in extra]
    return frozenset(normalize_name(n) for n in names if n.isupper() and len(n) <= 3)


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """Words of the event and actor lexicons ("Artillery", "Rebels" starting a sentence): not towns,
    whatever GeoNames' alternate names say."""
    from conflictscope.knowledge import load_actor_terms, load_triggers

    words = {" ".join(e.words) for e in load_triggers()} | {" ".join(t) for t in load_actor_terms()}
    plurals = {w + "s" for w in words}
    return frozenset(normalize_name(w) for w in words | plurals)


class TokenView:
    """What the name finder reads of every token of a Doc, read once in one pass: spaCy makes a new
    Token object each time ``doc[i]`` is asked for, and the finder looks at the same tokens again and
    again. ``is_cap`` and ``is_hyphen`` of each token as lists; ``span_text(i, j)`` is
    ``doc[i:j].text`` cut from the Doc's text."""

    __slots__ = ("text", "texts", "lowers", "caps", "hyphens", "starts", "n")

    def __init__(self, doc, text: str | None = None):
        texts, lowers, starts, spaced = [], [], [], []
        for t in doc:
            texts.append(t.text)
            lowers.append(t.lower_)
            starts.append(t.idx)
            spaced.append(bool(t.whitespace_))
        self.text = doc.text if text is None else text
        self.texts, self.lowers, self.starts, self.n = texts, lowers, starts, len(texts)
        self.caps = [_capitalised(t) for t in texts]
        # is_hyphen: a hyphen with no space on either side
        self.hyphens = [t in _HYPHENS and not spaced[i] and i > 0 and not spaced[i - 1] for i, t in enumerate(texts)]

    def span_text(self, i: int, j: int) -> str:
        if j <= i:
            return ""
        return self.text[self.starts[i] : self.starts[j - 1] + len(self.texts[j - 1])]


def capitalised_runs(doc, view: TokenView | None = None) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined by hyphens and lower-case connectors."""
    v = view if view is not None else TokenView(doc)
    caps, hyphens, lowers, texts = v.caps, v.hyphens, v.lowers, v.texts
    runs = []
    i, n = 0, v.n
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j = i + 1
        last_cap = i
        while j < n:
            if caps[j]:
                last_cap = j
                j += 1
            elif hyphens[j] or lowers[j] in CONNECTORS:
                j += 1
            elif lowers[j] in IZAFE and (hyphens[j - 1] or (j + 1 < n and hyphens[j + 1])):
                # "Pul-i-Alam", "Pul-e Khumri", "Qala-e-Naw": the Persian linking vowel after a hyphen
                j += 1
            elif texts[j] == "e" and j + 1 < n and caps[j + 1]:
                # "Kut e Abdollah", "Deh e Now": the linking vowel written apart (no English word is a
                # lone "e" between two capitalised words); the gazetteer decides whether the whole is a name
                j += 1
            elif hyphens[j - 1] and j + 1 < n and hyphens[j + 1] and (tok := doc[j]).is_lower and tok.is_alpha and len(tok) <= 5:
                # "Port-au-Prince", "Stratford-upon-Avon": a short linking word between two hyphens
                j += 1
            else:
                break
            if j - last_cap > 4:  # too many joiners in a row ("-e-" is three)
                break
        runs.append((i, last_cap + 1))
        i = last_cap + 1
    return runs


def _entity_of(doc, i: int):
    """The entity covering token ``i``, found from the IOB tags around it (scanning doc.ents for
    every token would be quadratic on long documents)."""
    tok = doc[i]
    if not tok.ent_type_:
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def _strip_det(ent, possessive: bool = False):
    """The entity without its article; with ``possessive``, without a possessive ending it ("Kaga
    Bandoro's" tagged as a person in "in Kaga Bandoro's Lazare site" is the name "Kaga Bandoro"; an
    organisation's, "the European Union's", keeps it)."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    if possessive and end - start > 1 and ent.doc[end - 1].lower_ in ("'s", "’s"):
        end -= 1
    return ent.doc[start:end]


def kind_hint(doc, start: int, end: int) -> str | None:
    """"admin" when the words around the name say it is a region ("Herat province", "the province of
    Herat"), "city" when they say it is a town ("Herat city", "the town of Jos"), else None."""
    if end < len(doc) and doc[end].lower_ in REGION_WORDS:
        return "admin"
    if end < len(doc) and doc[end].lower_ in CITY_WORDS:
        return "city"
    k = start - 1
    if k >= 1 and doc[k].lower_ == "of":
        word = doc[k - 1].lower_
        if word in REGION_WORDS or word.rstrip("s") in REGION_WORDS:
            return "admin"
        if word in CITY_WORDS or word.rstrip("s") in CITY_WORDS or word == "cities":
            return "city"
    return None


def second_level_after(doc, end: int) -> bool:
    """The word after the name is a second-level unit's ("Balkh district", "Suffolk County")."""
    return end < len(doc) and doc[end].lower_ in SECOND_LEVEL_WORDS


@lru_cache(maxsize=1)
def road_number() -> re.Pattern:
    """A road's number: a prefix of road_numbers.tsv, then 1 to 4 digits ("A417", "M4", "I-95")."""
    prefixes, _ = load_road_numbers()
    return re.compile("^(?:" + "|".join(re.escape(p) for p in prefixes) + r")\d{1,4}$")


class CandidateFinder:
    """The candidate place names of one document: capitalised runs the gazetteer knows, less people's,
    organisations', streets' names and common words (``spans``), and the stretches of runs it does not
    know (``unresolved``, filled by ``spans``)."""

    def __init__(self, doc, gazetteer: Gazetteer, embedded: bool = False, text: str | None = None):
        self.doc = doc
        self._doc_text = text  # doc.text, when the caller has it
        self._view: TokenView | None = None
        self.gaz = gazetteer
        # the geoparser's reading: also well-known places named inside organisations' names, and
        # second-level divisions (counties), which events never take
        self.embedded = embedded
        self.demonyms = place_demonyms(gazetteer)
        self.landmarks = landmark_towns(gazetteer) if embedded else {}
        # (start, end, run_start, run_end): capitalised names the gazetteer lacks (set by ``spans``)
        self.unresolved: list[tuple[int, int, int, int]] = []

    @property
    def view(self) -> TokenView:
        if self._view is None:
            self._view = TokenView(self.doc, self._doc_text)
        return self._view

    def person_like(self, start: int, end: int) -> bool:
        """True when the name is a person's ("President Aliyev", "John Kerry"); "person-weak" when only
        NER calls the longer name around it a person."""
        doc = self.doc
        # A title right before the name ("President Aliyev", "Mr. Smith").
        k = start - 1
        if k >= 0 and doc[k].text == "." and not doc[start].is_sent_start:
            k -= 1  # "Gen. Smith"; not "... the Ministry of Justice. Azerbaijan has ..."
        if k >= 0 and doc[k].lower_ in TITLES and is_cap(doc[k]):
            return True
        ent = _entity_of(doc, start)
        if ent is not None and ent.label_ == "PERSON" and len(ent) >= 2 and ent.end >= end:
            inner = _strip_det(ent, possessive=True)
            if (inner.start, inner.end) != (start, end) and not self.gaz.has_name(inner.text):
                if any(t.lower_ in FIRST_NAMES for t in inner):
                    return True
                return "person-weak"  # type: ignore[return-value]
        # A first name followed by another capitalised word, without a PERSON tag.
        if end - start == 1 and doc[start].lower_ in FIRST_NAMES:
            nxt = end
            if nxt < len(doc) and is_cap(doc[nxt]) and not doc[nxt].ent_type_ in STRONG_ENTS:
                return True
        return False

    def _saints_building(self, start: int, end: int) -> bool:
        """"St Joseph's Cathedral", "St. Mary's Catholic Church", "Saint Paul's Hospital": a saint's
        name in the possessive before a word for a building (facility_words.tsv, within three words)
        names the building, not the town of Saint Joseph (Missouri) or of St Paul (Minnesota)."""
        doc = self.doc
        if start > 0 and doc[start - 1].lower_.rstrip(".") in SAINT_WORDS:
            start -= 1  # the name read without its saint's word ("Mary" of "St Mary's")
        if doc[start].lower_.rstrip(".") not in SAINT_WORDS or end >= len(doc) or doc[end].lower_ not in ("'s", "’s", "'", "’"):
            return False
        buildings = load_facility_words()
        if any(t.lower_ in buildings for t in doc[end + 1 : min(end + 4, len(doc))]):
            return True
        # "they burned our own St Paul's", "Mass at St Mary's": the possessive alone, no name going on
        # after it, stands for the church, school or hospital, unless a town of some size bears the
        # possessive name itself ("St. John's", Newfoundland)
        if end + 1 < len(doc) and is_cap(doc[end + 1]):
            return False
        return not any(
            "'" in p.name.replace("’", "'") and p.population >= SAINTS_TOWN for p in self.gaz.candidates(doc[start : end + 1].text)
        )

    def _org_part(self, start: int, end: int) -> bool:
        doc = self.doc
        if start > 0 and doc[start - 1].lower_ in ("in", "at", "near", "outside", "from"):
            return False  # "the Cabinet of Ministers in Kyiv": Kyiv is where, not part of the name
        ent = _entity_of(doc, start)
        if ent is not None and ent.label_ == "ORG" and len(ent) >= 2:
            inner = _strip_det(ent)
            if (inner.start, inner.end) != (start, end) and not self.gaz.has_name(inner.text) and self._org_like(inner):
                return True
        # "Kabul University", "Baku Police": a capitalised organisation word right after the name.
        if end < len(doc) and is_cap(doc[end]) and doc[end].lower_ in ORG_HEAD_WORDS:
            return True
        return False

    def _known_place(self, start: int, end: int, cands: list[Place]) -> bool:
        """A name inside an organisation's name ("the Toronto Police", "Pakistan Army") that is a
        place all the same: a country, a first-level region or a large town, and no word of it an
        organisation word ("Commerce", "Centre" are towns too)."""
        if any(t.lower_ in ORG_HEAD_WORDS or t.lower_ in ORG_WORDS for t in self.doc[start:end]):
            return False
        return any(
            p.feature in ("country", "admin1", "region") or (p.feature == "city" and p.population >= EMBEDDED_TOWN) for p in cands
        )

    def _headed_by_place(self, start: int, end: int) -> bool:
        """A known organisation's name ("The Washington Post", "The Moscow Times") that starts with a
        country, a first-level region or a town of 100,000 or more, by its own name (not an alternate
        name: "Red" in "Red Cross" is no place)."""
        for k in range(end - 1, start, -1):
            key = normalize_name(self.doc[start:k].text)
            if any(
                normalize_name(p.name) == key and (p.feature in ("country", "admin1") or p.population >= EMBEDDED_TOWN)
                for p in self.gaz.candidates(self.doc[start:k].text)
            ):
                return True
        return False

    def _country_abbreviation(self, text: str) -> bool:
        """"US", "UK", "UAE", "DRC": short forms written in news text, known as country names. A bare
        ISO code ("KN" for Karnataka, "MP" for Madhya Pradesh) is not enough."""
        return any(p.feature == "country" for p in self.gaz.candidates(text))

    def _capitals_place(self, text: str, key: str) -> bool:
        """A word in capitals is an acronym ("LURD forces", "SPLA"), unless it is a place's own name
        (a dateline's "TUBMANBURG, Liberia"), a country's short form, a known short form ("NSW"), or a
        large town or region written in capitals under another spelling ("KIEV (Reuters)"). An
        alternate name alone does not make an acronym a place: "LURD" is an old name of Lourdes."""
        if len(text) <= 3 or key in short_place_names():
            return True
        # (not one of our own regions by its name alone: "SWAT officers" are a police unit, not Swat)
        return any(
            (normalize_name(p.name) == key and p.feature != "region") or p.feature not in ("city", "region") or p.population >= EMBEDDED_TOWN
            for p in self.gaz.candidates(text)
        )

    def _org_like(self, ent) -> bool:
        """The small model calls "Ar-Raqqa" and "Rawson (Chubut" organisations: an entity is taken as
        one only with an organisation word in it ("Geo office", "Kabul Bank") or an armed group's
        name, and never across brackets or commas."""
        if any(t.text in ("(", ")", ",") for t in ent):
            return False
        if normalize_name(ent.text) in group_names() or normalize_name(ent.text) in ORG_NAMES:
            return True
        return any(t.lower_ in ORG_HEAD_WORDS or t.lower_ in ORG_WORDS or t.lower_ in ORG_COMMON for t in ent if is_cap(t))

    def _region_of_a_people(self, span, end: int) -> bool:
        """"in Somali region", "Afar Region": a people's name before a region word names the
        first-level region called after it, when the gazetteer has one (Ethiopia's Somali region)."""
        doc = self.doc
        return end < len(doc) and doc[end].lower_ in REGION_WORDS and any(c.feature == "admin1" for c in self.gaz.candidates(span.text))

    def _acceptable_text(self, start: int, end: int) -> bool:
        doc, v = self.doc, self.view
        text = v.span_text(start, end)
        key = normalize_name(text)
        if not key or key in ORG_NAMES or key in group_names() or key in lexicon_words():
            return False
        if (text.lower() in self.demonyms or key in self.demonyms) and not self._region_of_a_people(doc[start:end], end):
            return False
        if end + 1 < v.n and v.hyphens[end] and v.lowers[end + 1] in self.demonyms:
            return False  # a prefix joined to a demonym ("Pan-American", "Afro-Colombian"), not a place
        caps = [k for k in range(start, end) if v.caps[k]]
        if all(v.lowers[k].rstrip(".") in STOP_WORDS for k in caps):  # "St." as "St"
            if len(caps) > 1:
                # "United States" is made of common words but names a country or region, and
                # "Port-au-Prince" a large town by that very name.
                return any(
                    c.feature in ("country", "admin1", "region")
                    or (c.feature == "city" and c.population >= EMBEDDED_TOWN and normalize_name(c.name) == key)
                    for c in self.gaz.candidates(text, admin2=self.embedded)
                )
            # All-capital short forms ("US", "UK", "UAE") may still be countries; a common word
            # followed by the country or province it is in is a town ("in Split, Croatia").
            first = v.texts[caps[0]]
            if not (first.isupper() and self._country_abbreviation(first)) and not self._situated_by_region(end):
                return False
        if end - start == 1:
            tok = doc[start]
            if tok.text.isupper() and len(tok.text) <= 3 and not self._country_abbreviation(tok.text) and key not in short_place_names():
                return False
            if tok.text.isupper() and tok.text.isalpha() and not self._capitals_place(tok.text, key):
                return False
            if len(tok.text) <= 3 and start > 0 and doc[start - 1].like_num and not any(
                p.feature in ("country", "continent") for p in self.gaz.candidates(tok.text)
            ):
                return False  # "500 BC", "7 PM": a short form after a number is an era or a unit ("60 US diplomats" stay)
            if is_month_name(tok.text) and ((start > 0 and doc[start - 1].like_num) or (start + 1 < len(doc) and doc[start + 1].like_num)):
                # "VILNIUS, Jan 13 -", "27 Nov 2007": a month beside a figure is a date, not Dschang,
                # Cameroon (whose other name is "Jan"), nor Nov, Tajikistan ("Zinda Jan district" stays)
                return False
            # NER swallows a town into "Jos last night" (TIME): only reject numbers and common words.
            if tok.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"} and (
                tok.pos_ != "PROPN" or tok.like_num
            ):
                return False
            # A sentence-initial word the tagger does not call a proper noun is a common word.
            if _starts_sentence(tok) and tok.pos_ != "PROPN" and tok.ent_type_ not in STRONG_ENTS:
                return False
        return True

    def _situated_by_region(self, end: int) -> bool:
        """", Croatia" or ", West Yorkshire" right after the name: a country or first-level region."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].text != "," or not is_cap(doc[end + 1]):
            return False
        after = doc[end + 1 : end + 3]
        names = [after[:1].text] + ([after.text] if len(after) == 2 and is_cap(after[1]) else [])
        return any(c.feature in ("country", "admin1") for n in names for c in self.gaz.candidates(n))

    def spans(self) -> list[CandidateSpan]:
        """The names of the document's capitalised runs that the gazetteer knows, each run read from
        the left, longest name first; fills ``unresolved`` with the stretches it does not know."""
        found: list[CandidateSpan] = []
        blocked: set[int] = set()  # tokens of names rejected as organisations, people, common words
        self.unresolved = []  # (start, end, run_start, run_end): capitalised names the gazetteer lacks
        for rs, re_ in self._possessive_names(capitalised_runs(self.doc, self.view)):
            if self._not_a_place_run(rs, re_):
                blocked.update(range(rs, re_))
                continue
            self._names_of_run(rs, re_, found, blocked)
            re_ = self._numbered_name(rs, re_, found, blocked)
            self._collect_unresolved(rs, re_, found, blocked)
        return found

    def _numbered_name(self, rs: int, re_: int, found: list[CandidateSpan], blocked: set[int]) -> int:
        """"Mile 91", "Kilometre 5": a name ending in a number that the gazetteer knows, read whole
        (not "Mile", a town of Ethiopia, and a figure). Returns the run's end, past the number if so."""
        doc = self.doc
        if re_ >= len(doc) or not doc[re_].is_digit or (re_ + 1 < len(doc) and doc[re_ + 1].is_digit):
            return re_
        for k in range(max(rs, re_ - MAX_NAME_TOKENS), re_):
            if not is_cap(doc[k]) or all(t.lower_ in STOP_WORDS for t in doc[k:re_] if is_cap(t)):
                continue  # "October 6" is a date, whatever town is also called so
            cands = self.gaz.candidates(doc[k : re_ + 1].text, admin2=self.embedded)
            if not cands:
                continue
            caps = [is_cap(t) for t in doc[rs:re_]] + [True]
            span = self._candidate(k, re_ + 1, rs, re_ + 1, caps, cands)
            if span is None:
                return re_
            found[:] = [s for s in found if not (s.start < re_ + 1 and k < s.end)] + [span]
            blocked.difference_update(range(k, re_ + 1))
            return re_ + 1
        return re_

    def _names_of_run(self, rs: int, re_: int, found: list[CandidateSpan], blocked: set[int]) -> None:
        """Add the run's place names to ``found``, the tokens of names that are no place to ``blocked``."""
        caps = self.view.caps[rs:re_]  # (a copy: the loops below look again and again)
        i = rs
        while i < re_:
            if not caps[i - rs]:
                i += 1
                continue
            name = self._longest_name_at(i, rs, re_, caps)
            if name is None:
                i += 1
                continue
            if name.candidates is not None and name.end == re_:
                name, rs_end = self._own_possessive(i, re_, name)
            else:
                rs_end = re_
            span = self._candidate(i, name.end, rs, rs_end, caps + [False] * (rs_end - re_), name.candidates) if name.candidates is not None else None
            if span is None:
                blocked.update(range(i, name.end))
            else:
                found.append(span)
            i = name.end

    def _own_possessive(self, i: int, end: int, name: _Name) -> tuple[_Name, int]:
        """"St. John's", "St. George's": a name ending a run and read without the "'s" after it is
        the town named with it when the gazetteer has a town of some size (SAINTS_TOWN) by that very
        name, apostrophe and all (St. John's, Newfoundland; St. George's, Grenada), not Saint John
        (Indiana); not when the possessive is a saint's church or school (_saints_building). Returns
        the name and the run's end, past the "'s" if it is read with it."""
        doc = self.doc
        if end >= len(doc) or doc[end].lower_ not in ("'s", "’s") or doc[end - 1].whitespace_:
            return name, end
        text = doc[i : end + 1].text
        key = saint_key(text)
        cands = self.gaz.candidates(text, admin2=self.embedded)
        # (the towns of that size GeoNames names with the apostrophe too: the text writes it)
        cands = [p for p in cands if "'" in p.name.replace("’", "'") and saint_key(p.name) == key and p.population >= SAINTS_TOWN]
        if not cands:
            return name, end
        if not self.embedded and self._saints_building(i, end):
            return name, end
        return _Name(end + 1, cands), end + 1

    def _longest_name_at(self, i: int, rs: int, re_: int, caps: list[bool]) -> _Name | None:
        """The longest name starting at token ``i`` of the run that the gazetteer knows or that is no
        place (an organisation's name, an unacceptable word); None when there is neither."""
        v = self.view
        if v.lowers[i] in ARTICLES and i + 1 < re_ and v.hyphens[i + 1]:
            # "Ar-Raqqa": the whole name or the name after the article, never "Ar" alone
            if not self.gaz.candidates(v.span_text(i, min(re_, i + 3)), admin2=self.embedded):
                return None
        limit = min(re_, i + MAX_SPAN_TOKENS)
        for j in range(limit, i, -1):
            if not caps[j - 1 - rs]:
                continue
            if sum(caps[i - rs : j - rs]) > MAX_NAME_TOKENS:
                continue
            text = v.span_text(i, j)
            key = normalize_name(text)
            if key in ORG_NAMES:
                if self.embedded and self._headed_by_place(i, j):
                    continue  # "The Washington Post": the geoparser reads the place heading it
                return _Name(j, None)
            if not self._acceptable_text(i, j):
                if j - i == 1 or key in self.demonyms:
                    return _Name(j, None)
                continue
            town = self.landmarks.get(key) if self.embedded else None
            # "the White House", "the Kremlin": the geoparser reads the town the landmark is in
            cands = [town] if town is not None else self.gaz.candidates(text, admin2=self.embedded)
            if not cands:
                continue
            if town is None and j - i > 1 and v.lowers[j - 1] in FIRST_LEVEL_WORDS:
                cands = cands + self._regions_by_plain_name(i, j - 1, cands)
            if town is None and i > rs and v.lowers[i - 1] in COUNTY_BEFORE:
                # "County Tyrone", "Co. Kerry": English names a county before its name only in Ireland
                # and Northern Ireland, so it is no town of that name elsewhere (Tyrone, Pennsylvania)
                cands = [c for c in cands if c.country_code in IRISH_COUNTIES]
                if not cands:
                    return _Name(j, None)
            return _Name(j, cands)
        return None

    def _regions_by_plain_name(self, i: int, j: int, known: list[Place]) -> list[Place]:
        """The first-level regions named doc[i:j] that ``known`` (the readings of the name with its unit
        word, "Central Province") lacks: GeoNames gives "Central Province" as another name of Sri Lanka's
        Central region and not of Zambia's, so "Kabwe, Central Province" needs Zambia's among the readings
        for the town's country to choose it."""
        return [
            c for c in self.gaz.candidates(self.view.span_text(i, j), admin2=self.embedded)
            if c.feature in ("admin1", "region") and c not in known
        ]

    def _candidate(self, i: int, j: int, rs: int, re_: int, caps: list[bool], cands: list[Place]) -> CandidateSpan | None:
        """The name doc[i:j] of the run doc[rs:re_] with its readings and what the text around it says;
        None when it is a currency's, a person's, a street's or an organisation's name."""
        doc = self.doc
        currency = cands[0].feature == "country" and j < len(doc) and doc[j].lower_ in load_focus_words()["currency"]
        if currency and not self.embedded:
            # "the US dollar exchange rate": a currency, not a place the report is about
            # (geoparsing corpora count the country's name all the same)
            return None
        if not self.embedded and self._saints_building(i, j):
            # (the geoparser reports the building's name, as its corpora count it)
            return None
        person = self.person_like(i, j)
        inside_org = False
        street = person is not True and self._street(j, i)
        if person is True or street or self._org_part(i, j):
            if person is True or street or not (self.embedded and self._known_place(i, j, cands)):
                return None
            inside_org = True
        span = doc[i:j]
        s = CandidateSpan(i, j, span.text, span.start_char, span.end_char, cands)
        s.extras["embedded"] = inside_org
        s.extras["person_weak"] = person == "person-weak"
        s.tagged_place = any(t.ent_type_ in STRONG_ENTS for t in span)
        s.hint = kind_hint(doc, i, j)
        # the rest of an organisation's name around a place is no sign of a longer place name
        s.extras["fragment"] = "" if inside_org else self._fragment(rs, re_, i, j)
        if s.extras["fragment"] == "space" and self._place_heading_a_name(i, j, rs, re_, caps, cands, person):
            # "the Houston Rockets", "Seattle Seahawks": a well-known place heading a longer name
            # (a team, a newspaper) is read as the place, for the geoparser only
            s.extras["fragment"] = ""
            s.extras["embedded"] = True
        s.extras["currency"] = currency
        s.extras["second_level"] = second_level_after(doc, j)
        # "in Grama neighborhood": a part of a town, named as such only by its own name
        s.extras["neighbourhood"] = re_ < len(doc) and doc[re_].lower_ in NEIGHBOURHOOD_AFTER
        return s

    def _place_heading_a_name(
        self, i: int, j: int, rs: int, re_: int, caps: list[bool], cands: list[Place], person: bool | str
    ) -> bool:
        """A well-known place by its own name heading a longer capitalised name, for the geoparser."""
        doc = self.doc
        return (
            self.embedded
            and person is False
            and all(t.lower_ == "the" for t in doc[rs:i])
            and j < re_
            and caps[j - rs]
            and doc[i].lower_ not in CONNECTORS
            and self._known_place(i, j, cands)
            and any(  # by its own name, not an alternate one ("Bir" is also Beed, India)
                normalize_name(p.name) == normalize_name(doc[i:j].text)
                and (p.feature == "country" or p.population >= EMBEDDED_TOWN)
                for p in cands
            )
        )

    def _possessive_names(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Two runs joined by "'s" are one run when a gazetteer name spans the join ("Estey's Bridge",
        "the Democratic People's Republic of Korea", "King's Lynn"); else they stay apart ("Russia's
        Kursk region")."""
        doc, v = self.doc, self.view
        out: list[tuple[int, int]] = []
        for rs, re_ in runs:
            if out and rs == out[-1][1] + 1 and v.lowers[rs - 1] in ("'s", "’s") and not doc[rs - 2].whitespace_:
                ps = out[-1][0]
                if any(
                    self.gaz.has_name(v.span_text(i, j))
                    for i in range(max(ps, rs - 1 - MAX_NAME_TOKENS), rs - 1)
                    for j in range(rs + 1, min(re_, rs + MAX_SPAN_TOKENS) + 1)
                    if v.caps[i] and v.caps[j - 1]
                ):
                    out[-1] = (ps, re_)
                    continue
            out.append((rs, re_))
        return out

    def _collect_unresolved(self, run_start: int, run_end: int, found: list[CandidateSpan], blocked: set[int]) -> None:
        """Stretches of a capitalised run that no gazetteer name covers: candidates for a spelling
        variant once the report's countries are known."""
        v = self.view
        is_caps, lowers = v.caps, v.lowers
        covered = set(blocked)
        for s in found:
            if s.start >= run_start and s.end <= run_end and not s.extras.get("fragment"):
                covered.update(range(s.start, s.end))
        i = run_start
        while i < run_end:
            if i in covered or not is_caps[i]:
                i += 1
                continue
            j = i
            while j < run_end and j not in covered and (
                is_caps[j]
                or v.hyphens[j]
                or lowers[j] in IZAFE
                # "Ras al Ain": an article inside a transliterated name, before its next word (not one
                # that is also an English word: "Dima Hasao at Haflong" is two names)
                or (lowers[j] in ARTICLES - ENGLISH_WORDS and j + 1 < run_end and is_caps[j + 1])
            ):
                j += 1
            while j > i and not is_caps[j - 1]:
                j -= 1
            caps = sum(is_caps[i:j])
            if j - i == 1 and lowers[i] in ARTICLES:
                caps = 0
            if 0 < caps <= MAX_NAME_TOKENS and self._acceptable_text(i, j) and self.person_like(i, j) is not True and not self._org_part(i, j):
                if not any(lowers[k] in STOP_WORDS or lowers[k] in self.demonyms for k in range(i, j) if is_caps[k]):
                    self.unresolved.append((i, j, run_start, run_end))
            i = max(j, i + 1)

    def _not_a_place_run(self, start: int, end: int) -> bool:
        """A capitalised run that names no place whatever the gazetteer says: a people ("Nuba
        groups"), an allegiance ("pro-Hadi forces")."""
        doc, v = self.doc, self.view
        if start >= 2 and v.hyphens[start - 1] and v.lowers[start - 2] in ALLEGIANCE_PREFIXES:
            return True
        if end < v.n:
            after = v.lowers[end]
            if after in PEOPLE_AFTER and (after != "sub" or (end + 1 < v.n and v.hyphens[end + 1])):
                return True
            if after in ("and", ","):
                # "Kikuyu and Luo youths", "Pokot, Turkana and Samburu herders": the names of a list
                # before a people word are all peoples
                k = end
                while k < min(len(doc), end + 10) and (is_cap(doc[k]) or doc[k].lower_ in ("and", ",") or is_hyphen(doc[k])):
                    k += 1
                # (a list ends in "and": "In Darfur, Janjaweed militiamen burned ..." is a place set off
                # by a comma before one people, not a list of peoples)
                if (
                    k > end + 1
                    and k < len(doc)
                    and is_cap(doc[k - 1])
                    and doc[k].lower_ in PEOPLE_AFTER_PAIR
                    and any(t.lower_ == "and" for t in doc[end:k])
                ):
                    return True
        return False

    def _street(self, end: int, start: int | None = None) -> bool:
        """"Murree road", "Haifa Street": a name that is part of a street's name; "Colonia Centenario":
        a neighbourhood named after somewhere else."""
        doc = self.doc
        if start is not None and (
            (start > 0 and doc[start - 1].lower_ in NEIGHBOURHOOD_WORDS) or (end - start > 1 and doc[start].lower_ in NEIGHBOURHOOD_WORDS)
        ):
            return True
        return end < len(doc) and doc[end].lower_ in STREET_WORDS


    def _fragment(self, run_start: int, run_end: int, start: int, end: int) -> str:
        """True when the name is only part of a longer capitalised name that is not itself a place
        ("Bir" in "Bir Hasan", "Puli" in "Puli Alam"), unless the rest are words like City, River,
        Province, Ministry. Names joined by "and" or commas are separate names."""
        doc = self.doc
        qualifiers = REGION_WORDS | CITY_WORDS | ORG_HEAD_WORDS | TITLES

        def is_name_word(tok) -> bool:
            if self.embedded and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and road_number().match(tok.text):
                return False  # "the A429 Cirencester junction": a road's number is no part of the town's name
            return is_cap(tok) and tok.lower_ not in qualifiers and tok.lower_ not in STOP_WORDS and tok.lower_ not in self.demonyms

        def neighbour(k: int, step: int):
            # skip hyphens and name particles: "Pul-e Khumri", "Dehyak-e Kalan"
            while run_start <= k < run_end and (is_hyphen(doc[k]) or doc[k].lower_ in IZAFE or doc[k].lower_ in ARTICLES):
                k += step
            return doc[k] if run_start <= k < run_end else None

        before, after = neighbour(start - 1, -1), neighbour(end, 1)
        if not ((before is not None and is_name_word(before)) or (after is not None and is_name_word(after))):
            return ""
        if self.embedded and self._hyphen_pair(start, end, run_start, run_end):
            return ""  # "the Amsterdam-London train", "MLA for Nelson-Creston": two places joined
        # "Mogadishu-Hodan", "Donetsk-Kirovskyi": a city joined to its district by a hyphen
        joined_by_hyphen = end < run_end and is_hyphen(doc[end]) and not (before is not None and is_name_word(before))
        return "hyphen" if joined_by_hyphen else "space"

    def _hyphen_pair(self, start: int, end: int, run_start: int, run_end: int) -> bool:
        """Two one-word names joined by a hyphen, each a place by its own name ("Amsterdam-London",
        "Nelson-Creston"): a route or a constituency of two places, not one longer name."""
        doc = self.doc
        if end - start != 1:
            return False
        if start - 2 >= run_start and is_hyphen(doc[start - 1]) and not (start - 3 >= run_start and is_cap(doc[start - 3])):
            other = start - 2
        elif end + 1 < run_end and is_hyphen(doc[end]) and not (end + 2 < run_end and is_cap(doc[end + 2])):
            other = end + 1
        else:
            return False
        return all(
            is_cap(doc[k]) and any(normalize_name(p.name) == normalize_name(doc[k].text) for p in self.gaz.candidates(doc[k].text))
            for k in (start, other)
        )
