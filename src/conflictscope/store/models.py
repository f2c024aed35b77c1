"""The store's tables (SQLAlchemy 2 declarative models).

The source of truth is what the extractor found: ``documents`` -> ``mentions`` (one row per event the
extractor produced for a document) -> ``claims``; ``actors`` and ``places`` are shared registries the
mentions point to. ``fused_events`` is derived: fusion groups mentions of one incident from different
reports and stores the result (with analyst ``corrections`` applied) so that reads are one query.
``ingest_errors`` keeps every document that could not be stored, with its message.

Any change here needs a new Alembic revision in ``migrations/versions`` (the schema is never created
from these models directly; ``tests/store/test_schema.py`` checks that the two agree).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("content_hash", name="uq_documents_content_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_key: Mapped[str] = mapped_column(String(512), index=True)  # Document.id as the reader gave it
    content_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the text
    minhash0: Mapped[int] = mapped_column(BigInteger, index=True)  # MinHash sketch of the text
    minhash1: Mapped[int] = mapped_column(BigInteger, index=True)  # (see store/fingerprint.py),
    minhash2: Mapped[int] = mapped_column(BigInteger, index=True)  # stored signed
    minhash3: Mapped[int] = mapped_column(BigInteger, index=True)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(512))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    origin: Mapped[str | None] = mapped_column(Text)  # the file (and line/record) it was read from
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ActorRow(Base):
    __tablename__ = "actors"
    __table_args__ = (UniqueConstraint("key", name="uq_actors_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(700))
    name: Mapped[str] = mapped_column(String(512), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    country_code: Mapped[str | None] = mapped_column(String(2))


class PlaceRow(Base):
    __tablename__ = "places"
    __table_args__ = (UniqueConstraint("key", name="uq_places_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(700))
    name: Mapped[str] = mapped_column(String(512))
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(String(512))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    geonameid: Mapped[int | None] = mapped_column(Integer)


class MentionRow(Base):
    """One event as the extractor reported it for one document."""

    __tablename__ = "mentions"
    __table_args__ = (
        UniqueConstraint("document_id", "event_uid", name="uq_mentions_document_event"),
        Index("ix_mentions_fusion", "date", "latitude"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    event_uid: Mapped[str] = mapped_column(String(64), index=True)  # Event.id from the extractor
    fused_id: Mapped[str | None] = mapped_column(String(64), index=True)
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str] = mapped_column(String(128))
    date: Mapped[dt.date | None] = mapped_column(Date)
    time_precision: Mapped[int] = mapped_column(Integer)
    relative_date: Mapped[bool] = mapped_column(Boolean)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    actor1_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    actor2_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    fatalities: Mapped[int] = mapped_column(Integer)
    fatalities_stated: Mapped[bool] = mapped_column(Boolean)
    injuries: Mapped[int | None] = mapped_column(Integer)
    civilian_targeting: Mapped[bool] = mapped_column(Boolean)
    disputed: Mapped[bool] = mapped_column(Boolean)
    historical: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list] = mapped_column(JSON)  # [{"text", "start", "end"}]
    event: Mapped[dict] = mapped_column(JSON)  # Event.to_dict() as extracted


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), index=True)
    speaker_name: Mapped[str] = mapped_column(String(512))
    speaker_kind: Mapped[str] = mapped_column(String(40))
    speaker_country: Mapped[str | None] = mapped_column(String(2))
    stance: Mapped[str] = mapped_column(String(40))
    via: Mapped[str | None] = mapped_column(String(512))
    fatalities: Mapped[int | None] = mapped_column(Integer)
    injuries: Mapped[int | None] = mapped_column(Integer)
    evidence_text: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)


class FusedEventRow(Base):
    """One incident across reports. ``id`` is the ``event_uid`` of its earliest mention and never
    changes; ``payload`` is the output object (``events --format jsonl``) with corrections applied."""

    __tablename__ = "fused_events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_type: Mapped[str] = mapped_column(String(64), index=True)
    sub_event_type: Mapped[str] = mapped_column(String(128))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    actor1_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    actor2_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    actor1_name: Mapped[str | None] = mapped_column(String(512))
    actor2_name: Mapped[str | None] = mapped_column(String(512))
    fatalities: Mapped[int] = mapped_column(Integer)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    disputed: Mapped[bool] = mapped_column(Boolean, index=True)
    sources: Mapped[int] = mapped_column(Integer)
    n_mentions: Mapped[int] = mapped_column(Integer)
    corrected: Mapped[bool] = mapped_column(Boolean)
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CorrectionRow(Base):
    """An analyst's value for one field of a fused event; the latest row per (event, field) wins.
    Kept apart from fusion output (no foreign key) so that re-fusion never loses it."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[object] = mapped_column(JSON, nullable=True)  # None clears an earlier correction of this field
    analyst: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class IngestErrorRow(Base):
    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[str] = mapped_column(Text)  # file, file:line, or document id
    code: Mapped[str | None] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text)
    occurrences: Mapped[int] = mapped_column(Integer)
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime)
