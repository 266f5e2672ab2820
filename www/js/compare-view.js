// The comparison of two or more articles. EVERY access to the engine's Comparison object
// is in normalizeComparison() below, so a renamed field is a one-line change. Parts the
// engine does not provide yet are computed here from the per-article analyses (marked
// "computed in the page"); parts that cannot be computed show nothing.
import { h, fmt, arr, speakerSlot } from "./dom.js";
import { heatmap } from "./charts.js";
import { renderText, attachTooltips } from "./text-view.js";
import { lazyRows } from "./lazy.js";

const SPEECH = new Set(["direct", "partial", "nested"]);
/** Versions of a quote shown at first; an article repeating a quotation a thousand times has the rest behind a button. */
const VERSIONS_SHOWN = 8;
/** Quote groups and table rows drawn at once; the others as the reader scrolls (lazy.js). */
const FIRST_ROWS = 20;
const num = (x) => (typeof x === "number" && Number.isFinite(x) ? x : null);
const matrix = (m) => (Array.isArray(m) && m.every(Array.isArray) ? m : null);

/**
 * Reads the engine's Comparison into the page's own shape.
 * pageArticles: [{ id, title, text }] (the non-empty articles sent to compare, in order);
 * results: their analyses from analyze(), used when the comparison lacks them.
 */
export function normalizeComparison(comp, pageArticles, results) {
  const c = comp && typeof comp === "object" ? comp : {};
  const articles = pageArticles.map((pa, i) => {
    const ca = arr(c.articles).find((x) => String(x?.id) === String(pa.id)) ?? arr(c.articles)[i];
    return { id: pa.id, title: ca?.title || pa.title || `Article ${i + 1}`, text: pa.text, analysis: ca?.analysis ?? results[i] ?? null };
  });
  const resolve = (ref) => {
    if (typeof ref === "number") return ref >= 0 && ref < articles.length ? ref : -1;
    if (ref && typeof ref === "object") return resolve(ref.index ?? ref.id);
    const byId = articles.findIndex((a) => String(a.id) === String(ref));
    if (byId >= 0) return byId;
    const n = Number(ref);
    return Number.isInteger(n) && n >= 0 && n < articles.length ? n : -1;
  };
  const spanOf = (x) => (x && num(x.start) !== null && num(x.end) !== null ? { start: x.start, end: x.end } : null);

  let cosine = null, containment = null;
  if (matrix(c.similarity)) cosine = c.similarity;
  else if (c.similarity && typeof c.similarity === "object") {
    cosine = matrix(c.similarity.cosine);
    containment = matrix(c.similarity.containment);
  }
  if (!containment && matrix(c.containment)) containment = c.containment;

  const sharedTerms = Array.isArray(c.sharedTerms)
    ? c.sharedTerms.map((t) => ({ term: String(t?.term ?? ""), counts: arr(t?.counts).map(Number) })).filter((t) => t.term)
    : null;

  let distinctive = null;
  if (Array.isArray(c.distinctive)) {
    distinctive = articles.map(() => []);
    c.distinctive.forEach((entry, i) => {
      const k = Array.isArray(entry) ? i : entry && entry.article !== undefined ? resolve(entry.article) : i;
      if (k < 0 || k >= articles.length) return;
      distinctive[k] = arr(Array.isArray(entry) ? entry : entry?.terms).map((t) => ({ term: String(t?.term ?? ""), count: num(t?.count), others: num(t?.others), g2: num(t?.g2), logRatio: num(t?.logRatio) }));
    });
  }

  const quoteGroups = Array.isArray(c.quoteGroups)
    ? c.quoteGroups.map((g) => {
        const versions = arr(g?.quotes ?? g?.versions).map((v) => {
          const article = resolve(v?.article);
          const qi = typeof v?.quote === "number" ? v.quote : typeof v?.index === "number" ? v.index : null;
          const q = article >= 0 && qi !== null ? arr(articles[article].analysis?.quotes)[qi] : (v?.quote && typeof v.quote === "object" ? v.quote : null);
          const diff = Array.isArray(v?.diff) ? v.diff.map((d) => ({ op: String(d?.op ?? "equal"), text: String(d?.text ?? "") })) : null;
          return { article, quote: qi, text: v?.text ?? q?.text ?? "", speaker: v?.speaker !== undefined ? v.speaker : q?.speaker ?? null, diff };
        }).filter((v) => v.article >= 0);
        const fromDiff = versions.some((v) => v.diff) ? versions.some((v) => arr(v.diff).some((d) => d.op !== "equal")) : null;
        return {
          versions,
          speakersDiffer: typeof g?.speakersDiffer === "boolean" ? g.speakersDiffer : speakersDiffer(versions),
          wordingDiffers: typeof g?.wordingDiffers === "boolean" ? g.wordingDiffers : fromDiff ?? wordingDiffers(versions),
        };
      }).filter((g) => new Set(g.versions.map((v) => v.article)).size >= 2) // repeats inside one article are not a comparison
    : null;

  const speakers = Array.isArray(c.speakers)
    ? c.speakers.map((s) => {
        const counts = new Array(articles.length).fill(0);
        for (const a of arr(s?.articles)) {
          if (typeof a === "number" || typeof a === "string") { const k = resolve(a); if (k >= 0) counts[k] += 1; }
          else if (a && typeof a === "object") { const k = resolve(a.article ?? a.index ?? a.id); if (k >= 0) counts[k] += num(a.quotes) ?? arr(a.quotes).length ?? 1; }
        }
        return { name: String(s?.name ?? ""), counts };
      }).filter((s) => s.name)
    : null;

  const passages = Array.isArray(c.passages)
    ? c.passages.map((p) => ({
        kind: p?.kind ?? "narrative",
        a: { article: resolve(p?.a?.article), span: spanOf(p?.a?.span ?? p?.a) },
        b: { article: resolve(p?.b?.article), span: spanOf(p?.b?.span ?? p?.b) },
      })).filter((p) => p.a.article >= 0 && p.b.article >= 0 && p.a.span && p.b.span)
    : null;

  const coverage = arr(c.coverage).map((x) => ({ label: String(x?.label ?? x?.term ?? ""), kind: String(x?.kind ?? ""), counts: arr(x?.counts).map(Number) })).filter((x) => x.label && x.counts.length);
  return {
    articles, cosine, containment, coverage,
    sharedTerms: sharedTerms ?? [],
    distinctive: distinctive ?? fallbackDistinctive(articles), distinctiveComputed: !distinctive,
    quoteGroups: quoteGroups ?? fallbackQuoteGroups(articles), quoteGroupsComputed: !quoteGroups,
    speakers: speakers ?? fallbackSpeakers(articles), speakersComputed: !speakers,
    passages: passages ?? (articles.length <= 6 ? fallbackPassages(articles) : []), passagesComputed: !passages,
  };
}

// ---- fallbacks computed from the analyses -------------------------------------------

const words = (t) => (String(t).toLowerCase().normalize("NFKC").match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) || []);
const speakerKey = (name) => (name ? String(name).trim().split(/\s+/).pop().toLowerCase() : null);

function speakersDiffer(versions) {
  const keys = new Set(versions.map((v) => speakerKey(v.speaker)).filter(Boolean));
  return keys.size > 1;
}
function wordingDiffers(versions) {
  const norm = new Set(versions.map((v) => words(v.text).join(" ")));
  return norm.size > 1;
}

function fallbackDistinctive(articles) {
  const counts = articles.map((a) => new Map(arr(a.analysis?.terms?.words).map((t) => [t.norm, t.count])));
  const totals = articles.map((a) => Math.max(1, a.analysis?.stats?.words ?? 1));
  return articles.map((a, i) => arr(a.analysis?.terms?.words).map((t) => {
    let other = 0, otherTotal = 0;
    counts.forEach((m, j) => { if (j !== i) { other += m.get(t.norm) ?? 0; otherTotal += totals[j]; } });
    const logRatio = Math.log2(((t.count + 0.5) / totals[i]) / ((other + 0.5) / Math.max(1, otherTotal)));
    return { term: t.term, count: t.count, g2: null, logRatio };
  }).filter((t) => t.logRatio > 1).sort((x, y) => y.logRatio - x.logRatio).slice(0, 12));
}

function fallbackQuoteGroups(articles) {
  const items = [];
  articles.forEach((a, ai) => arr(a.analysis?.quotes).forEach((q, qi) => {
    if (!SPEECH.has(q.kind) || q.repeats != null) return;
    const w = words(q.text);
    if (w.length >= 3) items.push({ article: ai, quote: qi, text: q.text, speaker: q.speaker ?? null, set: new Set(w) });
  }));
  const parent = items.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    if (items[i].article === items[j].article) continue;
    const [small, big] = items[i].set.size <= items[j].set.size ? [items[i].set, items[j].set] : [items[j].set, items[i].set];
    let common = 0;
    for (const w of small) if (big.has(w)) common++;
    if (common >= 3 && common / small.size >= 0.6) parent[find(i)] = find(j);
  }
  const groups = new Map();
  items.forEach((it, i) => { const r = find(i); if (!groups.has(r)) groups.set(r, []); groups.get(r).push(it); });
  return [...groups.values()].filter((g) => new Set(g.map((v) => v.article)).size >= 2).map((g) => {
    const versions = g.sort((x, y) => x.article - y.article || x.quote - y.quote).map(({ set, ...v }) => v);
    return { versions, speakersDiffer: speakersDiffer(versions), wordingDiffers: wordingDiffers(versions) };
  });
}

function fallbackSpeakers(articles) {
  const byKey = new Map();
  articles.forEach((a, ai) => arr(a.analysis?.speakers).forEach((s) => {
    const key = speakerKey(s.name);
    if (!key) return;
    if (!byKey.has(key)) byKey.set(key, { name: s.name, counts: new Array(articles.length).fill(0) });
    const e = byKey.get(key);
    if (String(s.name).length > e.name.length) e.name = s.name;
    e.counts[ai] += arr(s.quotes).length;
  }));
  return [...byKey.values()].sort((x, y) => y.counts.reduce((a, b) => a + b, 0) - x.counts.reduce((a, b) => a + b, 0));
}

/** Shared runs of at least N words between every pair of articles. */
function fallbackPassages(articles, N = 7) {
  const toks = articles.map((a) => {
    const out = [];
    const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
    let m;
    const text = a.text.length > 2_000_000 ? "" : a.text;
    while ((m = re.exec(text))) out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
    return out;
  });
  const inQuote = (ai, start) => arr(articles[ai].analysis?.quotes).some((q) => SPEECH.has(q.kind) && q.span?.start <= start && start < q.span?.end);
  const out = [];
  for (let x = 0; x < articles.length; x++) for (let y = x + 1; y < articles.length; y++) {
    const A = toks[x], B = toks[y];
    const index = new Map();
    for (let i = 0; i + N <= A.length; i++) {
      const key = A.slice(i, i + N).map((t) => t.w).join(" ");
      if (!index.has(key)) index.set(key, i);
    }
    let j = 0;
    while (j + N <= B.length) {
      const key = B.slice(j, j + N).map((t) => t.w).join(" ");
      const i = index.get(key);
      if (i === undefined) { j++; continue; }
      let len = N;
      while (i + len < A.length && j + len < B.length && A[i + len].w === B[j + len].w) len++;
      out.push({
        kind: inQuote(x, A[i].start) || inQuote(y, B[j].start) ? "quotation" : "narrative",
        a: { article: x, span: { start: A[i].start, end: A[i + len - 1].end } },
        b: { article: y, span: { start: B[j].start, end: B[j + len - 1].end } },
      });
      j += len;
    }
  }
  return out;
}

// ---- word diff for aligned quotes ---------------------------------------------------

/** Marks the words of `b` that are not in the longest common subsequence with `a`. */
function diffWords(a, b) {
  const ta = a.split(/(\s+)/), tb = b.split(/(\s+)/);
  const wa = ta.filter((_, i) => i % 2 === 0).map((w) => words(w).join(" "));
  const wb = tb.filter((_, i) => i % 2 === 0).map((w) => words(w).join(" "));
  if (wa.length * wb.length > 250_000) return [h("span", null, b)];
  const L = Array.from({ length: wa.length + 1 }, () => new Uint16Array(wb.length + 1));
  for (let i = wa.length - 1; i >= 0; i--) for (let j = wb.length - 1; j >= 0; j--)
    L[i][j] = wa[i] === wb[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const keep = new Set();
  let i = 0, j = 0;
  while (i < wa.length && j < wb.length) {
    if (wa[i] === wb[j]) { keep.add(j); i++; j++; }
    else if (L[i + 1][j] >= L[i][j + 1]) i++;
    else j++;
  }
  const out = [];
  tb.forEach((t, k) => {
    if (k % 2 === 1) out.push(t);
    else if (!t) return;
    else if (keep.has(k / 2)) out.push(t);
    else out.push(h("ins", { class: "diff-ins", title: "Worded differently" }, t));
  });
  return out;
}

// ---- rendering ----------------------------------------------------------------------

/** The engine's word diff of one version: equal words plain, added ones marked, missing ones struck. */
function renderOps(ops) {
  const out = [];
  ops.forEach((d, i) => {
    if (i > 0) out.push(" ");
    if (d.op === "insert") out.push(h("ins", { class: "diff-ins", title: "Only in this version" }, d.text));
    else if (d.op === "delete") out.push(h("del", { class: "diff-del", title: "Missing from this version" }, d.text));
    else out.push(d.text);
  });
  return out;
}

const badge = (text, cls) => h("span", { class: `badge ${cls}` }, text);
const computed = (flag) => (flag ? h("span", { class: "badge badge-soft", title: "The engine does not provide this yet; the page computed it from the analyses" }, "computed in the page") : null);

/**
 * model: normalizeComparison(...); state: { pairA, pairB, passage }; on: { pair(a, b), rerender() }
 */
export function renderCompare({ model, state, on, error }) {
  const n = model.articles.length;
  const names = model.articles.map((a, i) => a.title || `Article ${i + 1}`);
  const num1 = (i) => h("span", { class: "art-num" }, String(i + 1));
  const parts = [];

  if (error) parts.push(h("p", { class: "banner error inline" }, `The comparison failed: ${error}`));

  // Similarity
  if (model.cosine) {
    if (n === 2) {
      const cos = num(model.cosine?.[0]?.[1]);
      const cA = num(model.containment?.[0]?.[1]), cB = num(model.containment?.[1]?.[0]);
      parts.push(h("section", { class: "card", "aria-labelledby": "cmp-sim" },
        h("h3", { id: "cmp-sim" }, "Similarity"),
        h("div", { class: "big-figures" },
          h("div", { class: "big" }, h("span", { class: "big-n" }, cos === null ? "–" : cos.toFixed(2)), h("span", { class: "big-l" }, "cosine similarity of term weights (0 = nothing shared, 1 = identical)")),
          cA !== null ? h("div", { class: "big" }, h("span", { class: "big-n" }, `${Math.round(cA * 100)}%`), h("span", { class: "big-l" }, "of article 1’s wording also appears in article 2 (containment)")) : null,
          cB !== null ? h("div", { class: "big" }, h("span", { class: "big-n" }, `${Math.round(cB * 100)}%`), h("span", { class: "big-l" }, "of article 2’s wording also appears in article 1 (containment)")) : null)));
    } else {
      parts.push(h("section", { class: "card", "aria-labelledby": "cmp-sim" },
        h("h3", { id: "cmp-sim" }, "Similarity"),
        h("div", { class: "heat-row" },
          h("figure", null, heatmap(model.cosine, names, { title: "Cosine similarity between articles" }), h("figcaption", null, "Cosine similarity of term weights")),
          model.containment ? h("figure", null, heatmap(model.containment, names, { title: "Containment: share of row article found in column article" }), h("figcaption", null, "Containment (row in column)")) : null)));
    }
  }

  // Terms: shared and distinctive
  const termCols = h("div", { class: "side-by-side", style: null },
    model.distinctive.map((list, i) => h("div", { class: "col" },
      h("h4", null, num1(i), " ", names[i]),
      list.length ? h("ol", { class: "term-list" }, list.slice(0, 12).map((t) => h("li", null, t.term, h("span", { class: "muted" }, ` ${t.count ?? ""}${t.others !== null && t.others !== undefined ? ` vs ${t.others}` : ""}${t.g2 !== null ? ` · G² ${t.g2.toFixed(1)}` : ""}`))))
        : h("p", { class: "muted" }, "Nothing distinctive."))));
  parts.push(h("section", { class: "card", "aria-labelledby": "cmp-terms" },
    h("h3", { id: "cmp-terms" }, "Terms"),
    model.sharedTerms.length ? [
      h("h4", null, "Shared by all"),
      h("div", { class: "table-scroll" }, h("table", { class: "data shared-table" },
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Term"), names.map((nm, i) => h("th", { scope: "col", class: "num", title: nm }, `Art. ${i + 1}`)))),
        h("tbody", null, model.sharedTerms.slice(0, 15).map((t) => h("tr", null, h("td", null, t.term), model.articles.map((_, i) => h("td", { class: "num" }, fmt(t.counts[i]))))))))] : null,
    h("h4", null, "Distinctive to each ", computed(model.distinctiveComputed)),
    termCols));

  // Aligned quotes
  const version = (g, v, k) => h("div", { class: "version" },
    h("div", { class: "version-head" }, num1(v.article), " ", h("span", { class: "muted" }, names[v.article]), " — ",
      h("strong", null, v.speaker ?? "not attributed")),
    h("blockquote", null, !g.wordingDiffers ? v.text : v.diff ? renderOps(v.diff) : k === 0 ? v.text : diffWords(g.versions[0].text, v.text)));
  const versions = (g) => {
    const box = h("div", { class: "versions" });
    g.versions.slice(0, VERSIONS_SHOWN).forEach((v, k) => box.append(version(g, v, k)));
    const more = g.versions.length - VERSIONS_SHOWN;
    if (more <= 0) return box;
    const button = h("button", { type: "button", class: "btn", onclick: () => {
      button.remove();
      lazyRows(box, more, (k) => box.append(version(g, g.versions[VERSIONS_SHOWN + k], VERSIONS_SHOWN + k)), { first: VERSIONS_SHOWN });
    } }, `Show ${fmt(more)} more version${more === 1 ? "" : "s"}`);
    return [box, button];
  };
  const group = (g) => h("li", { class: "quote-group" },
    h("div", { class: "flags" },
      g.speakersDiffer ? badge("Speaker differs", "badge-warn")
        : g.versions.some((v) => !v.speaker) && g.versions.some((v) => v.speaker) ? badge("Attributed in only some", "badge-warn")
        : badge("Same speaker", "badge-ok"),
      g.wordingDiffers ? badge("Wording differs", "badge-warn") : badge("Same wording", "badge-ok")),
    versions(g));
  const groupList = h("ol", { class: "quote-groups" });
  lazyRows(groupList, model.quoteGroups.length, (k) => groupList.append(group(model.quoteGroups[k])), { first: FIRST_ROWS });
  parts.push(h("section", { class: "card", "aria-labelledby": "cmp-quotes" },
    h("h3", { id: "cmp-quotes" }, "The same quotation in different articles ", computed(model.quoteGroupsComputed)),
    model.quoteGroups.length ? groupList : h("p", { class: "muted" }, "No quotation appears in more than one article.")));

  // Who is quoted where
  if (model.speakers.length) {
    const body = h("tbody");
    const row = (s) => h("tr", null, h("th", { scope: "row" }, s.name),
      s.counts.map((c) => h("td", { class: `num ${c ? "has" : "none"}` }, c ? `${c} quote${c === 1 ? "" : "s"}` : h("span", { "aria-label": "not quoted" }, "—"))));
    lazyRows(body, model.speakers.length, (k) => body.append(row(model.speakers[k])), { first: FIRST_ROWS, sentinel: "tr" });
    parts.push(h("section", { class: "card", "aria-labelledby": "cmp-who" },
      h("h3", { id: "cmp-who" }, "Who is quoted where ", computed(model.speakersComputed)),
      h("div", { class: "table-scroll" }, h("table", { class: "data who-table" },
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Speaker"), names.map((nm, i) => h("th", { scope: "col", class: "num", title: nm }, `Art. ${i + 1}`)))),
        body))));
  }

  // Names covered where (the engine's coverage), names only: speakers are in the table above
  const names2 = model.coverage.filter((x) => x.kind === "name").slice(0, 15);
  if (names2.length) {
    parts.push(h("section", { class: "card", "aria-labelledby": "cmp-cover" },
      h("h3", { id: "cmp-cover" }, "Names mentioned where"),
      h("div", { class: "table-scroll" }, h("table", { class: "data who-table" },
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Name"), names.map((nm, i) => h("th", { scope: "col", class: "num", title: nm }, `Art. ${i + 1}`)))),
        h("tbody", null, names2.map((x) => h("tr", null, h("th", { scope: "row" }, x.label),
          model.articles.map((_, i) => h("td", { class: `num ${x.counts[i] ? "has" : "none"}` }, x.counts[i] ? String(x.counts[i]) : h("span", { "aria-label": "not mentioned" }, "—"))))))))));
  }

  // Shared passages, both texts side by side
  const a = Math.min(state.pairA ?? 0, n - 1), b = Math.min(state.pairB ?? 1, n - 1);
  const pair = model.passages.filter((p) => (p.a.article === a && p.b.article === b) || (p.a.article === b && p.b.article === a));
  const spansFor = (k) => pair.map((p) => (p.a.article === k ? p.a.span : p.b.span));
  const picker = (value, label, set) => h("label", null, `${label} `,
    h("select", { onchange: (e) => set(Number(e.target.value)) }, names.map((nm, i) => h("option", { value: String(i), selected: i === value ? "" : null }, `${i + 1}. ${nm}`))));
  const views = [a, b].map((k) => {
    const art = model.articles[k];
    const view = renderText(art.text, { analysis: art.analysis, passages: spansFor(k), idPrefix: `cmp${k}`, contained: true });
    attachTooltips(view, () => art);
    return h("div", { class: "col" }, h("h4", null, num1(k), " ", names[k]), view);
  });
  parts.push(h("section", { class: "card", "aria-labelledby": "cmp-passages" },
    h("h3", { id: "cmp-passages" }, "Shared passages ", computed(model.passagesComputed)),
    n > 2 ? h("div", { class: "pair-pick" }, picker(a, "Left", (v) => on.pair(v, b)), picker(b, "Right", (v) => on.pair(a, v))) : null,
    h("p", { class: "muted" }, pair.length
      ? `${pair.length} passage${pair.length === 1 ? "" : "s"} appear in both (${pair.filter((p) => p.kind === "quotation").length} in quotations, ${pair.filter((p) => p.kind !== "quotation").length} in narrative), highlighted below.`
      : "No shared passages between these two articles."),
    a === b ? h("p", { class: "muted" }, "Pick two different articles.") : h("div", { class: "side-by-side texts" }, views)));

  return h("div", { class: "compare-view" }, parts);
}
