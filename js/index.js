// Lede for browsers and bundlers: `await init()` once, then call analyze() and compare().
import initWasm, {
  initSync as initWasmSync,
  analyze as wasmAnalyze,
  compare as wasmCompare,
  tokenize as wasmTokenize,
  frequencies as wasmFrequencies,
  kwic as wasmKwic,
  version as wasmVersion,
} from "./lede.js";

let ready = null;
let initialized = false;
let exports = null;

/**
 * Loads and instantiates the engine. Call it once before anything else; later calls
 * return the same promise. `input` may be a URL, a Response, bytes or a WebAssembly.Module;
 * by default the `.wasm` next to this file is fetched.
 */
export default function init(input) {
  if (!ready) {
    const arg = input === undefined ? undefined : { module_or_path: input };
    ready = initWasm(arg).then(
      (instance) => {
        exports = instance;
        initialized = true;
      },
      (error) => {
        ready = null;
        throw new Error(`lede: could not load the WebAssembly engine: ${error && error.message ? error.message : error}`);
      },
    );
  }
  return ready;
}

/** Instantiates the engine synchronously from the `.wasm` bytes or a compiled WebAssembly.Module. */
export function initSync(bytes) {
  if (!initialized) {
    exports = initWasmSync({ module: bytes });
    initialized = true;
    ready = Promise.resolve();
  }
}

/** True once the engine is ready. */
export function isReady() {
  return initialized;
}

function ensureReady(name) {
  if (!initialized) {
    throw new Error(`lede: ${name}() was called before the engine was initialised; call \`await init()\` (the default export) first`);
  }
}

/** Analyses one article; every span is in UTF-16 code units, so `text.slice(start, end)` is the thing. */
export function analyze(text, options) {
  ensureReady("analyze");
  return wasmAnalyze(text, options);
}

/** Compares two or more articles (strings or `{ id?, title?, text }`). */
export function compare(articles, options) {
  ensureReady("compare");
  return wasmCompare(articles, options);
}

/** Every token as parallel typed arrays: UTF-16 `start`/`end` and `kind` indices into `kinds`. */
export function tokenize(text) {
  ensureReady("tokenize");
  return wasmTokenize(text);
}

/** The whole frequency table: every counted term, most frequent first, with counts in a Uint32Array. */
export function frequencies(text, options) {
  ensureReady("frequencies");
  return wasmFrequencies(text, options);
}

/** Keyword in context: each occurrence of `term` with up to `window` words (default 5) either side. */
export function kwic(text, term, window) {
  ensureReady("kwic");
  return wasmKwic(text, term, window);
}

/** The spans of a span list (`Uint32Array` of `[start, end]` pairs) as `{ start, end }` objects. */
export function spans(list) {
  const out = new Array(list.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = { start: list[2 * i], end: list[2 * i + 1] };
  return out;
}

/** Span `i` of a span list, or undefined past its end. */
export function spanAt(list, i) {
  return i >= 0 && 2 * i + 1 < list.length ? { start: list[2 * i], end: list[2 * i + 1] } : undefined;
}

/** The engine's version. */
export function version() {
  ensureReady("version");
  return wasmVersion();
}

/** Bytes of WebAssembly memory the engine holds now (it grows, and is reused, across calls). */
export function memoryBytes() {
  ensureReady("memoryBytes");
  return exports.memory.buffer.byteLength;
}
