// Runs inside the Web Worker started by createWorker(): answers { id, op, args } messages
// with { id, result } or { id, error }, in the order they came. analyze() runs on the
// small engine (`lede`); the full one (`lede/full`) loads when the first compare() comes.
// init() returns the same promise on every call, and tries again after a failed load.
import init, { analyze } from "./index.js";
import initFull, { compare } from "./full.js";

const ops = { analyze: [init, analyze], compare: [initFull, compare] };
init().catch(() => {}); // start loading now; a failure is reported by the first analyze()

async function answer({ id, op, args }) {
  try {
    if (!Object.hasOwn(ops, op)) throw new Error(`lede worker: unknown operation ${JSON.stringify(op)}`);
    const [load, fn] = ops[op];
    await load();
    self.postMessage({ id, result: fn(...args) });
  } catch (error) {
    self.postMessage({ id, error: error && error.message ? error.message : String(error) });
  }
}

let queue = Promise.resolve();
self.onmessage = (event) => {
  const message = event.data ?? {};
  queue = queue.then(() => answer(message));
};
