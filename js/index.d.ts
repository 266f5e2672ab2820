// Lede's `lede` entry: the engine without compare(), for the smallest download
// (`lede/full` adds compare()). Every span is { start, end } in UTF-16 code units of
// the text it belongs to, so `text.slice(span.start, span.end)` is the spanned text.
// If the engine fails inside any call (a trap in the WebAssembly: a bug, or memory running
// out), the call throws an Error "lede: internal error while analysing; the engine was
// restarted" whose `cause` is the trap, and the next call runs on a fresh instance.
import type { Analysis, AnalyzeOptions, Frequencies, FrequencyOptions, KwicLine, KwicOptions, Span, SpanList, Tokens } from "./types.js";

export * from "./types.js";

/**
 * Loads the engine (browsers and bundlers). Call once and await it before anything else;
 * `input` may be a URL, Response, bytes or WebAssembly.Module (default: the bundled `.wasm`).
 */
export default function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Instantiates the engine synchronously from the `.wasm` bytes or a compiled module. */
export function initSync(bytes: BufferSource | WebAssembly.Module): void;
/** True once the engine is ready. */
export function isReady(): boolean;
/** Analyses one article. Throws an Error for a non-string text or bad options. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;
/** Every token of `text` as typed arrays of UTF-16 offsets and kinds. */
export function tokenize(text: string): Tokens;
/** Tokenises `text` and counts every term (not only the top ones): a fast, compact frequency table. */
export function frequencies(text: string, options?: FrequencyOptions): Frequencies;
/**
 * Keyword in context: every occurrence of `term` (a word or words, matched on normalised
 * forms, or on stems with `stem: true`) with up to `window` (default 5) words either side;
 * the third argument is the window or {@link KwicOptions}.
 */
export function kwic(text: string, term: string, options?: number | KwicOptions): KwicLine[];
/** The engine's version. */
export function version(): string;
/** The spans of a {@link SpanList} as objects (needs no initialisation). */
export function spans(list: SpanList): Span[];
/** Span `i` of a {@link SpanList}, or undefined past its end (needs no initialisation). */
export function spanAt(list: SpanList, i: number): Span | undefined;
/** Bytes of WebAssembly memory the engine holds now (it grows, and is reused, across calls). */
export function memoryBytes(): number;
