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
