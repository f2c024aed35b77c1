#!/usr/bin/env python
"""How far can a resolver over our gazetteer (GeoNames cities500) get on ACLED's location, and where
do our own location misses fall?

For every row of the ACLED dev files (the coded coordinates are the gold):

- ceiling, any place: some cities500 town lies within 10 km of the gold point (a resolver that picks
  the right town can score the row at all);
- ceiling, named: one of those towns is named in the note (its name or an alternate name, written
  with a capital letter, e.g. "Ar-Raqqa", "Kunduz"); with spelling variants: the same, also counting
  names equal under the resolver's coarse variant key (``fold_name``: "Nassriya" / "Nasiriyah").
  That bounds what any resolver that only reads names in the note can reach;
- our misses (unless ``--no-extract``): the event the eval scores (``best_event``), put in one class:
  no event, an event without a location, the wrong country, the right country but more than 50 km
  off, 10-50 km off; with, for each class, how many rows are reachable (a town within 10 km of gold
  is named in the note).

Reads the dev data at run time only; prints figures.

    python bench/location_ceiling.py [--data ../shared/data] [--no-extract] [--dump OUT.jsonl]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "data"
FILES = ("acled_global_2020-04-27_2020-05-09.csv", "acled_afghanistan_2020-03.csv")
RADIUS_KM = 10.0
# A word of a place name as written: letters, digits and inner hyphens or apostrophes ("Ar-Raqqa", "Sa'dah").
WORD = re.compile(r"[^\W_][\w]*(?:['’\-][\w]+)*")
MAX_WORDS = 6


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


class Towns:
    """The gazetteer's towns (cities500) on a one-degree grid, with their names on demand."""

    def __init__(self, gazetteer):
        self.con = gazetteer._con  # bench only: read the index directly
        self.grid: dict[tuple[int, int], list[tuple[int, str, str, float, float]]] = defaultdict(list)
        for pid, name, cc, lat, lon in self.con.execute(
            "SELECT id, name, cc, lat, lon FROM main.place WHERE feature = 'city'"
        ):
            self.grid[(math.floor(lat), math.floor(lon))].append((pid, name, cc, lat, lon))
        self.names: dict[int, set[str]] = {}

    def near(self, lat: float, lon: float, radius: float = RADIUS_KM) -> list[tuple[int, str, str, float]]:
        """Towns within ``radius`` km: (index id, name, country code, distance)."""
        cy, cx = math.floor(lat), math.floor(lon)
        span = 1 if abs(lat) < 80 else 3
        found = []
        for dy in (-1, 0, 1):
            for dx in range(-span, span + 1):
                x = (cx + dx + 180) % 360 - 180
                for pid, name, cc, plat, plon in self.grid.get((cy + dy, x), ()):
                    d = km(lat, lon, plat, plon)
                    if d <= radius:
                        found.append((pid, name, cc, d))
        return found

    def load_names(self, ids: set[int]) -> None:
        """Every name key (normalised name and alternate names) of these towns."""
        for key, pid in self.con.execute("SELECT key, place FROM main.name"):
            if pid in ids:
                self.names.setdefault(pid, set()).add(key)


def note_keys(note: str, normalize_name, fold_name) -> tuple[set[str], set[str]]:
    """Normalised keys (and variant keys) of every run of up to MAX_WORDS words that starts with a
    capitalised word or holds one ("al-Raqqa")."""
    words = list(WORD.finditer(note))
    keys, folds = set(), set()
    for i, first in enumerate(words):
        for j in range(i, min(i + MAX_WORDS, len(words))):
            # only runs without punctuation between words (a comma ends a name)
            if j > i and note[words[j - 1].end() : words[j].start()].strip():
                break
            run = note[first.start() : words[j].end()]
            if not any(c.isupper() for c in run.split()[0]):
                continue
            key = normalize_name(run)
            if key:
                keys.add(key)
                fold = fold_name(run)
                if fold:
                    folds.add(fold)
    return keys, folds


def country_code(row, gazetteer, towns: Towns) -> str | None:
    code = gazetteer.country_code(row.country) if row.country else None
    if code:
        return code
    near = sorted(towns.near(row.latitude, row.longitude, 50.0), key=lambda t: t[3])
    return near[0][2] if near else None


def classify(row, best, gold_cc: str | None) -> str:
    if best is None:
        return "no event"
    if best.location is None:
        return "no event location"
    d = km(row.latitude, row.longitude, best.location.latitude, best.location.longitude)
    if d <= RADIUS_KM:
        return "within 10 km"
    if gold_cc and best.location.country_code and best.location.country_code != gold_cc:
        return "wrong country"
    if d > 50:
        return "right country, > 50 km"
    return "10-50 km"


CLASSES = ("within 10 km", "no event", "no event location", "wrong country", "right country, > 50 km", "10-50 km")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-extract", action="store_true", help="only the gazetteer ceiling, no extraction")
    parser.add_argument("--dump", type=Path, help="write one JSON line per row (for error analysis; keep it outside the repo)")
    args = parser.parse_args(argv)

    from conflictscope.eval.acled import best_event, default_extract, read_acled
    from conflictscope.geo.gazetteer import default_gazetteer, fold_name, normalize_name

    gazetteer = default_gazetteer()
    towns = Towns(gazetteer)
    extract = None if args.no_extract else default_extract()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None

    per_file = []
    for file in FILES:
        path = args.data / "acled-notes-dev" / file
        rows = [r for r in read_acled(path) if r.latitude is not None and r.longitude is not None]
        near = [towns.near(r.latitude, r.longitude) for r in rows]
        towns.load_names({pid for found in near for pid, *_ in found} - set(towns.names))
        per_file.append((file, rows, near))

    for file, rows, near in per_file:
        any_town = named = variant = 0
        classes: Counter = Counter()
        reachable: Counter = Counter()
        for row, found in zip(rows, near):
            keys, folds = note_keys(row.note, normalize_name, fold_name)
            names = {pid: towns.names.get(pid, set()) | {normalize_name(name)} for pid, name, _, _ in found}
            hit = [pid for pid in names if names[pid] & keys]
            hit_variant = hit or [pid for pid in names if {fold_name(k) for k in names[pid]} & folds - {""}]
            any_town += bool(found)
            named += bool(hit)
            variant += bool(hit_variant)
            record = None
            if extract is not None:
                events = list(extract(row.note, row.event_date, row.id))
                best = best_event(row, events)
                gold_cc = country_code(row, gazetteer, towns)
                kind = classify(row, best, gold_cc)
                classes[kind] += 1
                reachable[kind] += bool(hit)
                if dump is not None:
                    loc = best.location if best is not None else None
                    record = {
                        "file": file,
                        "id": row.id,
                        "class": kind,
                        "reachable": [n for pid, n, _, _ in found if pid in hit],
                        "variant": [n for pid, n, _, _ in found if pid in hit_variant and pid not in hit],
                        "nearby": sorted({n for _, n, _, _ in found})[:8],
                        "gold": [row.location, gold_cc, row.latitude, row.longitude],
                        "ours": [loc.name, loc.country_code, loc.latitude, loc.longitude, loc.geo_precision] if loc else None,
                        "km": round(km(row.latitude, row.longitude, loc.latitude, loc.longitude), 1) if loc else None,
                        "events": len(events),
                    }
            if dump is not None and record is None:
                record = {"file": file, "id": row.id, "reachable": [n for pid, n, _, _ in found if pid in hit]}
            if record is not None:
                dump.write(json.dumps(record, ensure_ascii=False) + "\n")
        n = len(rows)
        print(f"\n{file}: {n} rows with gold coordinates")
        print(f"  ceiling, a cities500 town within 10 km of gold:          {any_town:5d}  {any_town / n:.4f}")
        print(f"  ceiling, such a town named in the note:                  {named:5d}  {named / n:.4f}")
        print(f"  ceiling, named or a spelling variant (fold_name) of one: {variant:5d}  {variant / n:.4f}")
        if extract is not None:
            print("  ours, by class (rows, share of all rows; rows where a town within 10 km is named in the note):")
            for kind in CLASSES:
                print(f"    {kind:24s} {classes[kind]:5d}  {classes[kind] / n:.4f}   reachable {reachable[kind]:5d}")
            missed_reachable = sum(reachable[k] for k in CLASSES if k != "within 10 km")
            print(f"    misses that are reachable: {missed_reachable} ({missed_reachable / n:.4f} of all rows)")
    if dump is not None:
        dump.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
