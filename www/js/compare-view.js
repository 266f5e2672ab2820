// The comparison of two or more articles. EVERY access to the engine's Comparison object
// is in normalizeComparison() below, so a renamed field is a one-line change. Parts the
// engine does not provide yet are computed here from the per-article analyses (marked
// "computed in the page"); parts that cannot be computed show nothing.
import { h, fmt, arr, speakerSlot, spanCount, sr } from "./dom.js";
import { heatmap } from "./charts.js";
import { renderText, attachTooltips, legend } from "./text-view.js";
import { lazyRows } from "./lazy.js";
import { download, fileName, tableCsv, tableJson } from "./export.js";

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
          const diff = Array.isArray(v?.diff) ? v.diff.map((d) => ({ op: String(d?.op ?? "equal"), text: String(d?.text ?? ""), words: num(d?.words) })) : null;
          return {
            article, quote: qi, text: v?.text ?? q?.text ?? "", speaker: v?.speaker !== undefined ? v.speaker : q?.speaker ?? null, diff,
            span: spanOf(v?.span) ?? spanOf(q?.span), speakerId: num(v?.speakerId), words: num(v?.words),
          };
        }).filter((v) => v.article >= 0);
        const fromDiff = versions.some((v) => v.diff) ? versions.some((v) => arr(v.diff).some((d) => d.op !== "equal")) : null;
        return {
          versions,
          reference: num(g?.reference) ?? 0,
          speakersDiffer: typeof g?.speakersDiffer === "boolean" ? g.speakersDiffer : speakersDiffer(versions),
          wordingDiffers: typeof g?.wordingDiffers === "boolean" ? g.wordingDiffers : fromDiff ?? wordingDiffers(versions),
        };
      }).filter((g) => new Set(g.versions.map((v) => v.article)).size >= 2) // repeats inside one article are not a comparison
    : null;

  const speakers = Array.isArray(c.speakers)
    ? c.speakers.map((s, id) => {
        const counts = new Array(articles.length).fill(0);
        const local = new Array(articles.length).fill(null); // the speaker's index in each article's analysis.speakers
        for (const a of arr(s?.articles)) {
          if (typeof a === "number" || typeof a === "string") { const k = resolve(a); if (k >= 0) counts[k] += 1; }
          else if (a && typeof a === "object") {
            const k = resolve(a.article ?? a.index ?? a.id);
            if (k < 0) continue;
            counts[k] += num(a.quotes) ?? arr(a.quotes).length ?? 1;
            if (num(a.speaker) !== null) local[k] = a.speaker;
          }
        }
        return { id, name: String(s?.name ?? ""), counts, local };
      }).filter((s) => s.name)
    : null;

  const passages = Array.isArray(c.passages)
    ? c.passages.map((p) => ({
        kind: p?.kind ?? "narrative",
        a: { article: resolve(p?.a?.article), span: spanOf(p?.a?.span ?? p?.a) },
        b: { article: resolve(p?.b?.article), span: spanOf(p?.b?.span ?? p?.b) },
      })).filter((p) => p.a.article >= 0 && p.b.article >= 0 && p.a.span && p.b.span)
    : null;

  const crossSpeakers = speakers ?? fallbackSpeakers(articles);
  // One person, one colour: each article's speaker index mapped to the comparison's.
  const crossIds = articles.map((_, k) => new Map(crossSpeakers.filter((s) => s.local[k] !== null).map((s) => [s.local[k], s.id])));
  const groups = quoteGroups ?? fallbackQuoteGroups(articles);
  for (const g of groups) for (const v of g.versions) {
    const q = arr(articles[v.article].analysis?.quotes)[v.quote];
    if (v.speakerId === null || v.speakerId === undefined) v.speakerId = crossIds[v.article].get(q?.speakerId) ?? null;
    v.span ??= spanOf(q?.span);
  }
  const coverage = arr(c.coverage).map((x) => ({ label: String(x?.label ?? x?.term ?? ""), kind: String(x?.kind ?? ""), counts: arr(x?.counts).map(Number) })).filter((x) => x.label && x.counts.length);
  return {
    articles, cosine, containment, coverage,
    sharedTerms: sharedTerms ?? [],
    distinctive: distinctive ?? fallbackDistinctive(articles), distinctiveComputed: !distinctive,
    quoteGroups: groups, quoteGroupsComputed: !quoteGroups,
    speakers: crossSpeakers, speakersComputed: !speakers, crossIds,
    speakerById: new Map(crossSpeakers.map((s) => [s.id, s])),
    sharedByAll: (sharedTerms ?? []).filter((t) => t.counts.length === articles.length && t.counts.every((x) => x > 0)),
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

function fallbackQuoteGroups(articles) { // versions get their speakerId from crossIds in normalizeComparison
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
    return { versions, reference: 0, speakersDiffer: speakersDiffer(versions), wordingDiffers: wordingDiffers(versions) };
  });
}

function fallbackSpeakers(articles) {
  const byKey = new Map();
  articles.forEach((a, ai) => arr(a.analysis?.speakers).forEach((s, si) => {
    const key = speakerKey(s.name);
    if (!key) return;
    if (!byKey.has(key)) byKey.set(key, { name: s.name, counts: new Array(articles.length).fill(0), local: new Array(articles.length).fill(null) });
    const e = byKey.get(key);
    if (String(s.name).length > e.name.length) e.name = s.name;
    e.counts[ai] += arr(s.quotes).length;
    e.local[ai] ??= si;
  }));
  return [...byKey.values()].sort((x, y) => y.counts.reduce((a, b) => a + b, 0) - x.counts.reduce((a, b) => a + b, 0)).map((s, id) => ({ id, ...s }));
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

// ---- key differences ----------------------------------------------------------------

/** Characters of an article's own sentence shown on each side of a quotation at most. */
const CONTEXT_CHARS = 160;
/** Items of each kind of difference drawn at once; the rest behind "Show all". */
const DIFFS_SHOWN = 5;
/** Versions of one quotation a key difference shows at most (each article's first among them). */
const KD_VERSIONS = 6;

/**
 * How one version differs from the group's reference (the longest): `same` words,
 * `shortened` (only words of the reference left out), or `reworded` (words the reference
 * does not have). Without the engine's word diff, by the words themselves.
 */
export function versionChange(v, reference) {
  if (Array.isArray(v.diff)) {
    if (v.diff.some((d) => d.op === "insert")) return "reworded";
    return v.diff.some((d) => d.op === "delete") ? "shortened" : "same";
  }
  const mine = words(v.text), ref = words(reference?.text ?? "");
  if (mine.join(" ") === ref.join(" ")) return "same";
  return ` ${ref.join(" ")} `.includes(` ${mine.join(" ")} `) ? "shortened" : "reworded";
}

/** Words of the reference a version leaves out, and words it has that the reference does not. */
function changeWords(v) {
  let left = 0, added = 0;
  for (const d of arr(v.diff)) {
    const n = d.words ?? words(d.text).length;
    if (d.op === "delete") left += n;
    else if (d.op === "insert") added += n;
  }
  return { left, added };
}

/** One version per article and speaker (a headline and the body may give the words to two people), unattributed ones only where nothing else is. */
function perArticle(g) {
  const out = new Map();
  for (const v of g.versions) {
    const key = `${v.article}\u0000${speakerKey(v.speaker) ?? ""}`;
    if (!out.has(key)) out.set(key, v);
  }
  const list = [...out.values()];
  const attributed = new Set(list.filter((v) => v.speaker).map((v) => v.article));
  return list.filter((v) => v.speaker || !attributed.has(v.article)).sort((x, y) => x.article - y.article || x.quote - y.quote);
}

/**
 * The versions a key difference shows: each article's first, then others up to
 * KD_VERSIONS (an article repeating a quotation for hundreds of people would otherwise
 * draw them all); `more` counts the rest, which the full list further down has.
 */
function shownVersions(list) {
  const first = new Set();
  const seen = new Set();
  for (const v of list) if (!seen.has(v.article)) { seen.add(v.article); first.add(v); }
  for (const v of list) { if (first.size >= KD_VERSIONS) break; first.add(v); }
  return { versions: list.filter((v) => first.has(v)), more: list.length - first.size };
}

/**
 * What a reader comparing the articles looks for first, from the comparison:
 * conflicts (the same words given to different speakers), changed wording (shortened or
 * reworded), quotations only one article has, and people quoted in only one article.
 */
export function keyDifferences(model) {
  let kd = differencesOf.get(model);
  if (!kd) differencesOf.set(model, (kd = findDifferences(model)));
  return kd;
}
/** The key differences of each model, found once (the Overview is drawn again at every result). */
const differencesOf = new WeakMap();

/** Quotation `i` of article `k` as a version of a key difference. */
function onlyQuote(model, k, i) {
  const q = arr(model.articles[k].analysis?.quotes)[i];
  return { article: k, quote: i, text: q?.text ?? "", speaker: q?.speaker ?? null, speakerId: model.crossIds?.[k]?.get(q?.speakerId) ?? null, span: q?.span ?? null };
}

function findDifferences(model) {
  const n = model.articles.length;
  const grouped = model.articles.map(() => new Set());
  const conflicts = [], changed = [];
  for (const g of model.quoteGroups) {
    for (const v of g.versions) if (v.quote !== null) grouped[v.article].add(v.quote);
    if (g.speakersDiffer) conflicts.push({ group: g, ...shownVersions(perArticle(g)) });
    const ref = g.versions[g.reference] ?? g.versions[0];
    const change = (v) => (v === ref ? "same" : versionChange(v, ref));
    // one version per article and wording: the reference's article first
    const byWording = new Map();
    for (const v of g.versions) {
      const key = `${v.article}\u0000${change(v)}`;
      if (!byWording.has(key) || v === ref) byWording.set(key, v);
    }
    const all = [...byWording.values()].sort((x, y) => x.article - y.article || x.quote - y.quote);
    const kindsAll = all.map(change);
    const kind = kindsAll.includes("reworded") ? "reworded" : kindsAll.includes("shortened") ? "shortened" : null;
    if (kind) {
      const { versions, more } = shownVersions(all);
      changed.push({ group: g, kind, versions, more, kinds: versions.map(change), reference: ref });
    }
  }
  // indices only: a long article has tens of thousands of quotations (onlyQuote reads one when it is drawn)
  const onlyHere = model.articles.map((a, k) => {
    const quotes = arr(a.analysis?.quotes), out = [];
    for (let i = 0; i < quotes.length; i++) if (SPEECH.has(quotes[i].kind) && quotes[i].repeats == null && !grouped[k].has(i)) out.push(i);
    return out;
  });
  const onlyQuoted = model.articles.map((_, k) => model.speakers.filter((s) => s.counts[k] > 0 && s.counts.every((c, j) => j === k || !c)));
  const missing = n > 2 ? model.speakers.filter((s) => s.counts.filter(Boolean).length > 1 && s.counts.some((c) => !c)) : [];
  return { conflicts, changed, onlyHere, onlyQuoted, missing };
}

/** The sentences of `analysis` around `span` (whole sentences, cut to CONTEXT_CHARS each side). */
export function sentenceAround(text, analysis, span) {
  const list = analysis?.sentences;
  const count = spanCount(list);
  const at = (i) => (ArrayBuffer.isView(list) ? { start: list[2 * i], end: list[2 * i + 1] } : arr(list)[i]);
  let lo = 0, hi = count - 1, first = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid).start <= span.start) { first = mid; lo = mid + 1; } else hi = mid - 1;
  }
  let start = span.start, end = span.end;
  if (first >= 0) {
    let last = first;
    while (last + 1 < count && at(last + 1).start < span.end && last - first < 20) last++;
    start = Math.min(start, at(first).start);
    end = Math.max(end, at(last).end);
  }
  const cutStart = span.start - start > CONTEXT_CHARS;
  const cutEnd = end - span.end > CONTEXT_CHARS;
  if (cutStart) { start = span.start - CONTEXT_CHARS; const sp = text.indexOf(" ", start); if (sp >= 0 && sp < span.start) start = sp + 1; }
  if (cutEnd) { end = span.end + CONTEXT_CHARS; const sp = text.lastIndexOf(" ", end); if (sp > span.end) end = sp; }
  return { start, end, cutStart, cutEnd };
}

/** The speaker chip: the comparison's number and colour for this person, the same in every article. */
export function speakerChip(model, v) {
  const id = v.speakerId;
  if (!v.speaker && (id === null || id === undefined)) return h("span", { class: "sp-name unattributed-name" }, "not attributed");
  const name = v.speaker ?? model.speakerById?.get(id)?.name ?? "";
  return h("span", { class: "sp-name" },
    id === null || id === undefined ? null : h("span", { class: `sp-chip sp-${speakerSlot(id)}`, "aria-hidden": "true" }, String(id + 1)),
    h("strong", null, name));
}

const SPEECH_NAME = { direct: "quotation", partial: "partial quotation", nested: "nested quotation" };

/**
 * The key differences as a card. on.jump(article, quote) shows a quotation in its article's
 * text; `prefix` keeps ids apart when the card is drawn in more than one view.
 */
export function renderKeyDifferences(model, { on = {}, prefix = "kd", tools = false } = {}) {
  const kd = keyDifferences(model);
  const n = model.articles.length;
  const names = model.articles.map((a, i) => a.title || `Article ${i + 1}`);
  const num1 = (i) => h("span", { class: "art-num", "aria-hidden": "true" }, String(i + 1));
  const jump = (v) => v.quote === null || v.quote === undefined ? null : h("a", {
    href: `#t-q${v.quote}`, class: "jump",
    onclick: (e) => { e.preventDefault(); on.jump?.(v.article, v.quote); },
  }, "Show in text", h("span", { class: "visually-hidden" }, ` of article ${v.article + 1}, ${names[v.article]}`));

  /** The article's sentence with the quotation marked in it. */
  const inContext = (v) => {
    const art = model.articles[v.article];
    const sp = v.span;
    if (!sp || !art?.text) return h("blockquote", { class: "kd-sentence" }, v.text);
    const c = sentenceAround(art.text, art.analysis, sp);
    return h("blockquote", { class: "kd-sentence" },
      c.cutStart ? "… " : null, art.text.slice(c.start, sp.start),
      h("mark", { class: "kd-mark" }, art.text.slice(sp.start, sp.end)),
      art.text.slice(sp.end, c.end), c.cutEnd ? " …" : null);
  };
  const articleHead = (v, extra) => h("div", { class: "kd-head" },
    num1(v.article), h("span", { class: "kd-title" }, names[v.article]), " — ", speakerChip(model, v), extra ?? null, " ", jump(v));

  const more = (list, draw, box) => {
    list.slice(0, DIFFS_SHOWN).forEach((x) => box.append(draw(x)));
    if (list.length <= DIFFS_SHOWN) return box;
    const rest = list.length - DIFFS_SHOWN;
    const button = h("button", { type: "button", class: "btn", onclick: () => {
      button.remove();
      lazyRows(box, rest, (k) => box.append(draw(list[DIFFS_SHOWN + k])), { first: FIRST_ROWS, sentinel: "li" });
    } }, `Show all ${fmt(list.length)}`);
    return [box, button];
  };

  const moreVersions = (x) => (x.more > 0 ? h("p", { class: "muted kd-more" }, `and ${fmt(x.more)} more version${x.more === 1 ? "" : "s"}, all in “The same quotation in different articles”${prefix.startsWith("cmp") ? " below" : " in Compare"}`) : null);
  const sections = [];
  const conflict = (x) => h("li", { class: "kd-item kd-conflict" },
    h("ul", { class: "kd-versions" }, x.versions.map((v) => h("li", null, articleHead(v), inContext(v)))),
    moreVersions(x));
  sections.push(h("section", { class: "kd-part", "aria-labelledby": `${prefix}-conflicts` },
    h("h4", { id: `${prefix}-conflicts` }, "Same words, different speakers ", h("span", { class: "kd-count" }, `(${fmt(kd.conflicts.length)})`)),
    kd.conflicts.length ? more(kd.conflicts, conflict, h("ol", { class: "kd-list" }))
      : h("p", { class: "muted" }, "No quotation is given to different people.")));

  const changeLabel = { shortened: "Shortened", reworded: "Reworded" };
  const changedItem = (x) => h("li", { class: `kd-item kd-changed kd-${x.kind}` },
    h("div", { class: "flags" }, badge(changeLabel[x.kind], "badge-warn"),
      h("span", { class: "muted kd-explain" }, x.kind === "shortened"
        ? "one article quotes fewer of the same words"
        : "one article has words the other version does not")),
    h("ul", { class: "kd-versions" }, x.versions.map((v, k) => {
      const change = x.kinds[k];
      const { left, added } = changeWords(v);
      const note = change === "shortened" ? `leaves out ${fmt(left)} word${left === 1 ? "" : "s"}`
        : change === "reworded" ? `${fmt(added)} word${added === 1 ? "" : "s"} not in the longest version${left ? `, ${fmt(left)} left out` : ""}`
        : v === x.reference ? "the longest version" : "the same words";
      return h("li", { dataset: { change } }, articleHead(v, h("span", { class: "muted" }, ` · ${note}`)),
        h("blockquote", { class: "kd-sentence" }, v.diff && change !== "same" ? renderOps(v.diff) : v.text));
    })),
    moreVersions(x));
  sections.push(h("section", { class: "kd-part", "aria-labelledby": `${prefix}-changed` },
    h("h4", { id: `${prefix}-changed` }, "Quotation shortened or reworded ", h("span", { class: "kd-count" }, `(${fmt(kd.changed.length)})`)),
    kd.changed.length ? more(kd.changed, changedItem, h("ol", { class: "kd-list" }))
      : h("p", { class: "muted" }, "Every shared quotation has the same words in each article.")));

  const only = (x) => h("li", { class: "kd-only" }, speakerChip(model, x), ": “", x.text, "” ", jump(x));
  const onlyAt = (k) => (i) => only(onlyQuote(model, k, i));
  sections.push(h("section", { class: "kd-part", "aria-labelledby": `${prefix}-only` },
    h("h4", { id: `${prefix}-only` }, "Quotations only one article has"),
    h("div", { class: "side-by-side" }, kd.onlyHere.map((list, k) => h("div", { class: "col" },
      h("h5", null, num1(k), " ", names[k], h("span", { class: "kd-count" }, ` (${fmt(list.length)})`)),
      list.length ? more(list, onlyAt(k), h("ul", { class: "kd-only-list" })) : h("p", { class: "muted" }, "None: every quotation here is in another article too."))))));

  const person = (s) => h("li", null, speakerChip(model, { speaker: s.name, speakerId: s.id }), ` (${fmt(s.counts.reduce((a, b) => a + b, 0))})`);
  sections.push(h("section", { class: "kd-part", "aria-labelledby": `${prefix}-people` },
    h("h4", { id: `${prefix}-people` }, "People quoted in only one article"),
    h("div", { class: "side-by-side" }, kd.onlyQuoted.map((list, k) => h("div", { class: "col" },
      h("h5", null, num1(k), " ", names[k]),
      list.length ? more(list, person, h("ul", { class: "kd-people" })) : h("p", { class: "muted" }, `No one is quoted only here.`)))),
    kd.missing.length ? [h("p", { class: "muted" }, "Quoted in some articles but not all:"),
      more(kd.missing, (s) => h("li", null, speakerChip(model, { speaker: s.name, speakerId: s.id }),
        `: in ${s.counts.map((c, k) => (c ? k + 1 : null)).filter(Boolean).join(", ")}; not in ${s.counts.map((c, k) => (c ? null : k + 1)).filter(Boolean).join(", ")}`), h("ul", { class: "kd-people" }))] : null));

  const lead = `${fmt(kd.conflicts.length)} quotation${kd.conflicts.length === 1 ? "" : "s"} given to different speakers · ${fmt(kd.changed.length)} shortened or reworded · ${fmt(kd.onlyHere.reduce((a, l) => a + l.length, 0))} in only one article · ${fmt(kd.onlyQuoted.reduce((a, l) => a + l.length, 0))} ${kd.onlyQuoted.reduce((a, l) => a + l.length, 0) === 1 ? "person" : "people"} quoted in only one`;
  return h("section", { class: "card key-diffs", "aria-labelledby": `${prefix}-h`, dataset: { articles: String(n) } },
    h("div", { class: "card-head" }, h("h3", { id: `${prefix}-h` }, "Key differences"), tools ? tableTools(model, "key-differences") : null),
    h("p", { class: "kd-lead muted" }, lead),
    sections);
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

// ---- the tables as files --------------------------------------------------------------

/** Compare's tables as { columns, rows } (whole, not only the rows drawn), keyed by a name for their files. */
export function compareTables(model) {
  const names = model.articles.map((a, i) => a.title || `Article ${i + 1}`);
  const perArticle = names.map((nm, i) => `article_${i + 1}`);
  const kd = keyDifferences(model);
  const quote = (v) => ({ article: v.article + 1, title: names[v.article], speaker: v.speaker ?? "", number: v.speakerId == null ? "" : v.speakerId + 1, text: v.text });
  const sentence = (v) => {
    const art = model.articles[v.article];
    if (!v.span || !art?.text) return "";
    const c = sentenceAround(art.text, art.analysis, v.span);
    return art.text.slice(c.start, c.end);
  };
  const keyRows = [];
  kd.conflicts.forEach((x, g) => x.versions.forEach((v) => { const q = quote(v); keyRows.push(["different speakers", g + 1, q.article, q.title, q.number, q.speaker, q.text, sentence(v)]); }));
  kd.changed.forEach((x, g) => x.versions.forEach((v, k) => { const q = quote(v); keyRows.push([x.kinds[k] === "same" ? `${x.kind} (reference)` : x.kinds[k], g + 1, q.article, q.title, q.number, q.speaker, q.text, sentence(v)]); }));
  kd.onlyHere.forEach((list, k) => list.forEach((i) => { const v = onlyQuote(model, k, i), q = quote(v); keyRows.push(["only in this article", "", q.article, q.title, q.number, q.speaker, q.text, sentence(v)]); }));
  kd.onlyQuoted.forEach((list, k) => list.forEach((sp) => keyRows.push(["person quoted only here", "", k + 1, names[k], sp.id + 1, sp.name, "", ""])));
  const pairs = [];
  for (let i = 0; i < names.length; i++) for (let j = 0; j < names.length; j++) if (i !== j) {
    pairs.push([i + 1, names[i], j + 1, names[j], model.cosine?.[i]?.[j] ?? "", model.containment?.[i]?.[j] ?? ""]);
  }
  return {
    "key-differences": { title: "Key differences", columns: ["difference", "group", "article", "title", "speaker_number", "speaker", "quotation", "sentence"], rows: keyRows },
    similarity: { title: "Similarity", columns: ["article", "title", "other_article", "other_title", "cosine", "containment_in_other"], rows: pairs },
    "quote-groups": {
      title: "The same quotation in different articles",
      columns: ["group", "article", "title", "quote", "speaker_number", "speaker", "speakers_differ", "wording", "text"],
      rows: model.quoteGroups.flatMap((g, k) => g.versions.map((v) => {
        const q = quote(v);
        return [k + 1, q.article, q.title, v.quote ?? "", q.number, q.speaker, g.speakersDiffer, versionChange(v, g.versions[g.reference] ?? g.versions[0]), q.text];
      })),
    },
    speakers: { title: "Who is quoted where", columns: ["speaker_number", "speaker", ...perArticle], rows: model.speakers.map((sp) => [sp.id + 1, sp.name, ...sp.counts]) },
    "shared-terms": { title: "Terms shared by all", columns: ["term", ...perArticle], rows: model.sharedByAll.map((t) => [t.term, ...t.counts]) },
    distinctive: {
      title: "Distinctive terms",
      columns: ["article", "title", "rank", "term", "count", "count_in_others", "g2", "log_ratio"],
      rows: model.distinctive.flatMap((list, i) => list.map((t, r) => [i + 1, names[i], r + 1, t.term, t.count ?? "", t.others ?? "", t.g2 ?? "", t.logRatio ?? ""])),
    },
    names: { title: "Names mentioned where", columns: ["name", ...perArticle], rows: model.coverage.filter((x) => x.kind === "name").map((x) => [x.label, ...x.counts]) },
    passages: {
      title: "Shared passages",
      columns: ["article", "other_article", "kind", "start", "end", "other_start", "other_end", "text"],
      rows: model.passages.map((p) => [p.a.article + 1, p.b.article + 1, p.kind, p.a.span.start, p.a.span.end, p.b.span.start, p.b.span.end, model.articles[p.a.article].text.slice(p.a.span.start, p.a.span.end)]),
    },
  };
}

/** The tables' titles, for the buttons (compareTables itself runs only when one is pressed). */
const TABLE_TITLES = {
  "key-differences": "Key differences", similarity: "Similarity", "quote-groups": "The same quotation in different articles",
  speakers: "Who is quoted where", "shared-terms": "Terms shared by all", distinctive: "Distinctive terms",
  names: "Names mentioned where", passages: "Shared passages",
};

/** Download buttons for one of compareTables' tables. */
function tableTools(model, key) {
  const get = () => compareTables(model)[key];
  const title = TABLE_TITLES[key];
  const base = fileName("lede-compare", key);
  return h("div", { class: "card-tools toolbar", role: "group", "aria-label": `Download “${title}”` },
    h("button", { type: "button", class: "btn btn-quiet", "aria-label": `Download “${title}” as CSV`, dataset: { table: key, format: "csv" }, onclick: () => download(`${base}.csv`, tableCsv(get()), "text/csv") }, "CSV"),
    h("button", { type: "button", class: "btn btn-quiet", "aria-label": `Download “${title}” as JSON`, dataset: { table: key, format: "json" }, onclick: () => download(`${base}.json`, tableJson(get()), "application/json") }, "JSON"));
}

/** Words for the measures, said where they appear. */
const EXPLAIN = {
  cosine: "Cosine similarity compares how often each article uses each word, rare words counting more: 0 means no word in common, 1 the same words in the same proportions.",
  containment: "Containment is the share of one article’s five-word runs found word for word in the other: high when one copies or reuses the other’s text.",
  g2: "G² (log-likelihood) measures how unlikely a word’s count would be if both articles used it alike: above 3.84 there is less than a 5% chance it is luck, above 6.63 less than 1%.",
};

/**
 * An article's analysis with its speakers numbered as the comparison numbers them, so that
 * the text views give one person the same colour and number in every article.
 */
const crossCache = new WeakMap();
function crossAnalysis(model, k) {
  const analysis = model.articles[k].analysis;
  if (!analysis || typeof analysis !== "object") return analysis;
  const ids = model.crossIds?.[k];
  const hit = crossCache.get(analysis);
  if (hit && hit.ids === ids) return hit.out;
  const local = arr(analysis.speakers);
  const size = Math.max(0, ...[...(ids?.values() ?? [])].map((x) => x + 1));
  const speakers = Array.from({ length: size }, (_, id) => ({ name: model.speakerById.get(id)?.name ?? "", quotes: [], mentions: [] }));
  local.forEach((sp, si) => { const id = ids?.get(si); if (id !== undefined) speakers[id] = sp; });
  const quotes = arr(analysis.quotes).map((q) => (q.speakerId == null ? q : { ...q, speakerId: ids?.get(q.speakerId) ?? null }));
  const out = { ...analysis, speakers, quotes };
  crossCache.set(analysis, { ids, out });
  return out;
}

/**
 * model: normalizeComparison(...); state: { pairA, pairB, passage };
 * on: { pair(a, b), jump(article, quote) }
 */
export function renderCompare({ model, state, on, error }) {
  const n = model.articles.length;
  const names = model.articles.map((a, i) => a.title || `Article ${i + 1}`);
  const num1 = (i) => h("span", { class: "art-num" }, String(i + 1));
  const parts = [];

  if (error) parts.push(h("p", { class: "banner error inline" }, `The comparison failed: ${error}`));

  // What differs, first: conflicts, changed wording, what only one article has.
  parts.push(renderKeyDifferences(model, { on, prefix: "cmp-kd", tools: true }));

  // Similarity
  if (model.cosine) {
    if (n === 2) {
      const cos = num(model.cosine?.[0]?.[1]);
      const cA = num(model.containment?.[0]?.[1]), cB = num(model.containment?.[1]?.[0]);
      parts.push(h("section", { class: "card", "aria-labelledby": "cmp-sim" },
        h("div", { class: "card-head" }, h("h3", { id: "cmp-sim" }, "Similarity"), tableTools(model, "similarity")),
        h("div", { class: "big-figures" },
          h("div", { class: "big" }, h("span", { class: "big-n" }, cos === null ? "–" : cos.toFixed(2)), h("span", { class: "big-l" }, "alike in vocabulary (cosine similarity, 0 to 1)")),
          cA !== null ? h("div", { class: "big" }, h("span", { class: "big-n" }, `${Math.round(cA * 100)}%`), h("span", { class: "big-l" }, "of article 1’s five-word runs are also in article 2 (containment)")) : null,
          cB !== null ? h("div", { class: "big" }, h("span", { class: "big-n" }, `${Math.round(cB * 100)}%`), h("span", { class: "big-l" }, "of article 2’s five-word runs are also in article 1 (containment)")) : null),
        h("p", { class: "hint explain" }, EXPLAIN.cosine, " ", EXPLAIN.containment)));
    } else {
      parts.push(h("section", { class: "card", "aria-labelledby": "cmp-sim" },
        h("div", { class: "card-head" }, h("h3", { id: "cmp-sim" }, "Similarity"), tableTools(model, "similarity")),
        h("div", { class: "heat-row" },
          h("figure", null, heatmap(model.cosine, names, { title: "Cosine similarity between articles" }), h("figcaption", null, "Alike in vocabulary (cosine similarity)")),
          model.containment ? h("figure", null, heatmap(model.containment, names, { title: "Containment: share of the row article’s five-word runs found in the column article" }), h("figcaption", null, "Text reused: share of the row article’s five-word runs in the column article (containment)")) : null),
        h("ol", { class: "heat-key" }, names.map((nm) => h("li", null, nm))),
        h("p", { class: "hint explain" }, EXPLAIN.cosine, " ", EXPLAIN.containment)));
    }
  }

  // Aligned quotes
  const version = (g, v, k) => h("div", { class: "version" },
    h("div", { class: "version-head" }, num1(v.article), " ", h("span", { class: "muted" }, names[v.article]), " — ", speakerChip(model, v)),
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
  lazyRows(groupList, model.quoteGroups.length, (k) => groupList.append(group(model.quoteGroups[k])), { first: FIRST_ROWS, sentinel: "li" });
  parts.push(h("section", { class: "card", "aria-labelledby": "cmp-quotes" },
    h("div", { class: "card-head" }, h("h3", { id: "cmp-quotes" }, "The same quotation in different articles ", computed(model.quoteGroupsComputed)), tableTools(model, "quote-groups")),
    model.quoteGroups.length ? groupList : h("p", { class: "muted" }, "No quotation appears in more than one article.")));

  // Who is quoted where
  if (model.speakers.length) {
    const body = h("tbody");
    const row = (sp) => h("tr", null, h("th", { scope: "row" }, speakerChip(model, { speaker: sp.name, speakerId: sp.id })),
      sp.counts.map((c) => h("td", { class: `num ${c ? "has" : "none"}` }, c ? `${c} quote${c === 1 ? "" : "s"}` : [h("span", { "aria-hidden": "true" }, "—"), sr("not quoted")])));
    lazyRows(body, model.speakers.length, (k) => body.append(row(model.speakers[k])), { first: FIRST_ROWS, sentinel: "tr" });
    parts.push(h("section", { class: "card", "aria-labelledby": "cmp-who" },
      h("div", { class: "card-head" }, h("h3", { id: "cmp-who" }, "Who is quoted where ", computed(model.speakersComputed)), tableTools(model, "speakers")),
      h("p", { class: "hint" }, "Each person has one number and colour in every article of this comparison."),
      h("div", { class: "table-scroll" }, h("table", { class: "data who-table" },
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Speaker"), names.map((nm, i) => h("th", { scope: "col", class: "num", title: nm }, `Art. ${i + 1}`)))),
        body))));
  }

  // Terms: shared by every article, and distinctive to each
  const g2Text = (t) => (t.g2 !== null && t.g2 !== undefined ? ` · G² ${t.g2.toFixed(1)}` : "");
  const termCols = h("div", { class: "side-by-side" },
    model.distinctive.map((list, i) => h("div", { class: "col" },
      h("h4", null, num1(i), " ", names[i]),
      list.length ? h("ol", { class: "term-list" }, list.slice(0, 12).map((t) => h("li", null, t.term, h("span", { class: "muted" }, ` ${t.count ?? ""}${t.others !== null && t.others !== undefined ? ` here, ${t.others} in the others` : ""}${g2Text(t)}`))))
        : h("p", { class: "muted" }, "Nothing distinctive."))));
  const shared = model.sharedByAll;
  parts.push(h("section", { class: "card", "aria-labelledby": "cmp-terms" },
    h("div", { class: "card-head" }, h("h3", { id: "cmp-terms" }, "Terms"), tableTools(model, "shared-terms")),
    h("h4", null, n === 2 ? "Shared by both" : `Shared by all ${n}`),
    shared.length ? h("div", { class: "table-scroll" }, h("table", { class: "data shared-table" },
      h("thead", null, h("tr", null, h("th", { scope: "col" }, "Term"), names.map((nm, i) => h("th", { scope: "col", class: "num", title: nm }, `Art. ${i + 1}`)))),
      h("tbody", null, shared.slice(0, 15).map((t) => h("tr", null, h("td", null, t.term), model.articles.map((_, i) => h("td", { class: "num" }, fmt(t.counts[i]))))))))
      : h("p", { class: "muted" }, "No term is used by every article."),
    h("div", { class: "card-head" }, h("h4", null, "Distinctive to each ", computed(model.distinctiveComputed)), tableTools(model, "distinctive")),
    h("p", { class: "hint explain" }, "Words one article uses clearly more often than the others, with their counts. ", EXPLAIN.g2),
    termCols));

  // Names covered where (the engine's coverage), names only: speakers are in the table above
  const names2 = model.coverage.filter((x) => x.kind === "name").slice(0, 15);
  if (names2.length) {
    parts.push(h("section", { class: "card", "aria-labelledby": "cmp-cover" },
      h("div", { class: "card-head" }, h("h3", { id: "cmp-cover" }, "Names mentioned where"), tableTools(model, "names")),
      h("div", { class: "table-scroll" }, h("table", { class: "data who-table" },
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Name"), names.map((nm, i) => h("th", { scope: "col", class: "num", title: nm }, `Art. ${i + 1}`)))),
        h("tbody", null, names2.map((x) => h("tr", null, h("th", { scope: "row" }, x.label),
          model.articles.map((_, i) => h("td", { class: `num ${x.counts[i] ? "has" : "none"}` }, x.counts[i] ? String(x.counts[i]) : [h("span", { "aria-hidden": "true" }, "—"), sr("not mentioned")])))))))));
  }

  // Shared passages, both texts side by side, speakers numbered as in the whole comparison
  const a = Math.min(state.pairA ?? 0, n - 1), b = Math.min(state.pairB ?? 1, n - 1);
  const pair = model.passages.filter((p) => (p.a.article === a && p.b.article === b) || (p.a.article === b && p.b.article === a));
  const spansFor = (k) => pair.map((p) => (p.a.article === k ? p.a.span : p.b.span));
  const picker = (value, label, set) => h("label", null, `${label} `,
    h("select", { onchange: (e) => set(Number(e.target.value)) }, names.map((nm, i) => h("option", { value: String(i), selected: i === value ? "" : null }, `${i + 1}. ${nm}`))));
  const views = [a, b].map((k) => {
    const art = model.articles[k];
    const analysis = crossAnalysis(model, k);
    const view = renderText(art.text, { analysis, passages: spansFor(k), idPrefix: `cmp${k}`, contained: true });
    attachTooltips(view, () => ({ ...art, analysis }));
    return h("div", { class: "col" }, h("h4", null, num1(k), " ", names[k]), view);
  });
  const everyone = { speakers: model.speakers.reduce((out, sp) => { out[sp.id] = { name: sp.name }; return out; }, []).map((x) => x ?? { name: "" }), quotes: [] };
  parts.push(h("section", { class: "card", "aria-labelledby": "cmp-passages" },
    h("div", { class: "card-head" }, h("h3", { id: "cmp-passages" }, "Shared passages ", computed(model.passagesComputed)), tableTools(model, "passages")),
    n > 2 ? h("div", { class: "pair-pick" }, picker(a, "Left", (v) => on.pair(v, b)), picker(b, "Right", (v) => on.pair(a, v))) : null,
    h("p", { class: "muted" }, pair.length
      ? `${pair.length} passage${pair.length === 1 ? "" : "s"} appear in both (${pair.filter((p) => p.kind === "quotation").length} in quotations, ${pair.filter((p) => p.kind !== "quotation").length} in narrative), highlighted below.`
      : "No shared passages between these two articles."),
    a === b ? h("p", { class: "muted" }, "Pick two different articles.") : [legend(everyone, { passages: pair.length > 0 }), h("div", { class: "side-by-side texts" }, views)]));

  return h("div", { class: "compare-view" }, parts);
}
