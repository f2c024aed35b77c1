#!/usr/bin/env python
"""The report's country as the fast focus reader sees it (geo/focus.py), against the country ACLED coded
each note in: how often its first country is ACLED's, another one, or none at all. The resolver prefers
places in the focus countries, so a wrong first country moves ambiguous names abroad ("Ad Dali" to
Syria in a Yemeni note).

    python bench/focus_accuracy.py [ACLED_EXPORT.csv] [--show 20]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FILE = HERE.parents[1] / "shared" / "data" / "acled-notes-dev" / "acled_global_2020-04-27_2020-05-09.csv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="?", default=DEFAULT_FILE, help="an ACLED export (notes and country)")
    parser.add_argument("--show", type=int, default=0, help="print the N most frequent (gold, ours) confusions")
    args = parser.parse_args(argv)

    from conflictscope.geo import default_gazetteer
    from conflictscope.geo.focus import FocusReader

    gazetteer = default_gazetteer()
    reader = FocusReader(gazetteer)
    rows = right = none = 0
    wrong: Counter[tuple[str, str]] = Counter()
    with args.gold.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row.get("notes") or row.get("event_id_cnty", "").startswith("#"):
                continue  # HXL tag row
            rows += 1
            code = gazetteer.country_code(row["country"])
            focus = reader.focus(row["notes"])
            if not focus:
                none += 1
            elif focus[0] == code:
                right += 1
            else:
                wrong[(row["country"], focus[0])] += 1
    print(f"{rows} notes: first focus country is ACLED's {right} ({right / rows:.3f}), another {sum(wrong.values())}, none {none}")
    for (gold, ours), n in wrong.most_common(args.show):
        print(f"  {n:4d}  {gold} read as {ours}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
