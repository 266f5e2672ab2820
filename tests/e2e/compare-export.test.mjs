// Exports: CSV files start with a byte-order mark (Excel reads UTF-8 without one as a legacy
// code page and mangles curly quotes), Compare's tables as CSV and JSON, charts as SVG and
// PNG, and the whole session as one JSON file that the page opens again, identical.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start, open, waitForResults, view } from "./helpers.mjs";
import { axeViolations, settle } from "./compare-helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Clicks `locator` and returns the download's name and bytes (once no analysis is running: a new result draws the view again). */
async function saved(page, locator) {
  await page.waitForFunction(() => !document.body.classList.contains("busy"));
  const [dl] = await Promise.all([page.waitForEvent("download"), locator.click()]);
  return { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) };
}

/** A CSV's rows (RFC 4180 quoting). */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const THIRD = {
  title: "A third account of the Sony attack",
  text: "The studio was attacked last month.\n\n“The attack was proportional to nothing we had seen,” said Ana Ruiz, an analyst. Sony declined to comment.\n\nNorth Korea denied it.",
};

async function addThird(page) {
  await page.locator("#add-article").click();
  const slot = page.locator("#articles .article-slot").nth(2);
  await slot.locator(".title-input").fill(THIRD.title);
  await slot.locator("textarea").fill(THIRD.text);
  await settle(page);
}

test("CSV files start with a byte-order mark and keep curly quotes", async () => {
  const { context, page, problems } = await open(env, { acceptDownloads: true });
  await page.goto(env.url);
  await waitForResults(page, 2);
  for (const id of ["#export-terms", "#export-quotes"]) {
    const { name, bytes } = await saved(page, page.locator(id));
    assert.match(name, /\.csv$/);
    assert.deepEqual(bytes.subarray(0, 3), BOM, `${name} starts with the byte-order mark`);
    assert.equal(bytes.subarray(3, 6).equals(BOM), false, "one mark, not two");
  }
  const quotes = (await saved(page, page.locator("#export-quotes"))).bytes.subarray(3).toString("utf8");
  assert.match(quotes, /‘proportional’|“/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Compare's tables as CSV and JSON, the same rows in both", async () => {
  const { context, problems } = await open(env, { acceptDownloads: true });
  // Chromium stops starting downloads after about ten from one tab within seconds (the
  // page's own clicks run, the browser starts nothing): a fresh tab every few tables.
  const comparePage = async () => {
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
    await page.goto(env.url);
    await waitForResults(page, 2);
    await view(page, "Compare");
    await page.locator("#panel-compare .key-diffs").waitFor();
    return page;
  };
  let page = await comparePage();
  const tables = await page.locator("#panel-compare button[data-format=csv]").evaluateAll((bs) => bs.map((b) => b.dataset.table));
  for (const t of ["key-differences", "similarity", "quote-groups", "speakers", "shared-terms", "distinctive", "passages"]) assert.ok(tables.includes(t), `${t} in ${tables}`);
  const got = {};
  for (const [k, t] of tables.entries()) {
    if (k && k % 4 === 0) { await page.close(); page = await comparePage(); }
    const csv = await saved(page, page.locator(`#panel-compare button[data-table="${t}"][data-format=csv]`));
    const json = await saved(page, page.locator(`#panel-compare button[data-table="${t}"][data-format=json]`));
    assert.equal(csv.name, `lede-compare-${t}.csv`);
    assert.equal(json.name, `lede-compare-${t}.json`);
    assert.deepEqual(csv.bytes.subarray(0, 3), BOM);
    const rows = parseCsv(csv.bytes.subarray(3).toString("utf8"));
    const data = JSON.parse(json.bytes.toString("utf8"));
    assert.equal(rows.length - 1, data.rows.length, t);
    if (data.rows.length) assert.deepEqual(rows[0], Object.keys(data.rows[0]), t);
    got[t] = { rows, data };
  }
  // The conflict is in the key differences, with each article's sentence.
  const kd = got["key-differences"].data.rows;
  const conflict = kd.filter((r) => r.difference === "different speakers" && /^proportional/.test(r.quotation));
  assert.ok(conflict.some((r) => r.speaker === "Obama" && /saying only that it will be/.test(r.sentence)), JSON.stringify(conflict));
  assert.ok(conflict.some((r) => /Earnest/.test(r.speaker) && /Whatever action is taken/.test(r.sentence)), JSON.stringify(conflict));
  const who = got.speakers.rows;
  assert.deepEqual(who[0], ["speaker_number", "speaker", "article_1", "article_2"]);
  assert.ok(who.some((r) => r[1] === "Obama" && r[2] === "0" && Number(r[3]) > 0), JSON.stringify(who));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the similarity charts as SVG and PNG", async () => {
  const { context, page, problems } = await open(env, { acceptDownloads: true });
  await page.goto(env.url);
  await waitForResults(page, 2);
  await addThird(page);
  await view(page, "Compare");
  await page.waitForFunction(() => document.querySelectorAll("#panel-compare svg.heatmap").length === 2, null, { timeout: 20_000 });
  const tools = page.locator("#panel-compare .chart-tools").first();
  const svg = await saved(page, tools.getByRole("button", { name: /as SVG/ }));
  assert.match(svg.name, /\.svg$/);
  const markup = svg.bytes.toString("utf8");
  assert.match(markup, /^<\?xml/);
  assert.match(markup, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(markup, /3\. A third account/);
  assert.doesNotMatch(markup, /class="/, "styles inline, not the page's classes");
  assert.match(markup, /fill="rgb\(/);
  // The file stands alone: Chromium draws it as an image.
  const drawn = await page.evaluate(async (text) => {
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    await img.decode();
    return img.naturalWidth;
  }, markup);
  assert.ok(drawn > 100, `drawn ${drawn} px wide`);
  const png = await saved(page, tools.getByRole("button", { name: /as PNG/ }));
  assert.match(png.name, /\.png$/);
  assert.deepEqual(png.bytes.subarray(0, 8), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  assert.ok(png.bytes.length > 2000, `${png.bytes.length} bytes`);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a session saved and opened again is identical: articles, titles, settings", async () => {
  const dir = await mkdtemp(join(tmpdir(), "lede-session-"));
  const first = await open(env, { acceptDownloads: true });
  let page = first.page;
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.locator("#articles .article-slot").nth(0).locator(".title-input").fill("NPR, retitled");
  await addThird(page);
  await view(page, "Compare");
  await page.waitForFunction(() => document.querySelectorAll("#panel-compare .pair-pick select").length === 2, null, { timeout: 20_000 });
  await page.locator("#panel-compare .pair-pick select").first().selectOption("2");
  await page.waitForFunction(() => document.querySelector("#panel-compare .pair-pick select")?.value === "2");
  const a = await saved(page, page.locator("#export-session"));
  assert.match(a.name, /^lede-session-.*\.json$/);
  const sessionA = JSON.parse(a.bytes.toString("utf8"));
  assert.equal(sessionA.format, "lede-session");
  assert.deepEqual(sessionA.articles.map((x) => x.title), ["NPR, retitled", "The Verge: Obama says the US ‘will respond’ to the North Korean attack on Sony", THIRD.title]);
  assert.equal(sessionA.articles[2].text, THIRD.text);
  assert.equal(sessionA.settings.view, "compare");
  assert.equal(sessionA.settings.compare.pairA, 2);
  const file = join(dir, a.name);
  await writeFile(file, a.bytes);
  await first.context.close();

  // A fresh browser (the samples load), then Open session.
  const second = await open(env, { acceptDownloads: true });
  page = second.page;
  await page.goto(env.url);
  await waitForResults(page, 2);
  await page.locator("#session-input").setInputFiles(file);
  await page.waitForFunction(() => document.querySelectorAll("#articles .article-slot").length === 3);
  assert.match(await page.locator("#notice").innerText(), /Opened the session/);
  assert.equal(await page.locator("#tab-compare").getAttribute("aria-selected"), "true");
  await page.waitForFunction(() => document.querySelector("#panel-compare .pair-pick select")?.value === "2", null, { timeout: 20_000 });
  const titles = await page.locator("#articles .title-input").evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(titles, sessionA.articles.map((x) => x.title));
  const texts = await page.locator("#articles textarea").evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(texts, sessionA.articles.map((x) => x.text));
  const b = await saved(page, page.locator("#export-session"));
  const sessionB = JSON.parse(b.bytes.toString("utf8"));
  const strip = ({ exportedAt: _t, ...rest }) => rest;
  assert.deepEqual(strip(sessionB), strip(sessionA));

  // Kept across a reload, as typed articles are.
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll("#articles .article-slot").length === 3 && document.querySelector("#articles .title-input")?.value === "NPR, retitled", null, { timeout: 20_000 });

  // A file that is not a session is refused in words, and nothing changes.
  const bad = join(dir, "not-a-session.json");
  await writeFile(bad, JSON.stringify({ hello: "world" }));
  await page.locator("#session-input").setInputFiles(bad);
  await page.waitForFunction(() => /could not be opened/.test(document.querySelector("#notice")?.textContent ?? ""));
  assert.equal(await page.locator("#articles .article-slot").count(), 3);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual([...first.problems, ...second.problems], []);
  await second.context.close();
});
