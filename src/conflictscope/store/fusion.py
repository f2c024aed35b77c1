"""Fusion across reports: event mentions of one incident from different documents become one event.

Two mentions may describe the same incident when all of these hold:

* **type**: the same ACLED event type (for Strategic developments, the same sub-event type), or both
  violent (Battles, Explosions/Remote violence, Violence against civilians): reports often disagree on
  whether a shelling was a battle or an attack on civilians;
* **day**: the same date; one day apart is allowed when either date came from a relative phrase
  ("overnight", "late on Sunday", "yesterday": see :func:`date_is_relative`) or is less precise than
  a day;
* **place**: within 25 km (great-circle distance between the coded locations);
* **actors**: not contradictory. A report's *perpetrator* is its actor1 when it is identified (not an
  "Unidentified Armed Group", not civilians, protesters or rioters) and has a country. Two reports
  contradict when both name perpetrators of different countries, unless each perpetrator's country
  appears among the identified sides of the other report (a battle told from the other side: actor1
  and actor2 swapped). A silent or unidentified perpetrator never contradicts;
* **reports**: they come from different documents (one document's events were already merged by the
  extractor, so two of its events are two incidents).

Clustering is complete-linkage and incremental: a new mention joins the existing fused event whose
*every* member it is compatible with (the closest in time, then in space, then the oldest event);
otherwise it starts a new one. A fused event's id is the extractor id of its first (earliest
ingested) mention and is kept in the table, so ids never churn when reports arrive, and a full
re-fusion (:func:`refuse_all`), which replays mentions in ingest order, gives the same ids.

The fused record (see :func:`build_payload`):

* ``fatalities``: ACLED's rule, the lowest figure among the reports and claims that state one; a
  report silent on deaths does not lower it (``fatalities_stated`` false only when none states one);
  ``fatalities_low`` / ``fatalities_high``: the lowest and highest stated figures (None when none);
* ``injuries``: the lowest stated figure;
* ``disputed``: a report is disputed, or claims conflict (a denial beside an assertion), or the stated
  death figures differ;
* ``sources``: distinct reports, near-duplicate copies of one story counted once; ``reports`` lists
  every document (copies too, with ``duplicate_of``); ``claims`` and ``evidence`` list every claim and
  evidence span, each with the ``document_id`` its offsets point into (identical claims from copies
  are listed once);
* type, date, place and actors: the values most reports agree on (ties: the more specific type, the
  more precise date/place, the earliest report); an identified perpetrator beats an unidentified one.

Analyst corrections (:data:`CORRECTABLE`) are stored apart and applied over this output every time a
fused event is rebuilt, so they survive new reports and full re-fusion.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import bindparam, delete, literal, select, union_all, update
from sqlalchemy.orm import Session

from conflictscope.types import Actor
from conflictscope.store.models import (
    ActorRow,
    ClaimRow,
    CorrectionRow,
    DocumentRow,
    FusedEventRow,
    MentionRow,
    PlaceRow,
)

MAX_KM = 25.0
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
NON_PERPETRATOR_KINDS = frozenset({"civilians", "protesters", "rioters"})
KM_PER_DEGREE = 111.2
CORRECTABLE = (
    "event_type",
    "sub_event_type",
    "date",
    "time_precision",
    "location",
    "actor1",
    "actor2",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "injuries",
    "civilian_targeting",
    "disputed",
    "notes",
)

_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_ABSOLUTE_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b|{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})",
    re.I,
)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# ---------------------------------------------------------------------------------------------
# Compatibility rules


def date_is_relative(time_precision: int, value: date | None, evidence_texts: list[str]) -> bool:
    """True unless the date is day-precise and the evidence spells out a calendar date."""
    if value is None or time_precision > 1:
        return True
    return not any(_ABSOLUTE_DATE.search(t or "") for t in evidence_texts)


def types_compatible(a_type: str, a_sub: str, b_type: str, b_sub: str) -> bool:
    if a_type == b_type:
        return a_type != "Strategic developments" or a_sub == b_sub
    return a_type in VIOLENT and b_type in VIOLENT


def dates_compatible(a: date | None, a_relative: bool, b: date | None, b_relative: bool) -> bool:
    if a is None or b is None:
        return False
    gap = abs((a - b).days)
    return gap == 0 or (gap == 1 and (a_relative or b_relative))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def identified(actor: Actor | None) -> bool:
    return (
        actor is not None
        and actor.kind not in NON_PERPETRATOR_KINDS
        and not actor.name.lower().startswith("unidentified")
    )


def perpetrator_country(actor1: Actor | None) -> str | None:
    return actor1.country_code if identified(actor1) and actor1 is not None else None


def sides(actor1: Actor | None, actor2: Actor | None) -> set[str]:
    return {a.country_code for a in (actor1, actor2) if identified(a) and a is not None and a.country_code}


def actors_compatible(a1: Actor | None, a2: Actor | None, b1: Actor | None, b2: Actor | None) -> bool:
    pa, pb = perpetrator_country(a1), perpetrator_country(b1)
    if pa is None or pb is None or pa == pb:
        return True
    return pa in sides(b1, b2) and pb in sides(a1, a2)


BANDS = 4  # MinHash values stored per document (minhash0..3); a copy shares at least one


@dataclass(frozen=True, slots=True)
class Member:
    """What clustering reads of a mention in a fused event (see :func:`compatible`), kept in memory
    by a sole writer instead of being read back from the store for every new mention."""

    id: int
    fused_id: str
    document_id: int
    date: date
    relative_date: bool
    latitude: float
    longitude: float
    event_type: str
    sub_event_type: str
    actor1_id: int | None
    actor2_id: int | None

    @classmethod
    def of(cls, m: MentionRow) -> Member:
        assert m.fused_id is not None and m.date is not None and m.latitude is not None and m.longitude is not None
        return cls(m.id, m.fused_id, m.document_id, m.date, bool(m.relative_date), m.latitude, m.longitude, m.event_type,
                   m.sub_event_type, m.actor1_id, m.actor2_id)


@dataclass
class KnownRows:
    """Actor and place rows by key, and actors by id (as :class:`Actor` values, which outlive the
    session that read them).

    ``sole``: the writer holding these made every row of its store, from empty (a batch's fusion).
    It then also remembers what ingesting reads back for each document (content hashes, MinHash
    values, the mentions of fused events by day and latitude, the fused ids taken) and answers from memory what
    would otherwise be one query per document or mention; the rows are the same."""

    actor_ids: dict[str, int] = field(default_factory=dict)
    place_ids: dict[str, int] = field(default_factory=dict)
    actors: dict[int, Actor | None] = field(default_factory=dict)
    sole: bool = False
    hashes: dict[str, int] = field(default_factory=dict)  # content hash -> document id
    bands: tuple[dict[int, list[int]], ...] = field(default_factory=lambda: tuple({} for _ in range(BANDS)))  # signed MinHash value -> document ids
    copy_of: dict[int, int | None] = field(default_factory=dict)  # document id -> its duplicate_of
    members: dict[str, list[Member]] = field(default_factory=dict)  # fused id -> its fusable mentions, in id order
    by_cell: dict[tuple[date, int], list[Member]] = field(default_factory=dict)  # (day, latitude band): see Registry.near
    taken: set[str] = field(default_factory=set)  # fused ids in use

    def forget_documents(self) -> None:
        """Stop answering from memory (the store is asked again); actors and places are kept."""
        fresh = KnownRows()
        self.sole = False
        self.hashes, self.bands, self.copy_of = fresh.hashes, fresh.bands, fresh.copy_of
        self.members, self.by_cell, self.taken = fresh.members, fresh.by_cell, fresh.taken

    def update(self, other: KnownRows) -> None:
        self.actor_ids.update(other.actor_ids)
        self.place_ids.update(other.place_ids)
        self.actors.update(other.actors)
        self.hashes.update(other.hashes)
        for mine, theirs in zip(self.bands, other.bands):
            for value, ids in theirs.items():
                mine.setdefault(value, []).extend(ids)
        self.copy_of.update(other.copy_of)
        for table, more in ((self.members, other.members), (self.by_cell, other.by_cell)):
            for key, rows in more.items():
                table.setdefault(key, []).extend(rows)  # later transactions' ids are larger: order kept
        self.taken |= other.taken


class Registry:
    """Actor and place rows, cached by id and by key: fusion looks the same few up again and again
    (each mention, each rebuild), and every lookup through the ORM is a query.

    ``known``: rows committed by earlier transactions, shared by a writer that owns its store (a
    batch's fusion, one transaction per partition). What this transaction finds or creates joins it
    only through :meth:`keep`, called once the transaction has committed, so a rolled-back row is
    never remembered. With ``known.sole``, the lookups of ingest and clustering below come from
    memory (``remembers``); otherwise the callers query the store."""

    def __init__(self, session: Session, known: KnownRows | None = None):
        self.session = session
        self.known = known if known is not None else KnownRows()
        self.new = KnownRows()

    @property
    def remembers(self) -> bool:
        return self.known.sole

    def get(self, actor_id: int | None) -> Actor | None:
        if actor_id is None:
            return None
        for rows in (self.known, self.new):
            if actor_id in rows.actors:
                return rows.actors[actor_id]
        row = self.session.get(ActorRow, actor_id)
        facts = self.new.actors[actor_id] = _facts(row) if row is not None else None
        return facts

    def actor_id(self, name: str, kind: str, country_code: str | None) -> int:
        key = actor_key(name, kind, country_code)
        for rows in (self.known, self.new):
            if key in rows.actor_ids:
                return rows.actor_ids[key]
        row = get_actor(self.session, name, kind, country_code, stored=not self.remembers)
        self.new.actor_ids[key] = row.id
        self.new.actors[row.id] = _facts(row)
        return row.id

    def place_id(self, location: dict[str, Any]) -> int:
        key = place_key(location["name"], location.get("country_code"), location.get("admin1"), location["latitude"], location["longitude"], location.get("geonameid"))
        for rows in (self.known, self.new):
            if key in rows.place_ids:
                return rows.place_ids[key]
        place = self.new.place_ids[key] = get_place(self.session, location, stored=not self.remembers).id
        return place

    # Sole writer only (``remembers``): documents and clusters from memory.

    def document_with_hash(self, digest: str) -> int | None:
        return self.known.hashes.get(digest, self.new.hashes.get(digest))

    def copy_candidates(self, values: list[int]) -> list[tuple[int, int | None]]:
        """(id, duplicate_of) of the documents sharing a MinHash value, oldest first (at most 25, as
        the store's query)."""
        ids: set[int] = set()
        for rows in (self.known, self.new):
            for band, value in zip(rows.bands, values):
                ids.update(band.get(value, ()))
        return [(pk, self.new.copy_of[pk] if pk in self.new.copy_of else self.known.copy_of[pk]) for pk in sorted(ids)[:25]]

    def remember_document(self, pk: int, digest: str, values: list[int], duplicate_of: int | None) -> None:
        self.new.hashes[digest] = pk
        for band, value in zip(self.new.bands, values):
            band.setdefault(value, []).append(pk)
        self.new.copy_of[pk] = duplicate_of

    def near(self, days: list[date], lat_from: float, lat_to: float, lon_from: float, lon_to: float) -> set[str]:
        """Fused ids with a mention on one of ``days`` inside the box (the store's ``_NEAR``). Mentions
        are kept by day and band of latitude, as the store's index (date, latitude) keeps them, so a
        lookup reads only the mentions of a few bands, however many the day has worldwide."""
        found = set()
        bands = range(_band(lat_from), _band(lat_to) + 1)
        for day in days:
            for band in bands:
                for rows in (self.known, self.new):
                    for m in rows.by_cell.get((day, band), ()):
                        if lat_from <= m.latitude <= lat_to and lon_from <= m.longitude <= lon_to:
                            found.add(m.fused_id)
        return found

    def members(self, fused_id: str) -> list[Member]:
        return self.known.members.get(fused_id, []) + self.new.members.get(fused_id, [])

    def taken(self, fused_id: str) -> bool:
        return fused_id in self.known.taken or fused_id in self.new.taken

    def remember_assigned(self, mention: MentionRow) -> None:
        assert mention.fused_id is not None
        self.new.taken.add(mention.fused_id)
        if fusable(mention):
            member = Member.of(mention)
            self.new.members.setdefault(member.fused_id, []).append(member)
            self.new.by_cell.setdefault((member.date, _band(member.latitude)), []).append(member)

    def keep(self) -> None:
        """The transaction committed: remember its rows."""
        self.known.update(self.new)
        self.new = KnownRows()
        if self.known.sole and len(self.known.hashes) > REMEMBERED_DOCUMENTS:
            self.known.forget_documents()


# A sole writer remembers documents (about 1.7 kB each with their mentions: bench/fusion_replay.py) up to
# this many, then asks the store again: memory stays bounded on corpora of any size.
REMEMBERED_DOCUMENTS = 1_000_000
LATITUDE_BAND = 0.25  # degrees: wider than the 25 km fusion box is tall, so a box spans two or three bands


def _band(latitude: float) -> int:
    return math.floor(latitude / LATITUDE_BAND)


def _facts(row: ActorRow) -> Actor:
    return Actor(name=row.name, kind=row.kind, country_code=row.country_code)


def compatible(a: MentionRow, b: MentionRow | Member, actors: Registry) -> bool:
    if a.document_id == b.document_id:
        return False
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None:
        return False
    return (
        types_compatible(a.event_type, a.sub_event_type, b.event_type, b.sub_event_type)
        and dates_compatible(a.date, a.relative_date, b.date, b.relative_date)
        and distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= MAX_KM
        and actors_compatible(actors.get(a.actor1_id), actors.get(a.actor2_id), actors.get(b.actor1_id), actors.get(b.actor2_id))
    )


def fusable(mention: MentionRow) -> bool:
    """Events without a day or a place stay on their own (and background mentions of past events are
    not fused at all: see :func:`assign_all`)."""
    return not mention.historical and mention.date is not None and mention.latitude is not None and mention.longitude is not None


# ---------------------------------------------------------------------------------------------
# Clustering


# Statements of the queries fusion runs for every mention, built once: building a statement costs
# more than SQLite takes to run it.
_ID_TAKEN = union_all(
    select(literal(1)).where(MentionRow.fused_id == bindparam("fused_id")),
    select(literal(1)).where(FusedEventRow.id == bindparam("fused_id")),
).limit(1)
_NEAR = (
    select(MentionRow.fused_id)
    .where(
        MentionRow.fused_id.is_not(None),
        MentionRow.id != bindparam("mention_id"),
        MentionRow.date.between(bindparam("day_from"), bindparam("day_to")),
        MentionRow.latitude.between(bindparam("lat_from"), bindparam("lat_to")),
        MentionRow.longitude.between(bindparam("lon_from"), bindparam("lon_to")),
        MentionRow.historical.is_(False),
    )
    .distinct()
)
_MEMBERS = select(MentionRow).where(MentionRow.fused_id == bindparam("fused_id")).order_by(MentionRow.id)
_ACTOR_BY_KEY = select(ActorRow).where(ActorRow.key == bindparam("key"))
_PLACE_BY_KEY = select(PlaceRow).where(PlaceRow.key == bindparam("key"))


def _new_fused_id(session: Session, mention: MentionRow, actors: Registry) -> str:
    candidate = mention.event_uid
    taken = actors.taken(candidate) if actors.remembers else session.scalar(_ID_TAKEN, {"fused_id": candidate}) is not None
    if not taken:
        return candidate
    return f"{mention.event_uid}-{mention.id}"


def assign(session: Session, mention: MentionRow, actors: Registry | None = None) -> str:
    """Give ``mention`` a fused id: an existing compatible fused event's, or a new one. Returns it."""
    actors = actors or Registry(session)
    mention.fused_id = _choose_fused_id(session, mention, actors)
    if actors.remembers:
        actors.remember_assigned(mention)
    return mention.fused_id


def _choose_fused_id(session: Session, mention: MentionRow, actors: Registry) -> str:
    if fusable(mention):
        assert mention.date is not None and mention.latitude is not None and mention.longitude is not None
        dlat = MAX_KM / KM_PER_DEGREE
        dlon = MAX_KM / (KM_PER_DEGREE * max(0.05, math.cos(math.radians(mention.latitude))))
        box = {"lat_from": mention.latitude - dlat, "lat_to": mention.latitude + dlat, "lon_from": mention.longitude - dlon, "lon_to": mention.longitude + dlon}
        day_from, day_to = mention.date - timedelta(days=1), mention.date + timedelta(days=1)
        if actors.remembers:
            near = actors.near([day_from, mention.date, day_to], **box)
        else:
            near = set(session.scalars(_NEAR, {"mention_id": mention.id, "day_from": day_from, "day_to": day_to, **box}).all())
        best: tuple | None = None
        for fused_id in sorted(near):
            members = actors.members(fused_id) if actors.remembers else session.scalars(_MEMBERS, {"fused_id": fused_id}).all()
            if not members or not all(compatible(mention, m, actors) for m in members):
                continue
            gap = min(abs((mention.date - m.date).days) for m in members if m.date)
            km = min(distance_km(mention.latitude, mention.longitude, m.latitude, m.longitude) for m in members if m.latitude is not None and m.longitude is not None)
            same_type = 0 if any(m.event_type == mention.event_type for m in members) else 1
            key = (gap, same_type, round(km, 3), members[0].id, fused_id)
            if best is None or key < best:
                best = key
        if best is not None:
            return best[-1]
    return _new_fused_id(session, mention, actors)


# ---------------------------------------------------------------------------------------------
# The fused record


def _actor_dict(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "kind": actor.kind, "country_code": actor.country_code}


def _place_location(place: PlaceRow | None, geo_precision: int | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geonameid": place.geonameid,
        "geo_precision": geo_precision if geo_precision is not None else 1,
    }


def _pick(values: list[tuple[Any, tuple]]) -> Any:
    """The value with the best (smallest) key; each key is already (preference..., order)."""
    return min(values, key=lambda item: item[1])[0] if values else None


def report_dict(doc: DocumentRow, canonical: DocumentRow | None) -> dict[str, Any]:
    return {
        "document_id": doc.doc_key,
        "url": doc.url,
        "source": doc.source,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "duplicate_of": canonical.doc_key if canonical is not None and canonical.id != doc.id else None,
    }


class Loaded:
    """The rows that rebuilding some fused events reads, fetched with one query per table for all of
    them: through the ORM every query costs far more than the work done on its rows."""

    def __init__(self, session: Session, fused_ids: list[str]):
        self.members: dict[str, list[MentionRow]] = {fused_id: [] for fused_id in fused_ids}
        for m in session.scalars(select(MentionRow).where(MentionRow.fused_id.in_(fused_ids)).order_by(MentionRow.id)):
            self.members[m.fused_id].append(m)
        self.rows = {r.id: r for r in session.scalars(select(FusedEventRow).where(FusedEventRow.id.in_(fused_ids)))}
        self.corrections: dict[str, list[CorrectionRow]] = {}
        for c in session.scalars(select(CorrectionRow).where(CorrectionRow.event_id.in_(fused_ids)).order_by(CorrectionRow.id)):
            self.corrections.setdefault(c.event_id, []).append(c)
        mentions = [m for group in self.members.values() for m in group]
        self.docs = self._documents(session, {m.document_id for m in mentions})
        self.docs.update(self._documents(session, {d.duplicate_of for d in self.docs.values() if d.duplicate_of is not None} - set(self.docs)))
        place_ids = {m.place_id for m in mentions if m.place_id is not None}
        self.places = {p.id: p for p in session.scalars(select(PlaceRow).where(PlaceRow.id.in_(place_ids)))} if place_ids else {}
        self.claims: dict[int, list[ClaimRow]] = {}
        mention_ids = [m.id for m in mentions]
        for start in range(0, len(mention_ids), 500):
            for c in session.scalars(select(ClaimRow).where(ClaimRow.mention_id.in_(mention_ids[start : start + 500])).order_by(ClaimRow.id)):
                self.claims.setdefault(c.mention_id, []).append(c)

    @staticmethod
    def _documents(session: Session, ids: set[int]) -> dict[int, DocumentRow]:
        return {d.id: d for d in session.scalars(select(DocumentRow).where(DocumentRow.id.in_(ids)))} if ids else {}


def build_payload(fused_id: str, loaded: Loaded, actors: Registry) -> dict[str, Any]:
    """The fused event (before corrections) in the output shape: the event object of ``extract``
    plus ``sources``, ``reports``, ``fatalities_low`` and ``fatalities_high``."""
    from conflictscope.knowledge import load_taxonomy

    taxonomy = load_taxonomy()
    members = loaded.members[fused_id]
    canon = loaded.docs
    docs = {m.document_id: canon[m.document_id] for m in members}

    def root(doc_id: int) -> int:
        d = docs[doc_id]
        return d.duplicate_of if d.duplicate_of is not None else d.id

    # Votes count distinct sources: copies of one story vote once.
    def votes(value_of) -> Counter:
        seen: dict[Any, set[int]] = {}
        for m in members:
            value = value_of(m)
            if value is not None:
                seen.setdefault(value, set()).add(root(m.document_id))
        return Counter({k: len(v) for k, v in seen.items()})

    order = {m.id: i for i, m in enumerate(members)}

    def rank(sub: str) -> int:
        try:
            return taxonomy.rank(sub)
        except ValueError:
            return 999

    type_votes = votes(lambda m: (m.event_type, m.sub_event_type))
    first_of_type = {}
    for m in members:
        first_of_type.setdefault((m.event_type, m.sub_event_type), order[m.id])
    event_type, sub_event_type = min(type_votes, key=lambda k: (-type_votes[k], rank(k[1]), first_of_type[k]))

    dated = [m for m in members if m.date is not None]
    if dated:
        best_precision = min(m.time_precision for m in dated)
        precise = [m for m in dated if m.time_precision == best_precision]
        date_votes = Counter(m.date for m in precise)
        when = min(date_votes, key=lambda d: (-date_votes[d], d))
        time_precision = best_precision
    else:
        when, time_precision = None, min(m.time_precision for m in members)

    placed = [m for m in members if m.place_id is not None]
    place_row, geo_precision = None, None
    if placed:
        place_votes = votes(lambda m: m.place_id)
        chosen = min(placed, key=lambda m: (m.geo_precision or 9, -place_votes[m.place_id], order[m.id]))
        place_row, geo_precision = loaded.places.get(chosen.place_id), chosen.geo_precision

    def actor_rank(actor: Actor | None) -> int:
        if actor is None:
            return 9
        if identified(actor):
            return 0
        return 1 if actor.kind not in NON_PERPETRATOR_KINDS else 2

    a1_votes = votes(lambda m: m.actor1_id)
    a1_choices = [(m.actor1_id, (actor_rank(actors.get(m.actor1_id)), -a1_votes[m.actor1_id], order[m.id])) for m in members if m.actor1_id is not None]
    actor1_id = _pick(a1_choices)
    a2_votes = votes(lambda m: m.actor2_id)
    a2_choices = [
        (m.actor2_id, (actor_rank(actors.get(m.actor2_id)), -a2_votes[m.actor2_id], order[m.id]))
        for m in members
        if m.actor2_id is not None and m.actor2_id != actor1_id
    ]
    actor2_id = _pick(a2_choices)

    by_mention = loaded.claims

    claims: list[dict[str, Any]] = []
    seen_claims: set[tuple] = set()
    figures: list[int] = []
    stances: set[str] = set()
    evidence: list[dict[str, Any]] = []
    seen_evidence: set[str] = set()
    for m in members:
        doc = docs[m.document_id]
        if m.fatalities_stated:
            figures.append(m.fatalities)
        for ev in m.evidence or []:
            if ev.get("text") not in seen_evidence:
                seen_evidence.add(ev.get("text"))
                evidence.append({**ev, "document_id": doc.doc_key})
        for c in sorted(by_mention.get(m.id, []), key=lambda c: (c.evidence_start, c.id)):
            stances.add(c.stance)
            if c.fatalities is not None and c.stance != "denies":
                figures.append(c.fatalities)
            key = (c.speaker_name, c.stance, c.fatalities, c.injuries, c.evidence_text)
            if key in seen_claims:
                continue
            seen_claims.add(key)
            claims.append(
                {
                    "speaker": {"name": c.speaker_name, "kind": c.speaker_kind, "country_code": c.speaker_country},
                    "stance": c.stance,
                    "via": c.via,
                    "fatalities": c.fatalities,
                    "injuries": c.injuries,
                    "evidence": {"text": c.evidence_text, "start": c.evidence_start, "end": c.evidence_end},
                    "document_id": doc.doc_key,
                }
            )
    low = min(figures) if figures else None
    high = max(figures) if figures else None
    injuries = [m.injuries for m in members if m.injuries is not None]
    conflicting_claims = "denies" in stances and bool(stances - {"denies"})
    disputed = any(m.disputed for m in members) or conflicting_claims or (low is not None and low != high)

    reports: list[dict[str, Any]] = []
    seen_docs: set[int] = set()
    for m in members:
        if m.document_id in seen_docs:
            continue
        seen_docs.add(m.document_id)
        d = docs[m.document_id]
        reports.append(report_dict(d, canon.get(d.duplicate_of) if d.duplicate_of is not None else None))

    first = members[0]
    return {
        "id": fused_id,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "date": when.isoformat() if when else None,
        "time_precision": time_precision,
        "location": _place_location(place_row, geo_precision),
        "actor1": _actor_dict(actors.get(actor1_id)),
        "actor2": _actor_dict(actors.get(actor2_id)),
        "fatalities": low if low is not None else 0,
        "fatalities_stated": low is not None,
        "injuries": min(injuries) if injuries else None,
        "civilian_targeting": any(m.civilian_targeting for m in members),
        "claims": claims,
        "disputed": disputed,
        "historical": False,
        "evidence": evidence,
        "notes": first.notes,
        "sources": len({root(m.document_id) for m in members}),
        "reports": reports,
        "fatalities_low": low,
        "fatalities_high": high,
        "document_id": docs[first.document_id].doc_key,
    }


# ---------------------------------------------------------------------------------------------
# Corrections


def current_corrections(session: Session, event_id: str) -> dict[str, Any]:
    """The analyst's values for one fused event: the latest per field (a None value clears it)."""
    return latest_values(session.scalars(select(CorrectionRow).where(CorrectionRow.event_id == event_id).order_by(CorrectionRow.id)))


def latest_values(corrections) -> dict[str, Any]:
    """Correction rows, oldest first -> the latest value per field."""
    values: dict[str, Any] = {}
    for row in corrections:
        if row.value is None:
            values.pop(row.field, None)
        else:
            values[row.field] = row.value
    return values


def apply_corrections(payload: dict[str, Any], corrections: dict[str, Any]) -> dict[str, Any]:
    out = dict(payload)
    for field, value in corrections.items():
        if field in ("actor1", "actor2", "location"):
            out[field] = value or None  # {} removes the actor / place
        else:
            out[field] = value
        if field == "fatalities":
            out["fatalities_stated"] = True
    out["corrected"] = sorted(corrections)
    return out


# ---------------------------------------------------------------------------------------------
# Writing fused rows


def actor_key(name: str, kind: str, country_code: str | None) -> str:
    return f"{name}|{kind}|{country_code or ''}"[:700]


def get_actor(session: Session, name: str, kind: str, country_code: str | None, stored: bool = True) -> ActorRow:
    """The actor's row, created if new; ``stored=False``: the caller knows it is not stored yet."""
    key = actor_key(name, kind, country_code)
    row = session.scalar(_ACTOR_BY_KEY, {"key": key}) if stored else None
    if row is None:
        row = ActorRow(key=key, name=name, kind=kind, country_code=country_code)
        session.add(row)
        session.flush()
    return row


def place_key(name: str, country_code: str | None, admin1: str | None, lat: float, lon: float, geonameid: int | None) -> str:
    if geonameid is not None:
        return f"gn:{geonameid}"
    return f"{name}|{country_code or ''}|{admin1 or ''}|{lat:.4f}|{lon:.4f}"[:700]


def get_place(session: Session, location: dict[str, Any], stored: bool = True) -> PlaceRow:
    """The place's row, created if new; ``stored=False``: the caller knows it is not stored yet."""
    key = place_key(location["name"], location.get("country_code"), location.get("admin1"), location["latitude"], location["longitude"], location.get("geonameid"))
    row = session.scalar(_PLACE_BY_KEY, {"key": key}) if stored else None
    if row is None:
        row = PlaceRow(
            key=key,
            name=location["name"],
            country_code=location.get("country_code"),
            admin1=location.get("admin1"),
            latitude=float(location["latitude"]),
            longitude=float(location["longitude"]),
            geonameid=location.get("geonameid"),
        )
        session.add(row)
        session.flush()
    return row


def rebuild(session: Session, fused_id: str, actors: Registry | None = None) -> FusedEventRow | None:
    """Recompute one fused event from its mentions and the analyst's corrections; delete it when it
    has no mentions left. Returns the row."""
    return _rebuild(session, fused_id, Loaded(session, [fused_id]), actors or Registry(session))


def _rebuild(session: Session, fused_id: str, loaded: Loaded, actors: Registry) -> FusedEventRow | None:
    members = loaded.members[fused_id]
    row = loaded.rows.get(fused_id)
    if not members:
        if row is not None:
            session.delete(row)
        return None
    corrections = latest_values(loaded.corrections.get(fused_id, []))
    payload = apply_corrections(build_payload(fused_id, loaded, actors), corrections)
    loc = payload.get("location")
    a1, a2 = payload.get("actor1"), payload.get("actor2")
    # Registry rows first: queries autoflush, and a half-filled fused row must not be flushed.
    place_id = actors.place_id(loc) if loc else None
    actor1_id = actors.actor_id(a1["name"], a1["kind"], a1.get("country_code")) if a1 else None
    actor2_id = actors.actor_id(a2["name"], a2["kind"], a2.get("country_code")) if a2 else None
    now = utcnow()
    if row is None:
        row = FusedEventRow(id=fused_id, created_at=now)
        session.add(row)
    row.event_type = payload["event_type"]
    row.sub_event_type = payload["sub_event_type"]
    row.date = date.fromisoformat(payload["date"]) if payload.get("date") else None
    row.place_id = place_id
    row.country_code = loc.get("country_code") if loc else None
    row.latitude = loc.get("latitude") if loc else None
    row.longitude = loc.get("longitude") if loc else None
    row.actor1_id = actor1_id
    row.actor2_id = actor2_id
    row.actor1_name = a1["name"] if a1 else None
    row.actor2_name = a2["name"] if a2 else None
    row.fatalities = int(payload["fatalities"] or 0)
    row.fatalities_low = payload.get("fatalities_low")
    row.fatalities_high = payload.get("fatalities_high")
    row.disputed = bool(payload["disputed"])
    row.sources = payload["sources"]
    row.n_mentions = len(members)
    row.corrected = bool(corrections)
    row.payload = payload
    row.updated_at = now
    return row


def assign_all(session: Session, mentions: list[MentionRow], actors: Registry) -> set[str]:
    """Assign each new mention, in order, to a fused event; returns the fused ids touched. The caller
    rebuilds them (:func:`rebuild_all`), once per transaction: assigning reads only mention rows,
    never the fused rows, so the clusters are the same however late the rebuild comes."""
    touched: set[str] = set()
    for mention in mentions:
        if mention.historical:
            continue  # background mentions of past events: kept with their document, not fused
        touched.add(assign(session, mention, actors))
        if not actors.remembers:
            session.flush()  # the next mention's query must see this one's fused id
    return touched


def rebuild_all(session: Session, fused_ids: set[str], actors: Registry) -> None:
    ordered = sorted(fused_ids)
    for start in range(0, len(ordered), 200):
        chunk = ordered[start : start + 200]
        # Rebuilding writes only each event's own row and registry rows, never what another
        # rebuild reads, so the rows of the whole chunk can be read first.
        loaded = Loaded(session, chunk)
        for fused_id in chunk:
            _rebuild(session, fused_id, loaded, actors)


def refuse_all(session: Session) -> int:
    """Full re-fusion: forget every cluster and replay all mentions in ingest order. Ids come out the
    same (earliest mention of each cluster) and corrections are re-applied. Returns the event count."""
    session.execute(update(MentionRow).values(fused_id=None))
    session.execute(delete(FusedEventRow))
    session.flush()
    session.expire_all()
    ids = session.scalars(select(MentionRow.id).where(MentionRow.historical.is_(False)).order_by(MentionRow.id)).all()
    actors = Registry(session)
    touched: set[str] = set()
    for start in range(0, len(ids), 500):
        page = session.scalars(select(MentionRow).where(MentionRow.id.in_(ids[start : start + 500])).order_by(MentionRow.id)).all()
        touched |= assign_all(session, page, actors)
    rebuild_all(session, touched, actors)
    return len(touched)
