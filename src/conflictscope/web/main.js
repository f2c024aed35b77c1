// The page: filters, map, timeline, event list, event detail and the paste box, wired together.

import { get } from "./api.js";
import { renderEvent } from "./detail.js";
import { clear, debounce, formatNumber, h, slug } from "./dom.js";
import { EventMap, TYPE_COLOURS } from "./map.js";
import { openPaste } from "./paste.js";
import { Timeline } from "./timeline.js";

const PAGE = 5000;
const MAX_POINTS = 20000;
const LIST_LIMIT = 150;

const $ = (id) => document.getElementById(id);

const state = {
  meta: null,
  token: "",
  points: [],
  total: 0,
  controller: null,
  firstLoad: true,
  refit: false,
};

const form = $("filters");
const summary = $("summary");
const drawer = $("drawer");
const drawerBody = $("drawer-body");
const drawerTitle = $("drawer-title");

function filters({ dates = true } = {}) {
  const f = {
    country: form.elements.country.value,
    type: form.elements.type.value,
    actor: form.elements.actor.value.trim(),
    disputed: form.elements.disputed.value,
  };
  if (dates) {
    f.since = form.elements.since.value;
    f.until = form.elements.until.value;
  }
  return f;
}

function setStatus(text, error = false) {
  summary.textContent = text;
  summary.classList.toggle("error", error);
}

function fillFilters(meta) {
  const country = form.elements.country;
  for (const c of meta.countries) country.append(h("option", { value: c.code, text: `${c.name} (${formatNumber(c.events)})` }));
  const type = form.elements.type;
  for (const t of meta.event_types) {
    const group = h("optgroup", { label: t.name });
    group.append(h("option", { value: t.name, text: `${t.name} (all)` }));
    for (const s of t.sub_event_types) group.append(h("option", { value: s, text: s }));
    type.append(group);
  }
  const legend = $("legend-types");
  for (const [name] of Object.entries(TYPE_COLOURS)) {
    legend.append(h("li", {}, h("span", { class: `dot t-${slug(name)}` }), name));
  }
  legend.append(h("li", {}, h("span", { class: "dot disputed-key" }), "disputed (dashed outline)"));
}

async function loadPoints(params, signal) {
  let offset = 0;
  let points = [];
  let total = 0;
  for (;;) {
    const page = await get("map", { ...params, limit: PAGE, offset }, signal);
    total = page.total;
    points = points.concat(page.events);
    offset += page.events.length;
    if (page.events.length < PAGE || points.length >= Math.min(total, MAX_POINTS)) break;
  }
  return { points, total };
}

async function refresh({ timeline = true } = {}) {
  if (state.controller) state.controller.abort();
  const controller = new AbortController();
  state.controller = controller;
  setStatus("Loading…");
  try {
    const [{ points, total }, days] = await Promise.all([
      loadPoints(filters(), controller.signal),
      timeline ? get("counts/daily", filters({ dates: false }), controller.signal) : Promise.resolve(null),
    ]);
    if (controller.signal.aborted) return;
    state.points = points;
    state.total = total;
    if (days) timelineView.setData(days);
    timelineView.setRange(form.elements.since.value, form.elements.until.value);
    $("brush-clear").hidden = !(form.elements.since.value || form.elements.until.value);
    mapView.setCountry(form.elements.country.value);
    mapView.setPoints(points);
    if (state.firstLoad || state.refit) {
      state.firstLoad = false;
      state.refit = false;
      mapView.fitToPoints();
    }
    const fatalities = points.reduce((s, p) => s + (p.fatalities || 0), 0);
    const shown = points.length < total ? ` (the ${formatNumber(points.length)} latest on the map)` : "";
    setStatus(`${formatNumber(total)} ${total === 1 ? "event" : "events"}${shown} · ${formatNumber(fatalities)} fatalities · ${formatNumber(state.meta.documents)} reports`);
    document.body.dataset.ready = "true";
  } catch (err) {
    if (err.name === "AbortError") return;
    setStatus(`Could not load events: ${err.message}`, true);
  }
}

function listItem(p) {
  const where = [p.place, p.country_code].filter(Boolean).join(", ");
  const button = h("button", { type: "button", class: "event-item", dataset: { id: p.id } },
    h("span", { class: `dot t-${slug(p.event_type)}` }),
    h("span", { class: "when", text: p.date || "undated" }),
    h("span", { class: "what", text: `${p.sub_event_type} — ${where}` }),
    h("span", { class: "toll", text: p.fatalities ? `${p.fatalities} killed` : "" }),
    p.disputed ? h("span", { class: "badge disputed", text: "disputed" }) : null);
  button.addEventListener("click", () => openEvent(p.id));
  return h("li", {}, button);
}

function showList(points) {
  const list = $("event-list");
  clear(list);
  for (const p of points.slice(0, LIST_LIMIT)) list.append(listItem(p));
  $("list-count").textContent = points.length > LIST_LIMIT ? `(${formatNumber(LIST_LIMIT)} of ${formatNumber(points.length)})` : `(${formatNumber(points.length)})`;
}

function openDrawer(title) {
  drawerTitle.textContent = title;
  clear(drawerBody);
  drawer.hidden = false;
  drawer.scrollTop = 0;
}

async function openEvent(id) {
  openDrawer("Event");
  drawerBody.append(h("p", { class: "muted", text: "Loading…" }));
  try {
    const event = await get(`events/${encodeURIComponent(id)}`);
    const pks = [...new Set((event.mentions || []).map((m) => m.document.pk))].slice(0, 25);
    const docs = await Promise.all(pks.map((pk) => get(`documents/${pk}`).catch(() => null)));
    const texts = new Map();
    for (const d of docs) if (d) texts.set(d.pk, d.text);
    renderEvent(drawerBody, event, texts);
    drawer.dataset.eventId = event.id;
  } catch (err) {
    clear(drawerBody);
    drawerBody.append(h("p", { class: "error", text: `Could not load the event: ${err.message}` }));
  }
}

function openCluster(members) {
  openDrawer(`${formatNumber(members.length)} events here`);
  const list = h("ol", { class: "event-list" });
  for (const p of members.slice().sort((a, b) => String(b.date).localeCompare(String(a.date)))) list.append(listItem(p));
  drawerBody.append(list);
}

const mapView = new EventMap($("map"), {
  onOpen: openEvent,
  onCluster: openCluster,
  onView: showList,
});

mapView.rightInset = () => (drawer.hidden ? 0 : Math.min(drawer.offsetWidth, mapView.map.getSize().x - 120));

const timelineView = new Timeline($("timeline"), $("timeline-tip"), {
  onBrush(since, until) {
    form.elements.since.value = since || "";
    form.elements.until.value = until || "";
    refresh({ timeline: false });
  },
  onLabel(unit) {
    const title = document.querySelector(".timeline-title");
    if (title && title.lastChild && title.lastChild.nodeType === Node.TEXT_NODE) {
      title.lastChild.textContent = ` per ${unit}; drag to choose a period`;
    }
  },
});

const refreshSoon = debounce(() => refresh(), 250);
const refreshMapSoon = debounce(() => refresh({ timeline: false }), 250);
form.addEventListener("input", (e) => {
  if (e.target.name === "since" || e.target.name === "until") refreshMapSoon();
  else {
    if (e.target.name === "country") state.refit = true; // show the chosen country
    refreshSoon();
  }
});
form.addEventListener("submit", (e) => e.preventDefault());
form.addEventListener("reset", () => {
  state.refit = true;
  setTimeout(() => refresh(), 0);
});
$("brush-clear").addEventListener("click", () => {
  form.elements.since.value = "";
  form.elements.until.value = "";
  refresh({ timeline: false });
});
$("drawer-close").addEventListener("click", () => {
  drawer.hidden = true;
  mapView.clearPasted();
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && !drawer.hidden) $("drawer-close").click();
});
$("open-paste").addEventListener("click", () => {
  openDrawer("Paste a report");
  openPaste(drawerBody, $("paste-template"), {
    map: mapView,
    getToken: () => state.token,
    setToken: (t) => { state.token = t; },
    needsToken: state.meta && state.meta.write_requires_token,
    onStored: async () => {
      state.meta = await get("meta");
      refresh();
    },
  });
});

async function start() {
  try {
    state.meta = await get("meta");
  } catch (err) {
    setStatus(`Could not reach the API: ${err.message}`, true);
    return;
  }
  fillFilters(state.meta);
  mapView.loadOutlines().catch((err) => setStatus(`Map outlines unavailable: ${err.message}`, true));
  await refresh();
}

start();
