"""spaCy's models with their matrix products on numpy's BLAS (as conflictscope runs them, see
src/conflictscope/nlp/analyze.py) against the same models on BLIS (thinc's default), over every unit
of the mixed news stream (Syria articles, GeoWebNews and GeoVirus texts, as in bench/throughput.py),
cut into units the way the pipeline cuts them.

    python bench/gemm.py [--data ../shared/data] [--limit N]

Prints the units whose annotation differs on any token (text, tag, POS, morphology, lemma,
dependency, head, entity) and the CPU seconds of nlp.pipe with each, alternating chunks so both see
the same machine load. Run it with one BLAS thread (OPENBLAS_NUM_THREADS=1, set here), as the
conflictscope command does.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from components_identity import arguments, compare, mixed_units  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv, __doc__.split("\n\n")[0])

    import spacy

    from conflictscope.nlp.analyze import MODEL_NAME
    from conflictscope.nlp.gemm import use_gemm

    n_docs, pieces = mixed_units(args.data, args.limit)
    pipelines = {"blis": use_gemm(spacy.load(MODEL_NAME), "blis"), "numpy": use_gemm(spacy.load(MODEL_NAME), "numpy")}
    for nlp in pipelines.values():
        list(nlp.pipe(pieces[:20]))  # warm up
    differ, tokens, seconds = compare(pipelines, pieces)
    print(f"{n_docs} documents, {len(pieces)} units, {tokens} tokens: units whose annotation differs: {differ}")
    print(f"nlp.pipe CPU: BLIS {seconds['blis']:.1f} s, numpy's BLAS {seconds['numpy']:.1f} s "
          f"({seconds['blis'] / seconds['numpy']:.2f}x)")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
