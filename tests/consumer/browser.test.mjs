// (2) Vite sites that import "lede", built with `vite build`, and (3) a plain HTML page
// importing the package files with <script type="module">, each served on 127.0.0.1 and
// checked in headless Chromium: `lede` analyses, `lede/full` (loaded later, on its own)
// compares, and `lede/worker` does both off the main thread.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { launchChromium } from "../browser.mjs";
import { makeProject, run } from "./helpers.mjs";

const TEXT = "Sony canceled the film. “We will respond,” Obama said.";

// The page writes the first quote and its speaker, and how long import-to-result took;
// then it compares two articles with the full engine, and runs both in the worker.
const app = (entry) => `
const t0 = performance.now();
const { default: init, analyze } = await import(${JSON.stringify(entry("lede"))});
await init();
const a = analyze(${JSON.stringify(TEXT)});
const out = document.querySelector("#out");
out.dataset.ms = String(performance.now() - t0);
out.textContent = a.quotes[0].text + " — " + a.quotes[0].speaker;
out.dataset.wasm = performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".wasm"))
  .map((n) => n.split("/").pop()).join(",");

const articles = [${JSON.stringify(TEXT)}, "“We will respond,” the president said on Friday."];
const full = await import(${JSON.stringify(entry("lede/full"))});
await full.default();
const c = full.compare(articles);
document.querySelector("#compare").textContent = c.quoteGroups[0].quotes.map((q) => q.speaker).join(" / ");

const { createWorker } = await import(${JSON.stringify(entry("lede/worker"))});
const lede = createWorker();
const [wa, wc] = await Promise.all([lede.analyze(${JSON.stringify(TEXT)}), lede.compare(articles)]);
lede.terminate();
document.querySelector("#worker").textContent = wa.quotes[0].speaker + " " + wc.articles.length;
`;

const HTML = (script) =>
  `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head>` +
  `<body><p id="out">waiting</p><p id="compare"></p><p id="worker"></p><script type="module" src="${script}"></script></body></html>`;

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

async function check(dir, label) {
  const server = await serve(dir, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.querySelector("#out").dataset.ms !== undefined, null, { timeout: 15000 });
    const text = await page.textContent("#out");
    const ms = Number(await page.getAttribute("#out", "data-ms"));
    assert.equal(text, "We will respond, — Obama");
    // Until compare is wanted, only the small engine is fetched.
    assert.match(await page.getAttribute("#out", "data-wasm"), /^lede_bg[-.\w]*\.wasm$/);
    await page.waitForFunction(() => document.querySelector("#worker").textContent !== "", null, { timeout: 15000 });
    assert.equal(await page.textContent("#compare"), "Obama / the president");
    assert.equal(await page.textContent("#worker"), "Obama 2");
    assert.deepEqual(errors, []);
    console.log(`${label}: import to first result ${ms.toFixed(1)} ms in Chromium`);
  } finally {
    await page.close();
    server.close();
  }
}

for (const vite of ["7", "8"]) {
  test(`a Vite ${vite} site imports lede, builds and runs`, async () => {
    const dir = makeProject(`vite${vite}`, { "index.html": HTML("/main.js"), "main.js": app((name) => name) }, [`vite@${vite}`]);
    run(join(dir, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], dir);
    await check(join(dir, "dist"), `vite ${vite}`);
  });
}

test("a plain HTML page imports the package files directly", async () => {
  const files = { lede: "index.js", "lede/full": "full.js", "lede/worker": "worker.js" };
  const main = app((name) => `./node_modules/lede/${files[name]}`);
  const dir = makeProject("plain", { "index.html": HTML("./main.js"), "main.js": main });
  await check(dir, "plain <script type=module>");
});
