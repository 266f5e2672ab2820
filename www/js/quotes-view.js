// Quotes grouped by speaker, each speaker's share of the quoted words, and non-speech quotes.
import { h, fmt, pct, arr, speakerSlot } from "./dom.js";
import { barChart } from "./charts.js";
import { quoteEvidence } from "./text-view.js";

const SPEECH = new Set(["direct", "partial", "nested"]);

export function renderQuotes({ text, analysis, on }) {
  const quotes = arr(analysis?.quotes);
  const speakers = arr(analysis?.speakers);
  const speech = quotes.map((q, i) => ({ q, i })).filter((x) => SPEECH.has(x.q.kind));
  const other = quotes.map((q, i) => ({ q, i })).filter((x) => !SPEECH.has(x.q.kind));
  if (!quotes.length) return h("p", { class: "empty" }, "No quotations found in this article.");

  const groups = speakers.map((sp, si) => ({
    name: sp.name || `Speaker ${si + 1}`, slot: speakerSlot(si), tag: String(si + 1),
    items: speech.filter((x) => x.q.speakerId === si),
    words: Number.isFinite(sp.quotedWords) ? sp.quotedWords : speech.filter((x) => x.q.speakerId === si).reduce((a, x) => a + (x.q.words || 0), 0),
  }));
  const unattributed = speech.filter((x) => x.q.speakerId == null || !speakers[x.q.speakerId]);
  if (unattributed.length) groups.push({ name: "Not attributed", slot: "none", tag: "?", items: unattributed, words: unattributed.reduce((a, x) => a + (x.q.words || 0), 0), unattributed: true });
  const totalWords = groups.reduce((a, g) => a + g.words, 0) || 1;

  const chart = barChart(groups.map((g) => ({ label: `${g.tag}. ${g.name}`, value: g.words / totalWords, cls: `fill-sp-${g.slot}` })),
    { title: "Share of quoted words by speaker", valueLabel: (v) => pct(v), max: 1, desc: groups.map((g) => `${g.name}: ${pct(g.words / totalWords)}`).join(", ") });

  const quoteItem = ({ q, i }) => h("li", { class: "quote-item" },
    h("blockquote", { class: `q-block sp-border-${SPEECH.has(q.kind) ? speakerSlot(q.speakerId) : "ns"}` }, q.text ?? text.slice(q.span?.start, q.span?.end)),
    h("div", { class: "evidence" },
      quoteEvidence(text, q).filter(([k]) => k !== "Speaker").map(([k, v]) => h("span", { class: "ev" }, h("span", { class: "ev-k" }, `${k}: `), v)),
      h("button", { type: "button", class: "link", onclick: () => on.showQuote(i) }, "Show in text")));

  return h("div", { class: "quotes-view" },
    h("div", { class: "card" },
      h("h3", null, "Who is quoted"),
      h("p", { class: "muted" }, `${fmt(speech.length)} speech quotation${speech.length === 1 ? "" : "s"}, ${fmt(totalWords === 1 && !groups.length ? 0 : totalWords)} quoted words; share of quoted words by speaker.`),
      chart),
    groups.map((g) => h("section", { class: "card speaker-group", "aria-label": `Quotes by ${g.name}` },
      h("h3", null, h("span", { class: `swatch q sp-${g.slot}${g.unattributed ? " unattributed" : ""}`, dataset: { tag: g.tag } }, "\u00a0"), " ", g.name,
        h("span", { class: "muted" }, ` · ${g.items.length} quote${g.items.length === 1 ? "" : "s"}, ${fmt(g.words)} words (${pct(g.words / totalWords)})`)),
      h("ol", { class: "quote-list" }, g.items.map(quoteItem)))),
    other.length ? h("section", { class: "card", "aria-label": "Titles and scare quotes" },
      h("h3", null, "Not speech: titles and scare quotes"),
      h("ul", { class: "chips" }, other.map(({ q, i }) => h("li", null,
        h("button", { type: "button", class: "chip", onclick: () => on.showQuote(i) }, `“${q.text}”`, h("span", { class: "muted" }, ` ${q.kind}`)))))) : null);
}
