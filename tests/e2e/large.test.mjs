// A 10 MB paste: the page keeps answering input while the worker runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { start, open, waitForResults, WWW } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test("a 10 MB paste keeps the page responsive", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  const sample = await readFile(`${WWW}/samples/verge-obama-will-respond.txt`, "utf8");
  await page.evaluate((unit) => {
    let big = "";
    while (big.length < 10_000_000) big += unit + "\n\n";
    const ta = document.querySelectorAll(".article-slot .text-input")[1];
    ta.value = big;
    ta.dispatchEvent(new Event("input", { bubbles: true }));
  }, sample);
  // the progress indicator appears while the worker analyses
  await page.locator("#progress").waitFor({ state: "visible", timeout: 5000 });
  assert.match(await page.locator("#status-text").innerText(), /Analysing|Comparing/);

  // typing into a title answers promptly while the analysis is pending
  const title = page.locator(".article-slot .title-input").first();
  await title.click();
  await title.press("End");
  const t0 = Date.now();
  await title.pressSequentially(" (edited)", { delay: 0 });
  await page.waitForFunction(() => document.querySelector(".article-slot .title-input").value.endsWith("(edited)"));
  const typed = Date.now() - t0;
  // a main-thread round trip is quick too
  const frame = await page.evaluate(() => new Promise((ok) => { const t = performance.now(); requestAnimationFrame(() => ok(performance.now() - t)); }));
  console.log(`10 MB paste: typing 9 characters took ${typed} ms, a frame ${Math.round(frame)} ms, while the analysis was pending`);
  assert.ok(typed < 3000, `typing took ${typed} ms`);
  assert.ok(frame < 1000, `a frame took ${frame} ms`);
  assert.ok(await page.locator("#progress").isVisible(), "still analysing");
  assert.deepEqual(problems.filter((p) => !/quota/i.test(p)), []);
  await context.close();
});
