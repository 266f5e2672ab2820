// The reader's corrections: the controls that make them (Quotes view), the list of those made
// with what became of each, and which quotations they decided. The engine applies them (its
// `corrections` option, js/types.d.ts): each article keeps its own list, in order, in
// `article.corrections`, saved with the article (storage.js) and in a session file.
import { h, arr } from "./dom.js";

/**
 * Characters of text before a quotation kept in its reference: enough to tell a repeated
 * quotation from another (as src/corrections.rs's CONTEXT_CHARS), short enough that an edit
 * elsewhere leaves it whole.
 */
export const CONTEXT_CHARS = 32;

const SPEECH = new Set(["direct", "partial", "nested"]);
/** Outcomes of a correction that changed nothing (CorrectionResult.status in js/types.d.ts). */
const UNAPPLIED = new Set(["not-found", "ambiguous", "skipped"]);

/**
 * The reference to quotation `i` of `quotes` in `text`: its words, which of the quotations with
 * those words it is, and the text just before it. No offsets: they move with every edit.
 */
export function quoteRef(text, quotes, i) {
  const q = quotes[i];
  const words = q.text ?? text.slice(q.span.start, q.span.end);
  let occurrence = 0;
  for (let k = 0; k < i; k++) if ((quotes[k].text ?? text.slice(quotes[k].span.start, quotes[k].span.end)) === words) occurrence++;
  let from = Math.max(0, q.span.start - CONTEXT_CHARS);
  // Not half a surrogate pair: the engine would read it as another character.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from])) from++;
  return { text: words, occurrence, before: text.slice(from, q.span.start) };
}

const decided = new WeakMap(); // analysis -> Set of quotation indices the reader decided

/** The indices of the quotations of `analysis` that the reader's corrections decided. */
export function readerQuotes(analysis) {
  if (!analysis || typeof analysis !== "object") return new Set();
  let set = decided.get(analysis);
  if (!set) {
    set = new Set(arr(analysis.corrections).flatMap((c) => arr(c.quotes)));
    decided.set(analysis, set);
  }
  return set;
}

/** True when quotation `i` of `analysis` is as the reader decided. */
export const isReaders = (analysis, i) => readerQuotes(analysis).has(i);

/** Who decided quotation `i` of `analysis`, for exports: "reader" or "Lede". */
export const decidedBy = (analysis, i) => (isReaders(analysis, i) ? "reader" : "Lede");

const short = (t, n = 60) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
const quoted = (r) => `“${short(typeof r === "string" ? r : String(r?.text ?? ""))}”`;

/** One correction in words. */
export function correctionText(c) {
  if (c?.type === "speaker") return `${quoted(c.quote)} is ${c.speaker == null ? "no one’s" : `${c.speaker}’s`}`;
  if (c?.type === "kind") return `${quoted(c.quote)} is ${SPEECH.has(c.kind) ? "speech" : c.kind === "title" ? "a title, not speech" : "a scare quote, not speech"}`;
  if (c?.type === "merge") return `${c.from} is the same person as ${c.into}`;
  if (c?.type === "split") return `${arr(c.quotes).length} of ${c.speaker}’s quotations are ${c.name}’s`;
  return "an unknown correction";
}

/** Checks a list of corrections read from a file (a session): the well-formed ones, in order. */
export function validCorrections(list) {
  const ref = (r) => typeof r === "string" || (r && typeof r === "object" && typeof r.text === "string"
    && (r.occurrence === undefined || (Number.isInteger(r.occurrence) && r.occurrence >= 0))
    && (r.before === undefined || typeof r.before === "string"));
  const name = (s) => typeof s === "string" && s.trim() !== "";
  const ok = (c) => {
    if (!c || typeof c !== "object") return false;
    if (c.type === "speaker") return ref(c.quote) && (c.speaker === null || name(c.speaker));
    if (c.type === "kind") return ref(c.quote) && ["direct", "partial", "title", "scare"].includes(c.kind);
    if (c.type === "merge") return name(c.from) && name(c.into);
    if (c.type === "split") return name(c.speaker) && name(c.name) && Array.isArray(c.quotes) && c.quotes.length > 0 && c.quotes.every(ref);
    return false;
  };
  const fields = { speaker: ["quote", "speaker"], kind: ["quote", "kind"], merge: ["from", "into"], split: ["speaker", "quotes", "name"] };
  return arr(list).filter(ok).map((c) => Object.fromEntries([["type", c.type], ...fields[c.type].map((k) => [k, c[k]])]));
}

/**
 * The reader's corrections of an article, each with what became of it: applied, or why not
 * (a quotation edited away, a speaker no longer quoted), and a button that takes it back.
 */
export function correctionsCard({ corrections, analysis, on }) {
  const list = arr(corrections);
  if (!list.length) return null;
  const results = arr(analysis?.corrections);
  const failed = results.filter((r) => UNAPPLIED.has(r.status)).length;
  return h("section", { class: "card corrections", "aria-labelledby": "corrections-h" },
    h("h3", { id: "corrections-h" }, h("span", { class: "reader-mark", "aria-hidden": "true" }, "✎"), ` Your corrections (${list.length})`),
    h("p", { class: "muted" }, "Your decisions, kept with the article: every figure, chart, comparison and export uses them.",
      failed ? ` ${failed} no longer find${failed === 1 ? "s" : ""} what ${failed === 1 ? "it names" : "they name"} in the text and change${failed === 1 ? "s" : ""} nothing.` : ""),
    h("ol", { class: "correction-list" }, list.map((c, k) => {
      const r = results[k];
      const lost = r && r.status !== "applied";
      return h("li", { class: lost ? "lost" : null },
        lost ? h("span", { "aria-hidden": "true" }, "⚠ ") : null,
        correctionText(c),
        r && lost ? h("span", { class: "muted" }, ` — ${r.message}`) : null,
        " ",
        h("button", { type: "button", class: "btn btn-quiet", "aria-label": `Undo: ${correctionText(c)}`, onclick: () => on.undo(k) }, "Undo"));
    })));
}

/**
 * A folded <details> whose content `build()` makes when it is first opened: a long article has
 * thousands of quotations and speakers, and a form for each, drawn at once, took hundreds of ms.
 */
function folded(summary, build) {
  const box = h("details", { class: "fix" }, h("summary", null, summary));
  box.addEventListener("toggle", () => {
    if (box.open && box.childElementCount === 1) box.append(...[build()].flat().filter(Boolean));
  });
  return box;
}

/** A select with `choices` ([value, label]) and its label. */
function picker(id, label, choices) {
  return [h("label", { for: id }, label),
    h("select", { id }, choices.map(([v, l]) => h("option", { value: v }, l)))];
}

/**
 * The controls that correct quotation `i`: give it to one of the article's speakers, to a new
 * name or to no one; mark it as speech or not.
 */
export function quoteCorrector({ text, analysis, i, on }) {
  return folded("Correct", () => quoteForm({ text, analysis, i, on }));
}

function quoteForm({ text, analysis, i, on }) {
  const quotes = arr(analysis?.quotes);
  const q = quotes[i];
  const speakers = arr(analysis?.speakers);
  const id = `fix-${i}`;
  const ref = () => quoteRef(text, quotes, i);
  const speech = SPEECH.has(q.kind);
  const choices = speakers.map((s, k) => [String(k), s.name]).filter(([k]) => Number(k) !== q.speakerId);
  const form = h("form", { class: "fix-form", onsubmit: (e) => {
    e.preventDefault();
    const typed = form.querySelector(`#${id}-name`).value.trim();
    const pick = form.querySelector(`#${id}-who`).value;
    const speaker = typed || (pick === "none" ? null : speakers[Number(pick)]?.name ?? null);
    on.correct({ type: "speaker", quote: ref(), speaker });
  } },
    h("div", { class: "fix-row" },
      ...picker(`${id}-who`, "Give to", [...choices, ["none", "No one (not attributed)"]]),
      h("label", { for: `${id}-name` }, "or a new name"),
      h("input", { id: `${id}-name`, type: "text", autocomplete: "off", spellcheck: "false", placeholder: "Name" }),
      h("button", { type: "submit", class: "btn" }, "Give")),
    h("div", { class: "fix-row" },
      speech
        ? [h("button", { type: "button", class: "btn", onclick: () => on.correct({ type: "kind", quote: ref(), kind: "scare" }) }, "Not speech: scare quote"),
          h("button", { type: "button", class: "btn", onclick: () => on.correct({ type: "kind", quote: ref(), kind: "title" }) }, "Not speech: title")]
        : h("button", { type: "button", class: "btn", onclick: () => on.correct({ type: "kind", quote: ref(), kind: "partial" }) }, "Mark as speech")));
  return form;
}

/**
 * The controls that correct speaker `speakerId` as a whole: the same person as another of the
 * article's speakers (merge), or two people (split some quotations off to a new name).
 */
export function speakerCorrector({ text, analysis, speakerId, on }) {
  const sp = arr(analysis?.speakers)[speakerId];
  const others = arr(analysis?.speakers).length > 1;
  if (!sp || (!others && arr(sp.quotes).length < 2)) return null;
  return folded(`Correct ${sp.name}`, () => speakerForms({ text, analysis, speakerId, on }));
}

function speakerForms({ text, analysis, speakerId, on }) {
  const quotes = arr(analysis?.quotes);
  const speakers = arr(analysis?.speakers);
  const sp = speakers[speakerId];
  const id = `fix-sp-${speakerId}`;
  const others = speakers.map((s, k) => [String(k), s.name]).filter(([k]) => Number(k) !== speakerId);
  const merge = others.length ? h("form", { class: "fix-row", onsubmit: (e) => {
    e.preventDefault();
    const into = speakers[Number(merge.querySelector("select").value)]?.name;
    if (into) on.correct({ type: "merge", from: sp.name, into });
  } }, ...picker(`${id}-into`, "Same person as", others), h("button", { type: "submit", class: "btn" }, "Merge")) : null;
  const own = arr(sp.quotes);
  const split = own.length >= 2 ? h("form", { class: "fix-split", onsubmit: (e) => {
    e.preventDefault();
    const name = split.querySelector(`#${id}-name`).value.trim();
    const picked = own.filter((qi) => split.querySelector(`#${id}-q${qi}`)?.checked);
    if (!name || !picked.length) {
      split.querySelector(".fix-why").textContent = !picked.length ? "Tick the quotations that are the other person’s." : "Type the other person’s name.";
      return;
    }
    on.correct({ type: "split", speaker: sp.name, quotes: picked.map((qi) => quoteRef(text, quotes, qi)), name });
  } },
    h("fieldset", null, h("legend", null, `Quotations that are someone else’s, not ${sp.name}’s`),
      h("ul", { class: "fix-pick" }, own.map((qi) => h("li", null,
        h("input", { type: "checkbox", id: `${id}-q${qi}` }),
        h("label", { for: `${id}-q${qi}` }, `“${short(quotes[qi]?.text ?? "", 80)}”`))))),
    h("div", { class: "fix-row" },
      h("label", { for: `${id}-name` }, "Their name"),
      h("input", { id: `${id}-name`, type: "text", autocomplete: "off", spellcheck: "false" }),
      h("button", { type: "submit", class: "btn" }, "Split")),
    h("p", { class: "fix-why muted", "aria-live": "polite" })) : null;
  return [merge, split];
}

/**
 * The reader's corrections that no longer apply (their quotation edited away, their speaker no
 * longer quoted), as a note beside the text's own notes, with a way to the list; null when none.
 */
export function lostCorrectionsNote(analysis, openList) {
  const lost = arr(analysis?.corrections).filter((r) => UNAPPLIED.has(r.status));
  if (!lost.length) return null;
  return h("ul", { class: "notes corrections-lost" }, lost.slice(0, 3).map((r) => h("li", null, h("span", { "aria-hidden": "true" }, "⚠ "), r.message)),
    h("li", null, `${lost.length === 1 ? "This correction changes" : `These ${lost.length} corrections change`} nothing. `,
      h("button", { type: "button", class: "link", onclick: openList }, "Your corrections, in Quotes")));
}
