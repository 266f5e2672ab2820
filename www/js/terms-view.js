// Terms as a reader of news looks for them: what is counted (stop-word presets, the reader's
// own words, stemming), the article's whole vocabulary with a search, its top phrases and
// names, and keyword in context for any word or phrase across every article, with where it
// falls in each and the figures side by side. The engine answers in the worker (main.js);
// this module only draws.
import { h, s, fmt, arr } from "./dom.js";
import { responsiveBars } from "./bar-list.js";

const KINDS = [["words", "Words"], ["phrases", "Phrases"], ["names", "Names"]];
const COLS = [["term", "Term"], ["count", "Count"], ["perThousand", "Per 1,000 words"]];

/** The stop-word presets, as the engine names them, and what each leaves out. */
export const STOPWORDS = [
  ["none", "None", "every word is counted"],
  ["default", "Standard", "common words such as the, and, of are left out"],
  ["reporting", "Standard and reporting verbs", "also said, says, told, added, according…, which lead every news article"],
];
/** Vocabulary rows drawn at first and added by each "show more". */
const ROWS = 100;
/** Bars in the top-terms chart. */
const CHART_BARS = 15;
/** Words of context either side of a keyword: the range the reader can set. */
export const WINDOW = { min: 1, max: 15, initial: 5 };
const ORDERS = [["text", "In text order"], ["left", "By words before"], ["right", "By words after"]];

/**
 * Term list rows from the engine's whole frequency table. Its forms are lowercase; a word the
 * analysis lists among the top words or names is shown as the text writes it ("Obama").
 */
function vocabularyRows(freq, stem, terms) {
  const total = freq.totalWords || 1;
  const forms = arr(freq.forms).length ? freq.forms : freq.terms;
  const written = new Map();
  for (const t of [...arr(terms?.names), ...arr(terms?.words)]) if (!/\s/.test(t.term)) written.set(t.norm, t.term);
  return arr(freq.terms).map((norm, i) => {
    const form = forms[i] ?? norm;
    const term = written.get(norm)?.toLowerCase() === form ? written.get(norm) : form;
    return { term, norm, stemmed: stem && form !== norm, count: freq.counts[i], perThousand: (freq.counts[i] * 1000) / total };
  });
}

/** Compares terms as a reader would: case and accents second. One collator is many times quicker than localeCompare on a whole vocabulary. */
const collator = new Intl.Collator("en");

function sortRows(list, sortKey, sortDir) {
  return list.sort((a, b) => {
    const av = a[sortKey], bv = b[sortKey];
    const c = typeof av === "string" ? collator.compare(av, bv) : (av ?? 0) - (bv ?? 0);
    return sortDir === "asc" ? c : -c;
  });
}

/** Whether a row is the term the reader looks at (its surface form, its norm, case aside). */
const isQuery = (t, query) => !!query && [t.term, t.norm].some((x) => x.toLowerCase() === query.toLowerCase());

/** The words of a context, edge punctuation off, for sorting. */
const words = (str) => str.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase()).filter(Boolean);
const byKey = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The KWIC lines of every article in the reader's order: text order, or by the words before (nearest first) or after. */
export function orderLines(perArticle, order) {
  const all = [];
  for (const art of perArticle) arr(art.lines).forEach((line, k) => all.push({ art, line, k }));
  if (order === "left") all.forEach((x) => (x.key = words(x.line.leftText).reverse().join(" ")));
  else if (order === "right") all.forEach((x) => (x.key = words(x.line.rightText).join(" ")));
  else return all;
  return all.sort((a, b) => byKey(a, b) || a.art.index - b.art.index || a.k - b.k);
}

/** A context's text on one line, with an ellipsis only where the article goes on beyond it. */
const flat = (str) => str.replace(/\s+/g, " ").trim();

/** Where `spans` fall through a text of `length`: a strip with one tick per occurrence. */
export function dispersion(spans, length, label) {
  const W = 1000, H = 20;
  const svg = s("svg", { class: "dispersion", viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "img", "aria-label": label });
  svg.appendChild(s("rect", { x: 0, y: 0, width: W, height: H, class: "disp-bg" }));
  for (const sp of spans) {
    const x = Math.min(W - 3, Math.round((sp.start / Math.max(1, length)) * W));
    svg.appendChild(s("rect", { x, y: 2, width: 3, height: H - 4, class: "disp-tick" }));
  }
  return svg;
}

/** "at 4%, 10% and 85% of the way through" for a screen reader. */
function positions(spans, length) {
  const p = spans.slice(0, 12).map((sp) => `${Math.round((sp.start / Math.max(1, length)) * 100)}%`);
  const more = spans.length > p.length ? ` and ${fmt(spans.length - p.length)} more` : "";
  return p.length ? `at ${p.join(", ")}${more} of the way through` : "nowhere";
}

/** What is counted: stop-word preset, the reader's own stop words, stemming. */
function counting(options, on) {
  const preset = options.stopwords ?? "default";
  const extra = arr(options.extraStopwords).join(", ");
  const form = h("form", { class: "extra-form", onsubmit: (e) => { e.preventDefault(); on.extra(splitWords(e.target.elements["extra-stopwords"].value)); } },
    h("label", { for: "extra-stopwords" }, "Also leave out"),
    h("input", { id: "extra-stopwords", name: "extra-stopwords", type: "text", value: extra, placeholder: "words, separated by commas", autocomplete: "off", spellcheck: "false", "aria-describedby": "extra-hint" }),
    h("button", { type: "submit", class: "btn" }, "Apply"),
    h("span", { id: "extra-hint", class: "visually-hidden" }, "Words not to count, on top of the stop words chosen above; separate them with commas."));
  // open where there is room; on a phone the figures come first
  const room = !globalThis.matchMedia?.("(max-width: 600px)").matches;
  return h("details", { class: "card counting", open: room },
    h("summary", null, h("h3", null, "What is counted")),
    h("fieldset", { class: "presets" },
      h("legend", null, "Stop words (left out of the counts)"),
      STOPWORDS.map(([value, label, hint]) => h("label", { class: "preset" },
        h("input", { type: "radio", name: "stopwords", value, checked: value === preset, onchange: () => on.stopwords(value) }),
        ` ${label} `, h("span", { class: "muted" }, `(${hint})`)))),
    form,
    h("label", { class: "stem-toggle" },
      h("input", { type: "checkbox", id: "stem-toggle", checked: !!options.stem, onchange: (e) => on.stem(e.target.checked) }),
      " Group word forms (stemming: attack, attacks and attacked count as one)"));
}

/** The reader's list of words: commas, semicolons or line breaks between them. */
export const splitWords = (str) => [...new Set(String(str).split(/[,;\n]+/).map((w) => w.trim().toLowerCase()).filter(Boolean))];

/**
 * Draws the Terms view of the active article, and keyword in context across every article.
 * text, analysis: the active article; articles: [{ index, title, text, analysis }] with a result;
 * vocab: the active article's whole frequency table, or null while it is on its way;
 * kwic: null, { pending }, { error } or { term, perArticle: [{ index, text, lines }] };
 * state: { kind, sortKey, sortDir, search, rows, query, window, order };
 * options: the analysis options (stopwords, extraStopwords, stem);
 * on: { kind, sort, search, more, query, window, order, stopwords, extra, stem, jump, showInText }.
 */
export function renderTerms({ text, analysis, articles = [], vocab = null, kwic = null, state, options = {}, on }) {
  const terms = analysis?.terms ?? {};
  const kind = KINDS.some(([k]) => k === state.kind) ? state.kind : "words";
  const full = kind === "words" && vocab;
  const all = full ? vocabularyRows(vocab, !!options.stem, terms) : arr(terms[kind]).map((t) => ({ ...t }));
  const { sortKey = "count", sortDir = "desc" } = state;
  const query = state.query ?? "";

  const kindSwitch = h("div", { class: "segmented", role: "group", "aria-label": "Term kind" },
    KINDS.map(([k, label]) => {
      const n = k === "words" && vocab ? arr(vocab.terms).length : arr(terms[k]).length;
      return h("button", { type: "button", class: "btn", "aria-pressed": String(k === kind), onclick: () => on.kind(k) }, `${label} (${fmt(n)})`);
    }));

  const top = [...all].sort((a, b) => b.count - a.count).slice(0, CHART_BARS);
  const bars = top.map((t) => ({ label: t.term, value: t.count, cls: isQuery(t, query) ? "bar-selected" : "", onclick: () => on.query(t.term) }));
  const chart = top.length
    ? responsiveBars(bars, { title: `Top ${kind} by count`, desc: top.map((t) => `${t.term}: ${t.count}`).join(", ") })
    : h("p", { class: "empty" }, `No ${kind} found.`);

  // The table: the whole vocabulary (words) or the top list (phrases, names), filtered by the search as the reader types.
  const sorted = sortRows(all, sortKey, sortDir);
  let search = state.search ?? "";
  let limit = Math.max(ROWS, state.rows ?? ROWS);
  const tbody = h("tbody");
  const counter = h("p", { class: "muted table-count", "aria-live": "polite" });
  const moreBtn = h("button", { type: "button", class: "btn", onclick: () => { limit += ROWS * 5; on.more(limit); fillRows(); } }, "Show more");
  const fillRows = () => {
    const needle = search.trim().toLowerCase();
    const hits = needle ? sorted.filter((t) => t.term.toLowerCase().includes(needle) || t.norm.includes(needle)) : sorted;
    tbody.replaceChildren(...hits.slice(0, limit).map((t) => h("tr", { class: isQuery(t, query) ? "selected" : "" },
      h("td", null, h("button", { type: "button", class: "link term-btn", "aria-pressed": String(isQuery(t, query)), onclick: () => on.query(isQuery(t, query) ? "" : t.term) }, t.term),
        t.stemmed ? h("span", { class: "muted stem-note" }, ` (all forms of “${t.norm}…”)`) : null),
      h("td", { class: "num" }, fmt(t.count)),
      h("td", { class: "num" }, fmt(t.perThousand, 1)))));
    const shown = Math.min(limit, hits.length);
    counter.textContent = needle
      ? `${fmt(hits.length)} of ${fmt(sorted.length)} ${kind} contain “${search.trim()}”${shown < hits.length ? `; the first ${fmt(shown)} shown` : ""}.`
      : `${fmt(sorted.length)} ${kind}${full ? " (the whole vocabulary)" : kind === "words" ? " (the top ones; the whole vocabulary is on its way)" : " (the most frequent)"}${shown < hits.length ? `; the first ${fmt(shown)} shown` : ""}.`;
    moreBtn.hidden = shown >= hits.length;
  };
  fillRows();
  const table = h("table", { class: "data terms-table" },
    h("caption", { class: "visually-hidden" }, `${kind}; column headers sort the table; a term shows it in context`),
    h("thead", null, h("tr", null, COLS.map(([key, label]) =>
      h("th", { scope: "col", "aria-sort": key === sortKey ? (sortDir === "asc" ? "ascending" : "descending") : "none", class: key === "term" ? "" : "num" },
        h("button", { type: "button", class: "sort", onclick: () => on.sort(key) }, label, h("span", { class: "sort-mark", "aria-hidden": "true" }, key === sortKey ? (sortDir === "asc" ? " ▲" : " ▼") : " ↕")))))),
    tbody);
  const searchBox = h("div", { class: "term-search", role: "search", "aria-label": `Search the ${kind}` },
    h("label", { for: "term-search" }, `Search the ${kind}`),
    h("input", { id: "term-search", type: "search", value: search, autocomplete: "off", spellcheck: "false",
      oninput: (e) => { search = e.target.value; on.search(search); fillRows(); } }));

  return h("div", { class: "terms-view" },
    counting(options, on),
    kindSwitch,
    h("div", { class: "terms-grid" },
      h("div", { class: "card" }, h("h3", null, `Top ${kind}`), chart),
      h("div", { class: "card table-card" }, searchBox, counter, h("div", { class: "table-scroll" }, table), moreBtn)),
    kwicSection({ articles, kwic, state, on }));
}

/** Keyword in context across every article: the query, the width, the order; figures and dispersion per article; the lines. */
function kwicSection({ articles, kwic, state, on }) {
  const query = state.query ?? "";
  const width = state.window ?? WINDOW.initial;
  const order = state.order ?? "text";
  const form = h("form", { class: "kwic-form", role: "search", "aria-label": "Keyword in context", onsubmit: (e) => { e.preventDefault(); on.query(e.target.elements["kwic-q"].value.trim()); } },
    h("label", { for: "kwic-q" }, "Word or phrase"),
    h("input", { id: "kwic-q", name: "kwic-q", type: "search", value: query, autocomplete: "off", spellcheck: "false", placeholder: "e.g. cyber attack" }),
    h("button", { type: "submit", class: "btn" }, "Show in context"));
  const output = h("output", { for: "kwic-width", id: "kwic-width-out" }, `${width} word${width === 1 ? "" : "s"} each side`);
  const controls = h("div", { class: "kwic-controls" },
    h("label", { for: "kwic-width" }, "Context"),
    h("input", { id: "kwic-width", type: "range", min: WINDOW.min, max: WINDOW.max, step: 1, value: width, "aria-describedby": "kwic-width-out",
      oninput: (e) => { const n = Number(e.target.value); output.textContent = `${n} word${n === 1 ? "" : "s"} each side`; },
      onchange: (e) => on.window(Number(e.target.value)) }),
    output,
    h("div", { class: "segmented", role: "group", "aria-label": "Order of the lines" },
      ORDERS.map(([k, label]) => h("button", { type: "button", class: "btn", "aria-pressed": String(k === order), onclick: () => on.order(k) }, label))));

  const head = [h("h3", { id: "kwic-h" }, "Keyword in context"), form, controls];
  if (!query) return h("section", { class: "card kwic", "aria-labelledby": "kwic-h" }, head, h("p", { class: "hint" }, "Type a word or phrase, or pick a term above, to see every occurrence in every article, where each falls, and to jump to it in the text."));
  if (!kwic || kwic.pending) return h("section", { class: "card kwic", "aria-labelledby": "kwic-h", "aria-busy": "true" }, head, h("p", { class: "muted" }, `Finding “${query}”…`));
  if (kwic.error) return h("section", { class: "card kwic", "aria-labelledby": "kwic-h" }, head, h("p", { class: "banner error inline" }, `“${query}” could not be looked up: ${kwic.error}.`));

  const per = kwic.perArticle;
  const total = per.reduce((n, p) => n + arr(p.lines).length, 0);
  const title = (p) => articles.find((a) => a.index === p.index)?.title || `Article ${p.index + 1}`;
  const totalWords = (p) => articles.find((a) => a.index === p.index)?.analysis?.terms?.totalWords ?? 0;
  const spread = h("table", { class: "data spread" },
    h("caption", null, `“${kwic.term}” in each article`),
    h("thead", null, h("tr", null,
      h("th", { scope: "col" }, "Article"), h("th", { scope: "col", class: "num" }, "Count"), h("th", { scope: "col", class: "num" }, "Per 1,000 words"),
      h("th", { scope: "col", class: "disp-col" }, "Where it falls, start to end"))),
    h("tbody", null, per.map((p) => {
      const lines = arr(p.lines);
      const matched = lines.map((l) => l.matched);
      const tw = totalWords(p);
      return h("tr", null,
        h("th", { scope: "row" }, h("span", { class: "art-num", "aria-hidden": "true" }, String(p.index + 1)), " ", title(p)),
        h("td", { class: "num" }, fmt(lines.length)),
        h("td", { class: "num" }, tw ? fmt((lines.length * 1000) / tw, 1) : "–"),
        h("td", { class: "disp-col" }, dispersion(matched, p.text.length, `“${kwic.term}” in ${title(p)}: ${lines.length} time${lines.length === 1 ? "" : "s"}, ${positions(matched, p.text.length)}`)));
    })));

  const many = per.length > 1;
  const list = h("ol", { class: "kwic-list" }, orderLines(per, order).map(({ art, line, k }) => {
    const before = art.text.slice(0, line.left.start).trim() ? "… " : "";
    const after = art.text.slice(line.right.end).trim() ? " …" : "";
    return h("li", null,
      h("a", { href: "#panel-text", class: `kwic-line${many ? " many" : ""}`, onclick: (e) => { e.preventDefault(); on.jump(art.index, k); } },
        many ? h("span", { class: "art-num", title: title(art) }, h("span", { class: "visually-hidden" }, "Article "), String(art.index + 1), h("span", { class: "visually-hidden" }, ": ")) : null,
        // The left context is cut from its start; it is laid out right to left for that, so
        // its words sit in an isolated left-to-right run (else the ellipsis and punctuation
        // move to the other end, between the context and the match).
        h("span", { class: "kwic-left" }, h("bdi", { dir: "ltr" }, `${before}${flat(line.leftText)} `)),
        h("mark", { class: "hit" }, flat(line.matchedText)),
        h("span", { class: "kwic-right" }, ` ${flat(line.rightText)}${after}`)));
  }));

  return h("section", { class: "card kwic", "aria-labelledby": "kwic-h" },
    head,
    h("div", { class: "kwic-head" },
      h("h4", null, `“${kwic.term}” in context `, h("span", { class: "muted" }, `${fmt(total)} occurrence${total === 1 ? "" : "s"}${many ? ` in ${per.filter((p) => arr(p.lines).length).length} of ${per.length} articles` : ""}`)),
      total ? h("button", { type: "button", class: "btn", onclick: () => on.showInText() }, "Show in text") : null,
      h("button", { type: "button", class: "btn btn-quiet", onclick: () => on.query("") }, "Clear")),
    // scrolls sideways on a phone: reachable by keyboard, and named for it
    h("div", { class: "table-scroll", tabindex: "0", role: "region", "aria-label": `“${kwic.term}” in each article` }, spread),
    total ? list : h("p", { class: "empty" }, `“${kwic.term}” does not occur in ${many ? "these articles" : "this article"}.`));
}
