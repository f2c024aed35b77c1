"""Mentions beyond the gazetteer's names, for the geoparser only (``find_places`` with ``embedded``):
buildings, venues and streets placed at the town the text gives or the report is about, roads by their
number, names the gazetteer lacks that the text marks as places, short forms made of a named place's
initials, and a name's other mentions read as its first one ("one name, one sense")."""

from __future__ import annotations

from collections import Counter

from conflictscope.geo.gazetteer import WORLD_FEATURES, Gazetteer, normalize_name
from conflictscope.geo.names import (
    EMBEDDED_TOWN,
    MAX_NAME_TOKENS,
    STRONG_ENTS,
    CandidateFinder,
    CandidateSpan,
    capitalised_runs,
    is_cap,
    is_hyphen,
    kind_hint,
    road_number,
)
from conflictscope.geo.situate import chain_after, place_context
from conflictscope.geo.words import (
    DIRECTIONS,
    ORG_HEAD_WORDS,
    ORG_WORDS,
    PART_WORDS,
    SECOND_LEVEL_WORDS,
    SITE_JOINERS,
    SITE_PREPOSITIONS,
    STREET_WORDS,
    UNKNOWN_PLACE_PREPOSITIONS,
)
from conflictscope.knowledge.geo_data import load_facility_words, load_road_numbers, load_site_rank_words
from conflictscope.types import Place, PlaceMention


# Where a site named with its town may be placed: at a town, a county or a region, never at a
# country's or a continent's point (a stadium "in Dubai" is the town, one "in Qatar" is nowhere known).
SITE_HOSTS = frozenset({"city", "admin2", "admin1", "region"})


def home_town(doc, found: list[PlaceMention], focus: list[str]) -> Place | None:
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
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not (place_context(doc, span.start, span.end) or p.population >= EMBEDDED_TOWN or p.feature == "admin2"):
            continue
        key = (p.name, p.country_code, p.latitude, p.longitude)
        counts[key] += 1
        places[key] = p
    if not counts:
        return None
    best = min(counts, key=lambda k: (-counts[k], -places[k].population))
    return places[best]


def site_mentions(
    doc, gazetteer: Gazetteer, spans: list[CandidateSpan], chosen: dict[int, Place | None], home: Place | None
) -> list[PlaceMention]:
    """A building, venue or street named as such: "the Barclays Center in Brooklyn", "Brooklyn's
    Barclays Center", "Donington Park, Leicestershire", "the University of St. Thomas in Houston",
    "Caesar's Palace". Geoparsing corpora annotate such sites as places; the gazetteer lacks them, so
    the geoparser places the site at the town the text gives, or else at the town the report is
    about (``home``: local news names its streets and halls without their town: "in the 200 block of
    River Avenue", "at the National Concert Hall"). A name holding a place we read is that place."""
    words = load_facility_words()
    ranks = load_site_rank_words()
    placed = [s for s in spans if chosen[id(s)] is not None]
    by_start = {s.start: s for s in placed}
    by_end = {s.end: s for s in placed}
    inside = {k for s in placed for k in range(s.start, s.end)}
    out: list[PlaceMention] = []
    for rs, re_ in capitalised_runs(doc):
        for h in range(re_ - 2, rs - 1, -1):
            if doc[h].lower_ in words and is_cap(doc[h]) and not is_cap(doc[h + 1]) and doc[h + 1].lower_ not in SITE_JOINERS:
                re_ = h + 1  # "the Wexmoor Stadium on Saturday": the run goes on past the site's name
                break
        if (
            re_ < len(doc)
            and doc[re_].is_lower
            and doc[re_].lower_ in STREET_WORDS
            and re_ - rs <= MAX_NAME_TOKENS
            and doc[rs].pos_ not in ("DET", "PRON")  # not "This avenue"
            and not gazetteer.has_name(doc[rs:re_].text)  # "Murree road": a road named after a town stays out
        ):
            re_ += 1  # "the renaming of Third street": a street's word written small
        if (
            rs >= 2
            and doc[rs - 1].lower_ in ("'s", "’s")
            and is_cap(doc[rs - 2])
            and rs - 2 not in inside
            and is_cap(doc[re_ - 1])
            and doc[re_ - 1].lower_ in words
        ):
            # "Caesar's Palace", "Alder Hey Children's Hospital": a possessive inside the site's name
            # (not "Brooklyn's Barclays Center", a town's site)
            k = rs - 2
            while k > 0 and is_cap(doc[k - 1]) and not doc[k].is_sent_start:
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
            while k > rs and (is_cap(doc[k - 1]) or doc[k - 1].lower_ in SITE_JOINERS or (doc[k - 1].lower_ in ("'s", "’s") and k - 1 > rs)):
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
            while k < len(doc) and (doc[k].lower_ == "the" or (doc[k].lower_ in DIRECTIONS and not is_cap(doc[k]))):
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


def road_mentions(doc, home: Place, taken: list[PlaceMention]) -> list[PlaceMention]:
    """Roads named by their number in a text about roads ("the A417 southbound carriageway", "a
    diversion via the A436, A40 and A429"): geoparsing corpora annotate them as places; the geoparser
    places them at the town the report is about. A number counts after "the", or listed right after
    another such number."""
    _, context = load_road_numbers()
    if not any(t.lower_ in context for t in doc):
        return []  # "the B2 level", "the M4 carbine": no roads spoken of
    pattern = road_number()
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


def unknown_place_mentions(
    doc,
    unresolved: list[tuple[int, int, int, int]],
    spans: list[CandidateSpan],
    chosen: dict[int, Place | None],
    home: Place | None,
    taken: list[PlaceMention],
) -> list[PlaceMention]:
    """Names the gazetteer lacks that the text marks as places: "the village of Nagrig", "Torkula
    village", "the Air Balloon roundabout", "in Portroe" (NER: a place), "Knockhill, Fife". Geoparsing
    corpora annotate villages, estates and features we have no entry for; the geoparser places such a
    name at what the text puts it in ("Knockhill, Fife", "the Mukuru district of Nairobi", "Abu Shok
    refugee camp in El Fasher"), or else at the report's home town. A region we lack ("Orientale
    province") is not placed at a town."""
    by_start = {s.start: s for s in spans if chosen[id(s)] is not None}
    used: set[int] = set()
    for m in taken:
        used.update(range(m.start, m.end))
    out: list[PlaceMention] = []
    for start, end, run_start, run_end in unresolved:
        span = doc[start:end]
        if (start, end) != (run_start, run_end) or span.start_char in used:
            continue  # a stretch of a longer capitalised name is no name of its own
        if span.text.isupper() or any(not t.is_alpha and not is_hyphen(t) for t in span):
            continue  # "FATA", "MH370": short forms and codes
        if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
            continue  # "in Modi's name", "in Kemira's centre": an owner, not a place
        county = None
        if end < len(doc) and doc[end].text in (",", "("):
            chain = chain_after(doc, end, by_start)
            if chain and "." not in chain[0].text and not chain[0].text.isupper():
                p = chosen[id(chain[0])]
                if p is not None and p.feature == "admin2":
                    county = p  # "Knockhill, Fife" (not "Rothstein, P.A.": a firm's suffix)
        k = start - 1
        while k >= 0 and doc[k].lower_ in ("the", "a"):
            k -= 1
        marked = (
            kind_hint(doc, start, end) == "city"
            or (
                end + 1 < len(doc)
                and doc[end].is_lower
                and doc[end].lower_ in PART_WORDS
                and not is_hyphen(doc[end + 1])  # "the Champions League quarter-final"
            )
            or (k >= 0 and doc[k].lower_ in UNKNOWN_PLACE_PREPOSITIONS and all(t.ent_type_ in STRONG_ENTS for t in span))
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
            for c in chain_after(doc, end, by_start):
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


def initials_mentions(doc, found: list[PlaceMention]) -> list[PlaceMention]:
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
        for tok in doc
        if tok.text in by_initials and tok.idx not in used
    ]


def _sure_reading(place: Place, key: str, focus: list[str]) -> bool:
    """A reading safe to carry to the name's other mentions: the place by its own name (not an
    alternate name, not a site placed at its town) in one of the report's countries, or a country,
    a region or a continent."""
    if place.feature in WORLD_FEATURES or place.feature in ("country", "admin1", "region"):
        return True
    return normalize_name(place.name) == key and (place.country_code in focus or not focus)


def same_name_mentions(finder: CandidateFinder, found: list[PlaceMention], focus: list[str]) -> list[PlaceMention]:
    """One name, one sense in a report: a name the text reads as a place is that place wherever else
    it stands, inside an organisation's name ("the Allendale Women's Club" in a report on Allendale),
    before a hyphen ("Allendale-based") or where the first reading's cues are missing. The first
    reading's place is kept; a person's name ("George Washington") stays a person."""
    doc = finder.doc
    by_first: dict[str, list[tuple[int, str, Place]]] = {}
    for m in found:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        key = normalize_name(span.text)
        if not _sure_reading(m.place, key, focus):
            continue
        if not (place_context(doc, span.start, span.end) or m.place.population >= EMBEDDED_TOWN or m.place.feature != "city"):
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
        if not entries or covered[i] or not is_cap(tok):
            continue
        for n, key, place in sorted(entries, key=lambda e: -e[0]):
            j = i + n
            if j > len(doc) or any(covered[i:j]) or normalize_name(doc[i:j].text) != key:
                continue
            # "Helen Kunz" (a first name or a title), "the Chamber of Commerce": a person's or an
            # organisation's word; NER's bare PERSON tag ("Seattle Seahawks") does not outweigh the reading
            if finder.person_like(i, j) is True or any(t.lower_ in ORG_HEAD_WORDS or t.lower_ in ORG_WORDS for t in doc[i:j]):
                break
            span = doc[i:j]
            out.append(PlaceMention(text=span.text, start=span.start_char, end=span.end_char, place=place))
            for k in range(i, j):
                covered[k] = True
            break
    return out
