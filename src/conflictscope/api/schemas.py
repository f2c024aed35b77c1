"""Request and response shapes of the REST API (pydantic models, published in the OpenAPI spec).

Response models mirror the output contract (``Event.to_dict()`` and the store's fused events);
they allow extra keys so that a field added to the contract later passes through unchanged.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field



class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# ---------------------------------------------------------------------------------------------
# Requests


class DocumentIn(BaseModel):
    """One report, as ``extract`` reads a JSONL line. Only ``text`` is required; HTML is reduced to
    its main text, as on the command line."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "Gunmen killed seven villagers near Gusau on Tuesday, a police spokesman said.",
                    "published": "2023-02-16",
                    "title": "Villagers killed near Gusau",
                    "source": "Example Wire",
                }
            ]
        },
    )

    text: str = Field(description="The report: plain text or an HTML page.")
    published: str | None = Field(None, max_length=40, description="Publication date, YYYY-MM-DD or an ISO datetime; relative dates ('on Saturday') resolve against it.")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=500, description="The outlet, e.g. 'Reuters'.")
    id: str | None = Field(None, max_length=500, description="Your id for the report (default: a hash of the text).")


# ---------------------------------------------------------------------------------------------
# Event records


class Location(_Open):
    name: str
    country_code: str | None = None
    admin1: str | None = None
    latitude: float
    longitude: float
    geonameid: int | None = None
    geo_precision: int = Field(1, description="1 town, 2 near a town, 3 region")


class Actor(_Open):
    name: str
    kind: str
    country_code: str | None = None


class Evidence(_Open):
    text: str
    start: int
    end: int
    document_id: str | None = Field(None, description="In fused events: the report the offsets point into.")


class Claim(_Open):
    speaker: Actor
    stance: str = Field(description="asserts, accuses, claims_responsibility or denies")
    via: str | None = Field(None, description="The outlet relaying the claim.")
    fatalities: int | None = None
    injuries: int | None = None
    evidence: Evidence
    document_id: str | None = None


class Event(_Open):
    """An event as ``extract`` outputs it."""

    id: str
    event_type: str
    sub_event_type: str
    date: str | None = Field(None, description="YYYY-MM-DD")
    time_precision: int
    location: Location | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    fatalities: int
    fatalities_stated: bool
    injuries: int | None = None
    civilian_targeting: bool
    claims: list[Claim] = []
    disputed: bool
    historical: bool
    evidence: list[Evidence] = []
    notes: str = ""


class Report(_Open):
    document_id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    duplicate_of: str | None = None


class FusedEvent(Event):
    """An event fused across reports (``events --format jsonl``)."""

    sources: int = Field(description="Distinct reports, copies of one story counted once.")
    reports: list[Report] = []
    fatalities_low: int | None = Field(None, description="Lowest death figure any report or claim states.")
    fatalities_high: int | None = Field(None, description="Highest death figure any report or claim states.")
    corrected: list[str] = []


class MapEvent(_Open):
    """The few fields the map draws (``view=map``)."""

    id: str
    event_type: str
    sub_event_type: str
    date: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    place: str | None = None
    country_code: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    disputed: bool
    sources: int


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters.")
    limit: int
    offset: int
    events: list[FusedEvent]


class MapEventPage(BaseModel):
    total: int
    limit: int
    offset: int
    events: list[MapEvent]


class DocumentSummary(_Open):
    pk: int = Field(description="The store's key for the document (use it in /api/documents/{pk}).")
    document_id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    duplicate_of: int | None = None
    n_events: int
    origin: str | None = None
    ingested_at: str


class Mention(_Open):
    """One report's own account of the event: the event as extracted from it."""

    mention_id: int
    document: DocumentSummary
    event: Event


class CorrectionEntry(_Open):
    id: int
    event_id: str
    field: str
    value: object | None = None
    analyst: str | None = None
    note: str | None = None
    created_at: str


class EventDetail(FusedEvent):
    mentions: list[Mention] = []
    corrections_log: list[CorrectionEntry] = []


class DocumentEvent(Event):
    fused_id: str | None = None


class DocumentDetail(DocumentSummary):
    text: str
    events: list[DocumentEvent] = []


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    documents: list[DocumentSummary]


class DayCount(BaseModel):
    date: str
    events: int
    fatalities: int


class ExtractResult(BaseModel):
    document_id: str
    text: str = Field(description="The text the evidence offsets point into (for HTML, its main text).")
    events: list[Event]


class IngestResult(BaseModel):
    status: Literal["stored", "exists"]
    pk: int
    duplicate_of: int | None = None
    events: list[Event] = []
    fused_ids: list[str] = []


class CountryCount(BaseModel):
    code: str
    name: str
    events: int


class EventTypeInfo(BaseModel):
    name: str
    sub_event_types: list[str]


class Meta(BaseModel):
    version: str
    events: int
    documents: int
    first_date: str | None
    last_date: str | None
    countries: list[CountryCount]
    event_types: list[EventTypeInfo]
    write_requires_token: bool
    max_body_bytes: int


class ErrorMessage(BaseModel):
    detail: str


ERRORS = {
    422: {"model": ErrorMessage, "description": "Invalid parameters or an unusable document"},
}
