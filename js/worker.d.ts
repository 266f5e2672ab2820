import type { Analysis, AnalyzeOptions, ArticleInput, CompareOptions, Comparison } from "./types.js";

/** Lede running in a module Web Worker. */
export interface LedeWorker {
  /** Analyses one article off the main thread. */
  analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;
  /** Compares articles off the main thread; the first call loads the full engine (`lede/full`) in the worker. */
  compare(articles: Array<string | ArticleInput>, options?: CompareOptions): Promise<Comparison>;
  /** Stops the worker; pending calls are rejected. */
  terminate(): void;
}

/** Starts a module Web Worker running the engine (`lede`; `lede/full` too once `compare` is called). */
export function createWorker(): LedeWorker;
