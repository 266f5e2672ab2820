// Shared by the Node tests and the page's end-to-end tests (which run it inside the
// page's worker through Playwright, so it must stay one self-contained function).

/**
 * Brings a real WebAssembly instance of the engine to the end of its memory, so that its
 * next allocation of more than a few hundred KB traps: Rust aborts when an allocation
 * fails, and an abort in WebAssembly is the trap `unreachable`. It is the trap a user can
 * meet (a text too big for what memory is left), and it needs no test-only build.
 * `raw` is the instance's exports (`initSync()` of the wasm-bindgen glue returns them once
 * the engine is loaded). Returns the memory's size in bytes before it was grown.
 */
export function exhaustMemory(raw) {
  const PAGE = 65536;
  const before = raw.memory.buffer.byteLength;
  // 1. Take the allocator's free blocks of a page or more: page-sized allocations until it
  //    has had to grow the memory, which it does only once no free block fits.
  for (let taken = 0; raw.memory.buffer.byteLength === before; taken += PAGE) {
    if (taken > before) throw new Error("exhaustMemory: the allocator took more than the memory without growing it");
    raw.__wbindgen_malloc(PAGE, 1);
  }
  // 2. Grow the memory to its limit (4 GiB for wasm32, or less where the system refuses;
  //    untouched pages cost no RAM), in steps the system accepts, so the next growth fails.
  for (let pages = 16384; pages >= 1; pages >>= 1) {
    try {
      for (;;) raw.memory.grow(pages);
    } catch {
      // RangeError: no room for `pages` more; try a smaller step
    }
  }
  return before;
}

/** A text that needs more memory at once than {@link exhaustMemory} leaves. */
export const TOO_BIG = "x".repeat(640 << 10);

/** What a call that traps throws (js/engine.js). */
export const RESTARTED = "lede: internal error while analysing; the engine was restarted";
