// The Terms view as a reader of news uses it: the whole vocabulary with a search, stop-word
// presets and the reader's own words, stemming, and keyword in context for any word or
// phrase across every article (sortable, adjustable, each line a link into the text), with
// a dispersion strip and the figures of each article side by side.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults, view, shot } from "./helpers.mjs";
import { axeViolations } from "./axe.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Words of the active article's top list (the analysis), lowercased. */
const topWords = (page) => page.evaluate(() => [...document.querySelectorAll("#panel-terms .terms-table tbody .term-btn")].map((b) => b.textContent.toLowerCase()));

/** Runs a KWIC query from the form and waits for its lines. */
async function kwic(page, q) {
  await page.fill("#kwic-q", q);
  await page.press("#kwic-q", "Enter");
  await page.locator("#panel-terms .kwic h4", { hasText: `“${q}” in context` }).waitFor();
}

test("keyword in context for a word outside the top 25, across two articles, each line a link into the text", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await view(page, "Terms");

  // The whole vocabulary arrives: far more than the 25 top words, and searchable.
  const counter = page.locator("#panel-terms .table-count");
  await counter.filter({ hasText: "whole vocabulary" }).waitFor();
  const total = Number((await counter.innerText()).replace(/[^\d].*$/s, "").replace(/,/g, ""));
  assert.ok(total > 100, `vocabulary of ${total} words`);
  // "actors" is in both samples, twice each, and in neither's 25 most frequent words (the analysis's lists)
  const rank = (await topWords(page)).indexOf("actors");
  assert.ok(rank === -1 || rank >= 25, `“actors” is word ${rank + 1} of the vocabulary`);
  await page.fill("#term-search", "actor");
  await page.waitForFunction(() => /contain “actor”/.test(document.querySelector("#panel-terms .table-count")?.textContent ?? ""));
  const found = await topWords(page);
  assert.ok(found.length >= 1 && found.every((w) => w.includes("actor")), found.join(", "));
  assert.ok(found.includes("actors"));

  // KWIC across both articles for that word.
  await page.locator("#panel-terms .term-btn", { hasText: /^actors$/ }).click();
  await page.locator("#panel-terms .kwic h4", { hasText: "“actors” in context" }).waitFor();
  const spread = page.locator("#panel-terms .spread tbody tr");
  assert.equal(await spread.count(), 2);
  const counts = await spread.evaluateAll((rows) => rows.map((r) => Number(r.querySelector("td.num").textContent)));
  assert.ok(counts.every((n) => n >= 1), `counts ${counts}`);
  const lines = page.locator("#panel-terms .kwic-list li");
  assert.equal(await lines.count(), counts[0] + counts[1]);
  const arts = await lines.evaluateAll((ls) => ls.map((l) => l.querySelector(".art-num")?.textContent.replace(/\D/g, "")));
  assert.ok(arts.includes("1") && arts.includes("2"), `lines from articles ${arts}`);
  // a dispersion strip per article, described for a screen reader
  const strips = await page.locator("#panel-terms .spread svg.dispersion").evaluateAll((s) => s.map((x) => [x.getAttribute("aria-label"), x.querySelectorAll(".disp-tick").length]));
  strips.forEach(([label, ticks], i) => {
    assert.match(label, /of the way through/);
    assert.equal(ticks, counts[i]);
  });

  await shot(page, "terms-kwic-light", { fullPage: true });

  // Sorted by the words after, the right contexts are in order; by the words before, the left ones (nearest word first).
  const contexts = (side) => lines.evaluateAll((ls, s) => ls.map((l) => l.querySelector(`.kwic-${s}`).textContent), side);
  const key = (str, reverse) => {
    const w = str.split(/\s+/).map((x) => x.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase()).filter(Boolean);
    return (reverse ? w.reverse() : w).join(" ");
  };
  await page.getByRole("button", { name: "By words after" }).click();
  const right = (await contexts("right")).map((x) => key(x, false));
  assert.deepEqual(right, [...right].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  await page.getByRole("button", { name: "By words before" }).click();
  const left = (await contexts("left")).map((x) => key(x, true));
  assert.deepEqual(left, [...left].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

  // A wider context gives more words either side.
  const wordsIn = async () => (await contexts("right")).reduce((n, x) => n + x.split(/\s+/).filter(Boolean).length, 0);
  const narrow = await wordsIn();
  await page.locator("#kwic-width").fill("12");
  await page.locator("#kwic-width").dispatchEvent("change");
  await page.waitForFunction((n) => [...document.querySelectorAll("#panel-terms .kwic-right")].reduce((k, x) => k + x.textContent.split(/\s+/).filter(Boolean).length, 0) > n, narrow);

  // A line of the second article opens its text at that occurrence.
  const line = lines.filter({ has: page.locator(".art-num", { hasText: "2" }) }).first();
  const matched = await line.locator("mark").innerText();
  await line.locator("a").click();
  await page.waitForSelector("#panel-text:not([hidden])");
  assert.equal(await page.inputValue("#article-picker"), "1");
  const current = page.locator("#panel-text #t-current");
  await current.waitFor();
  assert.equal((await current.innerText()).toLowerCase(), matched.toLowerCase());
  assert.ok(await current.evaluate((el) => el === document.activeElement), "the occurrence has the focus");
  assert.ok(await current.isVisible());
  assert.ok((await page.locator("#panel-text mark.hit").count()) >= counts[1]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a phrase in context keeps its words together, with the ellipsis only at the ends", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await view(page, "Terms");
  await kwic(page, "cyber attack");
  const line = page.locator("#panel-terms .kwic-list li").first();
  assert.equal(await line.locator("mark").innerText(), "cyber attack");
  const text = (await line.innerText()).replace(/\s+/g, " ");
  assert.match(text, /cyber attack/);
  assert.doesNotMatch(text, /cyber …|… attack/);
  // drawn in order: the left context ends left of the match, the ellipsis at the far left
  const box = await line.evaluate((li) => {
    const r = (sel) => li.querySelector(sel).getBoundingClientRect();
    const bdi = li.querySelector(".kwic-left bdi");
    const range = document.createRange();
    range.setStart(bdi.firstChild, 0);
    range.setEnd(bdi.firstChild, 1);
    return { ellipsis: range.getBoundingClientRect().left, leftEnd: r(".kwic-left").right, mark: r("mark").left, text: bdi.textContent };
  });
  assert.ok(box.text.startsWith("… "), box.text);
  assert.ok(box.ellipsis < box.mark - 50, JSON.stringify(box));
  assert.ok(box.leftEnd <= box.mark + 1, JSON.stringify(box));
  assert.deepEqual(problems, []);
  await context.close();
});

test("stop-word presets, the reader's own words and stemming change what is counted, and are kept", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await view(page, "Terms");
  const words = () => page.locator("#panel-terms .terms-table tbody .term-btn").allInnerTexts();
  const waitWords = (fn) => page.waitForFunction(fn, null, { timeout: 10_000 });
  // by default the reporting verbs are left out
  await page.locator("#panel-terms .table-count", { hasText: "whole vocabulary" }).waitFor();
  assert.ok(!(await words()).slice(0, 200).some((w) => /^(said|says|told)$/i.test(w)));
  assert.ok(await page.getByLabel(/Standard and reporting verbs/).isChecked());

  await page.getByLabel(/^\s*Standard \(/).check();
  await waitWords(() => [...document.querySelectorAll("#panel-terms .terms-table .term-btn")].slice(0, 10).some((b) => /^(said|says)$/i.test(b.textContent)));
  await page.getByLabel(/^\s*None/).check();
  await waitWords(() => [...document.querySelectorAll("#panel-terms .terms-table .term-btn")].slice(0, 3).some((b) => b.textContent.toLowerCase() === "the"));

  await page.getByLabel(/Standard and reporting verbs/).check();
  await waitWords(() => ![...document.querySelectorAll("#panel-terms .terms-table .term-btn")].slice(0, 30).some((b) => /^(the|said)$/i.test(b.textContent)));
  const first = (await words())[0];
  await page.fill("#extra-stopwords", `${first}, sony`);
  await page.press("#extra-stopwords", "Enter");
  await waitWords(() => ![...document.querySelectorAll("#panel-terms .terms-table .term-btn")].some((b) => ["sony"].includes(b.textContent.toLowerCase())));
  assert.ok(!(await words()).map((w) => w.toLowerCase()).includes(first.toLowerCase()));

  // stemming: attack, attacks and attacked are one term, found in context by any of its forms
  await page.check("#stem-toggle");
  await page.locator("#panel-terms .stem-note").first().waitFor();
  await kwic(page, "attack");
  const matched = (await page.locator("#panel-terms .kwic-list mark").allInnerTexts()).map((x) => x.toLowerCase());
  assert.ok(new Set(matched).size >= 2, `forms: ${[...new Set(matched)]}`);

  // kept across a reload
  await page.reload();
  await waitForResults(page, 2);
  await view(page, "Terms");
  assert.ok(await page.isChecked("#stem-toggle"));
  assert.equal(await page.inputValue("#extra-stopwords"), `${first.toLowerCase()}, sony`);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
