// `lede` and `lede/full` are two .wasm files built from one crate with and without the
// `compare` feature: everything but compare must come out the same from both.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import * as core from "../../pkg/node.js";
import * as full from "../../pkg/node-full.js";

const SAMPLES = new URL("../../www/samples/", import.meta.url);
const texts = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, SAMPLES), "utf8"));

test("both engines give the same results for the samples", () => {
  assert.ok(texts.length >= 2);
  for (const text of [...texts, texts.join("\n\n"), ""]) {
    assert.deepEqual(core.analyze(text), full.analyze(text), "analyze");
    assert.deepEqual(core.analyze(text, { stem: true, stopwords: "none", topTerms: 100 }),
      full.analyze(text, { stem: true, stopwords: "none", topTerms: 100 }), "analyze with options");
    assert.deepEqual(core.tokenize(text), full.tokenize(text), "tokenize");
    assert.deepEqual(core.frequencies(text, { stem: true }), full.frequencies(text, { stem: true }), "frequencies");
    assert.deepEqual(core.kwic(text, "Sony", 4), full.kwic(text, "Sony", 4), "kwic");
  }
  assert.equal(core.version(), full.version());
  assert.equal("compare" in core, false);
  assert.equal(typeof full.compare, "function");
});
