"""Points written as coordinates: maritime and aviation reports give where a ship was boarded or fired
on as a latitude and a longitude ("Posn: 13:22N - 042:54E", "in position 12°35'N 043°20'E", "at
1322N 04254E", "13.37N, 42.9E"). ACLED codes an event at sea at the coordinates the report gives, so
such a point is the event's place, as precise as a town (no gazetteer entry; its country is the
report's).

Only a latitude followed by a longitude is read, each with its hemisphere letter, degrees in range,
minutes and seconds under 60, and minutes, decimals or a degree sign; a lone "5N" or road numbers
("Route 5N, 12E") are not."""

from __future__ import annotations

import re

from conflictscope.types import Place, PlaceMention

_NUM = r"\d{1,2}(?:\.\d+)?"
# at most a few blanks between a point's parts: unbounded runs of blanks backtrack in cubic time on the
# long blank runs of tables and PDF extracts
_GAP = r"[ \t]{0,3}"
# degrees, then minutes and seconds after a colon, a degree sign or a space ("13:22.5", "13°22'30\"",
# "13 22"), or decimal degrees ("13.37")
def _part(m: str, s: str) -> str:
    return (
        r"(?:" + _GAP + "[:°º]" + _GAP + r"|[ \t]{1,3})(?P<" + m + ">" + _NUM + ")" + _GAP + "['′]?"
        + r"(?:" + _GAP + "(?P<" + s + ">" + _NUM + ")" + _GAP + r"[\"″])?"
    )


_LAT = r"(?P<lad>\d{1,2}(?:\.\d+)?)(?:" + _part("lam", "las") + r")?" + _GAP + "°?" + _GAP + r"(?P<lah>[NS])"
_LON = r"(?P<lod>\d{1,3}(?:\.\d+)?)(?:" + _part("lom", "los") + r")?" + _GAP + "°?" + _GAP + r"(?P<loh>[EW])"
SEPARATED = re.compile(r"(?<![\w.])" + _LAT + _GAP + r"[,;/–—-]?" + _GAP + _LON + r"\b")
# IMB's compact form: degrees and minutes run together ("1322N 04254E", "0215.5S 04112.3E")
COMPACT = re.compile(
    r"(?<![\w.])(?P<lad>\d{2})(?P<lam>\d{2}(?:\.\d+)?)(?P<lah>[NS])[ \t]{0,3}(?:[,;/–—-])?[ \t]{0,3}(?P<lod>\d{3})(?P<lom>\d{2}(?:\.\d+)?)(?P<loh>[EW])\b"
)
# What every point has: a latitude's hemisphere after a figure, a quote or a degree sign, then a figure
# (the longitude). One search of the text rules out most texts before the two patterns run: a scan of
# every character for a digit cost more than the whole search did (session 18 profile).
_HINT = re.compile(r"[\d'′\"″°º][ \t]{0,7}°?[ \t]{0,7}[NS][ \t]{0,3}[,;/–—-]?[ \t]{0,3}\d")
# The name a point is given: "13.3667N 42.9000E".
POINT_NAME = re.compile(r"\d{1,2}\.\d{4}[NS] \d{1,3}\.\d{4}[EW]")


def _degrees(match: re.Match[str], d: str, m: str, s: str, limit: float) -> float | None:
    degrees = float(match.group(d))
    minutes = float(match.group(m)) if match.group(m) else 0.0
    seconds = float(match.group(s)) if s in match.re.groupindex and match.group(s) else 0.0
    if minutes >= 60 or seconds >= 60 or (minutes and "." in match.group(d)):
        return None
    value = degrees + minutes / 60 + seconds / 3600
    return value if value <= limit else None


def coordinate_mentions(text: str, country: str | None = None) -> list[PlaceMention]:
    """The points written as coordinates in ``text``, in text order, given to ``country`` (the report's:
    ACLED gives an event at sea the country of the coast it is off)."""
    if _HINT.search(text) is None:
        return []
    found: list[PlaceMention] = []
    for pattern in (SEPARATED, COMPACT):
        for match in pattern.finditer(text):
            if pattern is SEPARATED and not all(
                match.group(m) or "." in match.group(d) for d, m in (("lad", "lam"), ("lod", "lom"))
            ) and "°" not in match.group(0):
                continue  # "Route 5N, 12E": whole degrees alone, with no minutes, decimals or sign
            lat = _degrees(match, "lad", "lam", "las", 90.0)
            lon = _degrees(match, "lod", "lom", "los", 180.0)
            if lat is None or lon is None:
                continue
            if match.group("lah") == "S":
                lat = -lat
            if match.group("loh") == "W":
                lon = -lon
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            name = f"{abs(lat):.4f}{match.group('lah')} {abs(lon):.4f}{match.group('loh')}"
            place = Place(name=name, country_code=country, latitude=round(lat, 4), longitude=round(lon, 4), feature="city")
            found.append(PlaceMention(text=match.group(0), start=match.start(), end=match.end(), place=place))
    return sorted(found, key=lambda m: m.start)


def is_point(place: Place) -> bool:
    """Is the place a point read from coordinates (no gazetteer entry)?"""
    return place.geonameid is None and POINT_NAME.fullmatch(place.name) is not None
