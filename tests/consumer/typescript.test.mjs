// (4) The declarations: a consumer compiles against the package with `tsc --strict`,
// and real results have exactly the declared fields (checked through `keyof`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, makeProject, run } from "./helpers.mjs";

// `Record<keyof T, true>` makes tsc insist that each list names every declared field and
// no other; at run time the same lists are compared with the keys of real results.
const CONSUMER = `
import { analyze, compare, version, tokenize, kwic } from "lede";
import type { Analysis, Comparison, Quote, Speaker, Stats, Term, Terms, Cue, Span, Boilerplate, Note,
  AnalyzeOptions, ArticleSummary, SharedTerm, Tokens, KwicLine, TokenKind } from "lede";
import { createWorker, type LedeWorker } from "lede/worker";

type Fields<T> = Record<keyof T, true>;
const analysisFields: Fields<Analysis> = { stats: true, sentences: true, paragraphs: true, terms: true, quotes: true,
  speakers: true, boilerplate: true, notes: true };
const statsFields: Fields<Stats> = { characters: true, words: true, uniqueWords: true, sentences: true, paragraphs: true,
  avgSentenceWords: true, typeTokenRatio: true, readingMinutes: true, fleschReadingEase: true, quotes: true,
  quotedWords: true, quotedShare: true, boilerplateCharacters: true };
const termsFields: Fields<Terms> = { words: true, phrases: true, names: true, unique: true, totalWords: true };
const termFields: Fields<Term> = { term: true, norm: true, count: true, perThousand: true, occurrences: true };
const quoteFields: Fields<Quote> = { span: true, text: true, kind: true, speaker: true, speakerId: true, cue: true,
  mention: true, rule: true, words: true, parent: true, repeats: true };
const cueFields: Fields<Cue> = { span: true, lemma: true };
const speakerFields: Fields<Speaker> = { name: true, quotes: true, quotedWords: true, share: true, mentions: true };
const spanFields: Fields<Span> = { start: true, end: true };
const boilerplateFields: Fields<Boilerplate> = { span: true, reason: true };
const noteFields: Fields<Note> = { span: true, code: true, message: true };
const comparisonFields: Fields<Comparison> = { articles: true, similarity: true, sharedTerms: true };
const articleFields: Fields<ArticleSummary> = { id: true, title: true, analysis: true };
const sharedTermFields: Fields<SharedTerm> = { term: true, counts: true };

const options: AnalyzeOptions = { stopwords: ["sony"], stem: true, topTerms: 10, keepBoilerplate: false, maxBytes: 1 << 20 };
const text = "“We will respond,” Obama said. Sony’s film “The Interview” was pulled. An unclosed “quote\\n\\nCopyright 2014 NPR.";
const a: Analysis = analyze(text, options);
const c: Comparison = compare([text, { id: "b", title: "B", text: "Sony pulled “The Interview.” “We will respond,” Obama said." }]);
const maker: () => LedeWorker = createWorker;

function check(name: string, value: object, fields: object) {
  const got = Object.keys(value).sort().join(",");
  const want = Object.keys(fields).sort().join(",");
  if (got !== want) throw new Error(name + ": result has [" + got + "] but the declarations say [" + want + "]");
}
const q: Quote = a.quotes.find((q) => q.speaker !== null)!;
check("Analysis", a, analysisFields);
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
const tokens: Tokens = tokenize(text);
const firstKind: TokenKind | null = tokens.kinds[tokens.kind[0]];
const lines: KwicLine[] = kwic(text, "Obama", 3);
const kwicFields: Fields<KwicLine> = { left: true, matched: true, right: true, leftText: true, matchedText: true, rightText: true };
check("KwicLine", lines[0], kwicFields);
if (firstKind !== "punctuation" || !(tokens.start instanceof Uint32Array)) throw new Error("tokens: " + firstKind);
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
  run(tsc, ["-p", "."], dir);
  const out = JSON.parse(run("node", ["out/consumer.js"], dir));
  assert.equal(out.speaker, "Obama");
  assert.match(out.version, /^\d+\.\d+\.\d+/);
});

test("tsc rejects a misuse of the API", () => {
  const bad = `import { analyze } from "lede";\nconst n: number = analyze("x", { topTerms: "many" }).quotes;\n`;
  const dir = makeProject("ts-bad", { "consumer.ts": bad, "tsconfig.json": JSON.stringify(TSCONFIG) });
  const tsc = join(ROOT, "node_modules", ".bin", "tsc");
  assert.throws(() => run(tsc, ["--noEmit", "-p", "."], dir));
});
