#!/usr/bin/env python
"""Every dev evaluation of issue 3 in one run, and the figures for each row of its target table.

    python bench/eval_dev.py                    # the package as importable now (the working tree)
    python bench/eval_dev.py --at HEAD          # a clean export of a commit, whatever the tree holds
    python bench/eval_dev.py --only acled-afghanistan,gwn --limit 200

Sets (from ../shared/data, never copied): ACLED global 27 Apr-9 May 2020 and Afghanistan Mar 2020
(`conflictscope eval acled`), GeoWebNews and GeoVirus (`eval geo`), GTD Iraq 2012-2014 (`eval claims`),
our news-sentence annotations (bench/score_news.py) and the shooting articles (bench/score_casualties.py).
JSON results and HTML error reports go to --out (default /tmp/conflictscope-eval), outside the repository:
they quote the gold texts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from io import BytesIO
from multiprocessing import get_context
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DATA = REPO.parent / "shared" / "data"

SETS = {
    "acled-global": ("acled", "acled-notes-dev/acled_global_2020-04-27_2020-05-09.csv"),
    "acled-afghanistan": ("acled", "acled-notes-dev/acled_afghanistan_2020-03.csv"),
    "gwn": ("geo", "geoparsing-dev/GWN.xml"),
    "geovirus": ("geo", "geoparsing-dev/GeoVirus.xml"),
    "gtd-iraq": ("claims", "gtd-iraq-dev/gtd_iraq_2012-2014.csv"),
    "news": ("news", "(bench/news_annotations.jsonl)"),
    "casualties": ("casualties", "casualties-dev"),
}


def _init(src: str | None) -> None:
    if src:
        sys.path.insert(0, src)
    sys.path.insert(0, str(BENCH))


def run_set(name: str, data: str, out: str, limit: int | None) -> dict:
    """One evaluation, in a worker process. Returns the JSON-able result."""
    import conflictscope

    kind, relative = SETS[name]
    path = Path(data) / relative
    started = time.time()
    if kind in ("acled", "geo", "claims"):
        from conflictscope.eval.report import render_html

        if kind == "acled":
            from conflictscope.eval.acled import read_acled, score_acled

            rows = read_acled(path)
            result = score_acled(rows[:limit] if limit else rows, source=str(path))
        elif kind == "geo":
            from conflictscope.eval.geo import read_corpus, score_geo

            result = score_geo(read_corpus(path), limit=limit, source=str(path))
        else:
            from conflictscope.eval.claims import read_gtd, score_claims

            rows = read_gtd(path)
            result = score_claims(rows[:limit] if limit else rows, source=str(path))
        with open(Path(out) / f"{name}.html", "w", encoding="utf-8") as handle:
            render_html(result, handle, command=f"bench/eval_dev.py ({name})")
        payload = result.to_dict()
    elif kind == "news":
        import score_news

        payload = {"figures": score_news.run(BENCH / "news_annotations.jsonl", show_misses=True)}
    else:
        import score_casualties

        payload = score_casualties.run(path, "all", limit, misses=40)
    payload["seconds"] = round(time.time() - started, 1)
    payload["package"] = str(Path(conflictscope.__file__).parent)
    with open(Path(out) / f"{name}.json", "w", encoding="utf-8") as handle:
        json.dump(payload, handle, indent=2, ensure_ascii=False, default=str)
    return payload


def export_commit(commit: str) -> tuple[str, str]:
    """``git archive`` the commit's src/ into a temporary folder; return (folder/src, full hash)."""
    full = subprocess.run(["git", "-C", str(REPO), "rev-parse", commit], check=True, capture_output=True, text=True).stdout.strip()
    blob = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", full, "src"], check=True, capture_output=True).stdout
    folder = tempfile.mkdtemp(prefix=f"conflictscope-{full[:8]}-")
    with tarfile.open(fileobj=BytesIO(blob)) as tar:
        tar.extractall(folder, filter="data")
    return str(Path(folder) / "src"), full


def describe_tree() -> str:
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "src"], capture_output=True, text=True).stdout.strip()
    return f"{head}{' + uncommitted changes under src/' if dirty else ''}"


def metric(payload: dict, name: str):
    m = payload.get("metrics", {}).get(name)
    return (m["correct"], m["total"]) if m else None


def pooled(payloads: list[dict], name: str) -> str:
    pairs = [metric(p, name) for p in payloads if p]
    pairs = [p for p in pairs if p]
    if not pairs:
        return "-"
    correct, total = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
    return f"{correct / total:.3f}" if total else "-"


def value(payload: dict | None, name: str) -> str:
    if not payload or name not in payload.get("metrics", {}):
        return "-"
    v = payload["metrics"][name]["value"]
    return "-" if v is None else f"{v:.3f}"


def target_table(results: dict[str, dict]) -> list[tuple[str, str, str, str]]:
    g, a = results.get("acled-global"), results.get("acled-afghanistan")
    acled = [p for p in (g, a) if p]

    def acled_row(label, name, target):
        return (label, target, f"{pooled(acled, name)} (global {value(g, name)}, Afghanistan {value(a, name)})", "eval acled")

    news = (results.get("news") or {}).get("figures", {})
    cas = (results.get("casualties") or {}).get("figures", {})
    gwn, gv, gtd = results.get("gwn"), results.get("geovirus"), results.get("gtd-iraq")
    return [
        acled_row("event_type accuracy on ACLED notes", "event_type accuracy", ">= 0.92"),
        acled_row("sub_event_type accuracy", "sub_event_type accuracy", ">= 0.85"),
        ("sub_event_type on news text", ">= 0.75", str(news.get("sub_event_type accuracy (event sentences)", "-")), "score_news.py"),
        acled_row("date exact, where the text states the date", "date exact (note states the date)", ">= 0.97"),
        acled_row("location within 10 km", "location within 10 km", ">= 0.85"),
        acled_row("fatalities exact", "fatalities exact", ">= 0.90"),
        acled_row("actor1 kind", "actor1 kind", ">= 0.85"),
        acled_row("events per single-event note", "events per single-event note", "<= 1.3"),
        ("geoparsing: recall of gold toponyms", ">= 0.90", f"GWN {value(gwn, 'toponym recall')}, GeoVirus {value(gv, 'toponym recall')}", "eval geo"),
        ("geoparsing: resolved within 161 km (of found)", ">= 0.92", f"GWN {value(gwn, 'resolved within 161 km (of found)')}, GeoVirus {value(gv, 'resolved within 161 km (of found)')}", "eval geo"),
        ("responsibility-claim F1 on GTD summaries", ">= 0.90", value(gtd, "claim F1"), "eval claims"),
        ("killed exact, shooting articles (casualties-dev)", ">= 0.85", str(cas.get("killed exact", "-")), "score_casualties.py"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "conflictscope-eval")
    parser.add_argument("--only", help="comma-separated sets: " + ", ".join(SETS))
    parser.add_argument("--limit", type=int, help="items per set (for a quick look)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--at", metavar="COMMIT", help="evaluate a clean export of this commit instead of the importable package")
    args = parser.parse_args()

    names = [n.strip() for n in args.only.split(",")] if args.only else list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}")
    args.out.mkdir(parents=True, exist_ok=True)
    src, label = None, describe_tree()
    if args.at:
        src, full = export_commit(args.at)
        label = full[:7]
    started = datetime.now(timezone.utc)
    print(f"conflictscope at {label}; data {args.data}; output {args.out}", file=sys.stderr)

    results: dict[str, dict] = {}
    with ProcessPoolExecutor(max_workers=args.jobs, mp_context=get_context("spawn"), initializer=_init, initargs=(src,)) as pool:
        futures = {name: pool.submit(run_set, name, str(args.data), str(args.out), args.limit) for name in names}
        for name, future in futures.items():
            try:
                results[name] = future.result()
                print(f"  {name}: done in {results[name]['seconds']} s", file=sys.stderr)
            except Exception as exc:  # noqa: BLE001
                print(f"  {name}: failed: {type(exc).__name__}: {exc}", file=sys.stderr)

    print(f"\n## {started:%Y-%m-%d %H:%M} UTC, commit {label}{', limit ' + str(args.limit) if args.limit else ''}\n")
    print("| measure | target | dev figure | command |")
    print("|---|---|---|---|")
    for row in target_table(results):
        print("| " + " | ".join(row) + " |")
    print()
    for name, payload in results.items():
        if "metrics" in payload:
            figures = ", ".join(f"{k} {v['value']}" for k, v in payload["metrics"].items() if v["value"] is not None)
            print(f"- {name} ({payload['items']} items, {payload['seconds']} s): {figures}")
        else:
            figures = ", ".join(f"{k} {v}" for k, v in payload.get("figures", {}).items() if not isinstance(v, list))
            print(f"- {name} ({payload['seconds']} s): {figures}")
    with open(args.out / "summary.json", "w", encoding="utf-8") as handle:
        json.dump({"commit": label, "started": started.isoformat(), "targets": target_table(results)}, handle, indent=2)


if __name__ == "__main__":
    main()
