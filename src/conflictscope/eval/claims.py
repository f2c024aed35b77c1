"""Responsibility claims and casualty counts on Global Terrorism Database incident summaries.

Gold, per row: whether a group claimed the incident - GTD's ``claimed`` column (1/0) when the file has
it, otherwise read from the summary's own wording ("X claimed responsibility", "all of which were
claimed by X" are claims; "No group claimed responsibility" is none, and so is a summary that says
nothing about responsibility) - the group (``gname`` or ``group_name``), and ``nkill``/``nwound`` (or
``killed``/``wounded``).

Ours: a row is predicted claimed when any of our events carries a ``claims_responsibility`` claim; the
claimant is that claim's speaker. Killed and wounded are compared with the main event (our first), and
a row without any event of ours is a miss for both.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from conflictscope.eval.acled import Extract, GoldFileError, default_extract, parse_acled_date
from conflictscope.eval.report import EvalResult, Metric, Miss

_NEGATIVE = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:group|one|organi[sz]ation|individual|party|actor)s?\s+(?:has\s+|have\s+|had\s+)?(?:yet\s+|immediately\s+|publicly\s+)?"
    r"(?:claimed|taken|took|accepted|admitted)\b"
    r"|\bresponsibility\s+(?:was|has|had)\s+(?:not|never)\s+(?:been\s+)?claimed\b"
    r"|\bno\s+claims?\s+of\s+responsibility\b"
    r"|\b(?:was|were|has|have|had)\s+not\s+(?:been\s+)?claimed\b",
    re.I,
)
_POSITIVE = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:the\s+)?(?:responsibility|credit)\b"
    r"|\b(?:took|taken|accepted|admitted)\s+responsibility\b"
    r"|\bresponsibility\s+(?:was|has\s+been|had\s+been|were)\s+claimed\b"
    r"|\b(?:was|were|been)\s+(?:also\s+)?claimed\s+by\b"
    r"|\bclaimed\s+(?:this|the|these|all|both|each)\b(?:\s+[\w-]+){0,4}?\s+(?:attacks?|incidents?|bombings?|assaults?|killings?)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")


def summary_claims(summary: str) -> bool:
    """Whether the summary says some group claimed the incident (a sentence with claim wording that is
    not itself a negation)."""
    for sentence in _SENTENCE.split(summary):
        if _POSITIVE.search(sentence) and not _NEGATIVE.search(sentence):
            return True
    return False


_STOP = {"the", "of", "and", "in", "for", "group", "al", "el", "movement", "organization", "organisation"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’`]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _aliases(name: str) -> list[set[str]]:
    """Token sets a group name can go by: the full name and any bracketed acronym."""
    out = []
    inside = re.findall(r"\(([^)]*)\)", name)
    outside = re.sub(r"\([^)]*\)", " ", name)
    for part in [outside, *inside]:
        tokens = {t for t in _norm(part).split() if t not in _STOP}
        if tokens:
            out.append(tokens)
    return out


def same_group(ours: str, gold: str) -> bool:
    """Loose name match: one name's significant words contained in the other's, or a shared acronym."""
    for a in _aliases(ours):
        for b in _aliases(gold):
            if a <= b or b <= a:
                return True
    return False


@dataclass
class GtdRow:
    id: str
    summary: str
    incident_date: date | None
    claimed: bool
    claimed_source: str  # "column" or "summary"
    group: str
    killed: int | None
    wounded: int | None

    def gold_record(self) -> dict[str, Any]:
        return {
            "date": self.incident_date,
            "claimed": self.claimed,
            "claimed from": self.claimed_source,
            "group": self.group,
            "killed": self.killed,
            "wounded": self.wounded,
        }


def _first_present(row: dict[str, str], *names: str) -> str:
    for n in names:
        if row.get(n, "").strip():
            return row[n].strip()
    return ""


def _count(value: str) -> int | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number >= 0 else None


def read_gtd(path: str | Path) -> list[GtdRow]:
    """Read a GTD export with a ``summary`` column. Raises :class:`GoldFileError` when it has none."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = {(f or "").strip().lower() for f in (reader.fieldnames or [])}
    if "summary" not in fields:
        raise GoldFileError("not a GTD export with incident summaries: no 'summary' column")
    rows = []
    for i, raw in enumerate(reader):
        r = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if isinstance(v, str) or v is None}
        summary = r.get("summary", "")
        if not summary or summary.startswith("#"):
            continue
        claimed_col = _count(r.get("claimed", ""))
        if claimed_col in (0, 1):
            claimed, source = bool(claimed_col), "column"
        else:
            claimed, source = summary_claims(summary), "summary"
        incident = parse_acled_date(r.get("date", ""), "mdy")
        if incident is None and r.get("iyear"):
            try:
                incident = date(int(r["iyear"]), int(r.get("imonth") or 0), int(r.get("iday") or 0))
            except ValueError:
                incident = None
        rows.append(
            GtdRow(
                id=r.get("eventid") or f"row{i + 1}",
                summary=summary,
                incident_date=incident,
                claimed=claimed,
                claimed_source=source,
                group=_first_present(r, "gname", "group_name"),
                killed=_count(_first_present(r, "nkill", "killed")),
                wounded=_count(_first_present(r, "nwound", "wounded")),
            )
        )
    return rows


def _claimants(events: list) -> list[str]:
    return [c.speaker.name for e in events for c in e.claims if c.stance == "claims_responsibility"]


def score_claims(
    rows: Sequence[GtdRow],
    extract: Extract | None = None,
    *,
    source: str = "",
    progress: Callable[[Iterable, int], Iterable] | None = None,
) -> EvalResult:
    extract = extract or default_extract()
    precision = Metric("claim precision", help="rows we say were claimed that the gold says were claimed")
    recall = Metric("claim recall", help="claimed rows where we found a claims_responsibility claim")
    f1 = Metric("claim F1", target=0.90, help="2TP / (2TP + FP + FN)")
    claimant = Metric("claimant matches gold group (of true positives)", help="loose name match: shared words or acronym")
    coverage = Metric("coverage", help="summaries with at least one event")
    killed = Metric("killed exact", help="our first event's fatalities vs nkill/killed")
    wounded = Metric("wounded exact", help="our first event's injuries (none = 0) vs nwound/wounded")
    result = EvalResult(title="GTD claims", source=source, metrics=[f1, precision, recall, claimant, coverage, killed, wounded])
    tp = fp = fn = 0

    iterator = progress(rows, len(rows)) if progress else rows
    for row in iterator:
        result.items += 1
        note = ""
        try:
            events = list(extract(row.summary, row.incident_date, row.id))
        except Exception as exc:  # noqa: BLE001
            result.failed += 1
            events = []
            note = f"extractor error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        names = _claimants(events)
        predicted = bool(names)
        failures = []
        if predicted:
            precision.add(row.claimed)
        if row.claimed:
            recall.add(predicted)
        if predicted and row.claimed:
            tp += 1
            if row.group:
                match = any(same_group(n, row.group) for n in names)
                claimant.add(match)
                if not match:
                    failures.append("wrong claimant")
        elif predicted:
            fp += 1
            failures.append("spurious claim")
        elif row.claimed:
            fn += 1
            failures.append("claim missed")
        result.confusion[("claimed" if row.claimed else "not claimed", "claimed" if predicted else "not claimed")] += 1
        coverage.add(bool(events))
        main = events[0] if events else None
        if row.killed is not None:
            ok = main is not None and main.fatalities == row.killed
            killed.add(ok)
            if not ok:
                failures.append("killed")
        if row.wounded is not None:
            ok = main is not None and (main.injuries or 0) == row.wounded
            wounded.add(ok)
            if not ok:
                failures.append("wounded")
        if failures or note:
            result.misses.append(
                Miss(
                    id=row.id,
                    failures=failures or ["extractor error"],
                    text=row.summary,
                    gold=row.gold_record(),
                    ours=[
                        {
                            "event_type": e.event_type,
                            "sub_event_type": e.sub_event_type,
                            "fatalities": e.fatalities,
                            "injuries": e.injuries,
                            "claims": "; ".join(f"{c.stance}: {c.speaker.name}" for c in e.claims),
                        }
                        for e in events
                    ],
                    note=note,
                )
            )
    f1.correct, f1.total = 2 * tp, 2 * tp + fp + fn
    result.info.update({"true_positives": tp, "false_positives": fp, "false_negatives": fn, "gold_claimed": sum(r.claimed for r in rows[: result.items])})
    return result
