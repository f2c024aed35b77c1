#!/usr/bin/env python
"""Events found in news that is mostly not about political violence: the GeoVirus articles (WikiNews
reports on disease outbreaks) and the GeoWebNews articles. A proxy for over-generation, GDELT's
failure: every event on GeoVirus that is not a real attack, clash or protest is a false alarm.
There is no gold here; read the printed sentences (`--show N`) to judge them.

    python bench/false_alarms.py [--data ../shared/data] [--show 20]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "data"


def articles(path: Path) -> list[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return [(article.get("file", str(i)), article.findtext("text") or "") for i, article in enumerate(root.findall("article"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", type=int, default=0, help="print the first N events' sentences per corpus")
    args = parser.parse_args(argv)

    from conflictscope.errors import ConflictscopeError
    from conflictscope.pipeline import Extractor
    from conflictscope.types import Document

    extractor = Extractor.default()
    for name, file in (("GeoVirus", "GeoVirus.xml"), ("GeoWebNews", "GWN.xml")):
        kinds: Counter[str] = Counter()
        with_events = total = 0
        shown = []
        for key, text in articles(args.data / "geoparsing-dev" / file):
            if not text.strip():
                continue
            total += 1
            try:
                events = [e for e in extractor.extract(Document(text, id=key)) if not e.historical]
            except ConflictscopeError as error:
                print(f"{name} {key}: {error}", file=sys.stderr)
                continue
            with_events += bool(events)
            kinds.update(e.sub_event_type for e in events)
            shown.extend((key, e.sub_event_type, e.evidence[0].text[:140] if e.evidence else "") for e in events)
        print(f"{name}: {with_events} of {total} articles with an event; {sum(kinds.values())} events; "
              + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
        for key, sub, sentence in shown[: args.show]:
            print(f"  {key} | {sub} | {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
