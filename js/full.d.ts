// Lede's `lede/full` entry: everything in `lede`, plus compare(). Its init() loads
// lede_full_bg.wasm instead of lede_bg.wasm.
import type { ArticleInput, CompareOptions, Comparison } from "./types.js";

export * from "./index.js";
export { default } from "./index.js";

/** Compares two or more articles. Throws an Error for bad input or options. */
export function compare(articles: Array<string | ArticleInput>, options?: CompareOptions): Comparison;
