// Lede for Node: importing is enough, the `.wasm` is read from disk at import time.
import { readFileSync } from "node:fs";
import init, { initSync } from "./index.js";

initSync(readFileSync(new URL("./lede_bg.wasm", import.meta.url)));

export * from "./index.js";
export default init;
