// Runs the Lede engine off the main thread. Messages in:
//   { id, type: "analyze", articles: [{ id, title, text }], options }
// Messages out:
//   { id, type: "ready", version }            once the engine has loaded
//   { id, type: "progress", done, total, label }
//   { id, type: "result", analyses, comparison, compareError, ms }
//   { id, type: "error", message }            the engine threw; the worker stays usable
import init, { analyze, compare, version } from "./engine/full.js";

let ready = null;
/** Starts the engine once and caches the promise; a failed start is retried next time. */
function engine() {
  if (!ready) ready = init().catch((e) => { ready = null; throw e; });
  return ready;
}

// Per-article cache: re-typing in one article does not re-analyse the others.
const cache = new Map(); // id -> { text, key, analysis }
let compareCache = null; // { key, comparison }

const message = (e) => (e && e.message ? e.message : String(e));

self.onmessage = async (event) => {
  const req = event.data || {};
  if (req.type === "ping") {
    try {
      await engine();
      // Warm up: the first calls compile the engine's code paths, so do it
      // while the page is still fetching its articles.
      compare(["“Warm,” she said. The White House agreed.", "“Warm,” he said."]);
      self.postMessage({ id: req.id, type: "ready", version: version() });
    } catch (e) {
      self.postMessage({ id: req.id, type: "error", fatal: true, message: message(e) });
    }
    return;
  }
  if (req.type !== "analyze") return;
  const t0 = performance.now();
  try {
    await engine();
  } catch (e) {
    self.postMessage({ id: req.id, type: "error", fatal: true, message: message(e) });
    return;
  }
  const articles = Array.isArray(req.articles) ? req.articles : [];
  const options = req.options || {};
  const optKey = JSON.stringify(options);
  const nonEmpty = articles.filter((a) => a.text.trim());
  const total = articles.length + (nonEmpty.length >= 2 ? 1 : 0);
  const analyses = [];
  const errors = [];
  try {
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i];
      const hit = cache.get(a.id);
      if (hit && hit.key === optKey && hit.text === a.text) {
        analyses.push(hit.analysis);
        continue;
      }
      self.postMessage({ id: req.id, type: "progress", done: i, total, label: `Analysing “${a.title || `article ${i + 1}`}”` });
      try {
        const analysis = analyze(a.text, options);
        cache.set(a.id, { text: a.text, key: optKey, analysis });
        analyses.push(analysis);
      } catch (e) {
        analyses.push(null);
        errors.push(`${a.title || `Article ${i + 1}`}: ${message(e)}`);
      }
    }
    for (const id of cache.keys()) if (!articles.some((a) => a.id === id)) cache.delete(id);

    let comparison = null;
    let compareError = null;
    if (nonEmpty.length >= 2) {
      const key = optKey + "\u0000" + nonEmpty.map((a) => `${a.id}\u0001${a.title}\u0001${a.text}`).join("\u0000");
      if (compareCache && compareCache.key === key) comparison = compareCache.comparison;
      else {
        self.postMessage({ id: req.id, type: "progress", done: articles.length, total, label: "Comparing articles" });
        try {
          comparison = compare(nonEmpty.map((a) => ({ id: a.id, title: a.title, text: a.text })), options);
          compareCache = { key, comparison };
        } catch (e) {
          compareError = message(e);
        }
      }
    }
    self.postMessage({ id: req.id, type: "result", analyses, comparison, compareError, errors, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id: req.id, type: "error", message: message(e) });
  }
};
