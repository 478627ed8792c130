"use strict";
// The dashboard: timeline, actor network, map and an event list, all from the JSON API.
// d3 draws; data only ever reaches the page through .text() / textContent and attributes.

const FILTER_NAMES = ["actor", "code", "mode", "level"];
const PAGE = 50;
const goldsteinColour = d3.scaleLinear().domain([-10, 0, 10]).range(["#c0392b", "#999999", "#1a7f37"]).clamp(true);

function currentFilters() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const name of FILTER_NAMES) {
    const value = (params.get(name) || "").trim();
    if (value) filters[name] = value;
  }
  return filters;
}

function query(filters, extra) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...(extra || {}) })) {
    if (v !== undefined && v !== null && v !== "" && k !== "level") params.set(k, v);
  }
  return params.toString();
}

function message(container, text) {
  const svg = d3.select(container).append("svg").attr("viewBox", "0 0 600 60");
  svg.append("text").attr("class", "empty").attr("x", 10).attr("y", 34).text(text);
}

// --- the event list --------------------------------------------------------------------------

const eventList = { filters: {}, offset: 0, title: "" };

async function showEvents(title, extra) {
  eventList.filters = { ...currentFilters(), ...(extra || {}) };
  eventList.offset = 0;
  eventList.title = title;
  document.querySelector("#events tbody").replaceChildren();
  await moreEvents();
}

async function moreEvents() {
  const data = await W.getJSON(`/api/events?${query(eventList.filters, { limit: PAGE, offset: eventList.offset })}`);
  const body = document.querySelector("#events tbody");
  for (const e of data.events) {
    const actor = (code, text) => (code ? W.el("span", { title: text || "" }, code) : "—");
    body.append(W.el("tr", { class: `q${Number(e.quad_class)}`, "data-article": e.article_id, "data-idx": e.idx },
      W.el("td", {}, e.date || "—"),
      W.el("td", {}, W.el("span", { class: `swatch q${Number(e.quad_class)}` }), e.code),
      W.el("td", {}, e.name || ""),
      W.el("td", {}, actor(e.source_code, e.source_text)),
      W.el("td", {}, actor(e.target_code, e.target_text)),
      W.el("td", {}, e.mode),
      W.el("td", { class: "evidence" }, W.el("a", { href: W.eventHref(e.article_id, e.idx), class: "event-link" }, e.evidence || "(evidence)"))));
  }
  eventList.offset += data.events.length;
  document.getElementById("events-title").textContent = `${eventList.title} — ${data.total} event${data.total === 1 ? "" : "s"}`;
  document.getElementById("events-note").textContent = data.total ? "Click an event's evidence to read it in its article." : "No events match.";
  document.getElementById("events-more").hidden = eventList.offset >= data.total;
}

// --- the timeline ----------------------------------------------------------------------------

//: Up to this many days the axis is continuous; past it, only days with events get a bar.
const CONTINUOUS_DAYS = 120;

function drawTimeline(container, days) {
  container.replaceChildren();
  if (!days.length) return message(container, "No dated events.");
  const byDay = d3.rollup(days, (rows) => Object.fromEntries(rows.map((r) => [r.quad_class, r.events])), (r) => r.day);
  const parse = d3.utcParse("%Y-%m-%d");
  const extent = d3.extent(days, (r) => parse(r.day));
  const span = d3.utcDay.count(extent[0], extent[1]) + 1;
  const allDays = span <= CONTINUOUS_DAYS
    ? d3.utcDay.range(extent[0], d3.utcDay.offset(extent[1], 1)).map(d3.utcFormat("%Y-%m-%d"))
    : [...byDay.keys()].sort();
  document.getElementById("timeline-note").textContent = span <= CONTINUOUS_DAYS
    ? "" : `${span} days from first to last event: only the ${allDays.length} days with events are shown.`;
  const width = 1200, height = 220, margin = { top: 10, right: 10, bottom: 30, left: 36 };
  const x = d3.scaleBand().domain(allDays).range([margin.left, width - margin.right]).padding(0.15);
  const totals = allDays.map((d) => d3.sum(Object.values(byDay.get(d) || {})));
  const y = d3.scaleLinear().domain([0, d3.max(totals) || 1]).nice().range([height - margin.bottom, margin.top]);
  const barWidth = Math.min(x.bandwidth(), 60);
  const svg = d3.select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  const ticks = allDays.filter((_, i) => i % Math.ceil(allDays.length / 10) === 0);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).tickValues(ticks));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(5, "d"));
  const segments = [];
  for (const day of allDays) {
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const n = (byDay.get(day) || {})[q] || 0;
      if (n) segments.push({ day, q, n, y0: base, y1: base + n });
      base += n;
    }
  }
  svg.append("g").selectAll("rect").data(segments).join("rect")
    .attr("class", (s) => `bar q${s.q}`)
    .attr("data-day", (s) => s.day).attr("data-quad", (s) => s.q)
    .attr("x", (s) => x(s.day) + (x.bandwidth() - barWidth) / 2).attr("width", barWidth)
    .attr("y", (s) => y(s.y1)).attr("height", (s) => y(s.y0) - y(s.y1))
    .on("click", (event, s) => {
      svg.selectAll(".bar").classed("selected", (t) => t === s);
      showEvents(`${s.day}, QuadClass ${s.q}`, { since: s.day, until: s.day, quad_class: s.q });
    })
    .append("title").text((s) => `${s.day}: ${s.n} events of QuadClass ${s.q}`);
}

// --- the network -----------------------------------------------------------------------------

function drawNetwork(container, data) {
  container.replaceChildren();
  if (!data.links.length) return message(container, "No events with both a source and a target.");
  const width = 600, height = 420;
  const codes = new Set(data.links.flatMap((l) => [l.source, l.target]));
  const nodes = data.actors.filter((a) => codes.has(a.code)).map((a) => ({ ...a, id: a.code }));
  const links = data.links.map((l) => ({ ...l, s: l.source, t: l.target }));
  const size = d3.scaleSqrt().domain([1, d3.max(nodes, (n) => n.events) || 1]).range([6, 22]);
  const stroke = d3.scaleLinear().domain([1, d3.max(links, (l) => l.events) || 1]).range([1.5, 10]);
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links.map((l) => ({ source: l.s, target: l.t }))).id((n) => n.id).distance(150))
    .force("charge", d3.forceManyBody().strength(-500))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide((n) => size(n.events) + 14))
    .force("x", d3.forceX(width / 2).strength(0.08))
    .force("y", d3.forceY(height / 2).strength(0.12))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();
  const pad = 30;
  for (const n of nodes) { n.x = Math.max(pad, Math.min(width - pad, n.x)); n.y = Math.max(pad, Math.min(height - pad, n.y)); }
  const at = new Map(nodes.map((n) => [n.id, n]));
  const pairs = new Set(links.map((l) => `${l.s}\u0000${l.t}`));
  const svg = d3.select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  // A link and its reverse are drawn side by side; a self-link as a small loop.
  const geometry = (l) => {
    const a = at.get(l.s), b = at.get(l.t);
    if (l.s === l.t) {  // a self-link (DEU → DEUCVL at country level): a loop right of the node
      const r = size(a.events), x = a.x + r;
      return { d: `M${x},${a.y - 4} C${x + 38},${a.y - 30} ${x + 38},${a.y + 30} ${x + 2},${a.y + 5}`, mid: [x + 28, a.y] };
    }
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    const off = pairs.has(`${l.t}\u0000${l.s}`) ? stroke(l.events) / 2 + 2 : 0;
    const ox = (-dy / len) * off, oy = (dx / len) * off;
    const ra = size(a.events) + 2, rb = size(b.events) + 6;
    const x1 = a.x + (dx / len) * ra + ox, y1 = a.y + (dy / len) * ra + oy;
    const x2 = b.x - (dx / len) * rb + ox, y2 = b.y - (dy / len) * rb + oy;
    return { d: `M${x1},${y1} L${x2},${y2}`, mid: [(x1 + x2) / 2, (y1 + y2) / 2] };
  };
  const defs = svg.append("defs");
  defs.append("marker").attr("id", "arrow").attr("viewBox", "0 0 10 10").attr("refX", 8).attr("refY", 5)
    .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 11).attr("markerHeight", 11).attr("orient", "auto-start-reverse")
    .append("path").attr("d", "M0,0 L10,5 L0,10 z").attr("fill", "#555");
  const label = (l) => `${l.s} → ${l.t}: ${l.events} events, mean Goldstein ${l.mean_goldstein}`;
  const select = (event, l) => {
    svg.selectAll(".link").classed("selected", (m) => m === l);
    showEvents(`${l.s} → ${l.t}`, { source: l.s, target: l.t });
  };
  const g = svg.append("g");
  g.selectAll("path.link").data(links).join("path")
    .attr("class", "link").attr("d", (l) => geometry(l).d)
    .attr("data-source", (l) => l.s).attr("data-target", (l) => l.t).attr("data-events", (l) => l.events)
    .attr("stroke", (l) => goldsteinColour(l.mean_goldstein ?? 0)).attr("stroke-width", (l) => stroke(l.events))
    .attr("marker-end", "url(#arrow)")
    .append("title").text(label);
  g.selectAll("path.link-hit").data(links).join("path")
    .attr("class", "link-hit").attr("d", (l) => geometry(l).d)
    .attr("data-source", (l) => l.s).attr("data-target", (l) => l.t)
    .on("click", select)
    .append("title").text(label);
  const node = svg.append("g").selectAll("g").data(nodes).join("g")
    .attr("class", "node").attr("data-code", (n) => n.id).attr("transform", (n) => `translate(${n.x},${n.y})`)
    .on("click", (event, n) => showEvents(`Actor ${n.id}`, { actor: n.id }));
  node.append("circle").attr("r", (n) => size(n.events));
  node.append("text").attr("dy", (n) => -size(n.events) - 4).attr("text-anchor", "middle").text((n) => n.id);
  node.append("title").text((n) => `${n.id}: source of ${n.as_source}, target of ${n.as_target} events`);
}

// --- the map ---------------------------------------------------------------------------------

async function drawMap(container, places) {
  container.replaceChildren();
  const world = await W.getJSON("/static/vendor/countries-110m.json");
  const countries = topojson.feature(world, world.objects.countries);
  const width = 600, height = 420;
  const points = [
    ...places.events.map((p) => ({ ...p, kind: "event", n: p.events })),
    ...places.datelines.map((p) => ({ ...p, kind: "dateline", n: p.articles })),
  ].filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const projection = d3.geoNaturalEarth1();
  if (points.length) {
    const lons = d3.extent(points, (p) => p.lon), lats = d3.extent(points, (p) => p.lat);
    const m = 18;
    const box = { type: "MultiPoint", coordinates: [[Math.max(-180, lons[0] - m), Math.max(-85, lats[0] - m)], [Math.min(180, lons[1] + m), Math.min(85, lats[1] + m)]] };
    projection.fitExtent([[20, 20], [width - 90, height - 20]], box);  // room for labels on the right
  } else {
    projection.fitSize([width, height], { type: "Sphere" });
  }
  const path = d3.geoPath(projection);
  const svg = d3.select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("defs").append("clipPath").attr("id", "map-clip").append("rect").attr("width", width).attr("height", height);
  const g = svg.append("g").attr("clip-path", "url(#map-clip)");
  g.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  g.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text((f) => f.properties.name);
  const r = d3.scaleSqrt().domain([1, d3.max(points, (p) => p.n) || 1]).range([4, 14]);
  const located = points.map((p) => ({ ...p, xy: projection([p.lon, p.lat]) })).filter((p) => p.xy);
  const marks = g.append("g").selectAll("g").data(located).join("g").attr("transform", (p) => `translate(${p.xy[0]},${p.xy[1]})`);
  marks.filter((p) => p.kind === "dateline").append("rect").attr("class", "point-dateline").attr("x", -5).attr("y", -5).attr("width", 10).attr("height", 10);
  marks.filter((p) => p.kind === "event").append("circle").attr("class", "point-event").attr("r", (p) => r(p.n));
  marks.append("text").attr("class", "map-label").attr("x", 9).attr("y", 4).text((p) => p.name || "");
  marks.append("title").text((p) => (p.kind === "event" ? `${p.name}: ${p.n} events` : `dateline ${p.name}: ${p.n} articles`));
  if (!located.length) svg.append("text").attr("class", "empty").attr("x", 12).attr("y", height - 14).text("No located events or datelines yet.");
}

// --- wiring ----------------------------------------------------------------------------------

async function load() {
  const filters = currentFilters();
  for (const name of FILTER_NAMES) {
    const input = document.getElementById(`f-${name}`);
    if (input && filters[name]) input.value = filters[name];
  }
  const q = query(filters);
  const level = filters.level === "code" ? "code" : "country";
  const parts = [
    ["timeline", W.getJSON(`/api/timeline?${q}`).then((d) => drawTimeline(document.getElementById("timeline"), d.days))],
    ["network", W.getJSON(`/api/actors?${q}&level=${level}`).then((d) => drawNetwork(document.getElementById("network"), d))],
    ["map", W.getJSON(`/api/places?${q}`).then((d) => drawMap(document.getElementById("map"), d))],
    ["events", showEvents("Events", {})],
  ];
  const results = await Promise.allSettled(parts.map((p) => p[1]));
  results.forEach((result, i) => {
    if (result.status === "rejected") {
      const box = document.getElementById(parts[i][0] === "events" ? "events-note" : parts[i][0]);
      box.replaceChildren(W.el("p", { class: "error" }, `Could not load: ${result.reason.message || result.reason}`));
    }
  });
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("events-more").addEventListener("click", moreEvents);
  document.getElementById("f-reset").addEventListener("click", (e) => { e.preventDefault(); location.search = ""; });
  load();
});
