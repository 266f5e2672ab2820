// (1) Node 20 ESM: `import { analyze } from "lede"` (and `compare` from "lede/full") works
// with no manual wasm loading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeProject, run } from "./helpers.mjs";

const SCRIPT = `
const t0 = performance.now();
const lede = await import("lede");
const text = "Sony canceled the film. “We will respond,” Obama said. He added: “It will be proportional.”";
const a = lede.analyze(text);
const ms = performance.now() - t0;
const q = a.quotes[0];
const full = await import("lede/full");
const c = full.compare([text, { id: "b", text: "“We will respond,” Obama said on Friday." }]);
console.log(JSON.stringify({ ms, ready: lede.isReady(), quote: text.slice(q.span.start, q.span.end), speaker: q.speaker,
  articles: c.articles.length, group: c.quoteGroups[0].quotes.map((q) => q.article + ":" + q.speaker),
  compareInCore: "compare" in lede, sameAnalysis: JSON.stringify(full.analyze(text)) === JSON.stringify(a) }));
`;

test("Node imports lede from the tarball and finds a quote and its speaker", () => {
  const dir = makeProject("node", { "main.mjs": SCRIPT });
  const out = JSON.parse(run("node", ["main.mjs"], dir));
  assert.equal(out.ready, true);
  assert.equal(out.quote, "We will respond,");
  assert.equal(out.speaker, "Obama");
  assert.equal(out.articles, 2);
  assert.deepEqual(out.group, ["0:Obama", "1:Obama"]);
  assert.equal(out.compareInCore, false);
  assert.equal(out.sameAnalysis, true);
  console.log(`node: import to first result ${out.ms.toFixed(1)} ms`);
});

test("the README's one-liner prints a quote", () => {
  const dir = makeProject("oneliner", {});
  const out = run("node", ["-e", 'import("lede").then(m => console.log(JSON.stringify(m.analyze("He said: \\"Hi.\\"").quotes)))'], dir);
  const quotes = JSON.parse(out);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, "Hi.");
});

test("calling analyze before init throws a clear error, not a crash", () => {
  const script = `
const m = await import("./node_modules/lede/index.js");
try { m.analyze("x"); console.log("no error"); } catch (e) { console.log(e.message); }
const full = await import("./node_modules/lede/full.js");
try { full.compare(["x", "y"]); console.log("no error"); } catch (e) { console.log(e.message); }
`;
  const dir = makeProject("uninit", { "main.mjs": script });
  const out = run("node", ["main.mjs"], dir).trim().split("\n");
  assert.equal(out.length, 2);
  assert.match(out[0], /^lede: analyze\(\) was called before the engine was initialised; call `await init\(\)` \(the default export of "lede"\) first$/);
  assert.match(out[1], /^lede: compare\(\) was called before the engine was initialised; call `await init\(\)` \(the default export of "lede\/full"\) first$/);
});
