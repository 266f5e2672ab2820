//! Comparing articles: similarity, shared and distinctive terms, aligned
//! quotes, speakers, shared passages and coverage.
//!
//! [`compare`] analyses each article, puts all of them into one vocabulary of
//! normalised words, and then runs each step over the whole set:
//!
//! - **similarity**: TF-IDF cosine for every pair (`similarity`) and
//!   word-shingle containment (`containment`, not symmetric);
//! - **terms**: terms shared by several articles (`sharedTerms`) and the
//!   terms that distinguish each article (`distinctive`, by log-likelihood);
//! - **quotes**: the speech quotations that report the same words, across
//!   articles or repeated in one (`quoteGroups`, `repeats`), with a word diff;
//! - **speakers**: who is quoted where (`speakers`);
//! - **passages**: runs of at least 8 words two articles share (`passages`);
//! - **coverage**: which articles mention the key speakers, names and terms.
//!
//! Every step costs time in proportion to the words of the articles plus the
//! pairs of articles (or of quotes) that really share something; matrices are
//! `n × n`. Outputs are sorted Vecs, and every number is finite.
//!
//! Spans are UTF-8 byte offsets into the article the item names (every item
//! that carries a span also carries its `article` index); convert them for
//! JavaScript with [`Comparison::map_spans_per_article`].

mod align;
mod coverage;
mod diff;
mod distinctive;
mod passages;
mod prep;
mod similarity;
mod speakers;

use serde::Serialize;

pub use align::{AlignedQuote, DiffKind, DiffOp, QuoteGroup, QuoteRepeat};
pub use coverage::{CoverageKind, CoverageRow};
pub use distinctive::{DistinctiveTerm, DistinctiveTerms, SharedTerm, TermKind};
pub use passages::{PassageKind, PassageSide, SharedPassage};
pub use speakers::{CrossSpeaker, SpeakerInArticle};

use crate::error::Error;
use crate::options::Options;
use crate::span::{MapSpans, Utf16Map};
use crate::{analyze_with, Analysis};

/// One article to compare.
#[derive(Debug, Clone, PartialEq)]
pub struct Article<'t> {
    /// A caller's identifier (an empty one becomes the article's position).
    pub id: String,
    /// A title for display.
    pub title: Option<String>,
    /// The article's text.
    pub text: &'t str,
}

/// Options for [`compare_with`].
///
/// # Examples
/// ```
/// let options = lede::CompareOptions { min_count: 2, ..Default::default() };
/// assert_eq!(options.passage_words, 8);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CompareOptions {
    /// Options for analysing each article. Its `corrections` apply to every
    /// article; for each article's own, analyse each with its corrections and
    /// compare the analyses with [`compare_analyses`].
    pub analysis: Options,
    /// More articles than this are refused with an error.
    pub max_articles: usize,
    /// How many shared terms, distinctive terms per article and coverage rows
    /// of each kind to return.
    pub top_terms: usize,
    /// A distinctive term occurs at least this often in its article.
    pub min_count: usize,
    /// A distinctive term has a log-likelihood G² at least this high
    /// (3.84 is significance at p < 0.05 with one degree of freedom).
    pub min_g2: f64,
    /// Words per shingle for `containment` (1 to 64).
    pub shingle_words: usize,
    /// Shortest shared passage, in words (2 to 64).
    pub passage_words: usize,
    /// Most shared passages to return; beyond it, the longest are kept.
    pub max_passages: usize,
}

impl Default for CompareOptions {
    fn default() -> CompareOptions {
        CompareOptions {
            analysis: Options::default(),
            max_articles: 1000,
            top_terms: 25,
            min_count: 3,
            min_g2: 3.84,
            shingle_words: 5,
            passage_words: 8,
            max_passages: 2000,
        }
    }
}

/// Summary of one compared article.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleSummary {
    /// The caller's identifier (the article's position when it was empty).
    pub id: String,
    /// The caller's title, if any.
    pub title: Option<String>,
    /// Words compared (boilerplate left out unless the analysis options keep it).
    pub words: usize,
    /// The article's own analysis.
    pub analysis: Analysis,
}

/// The comparison of two or more articles.
///
/// Matrices are indexed `[i][j]` by article position; every other list is
/// sorted as its documentation says, so equal inputs give equal outputs.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// Each article with its analysis.
    pub articles: Vec<ArticleSummary>,
    /// Cosine similarity of the articles' TF-IDF vectors, `similarity[i][j]`,
    /// 0 to 1, symmetric. Each article is a vector over its content words (no
    /// stop words or numbers), weighted by count times the smoothed inverse
    /// document frequency `ln((1 + n) / (1 + df)) + 1` in the compared set, so
    /// words every article uses count least.
    pub similarity: Vec<Vec<f64>>,
    /// Containment, `containment[i][j] = |S(i) ∩ S(j)| / |S(i)|` where `S(x)`
    /// is the set of runs of `shingleWords` (5) normalised words of article
    /// `x`: the share of article `i`'s wording found in `j`. Not symmetric: an
    /// extract lies wholly (1) in its source, the source only partly in it.
    pub containment: Vec<Vec<f64>>,
    /// Terms and names used by two articles or more: most articles first, then
    /// most used.
    pub shared_terms: Vec<SharedTerm>,
    /// For each article, in order, the terms that set it apart.
    pub distinctive: Vec<DistinctiveTerms>,
    /// Quotations reporting the same words, in order of their first version.
    pub quote_groups: Vec<QuoteGroup>,
    /// Quotations repeated inside one article (pull quotes), by article and position.
    pub repeats: Vec<QuoteRepeat>,
    /// Everyone quoted: those in several articles first, then most quoted.
    pub speakers: Vec<CrossSpeaker>,
    /// Runs of at least `passageWords` (8) words shared by two articles, by
    /// article pair then position (at most `maxPassages`, the longest).
    pub passages: Vec<SharedPassage>,
    /// Key speakers, names and terms, with how often each article has them.
    pub coverage: Vec<CoverageRow>,
}

impl Comparison {
    /// Converts every span to UTF-16 with one map per article (`maps[i]` is
    /// the map of article `i`'s text).
    ///
    /// # Examples
    /// ```
    /// use lede::{Article, Utf16Map};
    /// let texts = ["“Ça va,” Obama said. Then more.", "“Ça va,” Obama said."];
    /// let articles: Vec<Article> = texts
    ///     .iter()
    ///     .map(|t| Article { id: String::new(), title: None, text: t })
    ///     .collect();
    /// let mut c = lede::compare(&articles).unwrap();
    /// let maps: Vec<Utf16Map> = texts.iter().map(|t| Utf16Map::new(t)).collect();
    /// c.map_spans_per_article(&maps);
    /// let q = &c.quote_groups[0].quotes[0];
    /// assert_eq!((q.span.start, q.span.end), (1, 7));
    /// ```
    pub fn map_spans_per_article(&mut self, maps: &[Utf16Map]) {
        for (article, map) in self.articles.iter_mut().zip(maps) {
            article.analysis.map_spans(map);
        }
        for group in &mut self.quote_groups {
            for q in &mut group.quotes {
                if let Some(map) = maps.get(q.article) {
                    q.span.map_spans(map);
                }
            }
        }
        for r in &mut self.repeats {
            if let Some(map) = maps.get(r.article) {
                r.span.map_spans(map);
                r.of_span.map_spans(map);
            }
        }
        for p in &mut self.passages {
            for side in [&mut p.a, &mut p.b] {
                if let Some(map) = maps.get(side.article) {
                    side.span.map_spans(map);
                }
            }
        }
    }
}

/// Compares `articles` with the default options.
///
/// # Examples
/// ```
/// use lede::Article;
/// let a = Article { id: "a".into(), title: None, text: "Sony canceled the film after the hack." };
/// let b = Article { id: "b".into(), title: None, text: "After the hack, Sony canceled the film." };
/// let c = lede::compare(&[a, b]).unwrap();
/// assert!(c.similarity[0][1] > 0.99);
/// assert!(c.containment[0][1] < 1.0);
/// ```
pub fn compare(articles: &[Article<'_>]) -> Result<Comparison, Error> {
    compare_with(articles, &CompareOptions::default())
}

/// Compares `articles` with `options`.
///
/// Fails with fewer than two articles, more than `max_articles`, a text over
/// the analysis size limit, or an option out of range.
///
/// # Examples
/// ```
/// let options = lede::CompareOptions { shingle_words: 0, ..Default::default() };
/// let a = lede::Article { id: "a".into(), title: None, text: "One." };
/// assert!(lede::compare_with(&[a.clone(), a], &options).is_err());
/// ```
pub fn compare_with(
    articles: &[Article<'_>],
    options: &CompareOptions,
) -> Result<Comparison, Error> {
    if articles.len() < 2 {
        return Err(Error::too_few_articles(articles.len()));
    }
    if articles.len() > options.max_articles {
        return Err(Error::too_many_articles(
            articles.len(),
            options.max_articles,
        ));
    }
    validate(options)?;
    let mut analyses = Vec::with_capacity(articles.len());
    for a in articles {
        analyses.push(analyze_with(a.text, &options.analysis)?);
    }
    compare_analyses(articles, analyses, options)
}

/// Compares `articles` whose analyses the caller already has (`analyses[i]`
/// is the analysis of `articles[i].text`), saving the analysis step; the page
/// analyses each article first, then compares them.
///
/// The analyses must be whole, tokens included, as [`analyze_with`] returns
/// them (tokens are not serialised, so an analysis that went through JSON
/// compares as an empty text). Fails as [`compare_with`] does, and when the
/// two lists differ in length.
///
/// # Examples
/// ```
/// use lede::{analyze, Article, CompareOptions};
/// let texts = ["“We will respond,” Obama said.", "“We will respond,” Obama says."];
/// let articles: Vec<Article> = texts
///     .iter()
///     .map(|t| Article { id: String::new(), title: None, text: t })
///     .collect();
/// let analyses = texts.iter().map(|t| analyze(t)).collect();
/// let c = lede::compare::compare_analyses(&articles, analyses, &CompareOptions::default()).unwrap();
/// assert_eq!(c.quote_groups.len(), 1);
/// ```
pub fn compare_analyses(
    articles: &[Article<'_>],
    analyses: Vec<Analysis>,
    options: &CompareOptions,
) -> Result<Comparison, Error> {
    let borrowed: Vec<&Analysis> = analyses.iter().collect();
    let (mut comparison, words) = compare_borrowed(articles, &borrowed, options)?;
    drop(borrowed);
    comparison.articles = summaries(articles, analyses, &words);
    Ok(comparison)
}

/// [`compare_analyses`] of analyses the caller keeps (the WebAssembly bindings
/// keep them between calls): the comparison comes without its `articles`, and
/// with each article's word count, for [`summaries`] to make them.
pub(crate) fn compare_borrowed(
    articles: &[Article<'_>],
    analyses: &[&Analysis],
    options: &CompareOptions,
) -> Result<(Comparison, Vec<usize>), Error> {
    if articles.len() < 2 {
        return Err(Error::too_few_articles(articles.len()));
    }
    if articles.len() > options.max_articles {
        return Err(Error::too_many_articles(
            articles.len(),
            options.max_articles,
        ));
    }
    if analyses.len() != articles.len() {
        return Err(Error::invalid_option(
            "analyses",
            format!("one analysis per article ({})", articles.len()),
            analyses.len().to_string(),
        ));
    }
    validate(options)?;
    let texts: Vec<&str> = articles.iter().map(|a| a.text).collect();
    let n = articles.len();
    let (vocab, docs) = prep::prepare(&texts, analyses, !options.analysis.keep_boilerplate);

    let counts = similarity::term_counts(&vocab, &docs);
    let df = similarity::document_frequency(&counts);
    let cosine = similarity::cosine(&counts, &df);
    let containment = similarity::containment(&docs, options.shingle_words);

    let table = distinctive::term_table(&vocab, &docs, analyses, &counts);
    let shared_terms = distinctive::shared_terms(&vocab, &table, n, options.top_terms);
    let distinctive = distinctive::distinctive(
        &vocab,
        &docs,
        &table,
        &distinctive::Thresholds {
            min_count: options.min_count.max(1),
            min_g2: options.min_g2,
            limit: options.top_terms,
        },
    );

    let speaker_index = speakers::match_speakers(analyses);
    let (quote_groups, repeats) = align::align(&vocab, &docs, analyses, &speaker_index);
    let passages = passages::shared_passages(&docs, options.passage_words, options.max_passages);
    let coverage = coverage::coverage(
        &vocab,
        &table,
        &speaker_index.speakers,
        n,
        options.top_terms,
    );
    let words: Vec<usize> = docs.iter().map(|d| d.ids.len()).collect();
    drop(docs);

    let comparison = Comparison {
        articles: Vec::new(),
        similarity: cosine,
        containment,
        shared_terms,
        distinctive,
        quote_groups,
        repeats,
        speakers: speaker_index.speakers,
        passages,
        coverage,
    };
    Ok((comparison, words))
}

/// The comparison's summary of each article, with `analyses[i]` as article
/// `i`'s analysis and `words[i]` its word count.
pub(crate) fn summaries(
    articles: &[Article<'_>],
    analyses: impl IntoIterator<Item = Analysis>,
    words: &[usize],
) -> Vec<ArticleSummary> {
    articles
        .iter()
        .zip(analyses)
        .zip(words)
        .enumerate()
        .map(|(i, ((a, analysis), &words))| ArticleSummary {
            id: if a.id.is_empty() {
                i.to_string()
            } else {
                a.id.clone()
            },
            title: a.title.clone(),
            words,
            analysis,
        })
        .collect()
}

/// What [`compare_borrowed`] reads of `analysis`, the analysis of `text`, whose
/// `tokens` were taken out of it: its word and number tokens, paragraphs,
/// boilerplate, quotations (with their texts), speakers and names, without the
/// lists only a reader needs (sentences, words and phrases, occurrences,
/// mentions, notes). A caller that keeps analyses to compare later keeps this:
/// about 4 bytes per byte of a news article's text in WebAssembly.
#[cfg(any(all(target_arch = "wasm32", feature = "compare"), test))]
pub(crate) fn comparable(
    analysis: &Analysis,
    mut tokens: Vec<crate::Token>,
    text: &str,
) -> Analysis {
    tokens.retain(|t| matches!(t.kind, crate::TokenKind::Word | crate::TokenKind::Number));
    tokens.shrink_to_fit();
    let names = analysis
        .terms
        .names
        .iter()
        .map(|t| crate::Term {
            occurrences: Vec::new(),
            ..t.clone()
        })
        .collect();
    Analysis {
        stats: analysis.stats.clone(),
        sentences: Vec::new(),
        paragraphs: analysis.paragraphs.clone(),
        terms: crate::Terms {
            words: Vec::new(),
            phrases: Vec::new(),
            names,
            unique: analysis.terms.unique,
            total_words: analysis.terms.total_words,
        },
        quotes: analysis
            .quotes
            .iter()
            .map(|q| crate::Quote {
                text: q.span.slice(text).to_string(),
                ..q.clone()
            })
            .collect(),
        speakers: analysis
            .speakers
            .iter()
            .map(|s| crate::Speaker {
                mentions: Vec::new(),
                ..s.clone()
            })
            .collect(),
        boilerplate: analysis.boilerplate.clone(),
        notes: Vec::new(),
        corrections: Vec::new(),
        tokens,
    }
}

fn validate(options: &CompareOptions) -> Result<(), Error> {
    if !(1..=64).contains(&options.shingle_words) {
        return Err(Error::invalid_option(
            "shingleWords",
            "a whole number from 1 to 64",
            options.shingle_words.to_string(),
        ));
    }
    if !(2..=64).contains(&options.passage_words) {
        return Err(Error::invalid_option(
            "passageWords",
            "a whole number from 2 to 64",
            options.passage_words.to_string(),
        ));
    }
    if !(options.min_g2.is_finite() && options.min_g2 >= 0.0) {
        return Err(Error::invalid_option(
            "minG2",
            "a finite number of 0 or more",
            if options.min_g2.is_nan() {
                "NaN"
            } else if options.min_g2 < 0.0 {
                "a negative number"
            } else {
                "infinity"
            },
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Stopwords;

    const NPR: &str = include_str!("../../www/samples/npr-white-house-proportional.txt");
    const VERGE: &str = include_str!("../../www/samples/verge-obama-will-respond.txt");
    /// A pull quote repeated from the body, boilerplate, and text outside ASCII.
    const PULLED: &str =
        "Share this article\n\n“We will respond proportionally,” Obama said on Friday.\n\n\
        “We will respond proportionally.”\n\nThe café’s owner, Zoë Ames, said: “Ça suffit.” \
        Sony’s lawyers declined to comment.\n\nCopyright 2014 The Ledger. All rights reserved.";

    /// Comparing the [`comparable`] copies of analyses made without quotation
    /// texts (as the WebAssembly bindings keep them) gives what comparing the
    /// whole analyses gives.
    #[test]
    fn comparable_copies_compare_as_whole_analyses() {
        let texts = [NPR, VERGE, PULLED, &format!("{NPR}\n\n{PULLED}")[..]];
        let articles: Vec<Article<'_>> = texts
            .iter()
            .map(|text| Article {
                id: String::new(),
                title: None,
                text,
            })
            .collect();
        let other = Options {
            stopwords: Stopwords::None,
            stem: true,
            top_terms: 100,
            keep_boilerplate: true,
            ..Options::default()
        };
        for analysis in [Options::default(), other] {
            let options = CompareOptions {
                top_terms: analysis.top_terms,
                analysis,
                ..CompareOptions::default()
            };
            let whole: Vec<Analysis> = texts
                .iter()
                .map(|t| analyze_with(t, &options.analysis).unwrap())
                .collect();
            let expected = compare_analyses(&articles, whole.clone(), &options).unwrap();
            let kept: Vec<Analysis> = texts
                .iter()
                .map(|t| {
                    let mut a = crate::analyze_parts(t, &options.analysis, false).unwrap();
                    let tokens = std::mem::take(&mut a.tokens);
                    comparable(&a, tokens, t)
                })
                .collect();
            assert!(kept
                .iter()
                .all(|a| a.sentences.is_empty() && a.terms.words.is_empty()));
            let borrowed: Vec<&Analysis> = kept.iter().collect();
            let (mut comparison, words) = compare_borrowed(&articles, &borrowed, &options).unwrap();
            comparison.articles = summaries(&articles, whole, &words);
            assert_eq!(
                serde_json::to_value(&comparison).unwrap(),
                serde_json::to_value(&expected).unwrap()
            );
            assert!(!expected.quote_groups.is_empty() && !expected.repeats.is_empty());
        }
    }
}
