// Runs Lede off the main thread: `const lede = createWorker(); await lede.analyze(text)`.

/**
 * Starts a module Web Worker running the engine and returns promise-based
 * `analyze` and `compare`, plus `terminate()`. Requests are answered in order. The worker
 * loads the small engine at once and the full one (with compare) at the first `compare`.
 */
export function createWorker() {
  const worker = new Worker(new URL("./worker-entry.js", import.meta.url), { type: "module" });
  const pending = new Map();
  let next = 0;
  let broken = null;
  worker.onmessage = (event) => {
    const { id, result, error } = event.data;
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    if (error !== undefined) call.reject(new Error(error));
    else call.resolve(result);
  };
  worker.onerror = (event) => {
    broken = new Error(`lede worker: ${event.message || "the worker failed to start"}`);
    for (const call of pending.values()) call.reject(broken);
    pending.clear();
  };
  const request = (op, args) =>
    new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, args });
    });
  return {
    analyze: (text, options) => request("analyze", [text, options]),
    compare: (articles, options) => request("compare", [articles, options]),
    terminate() {
      worker.terminate();
      broken = new Error("lede worker: terminated");
      for (const call of pending.values()) call.reject(broken);
      pending.clear();
    },
  };
}
