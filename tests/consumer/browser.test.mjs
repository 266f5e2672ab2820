// (2) Vite sites that import "lede", built with `vite build`, and (3) a plain HTML page
// importing the package files with <script type="module">, each served on 127.0.0.1 and
// checked in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { launchChromium } from "../browser.mjs";
import { makeProject, run } from "./helpers.mjs";

const TEXT = "Sony canceled the film. “We will respond,” Obama said.";

// The page writes the first quote and its speaker, and how long import-to-result took.
const app = (specifier) => `
const t0 = performance.now();
const { default: init, analyze } = await import(${JSON.stringify(specifier)});
await init();
const a = analyze(${JSON.stringify(TEXT)});
const out = document.querySelector("#out");
out.dataset.ms = String(performance.now() - t0);
out.textContent = a.quotes[0].text + " — " + a.quotes[0].speaker;
`;

const HTML = (script) =>
  `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head>` +
  `<body><p id="out">waiting</p><script type="module" src="${script}"></script></body></html>`;

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
    assert.deepEqual(errors, []);
    console.log(`${label}: import to first result ${ms.toFixed(1)} ms in Chromium`);
  } finally {
    await page.close();
    server.close();
  }
}

for (const vite of ["7", "8"]) {
  test(`a Vite ${vite} site imports lede, builds and runs`, async () => {
    const dir = makeProject(`vite${vite}`, { "index.html": HTML("/main.js"), "main.js": app("lede") }, [`vite@${vite}`]);
    run(join(dir, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], dir);
    await check(join(dir, "dist"), `vite ${vite}`);
  });
}

test("a plain HTML page imports the package files directly", async () => {
  const dir = makeProject("plain", { "index.html": HTML("./main.js"), "main.js": app("./node_modules/lede/index.js") });
  await check(dir, "plain <script type=module>");
});
