"""Geoparsing evaluation on annotated corpora, and the great-circle distance every scorer shares.

Supported layouts (XML, one ``article`` per document with a ``text``):

- GeoWebNews, LGL, TR-News: ``toponym`` elements with ``start``/``end`` (0-based character offsets),
  the surface form in ``extractedName`` or ``phrase``, and gold coordinates in ``latitude``/``longitude``
  or ``lat``/``lon`` (directly or inside ``gaztag``). GeoWebNews also types each toponym (``Literal``,
  ``Metonymic``, ``Demonym``, ...) and marks adjectival modifiers (``modifierType`` ``Adjective``).
- GeoVirus: ``locations/location`` with ``name``, ``start``/``end`` (1-based) and ``lat``/``lon``.

``--format auto`` picks the layout from the element names and the offset base from whichever base makes
more spans read as their names.

Scores (Gritta et al.'s conventions): a gold toponym is *found* when one of our place mentions overlaps
its span; of those found, *resolved* when our coordinates lie within 161 km (100 miles) of the gold.
Gold toponyms are the annotated spans with coordinates, minus demonyms, language names, adjectival
modifiers ("Syrian", "French") and non-toponyms; precision counts our mentions that overlap any span
the annotators gave coordinates.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from conflictscope.eval.report import EvalResult, Metric, Miss

EARTH_RADIUS_KM = 6371.0088
RESOLVED_KM = 161.0

# GeoWebNews types that are not place names used as places.
NOT_PLACE_TYPES = {"Demonym", "Language", "Homonym", "Non_Toponym", "Non_Lit_Expression", "Literal_Expression"}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class CorpusError(ValueError):
    """The file is not one of the supported geoparsing layouts."""


@dataclass
class GoldToponym:
    start: int
    end: int
    name: str
    latitude: float | None
    longitude: float | None
    kind: str = ""  # GeoWebNews' type, empty elsewhere
    adjectival: bool = False

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def is_place_name(self, adjectives: bool = False) -> bool:
        """Scored for recall: a place name with coordinates (not a demonym or an adjective)."""
        if not self.has_coordinates or self.kind in NOT_PLACE_TYPES:
            return False
        return adjectives or not self.adjectival


@dataclass
class Article:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


@dataclass
class Corpus:
    layout: str  # "gwn" (also LGL, TR-News) or "geovirus"
    one_based: bool
    articles: list[Article]
    skipped: int = 0  # gold spans outside their text
    mismatched: int = 0  # gold spans whose text differs from the annotated name


def _text(el: ET.Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def _first(el: ET.Element, *paths: str) -> str:
    for path in paths:
        found = el.find(path)
        if found is not None and _text(found):
            return _text(found)
    return ""


def _float(value: str) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _int(value: str) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def read_corpus(path: str | Path, fmt: str = "auto") -> Corpus:
    """Read a geoparsing corpus; ``fmt`` is ``auto``, ``gwn`` (also LGL/TR-News) or ``geovirus``.

    Raises :class:`CorpusError` for files that are not XML or hold no annotated articles."""
    try:
        root = ET.parse(str(path)).getroot()
    except ET.ParseError as exc:
        raise CorpusError(f"not a well-formed XML file ({exc})") from None
    articles = root.findall(".//article") or ([root] if root.tag == "article" else [])
    if not articles:
        raise CorpusError("no <article> elements: expected GeoWebNews/LGL/TR-News or GeoVirus XML")

    raw: list[tuple[str, str, list[ET.Element]]] = []
    has_toponym = has_location = False
    for i, art in enumerate(articles):
        text = art.findtext("text") or ""
        tops = art.findall(".//toponym")
        locs = art.findall(".//location")
        has_toponym |= bool(tops)
        has_location |= bool(locs)
        ident = art.get("file") or art.get("docid") or art.get("id") or _first(art, "source", "link") or str(i)
        raw.append((ident, text, tops or locs))
    if fmt == "auto":
        if has_toponym:
            fmt = "gwn"
        elif has_location:
            fmt = "geovirus"
        else:
            raise CorpusError("no <toponym> or <location> annotations found")
    if fmt not in ("gwn", "geovirus"):
        raise CorpusError(f"unknown corpus format {fmt!r}: expected auto, gwn or geovirus")

    parsed: list[tuple[str, str, list[GoldToponym]]] = []
    for ident, text, elements in raw:
        gold = []
        for el in elements:
            start, end = _int(_first(el, "start")), _int(_first(el, "end"))
            if start is None or end is None:
                continue
            gold.append(
                GoldToponym(
                    start=start,
                    end=end,
                    name=_first(el, "extractedName", "phrase", "name", "gaztag/name"),
                    latitude=_float(_first(el, "latitude", "lat", "gaztag/lat", "gaztag/latitude")),
                    longitude=_float(_first(el, "longitude", "lon", "gaztag/lon", "gaztag/longitude")),
                    kind=_first(el, "type"),
                    adjectival=_first(el, "modifierType").lower() == "adjective",
                )
            )
        parsed.append((ident, text, gold))

    base = _offset_base(parsed)
    if base is None:  # the names cannot tell: each corpus' documented convention
        base = 1 if fmt == "geovirus" else 0
    one_based = base == 1
    corpus = Corpus(layout=fmt, one_based=one_based, articles=[])
    shift = 1 if one_based else 0
    for ident, text, gold in parsed:
        article = Article(id=ident, text=text)
        for g in gold:
            s, e = g.start - shift, g.end - shift
            if s < 0 or e > len(text) or s >= e:
                corpus.skipped += 1
                continue
            if g.name and text[s:e] != g.name:
                corpus.mismatched += 1
            g.start, g.end = s, e
            article.toponyms.append(g)
        corpus.articles.append(article)
    return corpus


def _offset_base(parsed) -> int | None:
    """0 or 1: the base under which more gold spans read exactly as their names (None: no evidence)."""
    score = {0: 0, 1: 0}
    for _, text, gold in parsed:
        for g in gold:
            if not g.name:
                continue
            for base in (0, 1):
                if text[g.start - base : g.end - base] == g.name:
                    score[base] += 1
    if score[0] == score[1]:
        return None
    return 0 if score[0] > score[1] else 1


# ---------------------------------------------------------------------------------------------


@dataclass
class PredictedPlace:
    start: int
    end: int
    text: str
    name: str
    country_code: str | None
    latitude: float
    longitude: float
    feature: str = ""  # what we read it as: "city", "admin1", "country", ... ("" when the finder does not say)


PlaceFinder = Callable[[str], list[PredictedPlace]]


def default_place_finder() -> PlaceFinder:
    """Our geoparser: ``Extractor.default().places`` on the raw article text."""
    from conflictscope.pipeline import Extractor
    from conflictscope.types import Document

    extractor = Extractor.default()

    def find(text: str) -> list[PredictedPlace]:
        return [
            PredictedPlace(m.start, m.end, m.text, m.place.name, m.place.country_code, m.place.latitude, m.place.longitude, m.place.feature)
            for m in extractor.places(Document(text=text, id="geo"))
        ]

    return find


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _context(text: str, start: int, end: int, width: int = 160) -> str:
    left = max(0, start - width)
    right = min(len(text), end + width)
    return ("..." if left else "") + text[left:start] + "[[" + text[start:end] + "]]" + text[end:right] + ("..." if right < len(text) else "")


def score_geo(
    corpus: Corpus,
    find: PlaceFinder | None = None,
    *,
    limit: int | None = None,
    adjectives: bool = False,
    source: str = "",
    progress: Callable[[Iterable, int], Iterable] | None = None,
) -> EvalResult:
    """Score our place mentions against the corpus' gold toponyms."""
    find = find or default_place_finder()
    articles = corpus.articles[:limit] if limit else corpus.articles
    recall = Metric("toponym recall", target=0.90, help="gold place names (not demonyms/adjectives) overlapped by one of our place mentions")
    resolved = Metric("resolved within 161 km (of found)", target=0.92, help="of the found gold toponyms, our coordinates within 161 km of the gold")
    end_to_end = Metric("found and within 161 km (of all gold)", help="recall x accuracy: gold toponyms both found and resolved within 161 km")
    # A country's or a continent's point is a convention (GeoNames' centre, a corpus' Wikipedia point):
    # two points for China lie 180 km apart. Towns show how well names are told apart.
    towns = Metric(
        "resolved within 161 km, towns (of found)",
        help="of the found gold toponyms we read as towns, our coordinates within 161 km of the gold",
    )
    precision = Metric("precision", help="our place mentions that overlap a gold span with coordinates")
    result = EvalResult(title="Geoparsing", source=source, metrics=[recall, resolved, towns, end_to_end, precision])
    errors_km: list[float] = []

    iterator = progress(articles, len(articles)) if progress else articles
    for article in iterator:
        result.items += 1
        try:
            predicted = find(article.text)
        except Exception as exc:  # noqa: BLE001 - report and keep scoring the rest
            result.failed += 1
            predicted = []
            result.info.setdefault("errors", []).append(f"{article.id}: {type(exc).__name__}: {exc}"[:300])
        coded = [g for g in article.toponyms if g.has_coordinates]
        for p in predicted:
            hit = any(_overlap(p.start, p.end, g.start, g.end) for g in coded)
            precision.add(hit)
            if not hit:
                result.misses.append(
                    Miss(
                        id=f"{article.id}:{p.start}",
                        failures=["spurious place"],
                        text=_context(article.text, p.start, p.end),
                        gold={},
                        ours=[_predicted_record(p, None)],
                    )
                )
        for g in article.toponyms:
            if not g.is_place_name(adjectives):
                continue
            overlapping = [p for p in predicted if _overlap(p.start, p.end, g.start, g.end)]
            gold_record = {"name": g.name, "type": g.kind, "latitude": g.latitude, "longitude": g.longitude}
            recall.add(bool(overlapping))
            if not overlapping:
                end_to_end.add(False)
                result.misses.append(
                    Miss(id=f"{article.id}:{g.start}", failures=["not found"], text=_context(article.text, g.start, g.end), gold=gold_record, ours=[])
                )
                continue
            best = max(overlapping, key=lambda p: _overlap(p.start, p.end, g.start, g.end))
            km = haversine_km(g.latitude, g.longitude, best.latitude, best.longitude)  # type: ignore[arg-type]
            errors_km.append(km)
            ok = km <= RESOLVED_KM
            resolved.add(ok)
            if best.feature == "city":
                towns.add(ok)
            end_to_end.add(ok)
            if not ok:
                result.misses.append(
                    Miss(
                        id=f"{article.id}:{g.start}",
                        failures=[f"resolved {km:,.0f} km away"],
                        text=_context(article.text, g.start, g.end),
                        gold=gold_record,
                        ours=[_predicted_record(best, km)],
                    )
                )
    p, r = precision.value, recall.value
    result.info.update(
        {
            "layout": corpus.layout,
            "one_based_offsets": corpus.one_based,
            "articles": len(articles),
            "gold_spans_skipped": corpus.skipped,
            "gold_spans_mismatched": corpus.mismatched,
            "f1": round(2 * p * r / (p + r), 4) if p and r else None,
            "median_error_km": round(statistics.median(errors_km), 1) if errors_km else None,
            "mean_error_km": round(statistics.fmean(errors_km), 1) if errors_km else None,
        }
    )
    return result


def _predicted_record(p: PredictedPlace, km: float | None) -> dict:
    record = {"text": p.text, "name": p.name, "country": p.country_code, "feature": p.feature, "latitude": p.latitude, "longitude": p.longitude}
    if km is not None:
        record["km"] = round(km, 1)
    return record
