// Lede for browsers and bundlers: `await init()` once, then call analyze() and the rest.
// This entry leaves out compare() to keep its .wasm small; `lede/full` has it.
import * as glue from "./lede.js";
import { wrap } from "./engine.js";

const engine = wrap(glue, "lede");

/**
 * Loads and instantiates the engine. Call it once before anything else; later calls
 * return the same promise. `input` may be a URL, a Response, bytes or a WebAssembly.Module;
 * by default the `lede_bg.wasm` next to this file is fetched.
 */
export default engine.init;

// Each function is documented in the declarations (index.d.ts, full.d.ts).
export const { initSync, isReady, analyze, tokenize, frequencies, kwic, version, memoryBytes } = engine;

export { spans, spanAt } from "./engine.js";
