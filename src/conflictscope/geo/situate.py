"""Situating each candidate name (the second step of geo/resolve.py): the places written after it that
contain it ("Zinda Jan district, Herat", "Tieba (Bankass, Mopti)"), the town it is a part of ("the Seray
in Tripoli"), the names listed with it ("Armenia, Georgia and Azerbaijan"), and spelling variants of names
the gazetteer lacks or knows only abroad, looked up within the region named beside them."""

from __future__ import annotations

import re
from collections import Counter

from conflictscope.geo.gazetteer import Gazetteer, distance_km, fold_name, normalize_name
from conflictscope.geo.names import (
    EMBEDDED_TOWN,
    MAX_SPAN_TOKENS,
    STRONG_ENTS,
    CandidateSpan,
    is_cap,
    is_hyphen,
    kind_hint,
    second_level_after,
)
from conflictscope.geo.words import (
    ARTICLES,
    CHAIN_WORDS,
    CITY_WORDS,
    CONNECTORS,
    DIRECTIONS,
    FRONT_WORDS,
    G_FOR_Q_COUNTRIES,
    IZAFE,
    PART_WORDS,
    PLACE_PREPOSITIONS,
    PLACE_VERBS,
    REGION_WORDS,
    SECOND_LEVEL_WORDS,
)
from conflictscope.types import Place

# a spelling variant whose key is short (under six letters) is taken only if it is a first-level
# region or a town this large: a short key matches villages by chance
VARIANT_TOWN = 100_000
# A town this large named after a comma ("San Cristobal, Bogota") is the town the name before it is
# part of; one called a city ("Jaro, Iloilo City") needs only EMBEDDED_TOWN people.
CITY_HOST = 1_000_000
VARIANT_NEAR_KM = 150  # ... and, when the text names the places around it, this near one of them
# A one-word name that glues the Arabic article to a consonant ("Aljfara", "Almargeb", "Elmarj"), as
# Libyan and other North African spellings do: (article, the name after it).
JOINED_ARTICLE = re.compile(r"(Al|El)([b-df-hj-np-tv-z][a-z]{2,})")


def place_context(doc, start: int, end: int) -> bool:
    """The text marks the name as a place: "in X", "near X", "X district", "the village of X",
    "near al-X", "in rural X", "on the X front", "X countryside", "shelled X" (not "raided X's house")."""
    if kind_hint(doc, start, end) is not None or second_level_after(doc, end):
        return True
    if start >= 1 and doc[start - 1].pos_ == "VERB" and doc[start - 1].lemma_.lower() in PLACE_VERBS:
        return end >= len(doc) or doc[end].lower_ not in ("'s", "’s", "'")
    if end < len(doc) and doc[end].lower_ in FRONT_WORDS:
        return True
    k = start - 1
    if k >= 1 and is_hyphen(doc[k]) and doc[k - 1].lower_ in ARTICLES:
        k -= 2  # "near al-Bukamal": the article belongs to the name
    while k >= 0 and (doc[k].lower_ in ("the", "a") or doc[k].lower_ in DIRECTIONS):
        k -= 1
    return k >= 0 and doc[k].lower_ in PLACE_PREPOSITIONS


def _called_a_town(doc, start: int) -> bool:
    """"the city of X", "the town of X": the text itself says X is a town."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in ("city", "town", "village")


def pick_variants(
    gazetteer: Gazetteer, embedded: bool, text: str, scope: set[str], regions: set, countries: set, near: list[Place] | None = None
) -> list[Place]:
    """Spelling variants of ``text`` in ``scope``: those in the region named beside it, else (for
    names long enough not to match by chance) those in the countries; a short name only as a
    first-level region or a large town, near the places that situate it (``near``) if any."""
    found = gazetteer.variants(text, sorted(scope), admin2=embedded)
    if not found:
        return []
    in_region = [p for p in found if p.feature != "admin1" and p.admin1 and (p.country_code or "", normalize_name(p.admin1)) in regions]
    districts = [r for r in near or [] if r.feature == "region" and not r.admin1 and r.country_code]
    if districts:
        # "the Shoorki area of Kurram District (Khyber Pakhtunkhwa)": one of our own districts (which
        # carry no first-level region) puts the name near its point, not anywhere in the province
        # (Shorkot, 230 km away)
        in_region = [p for p in in_region if any(distance_km(p, r) <= VARIANT_NEAR_KM for r in districts)]
        found = [p for p in found if p.feature == "admin1" or any(distance_km(p, r) <= VARIANT_NEAR_KM for r in districts)]
    if in_region:
        return in_region
    found = [p for p in found if not countries or p.country_code in countries or p.feature == "admin1"]
    if near and any(p.feature == "admin1" for p in near):
        # "Kamonyi village (Uvira, Sud-Kivu)": a village spelt like a town outside the first-level
        # region the text names is no variant of it unless it lies near the places named (not
        # Kamina, 600 km away in another province)
        found = [p for p in found if p.feature == "admin1" or any(distance_km(p, r) <= VARIANT_NEAR_KM for r in near)]
    key = fold_name(text)
    if len(key) < 6:
        # a short key matches villages by chance ("Hadadah" for "Hodeidah"): only a first-level region
        # or a large town that starts with the same sound, near the places that situate the name
        # ("Qaatabah (Ad Dali)" is Qa'tabah; "Sahoora sector (Baramulla district, J&K)" is not Sehore,
        # 1,200 km away), or, with only the country known, a region's main town of the region's name
        # ("Hodeidah" is Al Hudaydah; "Yenegu" is not Enugu, "Chief Oyegun" not Ogun State)
        first = _first_sound(text)
        found = [
            p for p in found
            if (p.feature == "admin1" or (p.feature == "city" and p.population >= VARIANT_TOWN)) and _first_sound(p.name) == first
        ]
        if near:
            found = [p for p in found if any(distance_km(p, r) <= VARIANT_NEAR_KM for r in near)]
        else:
            found = [p for p in found if p.feature == "city" and fold_name(p.admin1 or "") == key]
    return found


def joined_article_spellings(text: str) -> list[str]:
    """Spellings of a one-word name that glues the Arabic article to it ("Aljfara", "Almargeb",
    "Elmarj"): the article apart ("Al Jfara"), and with the short vowel such spellings leave out
    after the first consonant ("Al Jafara") and the "g" they write for a "q" ("Al Marqeb"). Empty for
    any other name."""
    m = JOINED_ARTICLE.fullmatch(text)
    if m is None:
        return []
    rest = m.group(2)
    out = [f"{m.group(1)} {rest}"]
    if rest[1:2].lower() not in "aeiouy":
        out.append(f"{m.group(1)} {rest[0]}a{rest[1:]}")  # "Jfara": "Jafara"
    out += [w.replace("g", "q").replace("G", "Q") for w in out if "g" in w.lower()]
    return out


def pick_respelled(
    gazetteer: Gazetteer, embedded: bool, text: str, scope: set[str], near: list[Place], towns: bool = True
) -> list[Place]:
    """A name with a joined article ("Aljfara") read as its respellings (``joined_article_spellings``)
    with the checks of a short key: only a first-level region or (with ``towns``) a town of
    ``VARIANT_TOWN`` people, that starts with the same sound, near the places that situate the name
    if there are any."""
    found: dict[tuple, Place] = {}
    for spelling in joined_article_spellings(text):
        first = _first_sound(spelling)
        for p in gazetteer.candidates(spelling, admin2=embedded):
            # the article apart is a name the gazetteer knows as written ("Elwak": El Wak, a town of
            # 60,000 whose folded key is too short to look up), in the scope's countries
            if p.country_code in scope and p.feature in ("city", "admin1") and normalize_name(p.name) == normalize_name(spelling):
                found.setdefault((p.name, p.country_code, p.feature), p)
        for p in gazetteer.variants(spelling, sorted(scope), admin2=embedded):
            big_town = towns and p.feature == "city" and p.population >= VARIANT_TOWN
            if (p.feature == "admin1" or big_town) and _first_sound(p.name) == first:
                found.setdefault((p.name, p.country_code, p.feature), p)
    places = list(found.values())
    if len({p.country_code for p in places}) > 1:
        return []  # regions of several countries answer to it: none is safe
    if near:
        places = [p for p in places if any(distance_km(p, r) <= VARIANT_NEAR_KM for r in near)]
    return places


def _first_sound(name: str) -> str:
    """The first letter of a name after its article, vowels alike and "q" as "k" ("Hodeidah" and
    "Al Hudaydah" both start with "h", "Qaatabah" and "Ka'tabah" with "k"; "Yenegu" and "Enugu" do not)."""
    key = normalize_name(name)
    words = key.split()
    if len(words) > 1 and words[0] in ("al", "ar", "as", "ash", "ad", "ed", "ez", "el", "an", "at", "az", "ath", "adh", "the"):
        key = " ".join(words[1:])
    first = key[:1]
    return "a" if first in "aeiou" else "k" if first == "q" else first


def _joined(doc, start: int, end: int) -> bool:
    return end - start == 1 and JOINED_ARTICLE.fullmatch(doc[start].text) is not None


def lies_in_regions(p: Place, regions: set[tuple[str, str]]) -> bool:
    return bool(p.admin1) and (p.country_code or "", normalize_name(p.admin1)) in regions


def _chain_places(chain: list[CandidateSpan]) -> list[Place]:
    """The places the names that situate a name may be (not countries: a country is no point)."""
    return [p for c in chain for p in c.candidates if p.feature != "country"]


def _situated_after_comma(doc, start: int, end: int, chain: list[CandidateSpan], ends: set[int]) -> bool:
    """"Hodeidah, Yemen", "Kismayo, Lower Juba": a country or first-level region right after the
    name and a comma places it, as "in" does (not "Hadi, Yemen's president": a possessive). The
    district opening a bracket after a village the gazetteer lacks, "Bab Ghaliq (Qaatabah, Ad
    Dali)", is read too (ACLED codes the event to it); after a place we know ("Sirwah (Medghal,
    Marib)", ``ends``: where the names we know end) it only situates that place and is not read."""
    if not chain or end >= len(doc) or doc[end].text != "," or chain[0].start != end + 1:
        return False
    if start > 0 and doc[start - 1].text == "(" and any(
        e < start and all(t.lower_ in CHAIN_WORDS for t in doc[e : start - 1]) for e in ends if start - 4 <= e
    ):
        return False  # "Sirwah (Medghal, ...", "Marib city (Medghal, ...": after a name we know
    if not any(p.feature in ("country", "admin1") for p in chain[0].candidates) or "." in chain[0].text:
        return False  # "Dimond Kaplan & Rothstein, P.A.": an abbreviation after a comma is no state
    after = chain[-1].end
    return after >= len(doc) or doc[after].lower_ not in ("'s", "’s", "'")


def _bracketed_after_name(doc, start: int, end: int) -> bool:
    """"Wadi al-Rabi (Aljfara)": a name alone in brackets, or opening "(X, Y)", right after a
    capitalised name is where that place is (ACLED's notes write "village (district, region)")."""
    return start >= 2 and doc[start - 1].text == "(" and is_cap(doc[start - 2]) and end < len(doc) and doc[end].text in (")", ",")


def host_town(doc, s: CandidateSpan, by_start: dict[int, CandidateSpan]) -> CandidateSpan | None:
    """The town a name is said to be in: "the Seray in Tripoli", "the Ilya square in Sidon", "the
    Tabbaneh area of Tripoli" (up to two common nouns, then "in" or "of", then a name that is a town
    of 100,000 or more)."""
    k = s.end
    if k + 1 < len(doc) and doc[k].text == "," and place_context(doc, s.start, s.end) and not any(
        p.population >= CITY_HOST and normalize_name(p.name) == normalize_name(s.text) for p in s.candidates
    ):
        # "in Jaro, Iloilo City", "in San Cristobal, Bogota": a name after "in" (no great city itself:
        # "in Paris, London and Rome" is a list) before a comma and a city that is
        # only a town (no region or country of its name), called a city or of a million people, is a
        # quarter of it. Not a smaller town, which may be the province's name as well ("Matalam,
        # Cotabato": the province, which GeoNames lacks, not Cotabato City 70 km away)
        host = by_start.get(k + 1)
        if host is not None and host.end < len(doc) and (is_cap(doc[host.end]) or doc[host.end].lower_ in CONNECTORS):
            return None  # "Sirawai, Zamboanga del Norte": the name goes on, a province's
        called_city = doc[host.end - 1].lower_ == "city" if host is not None else False
        key = normalize_name(host.text) if host is not None else ""
        # (the great city under its own name: "Monreal" is no quarter's host as Montreal)
        if host is not None and host.candidates and all(p.feature == "city" for p in host.candidates) and any(
            p.population >= (EMBEDDED_TOWN if called_city else CITY_HOST) and key in (normalize_name(p.name), normalize_name(p.name) + " city")
            for p in host.candidates
        ):
            s.extras["comma_host"] = True
            return host
        return None
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


def _region_like(s: CandidateSpan) -> Place | None:
    """The first-level region a name most likely is, when that is its best-ranked reading."""
    top = s.candidates[0] if s.candidates else None
    return top if top is not None and top.feature in ("admin1", "region") and top.country_code else None


def _reading(s: CandidateSpan) -> Place:
    """The best-ranked entry of that very name ("England" the region, not the United Kingdom that
    also answers to it), else the best-ranked entry."""
    key = normalize_name(s.text)
    return next((p for p in s.candidates if normalize_name(p.name) == key), s.candidates[0])


def _peer_regions(a: CandidateSpan, b: CandidateSpan) -> bool:
    """Two different first-level regions of one country: listed side by side, neither is in the other."""
    ra, rb = _region_like(a), _region_like(b)
    return bool(
        ra and rb and ra.feature == rb.feature == "admin1" and ra.country_code == rb.country_code
        and normalize_name(ra.name) != normalize_name(rb.name)
    )


def chain_after(doc, end: int, by_start: dict[int, CandidateSpan]) -> list[CandidateSpan]:
    """The places that situate the name ending at token ``end``: "Zinda Jan district, Herat",
    "Tieba (Bankass, Mopti)", "Carvajal, Trujillo state", "Jiji (Zazi Aryub) district, Paktia",
    "Tijuana Baja California". A list ("Kabul, Ghor and Balkh") situates nothing."""
    found: list[CandidateSpan] = []
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
            if _modifies_noun(doc, nxt.end) and not any(p.feature in ("admin1", "region", "country") for p in nxt.candidates):
                # "Tiripetio, Michoacan, Normal school students": a town's name before a noun qualifies
                # it, no container (a region's still situates: "a Bradford, Ontario court")
                break
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
            commas += depth == 0  # "(Uvira, Sud-Kivu) and stole": a bracket's comma makes no list
        elif low in ("and", "or", "&"):
            if depth == 0 and commas and found:
                return []  # "A, B and C": a list of places, not one inside another
            break
        elif low in CHAIN_WORDS or (depth > 0 and (is_cap(tok) or is_hyphen(tok) or low in IZAFE)):
            pass
        elif low in APPOSITION_ARTICLES and not found and depth == 0 and k > end and doc[k - 1].text == ",":
            # "Madina, a village in Katsina state", "Palma, a town in northern Mozambique": an
            # apposition that calls the name a town or a division of a region situates it as "in" does
            noun = _apposition_noun(doc, k + 1)
            if noun is None:
                break
            k = noun
            continue
        elif low in ("in", "of") and (k == end or doc[k - 1].lower_ in CHAIN_WORDS) and not found:
            # "Karama in eastern Ar-Raqqa countryside", "Maftul village of Saladin province"
            pass
        elif low in DIRECTIONS and k > end and (doc[k - 1].lower_ in ("in", "of", ",", "(") or doc[k - 1].lower_ in CHAIN_WORDS):
            pass
        elif low == "of" and k > end and doc[k - 1].lower_ in DIRECTIONS and not found:
            pass  # "Doutchi, south of Diffa"
        elif low == "near" and k == end + 1 and doc[end].text == "," and not found:
            pass  # "Madina, near Gwoza, Borno state": the town it is near situates it as a bearing does
        elif (low in ARTICLES and k + 1 < len(doc) and is_hyphen(doc[k + 1])) or (is_hyphen(tok) and k > end and doc[k - 1].lower_ in ARTICLES):
            pass  # "Ar-" before "Raqqa"
        elif is_cap(tok) and k > end:
            # "the Haidarabad area of Nahri Saraj district, Helmand": a name the gazetteer lacks,
            # itself situated by the word after it, is skipped
            m = k
            while m < len(doc) and (m not in by_start or by_start[m].extras.get("fragment") or m == k) and (
                is_cap(doc[m]) or is_hyphen(doc[m]) or doc[m].lower_ in IZAFE
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


def _modifies_noun(doc, end: int) -> bool:
    """A capitalised word read as a name that goes on with a common noun of the sentence ("Normal
    school students", "Federal police") qualifies that noun: it is no place holding the name before
    it. Words that tell a place ("Donetsk oblast", "Herat city", "north") do not count."""
    if end >= len(doc):
        return False
    tok = doc[end]
    return tok.pos_ == "NOUN" and tok.is_lower and tok.is_alpha and tok.lower_ not in CHAIN_WORDS and tok.lower_ not in DIRECTIONS


# Articles opening an apposition after a name and a comma ("Madina, a village in Katsina state").
APPOSITION_ARTICLES = frozenset({"a", "an"})
# Words an apposition may put before its noun: "a small village", "a remote farming town".
APPOSITION_SKIP = 3


def _apposition_noun(doc, k: int) -> int | None:
    """Where the noun of an apposition starting at ``k`` is, when it calls the name before it a town
    or a division (a city, region or second-level word within ``APPOSITION_SKIP`` lower-case words,
    then "in" or "of"): "a village in", "a remote farming town in", "a district of". None otherwise
    ("a resident of", "a town 30 km from")."""
    for m in range(k, min(k + APPOSITION_SKIP + 1, len(doc) - 1)):
        low = doc[m].lower_
        if low in CITY_WORDS or low in REGION_WORDS or low in SECOND_LEVEL_WORDS:
            return m if doc[m + 1].lower_ in ("in", "of") else None
        if not doc[m].is_alpha or not doc[m].is_lower:
            return None
    return None


def constraint(containers: list[CandidateSpan]) -> tuple[set[tuple[str, str]], set[str]]:
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

def first_level_regions(containers: list[CandidateSpan]) -> set[tuple[str, str]]:
    """(country, region) pairs of the first-level regions the containers may name."""
    return {
        (p.country_code or "", normalize_name(p.name))
        for c in containers
        for p in c.candidates
        if p.feature == "admin1"
    }


def listed_groups(doc, spans: list[CandidateSpan]) -> list[list[CandidateSpan]]:
    """Names listed together: "Alberta, Manitoba, Ontario and New Brunswick", "Armenia, Georgia and
    Azerbaijan" (only commas, "and", "or" between them)."""
    groups: list[list[CandidateSpan]] = []
    current: list[CandidateSpan] = []
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


def _list_coherence(doc, spans: list[CandidateSpan]) -> None:
    """A name in a list is a place of the kind its neighbours are: among states of one country
    ("Ontario and New Brunswick") a state of that country, among countries ("Armenia, Georgia and
    Azerbaijan") a country. Recorded as the span's ``listed`` (feature, country or None)."""
    for group in listed_groups(doc, spans):
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


def situate(
    doc,
    spans: list[CandidateSpan],
    unresolved: list[tuple[int, int, int, int]],
    focus: list[str],
    gazetteer: Gazetteer,
    embedded: bool,
) -> list[CandidateSpan]:
    """Give each name the regions that situate it, and look up spelling variants ("Ar-Raqqa",
    "Dawlat Abad") of names the gazetteer lacks, or knows only abroad, within the region named
    beside them or else the report's main country. ``unresolved``: the stretches of capitalised runs
    the gazetteer lacks (CandidateFinder.unresolved); ``embedded``: the geoparser's reading (counties
    too)."""
    by_start = {s.start: s for s in spans}
    _list_coherence(doc, spans)
    home = focus[:1]
    fw = set(focus)
    for s in spans:
        if s.candidates and s.candidates[0].feature == "country":
            continue  # "Lebanon in Sidon": a country is situated by nothing
        chain = chain_after(doc, s.end, by_start)
        if chain and _peer_regions(s, chain[0]):
            chain = []  # "Delaware, Illinois": a list of regions
        s.extras["chain"] = chain
        for c in chain:
            c.extras["container"] = True
            # "Atlanta, Georgia": the container is in the country of the name it situates
            c.extras.setdefault("situates", set()).update(p.country_code for p in s.candidates if p.country_code)
        within = constraint(chain)
        named = within[1] | {cc for cc, _ in within[0]}
        # (when the container reads as towns only, a large town abroad that answers to its name only as
        # another of its names is no rival either: "Catarman town, Northern Samar" in a report on the
        # Philippines is in no Samara of Russia)
        towns_only = not any(p.feature != "city" for c in chain for p in c.candidates)
        regions_only = all(
            p.feature != "city" or p.population < 100_000 or (towns_only and normalize_name(p.name) != normalize_name(c.text))
            for c in chain for p in c.candidates
        )
        if fw and named and not (named & fw) and regions_only and any(c.country_code in fw for c in s.candidates):
            # "Mamfe town (Manyu, Sud-Ouest)" in a report on Cameroon: "Sud-Ouest" is Haiti's only for
            # the gazetteer, the town in the report's country stands
            within = (set(), set())
        s.extras["chain_adjacent"] = bool(chain) and chain[0].start == s.end
        host = host_town(doc, s, by_start)
        if host is not None:
            s.extras["in_town"] = host
        s.extras["within"] = within
        # situated by a region or country the text names, not only by a town
        s.extras["by_region"] = bool(within[0] or within[1]) and any(
            p.feature in ("admin1", "admin2", "region", "country") for c in chain for p in c.candidates
        )
        admin_regions = first_level_regions(chain)
        regions, countries = within
        allowed = countries | {cc for cc, _ in regions}
        if not place_context(doc, s.start, s.end) or s.extras.get("person_weak"):
            continue
        # only a region or country named beside it overrules the gazetteer's own names: the report's
        # main country is a guess ("US dollar" in a Lebanese report)
        scope = allowed
        if not scope or any(c.country_code in scope for c in s.candidates):
            continue
        variants = pick_variants(gazetteer, embedded, s.text, scope, admin_regions, countries, _chain_places(chain))
        if variants:
            s.candidates = variants
            s.extras["variant"] = True
    for group in listed_groups(doc, spans):
        # "the villages of A, B, C and D (Donga, Taraba)": the region after a list situates each name in it
        last = group[-1]
        if last.extras.get("by_region"):
            for s in group[:-1]:
                regions, countries = s.extras.get("within") or (set(), set())
                if not regions and not countries:
                    s.extras["within"] = last.extras["within"]
                    s.extras["by_region"] = True
    added = []
    ends = {s.end for s in spans if s.candidates}
    def respelled(start: int, end: int) -> CandidateSpan | None:
        if not embedded and all(t.lower_ in PART_WORDS for t in doc[start:end]):
            # "in Barangay Santo Rosario": a word for a part of a town is no misspelt town an event could
            # be placed at (the geoparser still reports the quarter's name, as its corpora count it)
            return None
        chain = chain_after(doc, end, by_start)
        marked = place_context(doc, start, end) or _situated_after_comma(doc, start, end, chain, ends)
        joined = end - start == 1 and JOINED_ARTICLE.fullmatch(doc[start].text) is not None
        if not marked and not (joined and _bracketed_after_name(doc, start, end)):
            return None
        regions, countries = constraint(chain)
        admin_regions = first_level_regions(chain)
        scope = (countries | {cc for cc, _ in regions}) or set(home)
        near = _chain_places(chain)
        town_chain = bool(chain) and not second_level_after(doc, chain[0].end) and kind_hint(doc, chain[0].start, chain[0].end) != "admin"
        if town_chain and not admin_regions and len(scope) > 1 and set(home) & scope and not any(p.feature == "country" for p in near):
            # "Usaquen, Bogota": the town after the name is the report's Bogota, not its namesake in
            # New Jersey, so the name is looked for near the one in the report's country (not after
            # a district read as towns: "(Haveli district, AJK)")
            scope = set(home)
            regions = {r for r in regions if r[0] in scope}
            countries = countries & scope
            near = [p for p in near if p.country_code in scope]
        if not scope and not joined:
            return None
        text = doc[start:end].text
        # "Nadas in rural Ras al Ain in al-Hasakeh": a town that situates the name puts it in the
        # town's region, as a region named beside it does
        variants = pick_variants(gazetteer, embedded, text, scope, admin_regions | regions, countries, near) if marked else []
        g_scope = scope & G_FOR_Q_COUNTRIES
        respelt_q = False
        if not variants and marked and g_scope and text[:1] == "G" and text[1:2].lower() != "h":
            # "Garabulli (Almargeb)": a "g" written for the Arabic "q" (Qasr al Qarabulli)
            variants = pick_variants(gazetteer, embedded, "Q" + text[1:], g_scope, admin_regions | regions, countries, near)
            respelt_q = bool(variants)
        if not variants and joined:
            variants = pick_respelled(gazetteer, embedded, text, scope, near)
            if not variants and not (countries or regions):
                # the report's country is a guess, and the joined article says the name is Arabic,
                # not where: a first-level region of any country, if those that answer to it are all
                # in one (not a town: "at Alyansa" in the Philippines is no Yan'an)
                variants = pick_respelled(gazetteer, embedded, text, set(gazetteer.country_codes), near, towns=False)
        if not variants and marked and not (countries or regions) and len(focus) > 1 and _called_a_town(doc, start):
            # "Israeli forces raided the city of Qalqiliyah ... Palestinian residents": a name the text
            # calls a town is looked for in the report's second country too (not any capitalised word:
            # "Society" is no misspelt town of it)
            variants = pick_variants(gazetteer, embedded, text, {focus[1]}, set(), set())
        if not variants:
            return None
        # "Mamond tehsil of Bajaur district": a name one of our districts holds is no other district
        # of that country spelt close to it (Mohmand); districts lie side by side, neither in the other
        holders = {(p.country_code, normalize_name(p.name)) for c in chain for p in c.candidates if p.feature == "region" and p.country_code}
        if holders:
            variants = [p for p in variants if not (p.feature == "region" and any(cc == p.country_code and name != normalize_name(p.name) for cc, name in holders))]
            if not variants:
                return None
        if respelt_q and regions and not any(lies_in_regions(p, regions) for p in variants):
            # the name read letter for letter, found near the regions the text names but not in
            # them: GeoNames draws the border elsewhere ("Garabulli (Almargeb)" is Qasr al Qarabulli,
            # which GeoNames puts in Tripoli), and the text's regions are the variant's own (not for
            # a fold match by chance: "the Zocalo in Mexico City" is no village of Puebla)
            regions = regions | {(p.country_code or "", normalize_name(p.admin1)) for p in variants if p.admin1}
        span = doc[start:end]
        v = CandidateSpan(start, end, span.text, span.start_char, span.end_char, variants)
        v.hint = kind_hint(doc, start, end)
        v.tagged_place = any(t.ent_type_ in STRONG_ENTS for t in span)
        v.extras.update(variant=True, fragment="", second_level=second_level_after(doc, end), within=(regions, countries))
        return v

    # one-word names that glue the Arabic article first: read without the text around them, they can
    # situate the names before them ("Garabulli (Almargeb)": Almargeb is Al Marqab, so Garabulli is
    # looked for in Libya)
    pending = sorted(((start, end) for start, end, _, _ in unresolved), key=lambda k: not _joined(doc, *k))
    for start, end in pending:
        v = respelled(start, end)
        if v is None:
            continue
        added.append(v)
        if _joined(doc, start, end):
            by_start.setdefault(v.start, v)
            ends.add(v.end)
    if not added:
        return spans
    # a spelling variant of the whole name replaces the fragments inside it ("Abad" in "Dawlat Abad")
    kept = [s for s in spans if not any(a.start < s.end and s.start < a.end for a in added)]
    return sorted(kept + added, key=lambda s: s.start)
