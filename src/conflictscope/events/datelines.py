"""A wire story's dateline ("KATHMANDU, Dec 1 (Reuters) - Rebels attacked a post in Dang ...",
"JACKSONVILLE, Fla. -") says where the story was filed, not where its event happened. The event's place is
the town the sentence names; the dateline's town is its place when the sentence names no town (a local
paper's dateline is often the event's town), and the place of a local report's events that name none.
The dateline itself, and the filing day, are read in mentions/datelines.py."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from conflictscope.events.mention import SentenceFacts
from conflictscope.events.predicates.syntax import place_token
from conflictscope.geo.gazetteer import Gazetteer, distance_km, fold_name
from conflictscope.geo.words import COMPASS, REGION_WORDS, SECOND_LEVEL_WORDS
from conflictscope.knowledge import read_word_sets
from conflictscope.mentions.datelines import date_heading_end, dateline_after, stripped_parts
from conflictscope.nlp.analyze import text_of
from conflictscope.types import DateMention, PlaceMention


def dateline_places(facts: SentenceFacts) -> list[PlaceMention]:
    """The places of the dateline that opens the sentence: its town and the country or province after
    it ("JACKSONVILLE, Fla."); none when the sentence opens with no dateline."""
    if facts.dateline is not None:
        return facts.dateline  # parsed as a sentence of its own, before this one (pipeline.py)
    return opening_dateline(facts.sent, facts.places)


def opening_dateline(sent: Span, places: list[PlaceMention]) -> list[PlaceMention]:
    """Of ``places`` (offsets into the sentence's Doc), those of the dateline that opens ``sent``."""
    # the sentence and the character after it: a dateline parsed alone ends before the space its dash wants
    if not places:
        return []
    text = text_of(sent.doc)[sent.start_char : sent.end_char + 1]
    lead = len(text) - len(text.lstrip(" \t\r\n\"'“‘"))
    lead = date_heading_end(text, lead)  # a log line's date before its place: "27/6 - Gao: ..."
    for mention in places:
        if mention.start - sent.start_char != lead:
            continue
        where = dateline_after(text, mention.end - sent.start_char)
        if where is None:
            return []
        end = sent.start_char + where[1]
        return [m for m in places if m is mention or (mention.end <= m.start and m.end <= end)]
    return []


# an admin2 area told beside a dateline town of its province holds the town when it is this near
_ADMIN2_REACH_KM = 40.0


def holds_dateline_town(region: PlaceMention, town: PlaceMention) -> bool:
    """Whether a region the sentence names may be where the dateline's town lies ("KANDAHAR - ... in
    Kandahar province"): then the town is the finer place. A region that does not hold it ("MOGADISHU -
    ... in Lower Shabelle") is the event's place, not the hub the story was filed from."""
    area, seat = region.place, town.place
    if area.country_code != seat.country_code or seat.feature != "city":
        return False
    province = fold_name(seat.admin1 or "")
    if area.feature == "admin2":
        return bool(province) and fold_name(area.admin1 or "") == province and distance_km(area, seat) <= _ADMIN2_REACH_KM
    if area.feature in ("admin1", "region"):
        return bool(province) and province in {fold_name(area.admin1 or ""), fold_name(area.name)}
    return False


# a place the gazetteer does not know, told as one: "in Rolpa district", "the village of Thabang"
_UNKNOWN_PLACE = re.compile(
    r"\b[A-Z][\w'’-]+\s+(?:district|province|county|governorate|prefecture|region|municipality|township|village)\b"
    r"|\bthe\s+(?:village|town|city|district|province|region|hamlet|settlement)\s+of\s+[A-Z]"
)


def told_elsewhere_in_country(sent: Span, places: list[PlaceMention], town: PlaceMention) -> bool:
    """Whether the sentence places what it tells in a part of the dateline town's country by a compass
    bearing ("KATHMANDU - ... in western Nepal", "in Nepal's west", "in the north of Nepal", "in the
    country's north"), or at a place named as one that the
    gazetteer does not know ("in Rolpa district", "the village of Thabang"): a wire story filed from the
    capital; the capital is where the reporter is, not the event."""
    start = sent.start_char
    for token in sent:
        if token.lower_ != "country":
            continue
        if token.dep_ == "poss" and token.head.lower_ in COMPASS:
            return True  # "in the country's north"
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in COMPASS:
            return True  # "in the north of the country"
    for found in _UNKNOWN_PLACE.finditer(text_of(sent.doc), start, sent.end_char):
        if not any(m.start < found.end() and found.start() < m.end for m in places) and found.group().split()[0] != town.text:
            return True
    for mention in places:
        if mention.place.feature != "country" or mention.place.country_code != town.place.country_code:
            continue
        token = place_token(sent, mention)
        if token is None:
            continue
        if any(c.dep_ in ("amod", "compound") and c.lower_ in COMPASS for c in token.children):
            return True  # "western Nepal"
        if token.dep_ == "poss" and token.head.lower_ in COMPASS:
            return True  # "Nepal's west"
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in COMPASS:
            return True  # "the north of Nepal"
    return False


def dateline_town(text: str, town: tuple[int, int], offset: int, gazetteer: Gazetteer, focus: list[str]) -> PlaceMention | None:
    """The dateline's town (``town``: its span in ``text``) as a town of the report's first country: the
    largest of that name there, with offsets into the piece that starts at ``offset``; None when the
    report's first country has no town of that name (a wire's hub, "NAIROBI" for a story in Somalia)."""
    if not focus:
        return None
    name = text[town[0] : town[1]]
    towns = [p for p in gazetteer.candidates(name) if p.feature == "city" and p.country_code == focus[0]]
    if not towns:
        return None
    return PlaceMention(name, town[0] - offset, town[1] - offset, max(towns, key=lambda p: p.population or 0))


def form_town(
    text: str, fields: list[tuple[int, int]], gazetteer: Gazetteer, focus: list[str], *, anywhere: bool = True
) -> PlaceMention | None:
    """The town (else the region) an incident form's place field names (``fields``: the spans of its
    comma-separated parts in ``text``): the largest of that name in the first of the report's countries
    that has one, else anywhere (the field says it is a place, so a form needs no country to trust it).
    A part named as a unit ("Hodan district", "Rutshuru territory") is the area around the town another
    part names ("Location: Hodan district, Mogadishu"; "Kiwanja, Rutshuru territory"), and its name
    stands for its town only when no other part is one the gazetteer knows. Without ``anywhere``, only
    places of the ``focus`` countries count."""
    units = _unit_words()
    parts = []
    for start, end in fields:
        words = text[start:end].split()
        unit = len(words) > 1 and words[-1].lower() in units
        if unit:  # the unit's name without its word
            end = start + len(text[start:end].rsplit(None, 1)[0])
        parts.append((unit, start, end))
    for wanted in ("bare town", "unit town", "region"):
        for unit, start, end in parts:
            if (wanted == "bare town" and unit) or (wanted == "unit town" and not unit):
                continue
            candidates = gazetteer.candidates(text[start:end])
            if wanted == "region":
                towns = [p for p in candidates if p.feature in ("admin1", "region")]
            else:
                towns = [p for p in candidates if p.feature == "city"]
            for country in focus:
                if any(p.country_code == country for p in towns):
                    towns = [p for p in towns if p.country_code == country]
                    break
            else:
                towns = towns if anywhere else []
            if towns:
                return PlaceMention(text[start:end], start, end, max(towns, key=lambda p: p.population or 0))
    return None


def heading_place(text: str, heading: tuple[int, int], gazetteer: Gazetteer, focus: list[str]) -> PlaceMention | None:
    """The place a report's heading names as a part of its own ("Incident summary - Bunia, Ituri";
    "UPDATE - GEDO REGION, SOMALIA (10 July 1991)"), where its events that name no place happened: a
    town, else a region, of the report's first country (a heading's words are not a form's field, so
    only a place of the country the report is about is trusted). A part is what the heading's dashes,
    commas, colons and brackets set apart, or, in a letterhead, the name after its last "of" ("Diocese of
    Maiduguri"); a headline that tells something ("Gunmen kill 12 in Bunia") has no part that is a place
    alone, though its last "of" may name one ("... in the village of Bunia")."""
    parts = [(start, end) for start, end in stripped_parts(text, heading, _HEADING_PART) if text[start].isupper()]
    # a letterhead names its place after "of" ("Diocese of Maiduguri", "Municipality of Bunia"): the
    # name after the last "of", tried after the parts themselves
    parts += [(start + found.end(), end) for start, end in parts if (found := _LAST_OF.match(_title_case(text[start:end]))) is not None]
    if focus:
        return form_town(text, parts, gazetteer, focus[:1], anywhere=False)
    # a text whose only place is its letterhead's ("ST MARY'S HOSPITAL LACOR - GULU", "DIOCESE OF
    # MAIDUGURI") has no country to trust a name by: only a town large enough to be what the name means
    found = form_town(text, parts, gazetteer, [], anywhere=True)
    if found is None or found.place.feature != "city" or (found.place.population or 0) < LETTERHEAD_TOWN_POPULATION:
        return None
    return found


def sign_off(text: str) -> tuple[int, int] | None:
    """The span of a letter's or a message's sign-off: from a line that opens with a closing word
    ("Yours, etc,", "Kind regards", "Nga mihi,"; sign_offs.tsv) to the end of the text, when that is
    among its last SIGN_OFF_LINES lines; None when the text closes with none."""
    lines = [(found.start(), found.end()) for found in re.finditer(r"[^\n]+", text) if found[0].strip()]
    for start, _ in reversed(lines[-SIGN_OFF_LINES:]):
        if _closing_words().match(text, start) is not None:
            return start, len(text.rstrip())
    return None


# A sign-off's lines: the closing words, a name, an office, an address.
SIGN_OFF_LINES = 4


@lru_cache(maxsize=1)
def _closing_words() -> re.Pattern[str]:
    words = sorted(read_word_sets("sign_offs.tsv", ("closing",))["closing"], key=len, reverse=True)
    return re.compile(r"[ \t]*(?i:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words) + r")[ \t]*(?:[,.!]|$)", re.MULTILINE)


def sign_off_place(text: str, closing: tuple[int, int], gazetteer: Gazetteer, focus: list[str]) -> PlaceMention | None:
    """The town (else the region) a sign-off names as one of its parts ("Yours, etc, M. Byrne, Dublin 1.",
    "Principal, Christchurch"): where the writer is, and so where the events the text places nowhere
    else happened. A part is what its commas, dashes and line breaks set apart, a postal district's
    number after a town left out ("Dublin 1", "Paris 11e"); only a place of one of the report's countries
    is trusted (a sign-off's name or office may be a village's name somewhere)."""
    if not focus:
        return None
    parts = []
    for start, end in stripped_parts(text, closing, _HEADING_PART):
        if not text[start].isupper():
            continue
        postal = _POSTAL_DISTRICT.search(text, start, end)
        parts.append((start, postal.start() if postal is not None and postal.start() > start else end))
    return form_town(text, parts, gazetteer, focus, anywhere=False)


# A postal district's number after a town, and a sign-off's closing full stop: "Dublin 1.", "Paris 11e"
_POSTAL_DISTRICT = re.compile(r"(?:\s+\d{1,2}(?:e|er|th|st|nd|rd)?)?\.?$")


# The population of a town a letterhead may name without a country to trust it by.
LETTERHEAD_TOWN_POPULATION = 50_000


def _title_case(words: str) -> str:
    """A letterhead in capitals read as written in title case, for its "of" ("DIOCESE OF MAIDUGURI")."""
    return re.sub(r"\b(?:Of|The)\b", lambda m: m.group(0).lower(), words.title()) if words.isupper() else words


_LAST_OF = re.compile(r".*\bof\s+(?:the\s+)?(?=[A-Z])")


_HEADING_PART = re.compile(r"(?:[^-–—,:;()|/\n]|(?<=\w)-(?=\w))+")


def _unit_words() -> frozenset[str]:
    """Words after a name that make it an administrative unit ("district", "oblast", "LGA";
    place_words.tsv)."""
    return REGION_WORDS | SECOND_LEVEL_WORDS


def with_dateline_town(
    places: list[PlaceMention], text: str, town: tuple[int, int], offset: int, gazetteer: Gazetteer, focus: list[str]
) -> list[PlaceMention]:
    """The piece's places with its dateline's town ("PESHAWAR: A bomb exploded ..."), which the place
    finder leaves out when the parser makes it a sentence of one word (see dateline_town)."""
    start, end = town[0] - offset, town[1] - offset
    if any(m.start < end and start < m.end for m in places):
        return places
    found = dateline_town(text, town, offset, gazetteer, focus)
    return places if found is None else sorted(places + [found], key=lambda m: m.start)


def without_dateline(dates: list[DateMention], offset: int, dateline_end: int) -> list[DateMention]:
    """The sentence's dates but its dateline's, unless the dateline's is the only one (then it is the
    best the story gives: wire copy is filed the day of the event or the next)."""
    told = [d for d in dates if offset + d.start >= dateline_end]
    return told or dates
