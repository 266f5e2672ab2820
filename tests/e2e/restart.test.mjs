// A trap inside the page's worker: the page says what happened, the same worker carries on
// with a fresh engine instance, and the next edit is analysed. The trap is real: the test
// brings the worker's engine instance to the end of its memory (tests/node/helpers.mjs),
// then an article too big for what is left makes its allocation abort.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults } from "./helpers.mjs";
import { exhaustMemory, RESTARTED } from "../node/helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const ARTICLE = `Harbour bridge reopens

The bridge reopened on Monday after repairs. "Traffic is moving again," said Ana Ruiz, the city's engineer.`;

// Runs in the worker: the engine's glue module is the one worker.js loaded (one module
// map per worker), so its initSync() returns the instance the worker is using.
const inWorker = (body) => `(async () => {
  const glue = await import(new URL("engine/lede_full.js", self.location.href));
  ${body}
})()`;

test("a trap in the worker shows the message, and the worker analyses again on a fresh instance", async () => {
  const { page, context, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  const worker = page.workers().find((w) => new URL(w.url()).pathname.endsWith("/worker.js"));
  assert.ok(worker, `the analysis worker among ${page.workers().map((w) => w.url())}`);

  await page.getByRole("button", { name: "+ Add article" }).click();
  const slot = page.locator(".article-slot").nth(2);
  await slot.locator(".title-input").fill("Big article");
  const before = await worker.evaluate(inWorker(`
    self.trappedInstance = glue.initSync();
    return (${exhaustMemory})(self.trappedInstance);
  `));
  assert.ok(before > 0);
  // 650 KB of words: copying it into the engine needs more than the instance has left.
  // (It is more than a text box keeps, so the slot shows it as a large text.)
  await page.evaluate(() => {
    const ta = document.querySelectorAll(".article-slot .text-input")[2];
    ta.value = "Words of a long article. ".repeat(26_000);
    ta.dispatchEvent(new Event("input", { bubbles: true }));
  });
  const banner = page.locator("#error");
  await banner.waitFor({ state: "visible", timeout: 20_000 });
  const said = await banner.innerText();
  assert.ok(said.includes(`Big article: ${RESTARTED}. Your text is safe`), said);

  // The same worker (its globals are still there), on a new instance of the engine.
  assert.deepEqual(await worker.evaluate(inWorker(`
    return { same: self.trappedInstance !== undefined, fresh: glue.initSync() !== self.trappedInstance,
      bytes: glue.initSync().memory.buffer.byteLength };
  `)).then(({ same, fresh, bytes }) => ({ same, fresh, small: bytes < before + (64 << 20) })), { same: true, fresh: true, small: true });
  assert.ok(page.workers().includes(worker), "main.js did not have to restart the worker");

  // The samples kept their results; the next edit is analysed, and the message goes.
  assert.equal(await page.locator("#panel-overview .stat-card", { hasText: "White House" }).locator(".stats").count() > 0, true);
  await slot.getByRole("button", { name: "Clear text" }).click();
  await slot.locator(".text-input").fill(ARTICLE);
  // The cleared slot's own results (no words) may draw first: wait for the article's.
  const card = page.locator("#panel-overview .stat-card", { hasText: "Big article" }).filter({ hasText: /Words\s*[1-9]/i });
  await card.locator(".stats").waitFor({ timeout: 20_000 });
  assert.match(await card.innerText(), /QUOTES\s+1\b/);
  await banner.waitFor({ state: "hidden" });
  assert.deepEqual(problems, []);
  await context.close();
});
