#!/usr/bin/env python
"""Sub-event type on news text: our output on the sentences of bench/news_annotations.jsonl.

The file holds sentences of Guardian articles on Syria (2017-2019) that we labelled by hand with ACLED's
event and sub-event types, or "none" when the sentence reports no codable event (plans, demands, policy,
aggregates over years, commentary). Each sentence is extracted on its own, published on its article's
date. Our label is the sub-event type of our first event, "none" when we find no event.

Figures: sub_event_type and event_type accuracy on the event sentences (the issue's news-text row),
accuracy over every sentence, and how often we stay silent on the "none" sentences.

    python bench/score_news.py [--misses]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "news_annotations.jsonl"


def load(path: Path = ANNOTATIONS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict_all(items: list[dict]) -> list[list]:
    from conflictscope.pipeline import Extractor
    from conflictscope.types import Document

    extractor = Extractor.default()
    return [
        extractor.extract(Document(text=item["sentence"], id=item["id"], published=date.fromisoformat(item["published"])))
        for item in items
    ]


def score(items: list[dict], predicted_sub: list[str], predicted_type: list[str]) -> dict:
    """Figures for one system's labels ("none" for no event)."""
    events = [i for i, item in enumerate(items) if item["sub_event_type"] != "none"]
    nones = [i for i, item in enumerate(items) if item["sub_event_type"] == "none"]
    sub_ok = sum(predicted_sub[i] == items[i]["sub_event_type"] for i in events)
    type_ok = sum(predicted_type[i] == items[i]["event_type"] for i in events)
    all_ok = sum(predicted_sub[i] == items[i]["sub_event_type"] for i in range(len(items)))
    silent = sum(predicted_sub[i] == "none" for i in nones)
    found = sum(predicted_sub[i] != "none" for i in events)
    confusion = Counter((items[i]["sub_event_type"], predicted_sub[i]) for i in range(len(items)) if predicted_sub[i] != items[i]["sub_event_type"])
    return {
        "sentences": len(items),
        "event sentences": len(events),
        "sub_event_type accuracy (event sentences)": round(sub_ok / len(events), 4) if events else None,
        "event_type accuracy (event sentences)": round(type_ok / len(events), 4) if events else None,
        "accuracy, all sentences incl. none": round(all_ok / len(items), 4) if items else None,
        "event sentences with an event": round(found / len(events), 4) if events else None,
        "none sentences left without event": round(silent / len(nones), 4) if nones else None,
        "top confusions": [f"{g} -> {p}: {n}" for (g, p), n in confusion.most_common(12)],
    }


def run(path: Path = ANNOTATIONS, show_misses: bool = False) -> dict:
    items = load(path)
    outputs = predict_all(items)
    subs = [out[0].sub_event_type if out else "none" for out in outputs]
    types = [out[0].event_type if out else "none" for out in outputs]
    figures = score(items, subs, types)
    if show_misses:
        figures["misses"] = [
            {"id": item["id"], "gold": item["sub_event_type"], "ours": [e.sub_event_type for e in out], "sentence": item["sentence"]}
            for item, out, sub in zip(items, outputs, subs)
            if sub != item["sub_event_type"]
        ]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    parser.add_argument("--misses", action="store_true", help="print every sentence we label differently")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.annotations, args.misses)
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
        return
    for key, value in figures.items():
        if key in ("top confusions", "misses"):
            continue
        print(f"{key:44} {value}")
    print("top confusions (gold -> ours):")
    for line in figures["top confusions"]:
        print(f"  {line}")
    for miss in figures.get("misses", []):
        print(f"\n{miss['id']}: gold {miss['gold']}, ours {miss['ours'] or 'none'}\n  {miss['sentence']}")


if __name__ == "__main__":
    main()
