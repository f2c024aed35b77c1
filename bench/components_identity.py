"""The faster attribute ruler and lemmatizer (src/conflictscope/nlp/fast_components.py) against the
model's own components, over every unit of the mixed news stream (Syria articles, GeoWebNews and
GeoVirus texts, as in bench/throughput.py), cut into units the way the pipeline cuts them.

    python bench/components_identity.py [--data ../shared/data] [--limit N]

Prints the units whose annotation differs on any token (text, tag, POS, morphology, lemma,
dependency, head, entity) and the CPU seconds of nlp.pipe with each, alternating chunks so both see
the same machine load.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import throughput  # noqa: E402  (the corpus readers)


def signature(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def arguments(argv: list[str] | None, description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=throughput.DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    return parser.parse_args(argv)


def mixed_units(data: Path, limit: int | None) -> tuple[int, list[str]]:
    """(documents, their units' texts): the mixed stream cut the way the pipeline cuts it."""
    from conflictscope.clean.text import clean_text
    from conflictscope.nlp.relevance import units

    rows = throughput.usable(throughput.load_syria(data))
    rows += throughput.usable(throughput.load_xml(data / "geoparsing-dev" / "GWN.xml", "gwn"))
    rows += throughput.usable(throughput.load_xml(data / "geoparsing-dev" / "GeoVirus.xml", "geovirus"))
    rows = rows[:limit] if limit else rows
    pieces = []
    for row in rows:
        text = clean_text(row["text"])
        pieces += [text[u.start : u.end] for u in units(text) if text[u.start : u.end].strip()]
    return len(rows), pieces


def compare(pipelines: dict, pieces: list[str]) -> tuple[int, int, dict[str, float]]:
    """Two pipelines over the same pieces, alternating in chunks so both see the same machine load:
    (units whose annotation differs, tokens, CPU seconds of each)."""
    first, second = pipelines
    differ = tokens = 0
    seconds = dict.fromkeys(pipelines, 0.0)
    for k in range(0, len(pieces), 1000):
        chunk = pieces[k : k + 1000]
        docs = {}
        for name, nlp in pipelines.items():
            t0 = time.process_time()
            docs[name] = list(nlp.pipe(chunk))
            seconds[name] += time.process_time() - t0
        for x, y in zip(docs[first], docs[second]):
            tokens += len(x)
            differ += signature(x) != signature(y)
    return differ, tokens, seconds


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv, __doc__.split("\n\n")[0])

    import spacy

    from conflictscope.nlp.analyze import MODEL_NAME
    from conflictscope.nlp.fast_components import replace

    n_docs, pieces = mixed_units(args.data, args.limit)

    differ, tokens, seconds = compare({"original": spacy.load(MODEL_NAME), "fast": replace(spacy.load(MODEL_NAME))}, pieces)
    print(f"{n_docs} documents, {len(pieces)} units, {tokens} tokens: units whose annotation differs: {differ}")
    print(f"nlp.pipe CPU: model's components {seconds['original']:.1f} s, stand-ins {seconds['fast']:.1f} s "
          f"({seconds['original'] / seconds['fast']:.2f}x)")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
