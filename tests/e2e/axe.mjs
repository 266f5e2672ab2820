// axe-core in the page under test: the violations of WCAG 2 A and AA rules, one line each.
import { readFileSync } from "node:fs";
import { ROOT } from "./helpers.mjs";

const AXE = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, "utf8");

/** Runs axe on `selector` (default the whole page) and returns its violations as "rule: help (targets)". */
export async function axeViolations(page, selector = null) {
  // Evaluated through the debugging protocol, which the page's Content-Security-Policy does not govern.
  if (!(await page.evaluate(() => !!globalThis.axe))) await page.evaluate(`${AXE}\n;0`);
  return page.evaluate(async (sel) => {
    const result = await globalThis.axe.run(sel ? document.querySelector(sel) : document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
  }, selector);
}
