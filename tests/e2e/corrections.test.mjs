// The reader's corrections (issue 21): a quotation given to another speaker in the Quotes view
// is kept with the article across a reload, marked as the reader's in the Quotes and Text views,
// and reflected in the speakers chart, in Compare (who is quoted where, the conflict of the
// "proportional" quotation) and in the quotes CSV (decided_by); a correction whose quotation is
// edited away is reported, and Undo takes a correction back. axe stays clean.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { start, open, waitForResults, view, shot } from "./helpers.mjs";
import { axeViolations, settle } from "./compare-helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Opens the Quotes view of article `i` (0-based) and waits for its speaker groups. */
async function quotesOf(page, i) {
  await view(page, "Quotes");
  await page.locator("#article-picker").selectOption(String(i));
  await page.locator("#panel-quotes .speaker-group").first().waitFor();
}

/** The Quotes view's groups: name -> number of quotes, and whether the reader named them. */
async function groups(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll("#panel-quotes .speaker-group")].map((g) => {
    const h3 = g.querySelector("h3");
    const name = [...h3.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
    return [name, { quotes: g.querySelectorAll(".quote-list > li").length, readers: !!h3.querySelector(".reader-badge") }];
  })));
}

/** The share chart's labels and the words drawn with them (SVG text or the narrow list). */
const chartText = (page) => page.evaluate(() => document.querySelector("#panel-quotes .quotes-view > .card:not(.corrections)")?.textContent ?? "");

/** Who is quoted where: name -> the number of articles that quote them. */
async function whoTable(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll("#panel-compare section[aria-labelledby=cmp-who] .who-table tbody tr")].map((tr) =>
    [tr.querySelector("th strong")?.textContent ?? tr.querySelector("th").textContent, tr.querySelectorAll("td.has").length])));
}

/** Clicks `locator` and returns the text of the file it downloads. */
async function downloaded(page, locator) {
  await settle(page);
  const [dl] = await Promise.all([page.waitForEvent("download"), locator.click()]);
  return readFile(await dl.path(), "utf8");
}

test("a speaker corrected in the Quotes view is kept, marked, and flows into the chart, Compare and the CSV", async () => {
  const { context, page, problems } = await open(env, { viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await page.goto(env.url);
  await waitForResults(page, 2);

  // The Verge gives “proportional.” to Obama; NPR to Josh Earnest.
  await quotesOf(page, 1);
  assert.deepEqual(Object.keys(await groups(page)), ["Obama"]);
  const item = page.locator("#panel-quotes .quote-item").filter({ has: page.locator("blockquote", { hasText: /^proportional\.$/ }) });
  await item.locator("summary", { hasText: "Correct" }).click();
  await item.getByLabel("or a new name").fill("Josh Earnest");
  await item.getByRole("button", { name: "Give" }).click();
  await page.waitForFunction(() => /Josh Earnest/.test(document.querySelector("#panel-quotes")?.textContent ?? ""), null, { timeout: 20_000 });
  await settle(page);

  const check = async (when) => {
    const g = await groups(page);
    assert.deepEqual(g["Josh Earnest"], { quotes: 1, readers: true }, `${when}: ${JSON.stringify(g)}`);
    assert.equal(g.Obama?.quotes, 23, `${when}: ${JSON.stringify(g)}`);
    // The chart has a bar for him, and the correction is listed as the reader's.
    assert.match(await chartText(page), /2\. Josh Earnest/, when);
    assert.match(await page.locator("#panel-quotes .corrections").textContent(), /“proportional\.” is Josh Earnest’s/, when);
    const mine = page.locator("#panel-quotes .quote-item.reader");
    assert.equal(await mine.count(), 1, when);
    assert.match(await mine.textContent(), /Your correction/, when);
  };
  await check("after the correction");

  // Kept across a reload: the article and its correction come back from the browser's storage.
  await page.waitForTimeout(800); // the save waits for a pause
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.firstResults, null, { timeout: 20_000 });
  await quotesOf(page, 1);
  await page.waitForFunction(() => /Josh Earnest/.test(document.querySelector("#panel-quotes")?.textContent ?? ""), null, { timeout: 20_000 });
  await check("after a reload");
  await shot(page, "corrections-light");

  // The Text view marks the quotation as the reader's, for the eye and for a screen reader.
  await page.locator("#panel-quotes .quote-item.reader").getByRole("button", { name: "Show in text" }).click();
  const q = page.locator("#panel-text .article-text .q.reader");
  assert.equal(await q.count(), 1);
  assert.equal(await q.textContent(), "proportional.");
  assert.match(await q.getAttribute("aria-description"), /^Decided by: you \(your correction\)\. Speaker: Josh Earnest\./);
  assert.match(await page.locator("#panel-text .legend").textContent(), /Your correction/);

  // Compare: Josh Earnest is quoted in both articles now, and the conflict no longer names Obama.
  await view(page, "Compare");
  await page.locator("#panel-compare .who-table").first().waitFor();
  const who = await whoTable(page);
  assert.equal(who["Josh Earnest"], 2, JSON.stringify(who));
  const conflict = await page.locator("#panel-compare .kd-conflict").filter({ hasText: "proportional" }).first().textContent();
  // Each version's head: the article, then the speaker's number and name.
  assert.ok(!/— \d+\s*Obama/.test(conflict), conflict);
  assert.equal(conflict.match(/— \d+\s*Josh Earnest/g)?.length, 2, conflict);

  // The quotes CSV says who decided each quotation.
  const csv = await downloaded(page, page.locator("#export-quotes"));
  const lines = csv.split("\r\n");
  assert.match(lines[0], /,decided_by$/);
  const fixed = lines.filter((l) => /,reader$/.test(l));
  assert.equal(fixed.length, 1, fixed.join("\n"));
  assert.match(fixed[0], /^2,.*,partial,Josh Earnest,/);
  assert.equal(lines.filter((l) => /,Lede$/.test(l)).length, lines.length - 3); // header, the correction, the final empty line

  // The session file carries the correction.
  const session = JSON.parse(await downloaded(page, page.locator("#export-session")));
  assert.equal(session.articles[1].corrections[0].speaker, "Josh Earnest");
  assert.equal(session.articles[1].corrections[0].quote.text, "proportional.");

  await quotesOf(page, 1);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a correction survives an edit elsewhere, is reported when its quotation goes, and Undo takes it back", async () => {
  const { context, page, problems } = await open(env, { viewport: { width: 1440, height: 900 } });
  await page.goto(env.url);
  await waitForResults(page, 2);
  const box = page.locator("#articles .article-slot").nth(0).locator("textarea");
  await box.fill("“The bridge opens in May,” said Mayor Dana Ruiz.\n\n“The money is not there,” said Omar Bell, a council member.");
  await settle(page);
  await quotesOf(page, 0);

  // Merge Omar Bell into Dana Ruiz.
  const bell = page.getByRole("region", { name: "Quotes by Omar Bell" });
  await bell.locator("summary", { hasText: "Correct Omar Bell" }).click();
  await bell.getByLabel("Same person as").selectOption({ label: "Dana Ruiz" });
  await bell.getByRole("button", { name: "Merge" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#panel-quotes .speaker-group").length === 1, null, { timeout: 20_000 });
  assert.deepEqual(await groups(page), { "Dana Ruiz": { quotes: 2, readers: false } });

  // An edit elsewhere in the text: the correction still holds.
  await box.fill("City Hall, Tuesday.\n\n“The bridge opens in May,” said Mayor Dana Ruiz.\n\n“The money is not there,” said Omar Bell, a council member.");
  await settle(page);
  await quotesOf(page, 0);
  assert.deepEqual(await groups(page), { "Dana Ruiz": { quotes: 2, readers: false } });

  // Give the second quotation to no one, then edit that quotation away: reported, not applied elsewhere.
  const money = page.locator("#panel-quotes .quote-item").filter({ hasText: "The money is not there," });
  await money.locator("summary", { hasText: "Correct" }).click();
  await money.getByLabel("Give to").selectOption({ label: "No one (not attributed)" });
  await money.getByRole("button", { name: "Give" }).click();
  await page.waitForFunction(() => /Not attributed/.test(document.querySelector("#panel-quotes")?.textContent ?? ""), null, { timeout: 20_000 });
  await box.fill("City Hall, Tuesday.\n\n“The bridge opens in May,” said Mayor Dana Ruiz.\n\n“The budget is short,” said Omar Bell, a council member.");
  await settle(page);
  await quotesOf(page, 0);
  const card = page.locator("#panel-quotes .corrections");
  await page.waitForFunction(() => document.querySelector("#panel-quotes .corrections li.lost"), null, { timeout: 20_000 });
  assert.match(await card.locator("li.lost").textContent(), /no quotation has these words any more/);
  assert.deepEqual(await groups(page), { "Dana Ruiz": { quotes: 2, readers: false } });
  // The Text view says so too, beside the text's own notes, with the way back to the list.
  await view(page, "Text");
  const note = page.locator("#panel-text .corrections-lost");
  assert.match(await note.textContent(), /“The money is not there,” is not applied: no quotation has these words any more.*This correction changes nothing/);
  await note.getByRole("button", { name: "Your corrections, in Quotes" }).click();
  await page.locator("#panel-quotes .corrections").waitFor();

  // Undo the merge: Omar Bell is his own speaker again.
  await card.getByRole("button", { name: /Undo: Omar Bell is the same person as Dana Ruiz/ }).click();
  await page.waitForFunction(() => document.querySelectorAll("#panel-quotes .speaker-group").length === 2, null, { timeout: 20_000 });
  assert.deepEqual(Object.keys(await groups(page)), ["Dana Ruiz", "Omar Bell"]);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
