// The paste box: a report in, its events at once (POST /api/extract, nothing stored); optionally
// stored with POST /api/documents.

import { post } from "./api.js";
import { claimsGrid, highlightedText } from "./detail.js";
import { clear, h, slug } from "./dom.js";

function eventCard(event, index) {
  const where = event.location ? [event.location.name, event.location.country_code].filter(Boolean).join(", ") : "place unknown";
  return h("section", { class: "pasted-event" },
    h("p", { class: "detail-type" }, h("span", { class: `dot t-${slug(event.event_type)}` }), `${index + 1}. ${event.event_type} · ${event.sub_event_type}`),
    h("p", { class: "detail-meta" },
      h("span", { text: event.date || "undated" }),
      h("span", { text: where }),
      h("span", { text: event.fatalities_stated ? `${event.fatalities} killed` : "no death figure" }),
      event.injuries !== null && event.injuries !== undefined ? h("span", { text: `${event.injuries} injured` }) : null,
      event.disputed ? h("span", { class: "badge disputed", text: "disputed" }) : null),
    h("p", { class: "muted", text: [event.actor1 && event.actor1.name, event.actor2 && event.actor2.name].filter(Boolean).join(" vs ") }),
  );
}

export function openPaste(body, template, { map, getToken, setToken, needsToken, onStored }) {
  clear(body);
  body.append(template.content.cloneNode(true));
  const form = body.querySelector(".paste-form");
  const results = body.querySelector(".paste-results");
  const status = form.querySelector(".status");
  const tokenField = form.querySelector(".token-field");
  tokenField.hidden = !needsToken;
  form.elements.token.value = getToken() || "";

  const payload = () => {
    const data = { text: form.elements.text.value };
    for (const name of ["published", "source", "title"]) {
      const value = form.elements[name].value.trim();
      if (value) data[name] = value;
    }
    return data;
  };
  const say = (message, error = false) => {
    status.textContent = message;
    status.classList.toggle("error", error);
  };

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    setToken(form.elements.token.value.trim());
    say("Extracting…");
    clear(results);
    try {
      const out = await post("extract", payload(), getToken());
      say(out.events.length ? `${out.events.length} event${out.events.length === 1 ? "" : "s"} found (not stored).` : "No event found in this report.");
      map.showPasted(out.events);
      const text = out.text;
      const spans = [];
      const claims = [];
      out.events.forEach((event, i) => {
        results.append(eventCard(event, i));
        for (const ev of event.evidence || []) spans.push({ start: ev.start, end: ev.end, quote: ev.text, key: "e-paste" });
        for (const claim of event.claims || []) {
          const key = `c-paste-${i}-${claim.evidence.start}-${slug(claim.stance)}`;
          spans.push({ start: claim.evidence.start, end: claim.evidence.end, quote: claim.evidence.text, key, stance: claim.stance });
          claims.push({ claim, key, from: `event ${i + 1}` });
        }
      });
      const textBox = h("div", { class: "reports" }, highlightedText(text, spans));
      if (claims.length) results.append(h("h4", { text: "Claims" }), claimsGrid(claims, () => textBox));
      results.append(h("h4", { text: "Text" }), textBox);
    } catch (err) {
      say(err.message, true);
    }
  });

  form.elements.store.addEventListener("click", async () => {
    if (!form.reportValidity()) return;
    setToken(form.elements.token.value.trim());
    say("Storing…");
    try {
      const out = await post("documents", payload(), getToken());
      say(out.status === "exists" ? "This text is in the store already." : `Stored with ${out.events.length} event${out.events.length === 1 ? "" : "s"}.`);
      onStored();
    } catch (err) {
      if (err.status === 401) tokenField.hidden = false;
      say(err.message, true);
    }
  });
  form.elements.text.focus();
}
