// WebAssembly memory is reused across calls: it grows to the largest call's need and stays there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, memoryBytes } from "../../pkg/node.js";

const PARAGRAPH =
  "“Regardless of who is found to be responsible for this, the president considers it a serious matter,” Earnest says. " +
  "Sony Pictures canceled the release of its $44 million comedy “The Interview” after the U.S. attack.\n\n";

test("memory is reused across calls, not leaked", () => {
  const text = PARAGRAPH.repeat(5000); // ~1 MB
  analyze(text);
  const before = memoryBytes();
  for (let i = 0; i < 30; i++) analyze(text);
  const after = memoryBytes();
  assert.ok(after <= before * 1.1, `wasm memory grew from ${before} to ${after} bytes over 30 calls`);
  console.log(`wasm memory after 31 analyses of 1 MB: ${(after / 2 ** 20).toFixed(1)} MiB`);
});

test("kept analyses are freed by release", async () => {
  const full = await import("../../pkg/node-full.js");
  const text = PARAGRAPH.repeat(2500); // ~500 KB
  const keep = () => [full.analyzeKept(text), full.analyzeKept(text.slice(0, 20_000))];
  const pair = keep();
  full.compareKept(pair.map((analysis) => ({ analysis })));
  pair.forEach(full.release);
  const before = full.memoryBytes();
  for (let i = 0; i < 30; i++) {
    const kept = keep();
    full.compareKept(kept.map((analysis) => ({ analysis })));
    kept.forEach(full.release);
  }
  const after = full.memoryBytes();
  assert.ok(after <= before * 1.1, `wasm memory grew from ${before} to ${after} bytes over 30 kept pairs`);
});
