//! The coverage matrix: for the key terms, names and speakers, how often each
//! article mentions them.

use serde::Serialize;

use super::distinctive::{norm, TermKind, TermTable};
use super::prep::Vocab;
use super::similarity::idf;
use super::speakers::CrossSpeaker;
use crate::sort::Lean;

/// What a coverage row counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum CoverageKind {
    /// Quotations of a speaker.
    Speaker,
    /// Mentions of a name.
    Name,
    /// Uses of a key word.
    Term,
}

/// One row of the coverage matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CoverageRow {
    /// What to show.
    pub label: String,
    /// The normalised key (a term's norm, a speaker's matching key).
    pub norm: String,
    /// Speaker, name or term.
    pub kind: CoverageKind,
    /// For each article, in order: quotations (speakers) or occurrences (names, terms).
    pub counts: Vec<usize>,
    /// How many articles have a count above zero.
    pub articles: usize,
}

/// Speakers first (in the comparison's order), then the names used by the
/// most articles, then the words of most summed TF-IDF weight; at most
/// `limit` rows of each kind.
pub(crate) fn coverage(
    vocab: &Vocab,
    table: &TermTable,
    speakers: &[CrossSpeaker],
    n: usize,
    limit: usize,
) -> Vec<CoverageRow> {
    let mut rows = Vec::new();
    for s in speakers.iter().take(limit) {
        let mut counts = vec![0; n];
        for x in &s.articles {
            counts[x.article] += x.quotes;
        }
        rows.push(row(
            s.name.clone(),
            s.key.clone(),
            CoverageKind::Speaker,
            counts,
        ));
    }
    let mut names: Vec<(usize, usize, String, usize)> = Vec::new();
    let mut words: Vec<(f64, String, usize)> = Vec::new();
    for (t, x) in table.terms.iter().enumerate() {
        let total: usize = x.counts.iter().map(|c| c.1).sum();
        let df = x.counts.len();
        match x.kind {
            TermKind::Name => names.push((df, total, norm(vocab, &x.ids), t)),
            TermKind::Word => {
                let weight = total as f64 * idf(n, df as u32);
                words.push((weight, norm(vocab, &x.ids), t));
            }
        }
    }
    names.lean_sort_by(|x, y| {
        y.0.cmp(&x.0)
            .then(y.1.cmp(&x.1))
            .then_with(|| x.2.cmp(&y.2))
    });
    words.lean_sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
    let table_row = |t: usize, kind: CoverageKind| {
        let x = &table.terms[t];
        let mut counts = vec![0; n];
        for &(a, k) in &x.counts {
            counts[a] = k;
        }
        row(x.label.clone(), norm(vocab, &x.ids), kind, counts)
    };
    rows.extend(
        names
            .iter()
            .take(limit)
            .map(|x| table_row(x.3, CoverageKind::Name)),
    );
    rows.extend(
        words
            .iter()
            .take(limit)
            .map(|x| table_row(x.2, CoverageKind::Term)),
    );
    rows
}

fn row(label: String, norm: String, kind: CoverageKind, counts: Vec<usize>) -> CoverageRow {
    let articles = counts.iter().filter(|&&c| c > 0).count();
    CoverageRow {
        label,
        norm,
        kind,
        counts,
        articles,
    }
}
