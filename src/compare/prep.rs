//! The shared preparation of every comparison step: one vocabulary of
//! normalised words for all the articles, and each article as a sequence of
//! word ids with spans.

use crate::lexicon;
use crate::sort::Lean;
use crate::span::Span;
use crate::tokenize::{normalize, TokenKind};
use crate::Analysis;

pub(crate) use crate::hash::{FxHasher, FxMap};

/// Hashes a run of word ids (a shingle or n-gram); `tag` separates key spaces.
#[inline]
pub(crate) fn hash_ids(ids: &[u32], tag: u64) -> u64 {
    let mut h = FxHasher { hash: tag };
    for &id in ids {
        h.add(u64::from(id) + 1);
    }
    // Final avalanche (splitmix64) so that nearby inputs spread out.
    let mut z = h.hash ^ (ids.len() as u64);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The normalised form used for comparison: [`normalize`]d, with a final
/// possessive `'s` or `'` dropped ("Sony’s" and "Sony" are one word).
pub(crate) fn comparison_form(word: &str) -> String {
    let n = normalize(word);
    let s = n.as_ref();
    let s = s.strip_suffix("'s").filter(|r| !r.is_empty()).unwrap_or(s);
    let s = s.strip_suffix('\'').filter(|r| !r.is_empty()).unwrap_or(s);
    s.to_string()
}

/// Every distinct normalised word of the compared articles.
#[derive(Default)]
pub(crate) struct Vocab {
    index: FxMap<String, usize>,
    /// The normalised form of each id.
    pub norms: Vec<String>,
    /// The first surface form met for each id.
    surfaces: Vec<String>,
    /// True once the word was met in lowercase (so it is not only a name).
    lower_seen: Vec<bool>,
    /// True for stop words.
    pub stop: Vec<bool>,
    /// True for numbers.
    pub number: Vec<bool>,
}

impl Vocab {
    pub(crate) fn intern(&mut self, norm: String, surface: &str, number: bool) -> u32 {
        let lower = !surface.chars().next().is_some_and(char::is_uppercase);
        if let Some(&id) = self.index.get(&norm) {
            if lower {
                self.lower_seen[id] = true;
            }
            return id as u32;
        }
        let id = self.norms.len() as u32;
        self.stop.push(lexicon::is_stopword(&norm));
        self.number.push(number);
        self.index.insert(norm.clone(), id as usize);
        self.norms.push(norm);
        self.surfaces.push(surface.to_string());
        self.lower_seen.push(lower);
        id
    }

    /// The id of a normalised word, if any article has it.
    pub fn get(&self, norm: &str) -> Option<u32> {
        self.index.get(norm).map(|&id| id as u32)
    }

    /// True for words that count as terms: not stop words, not numbers.
    pub fn is_content(&self, id: u32) -> bool {
        !self.stop[id as usize] && !self.number[id as usize]
    }

    /// The form to show: lowercase when the word is ever written so,
    /// otherwise as first written ("Sony").
    pub fn display(&self, id: u32) -> &str {
        let i = id as usize;
        if self.lower_seen[i] {
            &self.norms[i]
        } else {
            &self.surfaces[i]
        }
    }

    /// The ids of a phrase's words, or `None` when a word never occurs.
    pub fn phrase(&self, phrase: &str) -> Option<Vec<u32>> {
        let ids: Option<Vec<u32>> = phrase
            .split_whitespace()
            .map(|w| self.get(&comparison_form(w)))
            .collect();
        ids.filter(|v| !v.is_empty())
    }
}

/// One article as a sequence of words.
pub(crate) struct Doc<'t> {
    /// The article's text.
    pub text: &'t str,
    /// The word ids, in text order (boilerplate left out).
    pub ids: Vec<u32>,
    /// The span of each word.
    pub spans: Vec<Span>,
    /// True for words inside a speech quotation.
    pub quoted: Vec<bool>,
}

impl Doc<'_> {
    /// The index range of the words inside `span`.
    pub fn words_in(&self, span: Span) -> std::ops::Range<usize> {
        let start = self.spans.partition_point(|s| s.start < span.start);
        let end = self.spans.partition_point(|s| s.end <= span.end);
        start..end.max(start)
    }

    /// The span from the first to the last word of `range` (which must not be empty).
    pub fn span_of(&self, range: std::ops::Range<usize>) -> Span {
        Span::new(self.spans[range.start].start, self.spans[range.end - 1].end)
    }

    /// The text from the first to the last word of `range`.
    pub fn text_of(&self, range: std::ops::Range<usize>) -> &str {
        if range.is_empty() {
            return "";
        }
        let span = self.span_of(range);
        self.text.get(span.start..span.end).unwrap_or_default()
    }
}

/// Builds the vocabulary and the word sequence of every article.
pub(crate) fn prepare<'t>(
    texts: &[&'t str],
    analyses: &[&Analysis],
    skip_boilerplate: bool,
) -> (Vocab, Vec<Doc<'t>>) {
    let mut vocab = Vocab::default();
    let mut docs = Vec::with_capacity(texts.len());
    for (&text, analysis) in texts.iter().zip(analyses) {
        let mut excluded: Vec<Span> = if skip_boilerplate {
            analysis.boilerplate.iter().map(|b| b.span).collect()
        } else {
            Vec::new()
        };
        excluded.lean_sort();
        let mut ids = Vec::with_capacity(analysis.tokens.len());
        let mut spans = Vec::with_capacity(analysis.tokens.len());
        let mut e = 0;
        for token in &analysis.tokens {
            if !matches!(token.kind, TokenKind::Word | TokenKind::Number) {
                continue;
            }
            while e < excluded.len() && excluded[e].end <= token.span.start {
                e += 1;
            }
            if e < excluded.len() && excluded[e].contains(token.span) {
                continue;
            }
            // Tokens must run forward (a caller's own analysis might not).
            if spans
                .last()
                .is_some_and(|s: &Span| s.end > token.span.start)
            {
                continue;
            }
            let Some(surface) = text.get(token.span.start..token.span.end) else {
                continue;
            };
            let norm = comparison_form(surface);
            if norm.is_empty() {
                continue;
            }
            ids.push(vocab.intern(norm, surface, token.kind == TokenKind::Number));
            spans.push(token.span);
        }
        let mut doc = Doc {
            text,
            quoted: vec![false; ids.len()],
            ids,
            spans,
        };
        for q in analysis.quotes.iter().filter(|q| q.kind.is_speech()) {
            for i in doc.words_in(q.span) {
                doc.quoted[i] = true;
            }
        }
        docs.push(doc);
    }
    (vocab, docs)
}

/// Rounds to four decimals, mapping anything not finite to 0.
pub(crate) fn round4(x: f64) -> f64 {
    if x.is_finite() {
        (x * 10_000.0).round() / 10_000.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_fold() {
        assert_eq!(comparison_form("Sony’s"), "sony");
        assert_eq!(comparison_form("leaders’"), "leaders");
        assert_eq!(comparison_form("'s"), "'s");
        assert_eq!(comparison_form("It’s"), "it");
    }

    #[test]
    fn hashes_differ_by_order_and_tag() {
        assert_ne!(hash_ids(&[1, 2], 0), hash_ids(&[2, 1], 0));
        assert_ne!(hash_ids(&[1, 2], 0), hash_ids(&[1, 2], 1));
        assert_eq!(hash_ids(&[1, 2, 3], 7), hash_ids(&[1, 2, 3], 7));
    }
}
