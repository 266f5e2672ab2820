// Helpers for the Compare and Overview tests: axe-core in the page, and articles typed into
// the editors.
import { readFile } from "node:fs/promises";
import { ROOT } from "./helpers.mjs";

let axeSource = null;

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page and returns its violations as
 * "rule: target" lines. The script goes in through the test protocol, which the page's
 * Content-Security-Policy does not govern.
 */
export async function axeViolations(page) {
  axeSource ??= await readFile(`${ROOT}node_modules/axe-core/axe.min.js`, "utf8");
  if (!(await page.evaluate(() => !!globalThis.axe))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
  return found;
}

/** Puts `articles` ([{ title, text }]) into the page's editors, in place of what they hold. */
export async function setArticles(page, articles) {
  for (;;) {
    const slots = await page.locator("#articles .article-slot").count();
    if (slots >= articles.length) break;
    await page.locator("#add-article").click();
  }
  for (let i = 0; i < articles.length; i++) {
    const slot = page.locator("#articles .article-slot").nth(i);
    await slot.locator(".title-input").fill(articles[i].title);
    await slot.locator("textarea").fill(articles[i].text);
  }
  await settle(page);
}

/** Waits until Compare (already open) shows a comparison of `n` articles. */
export async function waitForCompare(page, n) {
  await page.waitForFunction((k) => document.querySelector("#panel-compare .key-diffs")?.dataset.articles === String(k), n, { timeout: 20_000 });
}

/**
 * Waits until the page has analysed what was typed (the analysis starts 250 ms after the last
 * key) and drawn it: the status line above the tabs changes length as it ends, and on a
 * phone that moves the tabs, so a click sent meanwhile can miss them.
 */
export async function settle(page) {
  await page.waitForTimeout(400);
  await page.waitForFunction(() => !document.body.classList.contains("busy"), null, { timeout: 20_000 });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}
