// warta's shared helpers. Data from the server is untrusted: it only ever reaches the page as
// text (textContent, createTextNode) or as attribute values we name here, never as HTML.
"use strict";

const W = (() => {
  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attrs, ...children) {
    const svg = ["svg", "g", "path", "line", "circle", "rect", "text", "title", "marker"].includes(tag);
    const node = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function getJSON(url, options) {
    const response = await fetch(url, options);
    let body = null;
    try { body = await response.json(); } catch (_) { /* not JSON */ }
    if (!response.ok) {
      const detail = body && body.detail;
      const message = typeof detail === "string" ? detail : JSON.stringify(detail || response.statusText);
      throw new Error(`${response.status}: ${message}`);
    }
    return body;
  }

  /** Link to an event in its article view. Article ids are hashes; encoded all the same. */
  function eventHref(articleId, idx) {
    return `/articles/${encodeURIComponent(articleId)}#event-${Number(idx)}`;
  }

  const KINDS = ["dateline", "entity", "time", "place", "quote", "event"];

  /** The spans of a document (Document JSON), as in warta/serve/highlight.py. */
  function documentSpans(doc) {
    const spans = [];
    const dl = doc.article.dateline;
    if (dl) spans.push({ kind: "dateline", start: dl.start, end: dl.end, label: `dateline: ${dl.text}` });
    for (const e of doc.entities) spans.push({ kind: "entity", start: e.start, end: e.end, label: `${e.label}: ${e.text}${e.actor ? ` (${e.actor})` : ""}` });
    for (const t of doc.times) spans.push({ kind: "time", start: t.start, end: t.end, label: `time: ${t.text} = ${t.value || t.kind}` });
    for (const p of doc.places) spans.push({ kind: "place", start: p.start, end: p.end, label: `place: ${p.name || p.text} ${p.country || ""}`.trim() });
    for (const q of doc.quotes) spans.push({ kind: "quote", start: q.start, end: q.end, label: `${q.kind} quote: ${q.speaker ? q.speaker.name : "unknown speaker"}` });
    doc.events.forEach((e, i) => spans.push({ kind: "event", start: e.start, end: e.end, label: `event ${e.code} ${e.name || ""}`.trim(), event: i }));
    return spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end);
  }

  /** The text cut at every span boundary, each run with the spans over it. */
  function runs(text, spans) {
    const clip = (x) => Math.min(Math.max(x, 0), text.length);
    const cuts = [...new Set([0, text.length, ...spans.map((s) => clip(s.start)), ...spans.map((s) => clip(s.end))])].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [start, end] = [cuts[i], cuts[i + 1]];
      if (start < end) out.push({ text: text.slice(start, end), spans: spans.filter((s) => s.start <= start && s.end >= end) });
    }
    return out;
  }

  function runNode(run) {
    if (!run.spans.length) return document.createTextNode(run.text);
    const kinds = new Set(run.spans.map((s) => s.kind));
    const events = run.spans.filter((s) => s.event !== undefined).map((s) => s.event);
    const classes = ["hl", ...KINDS.filter((k) => kinds.has(k)).map((k) => `hl-${k}`), ...events.map((i) => `ev-${i}`)];
    const label = [...new Set(run.spans.map((s) => s.label))].join("\n");
    return el("span", { class: classes.join(" "), "data-events": events.join(" "), title: label }, run.text);
  }

  /** A stand-in title: the body's first words (as warta/serve/pages.py `headline`). */
  function headline(a) {
    const line = a.text.slice(a.dateline ? a.dateline.start : 0).trim().split("\n")[0];
    return line.length > 90 ? `${line.slice(0, 89)}…` : line;
  }

  /** The same markup as templates/_document.html, built from Document JSON. */
  function renderDocument(container, doc) {
    container.replaceChildren();
    const a = doc.article;
    const meta = [a.date || "undated", a.language || "?"];
    if (a.dateline) meta.push(`dateline ${a.dateline.text}`);
    container.append(el("header", {}, el("h2", {}, a.title || headline(a)), el("p", { class: "meta" }, meta.join(" · "))));
    const toggles = el("fieldset", { class: "toggles" }, el("legend", {}, "Highlight"),
      [["event", "events"], ["entity", "entities"], ["quote", "quotes"], ["time", "times"], ["place", "places"], ["dateline", "dateline"]].map(([k, label]) =>
        el("label", {}, el("input", { type: "checkbox", value: k, checked: "" }), " ", el("span", { class: `key hl-${k}` }, label))));
    const text = el("div", { class: "doc-text" }, runs(a.text, documentSpans(doc)).map(runNode));
    const list = el("ol", { class: "event-list" }, doc.events.length ? doc.events.map((e, i) =>
      el("li", { id: `event-item-${i}`, "data-event": i, class: `event-item q${Number(e.quad_class)}`, tabindex: 0 },
        el("span", { class: "code" }, e.code), " ", el("span", { class: "name" }, e.name || ""),
        el("span", { class: "dyad" }, `${e.source ? e.source.code : "—"} → ${e.target ? e.target.code : "—"}`),
        el("span", { class: "detail" }, [e.mode, e.date, e.place && (e.place.name || e.place.text), e.reported_by && `per ${e.reported_by}`, `Goldstein ${e.goldstein}`].filter(Boolean).join(" · "))))
      : [el("li", { class: "empty" }, "No events found.")]);
    const section = (title, items) => [el("h2", {}, title, " ", el("small", {}, items.length)), el("ul", { class: "plain-list" }, items)];
    const side = el("aside", { class: "doc-side" },
      el("h2", {}, "Events ", el("small", {}, doc.events.length)), list,
      section("Quotes", doc.quotes.map((q) => el("li", {}, el("b", {}, q.speaker ? q.speaker.name : "?"), ` (${q.kind}): ${q.text}`))),
      section("Times", doc.times.map((t) => el("li", {}, `${t.text} → `, el("code", {}, t.value || t.kind)))),
      section("Places", doc.places.map((p) => el("li", {}, `${p.text} → ${p.name || "?"}${p.country ? ` (${p.country})` : ""}`))),
      section("Entities", doc.entities.map((e) => el("li", {}, `${e.text} `, el("code", {}, e.label), e.actor ? el("code", {}, e.actor) : null))));
    container.append(el("div", { class: "doc-layout" }, el("div", { class: "doc-text-wrap" }, toggles, text), side));
    bindDocument(container);
  }

  /** Clicking an event (or #event-N in the address) highlights its evidence; the checkboxes hide kinds. */
  function bindDocument(root) {
    const text = root.querySelector(".doc-text");
    const select = (idx, scroll) => {
      root.querySelectorAll(".current").forEach((n) => n.classList.remove("current"));
      const item = root.querySelector(`.event-item[data-event="${Number(idx)}"]`);
      if (!item) return;
      item.classList.add("current");
      if (scroll) item.scrollIntoView({ block: "nearest" });
      const evidence = text.querySelectorAll(`.ev-${Number(idx)}`);
      evidence.forEach((n) => n.classList.add("current"));
      if (scroll && evidence.length) evidence[0].scrollIntoView({ block: "nearest" });
    };
    root.querySelectorAll(".event-item[data-event]").forEach((item) => {
      const choose = () => {
        select(item.dataset.event, true);
        history.replaceState(null, "", `#event-${Number(item.dataset.event)}`);
      };
      item.addEventListener("click", choose);
      item.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(); } });
    });
    root.querySelectorAll(".toggles input[type=checkbox]").forEach((box) => {
      box.addEventListener("change", () => text.classList.toggle(`hide-${box.value}`, !box.checked));
    });
    const match = /^#event-(\d+)$/.exec(location.hash);
    if (match) select(match[1], true);
    return select;
  }

  return { el, getJSON, eventHref, renderDocument, bindDocument };
})();
