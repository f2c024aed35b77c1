#!/usr/bin/env python
"""Killed/injured exact on the US shooting articles of casualties-dev (Gun Violence Archive labels).

Each article is extracted with its publish_date. Our figure is the first current (non-historical) event's
fatalities, or 0 when we find no event (a report of a shooting where nobody died may well yield none);
the ``max`` variant takes the largest figure of any event. GVA's labels are per incident, and some
articles mention other numbers, so a perfect score is not reachable; the always-0 figure is printed as
the floor to beat (most of these shootings killed nobody).

    python bench/score_casualties.py                   # train + val, 1,846 articles
    python bench/score_casualties.py --split val --misses 20
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "casualties-dev"


def load(data: Path, split: str) -> list[tuple[str, dict, dict]]:
    splits = ["train", "val"] if split == "all" else [split]
    items = []
    for name in splits:
        xs = json.loads((data / f"X_{name}.json").read_text(encoding="utf-8"))
        ys = json.loads((data / f"y_{name}.json").read_text(encoding="utf-8"))
        items.extend((f"{name}-{i}", x, y) for i, (x, y) in enumerate(zip(xs, ys)))
    return items


def _published(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def main_event(events):
    current = [e for e in events if not e.historical]
    return (current or events or [None])[0]


def run(data: Path = DEFAULT_DATA, split: str = "all", limit: int | None = None, misses: int = 0) -> dict:
    from conflictscope.pipeline import Extractor
    from conflictscope.types import Document

    extractor = Extractor.default()
    items = load(data, split)[:limit] if limit else load(data, split)
    n = killed_first = killed_max = injured_first = zero_floor = covered = errors = 0
    nonzero = nonzero_ok = 0
    shown = []
    started = time.time()
    for ident, x, y in items:
        text = x.get("text") or ""
        if not text.strip():
            continue
        n += 1
        try:
            events = extractor.extract(Document(text=text, id=ident, published=_published(x.get("publish_date"))))
        except Exception as exc:  # noqa: BLE001
            errors += 1
            events = []
            print(f"{ident}: extractor error {type(exc).__name__}: {exc}", file=sys.stderr)
        gold_k, gold_i = int(y["n_killed"]), int(y["n_injured"])
        main = main_event(events)
        ours_k = main.fatalities if main else 0
        ours_i = (main.injuries or 0) if main else 0
        best_k = max((e.fatalities for e in events), default=0)
        covered += bool(events)
        killed_first += ours_k == gold_k
        killed_max += best_k == gold_k
        injured_first += ours_i == gold_i
        zero_floor += gold_k == 0
        if gold_k > 0:
            nonzero += 1
            nonzero_ok += ours_k == gold_k
        if ours_k != gold_k and len(shown) < misses:
            shown.append((ident, gold_k, ours_k, [(e.sub_event_type, e.fatalities) for e in events], text[:300]))
    elapsed = time.time() - started
    figures = {
        "articles": n,
        "killed exact": round(killed_first / n, 4) if n else None,
        "killed exact (max over events)": round(killed_max / n, 4) if n else None,
        "killed exact where gold > 0": round(nonzero_ok / nonzero, 4) if nonzero else None,
        "gold > 0 articles": nonzero,
        "injured exact": round(injured_first / n, 4) if n else None,
        "always-0 floor (killed)": round(zero_floor / n, 4) if n else None,
        "articles with an event": round(covered / n, 4) if n else None,
        "extractor errors": errors,
        "seconds": round(elapsed, 1),
    }
    return {"figures": figures, "misses": shown}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=["train", "val", "all"], default="all")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--misses", type=int, default=0, help="print this many wrong articles")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    out = run(args.data, args.split, args.limit, args.misses)
    if args.json:
        print(json.dumps(out, indent=2))
        return
    for key, value in out["figures"].items():
        print(f"{key:34} {value}")
    for ident, gold, ours, events, text in out["misses"]:
        print(f"\n{ident}: gold killed {gold}, ours {ours}, events {events}\n  {text!r}")


if __name__ == "__main__":
    main()
