#!/usr/bin/env python
"""The blind held-out sets: our events and the TF-IDF baseline's labels scored against notes the team wrote
blind, set 1 (bench/heldout/notes.jsonl, session 12, the default), set 2 (bench/heldout2/notes.jsonl,
session 13), set 3 (bench/heldout3/notes.jsonl, session 14), set 4 (bench/heldout4/notes.jsonl, session
15), set 5 (bench/heldout5/notes.jsonl, session 16), set 6 (bench/heldout6/notes.jsonl, session 17), set 7
(bench/heldout7/notes.jsonl, session 18), set 8 (bench/heldout8/notes.jsonl, session 19), set 9
(bench/heldout9/notes.jsonl, session 20) or set 10 (bench/heldout10/notes.jsonl, session 21), the last nine with
``--notes``; see each set's README.md.

Each note is extracted once with ``conflictscope.extract`` on its own ``published`` date. The notes with
an event are scored as ``conflictscope eval acled`` scores an ACLED export (``score_acled``: best event
per note; event type, sub-type, date exact, within 10 / 50 km, fatalities exact, actor1 kind, events per
note), over all of them and per writing style; the notes with no event count how often we stay silent and
how many events we invent on them.

The supervised peer (``bench/baseline_tfidf.py``'s ``model()``, trained on every dev note of both ACLED
dev files) is scored on the same notes for event type and sub-type. It always predicts a class, so it
can never be right on a no-event note. Needs scikit-learn in the virtualenv (not a package dependency);
``--no-baseline`` skips it.

    python bench/score_heldout.py [--notes bench/heldout{2,...,10}/notes.jsonl] [--json] [--misses] [--no-baseline]

Every figure is given over all event notes and per writing style (the notes' ``style`` field).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "heldout" / "notes.jsonl"
# The dev notes beside the checkout (/work/main -> /work/shared), also from a worktree elsewhere.
DEV = next(
    (p for p in (HERE.parent.parent / "shared" / "data" / "acled-notes-dev", Path("/work/shared/data/acled-notes-dev")) if p.is_dir()),
    HERE.parent.parent / "shared" / "data" / "acled-notes-dev",
)
NONE = "none"

# The figures printed per style and overall, as named by score_acled.
MAIN = (
    "coverage",
    "event_type accuracy",
    "sub_event_type accuracy",
    "date exact (all rows)",
    "date exact (note states the date)",
    "location within 10 km",
    "location within 50 km",
    "fatalities exact",
    "actor1 kind",
    "events per single-event note",
)


def load(path: Path = NOTES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_row(note: dict):
    """An event note as the gold row ``score_acled`` expects (the style stands in for ACLED's region)."""
    from conflictscope.eval.acled import AcledRow

    return AcledRow(
        id=note["id"],
        note=note["note"],
        event_date=date.fromisoformat(note["event_date"]),
        event_type=note["event_type"],
        sub_event_type=note["sub_event_type"],
        time_precision=1,
        inter1=note["actor1_kind"],
        location=note["location"] or "",
        country=note["country"] or "",
        region=note["style"],
        latitude=note["latitude"],
        longitude=note["longitude"],
        fatalities=note["fatalities"],
        single_event_note=True,
        raw_date=note["event_date"],
    )


def extract_all(notes: list[dict]) -> tuple[dict[str, list], dict[str, str]]:
    """Our events per note id, each note extracted once on its published date; errors per note id."""
    import conflictscope

    events, errors = {}, {}
    for note in notes:
        try:
            # the events a dataset gets: those flagged historical (background) are left out, as the
            # CSV export and `conflictscope eval acled` leave them out
            found = conflictscope.extract(note["note"], published=note["published"], id=note["id"])
            events[note["id"]] = [e for e in found if not e.historical]
        except Exception as exc:  # noqa: BLE001 - one bad note must not stop the run
            events[note["id"]] = []
            errors[note["id"]] = f"{type(exc).__name__}: {exc}"
    return events, errors


def metric(result, name: str):
    return next(m for m in result.metrics if m.name == name)


def figures(result) -> dict:
    values = {m.name: m.to_dict()["value"] for m in result.metrics}
    return {name: values.get(name) for name in MAIN} | {"notes": result.items}


def score_ours(notes: list[dict], events: dict[str, list], source: Path = NOTES) -> dict:
    from conflictscope.eval.acled import score_acled

    def cached(text, published, ident):  # the events extracted on the note's own published date
        return events[ident]

    event_notes = [n for n in notes if n["sub_event_type"] != NONE]
    rows = [gold_row(n) for n in event_notes]
    overall = score_acled(rows, cached, source=str(source))
    out: dict = {"event notes": figures(overall)}
    out["by style"] = {
        style: figures(score_acled([r for r in rows if r.region == style], cached))
        for style in sorted({r.region for r in rows})
    }
    out["sub_event_type accuracy by gold event_type"] = overall.info["sub_event_type accuracy by gold event_type"]
    out["misses by kind"] = overall.info["misses by kind"]
    nones = [n for n in notes if n["sub_event_type"] == NONE]
    silent = sum(not events[n["id"]] for n in nones)
    out["no-event notes"] = {
        "notes": len(nones),
        "left without event": round(silent / len(nones), 4) if nones else None,
        "false events": sum(len(events[n["id"]]) for n in nones),
        "false events by sub-type": dict(Counter(e.sub_event_type for n in nones for e in events[n["id"]]).most_common()),
    }
    right = metric(overall, "event_type accuracy").correct + silent  # event_type right on event notes, silence on the others
    out["event_type accuracy, all notes incl. no-event"] = round(right / len(notes), 4)
    out["_misses"] = overall.misses
    return out


def score_baseline(notes: list[dict], data: Path) -> dict:
    import warnings

    sys.path.insert(0, str(HERE))
    from baseline_tfidf import AFGHANISTAN, GLOBAL, model

    from conflictscope.eval.acled import read_acled

    warnings.filterwarnings("ignore", category=UserWarning)
    dev = read_acled(data / GLOBAL) + read_acled(data / AFGHANISTAN)
    texts = [n["note"] for n in notes]
    predicted = {}
    for field in ("event_type", "sub_event_type"):
        fitted = model().fit([r.note for r in dev], [getattr(r, field) for r in dev])
        predicted[field] = list(fitted.predict(texts))
    event_idx = [i for i, n in enumerate(notes) if n["sub_event_type"] != NONE]

    def accuracy(field, idx):
        return round(sum(predicted[field][i] == notes[i][field] for i in idx) / len(idx), 4) if idx else None

    out: dict = {"trained on dev notes": len(dev)}
    out["event notes"] = {f"{field} accuracy": accuracy(field, event_idx) for field in ("event_type", "sub_event_type")}
    out["by style"] = {
        style: {
            f"{field} accuracy": accuracy(field, [i for i in event_idx if notes[i]["style"] == style])
            for field in ("event_type", "sub_event_type")
        }
        for style in sorted({notes[i]["style"] for i in event_idx})
    }
    out["event_type accuracy, all notes incl. no-event"] = round(
        sum(predicted["event_type"][i] == notes[i]["event_type"] for i in event_idx) / len(notes), 4
    )
    return out


def print_miss(note: dict, events: list) -> None:
    """One line per note we got wrong in any scored field, with the gold and our best event."""
    from conflictscope.eval.acled import _km, best_event

    if note["sub_event_type"] == NONE:
        for e in events:
            print(f"- {note['id']} [{note['style']}] no event; ours {e.sub_event_type}, {e.date}, {e.location.name if e.location else None}")
        return
    row = gold_row(note)
    best = best_event(row, events)
    wrong = []
    if best is None:
        wrong.append("no event")
    else:
        km = _km(row, best)
        checks = {
            "type": best.event_type == row.event_type,
            "sub": best.sub_event_type == row.sub_event_type,
            "date": best.date == row.event_date,
            "10 km": km is not None and km <= 10,
            "fatalities": best.fatalities == row.fatalities,
            "actor1": best.actor1 is not None and best.actor1.kind == row.inter1,
            "one event": len(events) == 1,
        }
        wrong = [name for name, ok in checks.items() if not ok]
    if not wrong:
        return
    print(f"- {note['id']} [{note['style']}] wrong: {', '.join(wrong)}")
    print(f"    gold: {row.sub_event_type} | {row.event_date} | {row.location}, {row.country} | fat {row.fatalities} | {row.inter1}")
    for e in events:
        km = _km(row, e)
        mark = "*" if e is best else " "
        where = f"{e.location.name}, {e.location.country_code}" if e.location else None
        actor = e.actor1.kind if e.actor1 else None
        print(f"   {mark}ours: {e.sub_event_type} | {e.date} | {where} ({round(km) if km is not None else '-'} km) | fat {e.fatalities} | {actor}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=Path, default=NOTES, help="the held-out notes (default: set 1, bench/heldout/notes.jsonl; sets 2-10 in bench/heldout2..10/)")
    parser.add_argument("--data", type=Path, default=DEV, help="the ACLED dev notes the baseline is trained on")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="print every event note we got wrong, and our events on no-event notes")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()

    notes = load(args.notes)
    events, errors = extract_all(notes)
    ours = score_ours(notes, events, args.notes)
    misses = ours.pop("_misses")
    report: dict = {"notes": len(notes), "extractor errors": errors, "conflictscope": ours}
    if not args.no_baseline:
        report["baseline (TF-IDF + logistic regression)"] = score_baseline(notes, args.data)

    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print(f"held-out notes: {len(notes)} ({ours['event notes']['notes']} with an event), extractor errors: {len(errors)}")
        print("\nconflictscope, event notes:")
        for key, value in ours["event notes"].items():
            print(f"  {key:40} {value}")
        styles = list(ours["by style"])
        print("\nby style:" + "".join(f"{s:>13}" for s in styles))
        for key in MAIN + ("notes",):
            print(f"  {key:36}" + "".join(f"{ours['by style'][s].get(key)!s:>13}" for s in styles))
        print("\nno-event notes:", json.dumps(ours["no-event notes"]))
        print("event_type accuracy, all notes incl. no-event:", ours["event_type accuracy, all notes incl. no-event"])
        print("misses by kind:", json.dumps(ours["misses by kind"]))
        if "baseline (TF-IDF + logistic regression)" in report:
            base = report["baseline (TF-IDF + logistic regression)"]
            print(f"\nbaseline (TF-IDF + LR trained on {base['trained on dev notes']} dev notes):", json.dumps(base["event notes"]))
            for style, values in base["by style"].items():
                print(f"  {style:14}", json.dumps(values))
            print("  event_type accuracy, all notes incl. no-event:", base["event_type accuracy, all notes incl. no-event"])
    if args.misses:
        print("\nmisses (every field that differs from the gold; km to the gold point):")
        for note in notes:
            print_miss(note, events[note["id"]])


if __name__ == "__main__":
    main()
