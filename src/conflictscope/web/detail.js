// Event detail: what happened, the fatalities each report gives, the claims side by side (who
// asserts, accuses, denies, claims responsibility, relayed by whom) and each report's text with the
// sentences behind the event and its claims highlighted.

import { clear, h, safeUrl, slug } from "./dom.js";

export const STANCES = [
  ["asserts", "Asserts"],
  ["accuses", "Accuses"],
  ["denies", "Denies"],
  ["claims_responsibility", "Claims responsibility"],
];

const KIND_LABELS = {
  state_forces: "state forces", rebel_group: "rebel group", political_militia: "political militia",
  identity_militia: "identity militia", rioters: "rioters", protesters: "protesters", civilians: "civilians",
  external_forces: "external forces", government: "government", official: "official", media: "media",
  witness: "witness", organization: "organisation", person: "person",
};

function kindLabel(kind) {
  return KIND_LABELS[kind] || String(kind || "").replace(/_/g, " ");
}

function placeLine(location) {
  if (!location) return "Place unknown";
  return [location.name, location.admin1 && location.admin1 !== location.name ? location.admin1 : null, location.country_code]
    .filter(Boolean)
    .join(", ");
}

function actorLine(actor) {
  return actor ? `${actor.name} (${kindLabel(actor.kind)})` : "—";
}

// Text with highlighted spans. `spans`: [{start, end, key, stance?, quote?}]. Offsets are checked
// against the text; a span whose offsets do not match its quote is looked up by its quote instead.
export function highlightedText(text, spans) {
  const placed = [];
  for (const span of spans) {
    let { start, end } = span;
    if (span.quote && text.slice(start, end) !== span.quote) {
      const found = text.indexOf(span.quote);
      if (found < 0) continue;
      start = found;
      end = found + span.quote.length;
    }
    start = Math.max(0, Math.min(text.length, start));
    end = Math.max(0, Math.min(text.length, end));
    if (end > start) placed.push({ ...span, start, end });
  }
  const cuts = new Set([0, text.length]);
  for (const s of placed) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = h("div", { class: "source-text" });
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = placed.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) {
      out.append(document.createTextNode(piece));
      continue;
    }
    const claim = covering.find((s) => s.stance);
    const cls = claim ? `hl hl-claim stance-${slug(claim.stance)}` : "hl hl-evidence";
    out.append(h("mark", { class: cls, dataset: { keys: covering.map((s) => s.key).join(" ") } }, piece));
  }
  return out;
}

function claimKey(pk, claim) {
  const e = claim.evidence || {};
  return `c-${pk}-${e.start}-${e.end}-${slug(claim.stance)}-${slug(claim.speaker && claim.speaker.name)}`;
}

function flash(root, key) {
  for (const el of root.querySelectorAll("mark.flash")) el.classList.remove("flash");
  let first = null;
  for (const el of root.querySelectorAll("mark[data-keys]")) {
    if (el.dataset.keys.split(" ").includes(key)) {
      el.classList.add("flash");
      first = first || el;
    }
  }
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

// The four stance columns. `claims`: [{claim, key, from}] where `from` names the report.
export function claimsGrid(claims, root) {
  const grid = h("div", { class: "claims-grid" });
  for (const [stance, label] of STANCES) {
    const mine = claims.filter((c) => c.claim.stance === stance);
    const column = h("section", { class: `claims-col stance-${slug(stance)}`, dataset: { stance } },
      h("h5", {}, label, h("span", { class: "count", text: mine.length || "" })));
    if (!mine.length) column.append(h("p", { class: "muted none", text: "none" }));
    for (const { claim, key, from } of mine) {
      const speaker = claim.speaker || {};
      const figure = claim.fatalities !== null && claim.fatalities !== undefined ? `${claim.fatalities} killed` : null;
      const card = h("button", { type: "button", class: "claim-card", dataset: { key }, title: "Show the sentence in the report" },
        h("span", { class: "speaker", text: speaker.name || "unnamed" }),
        h("span", { class: "kind", text: kindLabel(speaker.kind) }),
        claim.via ? h("span", { class: "via", text: `relayed by ${claim.via}` }) : null,
        figure ? h("span", { class: "figure", text: figure }) : null,
        h("q", { class: "quote", text: (claim.evidence && claim.evidence.text) || "" }),
        from ? h("span", { class: "from", text: from }) : null,
      );
      card.addEventListener("click", () => flash(root(), key));
      column.append(card);
    }
    grid.append(column);
  }
  return grid;
}

function reportLabel(doc) {
  return [doc.source, doc.title].filter(Boolean).join(" — ") || doc.document_id;
}

export function renderEvent(container, event, texts) {
  clear(container);
  const root = h("article", { class: "detail" });
  container.append(root);
  const colour = h("span", { class: `dot t-${slug(event.event_type)}` });
  root.append(
    h("p", { class: "detail-type" }, colour, `${event.event_type} · ${event.sub_event_type}`),
    h("h3", { class: "detail-place", text: placeLine(event.location) }),
    h("p", { class: "detail-meta" },
      h("span", { text: event.date || "undated" }),
      h("span", { text: `${event.sources} ${event.sources === 1 ? "source" : "sources"}` }),
      event.disputed ? h("span", { class: "badge disputed", text: "disputed" }) : null,
      event.civilian_targeting ? h("span", { class: "badge", text: "civilians targeted" }) : null,
      (event.corrected || []).length ? h("span", { class: "badge", text: "corrected by an analyst" }) : null,
    ),
    h("dl", { class: "facts" },
      h("dt", { text: "Actor 1" }), h("dd", { text: actorLine(event.actor1) }),
      h("dt", { text: "Actor 2" }), h("dd", { text: actorLine(event.actor2) }),
      h("dt", { text: "Injuries" }), h("dd", { text: event.injuries === null || event.injuries === undefined ? "not stated" : String(event.injuries) }),
    ),
  );

  // Fatalities across reports
  const mentions = event.mentions || [];
  const low = event.fatalities_low;
  const high = event.fatalities_high;
  const rangeText = low === null || low === undefined
    ? "No report gives a death toll."
    : low === high
      ? `${low} killed (every report that gives a figure agrees).`
      : `${low}–${high} killed across reports; ACLED's rule keeps the lowest, ${event.fatalities}.`;
  const perReport = h("ul", { class: "per-report" });
  for (const m of mentions) {
    const stated = m.event.fatalities_stated;
    perReport.append(h("li", {},
      h("span", { class: "figure", text: stated ? `${m.event.fatalities} killed` : "no figure" }),
      h("span", { class: "muted", text: ` ${reportLabel(m.document)}` })));
  }
  root.append(h("section", { class: "fatalities" }, h("h4", { text: "Fatalities" }), h("p", { class: "range", text: rangeText }), perReport));

  // Claims side by side
  const claims = [];
  const seen = new Set();
  for (const m of mentions) {
    for (const claim of m.event.claims || []) {
      const key = claimKey(m.document.pk, claim);
      if (seen.has(key)) continue;
      seen.add(key);
      claims.push({ claim, key, from: reportLabel(m.document) });
    }
  }
  const reportsBox = h("div", { class: "reports" });
  root.append(h("section", { class: "claims" }, h("h4", { text: "Claims" }),
    claims.length ? claimsGrid(claims, () => reportsBox) : h("p", { class: "muted", text: "No one is quoted about this event." })));

  // Reports with highlighted sentences
  root.append(h("section", {}, h("h4", { text: `Reports (${mentions.length})` }), reportsBox));
  const done = new Set();
  for (const m of mentions) {
    const doc = m.document;
    if (done.has(doc.pk)) continue;
    done.add(doc.pk);
    const text = texts.get(doc.pk);
    const spans = [];
    for (const m2 of mentions.filter((x) => x.document.pk === doc.pk)) {
      for (const ev of m2.event.evidence || []) spans.push({ start: ev.start, end: ev.end, quote: ev.text, key: `e-${doc.pk}` });
      for (const claim of m2.event.claims || []) {
        const ev = claim.evidence || {};
        spans.push({ start: ev.start, end: ev.end, quote: ev.text, key: claimKey(doc.pk, claim), stance: claim.stance });
      }
    }
    const link = safeUrl(doc.url);
    reportsBox.append(h("section", { class: "report", dataset: { pk: String(doc.pk) } },
      h("h5", {}, link ? h("a", { href: link, rel: "noopener noreferrer nofollow", target: "_blank", text: doc.title || link }) : (doc.title || doc.document_id)),
      h("p", { class: "muted" }, [doc.source, doc.published, doc.duplicate_of ? "a copy of an earlier report" : null].filter(Boolean).join(" · ")),
      text === undefined ? h("p", { class: "muted", text: "(text not loaded)" }) : highlightedText(text, spans),
    ));
  }
  return root;
}
