// Soak test of the built package (pkg/, `./build.sh soak`): for SOAK_SECONDS (default 60)
// it builds news-shaped articles (the shapes of tests/common/news_text.rs: names with
// titles and connectors, cue verbs, quotations of every mark family, nested, unclosed,
// split and over paragraphs, abbreviations, numbers, headlines, transcript labels,
// bylines, dashes, odd spaces and breaks, other scripts, emoji, lone surrogates) and runs
// `lede` (analyze, analyze with options, frequencies, tokenize, kwic) and `lede/full`
// (analyze, which must agree with `lede`, and compare) on them, checking every span
// (UTF-16: `text.slice(start, end)`) and that the statistics cannot contradict themselves.
//
// The engine runs in a worker thread, watched for hangs. A trap (WebAssembly.RuntimeError,
// "unreachable" from a Rust panic) is recorded with its input, and the run goes on with a
// fresh engine: the package's own restart when it has one, else the glue imported again
// under a new URL. The first input of each new failure is kept whole in target/soak/ (JSON,
// with its options; SOAK_SEED=<its seed> builds it again), then minimised (delta debugging,
// each probe in a worker) and written to tests/regressions/ (run by tests/regressions.rs).
// Exits 1 when anything failed. SOAK_SEED picks the inputs (default: the time).
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";

const ROOT = new URL("../", import.meta.url);
const PKG = new URL("pkg/", ROOT);

/** Seconds of soaking (minimising the failures found comes on top, bounded below). */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
/** A call that takes longer than this is a hang (inputs are at most a few hundred KB). */
const HANG_MS = 30_000;
/** Rounding slack for sums of rounded shares. */
const EPSILON = 1e-6;
/** Distinct failures minimised and written out per run, at most. */
const MAX_MINIMISED = 10;
/** Probes per minimisation, at most (each is one run of one function). */
const MAX_PROBES = 3000;
/** Fresh glue imports per worker before the worker itself is replaced (each keeps its module). */
const MAX_GENERATIONS = 20;

// ---------------------------------------------------------------------------------------
// News-shaped text: the tables and grammar of tests/common/news_text.rs, in JavaScript.

const MARKS = [
  ["“", "”"], ["‘", "’"], ['"', '"'], ["'", "'"], ["«", "»"], ["« ", " »"], ["»", "«"], ["‹", "›"],
  ["„", "“"], ["„", "”"], ["‚", "‘"], ["「", "」"], ["『", "』"], ["``", "''"], ["”", "”"],
  ["〝", "〞"], ["《", "》"], ["＂", "＂"],
];
const TITLES = ["Sen.", "Rep.", "Gov.", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Gen.", "Lt.", "Sgt.", "Rev.",
  "President", "Secretary", "Judge", "Mayor", "Chancellor", "MP", "Capt.", "St."];
const GIVEN = ["Josh", "Barack", "Hillary", "Jane", "Kim", "Ana", "Jean-Luc", "Zoë", "José", "Søren", "A.",
  "J.R.R.", "H.W.", "Mary Ann", "Владимир", "Νίκος", "محمد", "习", "नरेंद्र", "Ngozi", "O.J.", "Li", "D’Angelo",
  "Mohammed bin"];
const FAMILY = ["Earnest", "Obama", "Clinton", "Doe", "O’Neill", "O'Brien", "McCarthy", "de la Cruz", "Jong-un",
  "Smith-Jones", "van der Berg", "Nuñez", "Путин", "Παπαδόπουλος", "عباس", "近平", "मोदी", "Okonjo-Iweala", "Jr.",
  "III", "Salman", "Lewis", "Bush", "MacDonald"];
const CONNECTORS = ["for", "&", "for &", "and", "of", "of the", "for the", "the", "de", "von", "y", "on", "&amp;",
  "and the", "at"];
const ORG_HEADS = ["Center", "Institute", "Council", "Department", "Bank", "League", "Alliance", "Office",
  "Committee", "Ministry", "Friends", "Johnson", "Procter", "Ben", "AT", "Doctors", "Human", "K", "S", "C"];
const ORG_TAILS = ["Children", "Peace", "Justice", "America", "Studies", "Interior", "Democracy", "Gamble",
  "Jerry’s", "T", "Johnson", "Borders", "Rights Watch", "Foreign Affairs", "K京", "S", "Public Policy",
  "the Environment"];
const ORGS = ["the White House", "Sony Pictures Entertainment", "the U.S. Army Corps of Engineers", "Apple Inc.",
  "The New York Times Co.", "Médecins Sans Frontières", "the F.B.I.", "NPR", "the Associated Press", "Reuters",
  "the Kremlin", "Организация Объединённых Наций", "北京大学", "the U.N.", "AT&T", "Procter & Gamble"];
const CUES = ["said", "says", "say", "told", "tells", "told reporters", "told The Associated Press", "added", "adds",
  "explained", "asked", "wrote", "writes", "noted", "insisted", "said in a statement", "said on Twitter",
  "says with a laugh", "declared", "warned", "argued", "recalled", "continued", "replied", "tweeted",
  "is quoted as saying", "has said", "had said", "will say", "would tell", "claimed", "acknowledged",
  "said Tuesday", "said, adding", "saying"];
const PRONOUNS = ["he", "she", "they", "it", "He", "She", "They", "the spokesman", "a spokeswoman", "officials",
  "the company", "the senator", "we", "I", "you"];
const ABBREVIATIONS = ["U.S.", "U.K.", "U.S", "p.m.", "a.m.", "Inc.", "Co.", "Corp.", "Ltd.", "Jan.", "Feb.", "Dec.",
  "No.", "St.", "etc.", "e.g.", "i.e.", "vs.", "U.N.", "D.C.", "Washington, D.C.", "Calif.", "Ph.D.", "approx."];
const NUMBERS = ["$44 million", "3.5%", "1,200", "€5", "£3bn", "9/11", "2014", "No. 1", "$1.2 billion", "10,000",
  "3:45", "½", "1st", "21st-century", "−5", "٣", "四", "१२", "1.5m", "24/7", "50-50", "$", "%", "0.0001", "1e9",
  "100 percent", "Dec. 19, 2014", "’90s", "12 p.m."];
const WORDS = ["the", "company", "officials", "announced", "on", "Tuesday", "that", "it", "would", "cancel",
  "release", "film", "after", "hack", "students’", "don’t", "file-sharing", "e-mail", "co-op", "state-of-the-art",
  "naïve", "café", "a", "plan", "was", "not", "in", "of", "and", "to", "managed", "respond", "proportional",
  "attack", "North", "Korea", "Interview", "managed", "we’re", "it’s", "rock ’n’ roll", "can't", "y’all", "week",
  "said", "people", "according", "The", "A", "In", "But", "to", "be", "Center", "for"];
const FOREIGN = ["Москва", "Ελλάδα", "القاهرة", "東京", "दिल्ली", "서울", "ישראל", "ประเทศไทย", "😀",
  "👩\u200d👩\u200d👧", "👍🏽", "🇺🇸", "🏳️\u200d🌈", "e\u0301", "a\u0308\u0332", "\u0301", "n\u0303", "ﬁ", "Ⅻ", "ǅ",
  "İstanbul", "straße", "ΣΊΣΥΦΟΣ"];
const SAYINGS = ["We will respond", "It was proportional", "I don’t think so", "This is not the end",
  "Nobody expected it", "We’re going to win", "It’s a disaster", "the best option", "Я не знаю", "Αυτό είναι όλο",
  "لا أعرف", "我们会回应", "हम जवाब देंगे", "That’s what she said", "Regardless of who is responsible",
  "a serious national security matter", "we can't", "Yes", "No", "…"];
const HEADLINES = ["Sony Pulls ‘The Interview’ After Hack", "Obama: U.S. ‘Will Respond’ To Sony Hack",
  "BREAKING: Center for & Children Closes", "White House Calls Hack ‘Serious’", "ANALYSIS", "Live updates",
  "‘We will respond,’ says Obama", "Q&A: What the Hack Means"];
const BYLINES = ["By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "Updated 3:45 p.m. ET",
  "Posted Dec. 19, 2014", "(Reuters) -", "WASHINGTON —", "Photo: Getty Images", "Share this story",
  "Copyright 2014 NPR.", "Sign up for our newsletter", "Advertisement", "Follow @handle on Twitter",
  "https://example.com/a?b=c", "someone@example.com", "#tag"];
const LABELS = ["MODERATOR:", "SEN. SMITH:", "Q:", "A:", "OBAMA:", "UNIDENTIFIED MALE:", "MR. EARNEST:",
  "[APPLAUSE]", "(LAUGHTER)", "EARNEST: "];
const DASHES = ["—", "–", "-", "--", " — ", "―", "‒", "−"];
const ENDS = [".", ".", ".", "?", "!", "…", "...", "?!", ":", ";", ""];
const BREAKS = ["\n\n", "\n\n", "\n", "\r\n", "\r\n\r\n", "\u2028", "\u2029", "\n\n\n", "\r", "\u0085", "\f", "\n \n"];
const SPACES = [" ", "\u00a0", "\u200b", "\u2009", "\u202f", "\u3000", "\t", "  ", "\ufeff", "\u200d", "\u2060",
  "\u00ad", ""];
// JavaScript strings can hold lone surrogates, which Rust's cannot: the last entries.
const JUNK = ["\u0000", "\ufffd", "\u007f", "\u0001", "\ufe0f", "\ue000", "\u{10ffff}", "\u200e", "\u202e", "<p>",
  "•", "*", "/", "\\", "(", ")", "[", "]", ",", "&", "@", "#", "’", "'s", "\ud83d", "\udc4d", "d\udc4dN"];

const MAX_ARTICLE_LENGTH = 24 * 1024;
const MAX_BLOCKS = 40;
const MAX_SENTENCES = 5;
const MAX_CLAUSE_WORDS = 12;
const MAX_NESTING = 2;
const MAX_ARTICLES = 4;

/** A seeded generator of choices (mulberry32): the same seed builds the same articles. */
function choices(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { below: (n) => Math.floor(next() * n), pick: (table) => table[Math.floor(next() * table.length)] };
}

function newsText(c) {
  const space = () => (c.below(8) === 0 ? c.pick(SPACES) : " ");

  function person() {
    let out = "";
    if (c.below(3) === 0) out += c.pick(TITLES) + space();
    if (c.below(4) !== 0) out += c.pick(GIVEN) + space();
    if (c.below(5) === 0) out += c.pick(["J.", "A.", "Q.", "W."]) + space();
    return out + c.pick(FAMILY);
  }

  function organisation() {
    if (c.below(3) === 0) return c.pick(ORGS);
    const spaced = c.below(4) !== 0;
    const gap = () => (spaced ? space() : "");
    return c.pick(ORG_HEADS) + gap() + c.pick(CONNECTORS) + gap() + c.pick(ORG_TAILS);
  }

  function speaker() {
    switch (c.below(6)) {
      case 0: case 1: return person();
      case 2: return organisation();
      case 3: return c.pick(PRONOUNS);
      case 4: return "a spokesman for " + organisation();
      default: return person() + ", " + c.pick(["the president", "a senator", "who heads the"]) + space() + organisation() + ",";
    }
  }

  function clause() {
    const words = 1 + c.below(MAX_CLAUSE_WORDS);
    let out = "";
    for (let i = 0; i < words; i++) {
      if (i > 0) out += space();
      const k = c.below(24);
      out += k === 0 ? person() : k === 1 ? organisation() : k === 2 ? c.pick(NUMBERS) : k === 3 ? c.pick(ABBREVIATIONS)
        : k === 4 ? c.pick(DASHES) : k === 5 ? c.pick(FOREIGN) : k === 6 ? c.pick(JUNK) : k === 7 ? c.pick(PRONOUNS)
        : k === 8 ? c.pick(CUES) : k === 9 ? "," : c.pick(WORDS);
    }
    return out;
  }

  function cueAfter() {
    return c.below(2) === 0 ? speaker() + space() + c.pick(CUES) : c.pick(CUES) + space() + speaker();
  }

  // A quotation with `trail` inside its closing mark, sometimes nested, unclosed or
  // closed by a mark of another family.
  function quotation(depth, trail) {
    const [open, close] = c.pick(MARKS);
    let out = open;
    const k = c.below(4);
    if (k === 0 && depth < MAX_NESTING) {
      const [innerOpen, innerClose] = c.pick(MARKS);
      out += clause() + space() + innerOpen + (c.below(3) === 0 ? sentence(depth + 1) : c.pick(SAYINGS)) + innerClose;
    } else if (k === 1) {
      out += clause();
    } else {
      out += c.pick(SAYINGS);
    }
    out += trail;
    const end = c.below(8);
    return out + (end === 0 ? "" : end === 1 ? c.pick(MARKS)[1] : close);
  }

  function sentence(depth) {
    switch (c.below(10)) {
      case 0: case 1: return clause() + c.pick(ENDS);
      case 2: case 3: return quotation(depth, ",") + space() + cueAfter() + c.pick(ENDS);
      case 4: return speaker() + space() + c.pick(CUES) + c.pick([",", ":", "", " that"]) + space() + quotation(depth, ".");
      case 5: return quotation(depth, ",") + space() + cueAfter() + "," + space() + quotation(depth, ".");
      case 6: return quotation(depth, ",") + " according to " + speaker() + ".";
      case 7: return speaker() + space() + c.pick(CUES) + " the plan was " + quotation(depth, "") + c.pick(ENDS);
      case 8: return c.pick(MARKS)[0] + clause() + c.pick(ENDS);
      default: return c.pick(WORDS) + space() + organisation() + c.pick(ENDS);
    }
  }

  function block() {
    let out = "";
    const k = c.below(9);
    if (k < 4) {
      const n = 1 + c.below(MAX_SENTENCES);
      for (let i = 0; i < n; i++) out += (i > 0 ? space() : "") + sentence(0);
    } else if (k === 4) {
      out = c.pick(HEADLINES);
    } else if (k === 5) {
      out = c.pick(BYLINES);
    } else if (k === 6) {
      out = c.pick(LABELS) + space() + sentence(0);
    } else if (k === 7) {
      // A quotation over paragraphs reopens each paragraph and closes only at its end.
      const [open, close] = c.pick(MARKS);
      const n = 1 + c.below(3);
      for (let i = 0; i < n; i++) out += (i > 0 ? c.pick(BREAKS) : "") + open + clause() + c.pick(ENDS);
      if (c.below(4) !== 0) out += close;
      out += space() + cueAfter() + ".";
    } else {
      const n = 1 + c.below(4);
      for (let i = 0; i < n; i++) out += c.pick(JUNK);
    }
    return out + c.pick(BREAKS);
  }

  function article() {
    let out = "";
    const blocks = 1 + c.below(MAX_BLOCKS);
    for (let i = 0; i < blocks && out.length <= MAX_ARTICLE_LENGTH; i++) out += block();
    return out;
  }

  // Another article on the same story: the first one's paragraphs, some left out, some with new ones between.
  function retell(source) {
    let out = "";
    for (const paragraph of source.split("\n\n")) {
      const k = c.below(4);
      if (k === 2) out += block();
      if (k !== 3) out += paragraph + "\n\n";
      if (out.length > MAX_ARTICLE_LENGTH) break;
    }
    return out;
  }

  function articles() {
    const n = 2 + c.below(MAX_ARTICLES - 1);
    const out = [article()];
    for (let i = 1; i < n; i++) out.push(c.below(3) === 0 ? article() : retell(out[0]));
    return out;
  }

  return { article, articles };
}

/** One soak input: the articles (the first is the one analysed) and the options, from `seed`. */
function input(seed) {
  const c = choices(seed);
  const gen = newsText(c);
  const texts = gen.articles();
  // Now and then a long article: several joined, up to a few hundred KB.
  if (c.below(50) === 0) {
    const parts = [texts[0]];
    for (let i = c.below(12); i > 0; i--) parts.push(gen.article());
    texts[0] = parts.join("\n\n");
  }
  const options = {
    stopwords: c.pick(["default", "none", ["said", "the", "Obama"]]),
    stem: c.below(2) === 1,
    topTerms: 1 + c.below(40), // positive, as the package asks
    keepBoilerplate: c.below(2) === 1,
  };
  return { seed, texts, options, termAt: c.below(1 << 16), window: 1 + c.below(12) };
}

// ---------------------------------------------------------------------------------------
// What every result must satisfy. A violation throws with a stable `code` (what broke,
// used to tell failures apart) and a `detail`.

class Violation extends Error {
  constructor(code, detail) {
    super(`${code}: ${detail}`);
    this.code = code;
  }
}

function ensure(ok, code, detail = "") {
  if (!ok) throw new Violation(code, detail);
}

/**
 * `got` is the text of `start..end`. Texts built in Rust (compare's quotations, kwic's
 * lines) carry U+FFFD where the caller's string had a lone surrogate, as the engine read
 * it; spans still line up (one code unit either way), so the well-formed slice counts too.
 */
const isSliceText = (text, start, end, got) => {
  const slice = text.slice(start, end);
  return got === slice || got === slice.toWellFormed();
};

const isHigh = (u) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u) => u >= 0xdc00 && u <= 0xdfff;
/** `i` does not split a surrogate pair of `text`. */
const boundary = (text, i) => i === 0 || i === text.length || !(isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));

function checkSpan(text, start, end, what) {
  ensure(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length,
    `${what} span out of bounds`, `${start}..${end} of ${text.length}`);
  ensure(boundary(text, start) && boundary(text, end), `${what} span splits a surrogate pair`, `${start}..${end}`);
}

/** A span list (`Uint32Array` of pairs): valid spans; `ordered`: in order, none overlapping the next. */
function checkList(text, list, what, ordered) {
  ensure(list instanceof Uint32Array && list.length % 2 === 0, `${what} is not a span list`);
  for (let i = 0; i < list.length; i += 2) {
    checkSpan(text, list[i], list[i + 1], what);
    if (i > 0) {
      ensure(ordered ? list[i - 1] <= list[i] : list[i - 2] < list[i], `${what} spans out of order`, `at ${i / 2}`);
    }
  }
}

function checkShare(x, what) {
  ensure(Number.isFinite(x) && x >= 0 && x <= 1 + EPSILON, `${what} not in [0, 1]`, String(x));
}

function checkAnalysis(text, a) {
  checkList(text, a.sentences, "sentence", true);
  checkList(text, a.paragraphs, "paragraph", true);
  a.quotes.forEach((q, i) => {
    checkSpan(text, q.span.start, q.span.end, "quote");
    ensure(isSliceText(text, q.span.start, q.span.end, q.text), "quote text is not its span", `quote ${i}`);
    if (q.cue) checkSpan(text, q.cue.span.start, q.cue.span.end, "cue");
    if (q.mention) checkSpan(text, q.mention.start, q.mention.end, "mention");
    if (q.speakerId !== null) ensure(q.speakerId < a.speakers.length, "quote speaker out of range", `quote ${i}`);
    if (q.parent !== null) ensure(q.parent < a.quotes.length && q.parent !== i, "quote parent out of range", `quote ${i}`);
    if (q.repeats !== null) ensure(q.repeats < a.quotes.length && q.repeats !== i, "quote repeat out of range", `quote ${i}`);
  });
  let shares = 0, ofQuotes = 0, words = 0;
  a.speakers.forEach((s, i) => {
    checkList(text, s.mentions, "speaker mention", false);
    for (const q of s.quotes) ensure(a.quotes[q]?.speakerId === i, "speaker lists a quote not theirs", `speaker ${i}, quote ${q}`);
    checkShare(s.share, "a speaker's share");
    checkShare(s.shareOfQuotes, "a speaker's share of quotes");
    shares += s.share;
    ofQuotes += s.shareOfQuotes;
    words += s.quotedWords;
  });
  checkShare(shares, "the speakers' shares added up");
  checkShare(ofQuotes, "the speakers' shares of quotes added up");
  ensure(words <= a.stats.quotedWords, "speakers' quoted words exceed the article's", `${words} > ${a.stats.quotedWords}`);
  for (const t of [...a.terms.words, ...a.terms.phrases, ...a.terms.names]) {
    // A phrase may overlap itself ("White House White House White"): in order of start only.
    checkList(text, t.occurrences, "term occurrence", false);
    ensure(t.count === t.occurrences.length / 2, "term count is not its occurrences", t.term);
  }
  for (const b of a.boilerplate) checkSpan(text, b.span.start, b.span.end, "boilerplate");
  for (const n of a.notes) checkSpan(text, n.span.start, n.span.end, "note");
  const s = a.stats;
  checkShare(s.quotedShare, "stats.quotedShare");
  checkShare(s.typeTokenRatio, "stats.typeTokenRatio");
  ensure(s.uniqueWords <= s.words, "unique words exceed words", `${s.uniqueWords} > ${s.words}`);
  ensure(s.quotes === a.quotes.filter((q) => q.kind === "direct" || q.kind === "partial" || q.kind === "nested").length,
    "stats.quotes is not the speech quotes");
  // One word count serves the statistics, the terms and the quotations.
  ensure(s.quotedWords <= s.words, "quoted words exceed words", `${s.quotedWords} > ${s.words}`);
  ensure(a.terms.totalWords === s.words, "terms and statistics count different words", `${a.terms.totalWords} != ${s.words}`);
}

function checkTokens(text, t) {
  const n = t.start.length;
  ensure(t.end.length === n && t.kind.length === n, "token arrays differ in length");
  for (let i = 0; i < n; i++) {
    checkSpan(text, t.start[i], t.end[i], "token");
    ensure(i === 0 || t.end[i - 1] <= t.start[i], "tokens out of order", `at ${i}`);
    ensure(t.kinds[t.kind[i]], "token kind unnamed", `at ${i}`);
  }
}

function checkFrequencies(f) {
  ensure(f.terms.length === f.counts.length, "terms and counts differ in length");
  let sum = 0;
  for (let i = 0; i < f.counts.length; i++) {
    ensure(f.counts[i] > 0 && (i === 0 || f.counts[i - 1] >= f.counts[i]), "counts not most frequent first", `at ${i}`);
    sum += f.counts[i];
  }
  ensure(sum <= f.totalWords, "counts exceed the words", `${sum} > ${f.totalWords}`);
}

function checkKwic(text, lines) {
  for (const k of lines) {
    for (const [part, what] of [[k.left, "kwic left"], [k.matched, "kwic match"], [k.right, "kwic right"]]) {
      checkSpan(text, part.start, part.end, what);
    }
    ensure(k.left.end <= k.matched.start && k.matched.end <= k.right.start, "kwic parts out of order");
    ensure(isSliceText(text, k.left.start, k.left.end, k.leftText) && isSliceText(text, k.matched.start, k.matched.end, k.matchedText) &&
      isSliceText(text, k.right.start, k.right.end, k.rightText), "kwic texts are not their spans");
  }
}

function checkComparison(texts, c) {
  const n = texts.length;
  ensure(c.articles.length === n, "compare lost articles");
  c.articles.forEach((a, i) => checkAnalysis(texts[i], a.analysis));
  for (const name of ["similarity", "containment"]) {
    ensure(c[name].length === n && c[name].every((row) => row.length === n), `${name} is not n by n`);
    c[name].forEach((row) => row.forEach((x) => checkShare(x, name)));
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) {
    ensure(Math.abs(c.similarity[i][j] - c.similarity[j][i]) < EPSILON, "similarity not symmetric", `${i}, ${j}`);
  }
  const textOf = (i, what) => {
    ensure(Number.isInteger(i) && i >= 0 && i < n, `${what} names no article`, String(i));
    return texts[i];
  };
  for (const g of c.quoteGroups) {
    for (const q of g.quotes) checkSpan(textOf(q.article, "quote group"), q.span.start, q.span.end, "aligned quote");
  }
  for (const r of c.repeats) {
    const text = textOf(r.article, "repeat");
    checkSpan(text, r.span.start, r.span.end, "repeat");
    checkSpan(text, r.ofSpan.start, r.ofSpan.end, "repeated");
  }
  for (const p of c.passages) {
    for (const side of [p.a, p.b]) checkSpan(textOf(side.article, "passage"), side.span.start, side.span.end, "passage");
    checkShare(p.quotedShare, "a passage's quoted share");
  }
}

/** The functions a soak input goes through, by name: each runs one and checks its result. */
const OPS = {
  analyze: (e, x) => checkAnalysis(x.texts[0], e.lede.analyze(x.texts[0])),
  analyzeWith: (e, x) => checkAnalysis(x.texts[0], e.lede.analyze(x.texts[0], x.options)),
  frequencies: (e, x) => {
    const options = { stopwords: x.options.stopwords, stem: x.options.stem };
    const f = e.lede.frequencies(x.texts[0], options);
    checkFrequencies(f);
    // It does not look for boilerplate: its words are those of an analysis that keeps it.
    const kept = e.lede.analyze(x.texts[0], { ...options, keepBoilerplate: true });
    ensure(f.totalWords === kept.stats.words, "frequencies and analyze count different words", `${f.totalWords} != ${kept.stats.words}`);
  },
  tokenize: (e, x) => checkTokens(x.texts[0], e.lede.tokenize(x.texts[0])),
  kwic: (e, x) => {
    const text = x.texts[0];
    const t = e.lede.tokenize(text);
    const words = [];
    for (let i = 0; i < t.start.length; i++) {
      if (!["punctuation", "symbol", "emoji"].includes(t.kinds[t.kind[i]])) words.push(text.slice(t.start[i], t.end[i]));
    }
    if (words.length === 0) return;
    const at = x.termAt % words.length;
    checkKwic(text, e.lede.kwic(text, words.slice(at, at + 2).join(" "), x.window));
    checkKwic(text, e.lede.kwic(text, words[at], x.window));
  },
  fullAnalyze: (e, x) => {
    const a = e.full.analyze(x.texts[0], x.options);
    checkAnalysis(x.texts[0], a);
    ensure(isDeepStrictEqual(a, e.lede.analyze(x.texts[0], x.options)), "lede and lede/full disagree");
  },
  compare: (e, x) => checkComparison(x.texts, e.full.compare(x.texts, x.options)),
};

// ---------------------------------------------------------------------------------------
// The worker: holds an engine, runs inputs through OPS, reports failures.

/** Whether `error` is a trap, raw or as the package reports it after restarting itself. */
const isTrap = (error) => error instanceof WebAssembly.RuntimeError || error instanceof RangeError ||
  /internal error/.test(error?.message ?? "");

function worker() {
  let generation = 0;
  let panic = ""; // the last panic message the engine printed (console_error_panic_hook)
  console.error = (...args) => {
    panic = args.map(String).join(" ");
  };
  const modules = {
    lede: new WebAssembly.Module(readFileSync(new URL("lede_bg.wasm", PKG))),
    full: new WebAssembly.Module(readFileSync(new URL("lede_full_bg.wasm", PKG))),
  };

  // The package's Node entries, as a consumer imports them; after a trap that the
  // package did not recover from, the glue imported again under a new URL (a new
  // module record, so a new instance) and called directly.
  async function load(fresh) {
    if (!fresh) {
      return { lede: await import(new URL("node.js", PKG)), full: await import(new URL("node-full.js", PKG)) };
    }
    generation++;
    const engine = {};
    for (const [name, file] of [["lede", "lede.js"], ["full", "lede_full.js"]]) {
      const glue = await import(new URL(`${file}?soak=${generation}`, PKG));
      glue.initSync({ module: modules[name] });
      engine[name] = glue;
    }
    return engine;
  }

  let engine;
  async function run({ input: x, ops }) {
    const failures = [];
    let restarts = 0; // by the package itself
    let reloads = 0; // the glue imported afresh
    for (const op of ops) {
      panic = "";
      try {
        OPS[op](engine, x);
      } catch (error) {
        const trap = isTrap(error);
        const where = /panicked at ([^\s:]+:\d+:\d+)/.exec(panic)?.[1];
        const signature = error instanceof Violation ? `invariant: ${error.code}` : trap ? `trap: ${where ?? error.message}` :
          `error: ${String(error?.message).replace(/\d+/g, "N")}`;
        failures.push({ op, signature, message: String(error?.message ?? error), panic });
        if (trap) {
          // The package restarted itself when its next call works; else a fresh glue.
          let restarted = false;
          try {
            engine.lede.analyze("“It works,” she said.");
            engine.full.analyze("“It works,” she said.");
            restarted = !(error instanceof WebAssembly.RuntimeError);
          } catch { /* the old instance is broken */ }
          if (restarted) {
            restarts++;
          } else {
            if (generation >= MAX_GENERATIONS) return { failures, restarts, reloads: reloads + 1, replaceMe: true };
            engine = await load(true);
            reloads++;
          }
        }
      }
    }
    return { failures, restarts, reloads };
  }

  load(false).then((e) => {
    engine = e;
    parentPort.on("message", async (message) => parentPort.postMessage(await run(message)));
    parentPort.postMessage({ ready: true });
  });
}

// ---------------------------------------------------------------------------------------
// The supervisor: generates inputs, watches the worker, minimises and keeps failures.

class Runner {
  constructor() {
    this.start();
  }

  start() {
    this.worker = new Worker(new URL(import.meta.url));
    this.pending = null;
    this.ready = new Promise((resolve, reject) => { this.pending = { resolve, reject }; });
    this.worker.on("message", (m) => this.pending?.resolve(m));
    this.worker.on("error", (e) => this.pending?.reject(e));
  }

  async replace() {
    await this.worker.terminate();
    this.start();
  }

  /**
   * Runs `input` through `ops` in the worker. A hang (no answer within HANG_MS) or a
   * worker that died counts as a failure of every op, and the worker is replaced.
   */
  async send(input, ops) {
    await this.ready.catch((error) => {
      throw new Error(`soak: the engine did not load from ${PKG.pathname} (./build.sh build makes it): ${error.message}`);
    });
    let timer;
    const answer = new Promise((resolve, reject) => { this.pending = { resolve, reject }; });
    this.worker.postMessage({ input, ops });
    const reply = await Promise.race([
      answer,
      new Promise((resolve) => { timer = setTimeout(() => resolve(null), HANG_MS); }),
    ]).catch((error) => ({ died: String(error?.message ?? error) }));
    clearTimeout(timer);
    this.pending = null;
    if (reply === null || reply.died !== undefined || reply.replaceMe) await this.replace();
    if (reply === null) {
      return { failures: ops.map((op) => ({ op, signature: "hang", message: `no answer within ${HANG_MS} ms`, panic: "" })), restarts: 0, reloads: 1 };
    }
    if (reply.died !== undefined) {
      return { failures: ops.map((op) => ({ op, signature: `worker died: ${reply.died.replace(/\d+/g, "N")}`, message: reply.died, panic: "" })), restarts: 0, reloads: 1 };
    }
    return reply;
  }

  stop() {
    return this.worker.terminate();
  }
}

/** Classic delta debugging (ddmin) over the code points of `text`, keeping `fails(text)` true. */
async function ddmin(text, fails, budget) {
  let units = Array.from(text);
  let n = 2;
  while (units.length >= 2 && budget.probes > 0) {
    const chunk = Math.ceil(units.length / n);
    let reduced = false;
    for (let i = 0; i < units.length && budget.probes > 0;) {
      const candidate = units.slice(0, i).concat(units.slice(i + chunk));
      budget.probes--;
      if (await fails(candidate.join(""))) {
        units = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
      } else {
        i += chunk;
      }
    }
    if (!reduced) {
      if (n >= units.length) break;
      n = Math.min(n * 2, units.length);
    }
  }
  return units.join("");
}

/** The smallest input found that fails `op` with the same signature: fewer articles, shorter texts. */
async function minimise(runner, failure, x) {
  const budget = { probes: MAX_PROBES };
  const fails = async (candidate) => {
    const reply = await runner.send(candidate, [failure.op]);
    return reply.failures.some((f) => f.signature === failure.signature);
  };
  let best = { ...x, texts: [...x.texts] };
  // Compare wants two articles: drop the others while it still fails.
  for (let i = best.texts.length - 1; i >= 0 && best.texts.length > 2; i--) {
    const texts = best.texts.filter((_, j) => j !== i);
    if (await fails({ ...best, texts })) best = { ...best, texts };
  }
  const onlyFirst = failure.op !== "compare";
  for (let i = 0; i < (onlyFirst ? 1 : best.texts.length); i++) {
    const texts = best.texts;
    texts[i] = await ddmin(texts[i], (t) => fails({ ...best, texts: texts.map((u, j) => (j === i ? t : u)) }), budget);
  }
  return { input: best, probes: MAX_PROBES - budget.probes };
}

/** Writes the minimised input to tests/regressions/ (one file per article); returns the paths. */
function keep(failure, x) {
  const dir = new URL("tests/regressions/", ROOT);
  mkdirSync(dir, { recursive: true });
  // An article minimised to nothing is not needed to fail (compare wants two, but
  // tests/regressions.rs compares the files in pairs anyway).
  const texts = (failure.op === "compare" ? x.texts : [x.texts[0]]).filter((t) => t !== "");
  const hash = createHash("sha256").update(failure.signature).update(texts.join("\u0000")).digest("hex").slice(0, 10);
  return texts.map((text, i) => {
    const name = `soak-${failure.op}-${hash}${texts.length > 1 ? `-${i}` : ""}.txt`;
    // Lone surrogates have no UTF-8 form; they are written as U+FFFD, as the engine reads them.
    writeFileSync(new URL(name, dir), text.toWellFormed ? text.toWellFormed() : text);
    return `tests/regressions/${name}`;
  });
}

/** Keeps the whole failing input and what was seen, under target/soak/ (not tracked); returns the path. */
function recordFailure(failure, x) {
  const dir = new URL("target/soak/", ROOT);
  mkdirSync(dir, { recursive: true });
  const name = `${failure.op}-${x.seed}.json`;
  writeFileSync(new URL(name, dir), JSON.stringify({ ...failure, input: x }, null, 1));
  return `target/soak/${name}`;
}

async function supervise() {
  const firstSeed = Number(process.env.SOAK_SEED ?? Date.now() % 2 ** 31);
  const ops = Object.keys(OPS);
  const runner = new Runner();
  const stats = { inputs: 0, chars: 0, calls: Object.fromEntries(ops.map((op) => [op, 0])), failures: 0, restarts: 0, reloads: 0 };
  const found = new Map(); // signature -> { failure, input }
  const deadline = Date.now() + SECONDS * 1000;
  console.log(`soak: ${SECONDS} s from seed ${firstSeed}`);
  let seed = firstSeed;
  let report = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const x = input(seed++);
    const reply = await runner.send(x, ops);
    stats.inputs++;
    stats.chars += x.texts.reduce((sum, t) => sum + t.length, 0);
    for (const op of ops) stats.calls[op]++;
    stats.restarts += reply.restarts;
    stats.reloads += reply.reloads ?? 0;
    for (const f of reply.failures) {
      stats.failures++;
      if (!found.has(f.signature)) {
        const record = recordFailure(f, x);
        console.log(`soak: seed ${x.seed}: ${f.op}: ${f.signature} (input in ${record})\n  ${(f.panic || f.message).split("\n").slice(0, 2).join(" ")}`);
        found.set(f.signature, { failure: f, input: x, count: 0 });
      }
      found.get(f.signature).count++;
    }
    if (Date.now() > report) {
      report += 10_000;
      console.log(`soak: ${stats.inputs} inputs, ${(stats.chars / 1e6).toFixed(1)} M characters, ${stats.failures} failures`);
    }
  }
  await runner.stop();

  const kept = [];
  if (found.size > 0) {
    const prober = new Runner();
    for (const { failure, input: x } of [...found.values()].slice(0, MAX_MINIMISED)) {
      const { input: small, probes } = await minimise(prober, failure, x);
      const paths = keep(failure, small);
      kept.push(...paths);
      console.log(`soak: minimised ${failure.signature} (${failure.op}) in ${probes} probes to ${JSON.stringify(failure.op === "compare" ? small.texts : small.texts[0])}${failure.op === "analyzeWith" ? ` with ${JSON.stringify(small.options)}` : ""} -> ${paths.join(", ")}`);
    }
    await prober.stop();
  }
  const calls = Object.values(stats.calls).reduce((a, b) => a + b, 0);
  console.log(`soak: ${stats.inputs} inputs (${(stats.chars / 1e6).toFixed(1)} M characters, seeds ${firstSeed}..${seed - 1}), ` +
    `${calls} calls (${ops.map((op) => `${op} ${stats.calls[op]}`).join(", ")}), ${stats.failures} failures ` +
    `(${found.size} distinct: ${[...found.entries()].map(([s, v]) => `${s} ×${v.count}`).join("; ") || "none"}), ${stats.restarts} restarts by the package, ${stats.reloads} fresh engines`);
  if (kept.length > 0) console.log(`soak: wrote ${kept.join(", ")}`);
  process.exitCode = found.size > 0 ? 1 : 0;
}

if (isMainThread) {
  await supervise();
} else {
  worker();
}
