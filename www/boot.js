// Starts the analysis worker before the page's own modules have loaded, so that the
// engine compiles while they arrive. main.js adopts it (globalThis.ledeBoot).
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
const early = [];
worker.onmessage = (event) => early.push(event);
worker.postMessage({ id: 0, type: "ping" });
globalThis.ledeBoot = { worker, early };
