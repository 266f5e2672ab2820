// Articles from web pages: a dropped or picked .html file gives its article text (read with
// the browser's DOMParser: its scripts never run, nothing it links to is fetched, paragraphs
// kept), and a paste of text/html from a web page keeps its paragraphs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Bridge reopens after repairs | Daily Planet</title>
<style>p { color: red }</style>
<script>window.pwned = 1; document.title = "pwned";</script>
<link rel="stylesheet" href="https://tracker.example/style.css">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header><p>Subscribe to our newsletter</p></header>
<article>
<h1>Bridge reopens after repairs</h1>
<p>The Elm Street bridge reopened on Monday after
   six months of repairs.</p>
<p>“Traffic is moving again,” said Ana Ruiz, the city’s engineer.<img src="https://tracker.example/pixel.gif" onerror="window.pwned = 2"></p>
<script>window.pwned = 3;</script>
<blockquote><p>“We finished two weeks early,” Ruiz added.</p></blockquote>
<ul><li>Cost: $4 million</li><li>Closed: six months</li></ul>
</article>
<footer>© Daily Planet</footer>
</body></html>`;

const TEXT = [
  "Bridge reopens after repairs",
  "The Elm Street bridge reopened on Monday after six months of repairs.",
  "“Traffic is moving again,” said Ana Ruiz, the city’s engineer.",
  "“We finished two weeks early,” Ruiz added.",
  "Cost: $4 million",
  "Closed: six months",
].join("\n\n");

/** The last article slot's title and text. */
const lastSlot = async (page) => {
  const slot = page.locator(".article-slot").last();
  return { title: await slot.locator(".title-input").inputValue(), text: await slot.locator(".text-input").inputValue() };
};

test("a dropped .html file gives its article text, not its tags, and runs nothing", async () => {
  const { context, page, problems, requests } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.evaluate((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], "bridge.html", { type: "text/html" }));
    document.body.dispatchEvent(new DragEvent("dragenter", { dataTransfer: dt, bubbles: true }));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, PAGE);
  await page.locator(".article-slot").nth(2).waitFor();
  const { title, text } = await lastSlot(page);
  assert.equal(title, "Bridge reopens after repairs | Daily Planet");
  assert.equal(text, TEXT);
  assert.equal(await page.evaluate(() => globalThis.pwned), undefined);
  assert.ok(!requests.some((r) => r.url.includes("tracker.example")), "nothing the page links to is fetched");
  // analysed as an article: its two quotations, Ana Ruiz the speaker
  const card = page.locator("#panel-overview .stat-card", { hasText: "Bridge reopens" });
  await card.filter({ hasText: /Quotes\s*2(?!\d)/i }).waitFor();
  assert.match(await card.innerText(), /Ana Ruiz|Ruiz/);
  assert.ok(await page.locator("#drop-overlay").isHidden());
  assert.deepEqual(problems, []);
  await context.close();
});

test("an .html file picked with the file button is read the same way", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.setInputFiles("#file-input", { name: "bridge.htm", mimeType: "text/html", buffer: Buffer.from(PAGE) });
  await page.locator(".article-slot").nth(2).waitFor();
  assert.deepEqual(await lastSlot(page), { title: "Bridge reopens after repairs | Daily Planet", text: TEXT });
  assert.deepEqual(problems, []);
  await context.close();
});

test("text pasted from a web page keeps its paragraphs", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.getByRole("button", { name: "+ Add article" }).click();
  const box = page.locator(".article-slot").nth(2).locator(".text-input");
  await box.focus();
  // what a browser puts on the clipboard from a selection of a page: a fragment, and the plain text without blank lines
  const fragment = `<meta charset="utf-8"><!--StartFragment--><p>The Elm Street bridge reopened on Monday.</p><p>“Traffic is moving again,” said Ana Ruiz.<br>She smiled.</p><!--EndFragment-->`;
  await page.evaluate(([html, plain]) => {
    const dt = new DataTransfer();
    dt.setData("text/html", html);
    dt.setData("text/plain", plain);
    document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [fragment, "The Elm Street bridge reopened on Monday.\n“Traffic is moving again,” said Ana Ruiz.\nShe smiled."]);
  assert.equal(await box.inputValue(), "The Elm Street bridge reopened on Monday.\n\n“Traffic is moving again,” said Ana Ruiz.\nShe smiled.");
  // the page analyses it as it does typed text
  await page.locator("#panel-overview .stat-card").nth(2).filter({ hasText: /Quotes\s*1(?!\d)/i }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
