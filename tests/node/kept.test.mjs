// lede/full's kept analyses: analyzeKept() gives analyze()'s result and keeps what comparing
// needs of it in the engine, compareKept() compares kept analyses as compare() compares the
// texts, release() frees them, and a restart of the engine (after a trap) loses them all.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import * as full from "../../pkg/node-full.js";
import * as fullGlue from "../../pkg/lede_full.js";
import { exhaustMemory, TOO_BIG, RESTARTED } from "./helpers.mjs";

const SAMPLES = new URL("../../www/samples/", import.meta.url);
const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(new URL(f, SAMPLES), "utf8"));
const texts = [...samples, samples.join("\n\n"), "“Ça va,” dit Zoë. 😀 “We will respond,” Obama said."];
const OPTIONS = { stem: true, stopwords: "none", topTerms: 100, keepBoilerplate: true };

const json = (v) => JSON.stringify(v);

test("compareKept gives compare's result, with and without options, and hands back the analyses passed", () => {
  // Analysis options, and compare's (the size limit may differ).
  const cases = [[undefined, undefined], [OPTIONS, OPTIONS], [OPTIONS, { ...OPTIONS, minCount: 1, shingleWords: 3, passageWords: 4, maxBytes: 1 << 20 }]];
  for (const [analyzeOptions, options] of cases) {
    const analyses = texts.map((t) => full.analyzeKept(t, analyzeOptions));
    texts.forEach((t, i) => assert.equal(json(analyses[i]), json(full.analyze(t, analyzeOptions)), "analyzeKept is analyze"));
    const articles = texts.map((text, i) => ({ id: i === 1 ? 7 : `a${i}`, title: i === 0 ? "First" : undefined, text }));
    const expected = full.compare(articles, options);
    const kept = articles.map(({ text: _t, ...a }, i) => ({ ...a, analysis: analyses[i] }));
    const got = full.compareKept(kept, options);
    assert.equal(json(got), json(expected));
    got.articles.forEach((a, i) => assert.equal(a.analysis, analyses[i], "the very object passed"));
    assert.ok(got.quoteGroups.length > 0 && got.passages.length > 0);
    // Only some of them, in another order, with one twice.
    const some = [kept[2], kept[0], kept[0]];
    assert.equal(json(full.compareKept(some, options)), json(full.compare([articles[2], articles[0], articles[0]], options)));
    analyses.forEach(full.release);
  }
});

test("compareKept refuses what it cannot compare, with errors that say why", () => {
  const a = full.analyzeKept(samples[0]);
  const b = full.analyzeKept(samples[1]);
  const message = (fn) => {
    try {
      fn();
    } catch (e) {
      assert.ok(e instanceof Error && !e.cause, "a plain Error, no restart");
      return e.message;
    }
    assert.fail("expected an error");
  };
  assert.match(message(() => full.compareKept("nope")), /compareKept expects an array of \{ id\?, title\?, analysis, corrections\? \} objects, instead found string "nope"/);
  assert.match(message(() => full.compareKept([{ analysis: a }])), /expects at least 2 articles, instead found 1/);
  assert.match(message(() => full.compareKept([{ analysis: a }, { analysis: full.analyze(samples[1]) }])), /article 1 to be \{ id\?, title\?, analysis \} with an analysis that analyzeKept\(\) returned/);
  assert.match(message(() => full.compareKept([{ analysis: a }, b])), /article 1 to be/);
  assert.match(message(() => full.compareKept([{ analysis: a }, null])), /article 1 to be/);
  assert.match(message(() => full.compareKept([{ analysis: a }, { analysis: b }], { stem: true })), /article 0 to be analysed with the options given here/);
  assert.match(message(() => full.compareKept([{ analysis: a }, { analysis: b, title: 3 }])), /article 1's `title` to be a string, instead found number 3/);
  assert.match(message(() => full.compareKept([{ analysis: a }, { analysis: b }], { sorting: 1 })), /unknown option `sorting`/);
  assert.match(message(() => full.compareKept([{ analysis: a }, { analysis: b }, { analysis: a }], { maxArticles: 2 })), /3 articles, over the limit of 2/);
  assert.equal(full.compareKept([{ analysis: a }, { analysis: b }]).articles.length, 2);

  assert.ok(full.isKept(a) && full.isKept(b));
  full.release(b);
  assert.equal(full.isKept(b), false);
  assert.match(message(() => full.compareKept([{ analysis: a }, { analysis: b }])), /article 1 to be .* release\(\) has not freed/);
  full.release(b); // twice: nothing
  full.release(undefined);
  full.release({});
  assert.equal(full.isKept(null), false);
  assert.equal(full.isKept(full.analyze(samples[0])), false);
  full.release(a);
});

test("compareKept takes each article's corrections, as compare does, and refuses an analysis made with others", () => {
  const corrections = [{ type: "speaker", quote: "proportional.", speaker: "Josh Earnest" }];
  const plain = full.analyzeKept(samples[0]);
  const fixed = full.analyzeKept(samples[1], { corrections });
  const got = full.compareKept([{ analysis: plain }, { analysis: fixed, corrections }]);
  assert.equal(json(got), json(full.compare([samples[0], { text: samples[1], corrections }])));
  assert.ok(got.speakers.some((s) => s.name === "Josh Earnest" && s.articles.length === 2));
  assert.throws(() => full.compareKept([{ analysis: plain }, { analysis: fixed }]), /article 1 to be analysed with .* its own `corrections`/);
  assert.throws(() => full.compareKept([{ analysis: plain }, { analysis: fixed, corrections }], { corrections }), /corrections per article/);
  full.release(plain);
  full.release(fixed);
});

test("a restart after a trap loses the kept analyses, and says so", () => {
  const a = full.analyzeKept(samples[0]);
  const b = full.analyzeKept(samples[1]);
  const expected = json(full.compareKept([{ analysis: a }, { analysis: b }]));
  exhaustMemory(fullGlue.initSync());
  assert.throws(() => full.analyzeKept(TOO_BIG), (e) => e.message === RESTARTED && e.cause instanceof WebAssembly.RuntimeError);
  assert.equal(full.isKept(a), false);
  assert.throws(() => full.compareKept([{ analysis: a }, { analysis: b }]), /the engine restarted after an internal error since; analyse the text again with analyzeKept\(\)/);
  full.release(a); // of the old instance: nothing to free in the new one
  const a2 = full.analyzeKept(samples[0]);
  const b2 = full.analyzeKept(samples[1]);
  assert.equal(json(full.compareKept([{ analysis: a2 }, { analysis: b2 }])), expected);
  full.release(a2);
  full.release(b2);
});
