// One person, one colour: in Compare each speaker has one number and one colour in every
// article (the text views, the key differences and Who is quoted where), whatever place
// the person has in each article's own list of speakers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults, view } from "./helpers.mjs";
import { axeViolations, setArticles } from "./compare-helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Per article text view in Compare: speaker name -> the colour class and number its quotations and mentions carry. */
async function marks(page) {
  return page.evaluate(() => [...document.querySelectorAll("#panel-compare .side-by-side.texts .col")].map((col) => {
    const slot = (el) => [...el.classList].find((c) => /^sp-/.test(c));
    const mentions = {};
    for (const m of col.querySelectorAll(".mention")) (mentions[m.dataset.speaker] ??= new Set()).add(slot(m));
    const tags = {};
    for (const q of col.querySelectorAll(".q[data-tag]")) if (q.dataset.tag && q.dataset.tag !== "?") (tags[q.dataset.tag] ??= new Set()).add(slot(q));
    const out = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, [...v]]));
    return { mentions: out(mentions), tags: out(tags) };
  }));
}

/** Who is quoted where: name -> the number on its chip. */
async function chips(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll("#panel-compare section[aria-labelledby=cmp-who] .who-table tbody th")].map((th) => [th.querySelector("strong").textContent, th.querySelector(".sp-chip")?.textContent])));
}

test("a person quoted in two articles has one number and colour in both", async () => {
  const { context, page, problems } = await open(env, { viewport: { width: 1440, height: 900 } });
  await page.goto(env.url);
  await waitForResults(page, 2);
  // Ruiz comes first in one article and second in the other.
  await setArticles(page, [
    { title: "Wire", text: "“We will rebuild every school,” said Mayor Ana Ruiz on Monday.\n\n“The budget is tight this year,” said Tom Hale, the treasurer.\n\n“We start in May,” Ruiz said." },
    { title: "Paper", text: "“Money is short and the budget is tight,” said Tom Hale, the city treasurer.\n\n“Every school will be rebuilt by the autumn,” Mayor Ana Ruiz said.\n\n“There is no other plan,” Hale said." },
  ]);
  await view(page, "Compare");
  await page.waitForFunction(() => /Tom Hale/.test(document.querySelector("#panel-compare .who-table")?.textContent ?? ""), null, { timeout: 20_000 });
  const who = await chips(page);
  const ruiz = Object.keys(who).find((k) => /Ruiz/.test(k)), hale = Object.keys(who).find((k) => /Hale/.test(k));
  assert.ok(ruiz && hale, JSON.stringify(who));
  assert.notEqual(who[ruiz], who[hale]);
  const [a, b] = await marks(page);
  // Each number is one colour, and the same one in both articles.
  for (const n of [who[ruiz], who[hale]]) {
    assert.equal(a.tags[n]?.length, 1, `article 1, speaker ${n}: ${JSON.stringify(a.tags)}`);
    assert.deepEqual(a.tags[n], b.tags[n], `speaker ${n}: ${JSON.stringify([a.tags, b.tags])}`);
    assert.equal(a.tags[n][0], `sp-${(Number(n) - 1) % 8}`);
  }
  // Mentions of a person have that person's colour in both texts.
  const mentionSlot = (m, re) => Object.entries(m).filter(([k]) => re.test(k)).flatMap(([, v]) => v);
  assert.deepEqual([...new Set(mentionSlot(a.mentions, /Ruiz/))], [`sp-${Number(who[ruiz]) - 1}`]);
  assert.deepEqual([...new Set(mentionSlot(b.mentions, /Ruiz/))], [`sp-${Number(who[ruiz]) - 1}`]);
  assert.deepEqual([...new Set(mentionSlot(b.mentions, /Hale/))], [`sp-${Number(who[hale]) - 1}`]);
  // The versions of the shared quotation carry the same chips.
  const versionChips = await page.locator("#panel-compare .quote-group .version-head .sp-chip").allInnerTexts();
  assert.ok(versionChips.length >= 2 && versionChips.every((c) => c === who[hale] || c === who[ruiz]), versionChips.join(" "));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the samples: speakers numbered once across both articles", async () => {
  const { context, page, problems } = await open(env, { viewport: { width: 1440, height: 900 } });
  await page.goto(env.url);
  await waitForResults(page, 2);
  await view(page, "Compare");
  await page.locator("#panel-compare .who-table").first().waitFor();
  const who = await chips(page);
  const numbers = Object.values(who);
  assert.equal(new Set(numbers).size, numbers.length, JSON.stringify(who));
  const [npr, verge] = await marks(page);
  const obama = who[Object.keys(who).find((k) => /Obama/.test(k))];
  assert.ok(obama, JSON.stringify(who));
  assert.ok(verge.tags[obama], JSON.stringify(verge.tags));
  // NPR does not quote Obama: no quotation of its own takes his number.
  assert.equal(npr.tags[obama], undefined, JSON.stringify(npr.tags));
  for (const [n, slots] of Object.entries({ ...npr.tags, ...verge.tags })) assert.deepEqual(slots, [`sp-${(Number(n) - 1) % 8}`]);
  assert.deepEqual(problems, []);
  await context.close();
});
