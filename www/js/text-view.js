// The article with its quotes, speaker mentions, boilerplate, term hits and shared passages,
// built from spans as DOM text nodes (user text is never parsed as HTML).
import { h, arr, spans, spanCount, speakerSlot } from "./dom.js";

/** Texts longer than this are shown in part until the reader asks for all of it. */
export const RENDER_LIMIT = 300_000;
const SPEECH = new Set(["direct", "partial", "nested"]);

const valid = (sp, len) => sp && Number.isFinite(sp.start) && Number.isFinite(sp.end) && sp.end > sp.start && sp.start >= 0 && sp.start < len;

/**
 * Renders `text` into a new element.
 * opts: { analysis, hits: Span[], passages: Span[], full: bool, onShowAll() }
 */
export function renderText(text, { analysis, hits = [], passages = [], full = false, onShowAll, idPrefix = "t" } = {}) {
  const limit = full ? text.length : Math.min(text.length, RENDER_LIMIT);
  const root = h("div", { class: "article-text", lang: "en" });
  const quotes = arr(analysis?.quotes)
    .map((q, index) => ({ q, index, start: q.span?.start, end: Math.min(q.span?.end, limit) }))
    .filter((x) => valid(x, limit))
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const flatLayers = [];
  arr(analysis?.boilerplate).forEach((bp) => valid(bp.span, limit) && flatLayers.push({ start: bp.span.start, end: bp.span.end, kind: "bp", reason: bp.reason }));
  arr(analysis?.speakers).forEach((sp, si) =>
    spans(sp.mentions).forEach((m) => valid(m, limit) && flatLayers.push({ start: m.start, end: m.end, kind: "mention", speaker: si, name: sp.name })));
  hits.forEach((m, k) => valid(m, limit) && flatLayers.push({ start: m.start, end: m.end, kind: "hit", k }));
  passages.forEach((m, k) => valid(m, limit) && flatLayers.push({ start: m.start, end: m.end, kind: "shared", k }));
  flatLayers.sort((a, b) => a.start - b.start);

  let p = 0;
  let open = [];
  function flat(parent, a, b) {
    if (a >= b) return;
    while (p < flatLayers.length && flatLayers[p].start < b) open.push(flatLayers[p++]);
    open = open.filter((x) => x.end > a);
    if (!open.length) {
      parent.appendChild(document.createTextNode(text.slice(a, b)));
      return;
    }
    const cuts = new Set([a, b]);
    for (const x of open) {
      if (x.start > a && x.start < b) cuts.add(x.start);
      if (x.end > a && x.end < b) cuts.add(x.end);
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const s0 = points[i], s1 = points[i + 1];
      const on = open.filter((x) => x.start <= s0 && x.end >= s1);
      const t = text.slice(s0, s1);
      if (!on.length) {
        parent.appendChild(document.createTextNode(t));
        continue;
      }
      const hit = on.find((x) => x.kind === "hit");
      const el = document.createElement(hit ? "mark" : "span");
      const cls = [];
      for (const x of on) {
        if (x.kind === "bp") { cls.push("bp"); el.title = `Boilerplate set aside (${x.reason})`; }
        if (x.kind === "mention") { cls.push("mention", `sp-${speakerSlot(x.speaker)}`); el.dataset.speaker = x.name; }
        if (x.kind === "hit") { cls.push("hit"); el.dataset.hit = String(x.k); }
        if (x.kind === "shared") { cls.push("shared"); el.dataset.passage = String(x.k); }
      }
      el.className = cls.join(" ");
      el.textContent = t;
      parent.appendChild(el);
    }
  }

  function quoteEl(x) {
    const q = x.q;
    const speech = SPEECH.has(q.kind);
    const slot = speech ? speakerSlot(q.speakerId) : "ns";
    const el = h("span", {
      class: `q kind-${q.kind} sp-${slot}${speech && q.speakerId == null ? " unattributed" : ""}`,
      tabindex: "0",
      id: `${idPrefix}-q${x.index}`,
      dataset: { q: String(x.index), tag: speech ? (q.speakerId == null ? "?" : String(q.speakerId + 1)) : "" },
      "aria-describedby": "tooltip",
    });
    return el;
  }

  function range(parent, a, b, list) {
    let pos = a;
    let i = 0;
    while (i < list.length) {
      const x = list[i];
      let j = i + 1;
      const kids = [];
      while (j < list.length && list[j].start < x.end) kids.push(list[j++]);
      const start = Math.max(x.start, pos);
      const end = Math.min(x.end, b);
      if (end > start) {
        flat(parent, pos, start);
        const el = quoteEl(x);
        range(el, start, end, kids.map((k) => ({ ...k, end: Math.min(k.end, end) })).filter((k) => k.end > k.start));
        parent.appendChild(el);
        pos = end;
      }
      i = j;
    }
    flat(parent, pos, b);
  }

  range(root, 0, limit, quotes);
  if (limit < text.length) {
    root.appendChild(h("div", { class: "truncated" },
      `Showing the first ${limit.toLocaleString("en-US")} of ${text.length.toLocaleString("en-US")} characters. `,
      h("button", { type: "button", class: "btn", onclick: onShowAll }, "Show the whole text")));
  }
  return root;
}

/** Legend: speakers (colour + number tag + name) and the other marks. */
export function legend(analysis, { hits = false, passages = false } = {}) {
  const items = arr(analysis?.speakers).map((sp, i) =>
    h("li", null, h("span", { class: `swatch q sp-${speakerSlot(i)}`, dataset: { tag: String(i + 1) } }, "\u00a0"), " ", sp.name || `Speaker ${i + 1}`));
  const quotes = arr(analysis?.quotes);
  if (quotes.some((q) => SPEECH.has(q.kind) && q.speakerId == null))
    items.push(h("li", null, h("span", { class: "swatch q sp-none unattributed", dataset: { tag: "?" } }, "\u00a0"), " Not attributed"));
  if (quotes.some((q) => !SPEECH.has(q.kind))) items.push(h("li", null, h("span", { class: "swatch q sp-ns" }, "\u00a0"), " Title or scare quote"));
  if (arr(analysis?.speakers).some((s) => spanCount(s.mentions))) items.push(h("li", null, h("span", { class: "mention sp-0 legend-mention" }, "Name"), " Speaker mention"));
  if (arr(analysis?.boilerplate).length) items.push(h("li", null, h("span", { class: "bp" }, "Aa"), " Boilerplate (set aside)"));
  if (hits) items.push(h("li", null, h("mark", { class: "hit" }, "term"), " Selected term"));
  if (passages) items.push(h("li", null, h("span", { class: "shared" }, "text"), " Shared passage"));
  return h("ul", { class: "legend", "aria-label": "Legend" }, items);
}

/** Describes a quote for the tooltip: speaker, cue, rule. */
export function quoteEvidence(text, q) {
  const rows = [];
  if (SPEECH.has(q.kind)) rows.push(["Speaker", q.speaker ?? "not attributed"]);
  else rows.push(["Kind", q.kind === "title" ? "title (not speech)" : "scare quote (not speech)"]);
  if (q.cue?.span) rows.push(["Cue", `“${text.slice(q.cue.span.start, q.cue.span.end)}”${q.cue.lemma ? ` (${q.cue.lemma})` : ""}`]);
  if (q.mention && Number.isFinite(q.mention.start)) rows.push(["Mention", `“${text.slice(q.mention.start, q.mention.end)}”`]);
  if (q.rule) rows.push(["Rule", q.rule]);
  if (SPEECH.has(q.kind)) rows.push(["Kind", q.kind]);
  if (Number.isFinite(q.words)) rows.push(["Words", String(q.words)]);
  if (q.repeats != null) rows.push(["Repeats", `quote ${q.repeats + 1} (pull quote)`]);
  return rows;
}

/** Shows the evidence tooltip for quotes under the pointer or focus inside `container`. */
export function attachTooltips(container, getContext) {
  const tip = document.getElementById("tooltip");
  const show = (el) => {
    const ctx = getContext(el);
    if (!ctx) return;
    const q = arr(ctx.analysis?.quotes)[Number(el.dataset.q)];
    if (!q) return;
    tip.replaceChildren(
      h("dl", null, quoteEvidence(ctx.text, q).map(([k, v]) => [h("dt", null, k), h("dd", null, v)])),
    );
    tip.hidden = false;
    const r = el.getBoundingClientRect();
    const tw = tip.offsetWidth, th = tip.offsetHeight;
    const left = Math.max(8, Math.min(window.innerWidth - tw - 8, r.left));
    const top = r.bottom + 8 + th > window.innerHeight ? Math.max(8, r.top - th - 8) : r.bottom + 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };
  const hide = () => (tip.hidden = true);
  const target = (e) => e.target instanceof Element && e.target.closest(".q[data-q]");
  container.addEventListener("mouseover", (e) => { const el = target(e); if (el) show(el); });
  container.addEventListener("mouseout", (e) => { if (target(e)) hide(); });
  container.addEventListener("focusin", (e) => { const el = target(e); if (el) show(el); });
  container.addEventListener("focusout", hide);
  container.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
}
