"""The records that flow between pipeline stages.

Every offset (``start``/``end``) is a character offset into ``Document.text``: the text the user gave
(for HTML input, the main text extracted from it). Stages never re-number offsets.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

ActorKind = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_forces",
]
ACTOR_KINDS: tuple[str, ...] = ActorKind.__args__  # type: ignore[attr-defined]
# ACLED's inter codes, 1..8, in the same order.
INTER_CODE = {kind: i + 1 for i, kind in enumerate(ACTOR_KINDS)}

SpeakerKind = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_forces",
    "government",
    "official",
    "media",
    "witness",
    "organization",
    "person",
]
Stance = Literal["asserts", "accuses", "claims_responsibility", "denies"]
PlaceFeature = Literal["city", "admin1", "country", "region", "continent", "area"]


@dataclass(frozen=True)
class Document:
    """One input report. ``text`` is what offsets point into."""

    text: str
    id: str = ""
    published: date | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Place:
    """A gazetteer entry (a GeoNames city, a country, a first-level region or one of our own regions)."""

    name: str
    country_code: str | None
    latitude: float
    longitude: float
    feature: PlaceFeature = "city"
    admin1: str | None = None
    geonameid: int | None = None
    population: int = 0


@dataclass(frozen=True)
class PlaceMention:
    """A place name found in the text and the place it resolves to."""

    text: str
    start: int
    end: int
    place: Place


@dataclass(frozen=True)
class DateMention:
    """A date expression; ``value`` is None when it cannot be resolved (e.g. no publication date)."""

    text: str
    start: int
    end: int
    value: date | None
    precision: int = 1  # ACLED time_precision: 1 day, 2 week, 3 month
    relative: bool = False


@dataclass(frozen=True)
class CasualtyMention:
    """A count of killed or injured people: "one civilian was killed", "four wounded"."""

    kind: Literal["killed", "injured"]
    count: int  # ACLED's reading: the lowest figure, vague words mapped ("dozens" 12)
    text: str
    start: int
    end: int
    exact: bool = True  # False for vague quantities ("dozens", "several")
    victims: str | None = None  # the head noun counted ("civilian", "soldiers"), lower-cased


@dataclass(frozen=True)
class Actor:
    name: str
    kind: ActorKind
    country_code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "country_code": self.country_code}


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: SpeakerKind
    country_code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "country_code": self.country_code}


@dataclass
class Claim:
    speaker: Speaker
    stance: Stance
    evidence: Evidence
    via: str | None = None
    fatalities: int | None = None
    injuries: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict(),
            "stance": self.stance,
            "via": self.via,
            "fatalities": self.fatalities,
            "injuries": self.injuries,
            "evidence": self.evidence.to_dict(),
        }


@dataclass
class Location:
    """Where an event happened, in the output's shape."""

    name: str
    country_code: str | None
    admin1: str | None
    latitude: float
    longitude: float
    geonameid: int | None
    geo_precision: int

    @classmethod
    def from_place(cls, place: Place, geo_precision: int = 1) -> Location:
        return cls(
            name=place.name,
            country_code=place.country_code,
            admin1=place.admin1,
            latitude=place.latitude,
            longitude=place.longitude,
            geonameid=place.geonameid,
            geo_precision=geo_precision,
        )


@dataclass
class Event:
    """One ACLED-style event, as the output contract names its fields."""

    id: str
    event_type: str
    sub_event_type: str
    date: date | None
    time_precision: int
    location: Location | None
    actor1: Actor | None
    actor2: Actor | None
    fatalities: int
    fatalities_stated: bool
    injuries: int | None
    civilian_targeting: bool
    claims: list[Claim] = field(default_factory=list)
    disputed: bool = False
    historical: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    notes: str = ""
    document_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date.isoformat() if self.date else None,
            "time_precision": self.time_precision,
            "location": asdict(self.location) if self.location else None,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "fatalities": self.fatalities,
            "fatalities_stated": self.fatalities_stated,
            "injuries": self.injuries,
            "civilian_targeting": self.civilian_targeting,
            "claims": [c.to_dict() for c in self.claims],
            "disputed": self.disputed,
            "historical": self.historical,
            "evidence": [e.to_dict() for e in self.evidence],
            "notes": self.notes,
        }
