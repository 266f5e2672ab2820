// Compare and Overview open with the key differences: the same words given to different
// speakers (the samples' “proportional”: Earnest in NPR, Obama in The Verge) with each
// article's own sentence and a link into its text, quotations only one article has,
// people quoted in only one article, and quotations shortened or reworded, told apart.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults, view } from "./helpers.mjs";
import { axeViolations, setArticles } from "./compare-helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The conflict card of “proportional” in `root`, and what it shows. */
async function proportional(page, root) {
  const card = page.locator(`${root} .key-diffs .kd-conflict`, { has: page.locator("mark.kd-mark", { hasText: /^proportional/ }) }).first();
  await card.waitFor();
  const versions = card.locator(".kd-versions > li");
  const rows = [];
  for (let i = 0; i < (await versions.count()); i++) {
    const v = versions.nth(i);
    rows.push({ head: await v.locator(".kd-head").innerText(), sentence: await v.locator(".kd-sentence").innerText(), box: await v.locator(".kd-sentence").boundingBox() });
  }
  return { card, rows };
}

/** The NPR version by Earnest and The Verge's by Obama, each with its own sentence (NPR's headline may add a third, by “White House”). */
function checkConflict(rows) {
  const npr = rows.find((r) => /NPR/.test(r.head) && /Whatever action is taken/.test(r.sentence));
  const verge = rows.find((r) => /Verge/.test(r.head));
  assert.ok(npr && verge, JSON.stringify(rows));
  assert.match(npr.sentence, /Whatever action is taken, says Earnest, it needs to be “proportional/);
  assert.match(npr.head, /Earnest/);
  assert.match(verge.head, /Obama/);
  assert.match(verge.sentence, /saying only that it will be "proportional/);
  assert.ok(rows.length <= 3, JSON.stringify(rows));
  return { npr, verge };
}

for (const [name, viewport] of [["desktop", { width: 1440, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
  test(`the “proportional” conflict with both sentences on the first screen of Compare (${name})`, async () => {
    const { context, page, problems } = await open(env, { viewport });
    await page.goto(env.url);
    await waitForResults(page, 2);
    await view(page, "Compare");
    // The first screen of Compare: the view's tabs at the top of the window (on a phone the
    // editors come first; at 1440 px the results are beside them and nothing is scrolled).
    if (name === "phone") await page.locator("#tab-compare").evaluate((el) => el.scrollIntoView({ block: "start" }));
    const { rows } = await proportional(page, "#panel-compare");
    const both = checkConflict(rows);
    // the key differences come before the long tables
    const order = await page.evaluate(() => [...document.querySelectorAll("#panel-compare .compare-view > section")].map((s) => s.getAttribute("aria-labelledby")));
    assert.equal(order[0], "cmp-kd-h", order.join(" "));
    assert.ok(order.indexOf("cmp-terms") > order.indexOf("cmp-quotes"), order.join(" "));
    const tabsTop = (await page.locator("#tab-compare").boundingBox()).y;
    for (const r of [both.npr, both.verge]) {
      assert.ok(r.box.y >= Math.min(0, tabsTop) && r.box.y + r.box.height <= viewport.height,
        `sentence at ${Math.round(r.box.y)}–${Math.round(r.box.y + r.box.height)} px, the window is ${viewport.height} px`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `Compare is ${overflow}px wider than the window`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("a conflict's link shows the quotation in that article's text; the Overview has the same summary", async () => {
  const { context, page, problems } = await open(env, { viewport: { width: 1440, height: 900 } });
  await page.goto(env.url);
  await waitForResults(page, 2);
  // Overview: the key differences above the article cards, with the same conflict.
  const ov = await proportional(page, "#panel-overview");
  checkConflict(ov.rows);
  assert.deepEqual(await axeViolations(page), []);

  await view(page, "Compare");
  const { card } = await proportional(page, "#panel-compare");
  const link = card.locator(".kd-versions > li", { hasText: "Obama" }).locator("a.jump");
  assert.match(await link.innerText(), /Show in text/);
  await link.click();
  await page.waitForSelector("#panel-text:not([hidden])");
  assert.equal(await page.locator("#tab-text").getAttribute("aria-selected"), "true");
  assert.equal(await page.locator("#article-picker").inputValue(), "1", "The Verge is the article shown");
  const focused = page.locator("#panel-text .q:focus");
  await focused.waitFor();
  assert.match(await focused.innerText(), /proportional/);
  const box = await focused.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 900, "the quotation is on screen");

  // The NPR link goes to NPR's sentence.
  await view(page, "Compare");
  await (await proportional(page, "#panel-compare")).card.locator(".kd-versions > li", { hasText: "Whatever action" }).locator("a.jump").click();
  await page.locator("#panel-text .q:focus").waitFor();
  assert.equal(await page.locator("#article-picker").inputValue(), "0");
  assert.match(await page.locator("#panel-text .q:focus").innerText(), /proportional/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("quotations only one article has, people quoted in only one, with the samples", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await view(page, "Compare");
  const kd = page.locator("#panel-compare .key-diffs");
  await kd.waitFor();
  const only = kd.locator("section[aria-labelledby=cmp-kd-only] .col");
  assert.equal(await only.count(), 2);
  for (let k = 0; k < 2; k++) {
    const items = only.nth(k).locator(".kd-only");
    assert.ok((await items.count()) >= 1, `article ${k + 1} has quotations of its own`);
    assert.match(await items.first().innerText(), /“.+”/);
  }
  // The Verge quotes Obama at length; the only-here lists never hold the shared “proportional”.
  const vergeOnly = await only.nth(1).innerText();
  assert.match(vergeOnly, /Obama/);
  assert.doesNotMatch(await only.nth(0).innerText() + vergeOnly, /“proportional\.?”/);
  const people = await kd.locator("section[aria-labelledby=cmp-kd-people]").innerText();
  assert.match(people, /People quoted in only one article/);
  // A long list shows five and the rest behind Show all, as list items.
  const total = Number((await only.nth(1).locator("h5 .kd-count").innerText()).replace(/\D/g, ""));
  if (total > 5) {
    assert.equal(await only.nth(1).locator(".kd-only").count(), 5);
    await only.nth(1).getByRole("button", { name: `Show all ${total}` }).click();
    await page.waitForFunction(([k, n]) => document.querySelectorAll("#panel-compare section[aria-labelledby=cmp-kd-only] .col")[k].querySelectorAll(".kd-only").length === n, [1, total]);
    assert.equal(await only.nth(1).locator("ul > :not(li)").count(), 0);
  }
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a quotation shortened in one article and one reworded are told apart", async () => {
  const { context, page, problems } = await open(env);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await setArticles(page, [
    { title: "Wire", text: "The mayor spoke on Monday.\n\n“We will rebuild every school that the storm destroyed, and we will do it this year,” said Mayor Ana Ruiz.\n\n“They caused a great deal of damage to the harbour,” Ruiz said of the winds.\n\nThe council meets again on Friday." },
    { title: "Paper", text: "Rebuilding starts soon.\n\n“We will rebuild every school that the storm destroyed,” Mayor Ana Ruiz said on Monday.\n\n“[The winds] caused a great deal of damage to the harbour,” Ruiz said.\n\n“The budget is tight,” said Tom Hale, the treasurer." },
  ]);
  await view(page, "Compare");
  const changed = page.locator("#panel-compare .key-diffs section[aria-labelledby=cmp-kd-changed]");
  await page.waitForFunction(() => document.querySelectorAll("#panel-compare .kd-changed").length >= 2, null, { timeout: 20_000 });
  const shortened = changed.locator(".kd-shortened");
  const reworded = changed.locator(".kd-reworded");
  assert.equal(await shortened.count(), 1);
  assert.equal(await reworded.count(), 1);
  assert.match(await shortened.innerText(), /Shortened/);
  assert.match(await shortened.innerText(), /rebuild every school/);
  assert.match(await shortened.locator("li[data-change=shortened]").innerText(), /Paper[\s\S]*leaves out 7 words/);
  assert.match(await reworded.innerText(), /Reworded/);
  // the longest version is the reference; the other has the word it does not (They for [The winds])
  assert.match(await reworded.locator("li[data-change=reworded] ins").first().innerText(), /They|winds/i);
  // Hale is quoted only in the second article; his quotation is only there.
  const people = page.locator("#panel-compare section[aria-labelledby=cmp-kd-people] .col");
  assert.match(await people.nth(1).innerText(), /Tom Hale/);
  assert.doesNotMatch(await people.nth(0).innerText(), /Hale/);
  assert.match(await page.locator("#panel-compare section[aria-labelledby=cmp-kd-only] .col").nth(1).innerText(), /The budget is tight/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("dark mode: the Overview and Compare have no accessibility violations", async () => {
  const { context, page, problems } = await open(env, { colorScheme: "dark", viewport: { width: 1440, height: 900 } });
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.locator("#panel-overview .key-diffs").waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await view(page, "Compare");
  await page.locator("#panel-compare .key-diffs").waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
