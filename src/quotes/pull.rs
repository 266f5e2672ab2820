//! Pull quotes: a paragraph that is only a quotation, repeating words said
//! elsewhere in the article, is linked to the quotation it repeats.
//!
//! Words are the document model's: the word-like tokens inside each quotation,
//! compared by their normal forms. A `[bracketed]` insertion may stand for up
//! to [`MAX_BRACKET_GAP`] words of the original and an ellipsis for any number;
//! the pull quote may be trimmed at either end.

use std::ops::Range;

use super::marks::RawQuote;
use crate::document::Document;
use crate::span::Span;

/// How many original words one `[bracketed]` insertion may replace.
const MAX_BRACKET_GAP: usize = 4;
/// How many words an ellipsis may skip.
const MAX_ELLIPSIS_GAP: usize = 400;
/// Only this many pull-quote candidates are compared, keeping the work linear.
const MAX_CANDIDATES: usize = 32;
/// Shorter quotations are not pull quotes.
const MIN_PULL_WORDS: usize = 3;
/// Longer quotations are not pull quotes.
const MAX_PULL_WORDS: usize = 60;
/// How many occurrences of a first segment are checked.
const MAX_MATCHES: usize = 8;
/// Between the words of two quotations in the sequence searched (no form has this id).
const SEPARATOR: u32 = u32::MAX;

/// Words of a pull quote read in one run, with how many words of the original
/// may come before them (after a bracket or an ellipsis).
type Segment = (usize, Vec<u32>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// A word, by its form's index.
    Word(u32),
    Bracket,
    Ellipsis,
}

/// The tokens of `doc` inside `span`.
fn tokens_in(doc: &Document<'_>, span: Span) -> Range<usize> {
    let start = doc.tokens.partition_point(|t| t.span.start < span.start);
    let end = doc.tokens.partition_point(|t| t.span.end <= span.end);
    start..end.max(start)
}

/// The pieces of the quotation inside `span`, in order: each word by its normal
/// form, a `[bracketed]` insertion (its words left out) and an ellipsis.
fn pieces(doc: &Document<'_>, span: Span, mut sink: impl FnMut(Piece)) {
    let range = tokens_in(doc, span);
    let mut i = range.start;
    while i < range.end {
        if let Some(form) = doc.forms.of_token[i] {
            sink(Piece::Word(form.index() as u32));
            i += 1;
            continue;
        }
        let t = doc.tokens[i].text(doc.text);
        if t == "[" {
            // On after the closing bracket (or to the end).
            i = (i + 1..range.end)
                .find(|&k| doc.tokens[k].text(doc.text) == "]")
                .map_or(range.end, |k| k + 1);
            sink(Piece::Bracket);
            continue;
        }
        if t.contains('…') || t.len() >= 3 && t.bytes().all(|b| b == b'.') {
            sink(Piece::Ellipsis);
        }
        i += 1;
    }
}

/// For each quotation, the index of the quotation it repeats, when it is a pull quote.
///
/// `candidates` flags the quotations standing alone in their paragraph.
#[inline(never)]
pub(crate) fn repeats(
    doc: &Document<'_>,
    quotes: &[RawQuote],
    candidates: &[bool],
) -> Vec<Option<usize>> {
    let mut out = vec![None; quotes.len()];
    let picked: Vec<usize> = (0..quotes.len())
        .filter(|&i| candidates[i])
        .take(MAX_CANDIDATES)
        .collect();
    if picked.is_empty() {
        return out;
    }
    // Every top-level quotation's words, one after another, each quotation
    // followed by a separator; `starts` holds where each one's words start.
    let top = || {
        quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.parent.is_none())
    };
    let quoted_bytes: usize = top().map(|(_, q)| q.inner.len()).sum();
    let mut seq: Vec<u32> = Vec::with_capacity(quoted_bytes / 5 + quotes.len());
    let mut starts: Vec<(u32, u32)> = Vec::new(); // (start in seq, quotation)
    for (i, q) in top() {
        starts.push((seq.len() as u32, i as u32));
        pieces(doc, q.inner, |p| {
            if let Piece::Word(w) = p {
                seq.push(w);
            }
        });
        seq.push(SEPARATOR);
    }
    let owner = |at: usize| starts[starts.partition_point(|s| s.0 as usize <= at) - 1].1;
    // Each candidate's segments of consecutive words, with the gap allowed before each.
    let mut plans: Vec<(usize, Vec<Segment>)> = Vec::new();
    for &c in &picked {
        let mut ps = Vec::new();
        pieces(doc, quotes[c].inner, |p| ps.push(p));
        let words = ps.iter().filter(|p| matches!(p, Piece::Word(_))).count();
        if !(MIN_PULL_WORDS..=MAX_PULL_WORDS).contains(&words) {
            continue;
        }
        let mut segments: Vec<Segment> = vec![(0, Vec::new())];
        for p in ps {
            match p {
                Piece::Word(h) => segments.last_mut().map_or((), |s| s.1.push(h)),
                Piece::Bracket => segments.push((MAX_BRACKET_GAP, Vec::new())),
                Piece::Ellipsis => segments.push((MAX_ELLIPSIS_GAP, Vec::new())),
            }
        }
        let mut gap_carry = 0;
        let mut segs: Vec<Segment> = Vec::new();
        for (gap, words) in segments {
            if words.is_empty() {
                gap_carry += gap;
            } else {
                segs.push((gap + gap_carry, words));
                gap_carry = 0;
            }
        }
        if !segs.is_empty() {
            plans.push((c, segs));
        }
    }
    let firsts: Vec<&[u32]> = plans.iter().map(|(_, segs)| &segs[0].1[..]).collect();
    for ((c, segs), places) in plans.iter().zip(find_each(&seq, &firsts)) {
        for at in places {
            let o = owner(at) as usize;
            if o == *c || (candidates[o] && o > *c) {
                continue;
            }
            if follows(&seq, at + segs[0].1.len(), &segs[1..]) {
                out[*c] = Some(o);
                break;
            }
        }
    }
    out
}

/// True when `segs` follow from `from` in `seq`, each within its gap.
fn follows(seq: &[u32], mut from: usize, segs: &[Segment]) -> bool {
    for (gap, words) in segs {
        let mut found = None;
        for p in from..=from + gap {
            if p + words.len() > seq.len() || (p > from && seq[p - 1] == SEPARATOR) {
                break;
            }
            if seq[p..p + words.len()] == words[..] {
                found = Some(p);
                break;
            }
        }
        match found {
            Some(p) => from = p + words.len(),
            None => return false,
        }
    }
    true
}

/// For each pattern, its first [`MAX_MATCHES`] start positions in `seq`, in
/// order. One pass serves all of them: a bit per first word rules out nearly
/// every position at one look, and a pattern is compared in full only where
/// its first word stands. Text built to match first words everywhere (the
/// same word over and over) would make that pass compare at every position,
/// so past a budget of word comparisons each pattern is searched on its own,
/// in linear time.
fn find_each(seq: &[u32], pats: &[&[u32]]) -> Vec<Vec<usize>> {
    const BITS: usize = 1 << 12;
    let slot = |w: u32| w as usize % BITS;
    let mut first_words = [0u64; BITS / 64];
    for pat in pats.iter().filter(|p| !p.is_empty()) {
        let b = slot(pat[0]);
        first_words[b / 64] |= 1 << (b % 64);
    }
    let mut out = vec![Vec::new(); pats.len()];
    let mut open = pats.iter().filter(|p| !p.is_empty()).count();
    let mut budget = 8 * seq.len() + 4096;
    for (i, &x) in seq.iter().enumerate() {
        if open == 0 {
            break;
        }
        let b = slot(x);
        if first_words[b / 64] & 1 << (b % 64) == 0 {
            continue;
        }
        for (k, pat) in pats.iter().enumerate() {
            if pat.first() != Some(&x) || out[k].len() >= MAX_MATCHES {
                continue;
            }
            if budget < pat.len() {
                return pats.iter().map(|pat| find_all(seq, pat)).collect();
            }
            budget -= pat.len();
            if seq.get(i..i + pat.len()) == Some(pat) {
                out[k].push(i);
                if out[k].len() == MAX_MATCHES {
                    open -= 1;
                }
            }
        }
    }
    out
}

/// Start positions of `pat` in `seq` (Knuth–Morris–Pratt, linear).
fn find_all(seq: &[u32], pat: &[u32]) -> Vec<usize> {
    let mut out = Vec::new();
    if pat.is_empty() {
        return out;
    }
    let mut fail = vec![0usize; pat.len()];
    let mut k = 0;
    for i in 1..pat.len() {
        while k > 0 && pat[i] != pat[k] {
            k = fail[k - 1];
        }
        if pat[i] == pat[k] {
            k += 1;
        }
        fail[i] = k;
    }
    k = 0;
    for (i, &x) in seq.iter().enumerate() {
        while k > 0 && x != pat[k] {
            k = fail[k - 1];
        }
        if x == pat[k] {
            k += 1;
        }
        if k == pat.len() {
            out.push(i + 1 - pat.len());
            if out.len() >= MAX_MATCHES {
                break;
            }
            k = fail[k - 1];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces of the whole of `text`, words shown by their forms.
    fn read(text: &str) -> Vec<String> {
        let doc = Document::read(text, true);
        let mut out = Vec::new();
        pieces(&doc, Span::new(0, text.len()), |p| {
            out.push(match p {
                Piece::Word(w) => doc.forms.text(crate::forms::FormId::new(w)).to_string(),
                Piece::Bracket => "[]".into(),
                Piece::Ellipsis => "…".into(),
            })
        });
        out
    }

    #[test]
    fn brackets_and_ellipses_split_segments() {
        assert_eq!(
            read("I wish [Sony] had ... spoken."),
            ["i", "wish", "[]", "had", "…", "spoken"]
        );
        assert_eq!(
            read("Ünïcode — CAPS’s well-known [unclosed bracket"),
            ["ünïcode", "caps's", "well-known", "[]"]
        );
        assert_eq!(read("a…b. . .c.... d"), ["a", "…", "b", "c", "…", "d"]);
        assert_eq!(find_all(&[1, 2, 1, 2, 3], &[1, 2, 3]), [2]);
        let seq = [1, 2, 1, 2, 3, 1, 1, 1];
        let pats: [&[u32]; 4] = [&[1, 2, 3], &[1, 1], &[], &[1]];
        let want = [vec![2], vec![5, 6], vec![], vec![0, 2, 5, 6, 7]];
        assert_eq!(find_each(&seq, &pats), want);
        let many = vec![7u32; 20];
        assert_eq!(
            find_each(&many, &[&[7, 7]])[0],
            (0..MAX_MATCHES).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_one_pass_search_agrees_with_searching_each_pattern() {
        // Over budget (every position starts every pattern) and within it.
        let sea: Vec<u32> = (0..5000)
            .map(|i| if i % 997 == 996 { 9 } else { 7 })
            .collect();
        let pats: Vec<Vec<u32>> = (1..40).map(|n| [vec![7; n], vec![9]].concat()).collect();
        let pats: Vec<&[u32]> = pats.iter().map(Vec::as_slice).collect();
        let each: Vec<Vec<usize>> = pats.iter().map(|p| find_all(&sea, p)).collect();
        assert_eq!(find_each(&sea, &pats), each);
        let text: Vec<u32> = (0..5000).map(|i| i % 50).collect();
        let pats: [&[u32]; 3] = [&[3, 4, 5], &[49, 0], &[7, 9]];
        let each: Vec<Vec<usize>> = pats.iter().map(|p| find_all(&text, p)).collect();
        assert_eq!(find_each(&text, &pats), each);
        assert_eq!(each[0].len(), MAX_MATCHES);
    }
}
