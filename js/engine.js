// The wrapper both entries share: `lede` (index.js, without compare) and `lede/full`
// (full.js). Each wraps its own wasm-bindgen module and keeps its own state.

/** The message of the Error a call throws when the engine trapped (its `cause` is the trap). */
const RESTARTED = "lede: internal error while analysing; the engine was restarted";

/**
 * Whether `error` came out of the WebAssembly instance by a way that skipped its Rust
 * code's own exits, leaving the instance undefined (a borrowed cell, a half-updated
 * allocator, a shadow stack pointer never restored): a trap (`unreachable` from a panic
 * or an allocation failure, an out-of-bounds access) is a `WebAssembly.RuntimeError`, and
 * V8 reports a call stack exhausted inside wasm, or a JavaScript allocation failing under
 * an engine call, as a `RangeError`. The engine's own errors (bad input, bad options) are
 * plain `Error`s returned the normal way, after which the instance is sound.
 */
const isTrap = (error) => error instanceof WebAssembly.RuntimeError || error instanceof RangeError;

/**
 * The public functions over one wasm-bindgen module `glue`: `init` and `initSync` load
 * it, and every engine call first checks that it is loaded. A call that traps throws an
 * Error with the message {@link RESTARTED} and the next call runs on a fresh instance.
 * `entry` names the entry in error messages.
 */
export function wrap(glue, entry) {
  let ready = null;
  let exports = null;
  let broken = null; // the trap the last restart could not recover from
  let instance = 0; // counts the instances made: what one holds (lede/full's kept analyses), the next has not

  function ensureReady(name) {
    if (!exports) {
      throw new Error(`lede: ${name}() was called before the engine was initialised; call \`await init()\` (the default export of "${entry}") first`);
    }
    if (broken) restart(broken);
  }

  // A new instance of the compiled module the glue kept from init()/initSync(), made
  // synchronously: `__wbg_reset_state` comes from wasm-bindgen's
  // --experimental-reset-state-function (build.sh), and also resets the glue's own
  // views of the old memory. The glue's initSync() returns the exports it now holds.
  // Results already returned are plain JavaScript values and outlive the old instance.
  function restart(trap) {
    instance++;
    try {
      glue.__wbg_reset_state();
      exports = glue.initSync();
      broken = null;
    } catch (failure) {
      broken = trap;
      throw new Error(`lede: internal error while analysing, and the engine could not be restarted (${failure && failure.message ? failure.message : failure}); the next call tries again`, { cause: trap });
    }
  }

  const call = (name, fn) => (...args) => {
    ensureReady(name);
    try {
      return fn(...args);
    } catch (error) {
      if (!isTrap(error)) throw error;
      restart(error);
      throw new Error(RESTARTED, { cause: error });
    }
  };

  return {
    init(input) {
      if (!ready) {
        const arg = input === undefined ? undefined : { module_or_path: input };
        ready = glue.default(arg).then(
          (loaded) => {
            if (!exports) instance++; // else initSync() came first, with this instance
            exports = loaded;
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
        instance++;
        ready = Promise.resolve();
      }
    },
    isReady: () => exports !== null,
    /** Which instance calls run on: a number that changes at each restart. */
    instance: () => instance,
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
