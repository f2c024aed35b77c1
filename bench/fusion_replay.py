"""Fusion of a finished batch, replayed in one process: CPU and memory of the client's fusion with
its memory of the store (what `conflictscope batch` does) against asking the store for every
document and mention (the baseline), alternating, on the same partitions; and whether the two
stores export the same events.

    conflictscope batch INPUT --out DIR ...          # once, to have partitions
    python bench/fusion_replay.py DIR [--repeat 2]

Writes its stores in a temporary folder (DIR is only read). Never a timed test.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from conflictscope.batch import fuse
from conflictscope.batch.layout import parts_dir
from conflictscope.store.fusion import KnownRows


MEMORY_FIELDS = ("hashes", "bands", "copy_of", "members", "by_cell", "taken")  # what a sole writer remembers


def deep_size(obj, seen: set[int] | None = None) -> int:
    """Bytes of ``obj`` and everything it holds (containers, strings, slotted objects), each once."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_size(v, seen) for v in obj)
    elif hasattr(obj, "__slots__"):
        size += sum(deep_size(getattr(obj, name), seen) for name in obj.__slots__ if hasattr(obj, name))
    return size


def replay(parts: Path, work: Path, remember: bool) -> dict:
    """Fuse every partition of ``parts`` into ``work/store.db`` and export; CPU seconds, events, the
    export's digest, and the bytes held by the fusion's memory of the store."""
    if work.exists():
        shutil.rmtree(work)
    (work / "parts").mkdir(parents=True)
    for f in parts.iterdir():
        (work / "parts" / f.name).symlink_to(f)
    indices = sorted({int(f.name.split(".")[0]) for f in parts.glob("*.manifest.json")})
    started = time.process_time()
    fusion = fuse.Fusion(work)
    if not remember:
        fusion.known = KnownRows()  # the baseline: actor and place rows only, as before memory
    for index in indices:
        fusion._add(index)
    held = deep_size([getattr(fusion.known, name) for name in MEMORY_FIELDS])
    result = fusion.finish([])
    fuse.export_all(work)
    cpu = time.process_time() - started
    digest = hashlib.md5((work / "events.jsonl").read_bytes()).hexdigest()
    return {"cpu": cpu, "documents": result.documents, "events": result.fused_events, "md5": digest, "held_bytes": held}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="a finished batch's output folder")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    parts = parts_dir(args.out)
    if not any(parts.glob("*.manifest.json")):
        print(f"{args.out}: no finished partitions (run `conflictscope batch` first)", file=sys.stderr)
        return 2
    runs: dict[bool, list[dict]] = {True: [], False: []}
    with tempfile.TemporaryDirectory(prefix="cs-fusion-") as tmp:
        for _ in range(args.repeat):
            for remember in (False, True):
                runs[remember].append(replay(parts, Path(tmp) / f"r{int(remember)}", remember))
    base, mem = runs[False], runs[True]
    same = {r["md5"] for r in base} == {r["md5"] for r in mem} and len({r["md5"] for r in base}) == 1
    cpu_base, cpu_mem = statistics.median(r["cpu"] for r in base), statistics.median(r["cpu"] for r in mem)
    docs = mem[0]["documents"]
    extra = statistics.median(r["held_bytes"] for r in mem)
    print(f"{docs} documents with events, {mem[0]['events']} fused events; same export: {same}")
    print(f"fusion + export CPU, median of {args.repeat}: asking the store {cpu_base:.2f} s, with memory {cpu_mem:.2f} s "
          f"({cpu_base / cpu_mem:.2f}x); {1000 * cpu_mem / max(1, docs):.1f} ms per document with events")
    print(f"what the fusion with memory holds of the store: {extra / 1024:.0f} kB, {extra / max(1, docs):.0f} bytes per document with events")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
