//! Quote alignment: the speech quotations of all the articles that report the
//! same spoken words, with a word-level difference of the versions.
//!
//! Quotes are compared as normalised word sequences, so punctuation, case,
//! curly or straight marks and ellipses do not matter. Candidates come from an
//! index of word 3-grams (and of whole quotes and 2-grams for very short
//! quotes), so only quotes that share a run of words are ever compared; each
//! candidate pair is then diffed (see [`diff`](super::diff)) and kept when:
//!
//! - rule `equal`: the word sequences are the same (this is how one-word
//!   quotes such as “proportional” align);
//! - rule `contained`: a quote of two words, one of them not a stop word,
//!   occurs whole inside the other;
//! - rule `overlap`: the two share a run of at least 3 words, and runs of two
//!   words or more cover at least 60% of the shorter quote (trimmed quotes,
//!   `[bracketed]` insertions and re-punctuated versions pass).
//!
//! Accepted pairs are joined into groups (union-find).

use serde::Serialize;

use super::diff::{diff, matched, Step};
use super::prep::{hash_ids, Doc, Vocab};
use super::speakers::SpeakerIndex;
use crate::sort::Lean;
use crate::span::Span;
use crate::Analysis;

/// Quotes that report the same spoken words.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteGroup {
    /// The versions, by article then position.
    pub quotes: Vec<AlignedQuote>,
    /// Index in `quotes` of the version the others are diffed against (the longest).
    pub reference: usize,
    /// The articles that have a version, in order.
    pub articles: Vec<usize>,
    /// The distinct speakers the versions are attributed to, sorted.
    pub speakers: Vec<String>,
    /// True when two articles attribute their versions to different speakers
    /// (versions with no speaker are not counted).
    pub speakers_differ: bool,
}

/// One version of a quote in a [`QuoteGroup`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AlignedQuote {
    /// Index of the article.
    pub article: usize,
    /// Index of the quote in that article's `analysis.quotes`.
    pub quote: usize,
    /// The quoted words in that article.
    pub span: Span,
    /// The quoted words as they stand.
    pub text: String,
    /// The speaker the article gives, if any.
    pub speaker: Option<String>,
    /// Index of that speaker in the comparison's `speakers`.
    pub speaker_id: Option<usize>,
    /// Words in this version (as compared).
    pub words: usize,
    /// The edit script from the reference version to this one.
    pub diff: Vec<DiffOp>,
}

/// What a [`DiffOp`] does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DiffKind {
    /// Words in both versions.
    Equal,
    /// Words only in this version (added or substituted: `they` for `[Sony]`).
    Insert,
    /// Words of the reference left out of this version (trimmed or replaced).
    Delete,
}

/// A run of words in an edit script.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DiffOp {
    /// Equal, insert or delete.
    pub op: DiffKind,
    /// The words as written (from the reference for deletions, from this
    /// version otherwise), with the punctuation between them.
    pub text: String,
    /// How many words.
    pub words: usize,
}

/// A quote repeated inside one article: a pull quote and the body quote it repeats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteRepeat {
    /// Index of the article.
    pub article: usize,
    /// Index of the repeating quote (the pull quote) in `analysis.quotes`.
    pub quote: usize,
    /// Its span.
    pub span: Span,
    /// Index of the quote it repeats (the body quote).
    pub of: usize,
    /// The span of the quote it repeats.
    pub of_span: Span,
}

struct Item {
    article: usize,
    quote: usize,
    range: std::ops::Range<usize>,
}

/// True when two quotes of one article overlap: a quotation nested in
/// another repeats nothing.
fn nested(x: &Item, y: &Item) -> bool {
    x.article == y.article && x.range.start < y.range.end && y.range.start < x.range.end
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.0[hi] = lo;
        }
    }
}

/// Buckets with more quotes than this are common phrases, not evidence.
const MAX_BUCKET: usize = 256;

/// True when two word sequences report the same words (see the module docs).
pub(crate) fn same_words(vocab: &Vocab, a: &[u32], b: &[u32]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true; // rule equal
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() == 1 {
        return false;
    }
    if short.len() == 2 {
        // rule contained
        return short.iter().any(|&id| vocab.is_content(id)) && long.windows(2).any(|w| w == short);
    }
    // rule overlap
    // Every word in an equal run of two or more words starts or ends a word
    // pair (bigram) of `short` that `long` has too, so fewer such pairs than
    // 3/10 of `short` cannot cover 3/5 of it: that rejects most candidate pairs
    // without the quadratic difference.
    let mut pairs: Vec<u64> = long
        .windows(2)
        .map(|w| u64::from(w[0]) << 32 | u64::from(w[1]))
        .collect();
    pairs.sort_unstable();
    let shared = short
        .windows(2)
        .filter(|w| {
            pairs
                .binary_search(&(u64::from(w[0]) << 32 | u64::from(w[1])))
                .is_ok()
        })
        .count();
    if shared * 10 < short.len() * 3 {
        return false;
    }
    let steps = diff(short, long);
    let (covered, longest) = matched(&steps, 2);
    let content = steps.iter().any(|s| match *s {
        Step::Equal { i, len, .. } if len >= 2 => {
            short[i..i + len].iter().any(|&id| vocab.is_content(id))
        }
        _ => false,
    });
    longest >= 3 && covered * 5 >= short.len() * 3 && content
}

fn text_of(doc: &Doc<'_>, range: std::ops::Range<usize>) -> String {
    doc.text_of(range).to_string()
}

fn ops(reference: (&Doc<'_>, &[u32], usize), version: (&Doc<'_>, &[u32], usize)) -> Vec<DiffOp> {
    let (rdoc, rids, rstart) = reference;
    let (vdoc, vids, vstart) = version;
    diff(rids, vids)
        .into_iter()
        .map(|s| match s {
            Step::Equal { j, len, .. } => DiffOp {
                op: DiffKind::Equal,
                text: text_of(vdoc, vstart + j..vstart + j + len),
                words: len,
            },
            Step::Insert { j, len } => DiffOp {
                op: DiffKind::Insert,
                text: text_of(vdoc, vstart + j..vstart + j + len),
                words: len,
            },
            Step::Delete { i, len } => DiffOp {
                op: DiffKind::Delete,
                text: text_of(rdoc, rstart + i..rstart + i + len),
                words: len,
            },
        })
        .collect()
}

/// Aligns the speech quotes of all articles; returns the groups and the
/// repeats inside single articles.
pub(crate) fn align(
    vocab: &Vocab,
    docs: &[Doc<'_>],
    analyses: &[&Analysis],
    speakers: &SpeakerIndex,
) -> (Vec<QuoteGroup>, Vec<QuoteRepeat>) {
    let mut items: Vec<Item> = Vec::new();
    for (a, (doc, analysis)) in docs.iter().zip(analyses).enumerate() {
        for (q, quote) in analysis.quotes.iter().enumerate() {
            if !quote.kind.is_speech() {
                continue;
            }
            let range = doc.words_in(quote.span);
            if !range.is_empty() {
                items.push(Item {
                    article: a,
                    quote: q,
                    range,
                });
            }
        }
    }
    let ids = |it: &Item| &docs[it.article].ids[it.range.clone()];
    const WHOLE: u64 = 0x1;
    const TRIGRAM: u64 = 0x3;
    const BIGRAM: u64 = 0x2;

    let mut uf = UnionFind((0..items.len()).collect());
    // Identical word sequences join at once (rule equal), and only one of
    // them (the first) goes into the n-gram index, so a quote copied by
    // hundreds of articles costs no more than one.
    let mut whole: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(x, it)| (hash_ids(ids(it), WHOLE), x as u32))
        .collect();
    whole.sort_unstable();
    let mut representative = vec![true; items.len()];
    for run in whole.chunk_by(|x, y| x.0 == y.0) {
        let first = run[0].1 as usize;
        for &(_, y) in &run[1..] {
            let y = y as usize;
            if ids(&items[y]) == ids(&items[first]) && !nested(&items[first], &items[y]) {
                uf.union(first, y);
                representative[y] = false;
            }
        }
    }

    // Index of the representatives: 3-grams with a content word, and
    // 2-grams where 2-word quotes (probes) look for themselves in longer ones.
    let mut keys: Vec<(u64, u32)> = Vec::new();
    let mut bigrams: Vec<(u64, bool, u32)> = Vec::new();
    for (x, it) in items.iter().enumerate() {
        if !representative[x] {
            continue;
        }
        let w = ids(it);
        let start = keys.len();
        for g in w.windows(3) {
            if g.iter().any(|&id| vocab.is_content(id)) {
                keys.push((hash_ids(g, TRIGRAM), x as u32));
            }
        }
        keys[start..].sort_unstable();
        let mut n = start;
        for k in start..keys.len() {
            if k == start || keys[k].0 != keys[n - 1].0 {
                keys[n] = keys[k];
                n += 1;
            }
        }
        keys.truncate(n);
        if w.len() == 2 {
            bigrams.push((hash_ids(w, BIGRAM), true, x as u32));
        } else if w.len() > 2 {
            let mut seen: Vec<u64> = w.windows(2).map(|g| hash_ids(g, BIGRAM)).collect();
            seen.sort_unstable();
            seen.dedup();
            bigrams.extend(seen.into_iter().map(|h| (h, false, x as u32)));
        }
    }
    keys.sort_unstable();
    bigrams.lean_sort();
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for run in keys.chunk_by(|x, y| x.0 == y.0) {
        if run.len() < 2 || run.len() > MAX_BUCKET {
            continue;
        }
        for (k, &(_, x)) in run.iter().enumerate() {
            pairs.extend(run[k + 1..].iter().map(|&(_, y)| (x, y)));
        }
    }
    for run in bigrams.chunk_by(|x, y| x.0 == y.0) {
        let probes = run.partition_point(|r| !r.1);
        let (long, short) = run.split_at(probes);
        if short.is_empty() || long.len() > MAX_BUCKET * 4 {
            continue;
        }
        for &(_, _, p) in short {
            pairs.extend(long.iter().map(|&(_, _, y)| (p.min(y), p.max(y))));
        }
    }
    pairs.lean_sort();
    pairs.dedup();

    for &(x, y) in &pairs {
        let (x, y) = (x as usize, y as usize);
        if uf.find(x) == uf.find(y) || nested(&items[x], &items[y]) {
            continue;
        }
        if same_words(vocab, ids(&items[x]), ids(&items[y])) {
            uf.union(x, y);
        }
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    for x in 0..items.len() {
        let r = uf.find(x);
        members[r].push(x);
    }

    let mut groups = Vec::new();
    let mut repeats = Vec::new();
    for group in members.into_iter().filter(|m| m.len() > 1) {
        // Items are in (article, quote) order already, and so is each group.
        let reference = group
            .iter()
            .enumerate()
            .max_by(|(i, &x), (j, &y)| {
                items[x]
                    .range
                    .len()
                    .cmp(&items[y].range.len())
                    .then_with(|| j.cmp(i))
            })
            .map(|(i, _)| i)
            .unwrap_or(0);
        let r = &items[group[reference]];
        let rdoc = &docs[r.article];
        let mut quotes = Vec::with_capacity(group.len());
        let mut names: Vec<(usize, Option<usize>, String)> = Vec::new();
        for &x in &group {
            let it = &items[x];
            let doc = &docs[it.article];
            let quote = &analyses[it.article].quotes[it.quote];
            let speaker = quote
                .speaker_id
                .and_then(|s| analyses[it.article].speakers.get(s).map(|s| s.name.clone()));
            let speaker = speaker.or_else(|| quote.speaker.clone());
            let speaker_id = speaker.as_deref().and_then(|s| speakers.find(s));
            if let Some(name) = &speaker {
                let display = speaker_id
                    .map(|i| speakers.speakers[i].name.clone())
                    .unwrap_or_else(|| name.clone());
                names.push((it.article, speaker_id, display));
            }
            quotes.push(AlignedQuote {
                article: it.article,
                quote: it.quote,
                span: quote.span,
                text: quote.text.clone(),
                speaker,
                speaker_id,
                words: it.range.len(),
                diff: ops(
                    (rdoc, ids(r), r.range.start),
                    (doc, ids(it), it.range.start),
                ),
            });
        }
        let mut distinct: Vec<String> = names.iter().map(|(_, _, n)| n.clone()).collect();
        distinct.lean_sort();
        distinct.dedup();
        // (article, speaker key): the comparison's speaker, or the name's words.
        let mut attributed: Vec<(usize, String)> = names
            .iter()
            .map(|(a, id, n)| match id {
                Some(i) => (*a, format!("#{i}")),
                None => (*a, super::speakers::name_words(n).join(" ")),
            })
            .collect();
        attributed.lean_sort();
        attributed.dedup();
        let speakers_differ = attributed
            .iter()
            .enumerate()
            .any(|(k, (a, s))| attributed[k + 1..].iter().any(|(b, t)| a != b && s != t));
        let mut articles: Vec<usize> = group.iter().map(|&x| items[x].article).collect();
        articles.dedup();
        repeats.extend(link_repeats(&group, &items, analyses));
        groups.push(QuoteGroup {
            quotes,
            reference,
            articles,
            speakers: distinct,
            speakers_differ,
        });
    }
    repeats.lean_sort_by_key(|r| (r.article, r.quote));
    (groups, repeats)
}

/// Within each article of a group, links every other version to the body quote.
///
/// The body quote is the one the quote analysis says is repeated, else one
/// that is not alone in its paragraph, then one with a speech cue, then the
/// longest, then the last.
fn link_repeats(group: &[usize], items: &[Item], analyses: &[&Analysis]) -> Vec<QuoteRepeat> {
    let mut out = Vec::new();
    for same in group.chunk_by(|&x, &y| items[x].article == items[y].article) {
        if same.len() < 2 {
            continue;
        }
        let a = items[same[0]].article;
        let analysis = &analyses[a];
        let marked: Option<usize> = same.iter().find_map(|&x| {
            analysis.quotes[items[x].quote]
                .repeats
                .filter(|r| same.iter().any(|&y| items[y].quote == *r))
        });
        let body = marked.unwrap_or_else(|| {
            same.iter()
                .map(|&x| items[x].quote)
                .max_by_key(|&q| {
                    let quote = &analysis.quotes[q];
                    (
                        !alone(analysis, quote.span),
                        quote.cue.is_some(),
                        quote.words,
                        q,
                    )
                })
                .unwrap_or(items[same[0]].quote)
        });
        for &x in same {
            let q = items[x].quote;
            if q != body {
                out.push(QuoteRepeat {
                    article: a,
                    quote: q,
                    span: analysis.quotes[q].span,
                    of: body,
                    of_span: analysis.quotes[body].span,
                });
            }
        }
    }
    out
}

/// True when the quote is all there is of its paragraph (but marks and punctuation).
fn alone(analysis: &Analysis, span: Span) -> bool {
    let paragraphs = &analysis.paragraphs;
    let at = paragraphs.partition_point(|p| p.end < span.end);
    let Some(p) = paragraphs.get(at).filter(|p| p.contains(span)) else {
        return false;
    };
    let tokens = &analysis.tokens;
    let from = tokens.partition_point(|t| t.span.start < p.start);
    !tokens[from..]
        .iter()
        .take_while(|t| t.span.end <= p.end)
        .any(|t| {
            !span.contains(t.span)
                && matches!(
                    t.kind,
                    crate::tokenize::TokenKind::Word | crate::tokenize::TokenKind::Number
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::prep::comparison_form;

    fn seq(vocab: &mut Vocab, text: &str) -> Vec<u32> {
        text.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(|w| vocab.intern(comparison_form(w), w, false))
            .collect()
    }

    #[test]
    fn alignment_rules() {
        #[rustfmt::skip]
        let table: &[(&str, &str, bool)] = &[
            // rule equal, one word
            ("proportional", "Proportional.", true),
            ("proportional", "it will be proportional", false),
            ("the", "the", true),
            // rule contained, two words with a content word
            ("malicious intent", "it was done with malicious intent and care", true),
            ("of the", "most of the time", false),
            // rule overlap
            ("I wish [Sony] had spoken to me first.", "I wish they had spoken to me first. I would have told them.", true),
            ("Yes, I think [Sony] made a mistake.", "Having said all that: yes, I think they made a mistake.", true),
            ("We will respond proportionally", "We will respond in a place and time that we choose", true),
            ("They will be costly.", "They will be serious.", false),
            ("we are going to get better", "they are going to do some damage", false),
            ("the hackers are going to get better too", "some are going to be state actors", false),
            ("", "anything", false),
        ];
        let mut vocab = Vocab::default();
        for &(a, b, expected) in table {
            let (x, y) = (seq(&mut vocab, a), seq(&mut vocab, b));
            assert_eq!(same_words(&vocab, &x, &y), expected, "{a:?} ~ {b:?}");
            assert_eq!(same_words(&vocab, &y, &x), expected, "{b:?} ~ {a:?}");
        }
    }
}
