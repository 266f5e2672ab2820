// Limits and bad input through the built package, as JavaScript calls it (release build):
// analyze through both engines (`lede` and `lede/full` are separate .wasm files), compare
// through the full one.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as core from "../../pkg/node.js";
import * as full from "../../pkg/node-full.js";

const { compare, spans } = full;

const PARAGRAPH =
  "“Regardless of who is found to be responsible for this, the president considers it a serious matter,” Earnest says. " +
  "Sony Pictures canceled the release of its $44 million comedy “The Interview” after the U.S. attack.\n\n";

for (const [entry, { analyze }] of [["lede", core], ["lede/full", full]]) {
  test(`${entry}: a 50 MB article is analysed, not refused`, () => {
    // Numbered paragraphs: an exact repeat of a paragraph is boilerplate.
    const count = Math.ceil(50e6 / (PARAGRAPH.length + 8));
    const text = Array.from({ length: count }, (_, i) => `${i}. ${PARAGRAPH}`).join("");
    const a = analyze(text);
    assert.equal(a.boilerplate.length, 0);
    assert.ok(a.stats.words > 7_000_000);
    assert.ok(a.quotes.length > 100_000);
    const q = a.quotes.at(-1);
    assert.equal(text.slice(q.span.start, q.span.end), q.text);
  });

  test(`${entry}: texts over maxBytes get an Error that names the limit`, () => {
    assert.throws(() => analyze("x".repeat(2000), { maxBytes: 1000 }), /2000 bytes.*limit of 1000 bytes.*maxBytes/);
  });

  test(`${entry}: one million quotation marks, and one opening mark before 10 MB`, () => {
    const marks = analyze("“”\"".repeat(333_334));
    assert.ok(Array.isArray(marks.quotes));
    const open = analyze("“" + "word and word. ".repeat(700_000));
    assert.ok(open.notes.length >= 1 || open.quotes.length >= 1, "the unclosed mark is reported");
  });

  test(`${entry}: 10,000 nested quotes`, () => {
    const text = "“‘".repeat(5000) + "deep" + "’”".repeat(5000);
    const a = analyze(text);
    for (const q of a.quotes) assert.equal(text.slice(q.span.start, q.span.end), q.text);
  });

  test(`${entry}: options of the wrong type throw Errors that say what was expected`, () => {
    assert.throws(() => analyze("x", "fast"), /options must be an object, instead found string "fast"/);
    assert.throws(() => analyze("x", { stem: "yes" }), /`stem` expects a boolean, instead found string "yes"/);
    assert.throws(() => analyze("x", { stopwords: 7 }), /`stopwords` expects .*instead found number 7/);
    assert.throws(() => analyze("x", { topTerms: -1 }), /`topTerms` expects a positive integer, instead found number -1/);
    assert.throws(() => analyze(null), /expects text to be a string, instead found null/);
  });

  test(`${entry}: lone surrogates and binary junk give results with usable spans`, () => {
    const junk = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536));
    for (const text of ["\uD800“Hi there,” she said.\uDFFF", junk, "\u0000\u0001\uFFFE"]) {
      const a = analyze(text);
      assert.ok(a.sentences instanceof Uint32Array && a.sentences.length % 2 === 0);
      for (const s of spans(a.sentences)) assert.ok(s.start <= s.end && s.end <= text.length);
    }
  });
}

test("1,000 articles compare", () => {
  const articles = Array.from({ length: 1000 }, (_, i) => `Article ${i} says “item ${i % 17} matters,” Smith said. ${PARAGRAPH}`);
  const c = compare(articles);
  assert.equal(c.articles.length, 1000);
  assert.throws(() => compare(articles, { maxArticles: 999 }), /1000 articles.*limit of 999.*maxArticles/);
  assert.throws(() => compare([1, 2]), /article 0 to be a string/);
});
