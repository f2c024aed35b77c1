"""How the cost of exporting a store grows with its number of fused events: `queries.iter_events`
(one streamed query) against pages by offset (what exports did before de939e7), in the same process,
on synthetic stores of N events (each a copy of one real event shape with its own id and date).

    python bench/export_scale.py [--sizes 20000 80000] [--keep DIR]

Prints, for each size, the CPU seconds of each way to read every event and their ratio. Never a
timed test: run it by hand and copy the figures into bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from conflictscope.store import open_store, queries
from conflictscope.store.models import FusedEventRow

SHAPE = {
    "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack", "time_precision": 1,
    "location": {"name": "Aleppo", "country_code": "SY", "admin1": "Aleppo", "latitude": 36.2, "longitude": 37.16, "geonameid": 170063, "geo_precision": 1},
    "actor1": {"name": "Military Forces of Syria", "kind": "state_forces", "country_code": "SY"}, "actor2": None,
    "fatalities": 2, "fatalities_stated": True, "injuries": 5, "civilian_targeting": True, "claims": [], "disputed": False,
    "historical": False, "evidence": [{"text": "Shelling hit a market in Aleppo on Sunday, killing two people.", "start": 0, "end": 63}],
    "notes": "Shelling hit a market in Aleppo on Sunday, killing two people.", "sources": 1, "reports": [],
    "fatalities_low": 2, "fatalities_high": 2,
}  # fmt: skip


def fill(path: Path, n: int) -> None:
    store = open_store(path)
    rnd = random.Random(n)
    now = dt.datetime(2026, 1, 1)
    try:
        with store.write() as session:
            rows = []
            for i in range(n):
                day = dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randrange(1500))
                payload = dict(SHAPE, id=f"ev{i:08d}", date=day.isoformat())
                rows.append(dict(id=payload["id"], event_type=SHAPE["event_type"], sub_event_type=SHAPE["sub_event_type"], date=day, fatalities=2,
                                 disputed=False, sources=1, n_mentions=1, corrected=False, payload=payload, created_at=now, updated_at=now))
                if len(rows) == 10_000:
                    session.execute(insert(FusedEventRow), rows)
                    rows = []
            if rows:
                session.execute(insert(FusedEventRow), rows)
    finally:
        store.close()


def by_offset(store, batch: int = 1000):
    """The former export reader, for comparison only: one query per page of ``batch`` events."""
    offset = 0
    while True:
        page = queries.list_events(store, limit=batch, offset=offset)
        yield from page
        if len(page) < batch:
            return
        offset += batch


def cpu_of(events) -> tuple[float, int]:
    started = time.process_time()
    count = sum(1 for _ in events)
    return time.process_time() - started, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 80_000])
    parser.add_argument("--keep", type=Path, default=None, help="build the stores here and keep them (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cs-export-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            path = folder / f"events-{n}.db"
            if not path.exists():
                fill(path, n)
            store = open_store(path)
            try:
                streamed, a = cpu_of(queries.iter_events(store))
                paged, b = cpu_of(by_offset(store))
            finally:
                store.close()
            assert a == b == n, (a, b, n)
            print(f"{n:>9,} events: one streamed query {streamed:.1f} s CPU, pages by offset {paged:.1f} s CPU ({paged / streamed:.1f}x)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
