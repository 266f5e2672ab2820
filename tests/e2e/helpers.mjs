// Shared setup for the page's end-to-end tests: a static server on a free port, Debian's
// Chromium through playwright-core, and guards that fail a test on any console error,
// page error or dialog.
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { fileURLToPath } from "node:url";
import { mkdirSync } from "node:fs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const WWW = ROOT + "www";
export const SHOTS = ROOT + "docs/screenshots";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Starts the server and the browser; returns { url, browser, close() }. */
export async function start() {
  const server = await serve(WWW, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * A fresh context and page with problem recording: console errors, page errors and dialogs
 * go to `problems`; every request (page, workers, service worker) goes to `requests`.
 */
export async function open(env, { colorScheme = "light", viewport = { width: 1400, height: 1000 }, acceptDownloads = false } = {}) {
  const context = await env.browser.newContext({ colorScheme, viewport, acceptDownloads });
  const problems = [];
  const requests = [];
  context.on("request", (r) => requests.push({ url: r.url(), at: Date.now() }));
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("dialog", async (d) => { problems.push(`dialog: ${d.type()} ${d.message()}`); await d.dismiss(); });
  page.on("worker", (w) => w.on("console", (m) => { if (m.type() === "error") problems.push(`worker console: ${m.text()}`); }));
  return { context, page, problems, requests };
}

/** Waits until the samples' analysis is on screen (the overview shows figures). */
export async function waitForResults(page, count = 2) {
  await page.waitForFunction(() => document.documentElement.dataset.firstResults, null, { timeout: 20_000 });
  if ((await page.locator("#tab-overview").getAttribute("aria-selected")) !== "true") await page.locator("#tab-overview").click();
  await page.waitForFunction((n) => document.querySelectorAll("#panel-overview .stats").length >= n, count, { timeout: 20_000 });
}

/**
 * Saves a screenshot into docs/screenshots/ when LEDE_SCREENSHOTS=1 (`./build.sh
 * screenshots`); otherwise does nothing, since the images are tracked and a test run
 * leaves the working tree as it found it.
 */
export async function shot(page, name, opts = {}) {
  if (process.env.LEDE_SCREENSHOTS !== "1") return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, ...opts });
}

/** Switches to a view by its tab. */
export async function view(page, name) {
  await page.getByRole("tab", { name }).click();
  await page.waitForSelector(`#panel-${name.toLowerCase()}:not([hidden])`);
}
