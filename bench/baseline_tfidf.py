#!/usr/bin/env python
"""The supervised peer: TF-IDF + logistic regression on the ACLED dev notes. For comparison only; it never
ships and nothing in the package uses it. Needs scikit-learn in the virtualenv (not a package dependency):

    /work/venv/bin/pip install scikit-learn
    python bench/baseline_tfidf.py

Figures:
- 5-fold stratified cross-validation accuracy of event_type and sub_event_type on all dev notes (the
  figure issue 3 quotes: 0.879 / 0.838 measured outside the team), and the same with folds grouped by
  note text, so that one note coded as several events never sits on both sides of a split;
- a cross-set figure: trained on the global file without its Afghan rows, tested on the Afghanistan file
  (another month, another writing team);
- news text: trained on every dev note, tested on the event sentences of bench/news_annotations.jsonl.

The default settings (word 1-2-grams, sublinear tf, C=10) make a stronger peer than scikit-learn's
defaults (``--plain``); we compare against the stronger one.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "acled-notes-dev"
GLOBAL = "acled_global_2020-04-27_2020-05-09.csv"
AFGHANISTAN = "acled_afghanistan_2020-03.csv"


PLAIN = False  # --plain: scikit-learn's defaults (unigrams, C=1) instead of our tuned settings


def model():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    if PLAIN:
        return make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=3000))
    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode"),
        LogisticRegression(C=10.0, max_iter=3000),
    )


def cross_validate(notes, labels, groups=None, folds=5, seed=0) -> float:
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold, cross_val_score

    if groups is None:
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
        scores = cross_val_score(model(), notes, labels, cv=splitter, scoring="accuracy")
    else:
        splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
        scores = cross_val_score(model(), notes, labels, cv=splitter, groups=groups, scoring="accuracy")
    return round(float(scores.mean()), 4)


def accuracy(train_x, train_y, test_x, test_y) -> float:
    fitted = model().fit(train_x, train_y)
    predicted = fitted.predict(test_x)
    return round(sum(p == g for p, g in zip(predicted, test_y)) / len(test_y), 4)


def main() -> None:
    import warnings

    from conflictscope.eval.acled import read_acled

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--plain", action="store_true", help="scikit-learn's default TF-IDF and logistic regression")
    args = parser.parse_args()
    global PLAIN
    PLAIN = args.plain
    warnings.filterwarnings("ignore", category=UserWarning)  # tiny classes in some folds

    world = read_acled(args.data / GLOBAL)
    afghanistan = read_acled(args.data / AFGHANISTAN)
    rows = world + afghanistan
    notes = [r.note for r in rows]
    figures: dict[str, object] = {"dev notes": len(rows)}
    groups = {n: i for i, n in enumerate(dict.fromkeys(notes))}
    group_ids = [groups[n] for n in notes]
    for field in ("event_type", "sub_event_type"):
        labels = [getattr(r, field) for r in rows]
        figures[f"{field} 5-fold CV"] = cross_validate(notes, labels)
        figures[f"{field} 5-fold CV, grouped by note"] = cross_validate(notes, labels, group_ids)

    train = [r for r in world if r.country != "Afghanistan"]
    for field in ("event_type", "sub_event_type"):
        figures[f"{field}, trained on global minus Afghanistan, tested on Afghanistan Mar 2020"] = accuracy(
            [r.note for r in train], [getattr(r, field) for r in train], [r.note for r in afghanistan], [getattr(r, field) for r in afghanistan]
        )

    news = [json.loads(line) for line in (HERE / "news_annotations.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    news = [n for n in news if n["sub_event_type"] != "none"]
    for field in ("event_type", "sub_event_type"):
        figures[f"{field} on news sentences (event sentences, n={len(news)})"] = accuracy(
            notes, [getattr(r, field) for r in rows], [n["sentence"] for n in news], [n[field] for n in news]
        )

    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:90} {value}")


if __name__ == "__main__":
    main()
