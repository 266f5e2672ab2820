// Runs the Lede engine off the main thread. Messages in:
//   { id, type: "analyze", articles: [{ id, title, text | same, known, corrections }], options }
// Each article is analysed with `options` and its own `corrections` (the reader's, js/corrections.js).
// Messages out:
//   { id, type: "ready", version }            once the engine has loaded
//   { id, type: "progress", done, total, label }
//   { id, type: "part", path, items }         a slice of a big list in the result, ahead of it (js/parcel.js)
//   { id, type: "result", analyses, kept, comparison, compareError, ms }
//   { id, type: "error", message }            the engine threw; the worker stays usable
// Questions about the articles, answered between analyses (the Terms view):
//   { id, type: "ask", what: "frequencies", articles, options } -> { id, type: "answer", results: [Frequencies | null] }
//   { id, type: "ask", what: "kwic", articles, term, window, stem } -> { id, type: "answer", results: [KwicLine[] | null] }
//   either can come back as { id, type: "answer", error }
// An article sent with `same: true` instead of its text has the text it was last sent with.
// One sent with `known: true` is one whose analysis the page holds: unchanged, it is not
// sent back (reading it again is long on the page) and its index is in `kept`. The
// comparison's articles come without their analyses, which are the ones in `analyses`.
import init, { analyzeKept, compareKept, isKept, release, version, frequencies, kwic } from "./engine/full.js";
import { pack } from "./js/parcel.js";

let ready = null;
/** Starts the engine once and caches the promise; a failed start is retried next time. */
function engine() {
  if (!ready) ready = init().catch((e) => { ready = null; throw e; });
  return ready;
}

// Per-article cache: re-typing in one article does not re-analyse the others, and the
// comparison is made from the analyses the engine keeps (analyzeKept), not by analysing
// every article again. Each is released when its article changes or goes.
const cache = new Map(); // id -> { text, key, analysis }
const texts = new Map(); // id -> the text last sent, for articles sent as `same`
let compareCache = null; // { key, comparison }

const message = (e) => (e && e.message ? e.message : String(e));

/** Posts a result in parts the page reads quickly (js/parcel.js); the comparison's analyses are those in `analyses`. */
function postResult(id, { analyses, comparison, ...rest }) {
  const bare = comparison && { ...comparison, articles: (comparison.articles ?? []).map(({ analysis: _a, ...art }) => art) };
  const light = pack({ analyses, comparison: bare }, (path, items) => self.postMessage({ id, type: "part", path, items }));
  self.postMessage({ id, type: "result", ...light, ...rest });
}

self.onmessage = async (event) => {
  const req = event.data || {};
  if (req.type === "ping") {
    try {
      await engine();
      // Warm up: the first calls compile the engine's code paths, so do it
      // while the page is still fetching its articles.
      const warm = ["“Warm,” she said. The White House agreed.", "“Warm,” he said."].map((t) => analyzeKept(t));
      compareKept(warm.map((analysis) => ({ analysis })));
      warm.forEach(release);
      self.postMessage({ id: req.id, type: "ready", version: version() });
    } catch (e) {
      self.postMessage({ id: req.id, type: "error", fatal: true, message: message(e) });
    }
    return;
  }
  if (req.type === "ask") return void answer(req);
  if (req.type !== "analyze") return;
  const t0 = performance.now();
  try {
    await engine();
  } catch (e) {
    self.postMessage({ id: req.id, type: "error", fatal: true, message: message(e) });
    return;
  }
  const articles = (Array.isArray(req.articles) ? req.articles : []).map((a) => (a.same ? { ...a, text: texts.get(a.id) } : a));
  if (articles.some((a) => typeof a.text !== "string")) {
    self.postMessage({ id: req.id, type: "error", message: "an article's text was not received; it is sent again with the next change" });
    return;
  }
  texts.clear();
  for (const a of articles) texts.set(a.id, a.text);
  const options = req.options || {};
  const optKey = JSON.stringify(options);
  const nonEmpty = articles.filter((a) => a.text.trim());
  const total = articles.length + (nonEmpty.length >= 2 ? 1 : 0);
  const analyses = [];
  const kept = [];
  const errors = [];
  const failed = new Map(); // id -> why its analysis failed
  const fixesOf = (a) => (Array.isArray(a.corrections) ? a.corrections : []);
  const keyOf = (a) => optKey + "\u0000" + JSON.stringify(fixesOf(a));
  /** The article's analysis the engine keeps, if it is of this text with these options and corrections (a restart after a trap loses them). */
  const held = (a) => {
    const hit = cache.get(a.id);
    return hit && hit.key === keyOf(a) && hit.text === a.text && isKept(hit.analysis) ? hit.analysis : null;
  };
  /** Analyses the article and keeps the analysis, releasing the one it replaces first. */
  const keep = (a) => {
    const old = cache.get(a.id);
    if (old) release(old.analysis);
    cache.delete(a.id);
    const fixes = fixesOf(a);
    const analysis = analyzeKept(a.text, fixes.length ? { ...options, corrections: fixes } : options);
    cache.set(a.id, { text: a.text, key: keyOf(a), analysis });
    return analysis;
  };
  try {
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i];
      const hit = held(a);
      if (hit) {
        if (a.known) kept.push(i);
        analyses.push(a.known ? null : hit);
        continue;
      }
      self.postMessage({ id: req.id, type: "progress", done: i, total, label: `Analysing “${a.title || `article ${i + 1}`}”` });
      try {
        analyses.push(keep(a));
      } catch (e) {
        analyses.push(null);
        failed.set(a.id, message(e));
        errors.push(`${a.title || `Article ${i + 1}`}: ${message(e)}`);
      }
    }
    for (const [id, entry] of cache) {
      if (!articles.some((a) => a.id === id)) {
        release(entry.analysis);
        cache.delete(id);
      }
    }

    let comparison = null;
    let compareError = null;
    if (nonEmpty.length >= 2) {
      const key = optKey + "\u0000" + nonEmpty.map((a) => `${a.id}\u0001${a.title}\u0001${JSON.stringify(fixesOf(a))}\u0001${a.text}`).join("\u0000");
      if (compareCache && compareCache.key === key) comparison = compareCache.comparison;
      else {
        self.postMessage({ id: req.id, type: "progress", done: articles.length, total, label: "Comparing articles" });
        try {
          // An article whose analysis failed fails the comparison with the same error; one
          // whose analysis a restart lost (a trap after it was analysed) is analysed again.
          const items = nonEmpty.map((a) => {
            if (failed.has(a.id)) throw new Error(failed.get(a.id));
            const fixes = fixesOf(a);
            return { id: a.id, title: a.title, analysis: held(a) ?? keep(a), ...(fixes.length ? { corrections: fixes } : {}) };
          });
          comparison = compareKept(items, options);
          compareCache = { key, comparison };
        } catch (e) {
          compareError = message(e);
        }
      }
    }
    postResult(req.id, { analyses, kept, comparison, compareError, errors, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id: req.id, type: "error", message: message(e) });
  }
};

/** Answers a question about some articles (each sent as its text, or `same` for the text of the last analysis). */
async function answer(req) {
  try {
    await engine();
    const list = Array.isArray(req.articles) ? req.articles : [];
    const results = list.map((a) => {
      const text = a.same ? texts.get(a.id) : a.text;
      if (typeof text !== "string") return null;
      if (req.what === "frequencies") return frequencies(text, req.options || {});
      if (req.what === "kwic") return kwic(text, String(req.term ?? ""), { window: req.window, stem: !!req.stem });
      return null;
    });
    self.postMessage({ id: req.id, type: "answer", results });
  } catch (e) {
    self.postMessage({ id: req.id, type: "answer", error: message(e) });
  }
}
