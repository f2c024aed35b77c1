"""Every read and write on the store, shared by the CLI, the API and the web app.

Writes: :func:`ingest_document` (one document, one transaction: stored with its events and fused, or
not at all), :func:`ingest_extracted` (a batch partition's documents, events already extracted), :func:`record_error`, :func:`add_correction`, :func:`refuse`.
Reads: :func:`list_events` / :func:`count_events` with :class:`EventFilters`, :func:`get_event`,
:func:`list_documents`, :func:`get_document`, :func:`list_errors`, :func:`counts_per_day`,
:func:`list_corrections`, :func:`stats`.

Fused events come back as the output object of ``events --format jsonl``: the event object of
``extract`` plus ``sources``, ``reports``, ``fatalities_low``, ``fatalities_high`` (and ``corrected``,
the fields an analyst changed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from conflictscope.store import fingerprint, fusion
from conflictscope.store.models import (
    ActorRow,
    ClaimRow,
    CorrectionRow,
    DocumentRow,
    FusedEventRow,
    IngestErrorRow,
    MentionRow,
)
from conflictscope.store.session import Store
from conflictscope.types import Document, Event

if TYPE_CHECKING:
    from conflictscope.pipeline import Extractor

# ---------------------------------------------------------------------------------------------
# Ingest


@dataclass
class IngestOutcome:
    """What :func:`ingest_document` did: ``stored`` a new document, or found it ``exists`` already
    (same text). ``events`` are the events extracted (none when it existed)."""

    status: Literal["stored", "exists", "failed"]
    document_pk: int | None
    events: list[Event] = field(default_factory=list)
    duplicate_of: int | None = None
    fused_ids: list[str] = field(default_factory=list)
    error: str | None = None  # status "failed" (only from :func:`ingest_extracted`): why


_BY_HASH = select(DocumentRow.id).where(DocumentRow.content_hash == bindparam("digest"))  # built once: see fusion
_TEXT_OF = select(DocumentRow.text).where(DocumentRow.id == bindparam("pk"))


def _existing(session, digest: str) -> int | None:
    return session.scalar(_BY_HASH, {"digest": digest})


@dataclass(frozen=True)
class Fingerprint:
    """A document's content hash and unsigned MinHash sketch (see fingerprint.py), when computed
    elsewhere: a batch's workers compute them, so that fusion, which runs in one process, need not."""

    content_hash: str
    sketch: tuple[int, ...]


def _find_near_duplicate(session, registry: fusion.Registry, sketch: tuple[int, ...], text: str, text_shingles: set[str] | None = None) -> int | None:
    values = [fingerprint.to_signed(v) for v in sketch]
    if registry.remembers:
        candidates = [(pk, copy_of, None) for pk, copy_of in registry.copy_candidates(values)]
    else:
        candidates = session.execute(
            select(DocumentRow.id, DocumentRow.duplicate_of, DocumentRow.text)
            .where(
                or_(
                    DocumentRow.minhash0 == values[0],
                    DocumentRow.minhash1 == values[1],
                    DocumentRow.minhash2 == values[2],
                    DocumentRow.minhash3 == values[3],
                )
            )
            .order_by(DocumentRow.id)
            .limit(25)
        ).all()
    for pk, duplicate_of, stored_text in candidates:
        if text_shingles is None:
            text_shingles = fingerprint.shingles(text)  # only when there is a candidate to compare
        if stored_text is None:
            stored_text = session.scalar(_TEXT_OF, {"pk": pk})
        if fingerprint.near_duplicates(text, stored_text, text_shingles):
            return duplicate_of if duplicate_of is not None else pk
    return None


def _mention_row(document_pk: int, event: Event, registry: fusion.Registry) -> MentionRow:
    loc = event.location
    place_id = None
    if loc is not None:
        place_id = registry.place_id(
            {"name": loc.name, "country_code": loc.country_code, "admin1": loc.admin1, "latitude": loc.latitude, "longitude": loc.longitude, "geonameid": loc.geonameid},
        )
    a1 = registry.actor_id(event.actor1.name, event.actor1.kind, event.actor1.country_code) if event.actor1 else None
    a2 = registry.actor_id(event.actor2.name, event.actor2.kind, event.actor2.country_code) if event.actor2 else None
    mention = MentionRow(
        document_id=document_pk,
        event_uid=event.id,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        date=event.date,
        time_precision=event.time_precision,
        relative_date=fusion.date_is_relative(event.time_precision, event.date, [e.text for e in event.evidence]),
        place_id=place_id,
        latitude=loc.latitude if loc else None,
        longitude=loc.longitude if loc else None,
        geo_precision=loc.geo_precision if loc else None,
        actor1_id=a1,
        actor2_id=a2,
        fatalities=event.fatalities,
        fatalities_stated=event.fatalities_stated,
        injuries=event.injuries,
        civilian_targeting=event.civilian_targeting,
        disputed=event.disputed,
        historical=event.historical,
        notes=event.notes,
        evidence=[e.to_dict() for e in event.evidence],
        event=event.to_dict(),
    )
    return mention


def _store_events(session, document_pk: int, events: list[Event], registry: fusion.Registry) -> list[MentionRow]:
    """The mention rows of one document's events, inserted together, then their claims."""
    mentions = [_mention_row(document_pk, e, registry) for e in events]
    session.add_all(mentions)
    session.flush()  # the mentions' ids, for their claims
    for mention, event in zip(mentions, events):
        for claim in event.claims:
            session.add(
                ClaimRow(
                    mention_id=mention.id,
                    speaker_name=claim.speaker.name,
                    speaker_kind=claim.speaker.kind,
                    speaker_country=claim.speaker.country_code,
                    stance=claim.stance,
                    via=claim.via,
                    fatalities=claim.fatalities,
                    injuries=claim.injuries,
                    evidence_text=claim.evidence.text,
                    evidence_start=claim.evidence.start,
                    evidence_end=claim.evidence.end,
                )
            )
    return mentions


def ingest_document(store: Store, document: Document, extractor: Extractor | None = None, *, origin: str | None = None) -> IngestOutcome:
    """Store one document with its events and fuse them, in one transaction.

    Idempotent: a document whose text is already stored is skipped (``status="exists"``) without
    extracting. A near-duplicate of a stored document (same story republished) is stored with
    ``duplicate_of`` pointing at the original, so fused events count it once in ``sources``.
    Extraction errors propagate (nothing is written); see :func:`record_error`.
    """
    digest = fingerprint.content_hash(document.text)
    with store.read() as session:
        pk = _existing(session, digest)
    if pk is not None:
        return IngestOutcome("exists", pk)
    if extractor is None:
        from conflictscope.pipeline import Extractor

        extractor = Extractor.default()
    events = extractor.extract(document)  # outside the transaction: writers hold the lock briefly
    try:
        with store.write() as session:
            registry = fusion.Registry(session)
            outcome = _store_and_fuse(session, registry, document, events, digest, origin)
            fusion.rebuild_all(session, set(outcome.fused_ids), registry)
            return outcome
    except IntegrityError:
        # Another process stored the same text between our check and our insert.
        with store.read() as session:
            pk = _existing(session, digest)
        if pk is None:
            raise
        return IngestOutcome("exists", pk)


def ingest_extracted(
    store: Store,
    items: list[tuple[Document, list[Event]]],
    *,
    origin_of=lambda d: d.id,
    known: fusion.KnownRows | None = None,
    fingerprints: list[Fingerprint | None] | None = None,
) -> list[IngestOutcome]:
    """Store and fuse documents whose events are already extracted (a batch partition), in input
    order and in one transaction: the same result as :func:`ingest_document` on each in turn, with
    each touched fused event rebuilt once at the end instead of after every document. When the
    transaction fails, the documents are ingested one by one, so one bad document costs only itself:
    it comes back ``failed`` and is recorded with :func:`record_error`.

    ``known``: actor and place rows of earlier calls, for a caller that alone writes to ``store``
    (see ``fusion.Registry``); it learns this call's rows once they are committed.
    ``fingerprints``: each document's, if already computed (None where not)."""
    given = fingerprints or [None] * len(items)
    try:
        with store.write() as session:
            registry = fusion.Registry(session, known)
            outcomes = [
                _store_and_fuse(
                    session, registry, document, events,
                    given_print.content_hash if given_print else fingerprint.content_hash(document.text),
                    origin_of(document),
                    given_print.sketch if given_print else None,
                )
                for (document, events), given_print in zip(items, given)
            ]
            fusion.rebuild_all(session, {f for o in outcomes for f in o.fused_ids}, registry)
        registry.keep()
        return outcomes
    except SQLAlchemyError:
        pass
    if known is not None:
        known.sole = False  # the documents below are stored without it: from now on, ask the store
    outcomes = []
    for document, events in items:
        origin = origin_of(document)
        try:
            outcomes.append(ingest_document(store, document, _Given(events), origin=origin))
        except SQLAlchemyError as exc:
            message = f"could not store the document: {type(exc).__name__}: {str(exc).splitlines()[0]}"
            record_error(store, origin or document.id or "?", message, code="store")
            outcomes.append(IngestOutcome("failed", None, events, error=message))
    return outcomes


class _Given:
    """Stands in for the extractor: the events of the document are already known."""

    def __init__(self, events: list[Event]):
        self.events = events

    def extract(self, document: Document, **_: Any) -> list[Event]:
        return self.events


def _store_and_fuse(
    session, registry: fusion.Registry, document: Document, events: list[Event], digest: str, origin: str | None,
    unsigned_sketch: tuple[int, ...] | None = None,
) -> IngestOutcome:
    """The document row, its mentions and their clusters; the caller rebuilds ``fused_ids``.
    ``unsigned_sketch``: the text's MinHash sketch if already computed."""
    pk = registry.document_with_hash(digest) if registry.remembers else _existing(session, digest)
    if pk is not None:
        return IngestOutcome("exists", pk)
    text_shingles = None
    if unsigned_sketch is None:
        text_shingles = fingerprint.shingles(document.text)
        unsigned_sketch = fingerprint.minhash(text_shingles)
    sketch = [fingerprint.to_signed(v) for v in unsigned_sketch]
    duplicate_of = _find_near_duplicate(session, registry, unsigned_sketch, document.text, text_shingles)
    row = DocumentRow(
        doc_key=(document.id or digest[:12])[:512],
        content_hash=digest,
        minhash0=sketch[0],
        minhash1=sketch[1],
        minhash2=sketch[2],
        minhash3=sketch[3],
        duplicate_of=duplicate_of,
        text=document.text,
        url=document.url,
        source=(document.source or None) and document.source[:512],
        title=document.title,
        published=document.published,
        origin=origin,
        n_events=len(events),
        ingested_at=fusion.utcnow(),
    )
    session.add(row)
    session.flush()
    if registry.remembers:
        registry.remember_document(row.id, digest, sketch, duplicate_of)
    mentions = _store_events(session, row.id, events, registry)
    # The claims just added go to the database with the next flush: nothing below reads them.
    touched = fusion.assign_all(session, mentions, registry)
    return IngestOutcome("stored", row.id, events, duplicate_of, sorted(touched))


def record_error(store: Store, origin: str, message: str, code: str | None = None) -> None:
    """Keep a document that could not be ingested; the same error again bumps ``occurrences``."""
    now = fusion.utcnow()
    with store.write() as session:
        row = session.scalar(select(IngestErrorRow).where(IngestErrorRow.origin == origin, IngestErrorRow.message == message).limit(1))
        if row is None:
            session.add(IngestErrorRow(origin=origin, code=code, message=message, occurrences=1, first_seen=now, last_seen=now))
        else:
            row.occurrences += 1
            row.last_seen = now


def refuse(store: Store) -> int:
    """Re-fuse every mention from scratch (ids and corrections are kept). Returns the event count."""
    with store.write() as session:
        return fusion.refuse_all(session)


# ---------------------------------------------------------------------------------------------
# Corrections


class CorrectionError(ValueError):
    pass


def _validate_correction(field_name: str, value: Any) -> Any:
    from conflictscope.knowledge import load_taxonomy
    from conflictscope.types import ACTOR_KINDS

    if value is None:
        return None
    taxonomy = load_taxonomy()
    if field_name == "event_type":
        if value not in taxonomy.event_types:
            raise CorrectionError(f"unknown event type {value!r}; one of: {', '.join(taxonomy.event_types)}")
    elif field_name == "sub_event_type":
        if value not in taxonomy.all_sub_event_types:
            raise CorrectionError(f"unknown sub-event type {value!r}")
    elif field_name == "date":
        try:
            value = date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise CorrectionError(f"invalid date {value!r}: expected YYYY-MM-DD") from None
    elif field_name == "time_precision":
        if value not in (1, 2, 3):
            raise CorrectionError("time_precision is 1 (day), 2 (week) or 3 (month)")
    elif field_name in ("actor1", "actor2"):
        if value != {}:
            if not isinstance(value, dict) or not value.get("name") or value.get("kind") not in ACTOR_KINDS:
                raise CorrectionError(f"{field_name} needs a name and a kind (one of: {', '.join(ACTOR_KINDS)})")
            value = {"name": value["name"], "kind": value["kind"], "country_code": (value.get("country_code") or None) and value["country_code"].upper()}
    elif field_name == "location":
        if value != {}:
            try:
                value = {
                    "name": str(value["name"]),
                    "country_code": (value.get("country_code") or None) and str(value["country_code"]).upper(),
                    "admin1": value.get("admin1"),
                    "latitude": float(value["latitude"]),
                    "longitude": float(value["longitude"]),
                    "geonameid": value.get("geonameid"),
                    "geo_precision": int(value.get("geo_precision") or 1),
                }
            except (KeyError, TypeError, ValueError):
                raise CorrectionError("location needs name, latitude and longitude") from None
            if not (-90 <= value["latitude"] <= 90 and -180 <= value["longitude"] <= 180):
                raise CorrectionError("latitude/longitude out of range")
    elif field_name in ("fatalities", "fatalities_low", "fatalities_high", "injuries"):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise CorrectionError(f"{field_name} must be a whole number >= 0")
    elif field_name in ("civilian_targeting", "disputed"):
        if not isinstance(value, bool):
            raise CorrectionError(f"{field_name} must be true or false")
    elif field_name == "notes":
        value = str(value)
    else:
        raise CorrectionError(f"{field_name!r} cannot be corrected; fields: {', '.join(fusion.CORRECTABLE)}")
    return value


def add_correction(store: Store, event_id: str, changes: dict[str, Any], *, analyst: str | None = None, note: str | None = None) -> dict[str, Any]:
    """Record an analyst's corrections of a fused event (``{field: value}``; a None value clears an
    earlier correction of that field) and apply them. Returns the corrected event.
    Raises KeyError for an unknown event and :class:`CorrectionError` for a bad value."""
    checked = {name: _validate_correction(name, value) for name, value in changes.items()}
    from conflictscope.knowledge import load_taxonomy

    taxonomy = load_taxonomy()
    with store.write() as session:
        row = session.get(FusedEventRow, event_id)
        if row is None:
            raise KeyError(event_id)
        effective = {**fusion.current_corrections(session, event_id), **{k: v for k, v in checked.items()}}
        event_type = effective.get("event_type") or row.event_type
        sub = effective.get("sub_event_type") or row.sub_event_type
        if sub not in taxonomy.sub_event_types.get(event_type, ()):
            raise CorrectionError(f"sub-event type {sub!r} is not a kind of {event_type!r}: give a matching sub_event_type too")
        now = fusion.utcnow()
        for name, value in checked.items():
            session.add(CorrectionRow(event_id=event_id, field=name, value=value, analyst=analyst, note=note, created_at=now))
        session.flush()
        rebuilt = fusion.rebuild(session, event_id)
        assert rebuilt is not None
        return dict(rebuilt.payload)


def list_corrections(store: Store, event_id: str | None = None) -> list[dict[str, Any]]:
    with store.read() as session:
        query = select(CorrectionRow).order_by(CorrectionRow.id)
        if event_id is not None:
            query = query.where(CorrectionRow.event_id == event_id)
        return [
            {"id": r.id, "event_id": r.event_id, "field": r.field, "value": r.value, "analyst": r.analyst, "note": r.note, "created_at": r.created_at.isoformat()}
            for r in session.scalars(query)
        ]


# ---------------------------------------------------------------------------------------------
# Reading events


@dataclass
class EventFilters:
    """Filters for fused events; None means no filter. ``event_type`` matches an event type or a
    sub-event type (case-insensitive); ``actor`` is a case-insensitive substring of either actor;
    ``bbox`` is (west, south, east, north) in degrees; ``country`` an ISO 3166-1 alpha-2 code."""

    country: str | None = None
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    actor: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    disputed: bool | None = None
    min_sources: int | None = None


def _filtered(query, filters: EventFilters | None):
    f = filters or EventFilters()
    if f.country:
        query = query.where(FusedEventRow.country_code == f.country.upper())
    if f.since:
        query = query.where(FusedEventRow.date >= f.since)
    if f.until:
        query = query.where(FusedEventRow.date <= f.until)
    if f.event_type:
        t = f.event_type.lower()
        query = query.where(or_(func.lower(FusedEventRow.event_type) == t, func.lower(FusedEventRow.sub_event_type) == t))
    if f.actor:
        pattern = f"%{f.actor.lower()}%"
        query = query.where(or_(func.lower(FusedEventRow.actor1_name).like(pattern), func.lower(FusedEventRow.actor2_name).like(pattern)))
    if f.bbox:
        west, south, east, north = f.bbox
        query = query.where(FusedEventRow.latitude.between(south, north))
        if west <= east:
            query = query.where(FusedEventRow.longitude.between(west, east))
        else:  # a box across the antimeridian
            query = query.where(or_(FusedEventRow.longitude >= west, FusedEventRow.longitude <= east))
    if f.disputed is not None:
        query = query.where(FusedEventRow.disputed.is_(f.disputed))
    if f.min_sources:
        query = query.where(FusedEventRow.sources >= f.min_sources)
    return query


def _public(payload: dict[str, Any]) -> dict[str, Any]:
    out = dict(payload)
    out.pop("document_id", None)
    out.setdefault("corrected", [])
    return out


def _events_in_order(filters: EventFilters | None):
    """The payloads of the matching fused events, newest first, then by id."""
    return _filtered(select(FusedEventRow.payload), filters).order_by(FusedEventRow.date.desc(), FusedEventRow.id)


def list_events(store: Store, filters: EventFilters | None = None, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Fused events, newest first (then by id), as output objects."""
    query = _events_in_order(filters).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with store.read() as session:
        return [_public(p) for p in session.scalars(query)]


def iter_events(store: Store, filters: EventFilters | None = None, batch: int = 1000):
    """Every matching fused event, in the order of :func:`list_events`, for exports of any size: one
    query whose rows are fetched ``batch`` at a time, in one read snapshot. (Pages by offset would
    each step over every row before them: quadratic in the number of events, and each page could
    see another state of the store.)"""
    with store.read() as session:
        for payload in session.scalars(_events_in_order(filters).execution_options(yield_per=batch)):
            yield _public(payload)


def count_events(store: Store, filters: EventFilters | None = None) -> int:
    with store.read() as session:
        return session.scalar(_filtered(select(func.count()).select_from(FusedEventRow), filters)) or 0


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One fused event with everything behind it: ``mentions`` (each report's own extracted event,
    with the report, its claims and evidence) and ``corrections_log`` (every analyst change)."""
    with store.read() as session:
        row = session.get(FusedEventRow, event_id)
        if row is None:
            return None
        out = _public(row.payload)
        mentions = session.scalars(select(MentionRow).where(MentionRow.fused_id == event_id).order_by(MentionRow.id)).all()
        docs = {d.id: d for d in session.scalars(select(DocumentRow).where(DocumentRow.id.in_({m.document_id for m in mentions})))}
        out["mentions"] = [
            {
                "mention_id": m.id,
                "document": _document_dict(docs[m.document_id]),
                "event": m.event,
            }
            for m in mentions
        ]
    out["corrections_log"] = list_corrections(store, event_id)
    return out


def counts_per_day(store: Store, filters: EventFilters | None = None) -> list[dict[str, Any]]:
    """[{date, events, fatalities}] per day with at least one event (undated events left out)."""
    query = _filtered(
        select(FusedEventRow.date, func.count(), func.coalesce(func.sum(FusedEventRow.fatalities), 0)).where(FusedEventRow.date.is_not(None)),
        filters,
    ).group_by(FusedEventRow.date).order_by(FusedEventRow.date)
    with store.read() as session:
        return [{"date": d.isoformat(), "events": int(n), "fatalities": int(f)} for d, n, f in session.execute(query)]


# ---------------------------------------------------------------------------------------------
# Documents, errors, totals


def _document_dict(d: DocumentRow, *, text: bool = False) -> dict[str, Any]:
    out = {
        "pk": d.id,
        "document_id": d.doc_key,
        "url": d.url,
        "source": d.source,
        "title": d.title,
        "published": d.published.isoformat() if d.published else None,
        "duplicate_of": d.duplicate_of,
        "n_events": d.n_events,
        "origin": d.origin,
        "ingested_at": d.ingested_at.isoformat(),
    }
    if text:
        out["text"] = d.text
    return out


def list_documents(store: Store, limit: int | None = 100, offset: int = 0, *, source: str | None = None) -> list[dict[str, Any]]:
    """Stored documents, latest first (``pk`` is the store's key, ``document_id`` the reader's id)."""
    query = select(DocumentRow).order_by(DocumentRow.id.desc()).offset(offset)
    if source:
        query = query.where(DocumentRow.source == source)
    if limit is not None:
        query = query.limit(limit)
    with store.read() as session:
        return [_document_dict(d) for d in session.scalars(query)]


def get_document(store: Store, pk: int) -> dict[str, Any] | None:
    """One document with its text and the events extracted from it (``fused_id`` links each to its
    fused event; historical mentions have none)."""
    with store.read() as session:
        d = session.get(DocumentRow, pk)
        if d is None:
            return None
        out = _document_dict(d, text=True)
        out["events"] = [
            {**m.event, "fused_id": m.fused_id}
            for m in session.scalars(select(MentionRow).where(MentionRow.document_id == pk).order_by(MentionRow.id))
        ]
        return out


def list_errors(store: Store, limit: int | None = 100) -> list[dict[str, Any]]:
    query = select(IngestErrorRow).order_by(IngestErrorRow.id.desc())
    if limit is not None:
        query = query.limit(limit)
    with store.read() as session:
        return [
            {"origin": r.origin, "code": r.code, "message": r.message, "occurrences": r.occurrences, "last_seen": r.last_seen.isoformat()}
            for r in session.scalars(query)
        ]


def stats(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {
            "documents": session.scalar(select(func.count()).select_from(DocumentRow)) or 0,
            "near_duplicates": session.scalar(select(func.count()).select_from(DocumentRow).where(DocumentRow.duplicate_of.is_not(None))) or 0,
            "mentions": session.scalar(select(func.count()).select_from(MentionRow)) or 0,
            "fused_events": session.scalar(select(func.count()).select_from(FusedEventRow)) or 0,
            "actors": session.scalar(select(func.count()).select_from(ActorRow)) or 0,
            "errors": session.scalar(select(func.count()).select_from(IngestErrorRow)) or 0,
            "corrections": session.scalar(select(func.count()).select_from(CorrectionRow)) or 0,
        }
