// One card of figures per article.
import { h, fmt, pct, arr } from "./dom.js";
import { renderKeyDifferences } from "./compare-view.js";
import { noteSentence } from "./text-view.js";

function flesch(v) {
  if (!Number.isFinite(v)) return "";
  if (v >= 80) return "easy";
  if (v >= 60) return "plain English";
  if (v >= 50) return "fairly difficult";
  if (v >= 30) return "difficult";
  return "very difficult";
}

function minutes(m) {
  if (!Number.isFinite(m)) return "–";
  if (m < 1) return "< 1 min";
  return `${Math.round(m)} min`;
}

/** Speakers a card names (those quoted most when there are more) and notes it lists; a long article has hundreds. */
const SPEAKERS_SHOWN = 12;
const NOTES_SHOWN = 10;

/** "and 3 more notes", or "" for none. */
const more = (n, what) => (n > 0 ? `and ${fmt(n)} more ${what}${n === 1 ? "" : "s"}` : "");

/** The speakers with their quote counts, the most quoted first when not all are named. */
function quoted(speakers) {
  const count = (s) => arr(s.quotes).length;
  const named = speakers.length <= SPEAKERS_SHOWN ? speakers : [...speakers].sort((a, b) => count(b) - count(a)).slice(0, SPEAKERS_SHOWN);
  const list = named.map((s) => `${s.name} (${count(s)})`).join(", ");
  const rest = more(speakers.length - named.length, "speaker");
  return rest ? `${list}, ${rest}` : list;
}

/**
 * One card per article, and with two or more articles the comparison's key differences
 * first. comparison: normalizeComparison(...) or null; on: { open(i, view), jump(article, quote) }.
 */
export function renderOverview({ articles, results, pending, comparison = null, on }) {
  if (!articles.length) return h("p", { class: "empty" }, "Add an article to see its analysis.");
  const cards = h("div", { class: "overview" }, articles.map((a, i) => {
    const r = results[i];
    const st = r?.stats;
    const title = a.title || `Article ${i + 1}`;
    if (!a.text.trim()) return h("article", { class: "card stat-card" }, h("h3", null, title), h("p", { class: "empty" }, "Empty: paste or type some text."));
    if (!st) return h("article", { class: "card stat-card" }, h("h3", null, title), h("p", { class: "muted" }, pending ? "Analysing…" : "No result."));
    const bpCount = arr(r.boilerplate).length;
    const cells = [
      ["Words", fmt(st.words)],
      ["Sentences", fmt(st.sentences)],
      ["Reading time", minutes(st.readingMinutes)],
      ["Readability", fmt(st.fleschReadingEase, 0), `Flesch reading ease: ${flesch(st.fleschReadingEase)}`],
      ["Quotes", fmt(st.quotes)],
      ["In quotes", pct(st.quotedShare), `${fmt(st.quotedWords)} words`],
      ["Speakers", fmt(arr(r.speakers).length)],
      ["Set aside", bpCount ? fmt(st.boilerplateCharacters) : "none", bpCount ? `boilerplate characters in ${bpCount} block${bpCount === 1 ? "" : "s"}` : "no boilerplate found"],
    ];
    return h("article", { class: "card stat-card", "aria-labelledby": `ov-h-${i}` },
      h("div", { class: "stat-head" },
        h("h3", { id: `ov-h-${i}` }, h("span", { class: "art-num" }, `${i + 1}`), " ", title),
        h("div", { class: "stat-links" },
          h("button", { type: "button", class: "link", onclick: () => on.open(i, "text") }, "Text"),
          h("button", { type: "button", class: "link", onclick: () => on.open(i, "quotes") }, "Quotes"),
          h("button", { type: "button", class: "link", onclick: () => on.open(i, "terms") }, "Terms"))),
      h("dl", { class: "stats" }, cells.map(([k, v, sub]) => h("div", { class: "stat" }, h("dt", null, k), h("dd", null, v, sub ? h("small", null, sub) : null)))),
      arr(r.speakers).length ? h("p", { class: "who" }, h("span", { class: "muted" }, "Quoted: "), quoted(arr(r.speakers))) : null,
      arr(r.notes).length ? h("ul", { class: "notes" }, arr(r.notes).slice(0, NOTES_SHOWN).map((n) => h("li", null, h("span", { "aria-hidden": "true" }, "⚠ "), noteSentence(a.text, r, n))),
        more(arr(r.notes).length - NOTES_SHOWN, "note") && h("li", { class: "muted" }, more(arr(r.notes).length - NOTES_SHOWN, "note"))) : null);
  }));
  if (!comparison || comparison.articles.length < 2) return cards;
  return h("div", { class: "overview-wrap" }, renderKeyDifferences(comparison, { on, prefix: "ov-kd" }), cards);
}
