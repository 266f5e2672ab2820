// Per-article speed, in WebAssembly under Node: Lede's `analyze` against wink-nlp's
// tokenise + count on news-sized articles, the case users meet (a news article is 3–8 KB,
// where the fixed cost of a call weighs more than at 1 MB).
//
//   node bench/articles.bench.mjs [--pkg DIR]... [--rounds N] [--articles N]
//
// Corpora: the generated articles of bench/articles.mjs (3,000 by default, shaped like
// PolNeAR's train articles per KB; the table of densities is printed first); PolNeAR's
// 924 train and dev articles when a converted copy is present (POLNEAR, default
// ../polnear/quotes.jsonl; the test split is never read); and for reference 1 MB of
// bench/corpus.mjs in one call, the text of bench/text.bench.mjs's 1 MB row, and 1 MB of
// the generated articles joined into one text.
//
// Every tool runs in this one process, over the same articles one call each: one pass
// each to warm up, then `--rounds` (default 5) rounds in which the tools take turns, in an
// order that rotates every round, with a garbage collection before each pass. Figures are
// medians over the rounds: MB/s over the whole pass, ms per article (the pass's time over
// its articles), MB/s over each article's median time (which a call interrupted by the
// machine in one round does not move), MB/s of the process's CPU time over the pass (which
// leaves out the time other processes had the processor) and the median article's time. The empty call
// (`analyze("")`) is timed alongside, and a straight line through the times of articles
// of like size (each article's fastest round) splits a call into a fixed cost and a cost
// per byte. `--pkg DIR`
// (repeatable) measures other builds of the package beside each other, e.g. a copy of
// pkg/ taken before a change. The machine's load average is printed at the start and the
// end: on a busy machine the figures of one table compare, not those of two runs.
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { articles, ARTICLE_COUNT, ARTICLES_SEED } from "./articles.mjs";
import { corpus } from "./corpus.mjs";
import { POLNEAR, polnear, shape, SHAPE_FILE, table } from "./shape.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const values = (name) => args.flatMap((a, i) => (a === name && i + 1 < args.length ? [args[i + 1]] : []));
const PKGS = (values("--pkg").length ? values("--pkg") : [join(ROOT, "pkg")]).map((d) => resolve(d));
const ROUNDS = +(values("--rounds")[0] || 5);
const COUNT = +(values("--articles")[0] || ARTICLE_COUNT);
/** Calls of `analyze("")` per round, for the empty call's cost. */
const EMPTY_CALLS = 20_000;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

// The tools: each returns a function of one text that does the work and returns a number
// drawn from the result (so no engine can skip work nobody reads).
const tools = [];
for (const dir of PKGS) {
  if (!existsSync(join(dir, "node.js"))) {
    console.error(`articles.bench: no built package at ${dir} (run ./build.sh build)`);
    process.exit(1);
  }
  const { analyze } = await import(pathToFileURL(join(dir, "node.js")).href);
  const name = PKGS.length > 1 ? `Lede analyze (${dir === join(ROOT, "pkg") ? "pkg/" : basename(dir)})` : "Lede analyze";
  tools.push({ name, lede: true, run: (text) => analyze(text).stats.words });
}
{
  const winkNLP = (await import("wink-nlp")).default;
  const model = (await import("wink-eng-lite-web-model")).default;
  const nlp = winkNLP(model, []);
  const { its, as } = nlp;
  tools.push({ name: "wink-nlp tokenise+count", lede: false, run: (text) => nlp.readDoc(text).tokens().out(its.normal, as.freqTable).length });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One pass of `tool` over `texts`: the time of each call in ms, and the CPU time the
 * process used over the pass in ms (which leaves out the time other processes had the
 * processor: on a busy machine, the figure that least depends on the others). */
function pass(tool, texts) {
  gc();
  const times = new Float64Array(texts.length);
  let sink = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < texts.length; i++) {
    const t0 = performance.now();
    sink += tool.run(texts[i]);
    times[i] = performance.now() - t0;
  }
  const cpu = process.cpuUsage(cpu0);
  if (sink < 0) console.log(sink);
  return { times, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** The empty call's cost in µs: the mean over `EMPTY_CALLS` calls. */
function emptyCall(tool) {
  gc();
  const t0 = performance.now();
  for (let i = 0; i < EMPTY_CALLS; i++) tool.run("");
  return ((performance.now() - t0) * 1000) / EMPTY_CALLS;
}

/** Articles are put in this many groups by size for the fit below. */
const FIT_GROUPS = 10;

/** A straight line through the median time (ms) and median size (bytes) of each group of
 * articles of like size (medians, so that a few interrupted calls do not tilt it): the
 * fixed µs of a call, and MB/s for the bytes beyond. */
function fit(times, sizes) {
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[a] - sizes[b]);
  const xs = [];
  const ys = [];
  for (let g = 0; g < FIT_GROUPS; g++) {
    const group = order.slice(Math.floor((g * order.length) / FIT_GROUPS), Math.floor(((g + 1) * order.length) / FIT_GROUPS));
    xs.push(median(group.map((i) => sizes[i])));
    ys.push(median(group.map((i) => times[i])));
  }
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const slope = sxy / sxx; // ms per byte
  return { fixedUs: (my - slope * mx) * 1000, marginalMBs: 1 / (slope * 1000) };
}

/**
 * Every tool over `texts`, alternating: one warm-up pass each, then `ROUNDS` rounds.
 * With `empty`, each round also times the Lede tools' empty call.
 */
function measureAll(texts, { empty = false, rounds: count = ROUNDS } = {}) {
  const sizes = texts.map((t) => Buffer.byteLength(t));
  const mb = sizes.reduce((a, b) => a + b, 0) / 1e6;
  for (const tool of tools) pass(tool, texts);
  const rounds = tools.map(() => []);
  const empties = tools.map(() => []);
  for (let round = 0; round < count; round++) {
    for (let k = 0; k < tools.length; k++) {
      const i = (k + round) % tools.length;
      const { times, cpuMs } = pass(tools[i], texts);
      rounds[i].push({ total: times.reduce((a, b) => a + b, 0), times, cpuMs });
      if (empty && tools[i].lede) empties[i].push(emptyCall(tools[i]));
    }
  }
  return tools.map((tool, i) => {
    const totals = rounds[i].map((r) => r.total);
    const total = median(totals);
    // Each article's median over the rounds: a call that the machine interrupted (another
    // process, a collection) in one round does not move it.
    const each = texts.map((_, j) => median(rounds[i].map((r) => r.times[j])));
    const steady = each.reduce((a, b) => a + b, 0);
    // And its fastest: interruptions only ever add time, so the fit uses these.
    const fastest = texts.map((_, j) => Math.min(...rounds[i].map((r) => r.times[j])));
    return {
      tool: tool.name,
      lede: tool.lede,
      rounds: count,
      mbPerSecond: mb / (total / 1000),
      spread: [mb / (Math.max(...totals) / 1000), mb / (Math.min(...totals) / 1000)],
      steadyMbPerSecond: mb / (steady / 1000),
      cpuMbPerSecond: mb / (median(rounds[i].map((r) => r.cpuMs)) / 1000),
      msPerArticle: total / texts.length,
      medianArticleMs: median(each),
      emptyUs: empties[i].length ? median(empties[i]) : null,
      ...(texts.length > 1 ? fit(fastest, sizes) : {}),
    };
  });
}

function report(title, texts, rows) {
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const wink = rows.find((r) => !r.lede);
  const many = texts.length > 1;
  console.log(`\n${title}: ${texts.length} ${many ? "articles" : "text"}, ${(bytes / 1e6).toFixed(2)} MB` +
    `${many ? `, ${(bytes / texts.length / 1000).toFixed(1)} KB each on average` : ""}; medians of ${rows[0].rounds} alternating rounds`);
  console.log(many
    ? "| tool | MB/s (rounds' range) | × wink-nlp | ms per article | MB/s, articles' medians | MB/s of CPU time (× wink-nlp) | median article, ms | fixed cost per call (fit) | MB/s beyond it (fit) | empty call |\n|---|---|---|---|---|---|---|---|---|---|"
    : "| tool | MB/s (rounds' range) | × wink-nlp | ms | MB/s of CPU time (× wink-nlp) |\n|---|---|---|---|---|");
  for (const r of rows) {
    const ratio = r.lede ? (r.mbPerSecond / wink.mbPerSecond).toFixed(1) : "1";
    const cpu = `${r.cpuMbPerSecond.toFixed(1)}${r.lede ? ` (${(r.cpuMbPerSecond / wink.cpuMbPerSecond).toFixed(1)}×)` : ""}`;
    const head = `| ${r.tool} | ${r.mbPerSecond.toFixed(1)} (${r.spread[0].toFixed(1)}–${r.spread[1].toFixed(1)}) | ${ratio} | `;
    if (!many) {
      console.log(`${head}${r.msPerArticle.toFixed(1)} | ${cpu} |`);
      continue;
    }
    console.log(`${head}${r.msPerArticle.toFixed(3)} | ${r.steadyMbPerSecond.toFixed(1)} | ${cpu} | ${r.medianArticleMs.toFixed(3)} | ` +
      `${r.fixedUs.toFixed(0)} µs | ${r.marginalMBs.toFixed(1)} | ${r.emptyUs === null ? "" : `${r.emptyUs.toFixed(1)} µs`} |`);
  }
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(", ");
console.log(`articles.bench: ${PKGS.map((d) => d.replace(ROOT, "")).join(", ")}; Node ${process.version}; load average at start ${load()}`);

const generated = articles(COUNT, ARTICLES_SEED);
const real = polnear(["train", "dev"]);
const committed = JSON.parse(readFileSync(SHAPE_FILE, "utf8"));
console.log("\nThe generated articles beside PolNeAR's train articles (bench/news-shape.json), per KB:");
console.log(table({ "PolNeAR train": committed, [`generated, seed ${ARTICLES_SEED}`]: shape(generated) }));

report("Generated news articles (bench/articles.mjs)", generated, measureAll(generated, { empty: true }));
if (real) report("PolNeAR train + dev", real, measureAll(real));
else console.log(`\nPolNeAR: no converted copy at ${POLNEAR} (see ../shared/eval/quotes/README.md); skipped.`);
// One call per pass: more rounds for a steady median. The generated articles joined into
// one text tell the cost of news's density apart from the cost of a call per article.
const mb1 = [corpus(1_000_000)];
report("For reference, 1 MB of bench/corpus.mjs in one call", mb1, measureAll(mb1, { rounds: 3 * ROUNDS }));
const joined = [];
for (let i = 0, bytes = 0; bytes < 1_000_000 && i < generated.length; i++) {
  joined.push(generated[i]);
  bytes += Buffer.byteLength(generated[i]) + 2;
}
const news1 = [joined.join("\n\n")];
report("And 1 MB of the generated articles joined, in one call", news1, measureAll(news1, { rounds: 3 * ROUNDS }));
console.log(`\nload average at end ${load()}`);
