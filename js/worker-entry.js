// Runs inside the Web Worker started by createWorker(): loads the engine once and
// answers { id, op, args } messages with { id, result } or { id, error }.
import init, { analyze, compare } from "./index.js";

const ready = init();
const ops = { analyze, compare };

self.onmessage = async (event) => {
  const { id, op, args } = event.data ?? {};
  try {
    await ready;
    const fn = ops[op];
    if (!fn) throw new Error(`lede worker: unknown operation ${JSON.stringify(op)}`);
    self.postMessage({ id, result: fn(...args) });
  } catch (error) {
    self.postMessage({ id, error: error && error.message ? error.message : String(error) });
  }
};
