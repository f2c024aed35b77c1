"""Find place names in a parsed document and resolve each to one gazetteer entry.

NER labels from the small English model are only a hint (it calls "Stepanakert" a person and
"Ganja" an organisation), so candidates are runs of capitalised tokens checked against the
gazetteer, then filtered: demonyms, common words, people's names and organisation names are
rejected. Each accepted name is resolved with the document's focus countries, the kind of place
the text asks for ("the city of", "province") and population.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from conflictscope.geo.gazetteer import (
    CONTINENT_EXTRA_NAMES,
    FEATURE_RANK,
    WORLD_FEATURES,
    Gazetteer,
    default_gazetteer,
    distance_km,
    fold_name,
    normalize_name,
)
from conflictscope.knowledge.geo_data import (
    load_demonyms,
    load_facility_words,
    load_landmarks,
    load_road_numbers,
    load_site_rank_words,
    load_territories,
)
from conflictscope.geo.words import (
    ALLEGIANCE_PREFIXES,
    ARTICLES,
    CHAIN_WORDS,
    CITY_WORDS,
    CONNECTORS,
    DIRECTIONS,
    ENGLISH_WORDS,
    FIRST_NAMES,
    FRONT_WORDS,
    IZAFE,
    NEIGHBOURHOOD_AFTER,
    NEIGHBOURHOOD_WORDS,
    ORG_COMMON as _ORG_COMMON,
    ORG_HEAD_WORDS,
    ORG_NAMES,
    ORG_WORDS,
    PART_WORDS,
    PEOPLE_AFTER,
    PLACE_PREPOSITIONS,
    REGION_WORDS,
    SECOND_LEVEL_WORDS,
    SITE_JOINERS,
    SITE_PREPOSITIONS,
    STOP_WORDS,
    STREET_WORDS,
    TITLES,
    UNKNOWN_PLACE_PREPOSITIONS,
)
from conflictscope.types import Place, PlaceMention

MAX_NAME_TOKENS = 4  # capitalised tokens in one name
MAX_SPAN_TOKENS = 8  # including connectors and hyphens

# A town abroad this small, that no other name in the text points to, is no reading of a name in a
# report on another country.
LONELY_TOWN_POP = 50_000
# A town abroad this small is no reading of a name the text situates in a region at home.
FOREIGN_NAMESAKE_POP = 100_000

_HYPHENS = {"-", "–", "—", "‐"}
_STRONG_ENTS = {"GPE", "LOC", "FAC"}


EMBEDDED_TOWN = 100_000  # a town named inside an organisation's name is read only when this large
MAIN_TOWN = 1_000_000  # a city this large answering to its region's name is what the name means
WORLD_CITY = 1_000_000  # a city this large beats a foreign namesake 20 times smaller whose region goes unnamed
PART_OF_TOWN_KM = 60  # a place named as in a town ("the Seray in Tripoli") lies this near it
NEAR_REGION_KM = 100  # a town this near one of our own regions' points is in it ("Washington, D.C.")
MAIN_TOWN_KM = 400  # a region's main town lies within this distance of the region's point
GREAT_CITY = 500_000  # ... unless it is a great city known by the name (Washington and the state)
SMALL_TOWN = 1_000  # a name known only as villages this small says little about the report's country


def unique_town_weight(candidates: list[Place]) -> float:
    """Weight of a name whose places are all in one country: 1, or 0.25 when they are all villages
    (one such name alone does not make a country the report's: "Tapah" is also a Romanian village)."""
    return 1.0 if any(c.population >= SMALL_TOWN or c.feature != "city" for c in candidates) else 0.25


def focus_order(weights: Counter) -> list[str]:
    """Countries by weight. When some country has a point or more, those with less than half a point
    (a lone village) are left out: "Tapah" (a Romanian village) does not add Romania to a report on
    Farah. A lone village in a report that names nothing else still gives its country."""
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] >= 1.0:
        return [code for code, w in ranked if w >= 0.5]
    return [code for code, _ in ranked]


@dataclass
class _Span:
    start: int  # token index
    end: int  # token index, exclusive
    text: str
    char_start: int
    char_end: int
    candidates: list[Place]
    hint: str | None = None  # "admin" or "city"
    tagged_place: bool = False  # NER called it GPE/LOC/FAC
    extras: dict[str, Any] = field(default_factory=dict)


def _is_cap(tok) -> bool:
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


def _is_hyphen(tok) -> bool:
    return tok.text in _HYPHENS and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


@lru_cache(maxsize=1)
def _group_names() -> frozenset[str]:
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


def _runs(doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined by hyphens and lower-case connectors."""
    runs = []
    i, n = 0, len(doc)
    while i < n:
        if not _is_cap(doc[i]):
            i += 1
            continue
        j = i + 1
        last_cap = i
        while j < n:
            tok = doc[j]
            if _is_cap(tok):
                last_cap = j
                j += 1
            elif _is_hyphen(tok) or tok.lower_ in CONNECTORS:
                j += 1
            elif tok.lower_ in IZAFE and (_is_hyphen(doc[j - 1]) or (j + 1 < n and _is_hyphen(doc[j + 1]))):
                # "Pul-i-Alam", "Pul-e Khumri", "Qala-e-Naw": the Persian linking vowel after a hyphen
                j += 1
            elif tok.is_lower and tok.is_alpha and len(tok) <= 5 and _is_hyphen(doc[j - 1]) and j + 1 < n and _is_hyphen(doc[j + 1]):
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


def _strip_det(ent):
    start = ent.start
    while start < ent.end and ent.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    return ent.doc[start : ent.end]


class _Resolver:
    def __init__(self, doc, gazetteer: Gazetteer, embedded: bool = False):
        self.doc = doc
        self.gaz = gazetteer
        # the geoparser's reading: also well-known places named inside organisations' names, and
        # second-level divisions (counties), which events never take
        self.embedded = embedded
        self.demonyms = place_demonyms(gazetteer)
        self.landmarks = landmark_towns(gazetteer) if embedded else {}
        self.mentioned: set[str] = set()  # normalised names of every candidate span in the text
        self.focus_guessed = True  # the focus is read from this text, not given by the caller
        self.unresolved: list[tuple[int, int, int, int]] = []

    # -- candidate spans --------------------------------------------------------------
    def _person_like(self, start: int, end: int) -> bool:
        doc = self.doc
        # A title right before the name ("President Aliyev", "Mr. Smith").
        k = start - 1
        if k >= 0 and doc[k].text == "." and not doc[start].is_sent_start:
            k -= 1  # "Gen. Smith"; not "... the Ministry of Justice. Azerbaijan has ..."
        if k >= 0 and doc[k].lower_ in TITLES and _is_cap(doc[k]):
            return True
        ent = _entity_of(doc, start)
        if ent is not None and ent.label_ == "PERSON" and len(ent) >= 2 and ent.end >= end:
            inner = _strip_det(ent)
            if (inner.start, inner.end) != (start, end) and not self.gaz.has_name(inner.text):
                if any(t.lower_ in FIRST_NAMES for t in inner):
                    return True
                return "person-weak"  # type: ignore[return-value]
        # A first name followed by another capitalised word, without a PERSON tag.
        if end - start == 1 and doc[start].lower_ in FIRST_NAMES:
            nxt = end
            if nxt < len(doc) and _is_cap(doc[nxt]) and not doc[nxt].ent_type_ in _STRONG_ENTS:
                return True
        return False

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
        if end < len(doc) and _is_cap(doc[end]) and doc[end].lower_ in ORG_HEAD_WORDS:
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

    def _org_like(self, ent) -> bool:
        """The small model calls "Ar-Raqqa" and "Rawson (Chubut" organisations: an entity is taken as
        one only with an organisation word in it ("Geo office", "Kabul Bank") or an armed group's
        name, and never across brackets or commas."""
        if any(t.text in ("(", ")", ",") for t in ent):
            return False
        if normalize_name(ent.text) in _group_names() or normalize_name(ent.text) in ORG_NAMES:
            return True
        return any(t.lower_ in ORG_HEAD_WORDS or t.lower_ in ORG_WORDS or t.lower_ in _ORG_COMMON for t in ent if _is_cap(t))

    def _acceptable_text(self, start: int, end: int) -> bool:
        doc = self.doc
        span = doc[start:end]
        key = normalize_name(span.text)
        if not key or key in ORG_NAMES or key in _group_names() or key in lexicon_words():
            return False
        if span.text.lower() in self.demonyms or key in self.demonyms:
            return False
        caps = [t for t in span if _is_cap(t)]
        if all(t.lower_.rstrip(".") in STOP_WORDS for t in caps):  # "St." as "St"
            if len(caps) > 1:
                # "United States" is made of common words but names a country or region, and
                # "Port-au-Prince" a large town by that very name.
                return any(
                    c.feature in ("country", "admin1", "region")
                    or (c.feature == "city" and c.population >= EMBEDDED_TOWN and normalize_name(c.name) == key)
                    for c in self.gaz.candidates(span.text, admin2=self.embedded)
                )
            # All-capital short forms ("US", "UK", "UAE") may still be countries.
            if not (caps[0].text.isupper() and self._country_abbreviation(caps[0].text)):
                return False
        if end - start == 1:
            tok = doc[start]
            if tok.text.isupper() and len(tok.text) <= 3 and not self._country_abbreviation(tok.text) and key not in short_place_names():
                return False
            if len(tok.text) <= 3 and start > 0 and doc[start - 1].like_num and not any(
                p.feature in ("country", "continent") for p in self.gaz.candidates(tok.text)
            ):
                return False  # "500 BC", "7 PM": a short form after a number is an era or a unit ("60 US diplomats" stay)
            # NER swallows a town into "Jos last night" (TIME): only reject numbers and common words.
            if tok.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"} and (
                tok.pos_ != "PROPN" or tok.like_num
            ):
                return False
            # A sentence-initial word the tagger does not call a proper noun is a common word.
            if _starts_sentence(tok) and tok.pos_ != "PROPN" and tok.ent_type_ not in _STRONG_ENTS:
                return False
        return True

    def spans(self) -> list[_Span]:
        doc = self.doc
        found: list[_Span] = []
        blocked: set[int] = set()  # tokens of names rejected as organisations, people, common words
        self.unresolved = []  # (start, end, run_start, run_end): capitalised names the gazetteer lacks
        for rs, re_ in self._possessive_names(_runs(doc)):
            if self._not_a_place_run(rs, re_):
                blocked.update(range(rs, re_))
                continue
            caps = [_is_cap(t) for t in doc[rs:re_]]  # read once: the loops below look again and again
            i = rs
            while i < re_:
                if not caps[i - rs]:
                    i += 1
                    continue
                hit = None
                if doc[i].lower_ in ARTICLES and i + 1 < re_ and _is_hyphen(doc[i + 1]):
                    # "Ar-Raqqa": the whole name or the name after the article, never "Ar" alone
                    cands = self.gaz.candidates(doc[i:min(re_, i + 3)].text, admin2=self.embedded)
                    if not cands:
                        i += 1
                        continue
                limit = min(re_, i + MAX_SPAN_TOKENS)
                for j in range(limit, i, -1):
                    if not caps[j - 1 - rs]:
                        continue
                    if sum(caps[i - rs : j - rs]) > MAX_NAME_TOKENS:
                        continue
                    text = doc[i:j].text
                    key = normalize_name(text)
                    if key in ORG_NAMES:
                        if self.embedded and self._headed_by_place(i, j):
                            continue  # "The Washington Post": the geoparser reads the place heading it
                        hit = ("skip", j)
                        break
                    if not self._acceptable_text(i, j):
                        if j - i == 1 or key in self.demonyms:
                            hit = ("skip", j)
                            break
                        continue
                    town = self.landmarks.get(key) if self.embedded else None
                    # "the White House", "the Kremlin": the geoparser reads the town the landmark is in
                    cands = [town] if town is not None else self.gaz.candidates(text, admin2=self.embedded)
                    if not cands:
                        continue
                    hit = ("place", j, cands)
                    break
                if hit is None:
                    i += 1
                    continue
                if hit[0] == "skip":
                    blocked.update(range(i, hit[1]))
                    i = hit[1]
                    continue
                j, cands = hit[1], hit[2]
                person = self._person_like(i, j)
                inside_org = False
                street = person is not True and self._street(j, i)
                if person is True or street or self._org_part(i, j):
                    if person is True or street or not (self.embedded and self._known_place(i, j, cands)):
                        blocked.update(range(i, j))
                        i = j
                        continue
                    inside_org = True
                span = doc[i:j]
                s = _Span(i, j, span.text, span.start_char, span.end_char, cands)
                s.extras["embedded"] = inside_org
                s.extras["person_weak"] = person == "person-weak"
                s.tagged_place = any(t.ent_type_ in _STRONG_ENTS for t in span)
                s.hint = self._hint(i, j)
                # the rest of an organisation's name around a place is no sign of a longer place name
                s.extras["fragment"] = "" if inside_org else self._fragment(rs, re_, i, j)
                if (
                    s.extras["fragment"] == "space"
                    and self.embedded
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
                ):
                    # "the Houston Rockets", "Seattle Seahawks": a well-known place heading a longer name
                    # (a team, a newspaper) is read as the place, for the geoparser only
                    s.extras["fragment"] = ""
                    s.extras["embedded"] = True
                s.extras["second_level"] = self._second_level(j)
                # "in Grama neighborhood": a part of a town, named as such only by its own name
                s.extras["neighbourhood"] = re_ < len(doc) and doc[re_].lower_ in NEIGHBOURHOOD_AFTER
                found.append(s)
                i = j
            self._collect_unresolved(rs, re_, found, blocked)
        return found

    def _possessive_names(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Two runs joined by "'s" are one run when a gazetteer name spans the join ("Estey's Bridge",
        "the Democratic People's Republic of Korea", "King's Lynn"); else they stay apart ("Russia's
        Kursk region")."""
        doc = self.doc
        out: list[tuple[int, int]] = []
        for rs, re_ in runs:
            if out and rs == out[-1][1] + 1 and doc[rs - 1].lower_ in ("'s", "’s") and not doc[rs - 2].whitespace_:
                ps = out[-1][0]
                if any(
                    self.gaz.has_name(doc[i:j].text)
                    for i in range(max(ps, rs - 1 - MAX_NAME_TOKENS), rs - 1)
                    for j in range(rs + 1, min(re_, rs + MAX_SPAN_TOKENS) + 1)
                    if _is_cap(doc[i]) and _is_cap(doc[j - 1])
                ):
                    out[-1] = (ps, re_)
                    continue
            out.append((rs, re_))
        return out

    def _collect_unresolved(self, run_start: int, run_end: int, found: list[_Span], blocked: set[int]) -> None:
        """Stretches of a capitalised run that no gazetteer name covers: candidates for a spelling
        variant once the report's countries are known."""
        doc = self.doc
        covered = set(blocked)
        for s in found:
            if s.start >= run_start and s.end <= run_end and not s.extras.get("fragment"):
                covered.update(range(s.start, s.end))
        i = run_start
        while i < run_end:
            if i in covered or not _is_cap(doc[i]):
                i += 1
                continue
            j = i
            while j < run_end and j not in covered and (
                _is_cap(doc[j])
                or _is_hyphen(doc[j])
                or doc[j].lower_ in IZAFE
                # "Ras al Ain": an article inside a transliterated name, before its next word (not one
                # that is also an English word: "Dima Hasao at Haflong" is two names)
                or (doc[j].lower_ in ARTICLES - ENGLISH_WORDS and j + 1 < run_end and _is_cap(doc[j + 1]))
            ):
                j += 1
            while j > i and not _is_cap(doc[j - 1]):
                j -= 1
            caps = sum(1 for t in doc[i:j] if _is_cap(t))
            if j - i == 1 and doc[i].lower_ in ARTICLES:
                caps = 0
            if 0 < caps <= MAX_NAME_TOKENS and self._acceptable_text(i, j) and self._person_like(i, j) is not True and not self._org_part(i, j):
                if not any(t.lower_ in STOP_WORDS or t.lower_ in self.demonyms for t in doc[i:j] if _is_cap(t)):
                    self.unresolved.append((i, j, run_start, run_end))
            i = max(j, i + 1)

    def _not_a_place_run(self, start: int, end: int) -> bool:
        """A capitalised run that names no place whatever the gazetteer says: a people ("Nuba
        groups"), an allegiance ("pro-Hadi forces")."""
        doc = self.doc
        if start >= 2 and _is_hyphen(doc[start - 1]) and doc[start - 2].lower_ in ALLEGIANCE_PREFIXES:
            return True
        if end < len(doc):
            after = doc[end].lower_
            if after in PEOPLE_AFTER and (after != "sub" or (end + 1 < len(doc) and _is_hyphen(doc[end + 1]))):
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

    def _second_level(self, end: int) -> bool:
        doc = self.doc
        return end < len(doc) and doc[end].lower_ in SECOND_LEVEL_WORDS

    def _fragment(self, run_start: int, run_end: int, start: int, end: int) -> str:
        """True when the name is only part of a longer capitalised name that is not itself a place
        ("Bir" in "Bir Hasan", "Puli" in "Puli Alam"), unless the rest are words like City, River,
        Province, Ministry. Names joined by "and" or commas are separate names."""
        doc = self.doc
        qualifiers = REGION_WORDS | CITY_WORDS | ORG_HEAD_WORDS | TITLES

        def is_name_word(tok) -> bool:
            if self.embedded and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and _road_number().match(tok.text):
                return False  # "the A429 Cirencester junction": a road's number is no part of the town's name
            return _is_cap(tok) and tok.lower_ not in qualifiers and tok.lower_ not in STOP_WORDS and tok.lower_ not in self.demonyms

        def neighbour(k: int, step: int):
            # skip hyphens and name particles: "Pul-e Khumri", "Dehyak-e Kalan"
            while run_start <= k < run_end and (_is_hyphen(doc[k]) or doc[k].lower_ in IZAFE or doc[k].lower_ in ARTICLES):
                k += step
            return doc[k] if run_start <= k < run_end else None

        before, after = neighbour(start - 1, -1), neighbour(end, 1)
        if not ((before is not None and is_name_word(before)) or (after is not None and is_name_word(after))):
            return ""
        if self.embedded and self._hyphen_pair(start, end, run_start, run_end):
            return ""  # "the Amsterdam-London train", "MLA for Nelson-Creston": two places joined
        # "Mogadishu-Hodan", "Donetsk-Kirovskyi": a city joined to its district by a hyphen
        joined_by_hyphen = end < run_end and _is_hyphen(doc[end]) and not (before is not None and is_name_word(before))
        return "hyphen" if joined_by_hyphen else "space"

    def _hyphen_pair(self, start: int, end: int, run_start: int, run_end: int) -> bool:
        """Two one-word names joined by a hyphen, each a place by its own name ("Amsterdam-London",
        "Nelson-Creston"): a route or a constituency of two places, not one longer name."""
        doc = self.doc
        if end - start != 1:
            return False
        if start - 2 >= run_start and _is_hyphen(doc[start - 1]) and not (start - 3 >= run_start and _is_cap(doc[start - 3])):
            other = start - 2
        elif end + 1 < run_end and _is_hyphen(doc[end]) and not (end + 2 < run_end and _is_cap(doc[end + 2])):
            other = end + 1
        else:
            return False
        return all(
            _is_cap(doc[k]) and any(normalize_name(p.name) == normalize_name(doc[k].text) for p in self.gaz.candidates(doc[k].text))
            for k in (start, other)
        )

    def _hint(self, start: int, end: int) -> str | None:
        doc = self.doc
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

    # -- focus ----------------------------------------------------------------------
    def focus(self, spans: list[_Span]) -> list[str]:
        weights: Counter[str] = Counter()
        for s in spans:
            if s.candidates and s.candidates[0].feature in WORLD_FEATURES:
                continue  # "Africa", "the Middle East": no one country
            countries = [c for c in s.candidates if c.feature == "country"]
            if countries:
                weights[countries[0].country_code] += 2.0
                continue
            codes = {c.country_code for c in s.candidates if c.country_code}
            big = [c for c in s.candidates if c.feature != "country" and c.population >= 100_000]
            if len(codes) == 1:
                weights[next(iter(codes))] += unique_town_weight(s.candidates)
            elif big:
                top = max(big, key=lambda c: c.population)
                rivals = [c for c in s.candidates if c.country_code != top.country_code]
                if all(c.population * 10 <= top.population for c in rivals):
                    weights[top.country_code] += 1.0
        weights.update(self.demonym_counts())
        return focus_order(weights)

    def demonym_counts(self) -> Counter[str]:
        """Country -> how often the text uses its demonym ("Armenian", "Israeli")."""
        counts: Counter[str] = Counter()
        for tok in self.doc:
            code = self.demonyms.get(tok.lower_)
            if code and _is_cap(tok):
                counts[code] += 1
        return counts

    # -- containers -----------------------------------------------------------------
    def chain_after(self, end: int, by_start: dict[int, _Span]) -> list[_Span]:
        """The places that situate the name ending at token ``end``: "Zinda Jan district, Herat",
        "Tieba (Bankass, Mopti)", "Carvajal, Trujillo state", "Jiji (Zazi Aryub) district, Paktia",
        "Tijuana Baja California". A list ("Kabul, Ghor and Balkh") situates nothing."""
        doc = self.doc
        found: list[_Span] = []
        k, depth, commas, steps = end, 0, 0, 0
        while k < len(doc) and steps < 14 and len(found) < 3:
            steps += 1
            if k in by_start and (
                by_start[k].extras.get("fragment") != "space"
                or any(p.feature in ("admin1", "region", "country") for p in by_start[k].candidates)
            ):
                nxt = by_start[k]
                if k == end and not any(p.feature in ("admin1", "region", "country") for p in nxt.candidates):
                    break  # "Bir Hasan": two halves of one unknown name, not a town in a region
                if found and _peer_regions(found[-1], nxt):
                    return []  # "Illinois, Kentucky, Ohio": regions of one level list, none holds the next
                found.append(nxt)
                k = nxt.end
                continue
            tok = doc[k]
            low = tok.lower_
            if tok.text == "(":
                depth += 1
            elif tok.text == ")":
                depth -= 1
                if depth < 0:
                    break
            elif tok.text == ",":
                commas += 1
            elif low in ("and", "or", "&"):
                if depth == 0 and commas and found:
                    return []  # "A, B and C": a list of places, not one inside another
                break
            elif low in CHAIN_WORDS or (depth > 0 and (_is_cap(tok) or _is_hyphen(tok) or low in IZAFE)):
                pass
            elif low in ("in", "of") and (k == end or doc[k - 1].lower_ in CHAIN_WORDS) and not found:
                # "Karama in eastern Ar-Raqqa countryside", "Maftul village of Saladin province"
                pass
            elif low in DIRECTIONS and k > end and (doc[k - 1].lower_ in ("in", "of", ",", "(") or doc[k - 1].lower_ in CHAIN_WORDS):
                pass
            elif low == "of" and k > end and doc[k - 1].lower_ in DIRECTIONS and not found:
                pass  # "Doutchi, south of Diffa"
            elif (low in ARTICLES and k + 1 < len(doc) and _is_hyphen(doc[k + 1])) or (_is_hyphen(tok) and k > end and doc[k - 1].lower_ in ARTICLES):
                pass  # "Ar-" before "Raqqa"
            elif _is_cap(tok) and k > end:
                # "the Haidarabad area of Nahri Saraj district, Helmand": a name the gazetteer lacks,
                # itself situated by the word after it, is skipped
                m = k
                while m < len(doc) and (m not in by_start or by_start[m].extras.get("fragment") or m == k) and (
                    _is_cap(doc[m]) or _is_hyphen(doc[m]) or doc[m].lower_ in IZAFE
                ):
                    m += 1
                if m - k > MAX_SPAN_TOKENS or m >= len(doc) or doc[m].lower_ not in CHAIN_WORDS:
                    break
                k = m
                continue
            else:
                break
            k += 1
        return found

    @staticmethod
    def _constraint(containers: list[_Span]) -> tuple[set[tuple[str, str]], set[str]]:
        """(country, region) pairs and countries that the containers name; empty when they name no region.
        Regions and countries named in the chain come first; only when there are none do the towns of
        the chain situate the name (their regions, and their country when they are in one or two)."""
        regions: set[tuple[str, str]] = set()
        countries: set[str] = set()
        for c in containers:
            for p in c.candidates:
                if p.feature == "country":
                    countries.add(p.country_code or "")
                elif p.feature == "admin1":
                    regions.add((p.country_code or "", normalize_name(p.name)))
                elif p.feature == "admin2" and p.country_code and p.admin1:
                    regions.add((p.country_code, normalize_name(p.admin1)))  # "Royal Oak, Oakland County"
                elif p.feature == "region" and p.country_code:
                    if p.admin1:
                        regions.add((p.country_code, normalize_name(p.admin1)))
                    else:  # our own regions (Nagorno-Karabakh) carry no first-level region
                        countries.add(p.country_code)
        if regions or countries:
            return regions, countries
        for c in containers:
            towns = {p.country_code for p in c.candidates if p.country_code}
            if 0 < len(towns) <= 2:
                # "Karama in eastern Ar-Raqqa": a town situates the name in its region and country
                regions |= {(p.country_code or "", normalize_name(p.admin1)) for p in c.candidates if p.admin1}
                countries |= towns
        return regions, countries

    @staticmethod
    def _admin_regions(containers: list[_Span]) -> set[tuple[str, str]]:
        """(country, region) pairs of the first-level regions the containers may name."""
        return {
            (p.country_code or "", normalize_name(p.name))
            for c in containers
            for p in c.candidates
            if p.feature == "admin1"
        }

    def _closes_bracket(self, span: _Span) -> bool:
        """The name ends a bracket that follows a name: "X (Y)", "X (Z, Y)"."""
        doc = self.doc
        if span.end >= len(doc) or doc[span.end].text != ")" or span.start == 0:
            return False
        before = doc[span.start - 1].text
        if before == "(":
            return span.start >= 2 and _is_cap(doc[span.start - 2])
        return before == "," and any(t.text == "(" for t in doc[max(0, span.start - 8) : span.start - 1])

    @staticmethod
    def _namesakes_abroad(cands: list[Place], regions: set[tuple[str, str]], countries: set[str], focus: list[str]) -> bool:
        """Every reading is a small town outside the countries that the situating regions and the
        report name."""
        home = countries | {cc for cc, _ in regions} | set(focus[:1])
        return bool(cands) and all(p.feature == "city" and p.population < FOREIGN_NAMESAKE_POP and p.country_code not in home for p in cands)

    @staticmethod
    def _inside(p: Place, regions: set[tuple[str, str]], countries: set[str]) -> bool:
        if p.feature == "country":
            return False
        if p.country_code in countries:
            return True
        if p.feature == "admin1":
            return False
        return bool(p.admin1) and (p.country_code or "", normalize_name(p.admin1)) in regions

    # -- choice ---------------------------------------------------------------------
    def choose(self, span: _Span, focus: list[str]) -> Place | None:
        fw = {code: 1.0 / (1 + 0.35 * rank) for rank, code in enumerate(focus)}
        if focus:
            # the main country's territories are the report's too ("Saipan" in a report on the United
            # States): GeoNames gives each territory a country code of its own
            for territory, country in load_territories().items():
                if country == focus[0] and territory not in fw:
                    fw[territory] = fw[country]
        cands = span.candidates
        regions, countries = span.extras.get("within") or (set(), set())
        contained = False
        if regions or countries:
            inside = [p for p in cands if self._inside(p, regions, countries)]
            if inside:
                cands, contained = inside, True
            elif span.extras.get("by_region") and self._namesakes_abroad(cands, regions, countries, focus):
                # "Zambana (Donga, Taraba)", "Kabushwa (Kabare, Sud-Kivu)": a village the gazetteer
                # lacks in the region the text names, not a small namesake in another country
                return None
            # one of our own regions, which carries no first-level region, situates the town by its
            # point: "Washington, D.C." is the Washington in the District, not one in Georgia
            near = [
                p
                for c in span.extras.get("chain") or []
                for p in c.candidates
                if p.feature == "region" and not p.admin1 and p.country_code
            ]
            close = [p for p in cands if p.feature == "city" and any(distance_km(p, r) <= NEAR_REGION_KM for r in near)]
            if contained and close:
                cands = close
        span.extras["contained"] = contained
        host = span.extras.get("in_town")
        if host is not None and not contained:
            # "the Seray in Tripoli", "the Ilya square in Sidon": a name placed in a town is a part of
            # it, not a namesake far away; when the gazetteer has none near, it is no place of ours
            # (the geoparser places it at the town, find_places)
            towns = [h for h in host.candidates if h.feature == "city" and h.population >= EMBEDDED_TOWN]
            cands = [p for p in cands if p.feature == "city" and any(distance_km(p, h) <= PART_OF_TOWN_KM for h in towns)]
            if not cands:
                span.extras["part_of"] = host
                return None
        key = normalize_name(span.text)
        folded = fold_name(key)
        situates = span.extras.get("situates")
        if situates and not contained:
            # a region after a town ("Atlanta, Georgia", "Perth, Scotland") is one the town can be in
            around = [p for p in cands if p.country_code in situates and p.feature in ("admin1", "region", "country")]
            if around:
                cands = around
        if span.extras.get("neighbourhood") and not contained:
            # a neighbourhood is in the report's own country, under its own name: not "Morro" for
            # Morro Bay in a report on Rio de Janeiro, nor the alternate name of a town elsewhere
            cands = [p for p in cands if p.country_code in set(focus[:1]) and normalize_name(p.name) == key]
            if not cands:
                return None
        world = [p for p in cands if p.feature in WORLD_FEATURES]
        if world and not contained and span.hint != "city":
            # a continent, sea or region across borders ("Africa", "the Atlantic", "the Middle East")
            # rather than a town named after it
            return world[0]
        if not contained and self._closes_bracket(span):
            # "Bab Ghaliq (Qaatabah, Ad Dali)": the last name in brackets after a place is the region
            # that holds it, when a region answers to that name (not the Syrian village Ad Daliyah)
            regions_of_name = [p for p in cands if p.feature in ("admin1", "region") and normalize_name(p.name) == key]
            if regions_of_name:
                cands = regions_of_name
        listed = span.extras.get("listed")
        if listed and not contained:
            kind, code = listed
            alike = [p for p in cands if (p.feature == "country" if kind == "country" else p.feature in ("admin1", "region") and p.country_code == code)]
            if alike:
                cands = alike
        # "England", "Scotland": a first-level region of that name is meant, not the country that
        # also answers to it
        regions_named = {p.country_code for p in cands if p.feature == "admin1" and normalize_name(p.name) == key}
        if regions_named:
            cands = [p for p in cands if not (p.feature == "country" and p.country_code in regions_named and normalize_name(p.name) != key)]
        # towns answering to the name written ("Odessa" is the town Odesa and the oblast)
        same_name_towns = {
            (c.country_code, normalize_name(c.name))
            for c in cands
            if c.feature == "city" and (c.population >= 10_000 or normalize_name(c.admin1 or "") == normalize_name(c.name))
        } | {
            (c.country_code, key)
            for c in cands
            if c.feature == "city" and c.population >= 10_000 and folded and fold_name(c.name) == folded
        }
        # a region's great city that also answers to the region's name ("New York" is New York City as
        # well as the state): the city is meant, as with a town of the very name
        main_towns = {
            c.geonameid
            for c in cands
            if c.feature == "city" and c.population >= MAIN_TOWN and normalize_name(c.admin1 or "") == key and normalize_name(c.name) != key
        }
        same_name_towns |= {(c.country_code, key) for c in cands if c.geonameid in main_towns}

        def score(p: Place) -> float:
            rank = float(FEATURE_RANK.get(p.feature, 0))
            if p.feature == "admin1" and span.hint != "admin":
                # A region that shares its name with its main town: the town is meant (not a small
                # namesake elsewhere in the country: "Tocantins" the state, not the town in Minas Gerais).
                if ((p.country_code, normalize_name(p.name)) in same_name_towns or (p.country_code, key) in same_name_towns) and any(
                    c.country_code == p.country_code
                    and c.feature == "city"
                    and (
                        normalize_name(c.admin1 or "") == normalize_name(p.name)
                        # a capital with a first-level region of its own ("Kyiv City"), or a great city
                        # that news means by the name ("Washington"); not a suburb far away that shares
                        # it (Wyoming, Michigan is not what "Wyoming" means)
                        or (c.population * 20 >= p.population and (distance_km(c, p) <= MAIN_TOWN_KM or c.population >= GREAT_CITY))
                    )
                    and ((c.country_code, normalize_name(c.name)) in same_name_towns or (c.country_code, key) in same_name_towns)
                    for c in cands
                ):
                    rank = 0.0
            if span.extras.get("second_level") and p.feature == "admin1":
                # "Balkh district": the district of the town of Balkh, not the province
                if (p.country_code, normalize_name(p.name)) in same_name_towns:
                    rank = 0.0
            elif span.hint == "admin" and p.feature in ("admin1", "admin2", "region"):
                rank += 1.5
            if span.hint == "city" and p.feature == "city":
                rank += 1.0
            primary = 1.0 if normalize_name(p.name) == key or (p.feature == "city" and folded and fold_name(p.name) == folded) or p.geonameid in main_towns else 0.0
            # "Novotroitske, Donetsk", "Izge (Gwoza, Borno)": the region named beside it decides
            # (a name is no evidence for itself: "Mexico" does not put the state of Mexico in a named region)
            in_named_region = 0.0
            region = normalize_name(p.admin1 or "")
            # (named elsewhere in the text: only for the place's own name, not an alternate one
            # such as "Washington" for a town in New York)
            if region and ((region != key and primary and region in self.mentioned) or (p.country_code or "", region) in regions):
                in_named_region = 2.5
            # our own regions carry no population figure: count them as a large town's worth ("Java" the
            # island, not a village of Georgia)
            people = p.population or (EMBEDDED_TOWN if p.feature == "region" else 0)
            return 2.0 * fw.get(p.country_code or "", 0.0) + rank + primary + in_named_region + 0.75 * math.log10(people + 10)

        best = max(cands, key=lambda p: (score(p), p.population))
        if best.feature == "city" and not contained and not regions and not countries:
            # a region named elsewhere in the text does not make a small namesake beat a large town
            # ("Boston" after "New York" is not Boston, New York; "Rome" in a report naming Georgia)
            big = max((c for c in cands if c.feature == "city" and normalize_name(c.name) == key), key=lambda c: c.population, default=best)
            best_region = normalize_name(best.admin1 or "")
            if (
                big.population >= EMBEDDED_TOWN
                and big.population >= 20 * max(best.population, 1)
                and normalize_name(big.admin1 or "") not in self.mentioned
                and (
                    best_region in self.mentioned
                    # "Rome" in a text that seems to be about the US is Rome, Italy, unless Georgia is
                    # named (a focus the caller gives is known, and stands)
                    or (self.focus_guessed and big.population >= WORLD_CITY and big.country_code != best.country_code)
                )
            ):
                best = big
        if (regions or countries) and not contained and best.feature in ("admin1", "region"):
            # "Kolofata town (Mayo-Sava, Extreme-Nord)": a region followed by a region of another
            # country is not that region (Madagascar's Sava), but a part of the name we lack
            if best.country_code not in countries | {cc for cc, _ in regions}:
                return None
        if (regions or countries) and not contained and best.feature == "city":
            # "Orikhove, Luhansk" where the only Orikhove is in Crimea: the region named is where it is
            named = countries | {cc for cc, _ in regions}
            if best.population < 100_000 or (countries and best.country_code not in countries):
                return None
            if best.country_code not in named and named & set(focus[:1]):
                return None  # "Haidarabad area of Nahri Saraj district, Helmand" is not Hyderabad, Pakistan
        if contained:
            pass
        elif fw and best.country_code not in fw and best.feature == "city" and best.population < 50_000:
            # a small namesake abroad in a report about somewhere else ("Hays" in Yemen): a place of
            # that name in the report's own countries (a village with no population figure) is meant
            home = [p for p in cands if p.country_code in fw]
            if not home:
                return None
            best = max(home, key=lambda p: (score(p), p.population))
        if (
            fw
            and best.feature in ("admin1", "region")
            and best.country_code not in fw
            and not contained
            and all(t in STOP_WORDS for t in key.split())
        ):
            # a region named only with common words ("West Coast", "Central", "Eastern") in a report
            # about other countries is those words, not New Zealand's or Uganda's region
            return None
        fragment = span.extras.get("fragment")
        if (contained and span.extras.get("chain_adjacent")) or span.extras.get("variant"):
            fragment = ""  # "Tijuana Baja California": the rest of the name is the region around it
        if fragment == "space" and (best.feature == "city" or key in ORG_WORDS or key in ORG_HEAD_WORDS):
            # a town's name inside a longer unknown name ("Bir" in "Bir Hasan"); the head word of an
            # institution's name ("Centre" in "the Rogers Centre" is no region of Burkina Faso)
            return None
        if fragment == "hyphen" and best.feature == "city" and best.population < 100_000:
            return None
        # Weak evidence: only a small foreign town, and nothing in the text says it is a place.
        strong = best.feature != "city" or best.population >= 100_000 or (best.country_code in fw) or contained
        if not strong:
            if span.extras.get("person_weak"):
                return None
            if not span.tagged_place and best.population < 5_000:
                return None
        elif span.extras.get("person_weak") and best.feature == "city" and best.country_code not in fw:
            return None
        return best


def _place_context(r: _Resolver, start: int, end: int) -> bool:
    """The text marks the name as a place: "in X", "near X", "X district", "the village of X",
    "near al-X", "in rural X", "on the X front", "X countryside"."""
    doc = r.doc
    if r._hint(start, end) is not None or r._second_level(end):
        return True
    if end < len(doc) and doc[end].lower_ in FRONT_WORDS:
        return True
    k = start - 1
    if k >= 1 and _is_hyphen(doc[k]) and doc[k - 1].lower_ in ARTICLES:
        k -= 2  # "near al-Bukamal": the article belongs to the name
    while k >= 0 and (doc[k].lower_ in ("the", "a") or doc[k].lower_ in DIRECTIONS):
        k -= 1
    return k >= 0 and doc[k].lower_ in PLACE_PREPOSITIONS


def _called_a_town(doc, start: int) -> bool:
    """"the city of X", "the town of X": the text itself says X is a town."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in ("city", "town", "village")


def _pick_variants(r: _Resolver, text: str, scope: set[str], regions: set, countries: set) -> list[Place]:
    """Spelling variants of ``text`` in ``scope``: those in the region named beside it, else (for
    names long enough not to match by chance) those in the countries."""
    from conflictscope.geo.gazetteer import fold_name

    found = r.gaz.variants(text, sorted(scope), admin2=r.embedded)
    if not found:
        return []
    in_region = [p for p in found if p.feature != "admin1" and p.admin1 and (p.country_code or "", normalize_name(p.admin1)) in regions]
    if in_region:
        return in_region
    if len(fold_name(text)) < 6:
        return []
    return [p for p in found if not countries or p.country_code in countries or p.feature == "admin1"]


def _host_town(r: _Resolver, s: _Span, by_start: dict[int, _Span]) -> _Span | None:
    """The town a name is said to be in: "the Seray in Tripoli", "the Ilya square in Sidon", "the
    Tabbaneh area of Tripoli" (up to two common nouns, then "in" or "of", then a name that is a town
    of 100,000 or more)."""
    doc = r.doc
    k = s.end
    while k < len(doc) and k - s.end < 2 and doc[k].lower_ in PART_WORDS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in ("in", "of"):
        return None
    if doc[k].lower_ == "of" and k == s.end:
        return None  # "Bank of England", "X of Y" with no noun between says nothing of where X is
    host = by_start.get(k + 1)
    if host is None or not any(p.feature == "city" and p.population >= EMBEDDED_TOWN for p in host.candidates):
        return None
    return host


def _region_like(s: _Span) -> Place | None:
    """The first-level region a name most likely is, when that is its best-ranked reading."""
    top = s.candidates[0] if s.candidates else None
    return top if top is not None and top.feature in ("admin1", "region") and top.country_code else None


def _reading(s: _Span) -> Place:
    """The best-ranked entry of that very name ("England" the region, not the United Kingdom that
    also answers to it), else the best-ranked entry."""
    key = normalize_name(s.text)
    return next((p for p in s.candidates if normalize_name(p.name) == key), s.candidates[0])


def _peer_regions(a: _Span, b: _Span) -> bool:
    """Two different first-level regions of one country: listed side by side, neither is in the other."""
    ra, rb = _region_like(a), _region_like(b)
    return bool(
        ra and rb and ra.feature == rb.feature == "admin1" and ra.country_code == rb.country_code
        and normalize_name(ra.name) != normalize_name(rb.name)
    )


def _lists(r: _Resolver, spans: list[_Span]) -> list[list[_Span]]:
    """Names listed together: "Alberta, Manitoba, Ontario and New Brunswick", "Armenia, Georgia and
    Azerbaijan" (only commas, "and", "or" between them)."""
    doc = r.doc
    groups: list[list[_Span]] = []
    current: list[_Span] = []
    joined = False  # an "and"/"or" between two of them: "Town, Region" alone is no list
    for s in spans + [None]:
        if current and s is not None and 0 < s.start - current[-1].end <= 2:
            between = [t.lower_ for t in doc[current[-1].end : s.start]]
            if 0 < len(between) <= 2 and all(w in (",", "and", "or", "&") for w in between):
                current.append(s)
                joined = joined or any(w != "," for w in between)
                continue
        if len(current) > 2 or (len(current) == 2 and joined):
            groups.append(current)
        current, joined = ([s] if s is not None else []), False
    return groups


def _list_coherence(r: _Resolver, spans: list[_Span]) -> None:
    """A name in a list is a place of the kind its neighbours are: among states of one country
    ("Ontario and New Brunswick") a state of that country, among countries ("Armenia, Georgia and
    Azerbaijan") a country. Recorded as the span's ``listed`` (feature, country or None)."""
    for group in _lists(r, spans):
        for s in group:
            others = [o for o in group if o is not s]
            tops = [_reading(o) for o in others if o.candidates]
            if not tops:
                continue
            if sum(1 for t in tops if t.feature == "country") * 2 > len(tops):
                s.extras["listed"] = ("country", None)
                continue
            regions = Counter(t.country_code for t in tops if t.feature in ("admin1", "region") and t.country_code)
            if regions:
                code, n = regions.most_common(1)[0]
                if n * 2 > len(tops):
                    s.extras["listed"] = ("admin1", code)


def _situate(r: _Resolver, spans: list[_Span], focus: list[str]) -> list[_Span]:
    """Give each name the regions that situate it, and look up spelling variants ("Ar-Raqqa",
    "Dawlat Abad") of names the gazetteer lacks, or knows only abroad, within the region named
    beside them or else the report's main country."""
    doc = r.doc
    by_start = {s.start: s for s in spans}
    _list_coherence(r, spans)
    home = focus[:1]
    fw = set(focus)
    for s in spans:
        if s.candidates and s.candidates[0].feature == "country":
            continue  # "Lebanon in Sidon": a country is situated by nothing
        chain = r.chain_after(s.end, by_start)
        if chain and _peer_regions(s, chain[0]):
            chain = []  # "Delaware, Illinois": a list of regions
        s.extras["chain"] = chain
        for c in chain:
            c.extras["container"] = True
            # "Atlanta, Georgia": the container is in the country of the name it situates
            c.extras.setdefault("situates", set()).update(p.country_code for p in s.candidates if p.country_code)
        within = r._constraint(chain)
        named = within[1] | {cc for cc, _ in within[0]}
        regions_only = all(p.feature != "city" or p.population < 100_000 for c in chain for p in c.candidates)
        if fw and named and not (named & fw) and regions_only and any(c.country_code in fw for c in s.candidates):
            # "Mamfe town (Manyu, Sud-Ouest)" in a report on Cameroon: "Sud-Ouest" is Haiti's only for
            # the gazetteer, the town in the report's country stands
            within = (set(), set())
        s.extras["chain_adjacent"] = bool(chain) and chain[0].start == s.end
        host = _host_town(r, s, by_start)
        if host is not None:
            s.extras["in_town"] = host
        s.extras["within"] = within
        # situated by a region or country the text names, not only by a town
        s.extras["by_region"] = bool(within[0] or within[1]) and any(
            p.feature in ("admin1", "admin2", "region", "country") for c in chain for p in c.candidates
        )
        admin_regions = r._admin_regions(chain)
        regions, countries = within
        allowed = countries | {cc for cc, _ in regions}
        if not _place_context(r, s.start, s.end) or s.extras.get("person_weak"):
            continue
        # only a region or country named beside it overrules the gazetteer's own names: the report's
        # main country is a guess ("US dollar" in a Lebanese report)
        scope = allowed
        if not scope or any(c.country_code in scope for c in s.candidates):
            continue
        variants = _pick_variants(r, s.text, scope, admin_regions, countries)
        if variants:
            s.candidates = variants
            s.extras["variant"] = True
    for group in _lists(r, spans):
        # "the villages of A, B, C and D (Donga, Taraba)": the region after a list situates each name in it
        last = group[-1]
        if last.extras.get("by_region"):
            for s in group[:-1]:
                regions, countries = s.extras.get("within") or (set(), set())
                if not regions and not countries:
                    s.extras["within"] = last.extras["within"]
                    s.extras["by_region"] = True
    added = []
    for start, end, run_start, run_end in r.unresolved:
        if not _place_context(r, start, end):
            continue
        chain = r.chain_after(end, by_start)
        regions, countries = r._constraint(chain)
        admin_regions = r._admin_regions(chain)
        scope = (countries | {cc for cc, _ in regions}) or set(home)
        if not scope:
            continue
        text = doc[start:end].text
        # "Nadas in rural Ras al Ain in al-Hasakeh": a town that situates the name puts it in the
        # town's region, as a region named beside it does
        variants = _pick_variants(r, text, scope, admin_regions | regions, countries)
        if not variants and not (countries or regions) and len(focus) > 1 and _called_a_town(doc, start):
            # "Israeli forces raided the city of Qalqiliyah ... Palestinian residents": a name the text
            # calls a town is looked for in the report's second country too (not any capitalised word:
            # "Society" is no misspelt town of it)
            variants = _pick_variants(r, text, {focus[1]}, set(), set())
        if not variants:
            continue
        span = doc[start:end]
        v = _Span(start, end, span.text, span.start_char, span.end_char, variants)
        v.hint = r._hint(start, end)
        v.tagged_place = any(t.ent_type_ in _STRONG_ENTS for t in span)
        v.extras.update(variant=True, fragment="", second_level=r._second_level(end), within=(regions, countries))
        added.append(v)
    if not added:
        return spans
    # a spelling variant of the whole name replaces the fragments inside it ("Abad" in "Dawlat Abad")
    kept = [s for s in spans if not any(a.start < s.end and s.start < a.end for a in added)]
    return sorted(kept + added, key=lambda s: s.start)


# Where a site named with its town may be placed: at a town, a county or a region, never at a
# country's or a continent's point (a stadium "in Dubai" is the town, one "in Qatar" is nowhere known).
SITE_HOSTS = frozenset({"city", "admin2", "admin1", "region"})


def _home_town(r: _Resolver, found: list[PlaceMention], focus: list[str]) -> Place | None:
    """The town the report is about: of the towns and counties of the report's main country, the one
    read most often as a place (after "in", "near"... or as a town of 100,000 or more; a small town
    read bare may be a surname), the larger on a tie. None when the text reads no town of its main
    country: a site in a report on somewhere else is not placed at a town abroad."""
    counts: Counter = Counter()
    places: dict[tuple, Place] = {}
    for m in found:
        p = m.place
        if p.feature not in ("city", "admin2") or (focus and p.country_code != focus[0]):
            continue
        span = r.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not (_place_context(r, span.start, span.end) or p.population >= EMBEDDED_TOWN or p.feature == "admin2"):
            continue
        key = (p.name, p.country_code, p.latitude, p.longitude)
        counts[key] += 1
        places[key] = p
    if not counts:
        return None
    best = min(counts, key=lambda k: (-counts[k], -places[k].population))
    return places[best]


def _site_mentions(r: _Resolver, spans: list[_Span], chosen: dict[int, Place | None], home: Place | None) -> list[PlaceMention]:
    """A building, venue or street named as such: "the Barclays Center in Brooklyn", "Brooklyn's
    Barclays Center", "Donington Park, Leicestershire", "the University of St. Thomas in Houston",
    "Caesar's Palace". Geoparsing corpora annotate such sites as places; the gazetteer lacks them, so
    the geoparser places the site at the town the text gives, or else at the town the report is
    about (``home``: local news names its streets and halls without their town: "in the 200 block of
    River Avenue", "at the National Concert Hall"). A name holding a place we read is that place."""
    doc = r.doc
    words = load_facility_words()
    ranks = load_site_rank_words()
    placed = [s for s in spans if chosen[id(s)] is not None]
    by_start = {s.start: s for s in placed}
    by_end = {s.end: s for s in placed}
    inside = {k for s in placed for k in range(s.start, s.end)}
    out: list[PlaceMention] = []
    for rs, re_ in _runs(doc):
        for h in range(re_ - 2, rs - 1, -1):
            if doc[h].lower_ in words and _is_cap(doc[h]) and not _is_cap(doc[h + 1]) and doc[h + 1].lower_ not in SITE_JOINERS:
                re_ = h + 1  # "the Wexmoor Stadium on Saturday": the run goes on past the site's name
                break
        if (
            re_ < len(doc)
            and doc[re_].is_lower
            and doc[re_].lower_ in STREET_WORDS
            and re_ - rs <= MAX_NAME_TOKENS
            and doc[rs].pos_ not in ("DET", "PRON")  # not "This avenue"
            and not r.gaz.has_name(doc[rs:re_].text)  # "Murree road": a road named after a town stays out
        ):
            re_ += 1  # "the renaming of Third street": a street's word written small
        if (
            rs >= 2
            and doc[rs - 1].lower_ in ("'s", "’s")
            and _is_cap(doc[rs - 2])
            and rs - 2 not in inside
            and _is_cap(doc[re_ - 1])
            and doc[re_ - 1].lower_ in words
        ):
            # "Caesar's Palace", "Alder Hey Children's Hospital": a possessive inside the site's name
            # (not "Brooklyn's Barclays Center", a town's site)
            k = rs - 2
            while k > 0 and _is_cap(doc[k - 1]) and not doc[k].is_sent_start:
                k -= 1
            rs = k
        # a head word the gazetteer knows as a town ("Arena") is the site's head all the same
        taken = {k for s in placed if (s.start, s.end) != (re_ - 1, re_) for k in range(s.start, s.end)}
        if re_ - rs < 2 or any(k in taken for k in range(rs, re_)):
            continue  # one word ("Hospital") names no site; a name holding a place we read is that place
        head_last = doc[re_ - 1].lower_ in words
        head_first = doc[rs].lower_ in words and doc[rs + 1].lower_ == "of"  # "University of ..."
        if not (head_last or head_first):
            continue
        if head_last:
            # the site's name is the words before its head up to a joiner other than "of" ("the
            # Chapel at Windsor Castle": the castle; "Bosnia and Herzegovina Hall": not a site's name)
            k = re_ - 1
            while k > rs and (_is_cap(doc[k - 1]) or doc[k - 1].lower_ in SITE_JOINERS or (doc[k - 1].lower_ in ("'s", "’s") and k - 1 > rs)):
                k -= 1
            if k > rs and (re_ - k < 2 or any(k2 in taken for k2 in range(rs, k))):
                continue
            rs = k
        host = None
        k = re_
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ in SITE_PREPOSITIONS:
            k += 1
        if k > re_:
            while k < len(doc) and (doc[k].lower_ == "the" or (doc[k].lower_ in DIRECTIONS and not _is_cap(doc[k]))):
                k += 1  # "in southwest Miami", "in the West Bank"
            host = by_start.get(k)
        if host is None and rs >= 1 and doc[rs - 1].lower_ in ("'s", "’s"):
            host = by_end.get(rs - 1)  # "Brooklyn's Barclays Center"
        if host is not None:
            place = chosen[id(host)]
            if place is None or place.feature not in SITE_HOSTS:
                continue
        elif (
            home is not None
            and not any(k in inside for k in range(rs, re_))
            # "the Supreme Court", "the Catholic Church": an institution, not a site of the town
            and not all(t.lower_ in ranks or t.lower_ == "the" for t in doc[rs : re_ - 1])
        ):
            place = home  # not situated: at the report's own town ("the Rogers Centre" in a report on Toronto)
        else:
            continue
        start = rs + 1 if doc[rs].lower_ == "the" else rs
        if start >= re_ - 1:
            continue
        span = doc[start:re_]
        out.append(PlaceMention(text=span.text, start=span.start_char, end=span.end_char, place=place))
    return out


@lru_cache(maxsize=1)
def _road_number() -> re.Pattern:
    """A road's number: a prefix of road_numbers.tsv, then 1 to 4 digits ("A417", "M4", "I-95")."""
    prefixes, _ = load_road_numbers()
    return re.compile("^(?:" + "|".join(re.escape(p) for p in prefixes) + r")\d{1,4}$")


def _road_mentions(r: _Resolver, home: Place, taken: list[PlaceMention]) -> list[PlaceMention]:
    """Roads named by their number in a text about roads ("the A417 southbound carriageway", "a
    diversion via the A436, A40 and A429"): geoparsing corpora annotate them as places; the geoparser
    places them at the town the report is about. A number counts after "the", or listed right after
    another such number."""
    doc = r.doc
    _, context = load_road_numbers()
    if not any(t.lower_ in context for t in doc):
        return []  # "the B2 level", "the M4 carbine": no roads spoken of
    pattern = _road_number()
    used = {m.start for m in taken}
    out: list[PlaceMention] = []
    last = -10
    for tok in doc:
        if not pattern.match(tok.text) or tok.idx in used:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and (before.lower_ == "the" or (before.text in (",", "and", "or") and tok.i - last <= 3)):
            out.append(PlaceMention(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), place=home))
            last = tok.i
    return out


def _unknown_place_mentions(
    r: _Resolver, spans: list[_Span], chosen: dict[int, Place | None], home: Place | None, taken: list[PlaceMention]
) -> list[PlaceMention]:
    """Names the gazetteer lacks that the text marks as places: "the village of Nagrig", "Torkula
    village", "the Air Balloon roundabout", "in Portroe" (NER: a place), "Knockhill, Fife". Geoparsing
    corpora annotate villages, estates and features we have no entry for; the geoparser places such a
    name at what the text puts it in ("Knockhill, Fife", "the Mukuru district of Nairobi", "Abu Shok
    refugee camp in El Fasher"), or else at the report's home town. A region we lack ("Orientale
    province") is not placed at a town."""
    doc = r.doc
    by_start = {s.start: s for s in spans if chosen[id(s)] is not None}
    used: set[int] = set()
    for m in taken:
        used.update(range(m.start, m.end))
    out: list[PlaceMention] = []
    for start, end, run_start, run_end in r.unresolved:
        span = doc[start:end]
        if (start, end) != (run_start, run_end) or span.start_char in used:
            continue  # a stretch of a longer capitalised name is no name of its own
        if span.text.isupper() or any(not t.is_alpha and not _is_hyphen(t) for t in span):
            continue  # "FATA", "MH370": short forms and codes
        if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
            continue  # "in Modi's name", "in Kemira's centre": an owner, not a place
        county = None
        if end < len(doc) and doc[end].text in (",", "("):
            chain = r.chain_after(end, by_start)
            if chain and "." not in chain[0].text and not chain[0].text.isupper():
                p = chosen[id(chain[0])]
                if p is not None and p.feature == "admin2":
                    county = p  # "Knockhill, Fife" (not "Rothstein, P.A.": a firm's suffix)
        k = start - 1
        while k >= 0 and doc[k].lower_ in ("the", "a"):
            k -= 1
        marked = (
            r._hint(start, end) == "city"
            or (
                end + 1 < len(doc)
                and doc[end].is_lower
                and doc[end].lower_ in PART_WORDS
                and not _is_hyphen(doc[end + 1])  # "the Champions League quarter-final"
            )
            or (k >= 0 and doc[k].lower_ in UNKNOWN_PLACE_PREPOSITIONS and all(t.ent_type_ in _STRONG_ENTS for t in span))
        )
        venue = None
        if k >= 0 and doc[k].lower_ == "at":
            # "at Terra Kulture in Lagos", "at Seasons restaurant in Washington Township": a venue in the
            # town named after it
            m = end
            while m < len(doc) and m - end < 2 and doc[m].is_lower and doc[m].pos_ == "NOUN":
                m += 1
            host = by_start.get(m + 1) if m < len(doc) and doc[m].lower_ == "in" else None
            if host is not None and chosen[id(host)].feature in SITE_HOSTS:
                venue = chosen[id(host)]
        if county is None and not marked and venue is None:
            continue
        place = county or venue
        if place is None:
            for c in r.chain_after(end, by_start):
                if chosen[id(c)] is not None and chosen[id(c)].feature in SITE_HOSTS:
                    place = chosen[id(c)]
                    break
        if place is None:
            # "Abu Shok refugee camp in El Fasher": up to two nouns, then the town it is in
            k = end
            while k < len(doc) and k - end < 2 and doc[k].is_lower and doc[k].pos_ == "NOUN":
                k += 1
            host = by_start.get(k + 1) if k < len(doc) and doc[k].lower_ in ("in", "near", "of", "outside") else None
            if host is not None and chosen[id(host)].feature in SITE_HOSTS:
                place = chosen[id(host)]
        place = place or home
        if place is not None:
            out.append(PlaceMention(text=span.text, start=span.start_char, end=span.end_char, place=place))
    return out


def _initials_mentions(r: _Resolver, found: list[PlaceMention]) -> list[PlaceMention]:
    """A short form made of the initials of a place the text names in full: "NJ" after "New Jersey",
    "SA" after "South Africa", "DRC" after "Democratic Republic of Congo". Only the place's own name
    (not an alternate one), a country, a region or a town of 100,000 or more, and only the exact
    capitals ("Nj" or "sa" are no short form)."""
    by_initials: dict[str, Place] = {}
    for m in found:
        p = m.place
        if normalize_name(m.text) != normalize_name(p.name) or not (
            p.feature in ("country", "admin1", "region") or (p.feature == "city" and p.population >= EMBEDDED_TOWN)
        ):
            continue
        words = [w for w in m.text.replace("-", " ").split() if w[:1].isupper()]
        if len(words) >= 2:
            by_initials.setdefault("".join(w[0] for w in words), p)
    if not by_initials:
        return []
    used: set[int] = set()
    for m in found:
        used.update(range(m.start, m.end))
    return [
        PlaceMention(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), place=by_initials[tok.text])
        for tok in r.doc
        if tok.text in by_initials and tok.idx not in used
    ]


def _sure_reading(place: Place, key: str, focus: list[str]) -> bool:
    """A reading safe to carry to the name's other mentions: the place by its own name (not an
    alternate name, not a site placed at its town) in one of the report's countries, or a country,
    a region or a continent."""
    if place.feature in WORLD_FEATURES or place.feature in ("country", "admin1", "region"):
        return True
    return normalize_name(place.name) == key and (place.country_code in focus or not focus)


def _same_name_mentions(r: _Resolver, found: list[PlaceMention], focus: list[str]) -> list[PlaceMention]:
    """One name, one sense in a report: a name the text reads as a place is that place wherever else
    it stands, inside an organisation's name ("the Allendale Women's Club" in a report on Allendale),
    before a hyphen ("Allendale-based") or where the first reading's cues are missing. The first
    reading's place is kept; a person's name ("George Washington") stays a person."""
    doc = r.doc
    by_first: dict[str, list[tuple[int, str, Place]]] = {}
    for m in found:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        key = normalize_name(span.text)
        if not _sure_reading(m.place, key, focus):
            continue
        if not (_place_context(r, span.start, span.end) or m.place.population >= EMBEDDED_TOWN or m.place.feature != "city"):
            continue  # a small town read without a cue ("Evans said") may be a surname: kept to itself
        entries = by_first.setdefault(span[0].lower_, [])
        if not any(k == key for _, k, _ in entries):
            entries.append((len(span), key, m.place))
        if m.place.feature == "admin2" and len(span) > 1 and span[-1].lower_ in SECOND_LEVEL_WORDS:
            # "Suffolk County" read, "the Suffolk Times" is the county's too
            short = normalize_name(span[:-1].text)
            if not any(k == short for _, k, _ in entries):
                entries.append((len(span) - 1, short, m.place))
    covered = [False] * len(doc)
    for m in found:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for k in range(span.start, span.end):
                covered[k] = True
    out: list[PlaceMention] = []
    for i, tok in enumerate(doc):
        entries = by_first.get(tok.lower_)
        if not entries or covered[i] or not _is_cap(tok):
            continue
        for n, key, place in sorted(entries, key=lambda e: -e[0]):
            j = i + n
            if j > len(doc) or any(covered[i:j]) or normalize_name(doc[i:j].text) != key:
                continue
            # "Helen Kunz" (a first name or a title), "the Chamber of Commerce": a person's or an
            # organisation's word; NER's bare PERSON tag ("Seattle Seahawks") does not outweigh the reading
            if r._person_like(i, j) is True or any(t.lower_ in ORG_HEAD_WORDS or t.lower_ in ORG_WORDS for t in doc[i:j]):
                break
            span = doc[i:j]
            out.append(PlaceMention(text=span.text, start=span.start_char, end=span.end_char, place=place))
            for k in range(i, j):
                covered[k] = True
            break
    return out


def _resolver(doc, gazetteer: Gazetteer | None, embedded: bool = False) -> _Resolver:
    return _Resolver(doc, gazetteer if gazetteer is not None else default_gazetteer(), embedded)


def _drop_lonely_namesakes(r: _Resolver, spans: list[_Span], chosen: dict[int, Place | None]) -> None:
    """A small town abroad that nothing else in the text points to is no reading of a name in a
    report whose places are in another country: "Zambana" among Nigerian villages is not the Italian
    hamlet, "God" in a sermon not Göd in Hungary. Another place there, its country named or its
    demonym keeps it ("Tuam, Ireland", "the Italian tourists came from Zambana")."""
    named: dict[str, set[str]] = {}  # country -> the names read as its places (a name said twice counts once)
    for s in spans:
        place = chosen[id(s)]
        if place is not None and place.country_code:
            named.setdefault(place.country_code, set()).add(normalize_name(s.text))
    if not named:
        return
    places_in = Counter({code: len(names) for code, names in named.items()})
    home, n = places_in.most_common(1)[0]
    if n < 2:
        return  # the report's own country is not clear from its places
    # the home country's territories are home too ("Saipan" in a report on the United States)
    homes = {home} | {territory for territory, country in load_territories().items() if country == home}
    support = places_in + r.demonym_counts()
    for s in spans:
        place = chosen[id(s)]
        if (
            place is not None
            and place.feature == "city"
            and place.population < LONELY_TOWN_POP
            and place.country_code
            and place.country_code not in homes
            and support[place.country_code] <= 1
            and not s.extras.get("contained")
        ):
            chosen[id(s)] = None


def document_focus(doc, gazetteer: Gazetteer | None = None) -> list[str]:
    """ISO2 codes of the countries a document is about, most prominent first: countries named,
    demonyms used, and towns that can only be in one country, weighted by count."""
    r = _resolver(doc, gazetteer)
    return r.focus(r.spans())


def find_places(
    doc, gazetteer: Gazetteer | None = None, *, focus: Iterable[str] | None = None, embedded: bool = False
) -> list[PlaceMention]:
    """Place names in ``doc`` (a spaCy Doc) with the place each resolves to, in text order.
    Offsets are character offsets into ``doc.text``. With ``embedded``, well-known places named
    inside an organisation's name ("the Toronto Police", "the Pakistan Army") are reported too, as
    geoparsing corpora count them; events never take their place from such a name, so the event
    builder leaves them out."""
    r = _resolver(doc, gazetteer, embedded)
    spans = r.spans()
    r.mentioned = {normalize_name(s.text) for s in spans}
    codes = [c.upper() for c in focus] if focus is not None else r.focus(spans)
    r.focus_guessed = focus is None
    spans = _situate(r, spans, codes)
    chosen = {id(s): r.choose(s, codes) for s in spans}
    if r.embedded:
        # the geoparser places a part of a town the gazetteer lacks at the town ("the Crown Heights
        # neighborhood of Brooklyn"); events keep to the town's own mention
        for s in spans:
            host = s.extras.get("part_of")
            if chosen[id(s)] is None and host is not None and id(host) in chosen:
                chosen[id(s)] = chosen[id(host)]
            chain = s.extras.get("chain") or []
            if (
                chosen[id(s)] is None
                and chain
                and s.end < len(r.doc)
                and r.doc[s.end].text in (",", "(")
                and not s.extras.get("fragment")
                and not s.extras.get("person_weak")
                and "." not in chain[0].text
                and not chain[0].text.isupper()
            ):
                # "Rockingham, Northamptonshire": a town the gazetteer lacks in the county the text
                # names (it knows only namesakes abroad) is placed at the county
                county = chosen.get(id(chain[0]))
                if county is not None and county.feature == "admin2":
                    chosen[id(s)] = county
    # one name, one place: a name the text situates ("Islamabad city (Islamabad, FCT)", "Vodyane,
    # Donetsk") is, where it stands alone ("Islamabad Press Club", "near Vodyane"), a place inside
    # what situated it: the same place, or none when the gazetteer has none there
    situated: dict[str, tuple[_Span, Place | None]] = {}
    for s in spans:
        within = s.extras.get("within") or (set(), set())
        if within[0] or within[1]:
            situated.setdefault(normalize_name(s.text), (s, chosen[id(s)]))
    for s in spans:
        place, key = chosen[id(s)], normalize_name(s.text)
        if place is None or key not in situated or situated[key][0] is s:
            continue
        first, sure = situated[key]
        within = s.extras.get("within") or (set(), set())
        if within[0] or within[1]:
            continue  # situated itself
        regions, countries = first.extras["within"]
        if not r._inside(place, regions, countries) and place != sure:
            chosen[id(s)] = sure if sure is not None and sure in s.candidates else None
    _drop_lonely_namesakes(r, spans, chosen)
    out = []
    for s in spans:
        place = chosen[id(s)]
        if place is not None:
            out.append(PlaceMention(text=s.text, start=s.char_start, end=s.char_end, place=place))
    if r.embedded:
        # the geoparser also reads buildings, venues and streets situated by their town; a site's
        # name replaces its head word read alone ("Arena" in "the Kestrel Arena in Leeds")
        home = _home_town(r, out, codes)
        sites = _site_mentions(r, spans, chosen, home)
        if home is not None:
            sites += _road_mentions(r, home, sites)
        sites += _unknown_place_mentions(r, spans, chosen, home, out + sites)
        out = [m for m in out if not any(x.start < m.end and m.start < x.end for x in sites)]
        out = sorted(out + sites, key=lambda m: m.start)
        out = sorted(out + _initials_mentions(r, out), key=lambda m: m.start)
        out = sorted(out + _same_name_mentions(r, out, codes), key=lambda m: m.start)
    return out
