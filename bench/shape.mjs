// The shape of news text, measured per KB (1,000 UTF-8 bytes): quotation marks and
// quotations by kind, capitalised-name runs, speech cues, paragraphs, sentences, words,
// and the distribution of article sizes. The same measure runs on PolNeAR's train
// articles (bench/news-shape.mjs, real news) and on bench/articles.mjs's generated ones,
// so that the benchmark corpus can be shaped like the news users paste. The rules are
// simple and the same on both sides: they describe text, they are not Lede's.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Marks that open a double quotation, whatever stands before them. */
const OPEN_DOUBLE = new Set(["“", "„", "«"]);
/** Marks that close one. */
const CLOSE_DOUBLE = new Set(["”", "»"]);
/** Before a straight `"`, these make it an opening mark (otherwise it closes). */
const OPENS_AFTER = /[\s([{—–\-/]/u;
/** What may stand before the opening mark of a direct quotation: nothing (the paragraph
 * starts), a sentence end, a colon, a comma (`she said, “…`), a dash or a bracket. A
 * quotation opening after a word is partial: the writer's sentence goes on around it. */
const DIRECT_AFTER = /(^|[.!?:,;—–(\[]["”’')\]]*)$/u;
/** A partial quotation of at most this many words is a scare quote, title or nickname. */
const SHORT_WORDS = 3;
/** The words between the two halves of a split quotation (`“…,” she said, “…”`). */
const SPLIT_GAP_WORDS = 10;

const NUMBER = /\p{N}+(?:[.,:]\p{N}+)*/gu;

/** Abbreviations whose full stop ends no sentence (our own list of common news ones). */
const ABBREVIATIONS = new Set(
  ("mr mrs ms dr sen sens rep reps gov gen lt col capt sgt maj adm prof rev st jr sr " +
    "inc co corp ltd bros vs no nos jan feb mar apr aug sept sep oct nov dec ft mt etc approx dept")
    .split(" "),
);
/** Words that begin a titled name (`Sen. Ames`, `President Dunn`): our own list. */
const TITLES = new Set(
  ("mr mrs ms dr sen sens rep reps gov gen lt col capt sgt maj adm prof rev president " +
    "senator senators secretary governor mayor judge justice chairman chairwoman speaker " +
    "representative congressman congresswoman minister ambassador sheriff chief commissioner " +
    "director attorney leader former vice first lady")
    .split(" "),
);
/** Lowercase words that may join two capitalised words in one name (`Secretary of State`). */
const NAME_JOINERS = new Set(["of", "de", "la", "le", "van", "von", "der", "da", "del", "du", "al"]);
/** Role nouns, as news writes them beside a name (`Ames, a spokeswoman for …`). */
const ROLES = new Set(
  ("spokesman spokeswoman spokesperson aide aides adviser advisers advisor official officials " +
    "strategist strategists director chairman chairwoman secretary senator governor mayor " +
    "candidate nominee lawmaker lawmakers analyst analysts professor economist expert experts " +
    "leader leaders president manager consultant pollster chief representative congressman " +
    "congresswoman commissioner attorney lawyer executive founder researcher")
    .split(" "),
);
/** Speech cues: verbs and phrases that report speech (our own list of the common ones). */
const CUES = [
  "said", "says", "saying", "told", "tells", "telling", "added", "adds", "adding", "according to",
  "asked", "asks", "wrote", "writes", "explained", "explains", "noted", "argued", "argues",
  "claimed", "insisted", "reported", "tweeted", "announced", "warned", "suggested",
  "acknowledged", "replied", "responded", "declared", "recalled", "continued", "stated",
  "admitted", "concluded", "predicted", "testified", "complained", "countered", "stressed",
];
const CUE_WORDS = new Set(CUES.filter((c) => !c.includes(" ")));
/** The cues reported one by one; the rest are summed as "other". */
export const NAMED_CUES = ["said", "says", "told", "added", "according to", "asked", "wrote"];

/** The figures `measure` counts, in the order they are printed. */
export const FIGURES = [
  ["doubleMarks", "double quotation marks"],
  ["straightMarks", "  of which straight (\" or '')"],
  ["typewriterMarks", "    of which two apostrophes ('')"],
  ["singleOpenMarks", "opening single marks (‘, ' before a word)"],
  ["quotations", "double-quoted quotations"],
  ["direct", "  direct (open a sentence or follow , : —)"],
  ["partial", "  partial (open after a word), > 3 words"],
  ["short", "  partial of 1-3 words (scare quotes, titles)"],
  ["split", "  split (“…,” she said, “…”), counted once"],
  ["multiParagraph", "  running over paragraphs, counted once"],
  ["quotedWords", "words inside double quotations"],
  ["names", "capitalised-name runs"],
  ["titled", "  of which begin with a title (Sen., President)"],
  ["roles", "role nouns (spokeswoman, aide, official)"],
  ["cues", "speech cues (said, told, according to, …)"],
  ...NAMED_CUES.map((c) => [`cue:${c}`, `  ${c}`]),
  ["cue:other", "  other cues"],
  ["paragraphs", "paragraphs (blank-line separated)"],
  ["lineBreaks", "single line breaks inside paragraphs"],
  ["sentences", "sentences"],
  ["words", "words"],
  ["numbers", "numbers"],
  ["nonAscii", "non-ASCII characters"],
];

const ZERO = Object.freeze(Object.fromEntries(FIGURES.map(([key]) => [key, 0])));
const zero = () => ({ ...ZERO });

/** The paragraphs of `text`: blocks between blank lines, trimmed, none empty. */
export const paragraphsOf = (text) => text.split(/\n[ \t\u00a0]*\n/).map((p) => p.trim()).filter(Boolean);

/** The double quotation marks of one paragraph, in order: `{ start, end, open, straight,
 * typewriter }` (`end` past the mark's last unit). */
function marks(p) {
  const out = [];
  if (!/["“”„«»]|''/u.test(p)) return out;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (OPEN_DOUBLE.has(c)) out.push({ start: i, end: i + 1, open: true, straight: false, typewriter: false });
    else if (CLOSE_DOUBLE.has(c)) out.push({ start: i, end: i + 1, open: false, straight: false, typewriter: false });
    else if (c === '"' || (c === "'" && p[i + 1] === "'")) {
      // A straight mark, or two apostrophes standing for one (as some archives print them).
      const typewriter = c === "'";
      const open = i === 0 || OPENS_AFTER.test(p[i - 1]);
      out.push({ start: i, end: i + (typewriter ? 2 : 1), open, straight: true, typewriter });
      if (typewriter) i++;
    }
  }
  return out;
}

/** Pairs a paragraph's marks: closed quotations `{ from, a, b, to }` (marks from `from`
 * to `to`, quoted words from `a` to `b`), and the opening mark left unclosed at the
 * paragraph's end (or null), which a quotation running over paragraphs leaves. */
function pairs(list) {
  const closed = [];
  let pending = null;
  for (const m of list) {
    if (m.open) pending = m; // a second opening restarts: the first was never closed
    else if (pending) {
      closed.push({ from: pending.start, a: pending.end, b: m.start, to: m.end });
      pending = null;
    }
  }
  return { closed, unclosed: pending };
}

/** Whether the UTF-16 unit `c` is part of a word: a letter, a mark or a digit. */
const wordUnit = (c) => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)));

/** The words of a paragraph: runs of letters, marks and digits, joined by an inner
 * apostrophe or hyphen (`don’t`, `well-known`); `{ at, text }` each. */
function wordsOf(p) {
  const out = [];
  const n = p.length;
  for (let i = 0; i < n; ) {
    if (!wordUnit(p.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < n && wordUnit(p.charCodeAt(j))) j++;
      const c = p[j];
      if (j + 1 < n && (c === "'" || c === "’" || c === "-") && wordUnit(p.charCodeAt(j + 1))) j += 2;
      else break;
    }
    out.push({ at: i, text: p.slice(i, j) });
    i = j;
  }
  return out;
}

/** How many of `words` (in order) start in `from..to`. */
function wordsIn(words, from, to) {
  const first = (x) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid].at < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return first(to) - first(from);
}

const isLetter = (c) => /\p{L}/u.test(c);

/** Whether the full stop at `i` of `p` belongs to an initial (`J.`), an abbreviation
 * (`Sen.`) or dotted letters (`U.S.`, `a.m.`) rather than ending a sentence. */
function abbreviationDot(p, i) {
  let start = i;
  while (start > 0 && (p[start - 1] === "." || isLetter(p[start - 1]))) start--;
  const word = p.slice(start, i);
  return (word.length === 1 && isLetter(word)) || ABBREVIATIONS.has(word.toLowerCase()) || /\p{L}\.\p{L}/u.test(word);
}

/** Whether `s` has a sentence-ending mark (abbreviations' full stops are not). */
const endsSentence = (s) => [...s.matchAll(/[.!?]/gu)].some((m) => m[0] !== "." || !abbreviationDot(s, m.index));

/** Sentences in a paragraph: ends followed by a capital, a digit or an opening mark, plus
 * the last (which needs no end mark: headlines have none). */
function sentences(p) {
  let n = 1;
  for (const m of p.matchAll(/[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu)) {
    if (m[0][0] !== "." || !abbreviationDot(p, m.index)) n++;
  }
  return n;
}

/** Whether a word starts with a capital letter. */
const capitalised = (w) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};

/** What may join two capitalised words of one name: a space, an abbreviation's or an
 * initial's full stop and a space (`Sen. Ames`, `J. R. Ames`), or a bare full stop
 * between letters (`U.S.`). */
const joins = (gap, previous) =>
  gap === " " || gap === "\u00a0" || (gap === ". " && capitalised(previous)) || (gap === "." && previous.length === 1 && isLetter(previous));

/** Capitalised-name runs: capitalised words in a row (see `joins`, and `of`, `de`, … between
 * two of them); a run of one word that opens a sentence (or a quotation) is not counted.
 * Also counts role nouns and speech cues, word by word. */
function names(p, words, out) {
  let run = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0];
    const initial = first.at === 0 || /(^|[.!?:]["”’')\]]*\s+|["“‘'(\[])$/u.test(p.slice(Math.max(0, first.at - 4), first.at));
    if (run.length >= 2 || !initial) {
      out.names++;
      if (TITLES.has(first.text.toLowerCase())) out.titled++;
    }
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const capital = capitalised(w.text) && w.text !== "I";
    const previous = words[i - 1];
    const gap = previous ? p.slice(previous.at + previous.text.length, w.at) : "";
    if (capital) {
      if (!(run.length > 0 && joins(gap, previous.text))) flush();
      run.push(w);
    } else if (run.length > 0 && NAME_JOINERS.has(w.text) && gap === " " && p[w.at + w.text.length] === " " && i + 1 < words.length &&
      words[i + 1].at === w.at + w.text.length + 1 && capitalised(words[i + 1].text)) {
      // `of` in `Secretary of State`: the run goes on
    } else {
      flush();
    }
    if (ROLES.has(w.text)) out.roles++;
    const lower = w.text.toLowerCase();
    let cue = CUE_WORDS.has(lower) ? lower : null;
    if (lower === "according" && i + 1 < words.length && words[i + 1].text.toLowerCase() === "to" &&
      /^\s+$/u.test(p.slice(w.at + w.text.length, words[i + 1].at))) cue = "according to";
    if (cue) {
      out.cues++;
      out[NAMED_CUES.includes(cue) ? `cue:${cue}` : "cue:other"]++;
    }
  }
  flush();
}

/** Every figure of `text`, as counts. */
export function measure(text) {
  const out = zero();
  out.bytes = Buffer.byteLength(text);
  const paragraphs = paragraphsOf(text);
  out.paragraphs = paragraphs.length;
  let running = false; // the previous paragraph left a quotation open
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const words = wordsOf(p);
    const list = marks(p);
    out.doubleMarks += list.length;
    out.straightMarks += list.filter((m) => m.straight).length;
    out.typewriterMarks += list.filter((m) => m.typewriter).length;
    if (/['‘]/u.test(p)) out.singleOpenMarks += (p.match(/(?:^|[\s(—])(?:‘|'(?=\p{L}))/gu) || []).length;
    const { closed, unclosed } = pairs(list);
    // A paragraph that goes on with a quotation left open above it opens with a mark:
    // its first part belongs to the running quotation, counted where it began.
    const continues = running && list.length > 0 && list[0].open && list[0].start === 0;
    const skip = continues && closed.length > 0 && closed[0].from === 0 ? 1 : 0;
    const next = paragraphs[k + 1];
    running = unclosed !== null && next !== undefined && /^(["“„«]|'')/u.test(next);
    if (running && !continues) {
      out.multiParagraph++;
      out.quotations++;
    }
    for (const q of closed) out.quotedWords += wordsIn(words, q.a, q.b);
    if (unclosed) out.quotedWords += wordsIn(words, unclosed.end, p.length);
    out.quotations += closed.length - skip;
    for (let i = skip; i < closed.length; i++) {
      const q = closed[i];
      const following = closed[i + 1];
      if (following && /,\s*$/u.test(p.slice(Math.max(q.a, q.b - 3), q.b))) {
        const gap = p.slice(q.to, following.from);
        const n = wordsIn(words, q.to, following.from);
        if (n >= 1 && n <= SPLIT_GAP_WORDS && !endsSentence(gap) && /,\s*$/u.test(gap)) {
          out.split++;
          out.quotations--; // the two halves are one quotation
          i++;
          continue;
        }
      }
      if (q.from === 0 || DIRECT_AFTER.test(p.slice(Math.max(0, q.from - 8), q.from).trimEnd())) out.direct++;
      else if (wordsIn(words, q.a, q.b) <= SHORT_WORDS) out.short++;
      else out.partial++;
    }
    names(p, words, out);
    for (let i = p.indexOf("\n"); i >= 0; i = p.indexOf("\n", i + 1)) out.lineBreaks++;
    out.sentences += sentences(p);
    out.words += words.length;
    if (/\p{N}/u.test(p)) out.numbers += (p.match(NUMBER) || []).length;
    for (let i = 0; i < p.length; i++) if (p.charCodeAt(i) > 127) out.nonAscii++;
  }
  return out;
}

/** Quantiles of article sizes reported and used by the generator: 0, 5, …, 100 %. */
const QUANTILES = Array.from({ length: 21 }, (_, i) => i * 5);

/** The shape of a collection of articles: every figure per KB, counted over all of them,
 * and the distribution of their sizes in bytes. */
export function shape(texts) {
  const sum = zero();
  const sizes = [];
  const each = [];
  let curlyArticles = 0;
  let quotedArticles = 0;
  for (const text of texts) {
    const m = measure(text);
    for (const key of Object.keys(sum)) sum[key] += m[key];
    sizes.push(m.bytes);
    if (m.bytes >= 3000 && m.bytes <= 8000) each.push(m);
    if (m.doubleMarks > 0) {
      quotedArticles++;
      if (m.straightMarks === 0) curlyArticles++;
    }
  }
  sizes.sort((a, b) => a - b);
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const perKB = Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, round((v * 1000) / bytes)]));
  return {
    articles: texts.length,
    bytes,
    perKB,
    sizes: {
      mean: Math.round(bytes / sizes.length),
      quantiles: quantilesOf(sizes, QUANTILES),
      from3to8KB: round(sizes.filter((s) => s >= 3000 && s <= 8000).length / sizes.length),
      // Quantiles of the articles between 3 and 8 KB, which the generator draws from.
      within3to8KB: quantilesOf(sizes.filter((s) => s >= 3000 && s <= 8000), [10, 50, 90]),
    },
    // Of the articles with double marks, the share using only curly ones.
    curlyShare: round(curlyArticles / Math.max(1, quotedArticles)),
    // How far articles of 3-8 KB stray from the whole: quantiles of each one's density,
    // as a multiple of the density over all articles.
    spread: Object.fromEntries(SPREAD.map((k) => [k, quantilesOf(each.map((m) => round((m[k] * 1000) / m.bytes / (perKB[k] || 1))).sort((a, b) => a - b), QUANTILES)])),
  };
}

/** The figures whose spread between articles is measured (and reproduced by the generator). */
export const SPREAD = ["quotations", "cues", "names", "paragraphs"];

/** Quantiles `qs` (in %) of sorted `values`, as `{ p10: …, … }`. */
const quantilesOf = (values, qs) => Object.fromEntries(qs.map((q) => [`p${q}`, values[Math.round((q / 100) * (values.length - 1))]]));

const round = (x) => Math.round(x * 1000) / 1000;

/** The comparison table: each figure per KB for every shape in `columns` ({ name: shape }). */
export function table(columns) {
  const names = Object.keys(columns);
  const rows = [`| per KB | ${names.join(" | ")} |`, `|---|${names.map(() => "---").join("|")}|`];
  for (const [key, label] of FIGURES) rows.push(`| ${label} | ${names.map((n) => fmt(columns[n].perKB[key])).join(" | ")} |`);
  rows.push(`| articles | ${names.map((n) => columns[n].articles).join(" | ")} |`);
  rows.push(`| bytes per article: mean | ${names.map((n) => columns[n].sizes.mean).join(" | ")} |`);
  for (const q of [0, 10, 25, 50, 75, 90, 100]) {
    rows.push(`| bytes per article: p${q} | ${names.map((n) => columns[n].sizes.quantiles[`p${q}`]).join(" | ")} |`);
  }
  rows.push(`| articles of 3-8 KB | ${names.map((n) => `${Math.round(columns[n].sizes.from3to8KB * 100)} %`).join(" | ")} |`);
  for (const q of [10, 50, 90]) {
    rows.push(`| bytes per article of 3-8 KB: p${q} | ${names.map((n) => columns[n].sizes.within3to8KB[`p${q}`]).join(" | ")} |`);
  }
  for (const k of SPREAD) {
    rows.push(`| ${k} per KB of one article of 3-8 KB, p10 / p50 / p90 | ${names.map((n) => ["p10", "p50", "p90"].map((q) => fmt(columns[n].spread[k][q] * columns[n].perKB[k])).join(" / ")).join(" | ")} |`);
  }
  rows.push(`| quoting articles with curly marks only | ${names.map((n) => `${Math.round(columns[n].curlyShare * 100)} %`).join(" | ")} |`);
  return rows.join("\n");
}

const fmt = (x) => (x === undefined ? "" : x >= 10 ? x.toFixed(1) : x.toFixed(2));

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Where the measured figures are kept (committed: counts and rates only). */
export const SHAPE_FILE = join(ROOT, "bench/news-shape.json");
/** The converted PolNeAR file. */
export const POLNEAR = resolve(process.env.POLNEAR || join(ROOT, "../polnear/quotes.jsonl"));

/** PolNeAR's articles of the given splits (never `test`), or null when there is no copy. */
export function polnear(splits) {
  if (splits.includes("test")) throw new Error("news-shape: PolNeAR's test split is not read");
  if (!existsSync(POLNEAR)) return null;
  return readFileSync(POLNEAR, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((a) => splits.includes(a.split))
    .map((a) => a.text);
}

