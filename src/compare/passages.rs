//! Shared passages: runs of words that two articles have in common, wherever
//! they sit in each.
//!
//! Every run of `k` normalised words (a shingle) of every article is hashed;
//! sorting the hashes brings together the places where two articles share a
//! shingle. A place starts a passage when the words just before it differ (or
//! either article starts there), and the passage extends word by word while
//! the two articles agree, so each maximal run is found once, in time
//! proportional to its length. Order does not matter: paragraphs moved about
//! are found as separate passages.

use serde::Serialize;

use super::prep::{hash_ids, round4, Doc};
use crate::sort::Lean;
use crate::span::Span;

/// Where a shared passage sits in one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PassageSide {
    /// Index of the article.
    pub article: usize,
    /// The passage in that article, from its first word to its last.
    pub span: Span,
}

/// What a shared passage mostly is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PassageKind {
    /// Mostly words inside speech quotations: the same quote reported twice.
    Quotation,
    /// Mostly the writer's own words: wire copy, a press release, a copied paragraph.
    Narrative,
}

/// A run of words that two articles share.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SharedPassage {
    /// The passage in the article with the lower index.
    pub a: PassageSide,
    /// The passage in the other article.
    pub b: PassageSide,
    /// Its length in words.
    pub words: usize,
    /// Quotation or narrative.
    pub kind: PassageKind,
    /// Share of its words (in both articles) inside speech quotations, 0 to 1.
    pub quoted_share: f64,
    /// The passage as article `a` writes it.
    pub text: String,
}

/// Shingle buckets holding more places than this are left out (a run shared
/// by hundreds of articles would make every pair of them a passage).
const MAX_BUCKET: usize = 512;

/// Finds the runs of at least `k` words shared by two articles; when there
/// are more than `limit`, keeps the longest `limit` of them.
pub(crate) fn shared_passages(docs: &[Doc<'_>], k: usize, limit: usize) -> Vec<SharedPassage> {
    let k = k.max(2);
    // (hash, place): a place numbers the word positions of all articles one after
    // another, so it sorts as (article, position) does; `first[a]` is article a's
    // first place (an empty article shares it with the next one, and has no places).
    let mut places: Vec<(u64, u32)> = Vec::new();
    let mut first: Vec<u32> = Vec::with_capacity(docs.len());
    let mut total = 0usize;
    for d in docs {
        let at = total;
        total += d.ids.len();
        let (Ok(at), Ok(_)) = (u32::try_from(at), u32::try_from(total)) else {
            return Vec::new(); // over four billion words in all
        };
        first.push(at);
        if d.ids.len() >= k {
            places.extend(
                d.ids
                    .windows(k)
                    .enumerate()
                    .map(|(i, w)| (hash_ids(w, 0x8), at + i as u32)),
            );
        }
    }
    places.sort_unstable();
    let locate = |place: u32| {
        let a = first.partition_point(|&f| f <= place) - 1;
        (a as u32, place - first[a])
    };
    // Runs as (length, article a, position in a, article b, position in b).
    let mut runs: Vec<(usize, u32, u32, u32, u32)> = Vec::new();
    for run in places.chunk_by(|x, y| x.0 == y.0) {
        if run.len() < 2 || run.len() > MAX_BUCKET {
            continue;
        }
        for (x, &(_, p)) in run.iter().enumerate() {
            let (a, i) = locate(p);
            for &(_, q) in &run[x + 1..] {
                let (b, j) = locate(q);
                if a == b {
                    continue;
                }
                let (da, db) = (&docs[a as usize], &docs[b as usize]);
                let (i, j) = (i as usize, j as usize);
                if i > 0 && j > 0 && da.ids[i - 1] == db.ids[j - 1] {
                    continue; // not the start of the run
                }
                if da.ids[i..i + k] != db.ids[j..j + k] {
                    continue; // hash collision
                }
                let mut len = k;
                while i + len < da.ids.len()
                    && j + len < db.ids.len()
                    && da.ids[i + len] == db.ids[j + len]
                {
                    len += 1;
                }
                runs.push((len, a, i as u32, b, j as u32));
            }
        }
    }
    if runs.len() > limit {
        runs.lean_sort_by(|x, y| {
            y.0.cmp(&x.0).then_with(|| {
                x.1.cmp(&y.1)
                    .then(x.2.cmp(&y.2))
                    .then(x.3.cmp(&y.3))
                    .then(x.4.cmp(&y.4))
            })
        });
        runs.truncate(limit);
    }
    let mut out: Vec<SharedPassage> = runs
        .into_iter()
        .map(|(len, a, i, b, j)| {
            let (da, db) = (&docs[a as usize], &docs[b as usize]);
            let (i, j) = (i as usize, j as usize);
            let quoted = da.quoted[i..i + len].iter().filter(|&&q| q).count()
                + db.quoted[j..j + len].iter().filter(|&&q| q).count();
            let share = quoted as f64 / (2 * len) as f64;
            SharedPassage {
                a: PassageSide {
                    article: a as usize,
                    span: da.span_of(i..i + len),
                },
                b: PassageSide {
                    article: b as usize,
                    span: db.span_of(j..j + len),
                },
                words: len,
                kind: if share >= 0.5 {
                    PassageKind::Quotation
                } else {
                    PassageKind::Narrative
                },
                quoted_share: round4(share),
                text: da.text_of(i..i + len).to_string(),
            }
        })
        .collect();
    out.lean_sort_by(|x, y| {
        (x.a.article, x.b.article, x.a.span, x.b.span).cmp(&(
            y.a.article,
            y.b.article,
            y.a.span,
            y.b.span,
        ))
    });
    out
}
