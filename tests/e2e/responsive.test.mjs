// Big texts keep the page responsive: a 2 MB and a 10 MB news-shaped article are pasted,
// typed around and viewed in every tab while a PerformanceObserver records the main thread's
// long tasks, the time each tab takes to show its first screen, and how long a key takes to
// reach the screen. The figures are printed; the assertions leave room for a busy 2-core CI
// machine (the targets themselves are 100 ms, 300 ms and one frame).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, waitForResults } from "./helpers.mjs";

/** Longest main-thread task allowed while pasting, typing and viewing (target 100 ms). */
const MAX_TASK_MS = 200;
/** Time from a tab click to its first screen on screen at 2 MB (target 300 ms). */
const MAX_FIRST_SCREEN_MS = 600;
/** Key press to the next painted frame, the median of a run of keys (target one frame, 16.7 ms)... */
const MEDIAN_KEY_MS = 34;
/** ...and the slowest of them. */
const MAX_KEY_MS = 100;
/** Elements a view may build for its first screen, however long the text. */
const MAX_NODES = 30_000;

const TABS = ["Overview", "Text", "Terms", "Quotes", "Compare"];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Records long tasks, slow events and long animation frames from the page's first moment. */
function observe() {
  const perf = (globalThis.__perf = { long: [], events: [], loaf: [], keys: [] });
  const watch = (type, push, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(push)).observe({ type, buffered: true, ...extra });
    } catch {}
  };
  watch("longtask", (e) => perf.long.push({ start: e.startTime, duration: e.duration }));
  watch("event", (e) => perf.events.push({ name: e.name, start: e.startTime, duration: e.duration }), { durationThreshold: 16 });
  watch("long-animation-frame", (e) => perf.loaf.push({
    start: e.startTime, duration: e.duration,
    scripts: e.scripts.map((s) => `${s.invoker} ${s.sourceFunctionName || "?"}@${(s.sourceURL || "").split("/").pop()}:${Math.round(s.duration)}`),
  }));
  // Key to frame: from the key's own timestamp (so time spent queued counts) to the end of
  // the first frame painted after it.
  addEventListener("keydown", (e) => {
    const t = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => perf.keys.push({ key: e.key, at: t, ms: performance.now() - t }), 0));
  }, true);
}

/**
 * Builds a news-shaped article of about `chars` characters in the page from the two samples,
 * giving every copy other names, so quotes and speakers are many.
 */
async function makeArticle(page, chars) {
  return page.evaluate(async (target) => {
    const files = ["samples/npr-white-house-proportional.txt", "samples/verge-obama-will-respond.txt"];
    const [npr, verge] = await Promise.all(files.map((f) => fetch(f).then((r) => r.text())));
    const FIRST = ["Josh", "Maria", "Wei", "Amara", "Luis", "Sofia", "Daniel", "Priya", "Tom", "Elena", "Kofi", "Hana", "Igor", "Nadia", "Omar", "Grace"];
    const STEM = ["Ok", "Lind", "Mor", "Tan", "Cast", "Bren", "Had", "Kow", "Ngu", "Sil", "Ade", "Fisch", "Ros", "Nov", "Dub", "Pat"];
    const END = ["afor", "qvist", "eau", "aka", "illo", "nan", "dad", "alski", "yen", "va", "yemi", "er", "si", "ak", "ois", "el"];
    // 256 family names, a new one for every name in turn (speakers are told apart by them)
    const name = (k) => [FIRST[Math.floor(k / 256) % FIRST.length], STEM[k % 16] + END[Math.floor(k / 16) % 16]];
    const parts = [];
    let n = 0;
    for (let k = 0; n < target; k++) {
      const [f1, l1] = name(3 * k), [, l2] = name(3 * k + 1), [f3, l3] = name(3 * k + 2);
      const copy = (k % 2 ? verge : npr)
        .replaceAll("Josh Earnest", `${f1} ${l1}`).replaceAll("Earnest", l1)
        .replaceAll("Obama", l2)
        .replaceAll("James Lewis", `${f3} ${l3}`).replaceAll("Lewis", l3);
      parts.push(copy);
      n += copy.length + 2;
    }
    const text = parts.join("\n\n");
    globalThis.__article = text;
    await navigator.clipboard.writeText(text);
    return text.length;
  }, chars);
}

const now = (page) => page.evaluate(() => performance.now());

/** Waits until no analysis is pending and the page has had a quiet moment to draw. */
async function settle(page) {
  await page.waitForFunction(() => !document.body.classList.contains("busy") && /^Analysed/.test(document.querySelector("#status-text").textContent), null, { timeout: 120_000 });
  await page.evaluate(() => new Promise((ok) => {
    let quiet = 0;
    const tick = () => {
      const t = performance.now();
      setTimeout(() => { quiet = performance.now() - t < 30 ? quiet + 1 : 0; if (quiet >= 10) ok(); else tick(); }, 20);
    };
    tick();
  }));
}

/** The long tasks, slow key events and key latencies recorded between t0 and t1. */
async function window_(page, t0, t1) {
  return page.evaluate(([a, b]) => {
    const p = globalThis.__perf;
    const inside = (e) => e.start + e.duration > a && e.start < b;
    // The browser's own read of a pasted text (the page measures it: lede-clipboard-read) is
    // reported apart; what the page does in the same task is what it answers for.
    const reads = performance.getEntriesByName("lede-clipboard-read").map((r) => ({ start: r.startTime, duration: r.duration })).filter(inside);
    const own = (e) => e.duration - reads.filter((r) => r.start >= e.start && r.start < e.start + e.duration).reduce((s, r) => s + r.duration, 0);
    const long = p.long.filter(inside).map((e) => ({ ...e, duration: own(e) }));
    const loaf = p.loaf.filter(inside).sort((x, y) => y.duration - x.duration).slice(0, 3);
    return {
      maxTask: Math.round(Math.max(0, ...long.map((e) => e.duration))),
      tasks: long.length,
      blocked: Math.round(long.reduce((s, e) => s + e.duration, 0)),
      clipboard: Math.round(reads.reduce((s, r) => s + r.duration, 0)),
      worst: loaf.map((e) => `${Math.round(e.duration)} ms: ${e.scripts.join(", ")}`),
    };
  }, [t0, t1]);
}

/** Runs `fn`, waits for the page to settle, and returns the main thread's figures for that stretch. */
async function phase(page, fn) {
  const t0 = await now(page);
  const extra = await fn();
  await settle(page);
  return { ...(await window_(page, t0, await now(page))), ...extra };
}

/** Types `keys` one by one, pausing so that analyses finish between some of them; key latencies. */
async function typeKeys(page, locator, keys) {
  const t0 = await now(page);
  for (const [i, k] of [...keys].entries()) {
    await locator.press(k === " " ? "Space" : k);
    await page.waitForTimeout(i % 4 === 3 ? 700 : 90); // now and then long enough for an analysis to come back
  }
  await page.waitForTimeout(50);
  return page.evaluate((a) => {
    const p = globalThis.__perf;
    const keys = p.keys.filter((k) => k.at >= a).map((k) => k.ms);
    const events = p.events.filter((e) => e.start >= a && /^key/.test(e.name));
    const sorted = [...keys].sort((x, y) => x - y);
    return {
      keys: keys.map(Math.round), keyMax: Math.round(sorted[sorted.length - 1]), keyMedian: Math.round(sorted[sorted.length >> 1]),
      eventMax: Math.round(Math.max(0, ...events.map((e) => e.duration))),
    };
  }, t0);
}

/** Clicks a tab and measures the time until its first screen is painted; then scrolls through it. */
async function viewTab(page, name) {
  const first = await page.evaluate((tab) => new Promise((ok) => {
    const t0 = performance.now();
    document.getElementById(`tab-${tab}`).click();
    requestAnimationFrame(() => setTimeout(() => ok(performance.now() - t0), 0));
  }), name.toLowerCase());
  const panel = `#panel-${name.toLowerCase()}`;
  const shown = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return { nodes: el.getElementsByTagName("*").length, text: el.textContent.length };
  }, panel);
  // read on: a few screens down, then the end
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(60);
  }
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(150);
  }
  const later = await page.evaluate((sel) => document.querySelector(sel).getElementsByTagName("*").length, panel);
  await page.evaluate(() => window.scrollTo(0, 0));
  return { first: Math.round(first), ...shown, later };
}

/**
 * Pastes `chars` characters of article into a new article slot, types, and views every tab;
 * with typeBox, also types in a text box holding that many characters.
 */
async function run(chars, { typeBox = 0 } = {}) {
  const { context, page, problems } = await open(env);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url });
  await page.addInitScript(observe);
  await page.goto(env.url);
  await waitForResults(page, 2);
  await settle(page);
  const length = await makeArticle(page, chars);
  const figures = { length };

  // paste through the clipboard, as a reader would
  await page.getByRole("button", { name: "+ Add article" }).click();
  const slot = page.locator(".article-slot").nth(2);
  await slot.locator(".title-input").fill("Big");
  await settle(page);
  figures.paste = await phase(page, async () => {
    await slot.locator(".text-input").focus();
    await page.keyboard.press("Control+V");
    // until the big article's own figures are on the overview (not those of the empty text before)
    await page.waitForFunction(() => {
      const words = document.querySelectorAll("#panel-overview .stat-card")[2]?.querySelector(".stat dd");
      return Number(words?.textContent.replace(/\D/g, "")) > 10_000;
    }, null, { timeout: 120_000 });
  });
  // The whole article was analysed: its figures are those of the whole text.
  const card = await page.locator("#panel-overview .stat-card").nth(2).innerText();
  const figure = (label) => Number(card.match(new RegExp(`${label}\\s+([\\d,]+)`, "i"))?.[1].replace(/,/g, ""));
  figures.article = { words: figure("Words"), quotes: figure("Quotes"), speakers: figure("Speakers") };
  assert.ok(figures.article.words > length / 40, `words: ${figures.article.words}`);
  assert.ok(figures.article.quotes > length / 1000, `quotes: ${figures.article.quotes}`);
  assert.ok(figures.article.speakers > 100, `speakers: ${figures.article.speakers}`);

  // type in another article, and in the big one's title, while the big one is open
  const small = page.locator(".article-slot .text-input").first();
  figures.typeOther = await phase(page, async () => { await small.press("End"); return typeKeys(page, small, " More words here"); });
  const title = slot.locator(".title-input");
  figures.typeTitle = await phase(page, async () => { await title.press("End"); return typeKeys(page, title, " article"); });

  if (typeBox) {
    // a text just short of what the page keeps in a text box: keys reach the screen in a frame or two
    await page.getByRole("button", { name: "+ Add article" }).click();
    const box = page.locator(".article-slot").nth(3).locator(".text-input");
    await page.evaluate((n) => navigator.clipboard.writeText(globalThis.__article.slice(0, n)), typeBox);
    await box.focus();
    await page.keyboard.press("Control+V");
    await settle(page);
    figures.typeBox = await phase(page, async () => { await box.press("Control+End"); return typeKeys(page, box, " More words here"); });
    await page.getByRole("button", { name: "Remove article 4" }).click();
    await settle(page);
  }

  // every tab, with the big article chosen
  await page.evaluate(() => {
    const pick = document.getElementById("article-picker");
    pick.value = "2";
    pick.dispatchEvent(new Event("change"));
  });
  figures.tabs = {};
  for (const name of TABS) figures.tabs[name] = await phase(page, () => viewTab(page, name));

  // from a quote far down the list to its place in the text, which is drawn for it
  await page.locator("#tab-quotes").click();
  for (let i = 0; i < 4; i++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(150);
  }
  figures.jump = await phase(page, async () => {
    await page.locator("#panel-quotes .quote-item button.link").last().click();
    await page.waitForSelector("#panel-text:not([hidden])");
  });
  const target = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return { id: el.id, visible: r.top >= 0 && r.bottom <= innerHeight, offset: Number(el.dataset.q) };
  });
  assert.match(target.id, /^t-q\d+$/, "the quote has the focus");
  assert.ok(target.visible, "the quote is on screen");
  figures.jump.quote = target.offset;
  await page.locator("#tab-overview").click();
  assert.deepEqual(problems.filter((p) => !/quota/i.test(p)), []);
  await context.close();
  return figures;
}

/** Prints one size's figures and checks them against the limits. */
function report(label, f, { firstScreen }) {
  const row = (name, x) => `  ${name.padEnd(12)} longest task ${String(x.maxTask).padStart(5)} ms (${x.tasks} over 50 ms, ${x.blocked} ms in all)` +
    (x.clipboard ? `, besides the browser's clipboard read of ${x.clipboard} ms` : "") +
    (x.first !== undefined ? `, first screen ${x.first} ms, ${x.nodes} elements (${x.later} after scrolling)` : "") +
    (x.quote !== undefined ? ` (to quote ${x.quote})` : "") +
    (x.keys ? `, key to frame ${x.keys.join("/")} ms (event timing max ${x.eventMax} ms)` : "");
  const a = f.article;
  const lines = [`${label} (${(f.length / 1e6).toFixed(1)} M characters, ${a.words.toLocaleString("en-US")} words, ${a.quotes.toLocaleString("en-US")} quotes, ${a.speakers} speakers):`, row("paste", f.paste), row("type other", f.typeOther), row("type title", f.typeTitle), ...(f.typeBox ? [row("type in box", f.typeBox)] : []),
    ...TABS.map((t) => row(t, f.tabs[t])), row("quote→text", f.jump)];
  const slow = [f.paste, f.typeOther, f.typeTitle, f.typeBox, ...TABS.map((t) => f.tabs[t]), f.jump].filter(Boolean).filter((x) => x.maxTask > 50).flatMap((x) => x.worst);
  console.log(lines.concat(slow.length ? ["  longest frames (invoker function@file:ms):", ...slow.map((w) => `    ${w}`)] : []).join("\n"));
  for (const [name, x] of [["paste", f.paste], ["typing in another article", f.typeOther], ["typing in the title", f.typeTitle],
    ...(f.typeBox ? [["typing in a long text box", f.typeBox]] : []), ...TABS.map((t) => [`the ${t} tab`, f.tabs[t]]), ["showing a quote in the text", f.jump]]) {
    assert.ok(x.maxTask <= MAX_TASK_MS, `${label}: ${name} ran a ${x.maxTask} ms task (${x.worst.join("; ")})`);
  }
  for (const [name, x] of [["another article", f.typeOther], ["the title", f.typeTitle], ...(f.typeBox ? [["a long text box", f.typeBox]] : [])]) {
    assert.equal(x.keys.length, name === "the title" ? 8 : 16, `${label}: every key typed in ${name} was seen`);
    assert.ok(x.keyMedian <= MEDIAN_KEY_MS, `${label}: keys typed in ${name} took ${x.keyMedian} ms (median) to reach the screen`);
    assert.ok(x.keyMax <= MAX_KEY_MS, `${label}: a key typed in ${name} took ${x.keyMax} ms to reach the screen`);
  }
  for (const t of TABS) {
    if (firstScreen) assert.ok(f.tabs[t].first <= MAX_FIRST_SCREEN_MS, `${label}: the ${t} tab took ${f.tabs[t].first} ms to show its first screen`);
    assert.ok(f.tabs[t].nodes <= MAX_NODES, `${label}: the ${t} tab built ${f.tabs[t].nodes} elements at once`);
    assert.ok(f.tabs[t].text > 0, `${label}: the ${t} tab shows nothing`);
  }
  for (const t of ["Text", "Quotes"]) assert.ok(f.tabs[t].later > f.tabs[t].nodes, `${label}: scrolling the ${t} tab drew nothing more`);
}

/**
 * Measures and checks one size; when a limit is missed, measures once more and checks that
 * run instead. On a loaded 2-core machine one run in several catches a garbage collection
 * or a scheduling stall of a few hundred ms (the same build measured 84 and 271 ms for one
 * paste); a slow page misses the limits twice.
 */
async function measured(label, size, runOptions, reportOptions) {
  try {
    report(label, await run(size, runOptions), reportOptions);
  } catch (first) {
    console.log(`${label}: measuring again after a missed limit (${first.message})`);
    report(label, await run(size, runOptions), reportOptions);
  }
}

test("a 2 MB article: every tab shows its first screen quickly, and no task is long", { timeout: 600_000 }, async () => {
  await measured("2 MB", 2_000_000, { typeBox: 190_000 }, { firstScreen: true });
});

test("a 10 MB article: pasting, typing and viewing run no long task", { timeout: 600_000 }, async () => {
  await measured("10 MB", 10_000_000, {}, { firstScreen: false });
});
