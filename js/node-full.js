// The full engine for Node (compare() included): importing is enough, the `.wasm` is
// read from disk at import time.
import { readFileSync } from "node:fs";
import init, { initSync } from "./full.js";

initSync(readFileSync(new URL("./lede_full_bg.wasm", import.meta.url)));

export * from "./full.js";
export default init;
