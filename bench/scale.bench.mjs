// How Lede's cost grows, in WebAssembly under Node: analyze at 1, 10 and 50 MB (time per MB
// should stay flat) and compare at 2, 10, 50 and 200 articles of about 5 KB (time should
// grow no faster than the pairs of articles).
import { analyze, compare } from "../pkg/node-full.js";
import { corpus } from "./corpus.mjs";

function time(fn, repeats) {
  // Warm up: V8 compiles optimised code in the background, so short calls are first
  // repeated for half a second (the timings should compare sizes, not tiers).
  fn();
  for (const start = performance.now(); performance.now() - start < 500; ) fn();
  const t0 = performance.now();
  for (let i = 0; i < repeats; i++) fn();
  return (performance.now() - t0) / repeats;
}

console.log("| analyze | ms | ms per MB | MB/s |\n|---|---|---|---|");
for (const mb of [1, 10, 50]) {
  const text = corpus(mb * 1e6);
  const ms = time(() => analyze(text), mb >= 50 ? 1 : mb >= 10 ? 2 : 5);
  console.log(`| ${mb} MB | ${ms.toFixed(0)} | ${(ms / mb).toFixed(1)} | ${((mb * 1000) / ms).toFixed(1)} |`);
}

// Articles of ~5 KB: consecutive slices of the corpus, so neighbours share a speech's vocabulary.
const pool = corpus(200 * 5000 + 5000);
const articles = (n) => Array.from({ length: n }, (_, i) => pool.slice(i * 5000, i * 5000 + 5000));
console.log("\n| compare | ms | ms per pair |\n|---|---|---|");
for (const n of [2, 10, 50, 200]) {
  const input = articles(n);
  const ms = time(() => compare(input), n >= 200 ? 1 : n >= 50 ? 3 : 20);
  const pairs = (n * (n - 1)) / 2;
  console.log(`| ${n} × 5 KB | ${ms.toFixed(1)} | ${(ms / pairs).toFixed(3)} |`);
}
