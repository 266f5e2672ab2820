//! Lede analyses news text: words, sentences and paragraphs with spans back into
//! the text, term statistics, quotations with their speakers, and comparison of
//! several articles covering the same story.
//!
//! The crate is a plain native library; the WebAssembly bindings live in the
//! `wasm` module, compiled only for `wasm32`, and convert every span from UTF-8
//! byte offsets to UTF-16 code units.
//!
//! # Example
//! ```
//! let text = "“We will respond,” Obama said. It was “proportional.”";
//! let analysis = lede::analyze(text);
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.span.slice(text), "We will respond,");
//! assert_eq!(quote.speaker.as_deref(), Some("Obama"));
//! assert_eq!(analysis.stats.sentences, 2);
//! ```
#![deny(missing_docs)]

mod ascii;
pub mod boilerplate;
mod case;
pub mod compare;
pub mod corrections;
mod document;
mod error;
mod forms;
mod hash;
mod id;
pub mod lexicon;
mod options;
pub mod quotes;
mod sort;
mod span;
pub mod stats;
#[cfg(any(target_arch = "wasm32", test))]
mod tape;
pub mod terms;
pub mod tokenize;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::Serialize;

pub use boilerplate::Boilerplate;
pub use compare::{compare, compare_with, Article, CompareOptions, Comparison};
pub use corrections::{Correction, CorrectionResult, CorrectionStatus, QuoteRef};
pub use error::Error;
pub use options::{Options, Stopwords};
pub use quotes::{Cue, Note, Quote, QuoteKind, Speaker};
pub use span::{MapSpans, Span, Utf16Cursor, Utf16Map};
pub use stats::Stats;
pub use terms::{frequencies, kwic, kwic_by_stem, Frequencies, Kwic, Term, Terms};
pub use tokenize::{Token, TokenKind};

/// Everything Lede finds in one article.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// Counts and readability figures.
    pub stats: Stats,
    /// Sentence spans, in text order.
    pub sentences: Vec<Span>,
    /// Paragraph spans (blank-line separated blocks), in text order.
    pub paragraphs: Vec<Span>,
    /// Top words, key phrases and names.
    pub terms: Terms,
    /// Every quotation, in text order.
    pub quotes: Vec<Quote>,
    /// Everyone quoted, with their quotes and share of the words.
    pub speakers: Vec<Speaker>,
    /// Site furniture set aside from the statistics.
    pub boilerplate: Vec<Boilerplate>,
    /// Things noticed in the text that may need a look (unclosed marks, ...).
    pub notes: Vec<Note>,
    /// What became of each of the reader's corrections (`Options::corrections`),
    /// in their order: applied, or why not.
    pub corrections: Vec<CorrectionResult>,
    /// Every token (not serialised; available to Rust callers).
    #[serde(skip)]
    pub tokens: Vec<Token>,
}

impl MapSpans for Analysis {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.sentences.map_spans(map);
        self.paragraphs.map_spans(map);
        self.terms.map_spans(map);
        self.quotes.map_spans(map);
        self.speakers.map_spans(map);
        self.boilerplate.map_spans(map);
        self.notes.map_spans(map);
        self.tokens.map_spans(map);
    }
}

/// Analyses `text` with the default [`Options`].
///
/// # Examples
/// ```
/// let analysis = lede::analyze("Sony canceled the film. Sony said nothing.");
/// assert_eq!(analysis.terms.words[0].term, "Sony");
/// assert_eq!(analysis.terms.words[0].count, 2);
/// ```
pub fn analyze(text: &str) -> Analysis {
    let options = Options {
        max_bytes: usize::MAX,
        ..Options::default()
    };
    analyze_with(text, &options).expect("no limit can be exceeded")
}

/// Analyses `text` with `options`.
///
/// Fails only when the text is over `options.max_bytes`.
///
/// # Examples
/// ```
/// let options = lede::Options { max_bytes: 10, ..Default::default() };
/// assert!(lede::analyze_with("a text longer than ten bytes", &options).is_err());
/// ```
pub fn analyze_with(text: &str, options: &Options) -> Result<Analysis, Error> {
    analyze_parts(text, options, true)
}

/// [`analyze_with`], with each quotation's `text` left empty unless `quote_text`
/// (see [`quotes::find`]).
pub(crate) fn analyze_parts(
    text: &str,
    options: &Options,
    quote_text: bool,
) -> Result<Analysis, Error> {
    if text.len() > options.max_bytes {
        return Err(Error::too_large(text.len(), options.max_bytes));
    }
    let doc = document::Document::read(text, options.keep_boilerplate);
    let terms = terms::terms_with_forms(
        text,
        &doc.tokens,
        &doc.forms,
        &doc.counted,
        &doc.sentences,
        options,
    );
    let mut stats = stats::Stats::compute_with_forms(
        text,
        &doc.tokens,
        &doc.forms,
        &doc.counted,
        &doc.sentences,
        &doc.paragraphs,
        &doc.excluded,
    );
    let found = quotes::find_with(&doc, quote_text);
    stats.count_quotes(&found.quotes);
    let total_words = doc.counted.iter().filter(|&&c| c).count();
    let document::Document {
        tokens,
        sentences,
        paragraphs,
        boilerplate,
        ..
    } = doc;
    let mut analysis = Analysis {
        stats,
        sentences,
        paragraphs,
        terms,
        quotes: found.quotes,
        speakers: found.speakers,
        boilerplate,
        notes: found.notes,
        corrections: Vec::new(),
        tokens,
    };
    corrections::apply(text, &mut analysis, &options.corrections, total_words);
    Ok(analysis)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
