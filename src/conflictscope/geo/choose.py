"""Choosing one reading of each candidate name (the third step of geo/resolve.py): the countries the
report is about (``text_focus``), then for each name the reading its situating regions, the report's
countries, the kind of place the text asks for ("the city of", "province") and population favour
(``choose``); last, small towns abroad that nothing else in the text points to are dropped
(``drop_lonely_namesakes``)."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Callable

from conflictscope.geo.capitals import capital_name
from conflictscope.geo.gazetteer import FEATURE_RANK, WORLD_FEATURES, distance_km, fold_name, normalize_name
from conflictscope.geo.names import EMBEDDED_TOWN, CandidateSpan, is_cap
from conflictscope.geo.situate import place_context
from conflictscope.geo.words import CONNECTORS, NEIGHBOURHOOD_WORDS, ORG_HEAD_WORDS, ORG_WORDS, STOP_WORDS
from conflictscope.knowledge.geo_data import load_territories
from conflictscope.types import Place

# A town abroad this small, that no other name in the text points to, is no reading of a name in a
# report on another country.
LONELY_TOWN_POP = 50_000
# A town abroad this small is no reading of a name the text situates in a region at home.
FOREIGN_NAMESAKE_POP = 100_000
MAIN_TOWN = 1_000_000  # a city this large answering to its region's name is what the name means
WORLD_CITY = 1_000_000  # a city this large beats a foreign namesake 20 times smaller whose region goes unnamed
PART_OF_TOWN_KM = 60  # a place named as in a town ("the Seray in Tripoli") lies this near it
DISTRICT_KM = 100  # a place named as in a district named after its seat ("X in Jhang district") lies this near the seat
NEAR_REGION_KM = 100  # a town this near one of our own regions' points is in it ("Washington, D.C.")
# a town this near the point of the region the text puts it in is what the text names, though the
# gazetteer puts it in the region next door ("Goniri (Gujba, Borno)": Yobe's Goniri, 85 km away)
BORDER_TOWN_KM = 150
MAIN_TOWN_KM = 400  # a region's main town lies within this distance of the region's point
GREAT_CITY = 500_000  # ... unless it is a great city known by the name (Washington and the state)
# a village this small, known by a name only as an alternate one, is no reading of a division of that name
# ("Kono district" is not Koni, a village of Ivory Coast; "Haditha district" is Hadithah, a town of 30,000)
DIVISION_VILLAGE = 5_000
SMALL_TOWN = 1_000  # a name known only as villages this small says little about the report's country
# A town this large whose own name is the name written is what the name means, rather than a town of
# another country that GeoNames lists under it only as another language's spelling ("Dili" is Delhi's
# Hindi name, "Puno" one of Pune's): the name is that town's, not a spelling of the other's.
OWN_NAME_TOWN = 100_000
# What being the seat of the region of its own name adds to a town's score: about what three times its
# population would (0.75 per tenfold)
SEAT_BONUS = 0.35
# A town this far from the point of each of the report's countries is on another continent: a name that
# is only another name of it is no reading of a name in that report ("Boni" in Mali is not Bonn)
FAR_ABROAD_KM = 2500
# A town reading this far from every other town the text names, with a namesake this near one of them,
# gives way to the namesake (readings_near_other_towns)
LONE_READING_KM = 100
NEAR_READING_KM = 50
VILLAGE_READING = 10_000  # ... when the reading is a village this small


def unique_town_weight(candidates: list[Place]) -> float:
    """Weight of a name whose places are all in one country: 1, or 0.25 when they are all villages
    (one such name alone does not make a country the report's: "Tapah" is also a Romanian village)."""
    return 1.0 if any(c.population >= SMALL_TOWN or c.feature != "city" for c in candidates) else 0.25


def own_name_over_aliases(cands: list[Place], key: str, keep: frozenset[str] | set[str] = frozenset()) -> list[Place]:
    """The readings of a name less the towns of other countries that answer to it only as an alternate
    name, when a town of ``OWN_NAME_TOWN`` people or more bears it as its own ("Dili" in a report: the
    capital of East Timor, not Delhi, whose Hindi name GeoNames lists; "Puno city" is no Pune). A
    reading in a country of ``keep`` (the report's first country) stays, and so does one smaller than the
    town (no rival to it)."""
    own = [p for p in cands if p.feature == "city" and p.population >= OWN_NAME_TOWN and normalize_name(p.name) == key]
    if not own:
        return cands
    codes = {p.country_code for p in own}
    largest = max(p.population for p in own)
    # (only readings larger than the town: a smaller one answering to the name is no rival to it)
    return [
        p for p in cands
        if not (
            p.feature == "city" and p.population > largest and p.country_code not in codes
            and p.country_code not in keep and normalize_name(p.name) != key
        )
    ]


def focus_order(weights: Counter, sure: float = 1.0) -> list[str]:
    """Countries by weight. When some country has ``sure`` points or more (one, or half a point for a
    group that fights at home: geo/focus.py), those with less than half a point (a lone village) are
    left out: "Tapah" (a Romanian village) does not add Romania to a report on Farah, nor "Tawila" (a
    Yemeni hamlet) Yemen to one on the Janjaweed. A lone village in a report that names nothing else
    still gives its country."""
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] >= sure:
        return [code for code, w in ranked if w >= 0.5]
    return [code for code, _ in ranked]


def text_focus(spans: list[CandidateSpan], demonym_counts: Counter) -> list[str]:
    """ISO2 codes of the countries the names point to, most prominent first: a country named counts 2,
    a name whose places are all in one country 1 (a quarter for villages), a large town far larger than
    its namesakes 1, and each demonym 1."""
    weights: Counter[str] = Counter()
    shared: list[tuple[str, list[Place]]] = []  # (the country a shared name votes for, its readings)
    for s in spans:
        if s.candidates and s.candidates[0].feature in WORLD_FEATURES or s.extras.get("currency"):
            continue  # "Africa", "the Middle East": no one country; "the US dollar": a currency
        countries = [c for c in s.candidates if c.feature == "country"]
        if countries:
            weights[countries[0].country_code] += 2.0
            continue
        cands = own_name_over_aliases(s.candidates, normalize_name(s.text))
        codes = {c.country_code for c in cands if c.country_code}
        big = [c for c in cands if c.feature != "country" and c.population >= 100_000]
        if len(codes) == 1:
            weights[next(iter(codes))] += unique_town_weight(cands)
        elif big:
            top = max(big, key=lambda c: c.population)
            rivals = [c for c in cands if c.country_code != top.country_code]
            if all(c.population * 10 <= top.population for c in rivals):
                shared.append((top.country_code, cands))
    weights.update(demonym_counts)
    # a name shared by places in several countries does not vote against the country the rest of the
    # text puts it in (as geo/focus.py reads the raw text)
    from conflictscope.geo.focus import _outvoted, _sole_leader, reading_populations

    leader, sure = _sole_leader(weights), Counter(weights)
    for code, readings in shared:
        if not _outvoted(code, leader, reading_populations(readings), sure):
            weights[code] += 1.0
    return focus_order(weights)

def count_demonyms(doc, demonyms: dict[str, str | None], view=None) -> Counter[str]:
    """Country -> how often the text uses its demonym ("Armenian", "Israeli"). ``view``: the Doc's
    names.TokenView when the caller has read one (the same words, without a Token per word)."""
    counts: Counter[str] = Counter()
    if view is not None:
        for lower, cap in zip(view.lowers, view.caps):
            code = demonyms.get(lower)
            if code and cap:
                counts[code] += 1
        return counts
    for tok in doc:
        code = demonyms.get(tok.lower_)
        if code and is_cap(tok):
            counts[code] += 1
    return counts


def _closes_bracket(doc, span: CandidateSpan) -> bool:
    """The name ends a bracket that follows a name: "X (Y)", "X (Z, Y)"."""
    if span.end >= len(doc) or doc[span.end].text != ")" or span.start == 0:
        return False
    before = doc[span.start - 1].text
    if before == "(":
        return span.start >= 2 and is_cap(doc[span.start - 2])
    return before == "," and any(t.text == "(" for t in doc[max(0, span.start - 8) : span.start - 1])

def _namesakes_abroad(cands: list[Place], regions: set[tuple[str, str]], countries: set[str], focus: list[str]) -> bool:
    """Every reading is a small town outside the countries that the situating regions and the
    report name."""
    home = countries | {cc for cc, _ in regions} | set(focus[:1])
    return bool(cands) and all(p.feature == "city" and p.population < FOREIGN_NAMESAKE_POP and p.country_code not in home for p in cands)

def lies_within(p: Place, regions: set[tuple[str, str]], countries: set[str]) -> bool:
    """The place lies in one of the countries or (country, first-level region) pairs."""
    if p.feature == "country":
        return False
    if p.country_code in countries:
        return True
    if p.feature == "admin1":
        return False
    return bool(p.admin1) and (p.country_code or "", normalize_name(p.admin1)) in regions


def choose(
    span: CandidateSpan, focus: list[str], doc, mentioned: set[str], focus_guessed: bool, focus_from_places: bool = True
) -> Place | None:
    """The one reading of a name, or None when none fits: its situating regions first, then the report's
    countries (``focus``), the kind of place the text asks for, the name itself and population.
    ``mentioned``: the normalised names of every candidate in the text; ``focus_guessed``: the focus is
    read from this text, not given by the caller; ``focus_from_places``: a name in the text can be a
    place in the focus' first country (it is not read from demonyms alone).

    The steps narrow the readings in turn (each may find that none fits), score what is left, then
    check the best reading against what the text says of the name."""
    fw = _focus_weights(focus)
    regions, countries = span.extras.get("within") or (set(), set())
    inside = _inside_situating_regions(span, regions, countries, focus)
    if inside is None:
        return None
    cands, contained = inside
    span.extras["contained"] = contained
    cands = _inside_district_named(span, cands)
    if cands is None:
        return None
    if not contained or span.extras.get("comma_host"):
        # (a town after a comma situates the name even when its country holds the name's readings:
        # "Jaro, Iloilo City" is no Jaro 300 km away in another province)
        cands = _parts_of_host_town(span, cands)
        if cands is None:
            return None
    key = normalize_name(span.text)
    folded = fold_name(key)
    cands = own_name_over_aliases(cands, key, set(focus[:1]))
    if not contained:
        cands = _the_kind_the_text_asks_for(span, cands, focus, key)
        if cands is None:
            return None
        world = [p for p in cands if p.feature in WORLD_FEATURES]
        if world and span.hint != "city":
            # a continent, sea or region across borders ("Africa", "the Atlantic", "the Middle East")
            # rather than a town named after it
            return world[0]
        cands = _the_kind_its_neighbours_tell(span, cands, doc, key)
    cands = _regions_over_countries(cands, key)
    if not span.extras.get("embedded") and not span.extras.get("fragment"):
        # (inside a longer name or an organisation's, "CSA Singapore", the country as before)
        cands = _city_over_city_state(cands, key)
    score = _scorer(span, cands, fw, key, folded, mentioned, regions)

    best = max(cands, key=lambda p: (score(p), p.population))
    if contained and regions:
        best = _nearest_tie_to_region(span, cands, best, score, regions)
    if best.feature == "city" and not contained and not regions and not countries:
        # ("Santa Cruz de Asia, Lima": a name heading a longer one the gazetteer lacks)
        # (a particle of names that is no English word: "de", "del", "al", not "on Sunday")
        heads_longer = (
            span.end + 1 < len(doc)
            and doc[span.end].lower_ in CONNECTORS
            and doc[span.end].lower_ not in STOP_WORDS
            and is_cap(doc[span.end + 1])
        )
        best = _large_town_over_small_namesake(best, cands, key, mentioned, focus_guessed, heads_longer)
    if (regions or countries) and not contained and not _fits_regions_named(best, regions, countries, focus):
        best = _town_by_the_region_named(span, cands, regions, countries)
        if best is None:
            return None
    if not contained and fw and best.country_code not in fw and best.feature == "city" and best.population < 50_000:
        # a small namesake abroad in a report about somewhere else ("Hays" in Yemen): a place of
        # that name in the report's own countries (a village with no population figure) is meant
        home = [p for p in cands if p.country_code in fw]
        if home:
            best = max(home, key=lambda p: (score(p), p.population))
        elif focus_from_places or not focus_guessed or not place_context(doc, span.start, span.end):
            return None
        # else the report's country is only guessed from demonyms ("Turkish forces shelled positions
        # near Tell Abiad"): the town the text places things in stands
    if _common_words_region_abroad(best, fw, contained, key) or _a_part_of_a_longer_name(span, best, contained, key):
        return None
    if _other_name_far_abroad(best, cands, fw, contained, key, folded):
        return None
    if _article_before_town_abroad(span, best, fw, contained, doc) or _initials_abroad(span, best, fw, contained, doc):
        return None
    if _weak_evidence(span, best, fw, contained) or _numbered_label(span, best, fw, contained, doc):
        return None
    return best


def _other_name_far_abroad(best: Place, cands: list[Place], fw: dict[str, float], contained: bool, key: str, folded: str) -> bool:
    """"Malian troops came under attack near Boni": a name that is no town's own name, only another
    name of a town of another continent than the report's countries (Bonn, 4,000 km from Mali), is a
    place the gazetteer lacks. A world city ("Bombay"), a town near the report's countries ("Turkish
    forces shelled Kobani": 'Ayn al 'Arab, over the border) and a name the text situates stand."""
    if contained or not fw or best.feature != "city" or best.country_code in fw or best.population >= WORLD_CITY:
        return False
    if any(normalize_name(p.name) == key or (folded and fold_name(p.name) == folded) for p in cands):
        return False
    from conflictscope.geo.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    homes = [c for c in (gazetteer.country(code) for code in fw) if c is not None]
    return bool(homes) and all(distance_km(best, home) > FAR_ABROAD_KM for home in homes)


# Initials written with a small letter at the end ("FAMa", Mali's armed forces; "FARDe"): two
# capitals and then small letters, which no town's name is written with (Dutch "IJ" towns aside).
_MIXED_INITIALS = re.compile(r"(?!IJ)[A-Z]{2,}[a-z]{1,2}")


def _initials_abroad(span: CandidateSpan, best: Place, fw: dict[str, float], contained: bool, doc) -> bool:
    """"groups like Bayan Muna, BAYAN, GABRIELA": a word in capitals inside a sentence in lower case,
    that reads only as a town abroad of under 100,000, is an organisation's initials (not Bayan,
    China, in a report on the Philippines; "4 FAMa soldiers killed" is not Fama, Brazil). Not a
    dateline ("GOMA, Congo -"), which opens the text."""
    if contained or span.start == 0 or span.end - span.start != 1 or best.feature != "city":
        return False
    word = doc[span.start].text
    mixed = bool(_MIXED_INITIALS.fullmatch(word))
    if not (word.isupper() and word.isalpha() and len(word) >= 3) and not mixed:
        return False
    sent = doc[span.start].sent
    return (
        # (initials in mixed case read as nothing else, whichever country the name votes for)
        (mixed or best.country_code not in fw)
        and best.population < FOREIGN_NAMESAKE_POP
        and any(t.is_alpha and t.is_lower for t in sent)
        and not (span.start == sent.start and span.end < len(doc) and doc[span.end].text in (",", ":", "-", "("))
    )


def _article_before_town_abroad(span: CandidateSpan, best: Place, fw: dict[str, float], contained: bool, doc) -> bool:
    """"marching down the Alameda", "along the Malecon": English puts no article before a town's name,
    so a name after a lower-case "the" that reads only as a town abroad is a street, a promenade or a
    building of the report's own country (not Alameda, California, in a report on Santiago). A town
    of the report's own countries, a large town and a name the text situates stand."""
    return (
        not contained
        and span.start > 0
        and doc[span.start - 1].text == "the"
        and best.feature == "city"
        and best.country_code not in fw
        and best.population < FOREIGN_NAMESAKE_POP
    )


def _numbered_label(span: CandidateSpan, best: Place, fw: dict[str, float], contained: bool, doc) -> bool:
    """"at Mile 12", "Camp 4", "Sector 7": a word followed by a figure is a numbered spot, not a small
    town of another country that answers to the word (Mile in Ethiopia); a town of the report's own
    countries, a large town ("Kabul 2 days ago") or one the text situates stands."""
    return (
        not contained
        and span.end - span.start == 1
        and span.end < len(doc)
        and doc[span.end].is_digit
        and best.feature == "city"
        and best.population < FOREIGN_NAMESAKE_POP
        and best.country_code not in fw
    )


def _focus_weights(focus: list[str]) -> dict[str, float]:
    """Country -> weight of the report's countries, the first the most."""
    fw = {code: 1.0 / (1 + 0.35 * rank) for rank, code in enumerate(focus)}
    if focus:
        # the main country's territories are the report's too ("Saipan" in a report on the United
        # States): GeoNames gives each territory a country code of its own
        for territory, country in load_territories().items():
            if country == focus[0] and territory not in fw:
                fw[territory] = fw[country]
    return fw


def _inside_situating_regions(
    span: CandidateSpan, regions: set[tuple[str, str]], countries: set[str], focus: list[str]
) -> tuple[list[Place], bool] | None:
    """(the readings, whether they lie in the regions or countries that situate the name), or None
    when the name is a village the gazetteer lacks in the region the text names."""
    cands = span.candidates
    contained = False
    if regions or countries:
        inside = [p for p in cands if lies_within(p, regions, countries)]
        # "Oleksandrivka, Donetsk": a name situated in a region is not, under an old or other name,
        # the town that gives the region its name (Donetsk was once Oleksandrivka): a place is not
        # said to lie in itself
        key = normalize_name(span.text)
        named = {r for _, r in regions}
        other = [p for p in inside if not (p.feature == "city" and normalize_name(p.name) != key and normalize_name(p.name) in named)]
        if other:
            inside = other
        if inside:
            cands, contained = inside, True
        elif span.extras.get("by_region") and _namesakes_abroad(cands, regions, countries, focus):
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
    return cands, contained


def _inside_district_named(span: CandidateSpan, cands: list[Place]) -> list[Place] | None:
    """"near Shorkot in Jhang district", "the village of X in Y district": a name placed in a district
    named after its seat town is a place of that district, within ``DISTRICT_KM`` of the seat, not a
    namesake across the country (None: the gazetteer lacks it there; the district then places the
    event)."""
    host = span.extras.get("in_town")
    if host is None or not host.extras.get("second_level"):
        return cands
    seats = [h for h in host.candidates if h.feature == "city"]
    if not seats:
        return cands
    near = [p for p in cands if p.feature == "city" and any(distance_km(p, h) <= DISTRICT_KM for h in seats)]
    return near or None


def _parts_of_host_town(span: CandidateSpan, cands: list[Place]) -> list[Place] | None:
    host = span.extras.get("in_town")
    if host is None:
        return cands
    # "the Seray in Tripoli", "the Ilya square in Sidon": a name placed in a town is a part of
    # it, not a namesake far away; when the gazetteer has none near, it is no place of ours
    # (the geoparser places it at the town, find_places)
    towns = [h for h in host.candidates if h.feature == "city" and h.population >= EMBEDDED_TOWN]
    cands = [p for p in cands if p.feature == "city" and any(distance_km(p, h) <= PART_OF_TOWN_KM for h in towns)]
    if not cands:
        span.extras["part_of"] = host
        return None
    return cands


def _the_kind_the_text_asks_for(span: CandidateSpan, cands: list[Place], focus: list[str], key: str) -> list[Place] | None:
    """The readings a region after the name or a neighbourhood word asks for (None: none fits)."""
    situates = span.extras.get("situates")
    if situates:
        # a region after a town ("Atlanta, Georgia", "Perth, Scotland") is one the town can be in
        around = [p for p in cands if p.country_code in situates and p.feature in ("admin1", "region", "country")]
        if around:
            cands = around
    if span.extras.get("neighbourhood"):
        # a neighbourhood is in the report's own country, under its own name: not "Morro" for
        # Morro Bay in a report on Rio de Janeiro, nor the alternate name of a town elsewhere
        cands = [p for p in cands if p.country_code in set(focus[:1]) and normalize_name(p.name) == key]
        if not cands:
            return None
    return cands


def _the_kind_its_neighbours_tell(span: CandidateSpan, cands: list[Place], doc, key: str) -> list[Place]:
    """The readings a closing bracket or a list of countries or regions around the name asks for."""
    if _closes_bracket(doc, span):
        # "Bab Ghaliq (Qaatabah, Ad Dali)": the last name in brackets after a place is the region
        # that holds it, when a region answers to that name (not the Syrian village Ad Daliyah)
        regions_of_name = [p for p in cands if p.feature in ("admin1", "region") and normalize_name(p.name) == key]
        if regions_of_name:
            cands = regions_of_name
    listed = span.extras.get("listed")
    if listed:
        kind, code = listed
        alike = [p for p in cands if (p.feature == "country" if kind == "country" else p.feature in ("admin1", "region") and p.country_code == code)]
        if alike:
            cands = alike
    return cands


def _regions_over_countries(cands: list[Place], key: str) -> list[Place]:
    # "England", "Scotland": a first-level region of that name is meant, not the country that
    # also answers to it
    regions_named = {p.country_code for p in cands if p.feature == "admin1" and normalize_name(p.name) == key}
    if regions_named:
        cands = [p for p in cands if not (p.feature == "country" and p.country_code in regions_named and normalize_name(p.name) != key)]
    return cands


def _city_over_city_state(cands: list[Place], key: str) -> list[Place]:
    """"Hong Kong", "Singapore", "Macau": where a town of the very name holds most of its country's
    people, the name means the town. ACLED codes events there at the town, while an event known only
    to its country is not recorded."""
    towns = {p.country_code for p in cands if p.feature == "city" and normalize_name(p.name) == key}
    if not towns:
        return cands
    def city_state(c: Place) -> bool:
        return c.feature == "country" and c.country_code in towns and any(
            p.feature == "city" and p.country_code == c.country_code and normalize_name(p.name) == key and 2 * p.population >= c.population
            for p in cands
        )
    return [p for p in cands if not city_state(p)]


def _towns_of_the_name(cands: list[Place], key: str, folded: str) -> tuple[set[tuple[str | None, str]], set[int | None]]:
    """((country, name) of the towns answering to the name written, geonameids of regions' great
    cities answering to it)."""
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
    return same_name_towns, main_towns


def _scorer(
    span: CandidateSpan,
    cands: list[Place],
    fw: dict[str, float],
    key: str,
    folded: str,
    mentioned: set[str],
    regions: set[tuple[str, str]],
) -> Callable[[Place], float]:
    """The score of a reading among ``cands``: the report's countries, the kind of place, the name
    itself, a region the text names, and population."""
    same_name_towns, main_towns = _towns_of_the_name(cands, key, folded)

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
        if p.feature == "admin1" and span.hint != "admin" and any(
            c.feature == "city" and c.country_code != p.country_code and c.population >= max(GREAT_CITY, p.population)
            and normalize_name(c.name) == key
            for c in cands
        ):
            # a great city abroad bearing the name as its own is what the name means, rather than a
            # smaller region of another country ("the Court of Justice in Sofia" is in Bulgaria's
            # capital, not Madagascar's Sofia region): the region ranks as a town
            rank = min(rank, float(FEATURE_RANK["city"]))
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
        if region and ((region != key and primary and region in mentioned) or (p.country_code or "", region) in regions):
            in_named_region = 2.5
        # our own regions carry no population figure: count them as a large town's worth ("Java" the
        # island, not a village of Georgia)
        people = p.population or (EMBEDDED_TOWN if p.feature == "region" else 0)
        # a town in the region of its own name is that region's seat ("Ceiba" the municipality's town,
        # not a barrio of Vega Alta of about its size): a little ahead of a namesake elsewhere
        seat = SEAT_BONUS if p.feature == "city" and region == key and primary else 0.0
        return 2.0 * fw.get(p.country_code or "", 0.0) + rank + primary + in_named_region + seat + 0.75 * math.log10(people + 10)

    return score


def _nearest_tie_to_region(
    span: CandidateSpan, cands: list[Place], best: Place, score: Callable[[Place], float], regions: set[tuple[str, str]]
) -> Place:
    """Namesake villages of the region the text names, alike in every other respect ("Oleksandrivka,
    Donetsk": two of 5,740 people each): the one nearest where the region's people live (its point),
    rather than whichever the index lists first."""
    top = (score(best), best.population)
    ties = [p for p in cands if p.feature == "city" and (score(p), p.population) == top]
    if len(ties) < 2:
        return best
    points = [
        p
        for c in span.extras.get("chain") or []
        for p in c.candidates
        if p.feature in ("admin1", "region") and (p.country_code or "", normalize_name(p.name)) in regions
    ]
    if not points:
        return best
    return min(ties, key=lambda p: min(distance_km(p, r) for r in points))


def _large_town_over_small_namesake(
    best: Place, cands: list[Place], key: str, mentioned: set[str], focus_guessed: bool, heads_longer: bool = False
) -> Place:
    """A region named elsewhere in the text does not make a small namesake beat a large town
    ("Boston" after "New York" is not Boston, New York; "Rome" in a report naming Georgia)."""
    big = max((c for c in cands if c.feature == "city" and normalize_name(c.name) == key), key=lambda c: c.population, default=best)
    best_region = normalize_name(best.admin1 or "")
    if (
        big.population >= EMBEDDED_TOWN
        and big.population >= 20 * max(best.population, 1)
        and normalize_name(big.admin1 or "") not in mentioned
        and (
            # (a region of the report's own country naming a town of that country: "Trujillo" in a
            # report naming Valle del Cauca is Colombia's Trujillo, not Peru's third city; unless the
            # name only heads a longer one the gazetteer lacks, "Santa Cruz de Asia, Lima", when it
            # is no evidence for the small town)
            (best_region in mentioned and (big.country_code == best.country_code or heads_longer))
            # "Rome" in a text that seems to be about the US is Rome, Italy, unless Georgia is
            # named (a focus the caller gives is known, and stands)
            or (focus_guessed and big.population >= WORLD_CITY and big.country_code != best.country_code)
        )
    ):
        return big
    return best


def _town_by_the_region_named(
    span: CandidateSpan, cands: list[Place], regions: set[tuple[str, str]], countries: set[str]
) -> Place | None:
    """"Goniri (Gujba, Borno)" where the gazetteer puts the one Goniri in Yobe, 85 km from Borno's
    point: a town of the name in the region's country, this near the region, is the town the text
    names, and the line between two regions runs where the gazetteer does not say (regions are
    redrawn and towns near a border are told in either). Not a namesake across the country ("Orikhove,
    Luhansk" is no village of Crimea) nor abroad."""
    chain = span.extras.get("chain") or []
    if span.extras.get("second_level"):
        # "Baharak district, Takhar": a district is told by the region that holds it; a town of its
        # name in the next region is that region's namesake district (Badakhshan has a Baharak too)
        return None
    if countries or any(p.feature == "city" and p.country_code in {cc for cc, _ in regions} for c in chain for p in c.candidates):
        # (a town among the names that situate it, "Tudun Wada (Kaduna North, Kaduna)", "San Jeronimo
        # suburb, Cusco city", places the event better than a namesake across the line)
        return None
    points = [
        p
        for c in chain
        for p in c.candidates
        if p.feature == "admin1" and (p.country_code or "", normalize_name(p.name)) in regions
    ]
    near = [
        p
        for p in cands
        if p.feature == "city"
        and any(p.country_code == r.country_code and distance_km(p, r) <= BORDER_TOWN_KM for r in points)
    ]
    if not near:
        return None
    return min(near, key=lambda p: min(distance_km(p, r) for r in points if p.country_code == r.country_code))


def _fits_regions_named(best: Place, regions: set[tuple[str, str]], countries: set[str], focus: list[str]) -> bool:
    """A reading outside the regions or countries that situate the name can still be meant: only a
    large town in the report's country."""
    named = countries | {cc for cc, _ in regions}
    if best.feature in ("admin1", "region"):
        # "Kolofata town (Mayo-Sava, Extreme-Nord)": a region followed by a region of another
        # country is not that region (Madagascar's Sava), but a part of the name we lack
        return best.country_code in named
    if best.feature == "city":
        # "Orikhove, Luhansk" where the only Orikhove is in Crimea: the region named is where it is
        if best.population < 100_000 or (countries and best.country_code not in countries):
            return False
        if best.country_code not in named and named & set(focus[:1]):
            return False  # "Haidarabad area of Nahri Saraj district, Helmand" is not Hyderabad, Pakistan
    return True


def _common_words_region_abroad(best: Place, fw: dict[str, float], contained: bool, key: str) -> bool:
    # a region named only with common words ("West Coast", "Central", "Eastern") in a report
    # about other countries is those words, not New Zealand's or Uganda's region
    return bool(
        fw
        and best.feature in ("admin1", "region")
        and best.country_code not in fw
        and not contained
        and all(t in STOP_WORDS for t in key.split())
    )


def _a_part_of_a_longer_name(span: CandidateSpan, best: Place, contained: bool, key: str) -> bool:
    fragment = span.extras.get("fragment")
    if (contained and span.extras.get("chain_adjacent")) or span.extras.get("variant"):
        fragment = ""  # "Tijuana Baja California": the rest of the name is the region around it
    if fragment == "space" and key in NEIGHBOURHOOD_WORDS:
        return True  # "in Colonia Prados Verdes": the word that opens a quarter's name is no place
    if fragment == "space" and (best.feature == "city" or key in ORG_WORDS or key in ORG_HEAD_WORDS):
        # a town's name inside a longer unknown name ("Bir" in "Bir Hasan"); the head word of an
        # institution's name ("Centre" in "the Rogers Centre" is no region of Burkina Faso)
        return True
    return fragment == "hyphen" and best.feature == "city" and best.population < 100_000


def _weak_evidence(span: CandidateSpan, best: Place, fw: dict[str, float], contained: bool) -> bool:
    """Only a small foreign town, and nothing in the text says it is a place."""
    strong = best.feature != "city" or best.population >= 100_000 or (best.country_code in fw) or contained
    if not strong:
        return bool(span.extras.get("person_weak")) or not span.tagged_place and best.population < 5_000
    return bool(span.extras.get("person_weak")) and best.feature == "city" and best.country_code not in fw


def drop_lonely_namesakes(spans: list[CandidateSpan], chosen: dict[int, Place | None], demonym_counts: Counter) -> None:
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
    support = places_in + demonym_counts
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


def drop_unsupported_foreign_towns(
    doc, spans: list[CandidateSpan], chosen: dict[int, Place | None], demonym_counts: Counter, focus: list[str] | None = None
) -> None:
    """A town read in a country that no other name in the text and no demonym points to, when the text
    itself says otherwise: placed in a region of another country ("Palma in Cabo Delgado" is not the
    Spanish city, though "Valdivia, Los Rios ... Chilean citizens" stays the Chilean one when the
    gazetteer knows that region only in Ecuador), or called a division ("Kono district") while the
    town, small, answers to the name only as an alternate one (Koni in Ivory Coast), or is a village
    outside the report's first country ("Dang district" in a report on Nepal is no Vietnamese village
    of 1,525: a district is a division of the country the report is about), or a town of any size
    outside it when the report's other places are in it ("the Ahmadabad district governor ... Paktia")."""
    names_in: dict[str, set[str]] = {}
    for s in spans:
        place = chosen[id(s)]
        if place is not None and place.country_code:
            names_in.setdefault(place.country_code, set()).add(normalize_name(s.text))
    for s in spans:
        place = chosen[id(s)]
        if place is None or place.feature != "city" or s.extras.get("contained") or s.extras.get("variant"):
            continue
        key = normalize_name(s.text)
        code = place.country_code or ""
        if names_in.get(code, set()) - {key} or demonym_counts[code]:
            continue  # something else in the text points to the town's country
        regions, countries = s.extras.get("within") or (set(), set())
        chain = s.extras.get("chain") or []
        # "Palma in Cabo Delgado": the text says the town is in a region that names nothing else
        # (not the bracketed or comma-joined regions of coded notes, "Bafoussam town (Mifi, Ouest)",
        # "Valdivia, Los Rios", whose local names the gazetteer knows in another country)
        elsewhere = (
            s.extras.get("by_region")
            and code not in countries | {cc for cc, _ in regions}
            and s.end < len(doc)
            and doc[s.end].lower_ == "in"
            and bool(chain)
            and all(p.feature in ("admin1", "admin2", "region", "country") for c in chain for p in c.candidates)
        )
        # ... or a village of a country nothing else points to while other names or demonyms point
        # to another ("Dang district ... the Nepalese ministry said")
        elsewhere_named = any(c != code for c in names_in) or any(c != code and n for c, n in demonym_counts.items())
        called_division = s.hint == "admin" or s.extras.get("second_level")
        division = (
            called_division
            and (normalize_name(place.name) != key or elsewhere_named or (bool(focus) and code != focus[0]))
            and place.population < DIVISION_VILLAGE
        )
        # ... or a town of any size abroad, when the report's first country is where its other places
        # are ("an attack on the Ahmadabad district governor ... Paktia": a district of Afghanistan,
        # not Ahmedabad, India)
        division = division or bool(called_division and focus and code != focus[0] and names_in.get(focus[0], set()) - {key})
        if elsewhere or division:
            chosen[id(s)] = None


def drop_far_namesakes(spans: list[CandidateSpan], chosen: dict[int, Place | None], demonym_counts: Counter, focus: list[str]) -> None:
    """A town on another continent that nothing in the text points to, in a text sure of its own
    country, is a namesake, not the place meant: "Militants raided Palma" in a report datelined
    "PEMBA, Mozambique" is not Palma de Mallorca (the gazetteer lacks Mozambique's Palma), "Normal
    school students" in Michoacan are no people of Normal, Illinois. A text is sure of its country when
    two names or demonyms point to it (its capital counts twice); a town is far when it lies ``FAR_ABROAD_KM`` or more from every
    other place the text names. A capital, a city of ``WORLD_CITY`` people, a town the text situates, or
    one whose country another name or a demonym points to stays (a minister "in Madrid", "Spanish
    tourists in Palma")."""
    if not focus:
        return
    names_in: dict[str, set[str]] = {}
    for s in spans:
        place = chosen[id(s)]
        if place is not None and place.country_code:
            names_in.setdefault(place.country_code, set()).add(normalize_name(s.text))
    home = focus[0]
    # its capital named points to a country twice: "Police in Nairobi ... in Eastleigh" is a Kenyan
    # report, and Eastleigh the Nairobi quarter, not the English town
    capital = int(normalize_name(capital_name(home)) in names_in.get(home, set()))
    if len(names_in.get(home, set())) + demonym_counts[home] + capital < 2:
        return
    for s in spans:
        place = chosen[id(s)]
        if (
            place is None
            or place.feature != "city"
            or not place.country_code
            or place.country_code == home
            or place.population >= WORLD_CITY
            or s.extras.get("contained")
            or s.extras.get("variant")
        ):
            continue
        key = normalize_name(s.text)
        code = place.country_code
        if names_in.get(code, set()) - {key} or demonym_counts[code]:
            continue
        if normalize_name(capital_name(code)) in (key, normalize_name(place.name)):
            continue
        others = [p for t in spans if (p := chosen[id(t)]) is not None and normalize_name(t.text) != key and p.country_code != code]
        if others and all(distance_km(place, o) >= FAR_ABROAD_KM for o in others):
            chosen[id(s)] = None


def place_at_containers(doc, spans: list[CandidateSpan], chosen: dict[int, Place | None]) -> None:
    """For the geoparser: a name with no reading of its own placed at what contains it (a part of a town
    at the town, a town the gazetteer lacks at the county the text names)."""
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
            and s.end < len(doc)
            and doc[s.end].text in (",", "(")
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


def one_place_per_name(spans: list[CandidateSpan], chosen: dict[int, Place | None]) -> None:
    """One name, one place: a name the text situates ("Islamabad city (Islamabad, FCT)", "Vodyane,
    Donetsk") is, where it stands alone ("Islamabad Press Club", "near Vodyane"), a place inside what
    situated it: the same place, or none when the gazetteer has none there."""
    situated: dict[str, tuple[CandidateSpan, Place | None]] = {}
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
        if not lies_within(place, regions, countries) and place != sure:
            chosen[id(s)] = sure if sure is not None and sure in s.candidates else None


def readings_near_other_towns(spans: list[CandidateSpan], chosen: dict[int, Place | None]) -> None:
    """"the village of Vesele near Bakhmut", "clashes in Opytne and Avdiivka": of namesake villages of
    one country, the text means the one among the other towns it names, not a larger one far from them
    all. A reading is changed only when it is a village (under ``VILLAGE_READING`` people) more than
    ``LONE_READING_KM`` from every other town the text names that has no namesake in its country,
    and a namesake (same name, same country, and same region when the text situates the name) lies
    within ``NEAR_READING_KM`` of one of them."""
    towns = [(s, p) for s in spans if (p := chosen[id(s)]) is not None and p.feature == "city"]
    # the towns that place the others: those with no namesake town in their country
    sure = [
        (s, p) for s, p in towns
        if sum(1 for c in s.candidates if c.feature == "city" and c.country_code == p.country_code) == 1
    ]
    for s, place in towns:
        if place.population >= VILLAGE_READING:
            continue  # a town of some size is what a name means wherever the text's other towns are
        key = normalize_name(s.text)
        others = [p for t, p in sure if t is not s and normalize_name(t.text) != key and p.country_code == place.country_code]
        if not others or min(distance_km(place, o) for o in others) <= LONE_READING_KM:
            continue
        namesakes = [
            c for c in s.candidates
            if c.feature == "city" and c != place and c.country_code == place.country_code
            and normalize_name(c.name) == normalize_name(place.name)
            and (not s.extras.get("contained") or c.admin1 == place.admin1)
        ]
        near = [c for c in namesakes if min(distance_km(c, o) for o in others) <= NEAR_READING_KM]
        if near:
            chosen[id(s)] = max(near, key=lambda c: c.population)
