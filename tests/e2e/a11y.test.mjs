// Accessibility: each quotation carries its own description (speaker, cue, the rule in words);
// the "not quoted" cells of Compare are read as such; a note about a quotation mark says
// where the mark is; axe finds no violation in any view, light or dark, wide or phone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults, view } from "./helpers.mjs";
import { axeViolations } from "./axe.mjs";

/** A rule shown by its engine name ("Rule: cue-before."), not in words. */
const RULE_NAMES = /Rule: (cue-after|cue-before|cue-inside|according-to|headline-colon|dash-signature|speaker-label|colon-intro|sentence-subject|possessor|continuation|pull-quote|nested|pronoun)\b/;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The description Chrome computes for the element `selector` (what a screen reader announces after its name). */
async function described(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
  await cdp.detach();
  const node = nodes.find((n) => !n.ignored) ?? nodes[0];
  return { name: node?.name?.value ?? "", description: node?.description?.value ?? "" };
}

test("each quotation has its own description, with the rule in words", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await view(page, "Text");
  await page.selectOption("#article-picker", { index: 0 }); // NPR: “The Interview” and Josh Earnest's words
  await page.locator("#panel-text .q.sp-0").first().waitFor();
  const quotes = await page.locator('#panel-text .q[tabindex="0"]').evaluateAll((els) => els.map((el) => ({ id: el.id, text: el.textContent, desc: el.getAttribute("aria-description") ?? "", described: el.getAttribute("aria-describedby") })));
  assert.ok(quotes.length >= 8);
  for (const q of quotes) {
    assert.equal(q.described, null, `${q.id} points at a shared element`);
    assert.ok(q.desc.length > 10, `${q.id} has no description`);
    assert.doesNotMatch(q.desc, RULE_NAMES, `${q.id}: ${q.desc}`);
  }
  // "The Interview" is a title, described as one, not with another quotation's speaker
  const title = quotes.find((q) => q.text.includes("The Interview"));
  assert.ok(title, quotes.map((q) => q.text).join(" | "));
  const t = await described(page, `#${title.id}`);
  assert.match(t.description, /Kind: title of a work \(not speech\)/);
  assert.doesNotMatch(t.description, /Speaker/);
  // a quotation of Josh Earnest: its speaker, and how it was linked in words
  const earnest = quotes.find((q) => /Speaker: Josh Earnest/.test(q.desc));
  assert.ok(earnest, quotes.map((q) => q.desc).join(" | "));
  const o = await described(page, `#${earnest.id}`);
  assert.match(o.description, /Speaker: Josh Earnest\./);
  assert.match(o.description, /Rule: (named|introduced|the subject|no name|a pull quote|a quotation inside)/);
  // focusing the title after his quotation does not carry his name over
  await page.focus(`#${earnest.id}`);
  await page.focus(`#${title.id}`);
  assert.doesNotMatch((await described(page, `#${title.id}`)).description, /Earnest/);
  // the tooltip shows the same words, for the eye only
  assert.match(await page.locator("#tooltip").innerText(), /title of a work/);
  assert.equal(await page.getAttribute("#tooltip", "aria-hidden"), "true");
  // the quotes view explains the rule too
  await view(page, "Quotes");
  const evidence = await page.locator("#panel-quotes .evidence").allInnerTexts();
  assert.ok(evidence.length > 3);
  assert.ok(evidence.every((e) => !RULE_NAMES.test(e)), evidence.find((e) => RULE_NAMES.test(e)));
  assert.deepEqual(problems, []);
  await context.close();
});

test("Compare's cells for a person not quoted in an article are read as “not quoted”", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await view(page, "Compare");
  const cell = page.locator("#panel-compare .who-table td.none").first();
  await cell.waitFor({ state: "attached" });
  await cell.evaluate((el) => el.setAttribute("data-probe", "1"));
  const { name } = await described(page, "#panel-compare .who-table td.none[data-probe]");
  assert.match(name, /not quoted/);
  assert.doesNotMatch(name, /—/);
  assert.deepEqual(problems, []);
  await context.close();
});

const UNCLOSED = `Council delays the vote

The council met on Tuesday. “We need more time to read the budget, Mayor Jane Doe said after the meeting.

Members will meet again next week.`;

test("a note about an unclosed quotation mark says where the mark is, and goes to it", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.getByRole("button", { name: "+ Add article" }).click();
  const slot = page.locator(".article-slot").nth(2);
  await slot.locator(".title-input").fill("Unclosed");
  await slot.locator(".text-input").fill(UNCLOSED);
  const note = page.locator("#panel-overview .stat-card", { hasText: "Unclosed" }).locator(".notes li").first();
  await note.waitFor();
  const said = await note.innerText();
  assert.match(said, /in paragraph 2/);
  assert.match(said, /met on Tuesday\. “We need more time/);
  assert.doesNotMatch(said, /opens here/);
  await view(page, "Text");
  await page.selectOption("#article-picker", { index: 2 });
  const item = page.locator("#panel-text .notes-card li").first();
  await item.waitFor();
  assert.match(await item.innerText(), /in paragraph 2/);
  await item.getByRole("button", { name: "Show in text" }).click();
  const mark = page.locator("#t-current");
  await mark.waitFor();
  assert.equal(await mark.innerText(), "“");
  assert.ok(await mark.evaluate((el) => el === document.activeElement));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [mode, opts] of [
  ["light", {}],
  ["dark", { colorScheme: "dark" }],
  ["phone", { viewport: { width: 390, height: 844 } }],
]) {
  test(`axe finds no violation in any view (${mode})`, async () => {
    const { context, page, problems } = await open(env, opts);
    await page.goto(env.url);
    await waitForResults(page, 2);
    const found = [];
    for (const v of ["Overview", "Text", "Terms", "Quotes", "Compare"]) {
      await view(page, v);
      if (v === "Terms") {
        await page.fill("#kwic-q", "cyber attack");
        await page.press("#kwic-q", "Enter");
        await page.locator("#panel-terms .kwic-list li").first().waitFor();
      }
      if (v === "Text") {
        await page.locator("#panel-text .q").first().waitFor();
        await page.locator("#panel-text .q").first().focus(); // the tooltip showing
      }
      await page.waitForTimeout(150);
      for (const line of await axeViolations(page)) found.push(`${v}: ${line}`);
    }
    // a term highlighted in the text, reached from its line in context
    await view(page, "Terms");
    await page.locator("#panel-terms .kwic-line").first().click();
    await page.locator("#t-current").waitFor();
    for (const line of await axeViolations(page)) found.push(`Text with a term: ${line}`);
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
