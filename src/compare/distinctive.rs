//! Shared and distinctive terms.
//!
//! A term is a content word (no stop word, no number) or a name (a run of
//! capitalised words found by the term analysis of any article, counted in
//! every article by its normalised words). Shared terms are those used by two
//! articles or more. An article's distinctive terms are those it uses
//! significantly more than the other articles together, by Dunning's
//! log-likelihood G² (as Rayson and Garside compare corpora), with Hardie's
//! log ratio as the effect size.

use serde::Serialize;

use super::prep::{round4, Doc, FxMap, Vocab};
use crate::sort::Lean;
use crate::Analysis;

/// What a compared term is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TermKind {
    /// A single word.
    Word,
    /// A name ("North Korea", "Sony").
    Name,
}

/// A term used by two articles or more.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SharedTerm {
    /// The term as usually written.
    pub term: String,
    /// Its normalised form.
    pub norm: String,
    /// Word or name.
    pub kind: TermKind,
    /// Its count in each article, in article order.
    pub counts: Vec<usize>,
    /// How many articles use it.
    pub articles: usize,
}

/// The terms that set one article apart from the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DistinctiveTerms {
    /// Index of the article.
    pub article: usize,
    /// Its distinctive terms, strongest (highest G²) first.
    pub terms: Vec<DistinctiveTerm>,
}

/// A term an article uses significantly more than the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DistinctiveTerm {
    /// The term as usually written.
    pub term: String,
    /// Its normalised form.
    pub norm: String,
    /// Word or name.
    pub kind: TermKind,
    /// Its count in this article.
    pub count: usize,
    /// Its count in all the other articles together.
    pub others: usize,
    /// Log-likelihood G² of the difference (3.84 is p < 0.05, 6.63 is p < 0.01).
    pub g2: f64,
    /// Hardie's log ratio: log2 of the ratio of relative frequencies (a zero
    /// count in the others is taken as 0.5); each point doubles the ratio.
    pub log_ratio: f64,
}

/// Dunning's log-likelihood G² for a term seen `a` times in a corpus of `c`
/// words and `b` times in one of `d` words:
/// `2 (a ln(a/E1) + b ln(b/E2))` with `E1 = c (a+b)/(c+d)`, `E2 = d (a+b)/(c+d)`.
pub(crate) fn g2(a: f64, b: f64, c: f64, d: f64) -> f64 {
    if c <= 0.0 || d <= 0.0 || a + b <= 0.0 {
        return 0.0;
    }
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let part = |o: f64, e: f64| if o > 0.0 { o * (o / e).ln() } else { 0.0 };
    (2.0 * (part(a, e1) + part(b, e2))).max(0.0)
}

/// Hardie's log ratio, `log2((a/c) / (b/d))`, with zero counts taken as 0.5.
pub(crate) fn log_ratio(a: f64, b: f64, c: f64, d: f64) -> f64 {
    if c <= 0.0 || d <= 0.0 {
        return 0.0;
    }
    let a = if a > 0.0 { a } else { 0.5 };
    let b = if b > 0.0 { b } else { 0.5 };
    ((a / c) / (b / d)).log2()
}

/// One term of the comparison with its count in each article.
pub(crate) struct TableTerm {
    /// Word ids: one for a word, one or more for a name.
    pub ids: Vec<u32>,
    /// Word or name.
    pub kind: TermKind,
    /// `(article, count)` for the articles that use it, in article order.
    pub counts: Vec<(usize, usize)>,
    /// How to show it.
    pub label: String,
}

/// Every term of the comparison with its count in each article (sparse).
pub(crate) struct TermTable {
    /// Words (by id) then names (by ids).
    pub terms: Vec<TableTerm>,
}

/// Counts every content word and every name in every article.
pub(crate) fn term_table(
    vocab: &Vocab,
    docs: &[Doc<'_>],
    analyses: &[&Analysis],
    counts: &[Vec<(u32, u32)>],
) -> TermTable {
    // Names, as word-id sequences without leading or trailing stop words
    // ("the White House" is "White House"), deduplicated and sorted, each
    // labelled as the first article that has it writes it.
    let mut names: Vec<(Vec<u32>, String)> = Vec::new();
    for t in analyses.iter().flat_map(|a| a.terms.names.iter()) {
        let Some(ids) = vocab.phrase(&t.norm) else {
            continue;
        };
        let Some(first) = ids.iter().position(|&id| !vocab.stop[id as usize]) else {
            continue;
        };
        let last = ids
            .iter()
            .rposition(|&id| !vocab.stop[id as usize])
            .unwrap_or(first);
        if !ids[first..=last].iter().any(|&id| vocab.is_content(id)) {
            continue;
        }
        let words: Vec<&str> = t.term.split_whitespace().collect();
        let label = if words.len() == ids.len() {
            words[first..=last].join(" ")
        } else {
            display(vocab, &ids[first..=last])
        };
        names.push((ids[first..=last].to_vec(), label));
    }
    names.lean_sort_by(|x, y| x.0.cmp(&y.0));
    names.dedup_by(|x, y| x.0 == y.0);
    // Maps here are all u32 to u32 (indices into lists beside them): one copy
    // of the hash-table code in the `.wasm` for the whole comparison.
    let single: FxMap<u32, u32> = names
        .iter()
        .enumerate()
        .filter(|(_, n)| n.0.len() == 1)
        .map(|(k, n)| (n.0[0], k as u32))
        .collect();
    let mut slot: FxMap<u32, u32> = FxMap::default();
    let mut words: Vec<(u32, Vec<(usize, usize)>)> = Vec::new();
    for (a, c) in counts.iter().enumerate() {
        for &(id, n) in c {
            let k = *slot.entry(id).or_insert_with(|| {
                words.push((id, Vec::new()));
                (words.len() - 1) as u32
            });
            words[k as usize].1.push((a, n as usize));
        }
    }
    let mut terms: Vec<TableTerm> = Vec::new();
    words.lean_sort_by_key(|w| w.0);
    for (id, counts) in words {
        let (kind, label) = match single.get(&id) {
            Some(&k) => (TermKind::Name, names[k as usize].1.clone()),
            None => (TermKind::Word, vocab.display(id).to_string()),
        };
        terms.push(TableTerm {
            ids: vec![id],
            kind,
            counts,
            label,
        });
    }
    let (multi, labels): (Vec<Vec<u32>>, Vec<String>) =
        names.into_iter().filter(|n| n.0.len() > 1).unzip();
    for ((ids, counts), label) in multi.iter().zip(count_phrases(docs, &multi)).zip(labels) {
        if !counts.is_empty() {
            terms.push(TableTerm {
                ids: ids.clone(),
                kind: TermKind::Name,
                counts,
                label,
            });
        }
    }
    TermTable { terms }
}

/// Occurrences of each phrase in each article, as `(article, count)` pairs,
/// found in one pass over each article through an index of first words.
pub(crate) fn count_phrases(docs: &[Doc<'_>], phrases: &[Vec<u32>]) -> Vec<Vec<(usize, usize)>> {
    // A first word's list in `lists`.
    let mut first: FxMap<u32, u32> = FxMap::default();
    let mut lists: Vec<Vec<usize>> = Vec::new();
    for (p, phrase) in phrases.iter().enumerate() {
        if let Some(&f) = phrase.first() {
            let k = *first.entry(f).or_insert_with(|| {
                lists.push(Vec::new());
                (lists.len() - 1) as u32
            });
            lists[k as usize].push(p);
        }
    }
    let mut out = vec![Vec::new(); phrases.len()];
    let mut local: FxMap<u32, u32> = FxMap::default();
    for (a, doc) in docs.iter().enumerate() {
        local.clear();
        for (i, id) in doc.ids.iter().enumerate() {
            let Some(&k) = first.get(id) else {
                continue;
            };
            for &p in &lists[k as usize] {
                if doc.ids[i..].starts_with(&phrases[p]) {
                    *local.entry(p as u32).or_insert(0) += 1;
                }
            }
        }
        let mut found: Vec<(usize, usize)> = local
            .iter()
            .map(|(&p, &c)| (p as usize, c as usize))
            .collect();
        found.lean_sort();
        for (p, c) in found {
            out[p].push((a, c));
        }
    }
    out
}

/// How a term is written for people.
pub(crate) fn display(vocab: &Vocab, ids: &[u32]) -> String {
    ids.iter()
        .map(|&id| vocab.display(id))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The normalised form of a term.
pub(crate) fn norm(vocab: &Vocab, ids: &[u32]) -> String {
    ids.iter()
        .map(|&id| vocab.norms[id as usize].as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn dense(n: usize, sparse: &[(usize, usize)]) -> Vec<usize> {
    let mut v = vec![0; n];
    for &(a, c) in sparse {
        v[a] = c;
    }
    v
}

/// Terms used by two articles or more: by number of articles, then total
/// count, then name before word, then alphabetically; at most `limit`.
pub(crate) fn shared_terms(
    vocab: &Vocab,
    table: &TermTable,
    n: usize,
    limit: usize,
) -> Vec<SharedTerm> {
    let mut ranked: Vec<(usize, usize, TermKind, String, usize)> = table
        .terms
        .iter()
        .enumerate()
        .filter(|(_, x)| x.counts.len() >= 2)
        .map(|(t, x)| {
            let total = x.counts.iter().map(|c| c.1).sum();
            (x.counts.len(), total, x.kind, norm(vocab, &x.ids), t)
        })
        .collect();
    ranked.lean_sort_by(|x, y| {
        y.0.cmp(&x.0)
            .then_with(|| y.1.cmp(&x.1))
            .then_with(|| y.2.cmp(&x.2))
            .then_with(|| x.3.cmp(&y.3))
    });
    ranked.truncate(limit);
    ranked
        .into_iter()
        .map(|(articles, _, kind, norm, t)| {
            let x = &table.terms[t];
            SharedTerm {
                term: x.label.clone(),
                norm,
                kind,
                counts: dense(n, &x.counts),
                articles,
            }
        })
        .collect()
}

/// Thresholds for [`distinctive`].
pub(crate) struct Thresholds {
    pub min_count: usize,
    pub min_g2: f64,
    pub limit: usize,
}

/// For each article, the terms it uses significantly more than all the
/// others together: count at least `min_count`, G² at least `min_g2`,
/// relative frequency above the others'; strongest first, at most `limit`.
pub(crate) fn distinctive(
    vocab: &Vocab,
    docs: &[Doc<'_>],
    table: &TermTable,
    t: &Thresholds,
) -> Vec<DistinctiveTerms> {
    let sizes: Vec<f64> = docs.iter().map(|d| d.ids.len() as f64).collect();
    let all: f64 = sizes.iter().sum();
    let mut per_article: Vec<Vec<DistinctiveTerm>> = vec![Vec::new(); docs.len()];
    for term in &table.terms {
        let total: usize = term.counts.iter().map(|x| x.1).sum();
        for &(a, count) in &term.counts {
            if count < t.min_count {
                continue;
            }
            let (x, y) = (count as f64, (total - count) as f64);
            let (c, d) = (sizes[a], all - sizes[a]);
            if d <= 0.0 || x / c <= y / d {
                continue;
            }
            let g = g2(x, y, c, d);
            if g < t.min_g2 {
                continue;
            }
            per_article[a].push(DistinctiveTerm {
                term: term.label.clone(),
                norm: norm(vocab, &term.ids),
                kind: term.kind,
                count,
                others: total - count,
                g2: round4(g),
                log_ratio: round4(log_ratio(x, y, c, d)),
            });
        }
    }
    per_article
        .into_iter()
        .enumerate()
        .map(|(article, mut terms)| {
            terms.lean_sort_by(|x, y| {
                y.g2.total_cmp(&x.g2)
                    .then_with(|| y.log_ratio.total_cmp(&x.log_ratio))
                    .then_with(|| x.norm.cmp(&y.norm))
            });
            terms.truncate(t.limit);
            DistinctiveTerms { article, terms }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g2_matches_a_worked_example() {
        // 10 in 1,000 words against 2 in 1,000: E = 6 each side.
        let g = g2(10.0, 2.0, 1000.0, 1000.0);
        assert!((g - 5.822).abs() < 0.001, "{g}");
        assert_eq!(g2(0.0, 0.0, 10.0, 10.0), 0.0);
        assert!(g2(5.0, 5.0, 100.0, 100.0).abs() < 1e-12);
    }

    #[test]
    fn log_ratio_doubles_per_point() {
        assert!((log_ratio(4.0, 2.0, 100.0, 100.0) - 1.0).abs() < 1e-12);
        assert!((log_ratio(1.0, 0.0, 100.0, 100.0) - 1.0).abs() < 1e-12);
        assert_eq!(log_ratio(1.0, 1.0, 0.0, 100.0), 0.0);
    }
}
