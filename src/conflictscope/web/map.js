// The map: country outlines and a graticule under the events (no tiles: nothing is fetched from
// anywhere but this server), events as circles sized by fatalities and coloured by event type,
// grouped into numbered clusters where they crowd.

import { clusterPoints, summarize } from "./cluster.js";
import { formatNumber, h, slug } from "./dom.js";

export const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2471a3",
  "Riots": "#c2185b",
  "Strategic developments": "#5d6d7e",
};

export function colourOf(type) {
  return TYPE_COLOURS[type] || "#555555";
}

export function radiusOf(fatalities) {
  return Math.min(26, 5 + 2.2 * Math.sqrt(Math.max(0, fatalities || 0)));
}

const CLUSTER_RADIUS = 44; // pixels

function tooltipFor(point) {
  const where = [point.place, point.country_code].filter(Boolean).join(", ");
  const range = point.fatalities_high !== null && point.fatalities_high !== undefined && point.fatalities_high !== point.fatalities_low
    ? `${point.fatalities_low}–${point.fatalities_high}`
    : String(point.fatalities);
  return h("div", { class: "tooltip" },
    h("strong", { text: point.sub_event_type }),
    h("div", { text: `${point.date || "undated"} · ${where}` }),
    h("div", { text: `Fatalities: ${range}${point.disputed ? " · disputed" : ""}` }),
    point.actor1 ? h("div", { class: "muted", text: point.actor2 ? `${point.actor1} vs ${point.actor2}` : point.actor1 }) : null,
  );
}

export class EventMap {
  constructor(element, { onOpen, onCluster, onView }) {
    const L = window.L;
    this.L = L;
    this.onOpen = onOpen;
    this.onCluster = onCluster;
    this.onView = onView;
    this.points = [];
    this.country = null;
    this.map = L.map(element, {
      minZoom: 1.5,
      maxZoom: 12,
      zoomSnap: 0.5,
      worldCopyJump: false,
      maxBounds: [[-89, -240], [89, 240]],
      attributionControl: true,
    });
    this.map.attributionControl.setPrefix(false);
    this.map.createPane("graticule").classList.add("pane-graticule");
    this.map.createPane("outlines").classList.add("pane-outlines");
    this.map.setView([20, 15], 2);
    this.graticule();
    this.layer = L.layerGroup().addTo(this.map);
    this.pasteLayer = L.layerGroup().addTo(this.map);
    this.map.on("moveend", () => this.render());
  }

  graticule() {
    const L = this.L;
    const style = { pane: "graticule", color: "#b9c6d2", weight: 0.6, interactive: false };
    const lines = [];
    for (let lon = -180; lon <= 180; lon += 15) lines.push([[-85, lon], [85, lon]]);
    for (let lat = -75; lat <= 75; lat += 15) lines.push([[lat, -180], [lat, 180]]);
    L.polyline(lines, style).addTo(this.map);
  }

  async loadOutlines() {
    const response = await fetch("/api/outlines", { credentials: "same-origin" });
    if (!response.ok) throw new Error(`outlines: HTTP ${response.status}`);
    const data = await response.json();
    this.outlines = this.L.geoJSON(data, { pane: "outlines", interactive: false, style: (f) => this.outlineStyle(f) }).addTo(this.map);
    this.map.attributionControl.addAttribution("Country outlines: Natural Earth");
  }

  outlineStyle(feature) {
    const selected = this.country && feature.properties.iso_a2 === this.country;
    return { color: selected ? "#6c5a3c" : "#a59c8c", weight: selected ? 1.2 : 0.5, fillColor: selected ? "#efe2c4" : "#f6f3ec", fillOpacity: 1 };
  }

  setCountry(code) {
    this.country = code || null;
    if (this.outlines) this.outlines.setStyle((f) => this.outlineStyle(f));
  }

  setPoints(points) {
    this.points = points.filter((p) => p.latitude !== null && p.longitude !== null);
    this.render();
  }

  fitToPoints() {
    if (!this.points.length) return;
    const bounds = this.L.latLngBounds(this.points.map((p) => [p.latitude, p.longitude]));
    this.map.fitBounds(bounds.pad(0.15), { maxZoom: 6, animate: false });
  }

  visible() {
    const bounds = this.map.getBounds();
    return this.points.filter((p) => bounds.contains([p.latitude, p.longitude]));
  }

  render() {
    const L = this.L;
    const zoom = this.map.getZoom();
    const view = this.map.getBounds().pad(0.25);
    const clusters = clusterPoints(this.points, (p) => this.map.project([p.latitude, p.longitude], zoom), CLUSTER_RADIUS);
    this.layer.clearLayers();
    for (const cluster of clusters) {
      const members = cluster.members;
      if (members.length === 1) {
        const p = members[0];
        if (!view.contains([p.latitude, p.longitude])) continue;
        this.layer.addLayer(this.marker(p));
        continue;
      }
      const lat = members.reduce((s, m) => s + m.latitude, 0) / members.length;
      const lon = members.reduce((s, m) => s + m.longitude, 0) / members.length;
      if (!view.contains([lat, lon])) continue;
      this.layer.addLayer(this.clusterMarker(lat, lon, members));
    }
    if (this.onView) this.onView(this.visible());
  }

  marker(p) {
    const L = this.L;
    const colour = colourOf(p.event_type);
    const safeId = String(p.id).replace(/[^A-Za-z0-9_-]/g, "");
    const m = L.circleMarker([p.latitude, p.longitude], {
      radius: radiusOf(p.fatalities),
      color: p.disputed ? "#1b1b1b" : "#ffffff",
      weight: p.disputed ? 1.6 : 1,
      dashArray: p.disputed ? "3 2" : null,
      fillColor: colour,
      fillOpacity: 0.8,
      className: `cs-marker t-${slug(p.event_type)} cs-ev-${safeId}`,
      bubblingMouseEvents: false,
    });
    m.bindTooltip(tooltipFor(p), { direction: "top", offset: [0, -4] });
    m.on("click", () => this.onOpen(p.id));
    return m;
  }

  clusterMarker(lat, lon, members) {
    const L = this.L;
    const info = summarize(members);
    const size = Math.round(Math.min(56, 24 + 7 * Math.log10(info.count) * 2));
    const label = h("span", { class: "cs-cluster-count", text: formatNumber(info.count) });
    const icon = L.divIcon({ html: label, className: `cs-cluster t-${slug(info.dominant)}`, iconSize: [size, size] });
    const marker = L.marker([lat, lon], { icon, title: `${info.count} events, ${info.fatalities} fatalities`, keyboard: true });
    marker.on("click", () => this.openCluster(members));
    return marker;
  }

  openCluster(members) {
    const L = this.L;
    const bounds = L.latLngBounds(members.map((m) => [m.latitude, m.longitude]));
    const samePlace = bounds.getNorthEast().distanceTo(bounds.getSouthWest()) < 50;
    if (samePlace || this.map.getZoom() >= this.map.getMaxZoom()) {
      this.onCluster(members);
      return;
    }
    this.map.fitBounds(bounds.pad(0.3), { maxZoom: this.map.getMaxZoom(), animate: false });
  }

  showPasted(events) {
    const L = this.L;
    this.pasteLayer.clearLayers();
    const located = events.filter((e) => e.location);
    for (const e of located) {
      const point = {
        id: e.id, event_type: e.event_type, sub_event_type: e.sub_event_type, date: e.date,
        place: e.location.name, country_code: e.location.country_code, fatalities: e.fatalities,
        fatalities_low: e.fatalities, fatalities_high: e.fatalities, disputed: e.disputed,
        actor1: e.actor1 && e.actor1.name, actor2: e.actor2 && e.actor2.name,
      };
      const m = L.circleMarker([e.location.latitude, e.location.longitude], {
        radius: radiusOf(e.fatalities) + 3,
        color: colourOf(e.event_type),
        weight: 3,
        fillColor: "#ffffff",
        fillOpacity: 0.6,
        className: `cs-pasted t-${slug(e.event_type)}`,
      });
      m.bindTooltip(tooltipFor(point), { direction: "top" });
      this.pasteLayer.addLayer(m);
    }
    if (located.length) {
      const bounds = L.latLngBounds(located.map((e) => [e.location.latitude, e.location.longitude]));
      // keep the markers clear of the drawer that lists them
      const inset = this.rightInset ? this.rightInset() : 0;
      this.map.fitBounds(bounds.pad(0.5), { maxZoom: 6, animate: false, paddingTopLeft: [40, 40], paddingBottomRight: [inset + 40, 40] });
    }
  }

  clearPasted() {
    this.pasteLayer.clearLayers();
  }
}
