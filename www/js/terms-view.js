// Top words, phrases and names: a bar chart, a sortable table, and keyword in context.
import { h, fmt, arr, spans, spanCount } from "./dom.js";
import { barChart } from "./charts.js";

const KINDS = [["words", "Words"], ["phrases", "Phrases"], ["names", "Names"]];
const COLS = [["term", "Term"], ["count", "Count"], ["perThousand", "Per 1,000 words"]];

/** Keyword-in-context lines for a term's occurrence spans, computed from the text. */
export function kwic(text, list, width = 60, max = 200) {
  return spans(list, max).map((sp) => {
    const left = text.slice(Math.max(0, sp.start - width), sp.start).replace(/\s+/g, " ");
    const right = text.slice(sp.end, sp.end + width).replace(/\s+/g, " ");
    return { left: (sp.start - width > 0 ? "…" : "") + left, hit: text.slice(sp.start, sp.end), right: right + (sp.end + width < text.length ? "…" : ""), span: sp };
  });
}

/**
 * state: { kind, sortKey, sortDir, selected: {kind, norm} | null }
 * on: { select(term|null), sort(key), kind(k), showInText(span) }
 */
export function renderTerms({ text, analysis, state, on }) {
  const terms = analysis?.terms ?? {};
  const kind = KINDS.some(([k]) => k === state.kind) ? state.kind : "words";
  const list = [...arr(terms[kind])];
  const { sortKey = "count", sortDir = "desc" } = state;
  list.sort((a, b) => {
    const av = a[sortKey], bv = b[sortKey];
    const c = typeof av === "string" ? av.localeCompare(bv) : (av ?? 0) - (bv ?? 0);
    return sortDir === "asc" ? c : -c;
  });
  const selected = state.selected && state.selected.kind === kind ? state.selected.norm : null;

  const kindSwitch = h("div", { class: "segmented", role: "group", "aria-label": "Term kind" },
    KINDS.map(([k, label]) => h("button", { type: "button", class: "btn", "aria-pressed": String(k === kind), onclick: () => on.kind(k) }, `${label} (${arr(terms[k]).length})`)));

  const top = [...arr(terms[kind])].sort((a, b) => b.count - a.count).slice(0, 15);
  const chart = top.length
    ? barChart(top.map((t) => ({ label: t.term, value: t.count, cls: t.norm === selected ? "bar-selected" : "", onclick: () => on.select({ kind, norm: t.norm }) })),
      { title: `Top ${kind} by count`, desc: top.map((t) => `${t.term}: ${t.count}`).join(", ") })
    : h("p", { class: "empty" }, `No ${kind} found.`);

  const table = h("table", { class: "data terms-table" },
    h("caption", { class: "visually-hidden" }, `Top ${kind}; column headers sort the table`),
    h("thead", null, h("tr", null, COLS.map(([key, label]) =>
      h("th", { scope: "col", "aria-sort": key === sortKey ? (sortDir === "asc" ? "ascending" : "descending") : "none", class: key === "term" ? "" : "num" },
        h("button", { type: "button", class: "sort", onclick: () => on.sort(key) }, label, h("span", { class: "sort-mark", "aria-hidden": "true" }, key === sortKey ? (sortDir === "asc" ? " ▲" : " ▼") : " ↕")))))),
    h("tbody", null, list.map((t) => h("tr", { class: t.norm === selected ? "selected" : "" },
      h("td", null, h("button", { type: "button", class: "link term-btn", "aria-pressed": String(t.norm === selected), onclick: () => on.select(t.norm === selected ? null : { kind, norm: t.norm }) }, t.term)),
      h("td", { class: "num" }, fmt(t.count)),
      h("td", { class: "num" }, fmt(t.perThousand, 1))))));

  let detail = h("p", { class: "hint" }, "Select a term to highlight it in the text and list every occurrence in context.");
  const term = selected ? arr(terms[kind]).find((t) => t.norm === selected) : null;
  if (term) {
    const lines = kwic(text, term.occurrences);
    detail = h("section", { class: "kwic", "aria-label": `Occurrences of ${term.term}` },
      h("div", { class: "kwic-head" },
        h("h3", null, `“${term.term}” in context `, h("span", { class: "muted" }, `${term.count} occurrence${term.count === 1 ? "" : "s"}`)),
        h("button", { type: "button", class: "btn", onclick: () => on.showInText(spans(term.occurrences, 1)[0]) }, "Show in text"),
        h("button", { type: "button", class: "btn btn-quiet", onclick: () => on.select(null) }, "Clear")),
      h("ol", { class: "kwic-list" }, lines.map((l) => h("li", null,
        h("span", { class: "kwic-left" }, l.left), h("mark", { class: "hit" }, l.hit), h("span", { class: "kwic-right" }, l.right)))),
      spanCount(term.occurrences) > lines.length ? h("p", { class: "muted" }, `First ${lines.length} shown.`) : null);
  }

  return h("div", { class: "terms-view" },
    kindSwitch,
    h("div", { class: "terms-grid" },
      h("div", { class: "card" }, h("h3", null, `Top ${kind}`), chart),
      h("div", { class: "card table-card" }, table)),
    h("div", { class: "card" }, detail));
}
