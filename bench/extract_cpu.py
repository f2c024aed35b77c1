#!/usr/bin/env python
"""CPU seconds of `Extractor.extract` over the conflict corpus (the Guardian Syria articles), in one
process, the model loaded and warmed up first. Run it in two checkouts, alternating, to compare
commits on this machine without the batch engine, the baseline parse or fusion in the way:

    PYTHONPATH=<checkout>/src python bench/extract_cpu.py [--data ../shared/data] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "data"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)

    from conflictscope.pipeline import Extractor
    from conflictscope.types import Document

    csv.field_size_limit(1 << 30)
    with (args.data / "articles-syria" / "Guardian_SDF_sample.csv").open(newline="", encoding="utf-8") as fh:
        texts = [row["text"] for row in csv.DictReader(fh)][: args.limit]
    extractor = Extractor.default()
    extractor.extract(Document(text="Gunmen attacked a checkpoint in Kabul on Sunday.", id="warm-up"))
    documents = [Document(text=text, id=str(i)) for i, text in enumerate(texts)]
    start = time.process_time()
    events = sum(len(extractor.extract(document)) for document in documents)
    print(f"{len(documents)} articles: {time.process_time() - start:.2f} CPU s, {events} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
