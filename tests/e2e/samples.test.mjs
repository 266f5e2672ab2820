// The bundled samples: quotes and speakers, terms, the compare view, dark mode and phone
// width, and the time to first results on a warm cache. With LEDE_SCREENSHOTS=1
// (`./build.sh screenshots`) it also writes docs/screenshots/ on the way.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults, shot, view } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test("first visit loads the samples and shows quotes, speakers and the comparison", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  const titles = await page.locator("#panel-overview h3").allInnerTexts();
  assert.ok(titles.some((t) => t.includes("NPR")), titles.join(" | "));
  assert.ok(titles.some((t) => t.includes("Verge")), titles.join(" | "));
  await shot(page, "overview-light");

  // Quotes view of The Verge: Obama is a speaker with quotes on screen.
  await view(page, "Quotes");
  await page.selectOption("#article-picker", { index: 1 });
  const obama = page.locator("#panel-quotes .speaker-group", { hasText: "Obama" });
  await obama.first().waitFor();
  assert.ok(await obama.first().isVisible());
  const quotes = await obama.first().locator("blockquote").count();
  assert.ok(quotes >= 2, `Obama has ${quotes} quotes`);
  await shot(page, "quotes-light");

  // Text view: a quote attributed to Obama is highlighted, and its tooltip names him.
  await view(page, "Text");
  const q = page.locator("#panel-text .article-text .q.sp-0").first();
  await q.scrollIntoViewIfNeeded();
  await q.hover();
  const tip = page.locator("#tooltip");
  await tip.waitFor({ state: "visible" });
  assert.match(await tip.innerText(), /Speaker\s+Obama/);
  assert.match(await tip.innerText(), /Rule/);
  assert.match(await page.locator("#panel-text .legend").innerText(), /Obama/);
  // keyboard: focus shows the same evidence
  await page.mouse.move(0, 0);
  await q.focus();
  await tip.waitFor({ state: "visible" });
  assert.match(await tip.innerText(), /Obama/);
  await shot(page, "text-light");

  // Terms: click a term, see it highlighted and in context.
  await view(page, "Terms");
  await page.locator("#panel-terms .term-btn", { hasText: /^Obama$/ }).first().click();
  const kwic = page.locator("#panel-terms .kwic-list li");
  await kwic.nth(4).waitFor(); // the lines come from the worker
  assert.ok((await kwic.count()) >= 5);
  assert.match(await kwic.first().innerText(), /Obama/);
  // sorting by term puts the table in alphabetical order
  await page.locator("#panel-terms th button", { hasText: "Term" }).click();
  const sorted = await page.locator("#panel-terms tbody .term-btn").allInnerTexts();
  assert.deepEqual(sorted, [...sorted].sort((a, b) => a.localeCompare(b)));
  assert.equal(await page.locator("#panel-terms th[aria-sort=ascending]").count(), 1);
  await shot(page, "terms-light");
  await page.locator("#panel-terms .kwic button", { hasText: "Show in text" }).click();
  const hits = page.locator("#panel-text mark.hit");
  assert.ok((await hits.count()) >= 10, "term occurrences highlighted in the text");

  // Compare: similarity, shared terms, who is quoted where, with both articles.
  await view(page, "Compare");
  const cmp = page.locator("#panel-compare");
  await cmp.locator("#cmp-sim").waitFor();
  assert.match(await cmp.locator(".big-n").first().innerText(), /^0\.\d\d$/);
  assert.ok((await cmp.locator(".shared-table tbody tr").count()) > 3);
  const who = await cmp.locator(".who-table").first().innerText();
  assert.match(who, /Obama/);
  assert.match(who, /Earnest/);
  assert.equal(await cmp.locator(".side-by-side.texts .article-text").count(), 2);
  await shot(page, "compare-light", { fullPage: true });

  assert.deepEqual(problems, []);
  await context.close();
});

test("dark mode and phone width", async () => {
  const { context, page, problems } = await open(env, { colorScheme: "dark" });
  await page.goto(env.url);
  await waitForResults(page, 2);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(19, 20, 22)");
  await shot(page, "overview-dark");
  for (const v of ["Text", "Terms", "Quotes", "Compare"]) {
    await view(page, v);
    if (v === "Text") await page.locator("#panel-text .article-text .q").first().hover();
    await shot(page, `${v.toLowerCase()}-dark`);
  }
  await context.close();

  const phone = await open(env, { viewport: { width: 390, height: 844 } });
  await phone.page.goto(env.url);
  await waitForResults(phone.page, 2);
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
  await shot(phone.page, "phone-overview", { fullPage: true });
  await view(phone.page, "Text");
  await phone.page.locator("#results").scrollIntoViewIfNeeded();
  await shot(phone.page, "phone-text");
  assert.deepEqual([...problems, ...phone.problems], []);
  await phone.context.close();
});

test("time to first results on a warm cache", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(300);
  // Warm: the service worker and the HTTP cache hold every file, the articles are saved.
  await page.goto(env.url);
  await waitForResults(page, 2);
  const ms = await page.evaluate(() => performance.getEntriesByName("lede-first-results")[0]?.startTime);
  assert.ok(Number.isFinite(ms));
  const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
  console.log(`first results: ${Math.round(ms)} ms (warm cache, service worker ${controlled ? "in control" : "not yet in control"})`);
  assert.deepEqual(problems, []);
  await context.close();
});
