"""Find place names in a parsed document and resolve each to one gazetteer entry.

The work is done in four steps, each in its own module:

1. ``geo/names.py``: candidate names, runs of capitalised tokens checked against the gazetteer, less
   demonyms, common words, people's, organisations' and streets' names (NER labels from the small
   English model are only a hint);
2. ``geo/situate.py``: the places written after each name that contain it, the town it is part of, the
   names listed with it, and spelling variants of names the gazetteer lacks;
3. ``geo/choose.py``: the report's countries, then one reading of each name (its situating regions, the
   report's countries, the kind of place the text asks for, population);
4. ``geo/extra_mentions.py``: for the geoparser only, sites, roads, unknown places, initials and a
   name's other mentions.

The word lists these steps read are knowledge tables (knowledge/data, loaded by geo/words.py).
"""

from __future__ import annotations

from typing import Iterable

from conflictscope.geo.choose import (
    choose,
    count_demonyms,
    drop_far_namesakes,
    drop_lonely_namesakes,
    drop_unsupported_foreign_towns,
    one_place_per_name,
    place_at_containers,
    readings_near_other_towns,
    text_focus,
)
from conflictscope.geo.coordinates import coordinate_mentions
from conflictscope.geo.extra_mentions import (
    home_town,
    initials_mentions,
    road_mentions,
    same_name_mentions,
    site_mentions,
    unknown_place_mentions,
)
from conflictscope.geo.gazetteer import Gazetteer, default_gazetteer, normalize_name
from conflictscope.geo.names import CandidateFinder
from conflictscope.geo.situate import situate
from conflictscope.types import PlaceMention


def _finder(doc, gazetteer: Gazetteer | None, embedded: bool = False, text: str | None = None) -> CandidateFinder:
    return CandidateFinder(doc, gazetteer if gazetteer is not None else default_gazetteer(), embedded, text=text)


def document_focus(doc, gazetteer: Gazetteer | None = None) -> list[str]:
    """ISO2 codes of the countries a document is about, most prominent first: countries named,
    demonyms used, and towns that can only be in one country, weighted by count."""
    finder = _finder(doc, gazetteer)
    return text_focus(finder.spans(), count_demonyms(doc, finder.demonyms))


def find_places(
    doc, gazetteer: Gazetteer | None = None, *, focus: Iterable[str] | None = None, embedded: bool = False, text: str | None = None
) -> list[PlaceMention]:
    """Place names in ``doc`` (a spaCy Doc) with the place each resolves to, in text order.
    Offsets are character offsets into ``doc.text``. With ``embedded``, well-known places named
    inside an organisation's name ("the Toronto Police", "the Pakistan Army") are reported too, as
    geoparsing corpora count them; events never take their place from such a name, so the event
    builder leaves them out. ``text``: ``doc.text`` when the caller has it already (spaCy joins it
    from every token each time it is asked for)."""
    if text is None:
        text = doc.text
    finder = _finder(doc, gazetteer, embedded, text)
    spans = finder.spans()
    mentioned = {normalize_name(s.text) for s in spans}  # normalised names of every candidate in the text
    demonyms = count_demonyms(doc, finder.demonyms, finder.view)
    codes = [c.upper() for c in focus] if focus is not None else text_focus(spans, demonyms)
    spans = situate(doc, spans, finder.unresolved, codes, finder.gaz, embedded)
    # is the report's first country one a name in the text can be in, or only a demonym's?
    from_places = bool(codes) and any(c.country_code == codes[0] for s in spans for c in s.candidates)
    chosen = {id(s): choose(s, codes, doc, mentioned, focus_guessed=focus is None, focus_from_places=from_places) for s in spans}
    if embedded:
        place_at_containers(doc, spans, chosen)
    one_place_per_name(spans, chosen)
    readings_near_other_towns(spans, chosen)
    drop_lonely_namesakes(spans, chosen, demonyms)
    drop_unsupported_foreign_towns(doc, spans, chosen, demonyms, codes)
    if not embedded:
        # (the geoparser reports a far town named in passing, "a briefing in Geneva", "Hollywood
        # producers", as its corpora count it; an event is never placed there on nothing)
        drop_far_namesakes(spans, chosen, demonyms, codes)
    out = []
    for s in spans:
        place = chosen[id(s)]
        if place is not None:
            out.append(PlaceMention(text=s.text, start=s.char_start, end=s.char_end, place=place))
    # points written as coordinates ("Posn: 13:22N - 042:54E"), where a report at sea puts the event
    points = [m for m in coordinate_mentions(text, codes[0] if codes else None) if not any(o.start < m.end and m.start < o.end for o in out)]
    if points:
        out = sorted(out + points, key=lambda m: m.start)
    if embedded:
        # the geoparser also reads buildings, venues and streets situated by their town; a site's
        # name replaces its head word read alone ("Arena" in "the Kestrel Arena in Leeds")
        home = home_town(doc, out, codes)
        sites = site_mentions(doc, finder.gaz, spans, chosen, home)
        if home is not None:
            sites += road_mentions(doc, home, sites)
        sites += unknown_place_mentions(doc, finder.unresolved, spans, chosen, home, out + sites)
        out = [m for m in out if not any(x.start < m.end and m.start < x.end for x in sites)]
        out = sorted(out + sites, key=lambda m: m.start)
        out = sorted(out + initials_mentions(doc, out), key=lambda m: m.start)
        out = sorted(out + same_name_mentions(finder, out, codes), key=lambda m: m.start)
    return out
