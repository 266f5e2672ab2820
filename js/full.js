// The full engine for browsers and bundlers: everything in `lede`, plus compare().
// Its .wasm (lede_full_bg.wasm) is about 40 KB larger gzipped than lede_bg.wasm.
import * as glue from "./lede_full.js";
import { wrap } from "./engine.js";

const engine = wrap(glue, "lede/full");

/**
 * Loads and instantiates the full engine. Call it once before anything else; later calls
 * return the same promise. `input` may be a URL, a Response, bytes or a WebAssembly.Module;
 * by default the `lede_full_bg.wasm` next to this file is fetched.
 */
export default engine.init;

// Each function is documented in the declarations (index.d.ts, full.d.ts).
export const { initSync, isReady, analyze, tokenize, frequencies, kwic, version, memoryBytes } = engine;
export const compare = engine.guard("compare", glue.compare);

export { spans, spanAt } from "./engine.js";

// Kept analyses. The engine keeps what comparing needs of each (about half an analysis)
// under a handle; here each analysis object analyzeKept() returned maps to its handle and
// to the instance that holds it (a restart after a trap starts an instance that holds
// none). An analysis dropped without release() is freed once it is garbage-collected.
const kept = new WeakMap(); // analysis -> { handle, instance }
let lastHandle = 0;
const free = ({ handle, instance }) => {
  if (instance === engine.instance()) glue.release(handle);
};
const collected = typeof FinalizationRegistry === "function"
  ? new FinalizationRegistry((entry) => { try { free(entry); } catch { /* the engine is gone */ } })
  : null;

export const analyzeKept = engine.guard("analyzeKept", (text, options) => {
  const handle = (lastHandle = (lastHandle + 1) >>> 0);
  const analysis = glue.analyzeKept(handle, text, options);
  const entry = { handle, instance: engine.instance() };
  kept.set(analysis, entry);
  collected?.register(analysis, entry, entry);
  return analysis;
});

export function isKept(analysis) {
  const entry = analysis !== null && typeof analysis === "object" ? kept.get(analysis) : undefined;
  return entry !== undefined && entry.instance === engine.instance();
}

export function release(analysis) {
  const entry = analysis !== null && typeof analysis === "object" ? kept.get(analysis) : undefined;
  if (!entry) return;
  kept.delete(analysis);
  collected?.unregister(entry);
  if (engine.isReady()) free(entry);
}

export const compareKept = engine.guard("compareKept", (articles, options) => {
  const handles = Array.isArray(articles) ? Uint32Array.from(articles, handleOf) : new Uint32Array(0);
  const comparison = glue.compareKept(articles, handles, options);
  comparison.articles.forEach((summary, i) => {
    summary.analysis = articles[i].analysis;
  });
  return comparison;
});

function handleOf(item, i) {
  const entry = item !== null && typeof item === "object" ? kept.get(item.analysis) : undefined;
  if (!entry) {
    throw new Error(`lede: compareKept expects article ${i} to be { id?, title?, analysis } with an analysis that analyzeKept() returned and release() has not freed`);
  }
  if (entry.instance !== engine.instance()) {
    throw new Error(`lede: compareKept expects article ${i}'s analysis to be kept, but the engine restarted after an internal error since; analyse the text again with analyzeKept()`);
  }
  return entry.handle;
}
