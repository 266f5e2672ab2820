// The article with its quotes, speaker mentions, boilerplate, term hits and shared passages,
// built from spans as DOM text nodes (user text is never parsed as HTML). A long text is cut
// into blocks at line breaks; only the blocks near the visible area are built (a 10 MB
// article would be millions of nodes), the others wait as empty boxes of about their height.
import { h, arr, spanCount, speakerSlot } from "./dom.js";
import { AHEAD_PX, STEP_MS, near } from "./lazy.js";
import { isReaders } from "./corrections.js";

const SPEECH = new Set(["direct", "partial", "nested"]);
/** Characters in a block (a few screens of text). */
const BLOCK_CHARS = 4000;
/** A block ends at a line break outside any quotation; failing one this far on, at any line break, then anywhere. */
const MAX_BLOCK_CHARS = 16_000;
/** Texts up to this long are drawn whole at once, so that finding in the page sees all of them. */
const EAGER_CHARS = 60_000;
/** Blocks drawn at once before the view is on screen (the first screenful and a little more). */
const FIRST_BLOCKS = 2;
/** Height (px) per character of a block not drawn yet, until drawn blocks give a better figure. */
const PX_PER_CHAR = 0.35;

const valid = (sp, len) => sp && Number.isFinite(sp.start) && Number.isFinite(sp.end) && sp.end > sp.start && sp.start >= 0 && sp.start < len;

/** Spans as the engine gives them (a SpanList, or Span objects, or items with a `span`) read by index. */
function spanSource(list, pick = (x) => x) {
  if (ArrayBuffer.isView(list)) return { n: list.length >> 1, start: (i) => list[2 * i], end: (i) => list[2 * i + 1], item: () => null };
  const items = arr(list);
  return { n: items.length, start: (i) => pick(items[i])?.start, end: (i) => pick(items[i])?.end, item: (i) => items[i] };
}

/** The spans of `src` in text order, as a source again (the engine's lists are already; anything else is sorted). */
function inOrder(src) {
  let ok = true;
  for (let i = 1; i < src.n && ok; i++) ok = src.start(i) >= src.end(i - 1);
  if (ok) return src;
  const idx = Array.from({ length: src.n }, (_, i) => i).sort((a, b) => src.start(a) - src.start(b));
  // overlapping spans cannot be searched by their ends: keep each that starts after the one before it ends
  const keep = [];
  for (const i of idx) if (!keep.length || src.start(i) >= src.end(keep[keep.length - 1])) keep.push(i);
  return { n: keep.length, start: (k) => src.start(keep[k]), end: (k) => src.end(keep[k]), item: (k) => src.item(keep[k]) };
}

/** First index whose span ends after `pos` in a list sorted by position with no overlaps. */
function firstEndingAfter(src, pos) {
  let lo = 0, hi = src.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (src.end(mid) > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Quote indices in drawing order: by start, the longer of two at one place first. */
function quoteOrder(quotes, len) {
  const order = [];
  let sorted = true;
  for (let i = 0; i < quotes.length; i++) {
    if (!valid(quotes[i].span, len)) continue;
    const prev = order.length ? quotes[order[order.length - 1]].span : null;
    if (prev && (quotes[i].span.start < prev.start || (quotes[i].span.start === prev.start && quotes[i].span.end > prev.end))) sorted = false;
    order.push(i);
  }
  if (!sorted) order.sort((a, b) => quotes[a].span.start - quotes[b].span.start || quotes[b].span.end - quotes[a].span.end);
  return order;
}

/**
 * Cuts the text into blocks of about BLOCK_CHARS, each ending after a run of line breaks
 * that no quotation crosses where there is one. Returns [{ start, end, carried }], where
 * `carried` lists the quotes that began in an earlier block and go on into this one.
 */
function cutBlocks(text, quotes, order) {
  const len = text.length;
  const blocks = [];
  let qp = 0; // quotes in `order` starting before the cut are in `open`
  let open = [];
  const openAt = (c) => {
    while (qp < order.length && quotes[order[qp]].span.start < c) open.push(order[qp++]);
    if (open.length) open = open.filter((i) => quotes[i].span.end > c);
    return open;
  };
  const afterBreaks = (i) => { while (i < len && text.charCodeAt(i) === 10) i++; return i; };
  let pos = 0, carried = [];
  while (pos < len) {
    let cut = len;
    if (len - pos > BLOCK_CHARS) {
      const limit = pos + MAX_BLOCK_CHARS;
      let nl = text.indexOf("\n", pos + BLOCK_CHARS);
      let c = nl < 0 || nl >= limit ? -1 : afterBreaks(nl);
      // move past any quotation open at the cut, while that stays within the limit
      while (c > 0 && c < len) {
        const inside = openAt(c);
        if (!inside.length) break;
        const end = Math.max(...inside.map((i) => quotes[i].span.end));
        nl = text.indexOf("\n", end);
        const next = nl < 0 || nl >= limit ? -1 : afterBreaks(nl);
        if (next < 0) break; // cut inside the quotation after all
        c = next;
      }
      if (c < 0) {
        c = Math.min(limit, len);
        if (c < len && text.charCodeAt(c - 1) >= 0xd800 && text.charCodeAt(c - 1) < 0xdc00) c++; // not inside a surrogate pair
      }
      cut = Math.min(c, len);
    }
    blocks.push({ start: pos, end: cut, carried });
    carried = cut < len ? [...openAt(cut)] : [];
    pos = cut;
  }
  return blocks;
}

/** What renderText needs from an analysis, worked out once per analysis (a text view is drawn again and again). */
const prepared = new WeakMap();
function prepare(text, analysis) {
  const key = analysis && typeof analysis === "object" ? analysis : null;
  const hit = key && prepared.get(key);
  if (hit && hit.text === text) return hit;
  const quotes = arr(analysis?.quotes);
  const order = quoteOrder(quotes, text.length);
  const out = {
    text, quotes, order,
    blocks: cutBlocks(text, quotes, order),
    marks: [
      { kind: "bp", src: inOrder(spanSource(analysis?.boilerplate, (b) => b?.span)) },
      ...arr(analysis?.speakers).map((sp, si) => ({ kind: "mention", speaker: si, name: sp.name, src: inOrder(spanSource(sp.mentions)) })),
    ],
  };
  if (key) prepared.set(key, out);
  return out;
}

/**
 * Renders `text` into a new element.
 * opts: { analysis, hits: Span[] | SpanList, passages: Span[], current: Span, idPrefix, contained }
 * `current`: the place the reader jumped to (an occurrence, a note), marked and focusable as `${idPrefix}-current`.
 * `contained`: the element scrolls by itself (its blocks are drawn as it scrolls, not the page).
 */
export function renderText(text, { analysis, hits = [], passages = [], current = null, idPrefix = "t", contained = false } = {}) {
  const len = text.length;
  const root = h("div", { class: "article-text", lang: "en" });
  const { quotes, order, blocks, marks } = prepare(text, analysis);
  const layers = [...marks, { kind: "hit", src: inOrder(spanSource(hits)) }];
  if (current && valid(current, len)) layers.push({ kind: "current", src: spanSource([{ start: current.start, end: Math.max(current.end, current.start + 1) }]) });
  const shared = arr(passages).filter((m) => valid(m, len));

  /** Quotes in [a, b) for range(): those carried into the block, then those that start in it. */
  function blockQuotes(block) {
    const { start: a, end: b } = block;
    let lo = 0, hi = order.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[order[mid]].span.start < a) lo = mid + 1; else hi = mid; }
    const list = block.carried.map((i) => ({ q: quotes[i], index: i, start: a, end: Math.min(quotes[i].span.end, b), cont: true }));
    for (let k = lo; k < order.length && quotes[order[k]].span.start < b; k++) {
      const i = order[k];
      list.push({ q: quotes[i], index: i, start: quotes[i].span.start, end: Math.min(quotes[i].span.end, b), cont: false });
    }
    return list.sort((x, y) => x.start - y.start || y.end - x.end);
  }

  /** Marks other than quotes that touch [a, b), by start. */
  function blockLayers(a, b) {
    const out = [];
    for (const layer of layers) {
      const { src } = layer;
      for (let i = firstEndingAfter(src, a); i < src.n && src.start(i) < b; i++) {
        const m = { start: src.start(i), end: src.end(i) };
        if (!valid(m, len)) continue;
        if (layer.kind === "bp") out.push({ ...m, kind: "bp", reason: src.item(i)?.reason });
        else if (layer.kind === "mention") out.push({ ...m, kind: "mention", speaker: layer.speaker, name: layer.name });
        else if (layer.kind === "current") out.push({ ...m, kind: "current" });
        else out.push({ ...m, kind: "hit", k: i });
      }
    }
    shared.forEach((m, k) => m.start < b && m.end > a && out.push({ start: m.start, end: m.end, kind: "shared", k }));
    return out.sort((x, y) => x.start - y.start);
  }

  function drawBlock(el, block) {
    const flatLayers = blockLayers(block.start, block.end);
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
        const hit = on.find((x) => x.kind === "hit" || x.kind === "current");
        const span = document.createElement(hit ? "mark" : "span");
        const cls = [];
        for (const x of on) {
          if (x.kind === "bp") { cls.push("bp"); span.title = `Boilerplate set aside (${x.reason})`; }
          if (x.kind === "mention") { cls.push("mention", `sp-${speakerSlot(x.speaker)}`); span.dataset.speaker = x.name; }
          if (x.kind === "hit") { cls.push("hit"); span.dataset.hit = String(x.k); }
          if (x.kind === "shared") { cls.push("shared"); span.dataset.passage = String(x.k); }
          if (x.kind === "current") {
            cls.push("current");
            if (x.start === s0) { span.id = `${idPrefix}-current`; span.tabIndex = -1; } // its first piece only: one id
          }
        }
        span.className = cls.join(" ");
        span.textContent = t;
        parent.appendChild(span);
      }
    }

    function quoteEl(x) {
      const q = x.q;
      const speech = SPEECH.has(q.kind);
      const slot = speech ? speakerSlot(q.speakerId) : "ns";
      const mine = isReaders(analysis, x.index); // decided by the reader's correction
      return h("span", {
        class: `q kind-${q.kind} sp-${slot}${speech && q.speakerId == null ? " unattributed" : ""}${mine ? " reader" : ""}`,
        // a quotation carried on from the block before has its id, and its stop in the tab order, there
        tabindex: x.cont ? null : "0",
        id: x.cont ? null : `${idPrefix}-q${x.index}`,
        dataset: { q: String(x.index), tag: speech && !x.cont ? (q.speakerId == null ? "?" : String(q.speakerId + 1)) : "" },
        // its own description: the shared tooltip would be read with whatever it showed last
        "aria-description": x.cont ? null : quoteDescription(text, q, mine),
      });
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
          const qel = quoteEl(x);
          range(qel, start, end, kids.map((k) => ({ ...k, end: Math.min(k.end, end) })).filter((k) => k.end > k.start));
          parent.appendChild(qel);
          pos = end;
        }
        i = j;
      }
      flat(parent, pos, b);
    }

    range(el, block.start, block.end, blockQuotes(block));
  }

  // One element per block; those not drawn yet hold only their estimated height.
  const els = blocks.map((block) => {
    const el = document.createElement("div");
    el.className = "text-block";
    return el;
  });
  const drawn = new Uint8Array(blocks.length);
  const draw = (k) => {
    if (drawn[k]) return;
    drawn[k] = 1;
    els[k].style.height = "";
    els[k].className = "text-block";
    drawBlock(els[k], blocks[k]);
  };
  const eager = len <= EAGER_CHARS;
  blocks.forEach((block, k) => {
    if (eager || k < FIRST_BLOCKS) draw(k);
    else {
      els[k].className = "text-block pending";
      els[k].style.height = `${Math.round((block.end - block.start) * PX_PER_CHAR)}px`;
    }
  });
  root.append(...els);
  if (!eager && blocks.length > FIRST_BLOCKS) drawAsScrolled(root, els, drawn, draw, blocks, contained);
  views.set(root, { blocks, draw });
  return root;
}

/** The drawing of each text view: its blocks and how to draw one. */
const views = new WeakMap();

/**
 * Draws blocks as they come near the visible area, a few per frame; the first time, the
 * pending blocks' heights are set from the drawn ones, so the scroll bar fits the text.
 * A block above the visible area that changes height is made up for by scrolling as much,
 * so the text the reader sees stays where it is (the page turns the browser's own scroll
 * anchoring off for the text: it did not hold when many blocks changed at once).
 */
function drawAsScrolled(root, els, drawn, draw, blocks, contained) {
  const scroller = contained ? root : null;
  const wanted = new Set();
  const index = new Map(els.map((el, k) => [el, k]));
  let scheduled = false, measured = false;
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) wanted.add(index.get(e.target));
    schedule();
  }, { root: scroller, rootMargin: `${AHEAD_PX}px 0px` });
  /** Runs change(), which alters blocks `ks`, and scrolls by what those above the visible area grew. */
  const steady = (ks, change) => {
    const top = scroller ? scroller.getBoundingClientRect().top : 0;
    const above = ks.filter((k) => els[k].getBoundingClientRect().top < top);
    const height = () => above.reduce((sum, k) => sum + els[k].getBoundingClientRect().height, 0);
    const before = height();
    change();
    const dy = above.length ? height() - before : 0;
    if (Math.abs(dy) >= 1) {
      if (scroller) scroller.scrollTop += dy;
      else window.scrollBy(0, dy);
    }
  };
  const measure = () => {
    let px = 0, chars = 0;
    els.forEach((el, k) => { if (drawn[k]) { px += el.offsetHeight; chars += blocks[k].end - blocks[k].start; } });
    if (!px || !chars) return;
    measured = true;
    const perChar = px / chars;
    const pending = els.map((_, k) => k).filter((k) => !drawn[k]);
    steady(pending, () => pending.forEach((k) => { els[k].style.height = `${Math.round((blocks[k].end - blocks[k].start) * perChar)}px`; }));
  };
  const step = () => {
    scheduled = false;
    if (!root.isConnected) return void io.disconnect();
    if (!measured) measure();
    const batch = [...wanted].filter((k) => !drawn[k] && near(els[k], scroller)).sort((a, b) => a - b);
    wanted.clear();
    steady(batch, () => {
      const t0 = performance.now();
      for (const k of batch) {
        if (performance.now() - t0 > STEP_MS) wanted.add(k); // next frame
        else { draw(k); io.unobserve(els[k]); }
      }
    });
    if (wanted.size) schedule();
  };
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(step);
  }
  els.forEach((el, k) => { if (!drawn[k]) io.observe(el); });
}

/**
 * Draws the block of a text view holding `offset` (a quote far down is then in the page),
 * and those on either side, so that the caller can scroll to it with text all around.
 */
export function reveal(root, offset) {
  const view = root && views.get(root);
  if (!view) return;
  const { blocks, draw } = view;
  let lo = 0, hi = blocks.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (blocks[mid].start <= offset) lo = mid; else hi = mid - 1; }
  for (let k = Math.max(0, lo - 1); k <= Math.min(blocks.length - 1, lo + 1); k++) draw(k);
}

/** Speakers the legend names; the colours repeat after eight, and each quotation carries its speaker's number. */
const LEGEND_SPEAKERS = 16;

/** Legend: speakers (colour + number tag + name) and the other marks. */
export function legend(analysis, { hits = false, passages = false } = {}) {
  const speakers = arr(analysis?.speakers);
  const items = speakers.slice(0, LEGEND_SPEAKERS).map((sp, i) =>
    h("li", null, h("span", { class: `swatch q sp-${speakerSlot(i)}`, dataset: { tag: String(i + 1) } }, "\u00a0"), " ", sp.name || `Speaker ${i + 1}`));
  if (speakers.length > LEGEND_SPEAKERS) items.push(h("li", { class: "muted" }, `and ${(speakers.length - LEGEND_SPEAKERS).toLocaleString("en-US")} more speakers (the number on a quotation is its speaker’s)`));
  let unattributed = false, other = false; // one pass, however many quotes
  for (const q of arr(analysis?.quotes)) {
    if (!SPEECH.has(q.kind)) other = true;
    else if (q.speakerId == null) unattributed = true;
    if (other && unattributed) break;
  }
  if (unattributed) items.push(h("li", null, h("span", { class: "swatch q sp-none unattributed", dataset: { tag: "?" } }, "\u00a0"), " Not attributed"));
  if (other) items.push(h("li", null, h("span", { class: "swatch q sp-ns" }, "\u00a0"), " Title or scare quote"));
  if (arr(analysis?.speakers).some((s) => spanCount(s.mentions))) items.push(h("li", null, h("span", { class: "mention sp-0 legend-mention" }, "Name"), " Speaker mention"));
  if (arr(analysis?.boilerplate).length) items.push(h("li", null, h("span", { class: "bp" }, "Aa"), " Boilerplate (set aside)"));
  if (arr(analysis?.corrections).some((c) => arr(c.quotes).length)) items.push(h("li", null, h("span", { class: "q sp-ns reader legend-reader", dataset: { tag: "" } }, "words"), " Your correction"));
  if (hits) items.push(h("li", null, h("mark", { class: "hit" }, "term"), " Selected term"));
  if (passages) items.push(h("li", null, h("span", { class: "shared" }, "text"), " Shared passage"));
  return h("ul", { class: "legend", "aria-label": "Legend" }, items);
}

/**
 * How the engine linked a quotation to its speaker, in words a journalist reads: each rule
 * name (src/quotes/rule.rs) as a phrase with the pattern it matched, the speaker's name in it.
 */
const RULES = {
  "cue-after": (x) => `named after the quotation (“…,” ${x} said)`,
  "cue-before": (x) => `named before the quotation (${x} said: “…”)`,
  "cue-inside": (x) => `named between two parts of one quotation (“…,” ${x} said, “…”)`,
  "according-to": (x) => `named with “according to” (“…,” according to ${x})`,
  "headline-colon": (x) => `named before a colon in a headline (${x}: “…”)`,
  "dash-signature": (x) => `named after a dash that follows the quotation (“…” — ${x})`,
  "speaker-label": (x) => `named by the label opening the paragraph, as in a transcript (${x.toUpperCase()}: “…”)`,
  "colon-intro": (x) => `introduced by the writer’s sentence ending in a colon (${x} was blunt: “…”)`,
  "sentence-subject": (x) => `the subject of the writer’s sentence around the words (${x} called it “…”)`,
  possessor: (x) => `the words of something ${x} said, named before them (${x}’s promise of “…”)`,
  continuation: () => "no name nearby: the speaker of the quotation just before, in the same or the previous paragraph",
  "pull-quote": () => "a pull quote: words repeated from the body, given to the speaker they have there",
  nested: () => "a quotation inside someone’s quotation: given to that person",
  pronoun: (x, pronoun = "she") => `named by a pronoun (“…,” ${pronoun} said) that refers to ${x}, named earlier`,
};

/** A rule's phrase; an unknown rule name is shown as it is. */
export const ruleText = (rule, speaker, mention) => (RULES[rule] ? RULES[rule](speaker || "the speaker", mention) : String(rule));

/** What each kind of quotation is. */
const KINDS = {
  direct: "direct: a whole statement in quotation marks",
  partial: "partial: a few quoted words inside the writer’s sentence",
  nested: "nested: a quotation inside a quotation",
  title: "title of a work (not speech)",
  scare: "scare quote: words set apart, not speech",
};
export const kindText = (kind) => KINDS[kind] ?? String(kind);

/** Describes a quote for the tooltip and its accessible description: speaker, cue, rule; `mine`: as the reader's correction decided. */
export function quoteEvidence(text, q, mine = false) {
  const rows = [];
  if (mine) rows.push(["Decided by", "you (your correction)"]);
  if (SPEECH.has(q.kind)) rows.push(["Speaker", q.speaker ?? "not attributed"]);
  else rows.push(["Kind", kindText(q.kind)]);
  if (q.cue?.span) rows.push(["Cue", `“${text.slice(q.cue.span.start, q.cue.span.end)}”${q.cue.lemma ? ` (the verb ${q.cue.lemma})` : ""}`]);
  if (q.mention && Number.isFinite(q.mention.start)) rows.push(["Mention", `“${text.slice(q.mention.start, q.mention.end)}”`]);
  const mention = q.mention && Number.isFinite(q.mention.start) ? text.slice(q.mention.start, q.mention.end) : "";
  if (q.rule) rows.push(["Rule", ruleText(q.rule, q.speaker, /^[a-z]+$/i.test(mention) ? mention.toLowerCase() : undefined)]);
  if (SPEECH.has(q.kind)) rows.push(["Kind", kindText(q.kind)]);
  if (Number.isFinite(q.words)) rows.push(["Words", String(q.words)]);
  if (q.repeats != null) rows.push(["Repeats", `quote ${q.repeats + 1} (a pull quote)`]);
  return rows;
}

/** The evidence as one sentence for a screen reader ("Speaker: Obama. Cue: …"). */
export const quoteDescription = (text, q, mine = false) => quoteEvidence(text, q, mine).map(([k, v]) => `${k}: ${v}.`).join(" ");

/** Shows the evidence tooltip for quotes under the pointer or focus inside `container`. */
export function attachTooltips(container, getContext) {
  const tip = document.getElementById("tooltip");
  tip.setAttribute("aria-hidden", "true"); // for the eye: each quotation carries the same words as its description
  const show = (el) => {
    const ctx = getContext(el);
    if (!ctx) return;
    const q = arr(ctx.analysis?.quotes)[Number(el.dataset.q)];
    if (!q) return;
    tip.replaceChildren(
      h("dl", null, quoteEvidence(ctx.text, q, isReaders(ctx.analysis, Number(el.dataset.q))).map(([k, v]) => [h("dt", null, k), h("dd", null, v)])),
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

/** Words either side of a note's mark that say where it is. */
const NOTE_WORDS = 6;

/**
 * Where a note's mark is, in words a reader can find: its paragraph and the words around
 * the mark ("paragraph 4: … told reporters “We will respond …").
 */
export function noteWhere(text, analysis, span) {
  const paras = analysis?.paragraphs;
  let n = 0, from = 0, to = text.length; // the mark's paragraph, which the words around it stay in
  if (ArrayBuffer.isView(paras)) {
    for (let i = 0; i + 1 < paras.length && paras[i] <= span.start; i += 2) { n = i / 2 + 1; from = paras[i]; to = Math.max(paras[i + 1], span.end); }
  }
  const before = text.slice(Math.max(from, span.start - 200), span.start).split(/\s+/).filter(Boolean).slice(-NOTE_WORDS).join(" ");
  const after = text.slice(span.end, Math.min(to, span.end + 200)).split(/\s+/).filter(Boolean).slice(0, NOTE_WORDS).join(" ");
  const mark = text.slice(span.start, span.end);
  const space = (ch) => (/\s/.test(ch ?? "") ? " " : "");
  return { paragraph: n, context: `…${before}${before ? space(text[span.start - 1]) : ""}${mark}${after ? space(text[span.end]) : ""}${after}…`, mark };
}

/** A note's sentence, opening with a capital and saying where its mark is. */
export function noteSentence(text, analysis, note) {
  const msg = String(note.message || note.code || "");
  const said = msg.charAt(0).toUpperCase() + msg.slice(1);
  if (!note.span || !Number.isFinite(note.span.start)) return `${said}.`;
  const w = noteWhere(text, analysis, note.span);
  return `${said.replace(/\bhere\b/, `(${w.mark})`)}${w.paragraph ? ` in paragraph ${w.paragraph}` : ""}: ${w.context}`;
}

/** Notes about the quotation marks shown first. */
const NOTES_LISTED = 20;

/** The text's notes (unclosed or stray quotation marks, pronouns that fit no one), each saying where, with a link to the place. */
export function notesList(text, analysis, onShow) {
  const notes = arr(analysis?.notes);
  if (!notes.length) return null;
  return h("section", { class: "notes-card", "aria-labelledby": "notes-h" },
    h("h4", { id: "notes-h" }, `To check: ${notes.length} note${notes.length === 1 ? "" : "s"} on quotation marks and speakers`),
    h("ul", { class: "notes" }, notes.slice(0, NOTES_LISTED).map((n) => h("li", null,
      h("span", { "aria-hidden": "true" }, "⚠ "), noteSentence(text, analysis, n), " ",
      n.span ? h("button", { type: "button", class: "link", onclick: () => onShow(n.span) }, "Show in text") : null)),
      notes.length > NOTES_LISTED ? h("li", { class: "muted" }, `and ${(notes.length - NOTES_LISTED).toLocaleString("en-US")} more`) : null));
}
