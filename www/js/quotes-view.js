// Quotes grouped by speaker, each speaker's share of the quoted words, and non-speech quotes.
// The groups are drawn a screenful at a time (lazy.js): a long article has tens of thousands.
import { h, fmt, pct, arr, speakerSlot } from "./dom.js";
import { responsiveBars } from "./bar-list.js";
import { quoteEvidence, kindText } from "./text-view.js";
import { lazyRows } from "./lazy.js";
import { quoteCorrector, speakerCorrector, correctionsCard, isReaders, readerQuotes } from "./corrections.js";

const SPEECH = new Set(["direct", "partial", "nested"]);
/** Speakers the share chart shows by name; the rest are one bar ("N others"). */
const CHART_SPEAKERS = 12;
/** Rows (group headings and quotes) drawn at once; the others as the reader scrolls. */
const FIRST_ROWS = 40;

/** The speech quotes by speaker (one pass, however many speakers), plus those attributed to no known speaker. */
function bySpeaker(quotes, speakers) {
  const lists = speakers.map(() => []);
  const unattributed = [];
  const other = [];
  quotes.forEach((q, i) => {
    if (!SPEECH.has(q.kind)) other.push({ q, i });
    else if (q.speakerId != null && lists[q.speakerId]) lists[q.speakerId].push({ q, i });
    else unattributed.push({ q, i });
  });
  return { lists, unattributed, other };
}

/** Chart bars: every group, or the CHART_SPEAKERS - 1 with most words and one bar for the others. */
function chartBars(groups, totalWords) {
  const bar = (g) => ({ label: `${g.tag}. ${g.name}`, value: g.words / totalWords, cls: `fill-sp-${g.slot}` });
  if (groups.length <= CHART_SPEAKERS) return groups.map(bar);
  const top = [...groups].sort((a, b) => b.words - a.words);
  const rest = top.slice(CHART_SPEAKERS - 1);
  return [...top.slice(0, CHART_SPEAKERS - 1).map(bar),
    { label: `${fmt(rest.length)} others`, value: rest.reduce((a, g) => a + g.words, 0) / totalWords, cls: "fill-sp-none" }];
}

export function renderQuotes({ text, analysis, on, corrections = [] }) {
  const quotes = arr(analysis?.quotes);
  const speakers = arr(analysis?.speakers);
  // The reader's corrections, with what became of each (on.correct and on.undo change them).
  const fixes = on.correct ? correctionsCard({ corrections, analysis, on }) : null;
  if (!quotes.length) return h("div", { class: "quotes-view" }, fixes, h("p", { class: "empty" }, "No quotations found in this article."));
  const mine = readerQuotes(analysis);
  const { lists, unattributed, other } = bySpeaker(quotes, speakers);
  const speechCount = quotes.length - other.length;

  const groups = speakers.map((sp, si) => ({
    name: sp.name || `Speaker ${si + 1}`, role: sp.role || "", slot: speakerSlot(si), tag: String(si + 1), id: si,
    // named by the reader: every quotation of theirs is the reader's decision
    readers: arr(sp.quotes).length > 0 && arr(sp.quotes).every((qi) => mine.has(qi)),
    items: lists[si],
    words: Number.isFinite(sp.quotedWords) ? sp.quotedWords : lists[si].reduce((a, x) => a + (x.q.words || 0), 0),
  }));
  if (unattributed.length) groups.push({ name: "Not attributed", slot: "none", tag: "?", items: unattributed, words: unattributed.reduce((a, x) => a + (x.q.words || 0), 0), unattributed: true });
  const totalWords = groups.reduce((a, g) => a + g.words, 0) || 1;

  const bars = chartBars(groups, totalWords);
  const chart = responsiveBars(bars, { title: "Share of quoted words by speaker", valueLabel: (v) => pct(v), max: 1, desc: bars.map((b) => `${b.label}: ${pct(b.value)}`).join(", ") });

  const quoteItem = ({ q, i }) => h("li", { class: `quote-item${mine.has(i) ? " reader" : ""}` },
    h("blockquote", { class: `q-block sp-border-${SPEECH.has(q.kind) ? speakerSlot(q.speakerId) : "ns"}` }, q.text ?? text.slice(q.span?.start, q.span?.end)),
    h("div", { class: "evidence" },
      isReaders(analysis, i) ? h("span", { class: "ev reader-badge" }, h("span", { "aria-hidden": "true" }, "✎ "), "Your correction") : null,
      quoteEvidence(text, q).filter(([k]) => k !== "Speaker").map(([k, v]) => h("span", { class: "ev" }, h("span", { class: "ev-k" }, `${k}: `), v)),
      h("button", { type: "button", class: "link", onclick: () => on.showQuote(i) }, "Show in text")),
    on.correct ? quoteCorrector({ text, analysis, i, on }) : null);
  const groupCard = (g) => h("section", { class: "card speaker-group", "aria-label": `Quotes by ${g.name}` },
    h("h3", null, h("span", { class: `swatch q sp-${g.slot}${g.unattributed ? " unattributed" : ""}`, dataset: { tag: g.tag } }, "\u00a0"), " ", g.name,
      g.role ? h("span", { class: "speaker-role muted" }, `(${g.role})`) : null,
      g.readers ? h("span", { class: "reader-badge" }, h("span", { "aria-hidden": "true" }, " ✎"), " named by you") : null,
      h("span", { class: "muted" }, ` · ${g.items.length} quote${g.items.length === 1 ? "" : "s"}, ${fmt(g.words)} words (${pct(g.words / totalWords)})`)),
    on.correct && !g.unattributed ? speakerCorrector({ text, analysis, speakerId: g.id, on }) : null,
    h("ol", { class: "quote-list" }));
  const otherCard = () => h("section", { class: "card", "aria-label": "Titles and scare quotes" },
    h("h3", null, "Not speech: titles and scare quotes"),
    h("ul", { class: "chips" }));
  const chip = ({ q, i }) => h("li", { class: mine.has(i) ? "reader" : null },
    h("button", { type: "button", class: "chip", title: kindText(q.kind), onclick: () => on.showQuote(i) }, `“${q.text}”`, h("span", { class: "muted" }, ` ${q.kind === "scare" ? "scare quote" : q.kind}`),
      mine.has(i) ? h("span", { class: "reader-badge" }, h("span", { "aria-hidden": "true" }, " ✎"), " your correction") : null),
    on.correct ? quoteCorrector({ text, analysis, i, on }) : null);

  const view = h("div", { class: "quotes-view" },
    fixes,
    h("div", { class: "card" },
      h("h3", null, "Who is quoted"),
      h("p", { class: "muted" }, `${fmt(speechCount)} speech quotation${speechCount === 1 ? "" : "s"}, ${fmt(totalWords === 1 && !groups.length ? 0 : totalWords)} quoted words; share of quoted words by speaker.`),
      chart));

  // One row per group heading and per quote, in order; a heading opens the list its quotes go in.
  const rows = [];
  for (const g of groups) {
    rows.push({ open: () => groupCard(g) });
    for (const x of g.items) rows.push({ item: () => quoteItem(x) });
  }
  if (other.length) {
    rows.push({ open: otherCard });
    for (const x of other) rows.push({ item: () => chip(x) });
  }
  let list = null;
  lazyRows(view, rows.length, (k) => {
    const row = rows[k];
    if (row.open) {
      const card = row.open();
      list = card.querySelector(".quote-list, .chips");
      view.append(card);
    } else list.append(row.item());
  }, { first: FIRST_ROWS });
  return view;
}
