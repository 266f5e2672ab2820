// Compare with three articles: the similarity heatmaps keep their row labels whole, "Shared
// by all" lists only terms every article has, and the measures are explained in words.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults, view } from "./helpers.mjs";
import { axeViolations, settle } from "./compare-helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

export const THIRD = {
  title: "A third account with a long title about the storm and the harbour",
  text: "The harbour was closed on Monday after the storm.\n\n“The storm hit the harbour hard,” said Ana Ruiz, the mayor. The Sony attack was not mentioned.\n\nRepairs will take a month, officials said.",
};

for (const [name, viewport] of [["desktop", { width: 1440, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
  test(`three articles: heatmap labels whole, shared by all, measures explained (${name})`, async () => {
    const { context, page, problems } = await open(env, { viewport });
    await page.goto(env.url);
    await waitForResults(page, 2);
    await page.locator("#add-article").click();
    const slot = page.locator("#articles .article-slot").nth(2);
    await slot.locator(".title-input").fill(THIRD.title);
    await slot.locator("textarea").fill(THIRD.text);
    await settle(page);
    await view(page, "Compare");
    await page.waitForFunction(() => document.querySelectorAll("#panel-compare svg.heatmap").length === 2, null, { timeout: 20_000 });

    // Every row label lies inside its chart, on screen and in the SVG's own coordinates.
    const labels = await page.evaluate(() => [...document.querySelectorAll("#panel-compare svg.heatmap")].map((svg) => {
      const box = svg.getBoundingClientRect();
      const [, , w] = svg.getAttribute("viewBox").split(" ").map(Number);
      return [...svg.querySelectorAll(".heat-row-label")].map((t) => {
        const b = t.getBBox(), r = t.getBoundingClientRect();
        return { text: t.textContent, x: b.x, right: b.x + b.width, w, inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 };
      });
    }));
    assert.equal(labels.length, 2);
    for (const chart of labels) {
      assert.equal(chart.length, 3);
      for (const l of chart) assert.ok(l.x >= 0 && l.right <= l.w && l.inside, JSON.stringify(l));
      assert.match(chart[2].text, /^3\. A third account/);
    }
    // The key under the charts names every article whole.
    assert.match(await page.locator("#panel-compare .heat-key").innerText(), /A third account with a long title about the storm and the harbour/);

    // Shared by all: no zero count; the NPR/Verge words the third article lacks are not there.
    const rows = await page.locator("#panel-compare .shared-table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    assert.match(await page.locator("#panel-compare section[aria-labelledby=cmp-terms] h4").first().innerText(), /Shared by all 3/);
    for (const r of rows) {
      assert.equal(r.length, 4, JSON.stringify(r));
      for (const c of r.slice(1)) assert.ok(Number(c.replace(/,/g, "")) > 0, `zero count in ${JSON.stringify(r)}`);
    }
    assert.ok(rows.some((r) => /sony/i.test(r[0])), `Sony is in all three: ${JSON.stringify(rows)}`);
    assert.ok(!rows.some((r) => /^korea/i.test(r[0])), "North Korea is not in the third article");

    // The measures in words where they appear.
    const sim = await page.locator("#panel-compare section[aria-labelledby=cmp-sim]").innerText();
    assert.match(sim, /Containment is the share of one article’s five-word runs/);
    assert.match(sim, /Cosine similarity compares how often each article uses each word/);
    const terms = await page.locator("#panel-compare section[aria-labelledby=cmp-terms]").innerText();
    assert.match(terms, /G² \(log-likelihood\) measures how unlikely/);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `Compare is ${overflow}px wider than the window`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
