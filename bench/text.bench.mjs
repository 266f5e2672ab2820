// Throughput of Lede (WebAssembly in Node) against wink-nlp and compromise on the same
// news-like text: tokenise + count, and Lede's full analyze. Each tool and size runs in
// its own process so that its peak memory (max RSS) is its own: the parent writes the
// corpus to a file and the child reads it, so building the corpus does not count.
//
//   node bench/text.bench.mjs            the whole table (100 KB, 1 MB, 10 MB)
//   node bench/text.bench.mjs TOOL SIZE [FILE]  one cell (used by the table; FILE holds the text)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus } from "./corpus.mjs";

const SIZES = { "100KB": 100_000, "1MB": 1_000_000, "10MB": 10_000_000 };

const TOOLS = {
  // Lede: the whole analysis, results handed to JavaScript.
  "lede analyze": async () => {
    const { analyze } = await import("../pkg/node.js");
    return (text) => analyze(text).stats.words;
  },
  // Lede: tokenise, then count every normalised term (the whole frequency table,
  // stop words left out, counts as a Uint32Array).
  "lede tokenise+count": async () => {
    const { frequencies } = await import("../pkg/node.js");
    return (text) => frequencies(text).terms.length;
  },
  // Lede: tokens with spans and kinds as typed arrays (no term counting).
  "lede tokenize": async () => {
    const { tokenize } = await import("../pkg/node.js");
    return (text) => tokenize(text).start.length;
  },
  // The yardstick: a plain scan-and-count loop in WebAssembly (bench/reference), the
  // text copied in as UTF-8 on every call as Lede's is. Not Lede: it measures the machine.
  "reference scan+count": async () => {
    const file = new URL("reference/target/wasm32-unknown-unknown/release/reference.wasm", import.meta.url);
    const { instance } = await WebAssembly.instantiate(readFileSync(file));
    const { memory, alloc, count } = instance.exports;
    const encoder = new TextEncoder();
    return (text) => {
      const max = text.length * 3;
      const ptr = alloc(max);
      const { written } = encoder.encodeInto(text, new Uint8Array(memory.buffer, ptr, max));
      return count(ptr, written, max);
    };
  },
  // wink-nlp: tokenise, then count the normalised word forms.
  "wink-nlp tokenise+count": async () => {
    const winkNLP = (await import("wink-nlp")).default;
    const model = (await import("wink-eng-lite-web-model")).default;
    const nlp = winkNLP(model, []);
    const its = nlp.its;
    const as = nlp.as;
    return (text) => nlp.readDoc(text).tokens().out(its.normal, as.freqTable).length;
  },
  // compromise: tokenise, then count terms.
  "compromise tokenise+count": async () => {
    const nlp = (await import("compromise")).default;
    return (text) => nlp(text).terms().out("freq").length;
  },
};

async function cell(tool, size, file) {
  const text = file ? readFileSync(file, "utf8") : corpus(SIZES[size]);
  const run = await TOOLS[tool]();
  const mb = Buffer.byteLength(text) / 1e6;
  const timed = () => {
    const t0 = performance.now();
    run(text);
    return performance.now() - t0;
  };
  // Cold: the first call on the whole text, after one call on 20 KB (as a page's first
  // analysis would run, partly in the engine's baseline code). For 100 KB, the mean of 20.
  run(text.slice(0, 20_000));
  const coldMs = SIZES[size] <= 100_000 ? Array.from({ length: 20 }, timed).reduce((a, b) => a + b) / 20 : timed();
  const peakMB = process.resourceUsage().maxRSS / 1024;
  // Warm: the steady state. V8 compiles optimised code in the background while calls go on
  // in baseline code; calls of a few milliseconds (100 KB) would be measured before it is
  // done, so short texts are first run for half a second.
  if (SIZES[size] <= 100_000 && !tool.startsWith("compromise")) {
    for (const start = performance.now(); performance.now() - start < 500; ) run(text);
  }
  // Then the median of further calls on the same text (compromise is too slow for more;
  // at 100 KB one garbage collection would move a median of five).
  const n = tool.startsWith("compromise") && SIZES[size] > 100_000 ? 1 : SIZES[size] >= 10_000_000 ? 3 : SIZES[size] <= 100_000 ? 25 : 5;
  const warm = Array.from({ length: n }, timed).sort((a, b) => a - b);
  const warmMs = warm[warm.length >> 1];
  return { tool, size, mbPerSecond: mb / (coldMs / 1000), ms: coldMs, warmMbPerSecond: mb / (warmMs / 1000), warmMs, peakMB };
}

if (process.argv[2]) {
  console.log(JSON.stringify(await cell(process.argv[2], process.argv[3], process.argv[4])));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log("| tool | size | cold MB/s | cold ms | warm MB/s | peak RSS MB (first call) |\n|---|---|---|---|---|---|");
  const dir = mkdtempSync(join(tmpdir(), "lede-bench-"));
  for (const size of Object.keys(SIZES)) {
    const file = join(dir, `${size}.txt`);
    writeFileSync(file, corpus(SIZES[size]));
    for (const tool of Object.keys(TOOLS)) {
      // compromise needs minutes and gigabytes beyond 1 MB.
      if (tool.startsWith("compromise") && SIZES[size] > 1_000_000) continue;
      let r;
      try {
        r = JSON.parse(execFileSync("node", ["--max-old-space-size=8192", self, tool, size, file], { encoding: "utf8" }));
      } catch (e) {
        console.log(`| ${tool} | ${size} | failed: ${String(e.message).split("\n")[0]} | | | |`);
        continue;
      }
      console.log(`| ${r.tool} | ${r.size} | ${r.mbPerSecond.toFixed(1)} | ${r.ms.toFixed(0)} | ${r.warmMbPerSecond.toFixed(1)} | ${r.peakMB.toFixed(0)} |`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
