//! Pairwise similarity: TF-IDF cosine and shingle containment.

use super::prep::{hash_ids, round4, Doc, FxMap, Vocab};
use crate::sort::Lean;

/// Term counts of each article's content words (no stop words, no numbers),
/// sorted by word id.
pub(crate) fn term_counts(vocab: &Vocab, docs: &[Doc<'_>]) -> Vec<Vec<(u32, u32)>> {
    docs.iter()
        .map(|d| {
            // As u64, which other sorts here use too: one copy of the sort code.
            let mut ids: Vec<u64> = d
                .ids
                .iter()
                .filter(|&&id| vocab.is_content(id))
                .map(|&id| u64::from(id))
                .collect();
            ids.sort_unstable();
            let mut out: Vec<(u32, u32)> = Vec::new();
            for id in ids.into_iter().map(|id| id as u32) {
                match out.last_mut() {
                    Some((last, c)) if *last == id => *c += 1,
                    _ => out.push((id, 1)),
                }
            }
            out
        })
        .collect()
}

/// Document frequency of every content word: in how many articles it occurs.
pub(crate) fn document_frequency(counts: &[Vec<(u32, u32)>]) -> FxMap<u32, u32> {
    let mut df: FxMap<u32, u32> = FxMap::default();
    for c in counts {
        for &(id, _) in c {
            *df.entry(id).or_insert(0) += 1;
        }
    }
    df
}

/// Smoothed inverse document frequency: `ln((1 + n) / (1 + df)) + 1`.
///
/// A word in every article weighs 1; a word in one article of two weighs
/// `1 + ln(3/2)` ≈ 1.41. The smoothing keeps every weight positive and finite.
pub(crate) fn idf(n: usize, df: u32) -> f64 {
    ((1.0 + n as f64) / (1.0 + f64::from(df))).ln() + 1.0
}

/// Cosine similarity of the TF-IDF vectors of every pair of articles.
///
/// Each article is a vector over content words whose weight is the word's
/// count times its smoothed [`idf`] in the compared set; the similarity is
/// `a·b / (|a| |b|)`, from 0 (no content word in common) to 1 (the same
/// proportions of words), symmetric, with 1 on the diagonal (0 for an article
/// without content words). Dot products are accumulated through an inverted
/// index, so only pairs that share words cost anything.
pub(crate) fn cosine(counts: &[Vec<(u32, u32)>], df: &FxMap<u32, u32>) -> Vec<Vec<f64>> {
    let n = counts.len();
    // Postings: (word, article, weight), sorted by word then article.
    let mut postings: Vec<(u32, u32, f64)> = Vec::new();
    let mut norms = vec![0.0f64; n];
    for (a, c) in counts.iter().enumerate() {
        for &(id, tf) in c {
            let w = f64::from(tf) * idf(n, df.get(&id).copied().unwrap_or(1));
            norms[a] += w * w;
            postings.push((id, a as u32, w));
        }
    }
    postings.lean_sort_by_key(|x| (x.0, x.1));
    let mut dot = vec![0.0f64; n * n];
    let mut start = 0;
    while start < postings.len() {
        let mut end = start + 1;
        while end < postings.len() && postings[end].0 == postings[start].0 {
            end += 1;
        }
        let run = &postings[start..end];
        for (k, &(_, a, wa)) in run.iter().enumerate() {
            for &(_, b, wb) in &run[k + 1..] {
                dot[a as usize * n + b as usize] += wa * wb;
            }
        }
        start = end;
    }
    let mut out = vec![vec![0.0; n]; n];
    for i in 0..n {
        out[i][i] = if norms[i] > 0.0 { 1.0 } else { 0.0 };
        for j in i + 1..n {
            let denom = (norms[i] * norms[j]).sqrt();
            let s = if denom > 0.0 {
                round4((dot[i * n + j] / denom).clamp(0.0, 1.0))
            } else {
                0.0
            };
            out[i][j] = s;
            out[j][i] = s;
        }
    }
    out
}

/// The set of `k`-word shingles of an article, as sorted, distinct hashes.
///
/// A shingle is a run of `k` consecutive normalised words (stop words
/// included). An article shorter than `k` words has one shingle, all of it.
pub(crate) fn shingles(ids: &[u32], k: usize) -> Vec<u64> {
    let k = k.max(1);
    let mut out: Vec<u64> = if ids.is_empty() {
        Vec::new()
    } else if ids.len() < k {
        vec![hash_ids(ids, 0x5)]
    } else {
        ids.windows(k).map(|w| hash_ids(w, 0x5)).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// Containment of every article in every other: `containment[i][j]` is
/// `|S(i) ∩ S(j)| / |S(i)|`, where `S(x)` is the set of [`shingles`] of `x`.
///
/// It is the share of article `i`'s word runs that also occur in article `j`:
/// 1 when everything `i` says is found in `j` (say `i` is a paragraph lifted
/// from `j`), 0 when they share no run of `k` words. It is not symmetric: a
/// short extract is wholly contained in its source, but the source is only
/// partly contained in the extract. The diagonal is 1 (0 for an empty
/// article). Intersections are counted by sorting all (shingle, article)
/// pairs, so only shared shingles cost more than linear time.
pub(crate) fn containment(docs: &[Doc<'_>], k: usize) -> Vec<Vec<f64>> {
    let n = docs.len();
    let sets: Vec<Vec<u64>> = docs.iter().map(|d| shingles(&d.ids, k)).collect();
    let mut all: Vec<(u64, u32)> = Vec::with_capacity(sets.iter().map(Vec::len).sum());
    for (a, s) in sets.iter().enumerate() {
        all.extend(s.iter().map(|&h| (h, a as u32)));
    }
    all.sort_unstable();
    let mut shared = vec![0u32; n * n];
    let mut start = 0;
    while start < all.len() {
        let mut end = start + 1;
        while end < all.len() && all[end].0 == all[start].0 {
            end += 1;
        }
        let run = &all[start..end];
        for (x, &(_, a)) in run.iter().enumerate() {
            for &(_, b) in &run[x + 1..] {
                shared[a as usize * n + b as usize] += 1;
            }
        }
        start = end;
    }
    let mut out = vec![vec![0.0; n]; n];
    for i in 0..n {
        let size = sets[i].len();
        if size == 0 {
            continue;
        }
        out[i][i] = 1.0;
        for j in 0..n {
            if i == j {
                continue;
            }
            let common = shared[i.min(j) * n + i.max(j)];
            out[i][j] = round4(f64::from(common) / size as f64);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idf_is_smoothed_and_positive() {
        assert_eq!(idf(2, 2), 1.0);
        assert!((idf(2, 1) - (1.0 + 1.5f64.ln())).abs() < 1e-12);
        assert!(idf(1000, 0).is_finite());
    }

    #[test]
    fn short_texts_have_one_shingle() {
        assert_eq!(shingles(&[1, 2], 5).len(), 1);
        assert!(shingles(&[], 5).is_empty());
        assert_eq!(shingles(&[1, 2, 3, 4, 5, 6], 5).len(), 2);
        assert_eq!(shingles(&[1, 1, 1, 1, 1, 1, 1], 5).len(), 1);
    }
}
