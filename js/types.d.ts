// Types for Lede. Every span is { start, end } in UTF-16 code units of the text
// it belongs to, so `text.slice(span.start, span.end)` is exactly the spanned text.

/** A half-open range of UTF-16 code-unit offsets: `text.slice(start, end)`. */
export interface Span {
  /** First code unit inside the span. */
  start: number;
  /** First code unit after the span. */
  end: number;
}

/**
 * Spans that grow with the text (sentences, paragraphs, term occurrences, speaker
 * mentions), flat: `[start0, end0, start1, end1, …]` in UTF-16 code units. Span `i`
 * is `text.slice(list[2 * i], list[2 * i + 1])`; {@link spans} turns a list into
 * `Span` objects and {@link spanAt} reads one.
 */
export type SpanList = Uint32Array;

/**
 * Stop words left out of the term counts: `"default"` (the Snowball English list),
 * `"reporting"` (that list and the reporting verbs that lead every news article's
 * counts: said, says, told, added, according, …), `"none"`, or your own words instead.
 */
export type StopwordPreset = "default" | "reporting" | "none" | string[];

/** Options for {@link analyze}. Every field is optional. */
export interface AnalyzeOptions {
  /** Stop words left out of the term counts (default `"default"`); see {@link StopwordPreset}. */
  stopwords?: StopwordPreset;
  /** More words left out of the term counts on top of `stopwords`, matched case-insensitively (default none). */
  extraStopwords?: string[];
  /** Group word forms by their Snowball English stem (default false). */
  stem?: boolean;
  /** How many words, phrases and names each term list returns (default 25). */
  topTerms?: number;
  /** Count boilerplate (navigation, copyright, promos) in the statistics (default false). */
  keepBoilerplate?: boolean;
  /** Texts longer than this many UTF-8 bytes are refused with an Error (default 64 MiB). */
  maxBytes?: number;
  /**
   * The reader's corrections of this article's quotations and speakers, applied in order after
   * the quotation finder (default none); each one's outcome is in the analysis' `corrections`.
   * See {@link Correction}. `compare` takes them per article instead (`ArticleInput.corrections`).
   */
  corrections?: Correction[];
}

/**
 * Which quotation a correction is about: its quoted words (a string is `{ text }`), and when
 * several quotations have those words, the text just before it (`before`, opening mark
 * included; the page keeps 32 characters) and which of them it is (`occurrence`, from 0).
 * No offsets: an edit elsewhere in the text leaves the reference good. A quotation whose words
 * are the only ones like them is found even after the text before it changed; several alike
 * with nothing to tell them apart make the correction `ambiguous`, never a guess.
 */
export type QuoteRef = string | {
  /** The quoted words as they stand in the text, without the marks (`Quote.text`). */
  text: string;
  /** Which of the quotations with these words, from 0 (default 0). */
  occurrence?: number;
  /** The text just before the quoted words (default none). */
  before?: string;
};

/**
 * One correction by the reader:
 * - `speaker`: the quotation is `speaker`'s (a speaker of the article, matched by name, or a new
 *   name), or no one's with `null`. A quotation that was not speech becomes `partial` speech.
 *   The engine's cue, mention and rule for it are dropped (`null`).
 * - `kind`: the quotation is speech (`direct`, `partial`) or not (`title`, `scare`: then it has
 *   no speaker). A quotation inside speech stays `nested`.
 * - `merge`: every quotation of speaker `from` is `into`'s (an article's speaker, or a new
 *   name, which renames `from`); cues and mentions stay.
 * - `split`: the quotations `quotes` of `speaker` (two people the article or the engine took
 *   for one) are `name`'s.
 */
export type Correction =
  | { type: "speaker"; quote: QuoteRef; speaker: string | null }
  | { type: "kind"; quote: QuoteRef; kind: "direct" | "partial" | "title" | "scare" }
  | { type: "merge"; from: string; into: string }
  | { type: "split"; speaker: string; quotes: QuoteRef[]; name: string };

/** What became of one correction, in the order they were given. */
export interface CorrectionResult {
  /**
   * `applied`; `partial` (a split found only some of its quotations); `not-found` (the
   * quotation or speaker is no longer in the text: nothing changed); `ambiguous` (several
   * quotations fit and nothing tells which: nothing changed); `skipped` (after the first 1,000
   * corrections of an article, which are all that are applied).
   */
  status: "applied" | "partial" | "not-found" | "ambiguous" | "skipped";
  /** Indices in `quotes` of the quotations it changed, in text order (the reader's decisions). */
  quotes: number[];
  /** A sentence for people: what was done, or what was not found. */
  message: string;
}

/** Options for {@link frequencies}. Every field is optional. */
export interface FrequencyOptions {
  /** Stop words left out of the counts (default `"default"`); see {@link StopwordPreset}. */
  stopwords?: StopwordPreset;
  /** More words left out on top of `stopwords`, matched case-insensitively (default none). */
  extraStopwords?: string[];
  /** Count by Snowball English stem (default false). */
  stem?: boolean;
  /** Texts longer than this many UTF-8 bytes are refused with an Error (default 64 MiB). */
  maxBytes?: number;
}

/**
 * Options for {@link compare}: the analysis options for every article, and the comparison's own.
 * Corrections are each article's own: `ArticleInput.corrections` (a `corrections` option throws).
 */
export interface CompareOptions extends Omit<AnalyzeOptions, "corrections"> {
  /** More articles than this are refused with an Error (default 1000). */
  maxArticles?: number;
  /** A distinctive term occurs at least this often in its article (default 3). */
  minCount?: number;
  /** A distinctive term has a G² at least this high (default 3.84, p < 0.05). */
  minG2?: number;
  /** Words per shingle for `containment` (default 5, 1 to 64). */
  shingleWords?: number;
  /** Shortest shared passage in words (default 8, 2 to 64). */
  passageWords?: number;
  /** Most shared passages returned; the longest are kept (default 2000). */
  maxPassages?: number;
}

/** Counts and readability figures (boilerplate left out unless kept). */
export interface Stats {
  /** Characters (Unicode code points) in the whole text. */
  characters: number;
  /** Word and number tokens. */
  words: number;
  /** Distinct normalised words. */
  uniqueWords: number;
  /** Sentences. */
  sentences: number;
  /** Paragraphs. */
  paragraphs: number;
  /** Mean words per sentence. */
  avgSentenceWords: number;
  /** Distinct words divided by words. */
  typeTokenRatio: number;
  /** Reading time in minutes at 238 words a minute. */
  readingMinutes: number;
  /** Flesch reading ease: higher is easier; 60–70 is plain English. */
  fleschReadingEase: number;
  /** Quotations that are speech (direct, partial or nested). */
  quotes: number;
  /** Words inside speech quotations (nested ones counted once). */
  quotedWords: number;
  /** Share of the words inside speech quotations, 0 to 1. */
  quotedShare: number;
  /** Boilerplate characters set aside. */
  boilerplateCharacters: number;
}

/** A word, phrase or name with its count and occurrences. */
export interface Term {
  /** The most frequent surface form ("Sony", "North Korea"). */
  term: string;
  /** The normalised form the count is keyed on (the stem when stemming). */
  norm: string;
  /** How many times it occurs. */
  count: number;
  /** Occurrences per 1,000 words. */
  perThousand: number;
  /** Every occurrence, in text order. */
  occurrences: SpanList;
}

/** The top terms of an article. */
export interface Terms {
  /** Single words, stop words left out, most frequent first. */
  words: Term[];
  /** Two- and three-word phrases that cross no stop word or punctuation. */
  phrases: Term[];
  /** Runs of capitalised words that are names, not just sentence starts. */
  names: Term[];
  /** Distinct terms counted (after stop words, possessives and stemming). */
  unique: number;
  /** Words the frequencies are relative to (boilerplate left out). */
  totalWords: number;
}

/** What a token is. */
export type TokenKind = "word" | "number" | "punctuation" | "symbol" | "url" | "email" | "handle" | "hashtag" | "emoji";

/** Every token of a text as parallel typed arrays (compact for long texts). */
export interface Tokens {
  /** UTF-16 start offset of each token. */
  start: Uint32Array;
  /** UTF-16 end offset of each token. */
  end: Uint32Array;
  /** Each token's kind, as an index into `kinds`. */
  kind: Uint8Array;
  /** Kind names by index (an index no token uses holds null). */
  kinds: Array<TokenKind | null>;
}

/** A text's whole frequency table: `terms[i]` occurs `counts[i]` times; most frequent first, ties in text order. */
export interface Frequencies {
  /** Normalised terms (lowercase, `’` as `'`; the stem when stemming), by the rules of {@link Terms}. */
  terms: string[];
  /**
   * The word form of each term that occurs most often, to show for a stem (`"companies"`
   * for `"compani"`); the same array as `terms` without stemming.
   */
  forms: string[];
  /** How many times each term occurs. */
  counts: Uint32Array;
  /** Word-like tokens in the whole text (boilerplate is not looked for here). */
  totalWords: number;
}

/** Options for {@link kwic}. Every field is optional. */
export interface KwicOptions {
  /** Words of context on each side (default 5). */
  window?: number;
  /** Match words by their Snowball English stem, as counts are when stemming: "attack" finds "attacks" (default false). */
  stem?: boolean;
}

/** One keyword-in-context line. */
export interface KwicLine {
  /** The words before the match. */
  left: Span;
  /** The match. */
  matched: Span;
  /** The words after the match. */
  right: Span;
  /** The text of `left`. */
  leftText: string;
  /** The text of `matched`. */
  matchedText: string;
  /** The text of `right`. */
  rightText: string;
}

/** What a quotation is: speech (`direct`, `partial`, `nested`) or not (`title`, `scare`). */
export type QuoteKind = "direct" | "partial" | "nested" | "title" | "scare";

/** The words that attribute a quotation. */
export interface Cue {
  /** The cue in the text ("says", "according to"). */
  span: Span;
  /** The speech verb's lemma ("say", "add", "according to"). */
  lemma: string;
}

/** One quotation. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  span: Span;
  /** The quoted words as they stand in the text. */
  text: string;
  /** What kind of quotation it is. */
  kind: QuoteKind;
  /** The speaker's name, or null when no one is named (always null for titles). */
  speaker: string | null;
  /** Index of the speaker in `speakers`, or null. */
  speakerId: number | null;
  /** The speech cue that attributes it, or null. */
  cue: Cue | null;
  /** The mention of the speaker the cue was linked to ("Earnest", "he"), or null. */
  mention: Span | null;
  /** The rule that linked the speaker ("cue-after", "continuation", ...), or null. */
  rule: string | null;
  /** Words in the quotation, counted as `stats.words` counts them (words, numbers, addresses, handles, hashtags); none inside boilerplate. */
  words: number;
  /** For a nested quote, the index of the quotation it sits in. */
  parent: number | null;
  /** For a pull quote, the index of the body quotation it repeats. */
  repeats: number | null;
}

/** Someone quoted in the article. */
export interface Speaker {
  /** The fullest name the article gives ("Josh Earnest"). */
  name: string;
  /** Indices of this speaker's quotations in `quotes`. */
  quotes: number[];
  /** Words in this speaker's quotations. */
  quotedWords: number;
  /** Quoted words as a share of the article's words, 0 to 1. */
  share: number;
  /** Quoted words as a share of all the article's quoted words, 0 to 1. */
  shareOfQuotes: number;
  /** Where the article names or refers to this speaker, in text order. */
  mentions: SpanList;
  /**
   * The role the article first gives this person, as its head noun ("mayor" for "Mayor Joan
   * Tibbs", "spokesman" for "Leo Barr, a spokesman for Acme Foods"; "Sen." reads "senator"),
   * or null when it gives none.
   */
  role: string | null;
}

/** Site furniture set aside from the statistics. */
export interface Boilerplate {
  /** The boilerplate text. */
  span: Span;
  /** Why it was set aside. */
  reason: "navigation" | "copyright" | "promo" | "repeat" | "trailer";
}

/** Something in the text worth a look, such as an unclosed quotation mark. */
export interface Note {
  /** Where. */
  span: Span;
  /** A stable code: "unclosed-quote", "stray-mark" or "unresolved-pronoun". */
  code: string;
  /** A sentence for people. */
  message: string;
}

/** Everything Lede finds in one article. */
export interface Analysis {
  stats: Stats;
  /** Sentence spans in text order. */
  sentences: SpanList;
  /** Paragraph spans (blank-line separated blocks) in text order. */
  paragraphs: SpanList;
  terms: Terms;
  /** Every quotation in text order. */
  quotes: Quote[];
  /** Everyone quoted. */
  speakers: Speaker[];
  /** Boilerplate set aside. */
  boilerplate: Boilerplate[];
  /** Things noticed in the text. */
  notes: Note[];
  /** The outcome of each of `options.corrections`, in order (empty without corrections). */
  corrections: CorrectionResult[];
}

/** An article to compare: a string, or an object with an optional id and title. */
export interface ArticleInput {
  /** Your identifier (default: the article's index as a string). */
  id?: string | number;
  /** A title for display. */
  title?: string;
  /** The article's text. */
  text: string;
  /** The reader's corrections of this article (see {@link Correction}); default none. */
  corrections?: Correction[];
}

/** Word (a single normalised word) or name (a run of capitalised words). */
export type TermKind = "word" | "name";

/** One compared article with its analysis. */
export interface ArticleSummary {
  /** The caller's id. */
  id: string;
  /** The caller's title, or null. */
  title: string | null;
  /** Words compared (boilerplate left out). */
  words: number;
  /** The article's analysis (spans in its own text). */
  analysis: Analysis;
}

/** A term two or more articles use. */
export interface SharedTerm {
  /** The term as usually written. */
  term: string;
  /** Its normalised form. */
  norm: string;
  /** Word or name. */
  kind: TermKind;
  /** Its count in each article, in article order. */
  counts: number[];
  /** How many articles use it. */
  articles: number;
}

/** A term one article uses significantly more than the others. */
export interface DistinctiveTerm {
  /** The term as usually written. */
  term: string;
  /** Its normalised form. */
  norm: string;
  /** Word or name. */
  kind: TermKind;
  /** Its count in this article. */
  count: number;
  /** Its count in all the other articles together. */
  others: number;
  /** Dunning's log-likelihood G² (3.84 is p < 0.05, 6.63 is p < 0.01). */
  g2: number;
  /** Hardie's log ratio: log2 of the ratio of relative frequencies; each point doubles it. */
  logRatio: number;
}

/** The terms that set one article apart. */
export interface DistinctiveTerms {
  /** Index of the article. */
  article: number;
  /** Its distinctive terms, highest G² first. */
  terms: DistinctiveTerm[];
}

/** One step of a word-level difference between two versions of a quote. */
export interface DiffOp {
  /** `equal`: in both; `insert`: only in this version; `delete`: only in the reference. */
  op: "equal" | "insert" | "delete";
  /** The words as written. */
  text: string;
  /** How many words. */
  words: number;
}

/** One article's version of a quote in a {@link QuoteGroup}. */
export interface AlignedQuote {
  /** Index of the article. */
  article: number;
  /** Index of the quote in that article's `analysis.quotes`. */
  quote: number;
  /** The quoted words in that article's text. */
  span: Span;
  /** The quoted words as they stand. */
  text: string;
  /** The speaker that article gives, or null. */
  speaker: string | null;
  /** Index of that speaker in the comparison's `speakers`, or null. */
  speakerId: number | null;
  /** Words in this version. */
  words: number;
  /** The edit script from the reference version to this one. */
  diff: DiffOp[];
}

/** The same spoken words as reported by several articles. */
export interface QuoteGroup {
  /** The versions, by article then position. */
  quotes: AlignedQuote[];
  /** Index in `quotes` of the version the others are diffed against (the longest). */
  reference: number;
  /** The articles that have a version. */
  articles: number[];
  /** The distinct speakers the versions are attributed to. */
  speakers: string[];
  /** True when two articles attribute the words to different speakers. */
  speakersDiffer: boolean;
}

/** A quote repeated inside one article (a pull quote) and the body quote it repeats. */
export interface QuoteRepeat {
  /** Index of the article. */
  article: number;
  /** Index of the pull quote in `analysis.quotes`. */
  quote: number;
  /** Its span. */
  span: Span;
  /** Index of the body quote it repeats. */
  of: number;
  /** The body quote's span. */
  ofSpan: Span;
}

/** One article in which a speaker is quoted. */
export interface SpeakerInArticle {
  /** Index of the article. */
  article: number;
  /** Index of the speaker in that article's `analysis.speakers`. */
  speaker: number;
  /** The name that article uses. */
  name: string;
  /** Quotations there. */
  quotes: number;
  /** Quoted words there. */
  words: number;
}

/** A speaker across the compared articles. */
export interface CrossSpeaker {
  /** The fullest name any article gives. */
  name: string;
  /** The normalised key names are matched on. */
  key: string;
  /** Where the speaker is quoted. */
  articles: SpeakerInArticle[];
  /** Quotations in all articles. */
  quotes: number;
  /** Quoted words in all articles. */
  words: number;
  /** The only article quoting this speaker, or null when several do. */
  onlyIn: number | null;
}

/** One side of a shared passage. */
export interface PassageSide {
  /** Index of the article. */
  article: number;
  /** The passage in that article's text. */
  span: Span;
}

/** A run of at least `passageWords` words that two articles share. */
export interface SharedPassage {
  /** The passage in the article with the lower index. */
  a: PassageSide;
  /** The passage in the other article. */
  b: PassageSide;
  /** Words in the passage. */
  words: number;
  /** `quotation`: mostly inside quotes; `narrative`: the writer's words (wire copy, press release). */
  kind: "quotation" | "narrative";
  /** Share of the passage's words inside quotations, 0 to 1. */
  quotedShare: number;
  /** The passage as written in article `a`. */
  text: string;
}

/** Which articles mention a speaker, name or key term. */
export interface CoverageRow {
  /** What to show. */
  label: string;
  /** The normalised key. */
  norm: string;
  /** Speaker, name or term. */
  kind: "speaker" | "name" | "term";
  /** For each article: quotations (speakers) or occurrences (names, terms). */
  counts: number[];
  /** How many articles have a count above zero. */
  articles: number;
}

/** The comparison of two or more articles. */
export interface Comparison {
  /** Each article with its analysis, in input order. */
  articles: ArticleSummary[];
  /** Cosine similarity of TF-IDF vectors (IDF from the compared set, smoothed): symmetric, 0 to 1. */
  similarity: number[][];
  /** `containment[i][j]`: share of article i's 5-word shingles found in article j (not symmetric). */
  containment: number[][];
  /** Terms and names two or more articles use. */
  sharedTerms: SharedTerm[];
  /** For each article, the terms that set it apart (G² with log ratio). */
  distinctive: DistinctiveTerms[];
  /** Quotes that report the same words in several articles (or repeat them in one). */
  quoteGroups: QuoteGroup[];
  /** Pull quotes linked to the body quotes they repeat. */
  repeats: QuoteRepeat[];
  /** Who is quoted in which article. */
  speakers: CrossSpeaker[];
  /** Runs of text two articles share. */
  passages: SharedPassage[];
  /** Which articles mention the speakers, names and key terms. */
  coverage: CoverageRow[];
}
