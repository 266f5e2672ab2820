// A call that traps inside the engine throws "lede: internal error while analysing; the
// engine was restarted" (the trap as its `cause`), and the next call runs on a fresh
// instance with the same results as before; the engine's own errors on bad input pass
// through unchanged and restart nothing. The traps are real: the instance is brought to
// the end of its memory (helpers.mjs), so that its next large allocation aborts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import * as core from "../../pkg/node.js";
import * as full from "../../pkg/node-full.js";
import * as coreGlue from "../../pkg/lede.js";
import * as fullGlue from "../../pkg/lede_full.js";
import { wrap } from "../../pkg/engine.js";
import { exhaustMemory, TOO_BIG, RESTARTED } from "./helpers.mjs";

const SAMPLES = new URL("../../www/samples/", import.meta.url);
const [textA, textB] = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(new URL(f, SAMPLES), "utf8"));

// The instance each entry runs on now: the glue's initSync() returns it once loaded.
const instanceOf = (glue) => glue.initSync();

function assertRestarted(error) {
  assert.ok(error instanceof Error);
  assert.equal(error.message, RESTARTED);
  assert.ok(error.cause instanceof WebAssembly.RuntimeError, `cause: ${error.cause}`);
  return true;
}

const engines = [
  ["lede", core, coreGlue],
  ["lede/full", full, fullGlue],
];

for (const [entry, lede, glue] of engines) {
  test(`${entry}: every function that traps restarts the engine, and the next call gives the same results`, () => {
    const expected = {
      analyze: lede.analyze(textA),
      tokenize: lede.tokenize(textA),
      frequencies: lede.frequencies(textA, { stem: true }),
      kwic: lede.kwic(textA, "Sony", 4),
    };
    const calls = {
      analyze: (text) => lede.analyze(text),
      tokenize: (text) => lede.tokenize(text),
      frequencies: (text) => lede.frequencies(text, { stem: true }),
      kwic: (text) => lede.kwic(text, "Sony", 4),
    };
    for (const [name, fn] of Object.entries(calls)) {
      const trapped = instanceOf(glue);
      const size = exhaustMemory(trapped);
      assert.throws(() => fn(TOO_BIG), assertRestarted, `${name} on an instance out of memory`);
      const fresh = instanceOf(glue);
      assert.notEqual(fresh, trapped, `${name}: a new instance`);
      assert.ok(lede.memoryBytes() <= size, `${name}: the new instance starts small (${lede.memoryBytes()} bytes)`);
      assert.deepEqual(fn(textA), expected[name], `${name} after the restart`);
      assert.equal(instanceOf(glue), fresh, `${name}: a call that works restarts nothing`);
    }
    assert.equal(lede.version(), lede.version());
    assert.equal(lede.isReady(), true);
  });
}

test("lede/full: compare that traps restarts the engine, and compares the same afterwards", () => {
  const expected = full.compare([textA, textB]);
  const trapped = instanceOf(fullGlue);
  exhaustMemory(trapped);
  assert.throws(() => full.compare([textA, TOO_BIG]), assertRestarted);
  assert.notEqual(instanceOf(fullGlue), trapped);
  assert.deepEqual(full.compare([textA, textB]), expected);
});

test("a trap in one entry leaves the other entry's instance alone", () => {
  const fullBefore = instanceOf(fullGlue);
  exhaustMemory(instanceOf(coreGlue));
  assert.throws(() => core.analyze(TOO_BIG), assertRestarted);
  assert.equal(instanceOf(fullGlue), fullBefore);
  assert.deepEqual(full.analyze(textB), core.analyze(textB));
});

test("the engine's own errors pass through unchanged and restart nothing", () => {
  const cases = [
    [() => core.analyze(42), /^lede: analyze expects text to be a string, instead found /],
    [() => core.analyze("Text.", { topTerms: "many" }), /^lede: option `topTerms` expects a positive integer/],
    [() => core.analyze("Too long.", { maxBytes: 4 }), /^lede: text is 9 bytes of UTF-8, over the limit of 4 bytes/],
    [() => core.tokenize(null), /^lede: /],
    [() => full.compare("not an array"), /^lede: compare expects an array/],
    [() => full.compare([textA, textB], { maxArticles: 1 }), /^lede: compare got 2 articles, over the limit of 1/],
  ];
  for (const [fn, message] of cases) {
    const before = [instanceOf(coreGlue), instanceOf(fullGlue)];
    assert.throws(fn, (error) => {
      assert.equal(error.constructor, Error);
      assert.match(error.message, message);
      assert.notEqual(error.message, RESTARTED);
      assert.equal(error.cause, undefined);
      return true;
    });
    assert.equal(instanceOf(coreGlue), before[0], `${message}: no restart`);
    assert.equal(instanceOf(fullGlue), before[1], `${message}: no restart`);
  }
});

test("traps one after another: each restarts, and memory does not pile up", () => {
  const expected = core.analyze(textB);
  for (let i = 0; i < 5; i++) {
    exhaustMemory(instanceOf(coreGlue));
    assert.throws(() => core.analyze(TOO_BIG), assertRestarted);
    assert.deepEqual(core.analyze(textB), expected);
  }
  assert.ok(core.memoryBytes() < 64 << 20, `${core.memoryBytes()} bytes`);
});

// Making a fresh instance can itself fail (the system out of memory); nothing real can be
// made to fail there on purpose, so this one uses a stand-in glue whose calls trap.
test("a restart that fails is tried again by the next call", () => {
  let resets = 0;
  let refuse = true;
  let instance = { memory: { buffer: { byteLength: 0 } } };
  const glue = {
    initSync: () => instance,
    __wbg_reset_state() {
      resets++;
      if (refuse) throw new RangeError("WebAssembly.Instance(): Out of memory");
      instance = { memory: { buffer: { byteLength: 0 } } };
    },
    analyze(text) {
      if (text === "trap") throw new WebAssembly.RuntimeError("unreachable");
      return text.length;
    },
  };
  const engine = wrap(glue, "test");
  engine.initSync(new Uint8Array());
  const first = instance;
  assert.throws(() => engine.analyze("trap"), (error) => {
    assert.match(error.message, /^lede: internal error while analysing, and the engine could not be restarted \(WebAssembly\.Instance\(\): Out of memory\); the next call tries again$/);
    assert.ok(error.cause instanceof WebAssembly.RuntimeError);
    return true;
  });
  assert.throws(() => engine.analyze("ok"), /could not be restarted/);
  assert.equal(resets, 2);
  refuse = false;
  assert.equal(engine.analyze("ok"), 2);
  assert.equal(resets, 3);
  assert.notEqual(instance, first);
  assert.equal(engine.analyze("fine"), 4);
  assert.equal(resets, 3);
});
