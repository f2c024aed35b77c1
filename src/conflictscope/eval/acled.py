"""Scoring our events against an ACLED export: the ``notes`` column is the text, the coded columns the gold.

Reading: any ACLED export (the old layout with numeric ``inter1`` codes, the current one with text
labels), a second row of HXL hashtags is skipped, and ``event_date`` may be written as ACLED has written
it over the years: ``2020-05-03``, ``03 May 2020``, ``3-May-20``, ``May 3, 2020`` or with slashes
(day/month or month/day: decided once per file, from days above 12 or else from the dates the notes
themselves state).

Each note is extracted with ``published`` = the row's event date, so relative dates resolve. The gold
row is compared with the event of ours that best matches it (same sub-event type, then same event type,
then a location within 50 km; ties go to the earlier event). Every accuracy counts over all rows: a
row without any event of ours is a miss for every field.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from conflictscope.eval.geo import haversine_km
from conflictscope.eval.report import EvalResult, Metric, Miss

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH_RE = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

# ACLED's actor categories: numeric inter codes (old exports) and text labels (exports since 2023).
INTER_KINDS = {
    "1": "state_forces",
    "2": "rebel_group",
    "3": "political_militia",
    "4": "identity_militia",
    "5": "rioters",
    "6": "protesters",
    "7": "civilians",
    "8": "external_forces",
    "state forces": "state_forces",
    "rebel group": "rebel_group",
    "rebel groups": "rebel_group",
    "political militia": "political_militia",
    "political militias": "political_militia",
    "identity militia": "identity_militia",
    "identity militias": "identity_militia",
    "rioters": "rioters",
    "protesters": "protesters",
    "civilians": "civilians",
    "external/other forces": "external_forces",
    "external forces": "external_forces",
    "other forces": "external_forces",
}

NO_EVENT = "(no event)"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"


class GoldFileError(ValueError):
    """The gold file cannot be read as the expected format."""


def inter_kind(value: str | None) -> str | None:
    """ACLED's ``inter1``/``inter2`` (``"3"``, ``"3.0"``, ``"Political militia"``) as our actor kind."""
    if value is None:
        return None
    key = value.strip().lower()
    if re.fullmatch(r"\d+(\.0+)?", key):
        key = str(int(float(key)))
    return INTER_KINDS.get(key)


def _year(text: str) -> int:
    y = int(text)
    if len(text) <= 2:
        y += 2000 if y < 70 else 1900
    return y


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-]+" + _MONTH_RE + r"[\s\-,]+(\d{2}|\d{4})$", re.I)
_MONTH_DAY_YEAR = re.compile(r"^" + _MONTH_RE + r"[\s\-]+(\d{1,2})(?:st|nd|rd|th)?[\s,\-]+(\d{2}|\d{4})$", re.I)
_SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")


def parse_acled_date(value: str, slash_order: str = "dmy") -> date | None:
    """A date as ACLED exports have written it; ``slash_order`` (``dmy`` or ``mdy``) reads ``05/03/2020``.
    None when the value is empty or not a date."""
    text = " ".join((value or "").split())
    if not text:
        return None
    try:
        if m := _ISO.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DAY_MONTH_YEAR.match(text):
            return date(_year(m[3]), MONTHS[m[2].lower()], int(m[1]))
        if m := _MONTH_DAY_YEAR.match(text):
            return date(_year(m[3]), MONTHS[m[1].lower()], int(m[2]))
        if m := _SLASHED.match(text):
            a, b = int(m[1]), int(m[2])
            day, month = (a, b) if slash_order == "dmy" else (b, a)
            return date(_year(m[3]), month, day)
    except ValueError:  # 31 February and friends
        return None
    return None


_NOTE_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r",?\s+(\d{4})\b", re.I)
_NOTE_MDY = re.compile(r"\b" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)


def stated_dates(note: str) -> set[date]:
    """Every full date (day, month and year) written out in the text."""
    found = set()
    for m in _NOTE_DMY.finditer(note):
        try:
            found.add(date(int(m[3]), MONTHS[m[2].lower()], int(m[1])))
        except ValueError:
            pass
    for m in _NOTE_MDY.finditer(note):
        try:
            found.add(date(int(m[3]), MONTHS[m[1].lower()], int(m[2])))
        except ValueError:
            pass
    return found


@dataclass
class AcledRow:
    id: str
    note: str
    event_date: date | None
    event_type: str
    sub_event_type: str
    time_precision: int | None = None
    actor1: str = ""
    actor2: str = ""
    inter1: str | None = None  # our kind
    inter2: str | None = None
    location: str = ""
    country: str = ""
    region: str = ""  # ACLED's world region ("Middle East", "Western Africa"), for figures by region
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None
    single_event_note: bool = True  # the note describes this event only
    raw_date: str = ""

    @property
    def states_date(self) -> bool:
        """The note writes out this row's date (and ACLED coded the exact day)."""
        if self.event_date is None or self.time_precision not in (None, 1):
            return False
        return self.event_date in stated_dates(self.note)

    def gold_record(self) -> dict[str, Any]:
        return {
            "event_date": self.event_date,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": f"{self.actor1} [{self.inter1 or '?'}]",
            "actor2": f"{self.actor2} [{self.inter2 or '-'}]" if self.actor2 else "",
            "location": f"{self.location}, {self.country}",
            "coordinates": f"{self.latitude}, {self.longitude}" if self.latitude is not None else "",
            "fatalities": self.fatalities,
            "time_precision": self.time_precision,
        }


_SPLIT_NOTE = re.compile(r"\bsplit\b|\b(?:between|across|among)\s+(?:\d+|two|three|four|five|six|several)\s+events\b", re.I)


def _to_float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _to_int(value: str | None) -> int | None:
    number = _to_float(value)
    return int(number) if number is not None else None


def _is_hxl(row: dict[str, str]) -> bool:
    cells = [v.strip() for v in row.values() if isinstance(v, str) and v.strip()]
    return bool(cells) and sum(c.startswith("#") for c in cells) * 2 >= len(cells)


def read_acled(path: str | Path) -> list[AcledRow]:
    """Read an ACLED export (CSV). Raises :class:`GoldFileError` when it lacks the columns we score."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    missing = [c for c in ("notes", "event_date", "event_type", "sub_event_type") if c not in fields]
    if missing:
        raise GoldFileError(f"not an ACLED export: missing column(s) {', '.join(missing)}")
    records = []
    for raw in reader:
        row = {(k or "").strip().lower(): (v or "") for k, v in raw.items() if isinstance(v, str) or v is None}
        if _is_hxl(row):
            continue
        if not row.get("notes", "").strip():
            continue
        records.append(row)

    slash_order = _slash_order(records)
    note_counts = Counter(r["notes"].strip() for r in records)
    rows = []
    for i, r in enumerate(records):
        note = r["notes"].strip()
        rows.append(
            AcledRow(
                id=r.get("event_id_cnty") or r.get("data_id") or f"row{i + 1}",
                note=note,
                event_date=parse_acled_date(r["event_date"], slash_order),
                raw_date=r["event_date"],
                event_type=r["event_type"].strip(),
                sub_event_type=r["sub_event_type"].strip(),
                time_precision=_to_int(r.get("time_precision")),
                actor1=r.get("actor1", "").strip(),
                actor2=r.get("actor2", "").strip(),
                inter1=inter_kind(r.get("inter1")),
                inter2=inter_kind(r.get("inter2")),
                location=r.get("location", "").strip(),
                country=r.get("country", "").strip(),
                region=(r.get("region") or "").strip(),
                latitude=_to_float(r.get("latitude")),
                longitude=_to_float(r.get("longitude")),
                fatalities=_to_int(r.get("fatalities")),
                single_event_note=note_counts[note] == 1 and not _SPLIT_NOTE.search(note),
            )
        )
    return rows


def _slash_order(records: Sequence[dict[str, str]]) -> str:
    """Day/month or month/day for slashed dates: a part above 12 decides; else the notes' stated dates vote."""
    votes = Counter()
    for r in records:
        m = _SLASHED.match(r["event_date"].strip())
        if not m:
            continue
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            return "dmy"
        if b > 12 >= a:
            return "mdy"
        stated = stated_dates(r["notes"])
        for order in ("dmy", "mdy"):
            if parse_acled_date(r["event_date"], order) in stated:
                votes[order] += 1
    return "mdy" if votes["mdy"] > votes["dmy"] else "dmy"


# ---------------------------------------------------------------------------------------------

Extract = Callable[[str, "date | None", str], list]


def default_extract() -> Extract:
    """Our extractor, one note at a time."""
    from conflictscope.pipeline import Extractor
    from conflictscope.types import Document

    extractor = Extractor.default()

    def extract(text: str, published: date | None, ident: str) -> list:
        return extractor.extract(Document(text=text, id=ident, published=published))

    return extract


def _km(row: AcledRow, event) -> float | None:
    if row.latitude is None or row.longitude is None or event is None or event.location is None:
        return None
    return haversine_km(row.latitude, row.longitude, event.location.latitude, event.location.longitude)


# The measures given per ACLED region (result.info["by region"]).
REGION_MEASURES = ("event_type", "sub_event_type", "location 10 km", "fatalities", "actor1 kind")


def best_event(row: AcledRow, events: list):
    """The event of ours that best matches the gold row, or None when there are none."""
    best, best_score = None, -1.0
    for event in events:
        km = _km(row, event)
        score = 4 * (event.sub_event_type == row.sub_event_type) + 2 * (event.event_type == row.event_type)
        score += 1 * (km is not None and km <= 50)
        if score > best_score:
            best, best_score = event, score
    return best


def event_record(event, row: AcledRow, chosen: bool) -> dict[str, Any]:
    km = _km(row, event)
    loc = event.location
    return {
        "match": "*" if chosen else "",
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": event.date,
        "location": f"{loc.name}, {loc.country_code}" if loc else "",
        "km": round(km, 1) if km is not None else "",
        "actor1": f"{event.actor1.name} [{event.actor1.kind}]" if event.actor1 else "",
        "actor2": f"{event.actor2.name} [{event.actor2.kind}]" if event.actor2 else "",
        "fatalities": event.fatalities,
    }


def score_acled(
    rows: Sequence[AcledRow],
    extract: Extract | None = None,
    *,
    source: str = "",
    progress: Callable[[Iterable, int], Iterable] | None = None,
    historical: bool = False,
) -> EvalResult:
    """Extract every row's note and score the output against the row. Events flagged historical (past
    events told as background) are left out, as the CSV export leaves them out, unless ``historical``."""
    extract = extract or default_extract()
    left_out = 0
    coverage = Metric("coverage", help="rows with at least one event")
    event_type = Metric("event_type accuracy", target=0.92, help="best-matching event has the gold event_type")
    event_type_first = Metric("event_type accuracy (first event)", help="our first event has the gold event_type")
    sub_type = Metric("sub_event_type accuracy", target=0.85, help="best-matching event has the gold sub_event_type")
    date_stated = Metric("date exact (note states the date)", target=0.97, help="rows whose note writes out the gold date, time_precision 1")
    date_all = Metric("date exact (all rows)", help="every row with a gold date")
    loc10 = Metric("location within 10 km", target=0.85, help="haversine distance to the gold coordinates")
    loc50 = Metric("location within 50 km")
    fatalities = Metric("fatalities exact", target=0.90, help="ACLED's coded figure")
    actor1 = Metric("actor1 kind", target=0.85, help="our actor1 kind equals the gold inter1")
    actor1_free = Metric("actor1 kind (order-free outside VAC)", help="gold inter1 is our actor1 or, except Violence against civilians, our actor2")
    per_single = Metric("events per single-event note", target=1.3, higher_is_better=False, help="notes that appear once and do not split a total")
    per_single_found = Metric("events per single-event note with an event", help="over-generation where we found anything at all")
    per_row = Metric("events per row", help="all rows")
    # The same fields among rows where we produced an event: tells coverage misses from field errors.
    given = {
        name: Metric(name)
        for name in ("sub_event_type", "date exact (note states the date)", "location within 10 km", "fatalities exact", "actor1 kind")
    }
    result = EvalResult(
        title="ACLED notes",
        source=source,
        metrics=[
            coverage,
            event_type,
            event_type_first,
            sub_type,
            date_stated,
            date_all,
            loc10,
            loc50,
            fatalities,
            actor1,
            actor1_free,
            per_single,
            per_single_found,
            per_row,
        ],
    )
    by_type: dict[str, Metric] = {}
    # The main figures per world region: a rule tuned to one region's notes shows as a region far
    # below the others (the targets must hold on every set, not on the mix).
    by_region: dict[str, dict[str, Metric]] = {}
    failures_by_kind: Counter = Counter()

    iterator = progress(rows, len(rows)) if progress else rows
    for row in iterator:
        result.items += 1
        failed_note = ""
        try:
            events = list(extract(row.note, row.event_date, row.id))
        except Exception as exc:  # noqa: BLE001 - one bad note must not stop the evaluation
            result.failed += 1
            events = []
            failed_note = f"extractor error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        if not historical:
            told = [e for e in events if not getattr(e, "historical", False)]
            left_out += len(events) - len(told)
            events = told
        best = best_event(row, events)
        region = by_region.setdefault(row.region or "(no region)", {name: Metric(name) for name in REGION_MEASURES})
        failures: list[str] = []

        coverage.add(bool(events))
        if not events:
            failures.append("no event")
        ok = best is not None and best.event_type == row.event_type
        event_type.add(ok)
        region["event_type"].add(ok)
        if best is not None and not ok:
            failures.append("event_type")
        event_type_first.add(bool(events) and events[0].event_type == row.event_type)
        ok = best is not None and best.sub_event_type == row.sub_event_type
        sub_type.add(ok)
        region["sub_event_type"].add(ok)
        if best is not None:
            given["sub_event_type"].add(ok)
        by_type.setdefault(row.event_type, Metric(row.event_type)).add(ok)
        if best is not None and not ok and "event_type" not in failures:
            failures.append("sub_event_type")
        result.confusion[(row.sub_event_type, best.sub_event_type if best is not None else NO_EVENT)] += 1

        if row.event_date is not None:
            ok = best is not None and best.date == row.event_date
            date_all.add(ok)
            if row.states_date:
                date_stated.add(ok)
                if best is not None:
                    given["date exact (note states the date)"].add(ok)
                if best is not None and not ok:
                    failures.append("date")
        km = _km(row, best)
        if row.latitude is not None and row.longitude is not None:
            loc10.add(km is not None and km <= 10)
            region["location 10 km"].add(km is not None and km <= 10)
            loc50.add(km is not None and km <= 50)
            if best is not None:
                given["location within 10 km"].add(km is not None and km <= 10)
            if best is not None and (km is None or km > 10):
                failures.append("no location" if km is None else "location > 10 km")
        if row.fatalities is not None:
            ok = best is not None and best.fatalities == row.fatalities
            fatalities.add(ok)
            region["fatalities"].add(ok)
            if best is not None:
                given["fatalities exact"].add(ok)
            if best is not None and not ok:
                failures.append("fatalities")
        if row.inter1:
            ok = best is not None and best.actor1 is not None and best.actor1.kind == row.inter1
            actor1.add(ok)
            region["actor1 kind"].add(ok)
            if best is not None:
                given["actor1 kind"].add(ok)
            free = ok or (
                best is not None
                and row.event_type != VIOLENCE_AGAINST_CIVILIANS
                and best.actor2 is not None
                and best.actor2.kind == row.inter1
            )
            actor1_free.add(free)
            if best is not None and not ok:
                failures.append("actor1 kind")
        per_row.add(len(events))
        if row.single_event_note:
            per_single.add(len(events))
            if events:
                per_single_found.add(len(events))
            if len(events) > 1:
                failures.append(f"{len(events)} events")
        failures_by_kind.update(failures)
        if failures or failed_note:
            result.misses.append(
                Miss(
                    id=row.id,
                    failures=failures or ["extractor error"],
                    text=row.note,
                    gold=row.gold_record(),
                    ours=[event_record(e, row, e is best) for e in events],
                    note=failed_note,
                )
            )
    result.info["sub_event_type accuracy by gold event_type"] = {
        k: {"value": round(m.value or 0, 4), "correct": int(m.correct), "total": m.total} for k, m in sorted(by_type.items())
    }
    result.info["misses by kind"] = dict(failures_by_kind.most_common())
    result.info["historical events left out"] = "not left out (--historical)" if historical else left_out
    if len(by_region) > 1:
        result.info["by region"] = {
            region: {name: m.to_dict()["value"] for name, m in metrics.items()} | {"rows": metrics["event_type"].total}
            for region, metrics in sorted(by_region.items(), key=lambda kv: -kv[1]["event_type"].total)
        }
    result.info["among rows with an event"] = {
        name: {"value": round(m.value, 4) if m.value is not None else None, "correct": int(m.correct), "total": m.total}
        for name, m in given.items()
    }
    return result
