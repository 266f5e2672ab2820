// Every public function of the built package over real news: PolNeAR's train and dev
// articles (converted by ../shared/eval/quotes/convert.py, kept outside the repository),
// and `compare` over groups of ten. Fails on any thrown error or trap, and on any span
// that does not lie inside its article (UTF-16 offsets, start <= end) or a quotation
// whose text is not what its span slices.
//
//   node bench/real-text.mjs [--pkg DIR]        (./build.sh eval runs it)
//
// POLNEAR (default ../polnear/quotes.jsonl) names the converted file; without it the
// script says so and exits 0. The `test` split is never read.
import { readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf("--pkg");
const PKG = resolve(at >= 0 ? args[at + 1] : join(ROOT, "pkg"));
const GOLD = resolve(process.env.POLNEAR || join(ROOT, "../polnear/quotes.jsonl"));
if (!existsSync(GOLD)) {
  console.log(`real-text: no converted PolNeAR file at ${GOLD}; skipped (see ../shared/eval/quotes/README.md).`);
  process.exit(0);
}

const lede = await import(pathToFileURL(join(PKG, "node.js")).href);
const full = await import(pathToFileURL(join(PKG, "node-full.js")).href);
const texts = readFileSync(GOLD, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((a) => a.split === "train" || a.split === "dev")
  .map((a) => ({ id: a.id, title: a.title, text: a.text }));

const failures = [];
const fail = (where, what) => {
  failures.push(`${where}: ${what}`);
  if (failures.length <= 20) console.error(`real-text: ${where}: ${what}`);
};

/**
 * Checks every span in `value`: `{ start, end }` objects and span lists (Uint32Array of
 * pairs; `Tokens.start`/`end` are checked as a pair). `lengthOf(ctx)` is the length of
 * the article the value belongs to; `ctx` is the nearest `article` index, if any.
 */
function checkSpans(value, lengthOf, where, ctx = null, path = "") {
  if (value === null || typeof value !== "object") return;
  if (value instanceof Uint32Array) {
    if (/(^|\.)(start|end|counts|kind)$/.test(path)) return; // token columns, counted apart
    const n = lengthOf(ctx);
    for (let i = 0; i + 1 < value.length; i += 2) {
      if (!(value[i] <= value[i + 1] && value[i + 1] <= n)) {
        fail(where, `${path}[${i / 2}] = [${value[i]}, ${value[i + 1]}] outside 0..${n}`);
        return;
      }
    }
    return;
  }
  if (ArrayBuffer.isView(value)) return;
  if (typeof value.article === "number") ctx = value.article;
  if (typeof value.start === "number" && typeof value.end === "number") {
    const n = lengthOf(ctx);
    if (!(value.start >= 0 && value.start <= value.end && value.end <= n)) {
      fail(where, `${path} = [${value.start}, ${value.end}] outside 0..${n}`);
    }
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkSpans(v, lengthOf, where, ctx, `${path}[${i}]`));
  } else {
    for (const [k, v] of Object.entries(value)) checkSpans(v, lengthOf, where, ctx, path ? `${path}.${k}` : k);
  }
}

/** Runs `fn`, recording a throw (a trap included) as a failure. */
function attempt(where, fn) {
  try {
    return fn();
  } catch (e) {
    fail(where, `threw ${e && e.name}: ${e && e.message}`);
    return null;
  }
}

const t0 = performance.now();
let calls = 0;
for (const { id, text } of texts) {
  const length = () => text.length;
  for (const [name, engine] of [["lede", lede], ["lede/full", full]]) {
    for (const options of [undefined, { stem: true, stopwords: "none", topTerms: 100 }]) {
      const where = `${id} ${name} analyze${options ? " (options)" : ""}`;
      const a = attempt(where, () => engine.analyze(text, options));
      calls++;
      if (!a) continue;
      checkSpans(a, length, where);
      for (const q of a.quotes) {
        if (text.slice(q.span.start, q.span.end) !== q.text) fail(where, `quote text differs from its span at ${q.span.start}`);
      }
      const words = a.stats.words;
      const quoted = a.speakers.reduce((sum, s) => sum + s.quotedWords, 0);
      if (a.speakers.some((s) => !(s.share >= 0 && s.share <= 1))) fail(where, "a speaker's share outside [0, 1]");
      if (quoted > words) fail(where, `speakers' quoted words ${quoted} > words ${words}`);
    }
    const tokens = attempt(`${id} ${name} tokenize`, () => engine.tokenize(text));
    calls++;
    if (tokens) {
      for (let i = 0; i < tokens.start.length; i++) {
        if (!(tokens.start[i] < tokens.end[i] && tokens.end[i] <= text.length)) {
          fail(`${id} ${name} tokenize`, `token ${i} = [${tokens.start[i]}, ${tokens.end[i]}]`);
          break;
        }
      }
    }
    const freq = attempt(`${id} ${name} frequencies`, () => engine.frequencies(text, { stem: true }));
    calls++;
    const word = freq && freq.terms.length ? freq.terms[0] : "said";
    for (const query of [word, "said", "White House", "“", ""]) {
      const k = attempt(`${id} ${name} kwic ${JSON.stringify(query)}`, () => engine.kwic(text, query, 6));
      calls++;
      if (k) checkSpans(k, length, `${id} ${name} kwic`);
    }
  }
}
for (let i = 0; i < texts.length; i += 10) {
  const group = texts.slice(i, i + 10);
  const where = `compare of articles ${i}..${i + group.length - 1}`;
  const c = attempt(where, () => full.compare(group));
  calls++;
  if (c) checkSpans(c, (ctx) => (ctx === null ? Math.max(...group.map((g) => g.text.length)) : group[ctx].text.length), where);
}
const s = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`real-text: ${texts.length} articles, ${calls} calls in ${s} s, ${failures.length} failures`);
if (failures.length) process.exit(1);
