//! Comparing articles: similarity, shared and distinctive terms, quotes and speakers.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::error::Error;
use crate::options::Options;
use crate::span::{MapSpans, Utf16Map};
use crate::tokenize::{normalize, TokenKind};
use crate::{analyze_with, lexicon, Analysis};

/// One article to compare.
#[derive(Debug, Clone, PartialEq)]
pub struct Article<'t> {
    /// A caller's identifier (defaults to the article's position).
    pub id: String,
    /// A title for display.
    pub title: Option<String>,
    /// The article's text.
    pub text: &'t str,
}

/// Options for [`compare_with`].
#[derive(Debug, Clone, PartialEq)]
pub struct CompareOptions {
    /// Options for analysing each article.
    pub analysis: Options,
    /// More articles than this are refused with an error.
    pub max_articles: usize,
}

impl Default for CompareOptions {
    fn default() -> CompareOptions {
        CompareOptions {
            analysis: Options::default(),
            max_articles: 1000,
        }
    }
}

/// Summary of one compared article.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleSummary {
    /// The caller's identifier.
    pub id: String,
    /// The caller's title, if any.
    pub title: Option<String>,
    /// The article's own analysis.
    pub analysis: Analysis,
}

/// A term and how often each article uses it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SharedTerm {
    /// The term's normalised form.
    pub term: String,
    /// Its count in each article, in article order.
    pub counts: Vec<usize>,
}

/// The comparison of two or more articles.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// Each article with its analysis.
    pub articles: Vec<ArticleSummary>,
    /// Cosine similarity of TF-IDF vectors for every pair: `similarity[i][j]`.
    pub similarity: Vec<Vec<f64>>,
    /// Terms that every article uses, most used first.
    pub shared_terms: Vec<SharedTerm>,
}

impl MapSpans for Comparison {
    fn map_spans(&mut self, _map: &Utf16Map) {
        // Spans are per article; see `map_spans_per_article`.
    }
}

impl Comparison {
    /// Converts every span to UTF-16 with one map per article.
    pub fn map_spans_per_article(&mut self, maps: &[Utf16Map]) {
        for (article, map) in self.articles.iter_mut().zip(maps) {
            article.analysis.map_spans(map);
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
/// ```
pub fn compare(articles: &[Article<'_>]) -> Result<Comparison, Error> {
    compare_with(articles, &CompareOptions::default())
}

/// Compares `articles` with `options`.
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
    let mut analyses = Vec::with_capacity(articles.len());
    for a in articles {
        analyses.push(analyze_with(a.text, &options.analysis)?);
    }
    let counts: Vec<HashMap<String, usize>> = articles
        .iter()
        .zip(&analyses)
        .map(|(a, an)| {
            let mut m = HashMap::new();
            for t in an.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
                let w = normalize(t.text(a.text));
                if !lexicon::is_stopword(&w) {
                    *m.entry(w.into_owned()).or_insert(0) += 1;
                }
            }
            m
        })
        .collect();
    let n = articles.len() as f64;
    let mut df: HashMap<&str, usize> = HashMap::new();
    for m in &counts {
        for k in m.keys() {
            *df.entry(k).or_insert(0) += 1;
        }
    }
    let vectors: Vec<HashMap<&str, f64>> = counts
        .iter()
        .map(|m| {
            m.iter()
                .map(|(k, &c)| {
                    (
                        k.as_str(),
                        c as f64 * (((1.0 + n) / (1.0 + df[k.as_str()] as f64)).ln() + 1.0),
                    )
                })
                .collect()
        })
        .collect();
    let norms: Vec<f64> = vectors
        .iter()
        .map(|v| v.values().map(|x| x * x).sum::<f64>().sqrt())
        .collect();
    let mut similarity = vec![vec![0.0; articles.len()]; articles.len()];
    for i in 0..articles.len() {
        similarity[i][i] = 1.0;
        for j in i + 1..articles.len() {
            let dot: f64 = vectors[i]
                .iter()
                .filter_map(|(k, x)| vectors[j].get(k).map(|y| x * y))
                .sum();
            let s = if norms[i] == 0.0 || norms[j] == 0.0 {
                0.0
            } else {
                dot / (norms[i] * norms[j])
            };
            let s = (s * 1000.0).round() / 1000.0;
            similarity[i][j] = s;
            similarity[j][i] = s;
        }
    }
    let common: HashSet<&str> = df
        .iter()
        .filter(|(_, &d)| d == articles.len())
        .map(|(k, _)| *k)
        .collect();
    let mut shared_terms: Vec<SharedTerm> = common
        .into_iter()
        .map(|k| SharedTerm {
            term: k.to_string(),
            counts: counts.iter().map(|m| m[k]).collect(),
        })
        .collect();
    shared_terms.sort_by(|a, b| {
        b.counts
            .iter()
            .sum::<usize>()
            .cmp(&a.counts.iter().sum::<usize>())
            .then_with(|| a.term.cmp(&b.term))
    });
    shared_terms.truncate(options.analysis.top_terms);
    Ok(Comparison {
        articles: articles
            .iter()
            .zip(analyses)
            .map(|(a, analysis)| ArticleSummary {
                id: a.id.clone(),
                title: a.title.clone(),
                analysis,
            })
            .collect(),
        similarity,
        shared_terms,
    })
}
