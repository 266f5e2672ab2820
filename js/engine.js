// The wrapper both entries share: `lede` (index.js, without compare) and `lede/full`
// (full.js). Each wraps its own wasm-bindgen module and keeps its own state.

/**
 * The public functions over one wasm-bindgen module `glue`: `init` and `initSync` load
 * it, and every engine call first checks that it is loaded. `entry` names the entry in
 * error messages.
 */
export function wrap(glue, entry) {
  let ready = null;
  let exports = null;

  function ensureReady(name) {
    if (!exports) {
      throw new Error(`lede: ${name}() was called before the engine was initialised; call \`await init()\` (the default export of "${entry}") first`);
    }
  }

  const call = (name, fn) => (...args) => {
    ensureReady(name);
    return fn(...args);
  };

  return {
    init(input) {
      if (!ready) {
        const arg = input === undefined ? undefined : { module_or_path: input };
        ready = glue.default(arg).then(
          (instance) => {
            exports = instance;
          },
          (error) => {
            ready = null;
            throw new Error(`lede: could not load the WebAssembly engine: ${error && error.message ? error.message : error}`);
          },
        );
      }
      return ready;
    },
    initSync(bytes) {
      if (!exports) {
        exports = glue.initSync({ module: bytes });
        ready = Promise.resolve();
      }
    },
    isReady: () => exports !== null,
    analyze: call("analyze", glue.analyze),
    tokenize: call("tokenize", glue.tokenize),
    frequencies: call("frequencies", glue.frequencies),
    kwic: call("kwic", glue.kwic),
    version: call("version", glue.version),
    memoryBytes: call("memoryBytes", () => exports.memory.buffer.byteLength),
    /** `fn` of `glue`, checked like the rest: for functions only one entry has. */
    guard: call,
  };
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
