// (4) The declarations: a consumer compiles against the package with `tsc --strict`,
// and real results have exactly the declared fields (checked through `keyof`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, makeProject, run } from "./helpers.mjs";

// `Record<keyof T, true>` makes tsc insist that each list names every declared field and
// no other; at run time the same lists are compared with the keys of real results.
const CONSUMER = `
import { analyze, version, tokenize, kwic, frequencies, spans, spanAt } from "lede";
import initFull, { compare, analyze as analyzeFull, analyzeKept, compareKept, release, isKept, type KeptArticle } from "lede/full";
import type { Analysis, Comparison, Quote, Speaker, Stats, Term, Terms, Cue, Span, SpanList, Boilerplate, Note,
  AnalyzeOptions, ArticleSummary, SharedTerm, Tokens, KwicLine, Frequencies, FrequencyOptions, TokenKind, QuoteGroup, AlignedQuote, DiffOp,
  CrossSpeaker, SpeakerInArticle, SharedPassage, PassageSide, CoverageRow, DistinctiveTerms, DistinctiveTerm,
  CompareOptions, Correction, CorrectionResult } from "lede";
import { createWorker, type LedeWorker } from "lede/worker";

type Fields<T> = Record<keyof T, true>;
const analysisFields: Fields<Analysis> = { stats: true, sentences: true, paragraphs: true, terms: true, quotes: true,
  speakers: true, boilerplate: true, notes: true, corrections: true };
const statsFields: Fields<Stats> = { characters: true, words: true, uniqueWords: true, sentences: true, paragraphs: true,
  avgSentenceWords: true, typeTokenRatio: true, readingMinutes: true, fleschReadingEase: true, quotes: true,
  quotedWords: true, quotedShare: true, boilerplateCharacters: true };
const termsFields: Fields<Terms> = { words: true, phrases: true, names: true, unique: true, totalWords: true };
const termFields: Fields<Term> = { term: true, norm: true, count: true, perThousand: true, occurrences: true };
const quoteFields: Fields<Quote> = { span: true, text: true, kind: true, speaker: true, speakerId: true, cue: true,
  mention: true, rule: true, words: true, parent: true, repeats: true };
const cueFields: Fields<Cue> = { span: true, lemma: true };
const speakerFields: Fields<Speaker> = { name: true, quotes: true, quotedWords: true, share: true, shareOfQuotes: true, mentions: true, role: true };
const spanFields: Fields<Span> = { start: true, end: true };
const boilerplateFields: Fields<Boilerplate> = { span: true, reason: true };
const noteFields: Fields<Note> = { span: true, code: true, message: true };
const comparisonFields: Fields<Comparison> = { articles: true, similarity: true, containment: true, sharedTerms: true,
  distinctive: true, quoteGroups: true, repeats: true, speakers: true, passages: true, coverage: true };
const articleFields: Fields<ArticleSummary> = { id: true, title: true, words: true, analysis: true };
const sharedTermFields: Fields<SharedTerm> = { term: true, norm: true, kind: true, counts: true, articles: true };
const groupFields: Fields<QuoteGroup> = { quotes: true, reference: true, articles: true, speakers: true, speakersDiffer: true };
const alignedFields: Fields<AlignedQuote> = { article: true, quote: true, span: true, text: true, speaker: true,
  speakerId: true, words: true, diff: true };
const diffFields: Fields<DiffOp> = { op: true, text: true, words: true };
const crossFields: Fields<CrossSpeaker> = { name: true, key: true, articles: true, quotes: true, words: true, onlyIn: true };
const inArticleFields: Fields<SpeakerInArticle> = { article: true, speaker: true, name: true, quotes: true, words: true };
const passageFields: Fields<SharedPassage> = { a: true, b: true, words: true, kind: true, quotedShare: true, text: true };
const sideFields: Fields<PassageSide> = { article: true, span: true };
const coverageFields: Fields<CoverageRow> = { label: true, norm: true, kind: true, counts: true, articles: true };
const distinctiveFields: Fields<DistinctiveTerms> = { article: true, terms: true };
const distinctiveTermFields: Fields<DistinctiveTerm> = { term: true, norm: true, kind: true, count: true, others: true,
  g2: true, logRatio: true };

const options: AnalyzeOptions = { stopwords: ["sony"], stem: true, topTerms: 10, keepBoilerplate: false, maxBytes: 1 << 20 };
const text = "“We will respond,” Obama said. Sony’s film “The Interview” was pulled. An unclosed “quote\\n\\nCopyright 2014 NPR.";
const a: Analysis = analyze(text, options);
const story = "Sony pulled the film after the attack on its computers, officials said on Friday. ";
const compareOptions: CompareOptions = { minCount: 1, minG2: 0, passageWords: 8, shingleWords: 5, maxPassages: 10 };
const c: Comparison = compare([story + "\\n\\n" + text, { id: "b", title: "B",
  text: "Sony pulled “The Interview.” Critics, critics, critics. “We will respond,” Obama said.\\n\\n" + story }], compareOptions);
const maker: () => LedeWorker = createWorker;
const loadFull: (input?: URL) => Promise<void> = initFull;
const keptArticles: KeptArticle[] = [{ id: "a", title: "A", analysis: analyzeKept(text, options) }, { analysis: analyzeKept(story) }];
const keptOptions: CompareOptions = { ...options, minCount: 1 };
const fromKept: Comparison = compareKept([keptArticles[0], { ...keptArticles[1], analysis: analyzeKept(story, options) }], keptOptions);
if (JSON.stringify(fromKept) !== JSON.stringify(compare([{ id: "a", title: "A", text }, story], keptOptions))) throw new Error("compareKept differs from compare");
keptArticles.forEach((k: KeptArticle) => release(k.analysis));
const stillKept: boolean = isKept(keptArticles[0].analysis);
if (stillKept) throw new Error("release");
const sameAnalysis: Analysis = analyzeFull(text, options);
if (JSON.stringify(sameAnalysis) !== JSON.stringify(a)) throw new Error("lede and lede/full analyse differently");

function check(name: string, value: object, fields: object) {
  const got = Object.keys(value).sort().join(",");
  const want = Object.keys(fields).sort().join(",");
  if (got !== want) throw new Error(name + ": result has [" + got + "] but the declarations say [" + want + "]");
}
const q: Quote = a.quotes.find((q) => q.speaker !== null)!;
check("Analysis", a, analysisFields);
const corrections: Correction[] = [{ type: "speaker", quote: { text: "We will respond,", occurrence: 0 }, speaker: "Barack Obama" },
  { type: "kind", quote: "The Interview", kind: "scare" }, { type: "merge", from: "Nobody", into: "Obama" }];
const corrected: Analysis = analyze(text, { ...options, corrections });
const correctionFields: Fields<CorrectionResult> = { status: true, quotes: true, message: true };
check("CorrectionResult", corrected.corrections[0], correctionFields);
if (corrected.quotes[0].speaker !== "Barack Obama" || corrected.corrections[2].status !== "not-found") throw new Error("corrections");
const fixedCompare: Comparison = compare([{ text, corrections }, story], compareOptions);
if (fixedCompare.articles[0].analysis.quotes[0].speaker !== "Barack Obama") throw new Error("compare with corrections");
check("Stats", a.stats, statsFields);
check("Terms", a.terms, termsFields);
check("Term", a.terms.words[0], termFields);
check("Quote", q, quoteFields);
check("Cue", q.cue!, cueFields);
check("Speaker", a.speakers[0], speakerFields);
check("Span", q.span, spanFields);
check("Boilerplate", a.boilerplate[0], boilerplateFields);
check("Note", a.notes[0], noteFields);
check("Comparison", c, comparisonFields);
check("ArticleSummary", c.articles[1], articleFields);
check("SharedTerm", c.sharedTerms[0], sharedTermFields);
check("QuoteGroup", c.quoteGroups[0], groupFields);
check("AlignedQuote", c.quoteGroups[0].quotes[0], alignedFields);
check("DiffOp", c.quoteGroups[0].quotes[0].diff[0], diffFields);
check("CrossSpeaker", c.speakers[0], crossFields);
check("SpeakerInArticle", c.speakers[0].articles[0], inArticleFields);
check("SharedPassage", c.passages[0], passageFields);
check("PassageSide", c.passages[0].a, sideFields);
check("CoverageRow", c.coverage[0], coverageFields);
check("DistinctiveTerms", c.distinctive[1], distinctiveFields);
check("DistinctiveTerm", c.distinctive[1].terms[0], distinctiveTermFields);
const tokens: Tokens = tokenize(text);
const firstKind: TokenKind | null = tokens.kinds[tokens.kind[0]];
const lines: KwicLine[] = kwic(text, "Obama", 3);
const kwicFields: Fields<KwicLine> = { left: true, matched: true, right: true, leftText: true, matchedText: true, rightText: true };
check("KwicLine", lines[0], kwicFields);
const stemmedLines: KwicLine[] = kwic(text, "pulling", { window: 2, stem: true });
if (stemmedLines[0].matchedText !== "pulled") throw new Error("kwic by stem: " + stemmedLines[0].matchedText);
const frequencyOptions: FrequencyOptions = { stopwords: "none", stem: false };
const table: Frequencies = frequencies(text, frequencyOptions);
const frequencyFields: Fields<Frequencies> = { terms: true, forms: true, counts: true, totalWords: true };
const news: FrequencyOptions = { stopwords: "reporting", extraStopwords: ["Sony"], stem: true };
const newsTable: Frequencies = frequencies(text, news);
if (newsTable.terms.includes("said") || newsTable.terms.includes("soni") || newsTable.forms.length !== newsTable.terms.length) throw new Error("reporting preset: " + newsTable.terms);
check("Frequencies", table, frequencyFields);
if (!(table.counts instanceof Uint32Array) || table.terms.length !== table.counts.length || table.counts[0] < table.counts[table.counts.length - 1]) throw new Error("frequencies");
if (firstKind !== "punctuation" || !(tokens.start instanceof Uint32Array)) throw new Error("tokens: " + firstKind);
const sentences: SpanList = a.sentences;
const firstSentence: Span | undefined = spanAt(sentences, 0);
const mentions: Span[] = spans(a.speakers[0].mentions);
for (const list of [a.sentences, a.paragraphs, a.terms.words[0].occurrences, a.speakers[0].mentions, c.articles[0].analysis.sentences]) {
  if (!(list instanceof Uint32Array) || list.length % 2 !== 0 || list.length === 0) throw new Error("span list: " + list);
}
if (!firstSentence || spanAt(sentences, sentences.length) !== undefined) throw new Error("spanAt");
if (text.slice(mentions[0].start, mentions[0].end) !== "Obama") throw new Error("mentions: " + JSON.stringify(mentions));
check("Span (from spans)", mentions[0], spanFields);
const speaker: string | null = q.speaker;
console.log(JSON.stringify({ version: version(), speaker, worker: typeof maker }));
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2022", "DOM"],
    outDir: "out",
    skipLibCheck: false,
  },
  files: ["consumer.ts"],
};

test("tsc --strict accepts the declarations and results have exactly the declared fields", () => {
  const dir = makeProject("ts", { "consumer.ts": CONSUMER, "tsconfig.json": JSON.stringify(TSCONFIG) });
  const tsc = join(ROOT, "node_modules", ".bin", "tsc");
  run(tsc, ["--noEmit", "-p", "."], dir);
  // The entries' declarations resolve however a project resolves modules.
  for (const [moduleResolution, module] of [["bundler", "ESNext"], ["node16", "Node16"], ["node10", "CommonJS"]]) {
    const config = { ...TSCONFIG, compilerOptions: { ...TSCONFIG.compilerOptions, moduleResolution, module } };
    writeFileSync(join(dir, `tsconfig.${moduleResolution}.json`), JSON.stringify(config));
    run(tsc, ["--noEmit", "-p", `tsconfig.${moduleResolution}.json`], dir);
  }
  run(tsc, ["-p", "."], dir);
  const out = JSON.parse(run("node", ["out/consumer.js"], dir));
  assert.equal(out.speaker, "Obama");
  assert.match(out.version, /^\d+\.\d+\.\d+/);
});

test("tsc rejects a misuse of the API", () => {
  const tsc = join(ROOT, "node_modules", ".bin", "tsc");
  const misuses = {
    options: `import { analyze } from "lede";\nconst n: number = analyze("x", { topTerms: "many" }).quotes;\n`,
    // compare() is in lede/full only.
    entry: `import { compare } from "lede";\ncompare(["a", "b"]);\n`,
  };
  for (const [name, bad] of Object.entries(misuses)) {
    const dir = makeProject(`ts-bad-${name}`, { "consumer.ts": bad, "tsconfig.json": JSON.stringify(TSCONFIG) });
    assert.throws(() => run(tsc, ["--noEmit", "-p", "."], dir), (e) => /error TS/.test(e.message), name);
  }
});
