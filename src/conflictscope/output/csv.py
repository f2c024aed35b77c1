"""ACLED-style CSV: ACLED's export columns in ACLED's order, then conflictscope's own columns.

Notes on filling ACLED's columns:

* ``event_id_cnty`` is the ISO 3166-1 alpha-3 code plus a running number per country within this
  export (``AZE1``, ``AZE2``...; ``XXX`` when the country is unknown). Our stable id is ``id``.
* ``timestamp`` is always ``0``: ACLED puts its upload time there; we keep the output deterministic.
* ``iso`` is the ISO 3166-1 numeric code (integer, as ACLED writes it); ``country`` and ``region``
  come from ``knowledge/data/acled_regions.tsv`` (ACLED's spelling and regions).
* ``admin2``, ``admin3``, ``source_scale`` and ``tags`` are left empty.
* Events with ``historical=True`` (past events mentioned as background) are left out, and so are events
  with no location (ACLED records no event it cannot place; the JSON output keeps them).
* Booleans in our columns are ``true``/``false``; ``claims`` and ``evidence`` are compact JSON.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import IO, Any

from conflictscope.knowledge import load_acled_countries
from conflictscope.output import DocumentResult
from conflictscope.types import Actor, Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
EXTRA_COLUMNS: tuple[str, ...] = (
    "id", "document_id", "injuries", "fatalities_stated", "disputed", "claims", "evidence",
    "actor1_kind", "actor2_kind", "country_code",
)  # fmt: skip
CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS

INTER_LABELS: dict[str, str] = {
    "state_forces": "State forces",
    "rebel_group": "Rebel group",
    "political_militia": "Political militia",
    "identity_militia": "Identity militia",
    "rioters": "Rioters",
    "protesters": "Protesters",
    "civilians": "Civilians",
    "external_forces": "External/Other forces",
}
_INTER_ORDER = {kind: i for i, kind in enumerate(INTER_LABELS)}

DISORDER_TYPES: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def acled_regions() -> dict[str, tuple[str, str]]:
    """ISO2 → (ACLED region, country name as ACLED spells it)."""
    return load_acled_countries()


@lru_cache(maxsize=512)
def _iso_codes(iso2: str) -> tuple[str, str]:
    """(numeric as an integer string, alpha-3) for an ISO2 code; empty strings when unknown."""
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        return "", ""
    return str(int(country.numeric)), country.alpha_3


def country_fields(iso2: str | None) -> dict[str, str]:
    """ACLED's ``iso``, ``region`` and ``country`` for an ISO2 code (empty when unknown)."""
    if not iso2:
        return {"iso": "", "region": "", "country": ""}
    iso2 = iso2.upper()
    numeric, _ = _iso_codes(iso2)
    region, name = acled_regions().get(iso2, ("", ""))
    if not name:
        import pycountry

        c = pycountry.countries.get(alpha_2=iso2)
        name = (getattr(c, "common_name", None) or c.name) if c else ""
    return {"iso": numeric, "region": region, "country": name}


def interaction(actor1: Actor | None, actor2: Actor | None) -> str:
    """ACLED's interaction label: lower inter code first ("State forces-Civilians"), or "X only"."""
    kinds = [a.kind for a in (actor1, actor2) if a is not None]
    if not kinds:
        return ""
    if len(kinds) == 1:
        return f"{INTER_LABELS[kinds[0]]} only"
    kinds.sort(key=lambda k: _INTER_ORDER.get(k, 99))
    return "-".join(INTER_LABELS[k] for k in kinds)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def event_row(event: Event, *, source: str, event_id_cnty: str = "") -> dict[str, str]:
    """One CSV row (all values strings) for an event."""
    loc = event.location
    iso2 = loc.country_code if loc else None
    a1, a2 = event.actor1, event.actor2
    row: dict[str, Any] = {
        "event_id_cnty": event_id_cnty,
        "event_date": event.date.isoformat() if event.date else "",
        "year": event.date.year if event.date else "",
        "time_precision": event.time_precision,
        "disorder_type": DISORDER_TYPES.get(event.event_type, ""),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": a1.name if a1 else "",
        "assoc_actor_1": "",
        "inter1": INTER_LABELS.get(a1.kind, "") if a1 else "",
        "actor2": a2.name if a2 else "",
        "assoc_actor_2": "",
        "inter2": INTER_LABELS.get(a2.kind, "") if a2 else "",
        "interaction": interaction(a1, a2),
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
        **country_fields(iso2),
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": _num(loc.latitude) if loc else "",
        "longitude": _num(loc.longitude) if loc else "",
        "geo_precision": loc.geo_precision if loc else "",
        "source": source,
        "source_scale": "",
        "notes": event.notes,
        "fatalities": event.fatalities,
        "tags": "",
        "timestamp": 0,
        "id": event.id,
        "document_id": event.document_id,
        "injuries": "" if event.injuries is None else event.injuries,
        "fatalities_stated": _bool(event.fatalities_stated),
        "disputed": _bool(event.disputed),
        "claims": _compact([c.to_dict() for c in event.claims]),
        "evidence": _compact([e.to_dict() for e in event.evidence]),
        "actor1_kind": a1.kind if a1 else "",
        "actor2_kind": a2.kind if a2 else "",
        "country_code": iso2 or "",
    }
    return {k: "" if v is None else str(v) for k, v in row.items()}


def write_csv(results: Iterable[DocumentResult], fp: IO[str]) -> int:
    """Write the header and one row per non-historical event; return the number of rows.

    Documents with errors have no rows (report errors separately).
    """
    writer = csv.DictWriter(fp, fieldnames=list(CSV_COLUMNS), lineterminator="\n", extrasaction="raise")
    writer.writeheader()
    per_country: Counter[str] = Counter()
    n = 0
    for result in results:
        for event in result.events:
            if event.historical or event.location is None:
                continue
            iso2 = event.location.country_code if event.location else None
            alpha3 = _iso_codes(iso2.upper())[1] if iso2 else ""
            prefix = alpha3 or "XXX"
            per_country[prefix] += 1
            row = event_row(event, source=result.source or result.id, event_id_cnty=f"{prefix}{per_country[prefix]}")
            if not row["document_id"]:
                row["document_id"] = result.id
            writer.writerow(row)
            n += 1
    return n
