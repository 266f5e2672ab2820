// Typing, reloading and exporting.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { start, open, waitForResults, view } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const ARTICLE = `City council approves new budget

The council voted 7-2 on Tuesday to approve the budget. "This is a good day for the city," Mayor Jane Doe said after the vote.

Council member Sam Roe opposed the plan. "We are spending money we do not have," Roe said.`;

test("typing updates the results, and the articles survive a reload", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.getByRole("button", { name: "+ Add article" }).click();
  const slot = page.locator(".article-slot").nth(2);
  await slot.locator(".title-input").fill("Council budget");
  await slot.locator(".text-input").fill(ARTICLE);
  const card = page.locator("#panel-overview .stat-card", { hasText: "Council budget" });
  // The empty slot's results may draw first: wait for the text's.
  await card.filter({ hasText: /Words\s*[1-9]/i }).locator(".stats").waitFor();
  const words = async () => Number((await card.locator(".stat dd").first().innerText()).replace(/\D/g, ""));
  const before = await words();
  assert.ok(before > 30, `words: ${before}`);
  assert.match(await card.innerText(), /QUOTES\s+2\b/);

  // type more: the figures follow
  await slot.locator(".text-input").press("End");
  await slot.locator(".text-input").pressSequentially(" Three more words.", { delay: 5 });
  await page.waitForFunction(
    (n) => [...document.querySelectorAll("#panel-overview .stat-card")].some((c) => c.textContent.includes("Council budget") && c.querySelector(".stat dd")?.textContent.replace(/\D/g, "") > n),
    before,
  );

  // the speaker shows up in the quotes view
  await view(page, "Quotes");
  await page.selectOption("#article-picker", { index: 2 });
  assert.match(await page.locator("#panel-quotes").innerText(), /Doe|Roe/);

  await page.waitForTimeout(800); // the save is debounced
  await page.reload();
  await waitForResults(page, 3);
  assert.equal(await page.locator(".article-slot").count(), 3);
  assert.equal(await page.locator(".article-slot").nth(2).locator(".title-input").inputValue(), "Council budget");
  assert.match(await page.locator(".article-slot").nth(2).locator(".text-input").inputValue(), /Three more words\.$/);

  // removing an article sticks too
  await page.getByRole("button", { name: /Remove article 3/ }).click();
  await page.waitForTimeout(800);
  await page.reload();
  await waitForResults(page, 2);
  assert.equal(await page.locator(".article-slot").count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test("export downloads the full analysis as JSON, and terms and quotes as CSV", async () => {
  const { context, page, problems } = await open(env, { acceptDownloads: true });
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.waitForFunction(() => document.querySelector("#status-text").textContent.startsWith("Analysed"));

  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
  assert.match(json.suggestedFilename(), /^lede-analysis-.*\.json$/);
  const data = JSON.parse(await readFile(await json.path(), "utf8"));
  assert.equal(data.articles.length, 2);
  assert.ok(data.articles[0].text.includes("White House"));
  assert.ok(data.articles[1].analysis.quotes.length > 5);
  assert.ok(data.articles[1].analysis.speakers.some((s) => s.name.includes("Obama")));
  assert.ok(data.comparison && Array.isArray(data.comparison.similarity));
  assert.ok(typeof data.engineVersion === "string");

  const [quotes] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Quotes CSV" }).click()]);
  const csv = await readFile(await quotes.path(), "utf8");
  // CSV starts with a byte-order mark, for Excel (tests/e2e/compare-export.test.mjs checks the bytes)
  assert.match(csv.split("\r\n")[0], /^\uFEFFarticle,title,index,kind,speaker,cue,rule/);
  assert.match(csv, /Obama/);
  const [terms] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Terms CSV" }).click()]);
  assert.match(await readFile(await terms.path(), "utf8"), /^\uFEFFarticle,title,kind,rank,term/);
  assert.deepEqual(problems, []);
  await context.close();
});
