// At phone width (390×844): nothing is wider than the screen in any view, the analysis is a
// link away from the top instead of below every editor, and chart labels are at least 11 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults, view } from "./helpers.mjs";

const PHONE = { width: 390, height: 844 };
const VIEWS = ["Overview", "Text", "Terms", "Quotes", "Compare"];
/** Smallest chart label on screen, in CSS px. */
const MIN_LABEL_PX = 11;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** How far the page scrolls sideways, and the elements that stick out of the screen (outside any scrolling box). */
const overflow = (page) => page.evaluate(() => {
  const W = innerWidth;
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const b = el.getBoundingClientRect();
    if (!b.width || (b.right <= W + 0.5 && b.left >= -0.5)) continue;
    if (el.closest(".visually-hidden, .skip") || getComputedStyle(el).position === "fixed") continue;
    let p = el.parentElement, inside = false;
    for (; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== "visible") { const pb = p.getBoundingClientRect(); if (pb.right <= W + 0.5 && pb.left >= -0.5) { inside = true; break; } }
    }
    if (!inside) out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].join(".")}: ${Math.round(b.left)}–${Math.round(b.right)} px`);
  }
  return { scroll: document.documentElement.scrollWidth - W, out: out.slice(0, 6) };
});

/** Chart labels on screen smaller than `min` px: SVG text as drawn (its font size times the chart's scale), and the HTML bar lists. */
const smallLabels = (page, min) => page.evaluate((m) => {
  const svg = [...document.querySelectorAll(".panel:not([hidden]) svg text")]
    .filter((t) => t.getClientRects().length && t.textContent.trim())
    .map((t) => [t.textContent, parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a]);
  const html = [...document.querySelectorAll(".panel:not([hidden]) .bar-list-label, .panel:not([hidden]) .bar-list-value")]
    .filter((t) => t.getClientRects().length)
    .map((t) => [t.textContent, parseFloat(getComputedStyle(t).fontSize)]);
  return { shown: svg.length + html.length, small: [...svg, ...html].filter(([, px]) => px < m).map(([t, px]) => `${t}: ${px.toFixed(1)} px`).slice(0, 5) };
}, min);

test("at 390 px no view scrolls sideways, and chart labels are at least 11 px", async () => {
  const { context, page, problems } = await open(env, { viewport: PHONE });
  await page.goto(env.url);
  await waitForResults(page, 2);
  for (const v of VIEWS) {
    await view(page, v);
    if (v === "Terms") {
      await page.fill("#kwic-q", "Obama");
      await page.press("#kwic-q", "Enter");
      await page.locator("#panel-terms .kwic-list li").first().waitFor();
    }
    if (v === "Text") await page.locator("#panel-text .article-text .q").first().waitFor();
    await page.waitForTimeout(200);
    const o = await overflow(page);
    assert.ok(o.scroll <= 1 && !o.out.length, `${v}: the page is ${o.scroll} px wider than the phone; ${o.out.join("; ")}`);
    const labels = await smallLabels(page, MIN_LABEL_PX);
    assert.deepEqual(labels.small, [], `${v}: chart labels under ${MIN_LABEL_PX} px`);
    if (v === "Terms" || v === "Quotes") assert.ok(labels.shown >= 4, `${v}: a chart with labels is shown`);
  }
  // the article picker fits
  await view(page, "Text");
  const pick = await page.locator("#article-picker").boundingBox();
  assert.ok(pick.x + pick.width <= PHONE.width, `the picker ends at ${pick.x + pick.width} px`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("at 390 px the analysis is reached from the top without scrolling past every editor", async () => {
  const { context, page, problems } = await open(env, { viewport: PHONE });
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.evaluate(() => window.scrollTo(0, 0));
  const link = page.getByRole("link", { name: /Go to the analysis/ });
  const box = await link.boundingBox();
  assert.ok(box && box.y + box.height <= PHONE.height, "the link is on the first screen");
  await link.click();
  await page.waitForFunction(() => Math.abs(document.getElementById("results").getBoundingClientRect().top) < 2);
  assert.ok(await page.getByRole("tab", { name: "Overview" }).isVisible());
  // the editors are short
  const heights = await page.locator(".text-input").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  assert.ok(heights.every((px) => px <= 100), `editor heights ${heights}`);
  assert.deepEqual(problems, []);
  await context.close();
});
