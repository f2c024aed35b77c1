// The timeline: events (bars) and fatalities (line) per day, or per few days when the span is long.
// Dragging across it chooses a period; the caller filters the map with it.

import { clear, formatNumber, svg } from "./dom.js";

const DAY = 86400000;
const HEIGHT = 120;
const MARGIN = { left: 40, right: 44, top: 10, bottom: 22 };

function dayNumber(iso) {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

function isoOf(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export class Timeline {
  constructor(container, tip, { onBrush, onLabel }) {
    this.container = container;
    this.tip = tip;
    this.onBrush = onBrush;
    this.onLabel = onLabel;
    this.days = [];
    this.range = null; // [sinceDay, untilDay]
    this.drag = null;
    window.addEventListener("resize", () => this.render());
  }

  setData(days) {
    this.days = days;
    this.render();
  }

  setRange(since, until) {
    this.range = since || until ? [since ? dayNumber(since) : null, until ? dayNumber(until) : null] : null;
    this.drawBrush();
  }

  bins() {
    const first = dayNumber(this.days[0].date);
    const last = dayNumber(this.days[this.days.length - 1].date);
    const inner = Math.max(50, this.width - MARGIN.left - MARGIN.right);
    const span = last - first + 1;
    const size = Math.max(1, Math.ceil(span / Math.max(1, Math.floor(inner / 3))));
    const count = Math.ceil(span / size);
    const bins = Array.from({ length: count }, (_, i) => ({ start: first + i * size, end: first + (i + 1) * size - 1, events: 0, fatalities: 0 }));
    for (const d of this.days) {
      const bin = bins[Math.floor((dayNumber(d.date) - first) / size)];
      bin.events += d.events;
      bin.fatalities += d.fatalities;
    }
    return { bins, size, first, last: first + count * size - 1 };
  }

  x(day) {
    const inner = this.width - MARGIN.left - MARGIN.right;
    return MARGIN.left + ((day - this.d0) / (this.d1 - this.d0)) * inner;
  }

  dayAt(px) {
    const inner = this.width - MARGIN.left - MARGIN.right;
    const t = Math.min(1, Math.max(0, (px - MARGIN.left) / inner));
    return Math.round(this.d0 + t * (this.d1 - this.d0));
  }

  render() {
    clear(this.container);
    this.width = Math.max(200, this.container.clientWidth || 600);
    const root = svg("svg", { width: this.width, height: HEIGHT, class: "timeline-svg", role: "img", "aria-label": "Events and fatalities over time" });
    this.container.append(root);
    this.root = root;
    if (!this.days.length) {
      root.append(svg("text", { x: this.width / 2, y: HEIGHT / 2, class: "axis-label", "text-anchor": "middle", text: "No dated events" }));
      if (this.onLabel) this.onLabel("day");
      return;
    }
    const { bins, size, first, last } = this.bins();
    this.bins_ = bins;
    this.binSize = size;
    this.d0 = first;
    this.d1 = last + 1;
    if (this.onLabel) this.onLabel(size === 1 ? "day" : size === 7 ? "week" : `${size} days`);
    const bottom = HEIGHT - MARGIN.bottom;
    const plot = bottom - MARGIN.top;
    const maxEvents = Math.max(1, ...bins.map((b) => b.events));
    const maxFatalities = Math.max(1, ...bins.map((b) => b.fatalities));
    const bars = svg("g", { class: "bars" });
    for (const b of bins) {
      if (!b.events) continue;
      const x0 = this.x(b.start);
      const w = Math.max(1, this.x(b.end + 1) - x0 - (size > 1 || this.width / (this.d1 - this.d0) > 3 ? 1 : 0));
      const h = Math.max(1.5, (b.events / maxEvents) * plot);
      bars.append(svg("rect", { x: x0.toFixed(1), y: (bottom - h).toFixed(1), width: w.toFixed(1), height: h.toFixed(1), class: "bar" }));
    }
    root.append(bars);
    const line = bins.map((b, i) => `${i ? "L" : "M"}${this.x(b.start + size / 2).toFixed(1)},${(bottom - (b.fatalities / maxFatalities) * plot).toFixed(1)}`).join("");
    root.append(svg("path", { d: line, class: "fatality-line" }));
    // axes
    root.append(svg("line", { x1: MARGIN.left, x2: this.width - MARGIN.right, y1: bottom, y2: bottom, class: "axis" }));
    root.append(svg("text", { x: MARGIN.left - 4, y: MARGIN.top + 8, "text-anchor": "end", class: "axis-label events", text: formatNumber(maxEvents) }));
    root.append(svg("text", { x: this.width - MARGIN.right + 4, y: MARGIN.top + 8, class: "axis-label fatalities", text: formatNumber(maxFatalities) }));
    const span = this.d1 - this.d0;
    const ticks = Math.max(2, Math.min(8, Math.floor(this.width / 110)));
    for (let i = 0; i <= ticks; i++) {
      const day = Math.round(this.d0 + (i / ticks) * (span - 1));
      const x = this.x(day);
      const label = span > 120 ? isoOf(day).slice(0, 7) : isoOf(day);
      root.append(svg("line", { x1: x, x2: x, y1: bottom, y2: bottom + 4, class: "axis" }));
      root.append(svg("text", { x, y: HEIGHT - 6, "text-anchor": i === 0 ? "start" : i === ticks ? "end" : "middle", class: "axis-label", text: label }));
    }
    this.brushGroup = svg("g", { class: "brush" });
    root.append(this.brushGroup);
    const overlay = svg("rect", { x: MARGIN.left, y: MARGIN.top, width: this.width - MARGIN.left - MARGIN.right, height: plot, class: "overlay" });
    root.append(overlay);
    this.overlay = overlay;
    overlay.addEventListener("pointerdown", (e) => this.startDrag(e));
    overlay.addEventListener("pointermove", (e) => this.moveDrag(e));
    overlay.addEventListener("pointerup", (e) => this.endDrag(e));
    overlay.addEventListener("pointerleave", () => { if (!this.drag) this.tip.hidden = true; });
    this.drawBrush();
  }

  localX(event) {
    const box = this.root.getBoundingClientRect();
    return event.clientX - box.left;
  }

  startDrag(event) {
    this.overlay.setPointerCapture(event.pointerId);
    const x = this.localX(event);
    this.drag = { from: x, to: x };
    this.tip.hidden = true;
    this.drawBrush();
  }

  moveDrag(event) {
    const x = this.localX(event);
    if (!this.drag) {
      this.showTip(event, x);
      return;
    }
    this.drag.to = x;
    this.drawBrush();
  }

  endDrag(event) {
    if (!this.drag) return;
    const { from } = this.drag;
    const to = this.localX(event);
    this.drag = null;
    if (Math.abs(to - from) < 4) {
      this.range = null;
      this.drawBrush();
      this.onBrush(null, null);
      return;
    }
    const a = this.dayAt(Math.min(from, to));
    const b = Math.max(a, this.dayAt(Math.max(from, to)) - 1);
    this.range = [a, b];
    this.drawBrush();
    this.onBrush(isoOf(a), isoOf(b));
  }

  drawBrush() {
    if (!this.brushGroup) return;
    clear(this.brushGroup);
    let x0 = null;
    let x1 = null;
    if (this.drag) {
      x0 = Math.min(this.drag.from, this.drag.to);
      x1 = Math.max(this.drag.from, this.drag.to);
    } else if (this.range) {
      x0 = this.range[0] === null ? MARGIN.left : this.x(Math.max(this.d0, this.range[0]));
      x1 = this.range[1] === null ? this.width - MARGIN.right : this.x(Math.min(this.d1, this.range[1] + 1));
    }
    if (x0 === null) return;
    const left = MARGIN.left;
    const right = this.width - MARGIN.right;
    x0 = Math.max(left, Math.min(right, x0));
    x1 = Math.max(left, Math.min(right, x1));
    const top = MARGIN.top;
    const height = HEIGHT - MARGIN.bottom - MARGIN.top;
    this.brushGroup.append(svg("rect", { x: left, y: top, width: Math.max(0, x0 - left), height, class: "brush-out" }));
    this.brushGroup.append(svg("rect", { x: x1, y: top, width: Math.max(0, right - x1), height, class: "brush-out" }));
    this.brushGroup.append(svg("rect", { x: x0, y: top, width: Math.max(1, x1 - x0), height, class: "brush-selection" }));
  }

  showTip(event, x) {
    if (!this.bins_) return;
    const day = this.dayAt(x);
    const bin = this.bins_[Math.min(this.bins_.length - 1, Math.max(0, Math.floor((day - this.d0) / this.binSize)))];
    if (!bin) return;
    const when = this.binSize === 1 ? isoOf(bin.start) : `${isoOf(bin.start)} – ${isoOf(bin.end)}`;
    this.tip.textContent = `${when}: ${formatNumber(bin.events)} events, ${formatNumber(bin.fatalities)} fatalities`;
    this.tip.hidden = false;
    const box = this.container.getBoundingClientRect();
    this.tip.style.left = `${Math.min(box.width - 220, Math.max(0, x - 80))}px`;
  }
}
