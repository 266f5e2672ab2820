// Pasted text is only ever text, and nothing goes anywhere but the page's own origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults, view } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const XSS = `<img src=x onerror=alert(1)> said "<script>window.pwned=1</script>" he said. "<img src=x onerror=window.pwned=2>," Mallory said.`;

test("pasted HTML is shown literally and never runs", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.getByRole("button", { name: "+ Add article" }).click();
  const slot = page.locator(".article-slot").nth(2);
  await slot.locator(".title-input").fill(`<script>window.pwned=1</script><img src=x onerror=alert(1)>`);
  await slot.locator(".text-input").fill(XSS);
  await page.waitForFunction(() => document.querySelectorAll("#panel-overview .stats").length >= 3);
  for (const v of ["Text", "Terms", "Quotes", "Compare", "Overview"]) {
    await view(page, v);
    if (v !== "Compare" && v !== "Overview") await page.selectOption("#article-picker", { index: 2 });
    await page.waitForTimeout(100);
  }
  await view(page, "Text");
  await page.selectOption("#article-picker", { index: 2 });
  const text = await page.locator("#panel-text .article-text").innerText();
  assert.ok(text.includes("<img src=x onerror=alert(1)>"), text);
  assert.ok(text.includes("<script>window.pwned=1</script>"), text);
  assert.equal(await page.locator("#panel-text img, #panel-overview img, main script").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await view(page, "Overview");
  assert.ok((await page.locator("#panel-overview").innerText()).includes("<script>window.pwned=1</script>"));
  assert.deepEqual(problems, []); // also: no dialog opened
  await context.close();
});

test("no request leaves the origin, and none at all after load", async () => {
  const { context, page, problems, requests } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const origin = new URL(env.url).origin;
  const foreign = requests.filter((r) => !r.url.startsWith(origin + "/") && !r.url.startsWith("data:"));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((r) => r.url.endsWith("/engine/lede_full_bg.wasm")));
  const afterLoad = requests.length;

  // Use the page: type, switch views, select terms. Nothing may be fetched.
  await page.locator(".article-slot .text-input").first().press("End");
  await page.locator(".article-slot .text-input").first().pressSequentially(" More text, typed later.", { delay: 5 });
  for (const v of ["Text", "Terms", "Quotes", "Compare", "Overview"]) await view(page, v);
  await page.waitForFunction(() => document.querySelector("#status-text").textContent.startsWith("Analysed"));
  await page.waitForTimeout(500);
  assert.deepEqual(requests.slice(afterLoad).map((r) => r.url), []);

  // The CSP allows only the page's own origin.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.deepEqual(problems, []);
  await context.close();
});
