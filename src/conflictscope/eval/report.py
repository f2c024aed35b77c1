"""Evaluation results and the three ways to show them: a terminal table, JSON, an HTML error report.

A result is a list of :class:`Metric` (a sum over a number of items, so both accuracies and means fit),
the per-item outcomes that went wrong (:class:`Miss`), and optionally a confusion count of labels.
Everything a user's gold file or our output contains is escaped before it reaches the HTML.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Iterable, TextIO


@dataclass
class Metric:
    """``value = correct / total``. ``target`` is the goal from issue 3, met when the value is at least
    the target (``higher_is_better``) or at most it."""

    name: str
    correct: float = 0
    total: int = 0
    target: float | None = None
    higher_is_better: bool = True
    help: str = ""

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    @property
    def met(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def add(self, ok: bool | float) -> None:
        self.correct += float(ok)
        self.total += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": None if self.value is None else round(self.value, 4),
            "correct": round(self.correct, 4) if isinstance(self.correct, float) and not self.correct.is_integer() else int(self.correct),
            "total": self.total,
            "target": self.target,
            "target_is_minimum": self.higher_is_better,
            "met": self.met,
            "help": self.help,
        }


@dataclass
class Miss:
    """One gold item we got (partly) wrong: what failed, the text, the gold fields and our output."""

    id: str
    failures: list[str]
    text: str
    gold: dict[str, Any]
    ours: list[dict[str, Any]]
    note: str = ""


@dataclass
class EvalResult:
    title: str
    source: str
    items: int = 0
    failed: int = 0
    metrics: list[Metric] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    confusion: Counter = field(default_factory=Counter)  # (gold label, our label) -> count
    info: dict[str, Any] = field(default_factory=dict)

    def metric(self, name: str) -> Metric:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(name)

    def top_confusions(self, n: int = 15) -> list[tuple[str, str, int]]:
        wrong = [(g, o, c) for (g, o), c in self.confusion.items() if g != o]
        wrong.sort(key=lambda t: (-t[2], t[0], t[1]))
        return wrong[:n]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "source": self.source,
            "items": self.items,
            "failed": self.failed,
            "metrics": {m.name: m.to_dict() for m in self.metrics},
            "top_confusions": [{"gold": g, "ours": o, "count": c} for g, o, c in self.top_confusions(50)],
            "misses": len(self.misses),
            "info": self.info,
        }


# ---------------------------------------------------------------------------------------------
# Terminal


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def render_console(result: EvalResult, console, confusions: int = 12) -> None:
    """A rich table of the metrics (with the issue's targets) and the most frequent confusions."""
    from rich.table import Table

    table = Table(title=f"{result.title}: {result.source} ({result.items} items)", title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("count", justify="right")
    table.add_column("target", justify="right")
    for m in result.metrics:
        count = f"{m.correct:g}/{m.total}"
        if m.target is None:
            target = ""
        else:
            sign = ">=" if m.higher_is_better else "<="
            mark = {True: "[green]met[/]", False: "[red]not met[/]", None: ""}[m.met]
            target = f"{sign} {m.target:g} {mark}"
        table.add_row(m.name, _fmt(m.value), count, target)
    console.print(table)
    top = result.top_confusions(confusions)
    if top:
        conf = Table(title="Most frequent confusions (gold -> ours)", title_justify="left")
        conf.add_column("gold")
        conf.add_column("ours")
        conf.add_column("count", justify="right")
        for gold, ours, count in top:
            conf.add_row(gold, ours, str(count))
        console.print(conf)
    given = result.info.get("among rows with an event")
    if given:
        parts = [f"{name} {_fmt(v['value'])} ({v['correct']}/{v['total']})" for name, v in given.items()]
        console.print("Among rows with an event: " + "; ".join(parts))
    regions = result.info.get("by region")
    if regions:
        by = Table(title="By region", title_justify="left")
        by.add_column("region")
        by.add_column("rows", justify="right")
        names = [k for k in next(iter(regions.values())) if k != "rows"]
        short = {"event_type": "type", "sub_event_type": "sub-type", "location 10 km": "10 km", "fatalities": "killed", "actor1 kind": "actor1"}
        for name in names:
            by.add_column(short.get(name, name), justify="right")
        for region, values in regions.items():
            by.add_row(region, str(values["rows"]), *(_fmt(values[name]) for name in names))
        console.print(by)
    if result.failed:
        console.print(f"[yellow]{result.failed} item(s) failed in the extractor and count as misses.[/]")


def write_json(result: EvalResult, handle: TextIO) -> None:
    json.dump(result.to_dict(), handle, indent=2, ensure_ascii=False, default=_json_default)
    handle.write("\n")


def _json_default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


# ---------------------------------------------------------------------------------------------
# HTML error report

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}
th{background:#f3f3f3}
.num{text-align:right}
.miss{border-top:2px solid #999;margin-top:1.5em;padding-top:.5em}
.fail{display:inline-block;background:#fdd;border-radius:3px;padding:0 .4em;margin-right:.3em;font-size:.9em}
blockquote{background:#f8f8f8;margin:.5em 0;padding:.5em 1em;white-space:pre-wrap}
.met{color:#070}.notmet{color:#b00}
"""


def _e(value: Any) -> str:
    if value is None:
        return ""
    return html.escape(str(value), quote=True)


def _kv_table(record: dict[str, Any]) -> str:
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(_plain(v))}</td></tr>" for k, v in record.items())
    return f"<table>{rows}</table>"


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_plain(v)) for v in value)
    return value


def _ours_table(records: list[dict[str, Any]]) -> str:
    if not records:
        return "<p><em>no output</em></p>"
    keys: list[str] = []
    for r in records:
        for k in r:
            if k not in keys:
                keys.append(k)
    head = "".join(f"<th>{_e(k)}</th>" for k in keys)
    body = "".join("<tr>" + "".join(f"<td>{_e(_plain(r.get(k)))}</td>" for k in keys) + "</tr>" for r in records)
    return f"<table><tr>{head}</tr>{body}</table>"


def render_html(result: EvalResult, handle: TextIO, command: str = "", max_misses: int | None = None) -> None:
    """Write a self-contained HTML page: metrics, the confusion list, then every miss."""
    out = []
    out.append("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>")
    out.append(f"<title>{_e(result.title)}: {_e(result.source)}</title><style>{_STYLE}</style></head><body>")
    out.append(f"<h1>{_e(result.title)}</h1>")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out.append(f"<p>Gold: <code>{_e(result.source)}</code>, {result.items} items, {result.failed} failed. {stamp}.")
    if command:
        out.append(f" Command: <code>{_e(command)}</code>")
    out.append("</p>")

    out.append("<h2>Metrics</h2><table><tr><th>measure</th><th>value</th><th>count</th><th>target</th><th>definition</th></tr>")
    for m in result.metrics:
        target = ""
        if m.target is not None:
            cls = "met" if m.met else "notmet"
            target = f"<span class='{cls}'>{'&ge;' if m.higher_is_better else '&le;'} {m.target:g}</span>"
        out.append(
            f"<tr><td>{_e(m.name)}</td><td class='num'>{_fmt(m.value)}</td><td class='num'>{m.correct:g}/{m.total}</td>"
            f"<td>{target}</td><td>{_e(m.help)}</td></tr>"
        )
    out.append("</table>")

    top = result.top_confusions(40)
    if top:
        out.append("<h2>Confusions (gold &rarr; ours)</h2><table><tr><th>gold</th><th>ours</th><th>count</th></tr>")
        for gold, ours, count in top:
            out.append(f"<tr><td>{_e(gold)}</td><td>{_e(ours)}</td><td class='num'>{count}</td></tr>")
        out.append("</table>")
        out.append(_matrix_html(result.confusion))

    failures = Counter(f for miss in result.misses for f in miss.failures)
    out.append(f"<h2>Misses ({len(result.misses)})</h2>")
    if failures:
        out.append("<p>" + ", ".join(f"{_e(k)}: {v}" for k, v in failures.most_common()) + "</p>")
    shown = result.misses if max_misses is None else result.misses[:max_misses]
    for miss in shown:
        badges = "".join(f"<span class='fail'>{_e(f)}</span>" for f in miss.failures)
        out.append(f"<div class='miss'><h3>{_e(miss.id)}</h3><p>{badges}</p>")
        out.append(f"<blockquote>{_e(miss.text)}</blockquote>")
        if miss.note:
            out.append(f"<p>{_e(miss.note)}</p>")
        out.append("<h4>gold</h4>" + _kv_table(miss.gold))
        out.append("<h4>ours</h4>" + _ours_table(miss.ours))
        out.append("</div>")
    if len(shown) < len(result.misses):
        out.append(f"<p>{len(result.misses) - len(shown)} more misses not shown.</p>")
    out.append("</body></html>\n")
    handle.write("\n".join(out))


def _matrix_html(confusion: Counter) -> str:
    """The full gold x ours matrix, labels ordered by gold frequency."""
    gold_totals: Counter = Counter()
    ours_labels: Counter = Counter()
    for (g, o), c in confusion.items():
        gold_totals[g] += c
        ours_labels[o] += c
    rows = [g for g, _ in gold_totals.most_common()]
    cols = [o for o, _ in ours_labels.most_common()]
    head = "".join(f"<th>{_e(c)}</th>" for c in cols)
    body = []
    for g in rows:
        cells = []
        for o in cols:
            n = confusion.get((g, o), 0)
            style = " style='background:#dfd'" if g == o and n else (" style='background:#fee'" if n else "")
            cells.append(f"<td class='num'{style}>{n or ''}</td>")
        body.append(f"<tr><th>{_e(g)}</th>{''.join(cells)}</tr>")
    return f"<h3>Matrix (rows gold, columns ours)</h3><div style='overflow-x:auto'><table><tr><th></th>{head}</tr>{''.join(body)}</table></div>"


def iter_progress(items: Iterable, total: int | None, label: str, enabled: bool):
    """Wrap an iterable with a progress bar on standard error when it is a terminal."""
    if not enabled:
        yield from items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)
