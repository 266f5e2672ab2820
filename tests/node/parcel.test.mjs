// The page's worker sends big results in parts (www/js/parcel.js): every part is light
// enough to read in one short task, and putting the parts back gives the result unchanged.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { analyze, compare } from "../../pkg/node-full.js";
import { pack, unpack, weight, OBJECTS_PER_PART } from "../../www/js/parcel.js";

const SAMPLES = new URL("../../www/samples/", import.meta.url);
const npr = readFileSync(new URL("npr-white-house-proportional.txt", SAMPLES), "utf8");
const verge = readFileSync(new URL("verge-obama-will-respond.txt", SAMPLES), "utf8");

/** Packs `value` as the worker does and unpacks it as the page does; returns what arrived and each part's weight. */
function roundTrip(value) {
  const parts = [];
  const weights = [];
  const light = pack(value, (path, items) => { weights.push(weight(items)); parts.push(structuredClone({ path, items })); });
  const lightWeight = weight(light);
  return { back: unpack(structuredClone(light), parts), light, lightWeight, weights };
}

const quote = (i) => ({ span: { start: i, end: i + 1 }, text: `q${i}`, cue: { span: { start: 0, end: 1 }, lemma: "say" } });
const many = (n, make) => Array.from({ length: n }, (_, i) => make(i));

test("weight counts objects and strings, not numbers or span lists", () => {
  for (const [value, expected] of [
    [1, 0], ["a", 1], [null, 0], [new Uint32Array(1000), 0], [[], 1], [[1, 2, 3], 1],
    [{ a: "x", b: [1, { c: "y" }] }, 5], [quote(0), 6],
  ]) assert.equal(weight(value), expected, JSON.stringify(value));
});

test("a light value is sent whole, as it is", () => {
  const value = { analyses: [{ quotes: many(10, quote) }], comparison: null };
  const { light, weights } = roundTrip(value);
  assert.equal(light, value);
  assert.equal(weights.length, 0);
});

test("heavy lists, at any depth, arrive in light parts and are put back in order", () => {
  const heavy = Math.ceil(OBJECTS_PER_PART / 6) * 3; // three parts' worth of quotes
  for (const value of [
    { analyses: [null, { quotes: many(heavy, quote), sentences: new Uint32Array([0, 5]) }], kept: [0] },
    // one group heavier than a part inside a list of light ones, beside a long flat list
    { comparison: { quoteGroups: [{ quotes: many(3, quote) }, { quotes: many(heavy, quote) }], repeats: many(heavy, (i) => ({ span: { start: i, end: i } })) } },
    // a list of lists each just under a part
    { lists: many(5, () => many(Math.floor(OBJECTS_PER_PART / 6) - 1, quote)) },
    // fields each lighter than a part, together heavier: the heaviest go apart
    { a: many(OBJECTS_PER_PART / 12, quote), b: { c: many(OBJECTS_PER_PART / 12, quote), d: "x" }, e: many(OBJECTS_PER_PART / 12, quote), f: 3 },
  ]) {
    const { back, lightWeight, weights } = roundTrip(value);
    assert.ok(weights.length >= 1, "sent in parts");
    assert.ok(lightWeight <= OBJECTS_PER_PART, `the result itself holds ${lightWeight} objects`);
    // a part is a list: at most OBJECTS_PER_PART in its items, plus the list itself
    for (const w of weights) assert.ok(w <= OBJECTS_PER_PART + 1, `a part of ${w} objects`);
    assert.deepEqual(back, value);
  }
});

test("packing leaves the worker's own copy (its cache) unchanged", () => {
  const value = { analyses: [{ quotes: many(OBJECTS_PER_PART, quote) }] };
  const before = structuredClone(value);
  roundTrip(value);
  assert.deepEqual(value, before);
});

test("a real analysis and comparison survive the trip", () => {
  const big = many(40, (k) => (k % 2 ? verge : npr).replaceAll("Obama", `Name${k}`)).join("\n\n");
  const value = { analyses: [analyze(big), analyze(npr)], comparison: compare([big, verge]) };
  const { back, lightWeight, weights } = roundTrip(value);
  assert.deepEqual(back, value);
  assert.ok(weights.length >= 1 && lightWeight <= OBJECTS_PER_PART && weights.every((w) => w <= OBJECTS_PER_PART + 1));
});
