// When the engine cannot start or throws, the page says so, keeps the text, and recovers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test("an engine failure shows a readable error, keeps the text, and the worker restarts", async () => {
  const { context, page, problems } = await open(env);
  // The first engine download fails.
  await context.route("**/engine/lede_full_bg.wasm", (route) => route.fulfill({ status: 500, body: "broken" }));
  await page.goto(env.url);
  const banner = page.locator("#error");
  await banner.waitFor({ state: "visible", timeout: 15_000 });
  assert.match(await banner.innerText(), /Something went wrong.*engine/is);
  assert.match(await banner.innerText(), /Your text is safe/);
  assert.ok((await page.locator(".article-slot .text-input").first().inputValue()).includes("White House"));

  // The engine comes back: the next edit restarts the worker and shows results.
  await context.unroute("**/engine/lede_full_bg.wasm");
  await page.locator(".article-slot .text-input").first().press("End");
  await page.locator(".article-slot .text-input").first().pressSequentially(" Again.", { delay: 5 });
  await waitForResults(page, 2);
  await banner.waitFor({ state: "hidden" });
  // the failed download is logged by the browser itself; nothing else may be
  assert.deepEqual(problems.filter((p) => !/500|lede_full_bg\.wasm|WebAssembly|engine/i.test(p)), []);
  await context.close();
});
