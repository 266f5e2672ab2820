// Lede's page: app state, the worker, and the wiring between the editors and the views.
import { h, replace, size, arr } from "./js/dom.js";
import { SAMPLES } from "./js/samples.js";
import { ArticleStore, Kept, loadPrefs, savePrefs } from "./js/storage.js";
import { renderOverview } from "./js/overview-view.js";
import { renderText, legend, notesList, attachTooltips, reveal } from "./js/text-view.js";
import { renderTerms, STOPWORDS, WINDOW } from "./js/terms-view.js";
import { renderQuotes } from "./js/quotes-view.js";
import { renderCompare, normalizeComparison } from "./js/compare-view.js";
import { download, analysisJson, termsCsv, quotesCsv, sessionJson, readSession } from "./js/export.js";
import { unpack } from "./js/parcel.js";
import { htmlToText } from "./js/html-text.js";
import { correctionText, validCorrections, lostCorrectionsNote } from "./js/corrections.js";

const $ = (id) => document.getElementById(id);
const VIEWS = ["overview", "text", "terms", "quotes", "compare"];
const DEBOUNCE_MS = 250;
/** The analysis of a text this large is cancelled by terminating the worker, once the text changes, rather than waited for. */
const LONG_WORK_CHARS = 500_000;
/** Work running this long (ms) is stopped for a newer request even when still of use: the engine may be stuck. */
const STUCK_MS = 20_000;
/**
 * Texts longer than this are not kept in a text box: the browser lays the whole box out
 * again on every key (13 ms a key at 100 k characters, about 20 at 200 k, 50-80 at 900 k,
 * measured with nothing of the page's own running), so a longer one would miss frames.
 */
const LARGE_TEXT_CHARS = 200_000;
/** Saves wait for a pause in typing this long; only the article that changed is written. */
const SAVE_DEBOUNCE_MS = 500;
/** How long the Undo of a removal stays on screen. */
const UNDO_MS = 15_000;

const prefs = loadPrefs();
const state = {
  articles: [],
  results: new Map(), // id -> { text, title, analysis }
  comparison: null, // { raw, articles: [{id,title,text}], error }
  view: VIEWS.includes(prefs.view) ? prefs.view : "overview",
  active: 0,
  // query: the word or phrase in context (KWIC) across the articles, and highlighted in the
  // text; current: the occurrence last jumped to, { index, start }
  terms: { kind: "words", sortKey: "count", sortDir: "desc", search: "", rows: 0, query: "", window: WINDOW.initial, order: "text", current: null },
  compare: { pairA: 0, pairB: 1 },
  options: countingOptions(prefs),
  version: null,
  firstResults: false,
};
/**
 * The analysis options from the saved preferences: stemming, boilerplate, and the stop words
 * (by default the standard list and the reporting verbs, which otherwise lead every list).
 */
function countingOptions(p) {
  const extra = Array.isArray(p.extraStopwords) ? p.extraStopwords.filter((w) => typeof w === "string" && w) : [];
  return {
    stem: !!p.stem, keepBoilerplate: !!p.keepBoilerplate,
    stopwords: STOPWORDS.some(([v]) => v === p.stopwords) ? p.stopwords : "reporting",
    ...(extra.length ? { extraStopwords: extra } : {}),
  };
}
let nextId = 1;
const newId = () => `a${Date.now().toString(36)}${(nextId++).toString(36)}`;
/** The articles in browser storage (opened at boot). */
let store = null;

// ---- errors and notices -------------------------------------------------------------

function showError(message) {
  const el = $("error");
  // The engine's messages end without a full stop, as thrown errors do.
  const said = /[.!?]$/.test(message) ? message : `${message}.`;
  replace(el, h("strong", null, "Something went wrong. "), said, " Your text is safe; analysis restarts when you edit. ",
    h("button", { type: "button", class: "btn btn-quiet", onclick: () => (el.hidden = true) }, "Dismiss"));
  el.hidden = false;
}
function clearError() { $("error").hidden = true; }
let noticeTimer = 0;
function notice(message, ms = 6000) {
  const el = $("notice");
  replace(el, message);
  el.hidden = false;
  clearTimeout(noticeTimer);
  if (ms) noticeTimer = setTimeout(() => (el.hidden = true), ms);
}

// ---- the worker -----------------------------------------------------------------------

let worker = null;
let seq = 0;
let inflight = null; // { id, size, started, req }
let queued = null; // the newest request waiting for the worker
let crashes = 0;
let statusTimer = 0;

function startWorker() {
  sentTexts.clear(); // a new worker has no texts
  const boot = globalThis.ledeBoot;
  globalThis.ledeBoot = null;
  if (boot) {
    // Started by boot.js while this module loaded; replay what it already said.
    worker = boot.worker;
    worker.onmessage = onWorkerMessage;
    for (const event of boot.early) onWorkerMessage(event);
  } else {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.onmessage = onWorkerMessage;
  }
  worker.onerror = (e) => {
    e.preventDefault?.();
    workerDied(e.message || "the analysis worker stopped");
  };
  worker.onmessageerror = () => workerDied("a result could not be read");
  if (!boot) worker.postMessage({ id: 0, type: "ping" });
}

function restartWorker() {
  try { worker?.terminate(); } catch {}
  dropQuestions();
  startWorker();
}

function workerDied(reason) {
  const lost = inflight?.req ?? null;
  inflight = null;
  crashes += 1;
  showError(`The analysis engine failed (${reason}).`);
  restartWorker();
  if (crashes <= 2) send(queued ?? lost);
  queued = null;
  setStatus();
}

/** The text each article was last sent to this worker with: an unchanged text is not sent again (copying 10 MB into a message is a long task). */
const sentTexts = new Map();

function send(req) {
  if (!req) return;
  inflight = { id: req.id, size: req.size, started: performance.now(), req };
  const { size: _s, optKey: _k, ...msg } = req;
  msg.articles = req.articles.map(({ text, ...a }) => (sentTexts.get(a.id) === text ? { ...a, same: true } : { ...a, text }));
  worker.postMessage(msg);
  sentTexts.clear();
  for (const a of req.articles) sentTexts.set(a.id, a.text);
  setStatus();
}

// Questions for the worker between analyses (the Terms view's vocabulary and keyword in
// context), answered in order after any analysis sent before them.
let askSeq = 0;
const asked = new Map(); // id -> { ok, fail }

/** Asks the worker `what` about `articles` ({ id, text }); an unchanged text is not sent again. */
function ask(what, articles, extra) {
  const id = `ask-${++askSeq}`;
  const list = articles.map((a) => (sentTexts.get(a.id) === a.text ? { id: a.id, same: true } : { id: a.id, text: a.text }));
  return new Promise((ok, fail) => {
    asked.set(id, { ok, fail });
    worker.postMessage({ id, type: "ask", what, articles: list, ...extra });
  });
}

/** A stopped worker answers nothing it was asked. */
function dropQuestions() {
  for (const { fail } of asked.values()) fail(new Error("the analysis worker restarted"));
  asked.clear();
}

/** Asks for a fresh analysis of every article; older work is cancelled or ignored. */
function requestAnalysis() {
  const optKey = JSON.stringify(state.options);
  // An analysis the page holds is not sent back (see worker.js): reading it again is long.
  // Each article is analysed with its own corrections (the reader's, js/corrections.js).
  const fixOf = (a) => JSON.stringify(arr(a.corrections));
  const known = (a) => { const r = state.results.get(a.id); return !!r && r.text === a.text && r.optKey === optKey && r.fix === fixOf(a); };
  const articles = state.articles.map((a) => ({ id: a.id, title: a.title, text: a.text, corrections: arr(a.corrections), fix: fixOf(a), known: known(a) }));
  const req = { id: ++seq, type: "analyze", articles, options: state.options, optKey, size: articles.reduce((n, a) => n + a.text.length, 0) };
  if (!inflight) return send(req);
  if (supersedes(req, inflight.req) || performance.now() - inflight.started > STUCK_MS) {
    // Long work cannot be interrupted inside wasm: stop the worker and start afresh.
    inflight = null;
    restartWorker();
    send(req);
  } else {
    queued = req; // answered once the current run ends; its stale result is dropped
  }
}

/**
 * Whether the work in flight is long and `req` makes it useless: it analyses a long text
 * that has changed since, or under other options. Otherwise `req` waits its turn: stopping
 * the worker also throws away the analyses it keeps, and comparing with a 10 MB article
 * takes seconds; restarting for every edit of another article redid all of it each time.
 */
function supersedes(req, running) {
  if (req.optKey !== running.optKey) return running.size > LONG_WORK_CHARS;
  return running.articles.some((a) => !a.known && a.text.length > LONG_WORK_CHARS && req.articles.find((b) => b.id === a.id)?.text !== a.text);
}

function onWorkerMessage(event) {
  const msg = event.data || {};
  if (msg.type === "answer") {
    const q = asked.get(msg.id);
    asked.delete(msg.id);
    if (q) msg.error ? q.fail(new Error(msg.error)) : q.ok(msg.results ?? []);
    return;
  }
  if (msg.type === "ready") {
    performance.mark("lede-engine-ready");
    state.version = msg.version;
    $("engine-version").textContent = `engine ${msg.version}`;
    return;
  }
  if (!inflight || msg.id !== inflight.id) {
    if (msg.type === "error" && msg.fatal) showError(msg.message);
    return; // stale
  }
  if (msg.type === "progress") {
    inflight.progress = msg;
    setStatus();
    return;
  }
  if (msg.type === "part") {
    (inflight.parts ??= []).push(msg); // a slice of a big list in the result, ahead of it
    return;
  }
  const { req, parts } = inflight;
  inflight = null;
  if (queued) {
    const next = queued;
    queued = null;
    send(next);
    return; // this result is already stale
  }
  if (msg.type === "error") {
    sentTexts.clear(); // the next request sends every text afresh
    showError(msg.message);
    if (msg.fatal) restartWorker();
    setStatus();
    return;
  }
  if (!state.firstResults) performance.mark("lede-first-answer");
  crashes = 0;
  clearError();
  takeResults(req, unpack(msg, parts ?? []));
  const nonEmpty = req.articles.filter((a) => a.text.trim());
  state.comparison = nonEmpty.length >= 2 ? { raw: withAnalyses(msg.comparison, nonEmpty), articles: nonEmpty, error: msg.compareError } : null;
  if (msg.errors?.length) showError(msg.errors.join("; "));
  state.lastMs = msg.ms;
  setStatus();
  render();
  if (!state.firstResults && state.results.size) {
    state.firstResults = true;
    performance.mark("lede-first-results");
    document.documentElement.dataset.firstResults = String(Math.round(performance.now()));
  }
}

/** Files the analyses of a result: the new ones, and those the page already held. */
function takeResults(req, msg) {
  const kept = new Set(msg.kept ?? []);
  req.articles.forEach((a, i) => {
    const held = state.results.get(a.id);
    if (kept.has(i) && held) {
      if (held.title !== a.title) state.results.set(a.id, { ...held, title: a.title });
      return;
    }
    const analysis = msg.analyses?.[i];
    if (!analysis) return void state.results.delete(a.id);
    state.results.set(a.id, { text: a.text, title: a.title, optKey: req.optKey, fix: a.fix, analysis });
  });
}

/** The comparison with each article's analysis put back (the worker leaves them out: they are the ones in the results). */
function withAnalyses(comparison, articles) {
  if (!comparison) return comparison;
  arr(comparison.articles).forEach((c, i) => {
    const a = articles.find((x) => String(x.id) === String(c.id)) ?? articles[i];
    if (a && c.analysis === undefined) c.analysis = state.results.get(a.id)?.analysis ?? null;
  });
  return comparison;
}

function setStatus() {
  const text = $("status-text"), bar = $("progress");
  clearTimeout(statusTimer);
  if (inflight) {
    const elapsed = performance.now() - inflight.started;
    const p = inflight.progress;
    document.body.classList.toggle("busy", true);
    if (elapsed > 150 || inflight.size > LONG_WORK_CHARS) {
      text.textContent = `${p?.label ?? "Analysing"} (${size(inflight.size)})… ${(elapsed / 1000).toFixed(1)} s`;
      bar.hidden = false;
      if (p && p.total) { bar.max = p.total; bar.value = p.done; } else bar.removeAttribute("value");
    } else text.textContent = "Analysing…";
    statusTimer = setTimeout(setStatus, 500);
  } else {
    document.body.classList.toggle("busy", false);
    bar.hidden = true;
    const n = state.articles.filter((a) => a.text.trim()).length;
    text.textContent = n ? `Analysed ${n} article${n === 1 ? "" : "s"}${state.lastMs != null ? ` in ${Math.round(state.lastMs)} ms` : ""}. Nothing left this machine.` : "Add an article to begin.";
  }
}

// ---- editors --------------------------------------------------------------------------

let analyseTimer = 0;
let saveTimer = 0;
function changed({ now = false } = {}) {
  clearTimeout(analyseTimer);
  analyseTimer = setTimeout(requestAnalysis, now ? 0 : DEBOUNCE_MS);
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, now ? 0 : SAVE_DEBOUNCE_MS);
}
function save() {
  clearTimeout(saveTimer);
  store?.sync(state.articles);
}

/** The storage standing of an article changed (id null: the list of articles itself). */
function onStoreState(id, st) {
  if (id === null) {
    if (st.kind === Kept.REFUSED) notice(`The list of articles could not be saved: ${st.reason}. The texts that were saved are kept.`, 0);
    return;
  }
  const a = state.articles.find((x) => x.id === id) ?? null;
  if (!a || (a.store?.kind === st.kind && a.store?.reason === st.reason)) return;
  a.store = st;
  const old = document.getElementById(`store-${a.id}`);
  const slot = old?.closest(".article-slot");
  if (slot) slot.dataset.store = st.kind;
  old?.replaceWith(storeNotice(a));
}

const downloadText = (a) => download(`${(a.title || "article").replace(/[\\/:*?"<>|\x00-\x1f]+/g, "_").slice(0, 80)}.txt`, a.text, "text/plain;charset=utf-8");

/** What the slot says about its storage: nothing while it is saved; else why, and what to do. */
function storeNotice(a) {
  const st = a.store ?? { kind: "pending" };
  const box = h("div", { class: "slot-store", id: `store-${a.id}`, "aria-live": "polite" });
  const retry = () => { store?.retry(a.id); save(); };
  const dismiss = () => { store?.dismiss(a.id); onStoreState(a.id, { kind: "pending" }); save(); };
  const button = (label, onclick) => h("button", { type: "button", class: "btn", onclick }, label);
  const when = st.at ? ` on ${new Date(st.at).toLocaleString()}` : "";
  if (st.kind === Kept.REFUSED) {
    replace(box, h("strong", null, "Not saved in this browser: "), `${st.reason}. `,
      "The text is here until this page is closed or reloaded; after that only its title remains. Download it to keep a copy, or remove large articles you no longer need and try again.",
      h("span", { class: "toolbar" }, button("Download .txt", () => downloadText(a)), button("Try again", retry)));
  } else if (st.kind === Kept.STALE) {
    replace(box, h("strong", null, "Your latest changes were not saved: "), `${st.reason}. This is the copy saved${when}.`,
      h("span", { class: "toolbar" }, button("Keep this copy", dismiss)));
  } else if (st.kind === Kept.LOST) {
    replace(box, h("strong", null, "The text of this article was not saved: "), `${st.reason}. Only its title was kept. Paste the text again, or open a copy you downloaded.`,
      h("span", { class: "toolbar" }, button("Dismiss", dismiss)));
  } else if (st.kind === Kept.MISSING) {
    replace(box, h("strong", null, "The text of this article was not found in this browser's storage. "),
      "The page may have been closed before it was saved, or the browser cleared this site's data. Only its title was kept.",
      h("span", { class: "toolbar" }, button("Dismiss", dismiss)));
  } else box.hidden = true;
  return box;
}

function renderEditors() {
  const list = $("articles");
  replace(list, state.articles.map((a, i) => {
    const titleId = `title-${a.id}`, textId = `text-${a.id}`;
    const meta = h("span", { class: "meta", id: `meta-${a.id}` }, size(a.text.length));
    const large = a.text.length > LARGE_TEXT_CHARS && !a.edit;
    const li = h("li", { class: `article-slot${i === state.active ? " active" : ""}`, dataset: { id: a.id, store: a.store?.kind ?? "pending" } },
      h("div", { class: "slot-head" },
        h("span", { class: "art-num", "aria-hidden": "true" }, String(i + 1)),
        h("label", { class: "visually-hidden", for: titleId }, `Title of article ${i + 1}`),
        h("input", { id: titleId, class: "title-input", type: "text", value: a.title, placeholder: `Article ${i + 1} title`, autocomplete: "off", spellcheck: "false",
          oninput: (e) => { a.title = e.target.value; changed(); refreshPicker(); },
          onfocus: () => setActive(i, false) }),
        h("button", { type: "button", class: "icon-btn", "aria-label": `Remove article ${i + 1}${a.title ? `: ${a.title}` : ""}`, title: "Remove article", onclick: () => removeArticle(i) }, "×")),
      large
        ? h("div", { class: "large-text", id: textId, tabindex: "-1" },
            h("p", null, h("strong", null, `Large text: ${size(a.text.length)}.`), " It is analysed in full but not shown in an editable box, so the page stays quick."),
            h("p", { class: "preview" }, a.text.slice(0, 400), "…"),
            h("div", { class: "toolbar" },
              h("button", { type: "button", class: "btn", onclick: () => { a.edit = true; renderEditors(); document.getElementById(textId)?.focus(); } }, "Edit anyway (may be slow)"),
              h("button", { type: "button", class: "btn", onclick: () => downloadText(a) }, "Download .txt"),
              h("button", { type: "button", class: "btn btn-quiet", onclick: () => { a.text = ""; renderEditors(); changed({ now: true }); } }, "Clear text")))
        : [h("label", { class: "visually-hidden", for: textId }, `Text of article ${i + 1}`),
          h("textarea", { id: textId, class: "text-input", rows: "7", placeholder: "Paste or type the article here…", spellcheck: "false",
            oninput: (e) => {
              a.text = e.target.value;
              meta.textContent = size(a.text.length);
              changed();
              if (a.text.length > LARGE_TEXT_CHARS && !a.edit) {
                renderEditors();
                document.getElementById(textId)?.focus();
              }
            },
            onpaste: (e) => pasteInto(e, a, textId),
            onfocus: () => setActive(i, false) })],
      storeNotice(a),
      meta);
    const ta = li.querySelector("textarea");
    if (ta) ta.value = a.text;
    return li;
  }));
  refreshPicker();
}

/**
 * A paste that makes a text large goes straight to the article, not through the text box:
 * letting the box take megabytes and then swapping it for the large-text view cost 3 s in
 * one task at 10 MB, and the editing history the box kept slowed every later key.
 */
function pasteLarge(e, a, textId) {
  const ta = e.target;
  const t0 = performance.now();
  let pasted = e.clipboardData?.getData("text/plain") ?? "";
  // The browser hands over a pasted text in one call (about 20 ms a megabyte here); measured, as no page can shorten it.
  performance.measure("lede-clipboard-read", { start: t0 });
  if (a.edit || ta.value.length - (ta.selectionEnd - ta.selectionStart) + pasted.length <= LARGE_TEXT_CHARS) return;
  e.preventDefault();
  if (pasted.includes("\r")) pasted = pasted.replace(/\r\n?/g, "\n"); // as a text box stores line breaks
  a.text = ta.value.slice(0, ta.selectionStart) + pasted + ta.value.slice(ta.selectionEnd);
  renderEditors();
  changed();
  document.getElementById(textId)?.focus();
}

/** HTML on the clipboard worth reading for its paragraphs (a copy from a web page, not a line of a text editor). */
const PASTED_BLOCKS = /<(p|h[1-6]|li|blockquote|br|article)\b/i;

/** A paste from a web page (text/html on the clipboard) goes in as its text with its paragraphs, each after a blank line. */
function pasteInto(e, a, textId) {
  const html = e.clipboardData?.getData("text/html") ?? "";
  const pasted = html && PASTED_BLOCKS.test(html) ? htmlToText(html).text : "";
  if (!pasted.trim()) return pasteLarge(e, a, textId);
  e.preventDefault();
  const ta = e.target;
  if (!a.edit && ta.value.length - (ta.selectionEnd - ta.selectionStart) + pasted.length > LARGE_TEXT_CHARS) {
    a.text = ta.value.slice(0, ta.selectionStart) + pasted + ta.value.slice(ta.selectionEnd);
    renderEditors();
    changed();
    document.getElementById(textId)?.focus();
    return;
  }
  // As typed: the box keeps its undo history, and its input handler takes the new text.
  if (!document.execCommand("insertText", false, pasted)) {
    ta.setRangeText(pasted, ta.selectionStart, ta.selectionEnd, "end");
    ta.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

function setActive(i, rerender = true) {
  if (i === state.active && !rerender) return;
  state.active = Math.max(0, Math.min(i, state.articles.length - 1));
  document.querySelectorAll(".article-slot").forEach((el, k) => el.classList.toggle("active", k === state.active));
  $("article-picker").value = String(state.active);
  if (["text", "terms", "quotes"].includes(state.view)) render();
}

function refreshPicker() {
  const pick = $("article-picker");
  replace(pick, state.articles.map((a, i) => h("option", { value: String(i) }, `${i + 1}. ${a.title || "Untitled"}`)));
  pick.value = String(state.active);
}

function addArticle(title = "", text = "", { focus = true } = {}) {
  state.articles.push({ id: newId(), title, text });
  state.active = state.articles.length - 1;
  renderEditors();
  changed({ now: !!text });
  if (focus) document.querySelector(`.article-slot:last-child .text-input`)?.focus();
}

function removeArticle(i) {
  const [gone] = state.articles.splice(i, 1);
  state.results.delete(gone.id);
  store?.trash(gone, i);
  if (!state.articles.length) state.articles.push({ id: newId(), title: "", text: "" });
  state.active = Math.min(state.active, state.articles.length - 1);
  renderEditors();
  changed({ now: true });
  offerUndo(gone.title);
  document.querySelector(".article-slot .title-input")?.focus();
}

/** The notice after a removal, with its Undo. */
function offerUndo(title, when = "") {
  notice([`Removed “${title || "untitled"}”${when}. `,
    h("button", { type: "button", class: "btn", onclick: undoRemove }, "Undo")], UNDO_MS);
}

/** Puts the last removed article back where it was, with its title and text. */
async function undoRemove() {
  const back = await store?.untrash();
  if (!back) return;
  const { article, position } = back;
  // The empty article that stood in for the last one removed goes again.
  const blank = state.articles.length === 1 && !state.articles[0].text && !state.articles[0].title;
  if (blank) state.articles = [];
  const at = Math.min(position, state.articles.length);
  state.articles.splice(at, 0, article);
  state.active = at;
  renderEditors();
  changed({ now: true });
  notice(`Restored “${article.title || "untitled"}”.`);
  document.querySelectorAll(".article-slot .title-input")[at]?.focus();
}

async function loadSamples() {
  try {
    const texts = await Promise.all(SAMPLES.map((s) => fetch(s.file).then((r) => {
      if (!r.ok) throw new Error(`${s.file}: ${r.status}`);
      return r.text();
    })));
    state.articles = state.articles.filter((a) => a.text.trim() || a.title.trim());
    SAMPLES.forEach((s, i) => {
      if (!state.articles.some((a) => a.text === texts[i])) state.articles.push({ id: newId(), title: s.title, text: texts[i] });
    });
    state.active = 0;
    renderEditors();
    changed({ now: true });
  } catch (e) {
    showError(`The samples could not be loaded (${e.message}).`);
  }
}

/** A saved web page: its article text is read from it, never its markup. */
const isHtml = (f) => /\.(html?|xhtml)$/i.test(f.name) || f.type === "text/html" || f.type === "application/xhtml+xml";

// ---- the session: articles, titles and settings in one file ----------------------------

/** The settings a session keeps: the options, the open view and article, the Terms view's choices, Compare's pair. */
function sessionSettings() {
  const plain = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => ["string", "number", "boolean"].includes(typeof v)));
  return { view: state.view, active: state.active, options: JSON.parse(JSON.stringify(state.options)), terms: plain(state.terms), compare: plain(state.compare) };
}

/** The analysis options a session may set, each checked (a session file is the reader's, but any file can be opened). */
const SESSION_OPTIONS = {
  stopwords: (v) => typeof v === "string" || (Array.isArray(v) && v.every((w) => typeof w === "string")),
  extraStopwords: (v) => Array.isArray(v) && v.every((w) => typeof w === "string"),
  stem: (v) => typeof v === "boolean",
  keepBoilerplate: (v) => typeof v === "boolean",
  topTerms: (v) => Number.isInteger(v) && v > 0,
};
const sessionOptions = (o) => Object.fromEntries(Object.entries(o).filter(([k, v]) => SESSION_OPTIONS[k]?.(v)));

/** Puts a session's articles and settings in place of the page's (after readSession). */
function applySession({ articles, settings }) {
  state.articles = articles.length
    ? articles.map((a) => ({ id: newId(), title: a.title, text: a.text, ...(arr(a.corrections).length ? { corrections: validCorrections(a.corrections) } : {}) }))
    : [{ id: newId(), title: "", text: "" }];
  if (settings.options && typeof settings.options === "object") {
    for (const k of Object.keys(state.options)) delete state.options[k];
    Object.assign(state.options, sessionOptions(settings.options));
  }
  const same = (target, from) => { for (const [k, v] of Object.entries(from ?? {})) if (k in target && typeof v === typeof target[k]) target[k] = v; };
  same(state.terms, settings.terms);
  state.terms.current = null;
  same(state.compare, settings.compare);
  state.active = Math.max(0, Math.min(Number.isInteger(settings.active) ? settings.active : 0, state.articles.length - 1));
  const view = VIEWS.includes(settings.view) ? settings.view : state.view;
  savePrefs({ ...loadPrefs(), ...state.options, view });
  renderEditors();
  changed({ now: true });
  selectView(view);
}

/** Opens a session file (Open session…); what it replaces comes back with Undo. */
function openSession(json, name) {
  let session;
  try {
    session = readSession(json);
  } catch (e) {
    notice(`“${name}” could not be opened: ${e.message}.`, 0);
    return;
  }
  const before = { articles: state.articles.map(({ title, text, corrections }) => ({ title, text, corrections })), settings: sessionSettings() };
  applySession(session);
  const n = session.articles.length;
  notice([`Opened the session “${name}”: ${n} article${n === 1 ? "" : "s"}. `,
    h("button", { type: "button", class: "btn", onclick: () => { applySession(before); notice("The articles before the session are back."); } }, "Undo")], UNDO_MS);
}

async function addFiles(files) {
  const list = [...files].filter((f) => /\.(txt|text|md)$/i.test(f.name) || isHtml(f) || f.type.startsWith("text/"));
  if (!list.length) { notice("Only plain-text (.txt) and web-page (.html) files can be added."); return; }
  if (state.articles.length === 1 && !state.articles[0].text.trim() && !state.articles[0].title.trim()) state.articles = [];
  for (const f of list) {
    const raw = await f.text();
    const name = f.name.replace(/\.[^.]+$/, "");
    if (!isHtml(f)) state.articles.push({ id: newId(), title: name, text: raw });
    else {
      const { title, text } = htmlToText(raw);
      state.articles.push({ id: newId(), title: title || name, text });
    }
  }
  state.active = state.articles.length - list.length;
  renderEditors();
  changed({ now: true });
  notice(`Added ${list.length} file${list.length === 1 ? "" : "s"}.`);
}

// ---- views ----------------------------------------------------------------------------

function activeResult() {
  const a = state.articles[state.active];
  return a ? state.results.get(a.id) ?? null : null;
}

/** What the open view was last drawn from; see viewInputs. */
let shown = null;

/**
 * What the open view shows, so that a result changing none of it leaves the view alone
 * (where the reader is, what has been drawn): typing in one article must not redraw the
 * quotes of another. Null: draw it anyway (the overview is quick and shows progress).
 */
function viewInputs(r) {
  const t = state.terms;
  if (state.view === "compare") return [state.comparison, state.compare.pairA, state.compare.pairB];
  if (!r) return null;
  if (state.view === "text") return [r, t.query, kwicFor(), t.current];
  if (state.view === "terms") return [r, t.kind, t.sortKey, t.sortDir, t.query, t.window, t.order, kwicFor(), JSON.stringify(state.options)];
  if (state.view === "quotes") return [r];
  return null;
}

function render() {
  const panel = $(`panel-${state.view}`);
  $("article-picker-wrap").hidden = !["text", "terms", "quotes"].includes(state.view) || state.articles.length < 2;
  const r = activeResult();
  const inputs = viewInputs(r);
  if (inputs && shown?.view === state.view && inputs.every((x, i) => x === shown.inputs[i])) return;
  shown = inputs && { view: state.view, inputs };
  const none = (msg) => h("p", { class: "empty" }, msg);
  const scrollY = window.scrollY;
  if (state.view === "overview") {
    replace(panel, renderOverview({
      articles: state.articles,
      results: state.articles.map((a) => state.results.get(a.id)?.analysis ?? null),
      pending: !!inflight || !!queued,
      comparison: compareModel(),
      on: { open: (i, view) => { state.active = i; refreshPicker(); selectView(view); }, jump: jumpToQuote },
    }));
  } else if (state.view === "text") {
    if (!r) return void replace(panel, none("No analysis yet for this article."));
    const hl = highlight(r);
    const current = state.terms.current?.index === state.active ? state.terms.current : null;
    const view = renderText(r.text, { analysis: r.analysis, hits: hl?.spans ?? [], current });
    replace(panel,
      h("div", { class: "text-head" },
        h("h3", null, r.title || `Article ${state.active + 1}`),
        hl ? h("p", { class: "term-chip" }, "Highlighting ", h("mark", { class: "hit" }, hl.term), ` × ${hl.spans.length} `,
          h("button", { type: "button", class: "btn btn-quiet", onclick: () => { state.terms.query = ""; state.terms.current = null; render(); } }, "Clear")) : null),
      legend(r.analysis, { hits: !!hl }),
      h("p", { class: "hint" }, "Hover over or tab to a quotation to see its speaker, cue and the rule that linked them."),
      notesList(r.text, r.analysis, (span) => showAt(state.active, span)),
      lostCorrectionsNote(r.analysis, () => selectView("quotes")),
      view);
  } else if (state.view === "terms") {
    if (!r) return void replace(panel, none("No analysis yet for this article."));
    const t = state.terms;
    const focused = panel.contains(document.activeElement) ? document.activeElement.id : "";
    const articles = state.articles.map((a, index) => ({ index, title: a.title, text: a.text, analysis: state.results.get(a.id)?.analysis ?? null })).filter((a) => a.text.trim());
    replace(panel, renderTerms({
      text: r.text, analysis: r.analysis, articles, vocab: vocabFor(state.articles[state.active]), kwic: kwicFor(), state: t, options: state.options,
      on: {
        sort: (key) => {
          t.sortDir = t.sortKey === key ? (t.sortDir === "asc" ? "desc" : "asc") : key === "term" ? "asc" : "desc";
          t.sortKey = key;
          render();
          panel.querySelector(`th[aria-sort]:not([aria-sort="none"]) button`)?.focus();
        },
        kind: (k) => { t.kind = k; t.search = ""; t.rows = 0; render(); },
        search: (q) => { t.search = q; },
        more: (n) => { t.rows = n; },
        query: (q) => { t.query = q; t.current = null; render(); },
        window: (n) => { t.window = n; render(); },
        order: (k) => { t.order = k; render(); },
        stopwords: (preset) => setCounting({ stopwords: preset }),
        extra: (list) => setCounting({ extraStopwords: list }),
        stem: (on) => setCounting({ stem: on }),
        jump: (index, k) => jumpToLine(index, k),
        showInText: () => {
          const per = arr(kwicFor()?.perArticle);
          const p = per.find((x) => x.index === state.active && x.lines.length) ?? per.find((x) => x.lines.length);
          if (p) jumpToLine(p.index, 0);
        },
      },
    }));
    if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
    window.scrollTo({ top: scrollY });
  } else if (state.view === "quotes") {
    if (!r) return void replace(panel, none("No analysis yet for this article."));
    const article = state.articles[state.active];
    replace(panel, renderQuotes({ text: r.text, analysis: r.analysis, corrections: arr(article?.corrections),
      on: { showQuote: (i) => showQuote(i), correct: (c) => correct(article, c), undo: (k) => uncorrect(article, k) } }));
  } else if (state.view === "compare") {
    const c = state.comparison;
    if (!c) return void replace(panel, none("Add a second article to compare them: similarity, shared and distinctive terms, the same quotation in each, who is quoted where, and shared passages."));
    let model;
    try {
      model = compareModel({ throws: true });
    } catch (e) {
      return void replace(panel, none(`The comparison could not be shown (${e.message}).`));
    }
    replace(panel, renderCompare({ model, state: state.compare, error: c.error, on: { pair: (a, b) => { state.compare.pairA = a; state.compare.pairB = b; render(); }, jump: jumpToQuote } }));
  }
}

/** The comparison as the views read it (compare-view.js), worked out once per result; null with fewer than two articles. */
let modelOf = null;
function compareModel({ throws = false } = {}) {
  const c = state.comparison;
  if (!c) return null;
  if (modelOf?.c === c) return modelOf.model;
  try {
    const model = normalizeComparison(c.raw, c.articles, c.articles.map((a) => state.results.get(a.id)?.analysis ?? null));
    modelOf = { c, model };
    return model;
  } catch (e) {
    if (throws) throw e;
    return null;
  }
}

/** Shows quotation `quote` of the compared article `k` in that article's text (Key differences' links). */
function jumpToQuote(k, quote) {
  const id = state.comparison?.articles[k]?.id;
  const i = state.articles.findIndex((a) => a.id === id);
  if (i < 0) return;
  setActive(i, false);
  refreshPicker();
  showQuote(quote);
}

/** Adds the reader's correction `c` to `article`, keeps it with the article, and analyses again. */
function correct(article, c) {
  if (!article) return;
  article.corrections = [...arr(article.corrections), c];
  changed({ now: true });
  notice(`Your correction is kept with the article: ${correctionText(c)}.`);
}

/** Takes back the reader's `k`th correction of `article`. */
function uncorrect(article, k) {
  const list = arr(article?.corrections);
  if (!list[k]) return;
  article.corrections = list.filter((_, j) => j !== k);
  changed({ now: true });
  notice(`Correction taken back: ${correctionText(list[k])}.`);
}

/** Changes what terms count (stop words, the reader's words, stemming), keeps it, and analyses again. */
function setCounting(patch) {
  Object.assign(state.options, patch);
  if (!arr(state.options.extraStopwords).length) delete state.options.extraStopwords;
  const { stopwords, extraStopwords = [], stem } = state.options;
  savePrefs({ ...loadPrefs(), stopwords, extraStopwords, stem });
  requestAnalysis();
  render();
}

// ---- the Terms view's answers from the worker ---------------------------------------------

/** Each article's whole frequency table: id -> { text, key, freq } (freq null while asked). */
const vocab = new Map();
/** The keyword-in-context lines of the query in every article: { key, ids, texts, term, pending, error, perArticle }. */
let kwicAnswer = null;

/** Draws the Terms or Text view again with an answer that came in. */
function redrawWith() {
  if (state.view !== "terms" && state.view !== "text") return;
  shown = null;
  render();
}

/** The counting options frequencies and kwic take. */
function countingOf(options) {
  const { stopwords, extraStopwords, stem } = options;
  return { stopwords, ...(extraStopwords ? { extraStopwords } : {}), stem: !!stem };
}

/** The whole vocabulary of article `a`, or null while the worker is asked for it. */
function vocabFor(a) {
  if (!a || !a.text.trim()) return null;
  const options = countingOf(state.options);
  const key = JSON.stringify(options);
  const held = vocab.get(a.id);
  if (held && held.text === a.text && held.key === key) return held.freq;
  for (const id of vocab.keys()) if (!state.articles.some((x) => x.id === id)) vocab.delete(id);
  const entry = { text: a.text, key, freq: null };
  vocab.set(a.id, entry);
  ask("frequencies", [a], { options }).then(([freq]) => {
    if (vocab.get(a.id) !== entry) return;
    entry.freq = freq ?? null;
    redrawWith();
  }, () => { if (vocab.get(a.id) === entry) vocab.delete(a.id); }); // asked again at the next drawing
  return null;
}

/** The query's lines in every article with text, asked for when the query, the width, stemming or a text changed. */
function kwicFor() {
  const t = state.terms;
  if (!t.query) return null;
  const arts = state.articles.map((a, index) => ({ a, index })).filter(({ a }) => a.text.trim());
  const key = JSON.stringify([t.query, t.window, !!state.options.stem]);
  const k = kwicAnswer;
  if (k && k.key === key && k.ids.length === arts.length && arts.every(({ a }, i) => k.ids[i] === a.id && k.texts[i] === a.text)) return k;
  const entry = { key, ids: arts.map(({ a }) => a.id), texts: arts.map(({ a }) => a.text), term: t.query, pending: true };
  kwicAnswer = entry;
  ask("kwic", arts.map(({ a }) => a), { term: t.query, window: t.window, stem: !!state.options.stem }).then((results) => {
    if (kwicAnswer !== entry) return;
    kwicAnswer = { ...entry, pending: false, perArticle: arts.map(({ a, index }, i) => ({ index, id: a.id, text: a.text, lines: arr(results[i]) })) };
    redrawWith();
  }, (e) => {
    if (kwicAnswer !== entry) return;
    if (/restarted/.test(e.message)) kwicAnswer = null; // asked again at the next drawing
    else { kwicAnswer = { ...entry, pending: false, error: e.message }; redrawWith(); }
  });
  return entry;
}

/** What the text view highlights: the query's occurrences in the analysed text, if they are in. */
function highlight(r) {
  const k = state.terms.query ? kwicFor() : null;
  const a = state.articles[state.active];
  const p = arr(k?.perArticle).find((x) => x.id === a?.id);
  if (!p || p.text !== r.text || !p.lines.length) return null;
  return { term: k.term, spans: p.lines.map((l) => l.matched) };
}

/** Opens the text of article `index` at the `k`th line of the keyword in context. */
function jumpToLine(index, k) {
  const line = arr(kwicFor()?.perArticle).find((x) => x.index === index)?.lines[k];
  if (line) showAt(index, line.matched);
}

/** Opens the text of article `index` at `span`, marked as the place looked for. */
function showAt(index, span) {
  state.active = index;
  document.querySelectorAll(".article-slot").forEach((el, k) => el.classList.toggle("active", k === index));
  refreshPicker();
  state.terms.current = { index, start: span.start, end: span.end };
  selectView("text");
  reveal($("panel-text").querySelector(".article-text"), span.start);
  const el = document.getElementById("t-current");
  if (el) { el.scrollIntoView({ block: "center" }); el.focus({ preventScroll: true }); }
}

function showQuote(i) {
  selectView("text");
  const q = arr(activeResult()?.analysis.quotes)[i];
  if (q?.span) reveal($("panel-text").querySelector(".article-text"), q.span.start); // a quote far down is drawn first
  const el = document.getElementById(`t-q${i}`);
  if (el) { el.scrollIntoView({ block: "center" }); el.focus({ preventScroll: true }); }
}

function selectView(view, focusTab = false) {
  state.view = view;
  savePrefs({ ...loadPrefs(), view });
  for (const v of VIEWS) {
    const tab = $(`tab-${v}`);
    const on = v === view;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`panel-${v}`).hidden = !on;
    if (!on) $(`panel-${v}`).replaceChildren();
  }
  if (focusTab) $(`tab-${view}`).focus();
  shown = null; // the panel was emptied or is drawn afresh
  render();
}

// ---- wiring ---------------------------------------------------------------------------

function wire() {
  $("add-article").addEventListener("click", () => addArticle());
  $("load-samples").addEventListener("click", loadSamples);
  $("file-input").addEventListener("change", (e) => { addFiles(e.target.files); e.target.value = ""; });
  $("clear-saved").addEventListener("click", async () => {
    if (!confirm("Remove every article from this browser? This cannot be undone.")) return;
    await store?.clear();
    state.articles = [{ id: newId(), title: "", text: "" }];
    state.results.clear();
    state.comparison = null;
    state.active = 0;
    renderEditors();
    changed({ now: true });
    notice("Saved articles cleared.");
  });
  $("article-picker").addEventListener("change", (e) => setActive(Number(e.target.value)));

  const tabs = VIEWS.map((v) => $(`tab-${v}`));
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => selectView(VIEWS[i]));
    tab.addEventListener("keydown", (e) => {
      const k = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 }[e.key];
      if (k === undefined) return;
      e.preventDefault();
      selectView(VIEWS[(k + VIEWS.length) % VIEWS.length], true);
    });
  });

  attachTooltips($("panel-text"), () => activeResult());

  const exportData = () => ({
    articles: state.articles,
    results: state.articles.map((a) => state.results.get(a.id)?.analysis ?? null),
  });
  const stamp = () => new Date().toISOString().slice(0, 10);
  $("export-json").addEventListener("click", () => {
    const { articles, results } = exportData();
    download(`lede-analysis-${stamp()}.json`, analysisJson({ version: state.version, articles, results, comparison: state.comparison?.raw }), "application/json");
  });
  $("export-terms").addEventListener("click", () => { const d = exportData(); download(`lede-terms-${stamp()}.csv`, termsCsv(d.articles, d.results), "text/csv"); });
  $("export-quotes").addEventListener("click", () => { const d = exportData(); download(`lede-quotes-${stamp()}.csv`, quotesCsv(d.articles, d.results), "text/csv"); });
  $("export-session").addEventListener("click", () => download(`lede-session-${stamp()}.json`, sessionJson({ version: state.version, articles: state.articles, settings: sessionSettings() }), "application/json"));
  $("session-input").addEventListener("change", async (e) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) openSession(await file.text(), file.name);
  });

  // Drop .txt and .html files anywhere on the page.
  const overlay = $("drop-overlay");
  let depth = 0;
  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes("Files");
  document.addEventListener("dragenter", (e) => { if (hasFiles(e)) { depth++; overlay.hidden = false; } });
  document.addEventListener("dragleave", (e) => { if (hasFiles(e) && --depth <= 0) { depth = 0; overlay.hidden = true; } });
  document.addEventListener("dragover", (e) => { if (hasFiles(e)) e.preventDefault(); });
  document.addEventListener("drop", (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    addFiles(e.dataTransfer.files);
  }, true);

  // Closing the tab: every pending write starts now, and one cut short says so after the next load.
  window.addEventListener("pagehide", () => { clearTimeout(saveTimer); store?.flush(state.articles); });
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") save(); });
}

async function boot() {
  startWorker();
  store = await ArticleStore.open(onStoreState);
  wire();
  const saved = store.articles;
  if (saved && saved.length) {
    state.articles = saved;
    state.active = Math.min(prefs.active ?? 0, saved.length - 1);
    renderEditors();
    changed({ now: true });
  } else if (saved) {
    state.articles = [{ id: newId(), title: "", text: "" }];
    renderEditors();
    setStatus();
  } else {
    state.articles = [];
    loadSamples();
  }
  selectView(state.view);
  const removed = store.lastRemoved();
  if (removed) offerUndo(removed.title, " before the reload");
  if ("serviceWorker" in navigator && location.protocol !== "file:") {
    navigator.serviceWorker.register("./sw.js").catch(() => {});
  }
}

boot();
