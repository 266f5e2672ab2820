// Lede's `lede/full` entry: everything in `lede`, plus compare(). Its init() loads
// lede_full_bg.wasm instead of lede_bg.wasm.
import type { Analysis, AnalyzeOptions, ArticleInput, CompareOptions, Comparison, Correction } from "./types.js";

export * from "./index.js";
export { default } from "./index.js";

/** Compares two or more articles. Throws an Error for bad input or options. */
export function compare(articles: Array<string | ArticleInput>, options?: CompareOptions): Comparison;

/** An article for {@link compareKept}: its analysis as {@link analyzeKept} returned it. */
export interface KeptArticle {
  /** Your identifier (default: the article's index as a string). */
  id?: string | number;
  /** A title for display. */
  title?: string;
  /** The very object {@link analyzeKept} returned for the article's text. */
  analysis: Analysis;
  /** The corrections it was analysed with (`options.corrections` of {@link analyzeKept}); default none. */
  corrections?: Correction[];
}

/**
 * Analyses one article as {@link analyze} does, and keeps what comparing needs of it in the
 * engine, so that {@link compareKept} compares it without analysing it again. Free it with
 * {@link release} when the text changes or goes (an analysis garbage-collected unreleased
 * is freed then). Throws as `analyze` does.
 */
export function analyzeKept(text: string, options?: AnalyzeOptions): Analysis;
/**
 * Compares two or more articles from their kept analyses: the result of
 * `compare(texts, options)`, without analysing them again. The analyses must have been made
 * with the analysis options given here (`stopwords`, `extraStopwords`, `stem`, `topTerms`, `keepBoilerplate`)
 * and each with the corrections its article names (`KeptArticle.corrections`);
 * each article's `analysis` in the result is the object you passed. Throws an Error for bad
 * input or options, or an analysis that is not kept (released, or lost to a restart of the
 * engine after an internal error: see {@link isKept}).
 */
export function compareKept(articles: KeptArticle[], options?: CompareOptions): Comparison;
/** Frees what the engine keeps of `analysis` (from {@link analyzeKept}); other values are ignored. */
export function release(analysis: Analysis): void;
/** True while the engine keeps `analysis`: from {@link analyzeKept}, not released, no restart since. */
export function isKept(analysis: Analysis): boolean;
