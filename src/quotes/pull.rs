//! Pull quotes: a paragraph that is only a quotation, repeating words said
//! elsewhere in the article, is linked to the quotation it repeats.
//!
//! Words are compared in lowercase without punctuation. A `[bracketed]`
//! insertion may stand for up to [`MAX_BRACKET_GAP`] words of the original and
//! an ellipsis for any number; the pull quote may be trimmed at either end.

use super::doc::{char_at, is_alnum, LOWER_ALNUM};
use super::marks::RawQuote;

/// How many original words one `[bracketed]` insertion may replace.
const MAX_BRACKET_GAP: usize = 4;
/// How many words an ellipsis may skip.
const MAX_ELLIPSIS_GAP: usize = 400;
/// Only this many pull-quote candidates are compared, keeping the work linear.
const MAX_CANDIDATES: usize = 32;
/// Longer quotations are not pull quotes.
const MAX_PULL_WORDS: usize = 60;
/// How many occurrences of a first segment are checked.
const MAX_MATCHES: usize = 8;
const SEPARATOR: u64 = u64::MAX;

/// Words of a pull quote read in one run, with how many words of the original
/// may come before them (after a bracket or an ellipsis).
type Segment = (usize, Vec<u64>);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Piece {
    Word(u64),
    Bracket,
    Ellipsis,
}

fn hash(word: &str) -> u64 {
    // FNV-1a over the lowercase word.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    if word.is_ascii() {
        // The same bytes as the general path below, without decoding.
        for b in word.bytes() {
            h ^= u64::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        return h & !(1 << 63);
    }
    for c in word.chars().flat_map(crate::case::lower) {
        let c = if c == '’' { '\'' } else { c };
        let mut buf = [0u8; 4];
        for b in c.encode_utf8(&mut buf).bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h & !(1 << 63)
}

fn pieces(s: &str) -> Vec<Piece> {
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut word_start: Option<usize> = None;
    let mut dots = 0;
    let flush = |start: &mut Option<usize>, end: usize, out: &mut Vec<Piece>| {
        if let Some(st) = start.take() {
            out.push(Piece::Word(hash(&s[st..end])));
        }
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(c) = char_at(s, i, s.len()) {
        if c.is_ascii_alphanumeric() {
            // A run of ASCII letters and digits, without decoding.
            word_start.get_or_insert(i);
            dots = 0;
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            continue;
        }
        let next = i + c.len_utf8();
        if is_alnum(c) {
            word_start.get_or_insert(i);
            dots = 0;
            i = next;
            continue;
        }
        let inner_joiner = matches!(c, '\'' | '’' | '-')
            && word_start.is_some()
            && char_at(s, next, s.len()).is_some_and(is_alnum);
        if inner_joiner {
            i = next;
            continue;
        }
        flush(&mut word_start, i, &mut out);
        i = next;
        match c {
            '[' => {
                // Skip to just after the closing bracket (or to the end).
                i = s[i..].find(']').map_or(s.len(), |k| i + k + 1);
                out.push(Piece::Bracket);
            }
            '…' => out.push(Piece::Ellipsis),
            '.' => {
                dots += 1;
                if dots == 3 {
                    out.push(Piece::Ellipsis);
                }
                continue;
            }
            _ => {}
        }
        dots = 0;
    }
    flush(&mut word_start, s.len(), &mut out);
    out
}

/// Appends the hashes of the words of `s`: the `Piece::Word`s of [`pieces`],
/// hashed as the words are read (every quotation of the article goes through
/// here, so it skips the pieces and hashes ASCII words in the same pass).
fn word_hashes(s: &str, out: &mut Vec<u64>) {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let bytes = s.as_bytes();
    let len = bytes.len();
    let mut i = 0;
    while i < len {
        let b = bytes[i];
        let starts =
            b.is_ascii_alphanumeric() || b >= 0x80 && char_at(s, i, len).is_some_and(is_alnum);
        if !starts {
            i = if b == b'[' {
                s[i..].find(']').map_or(len, |k| i + k + 1)
            } else {
                i + char_at(s, i, len).map_or(1, char::len_utf8)
            };
            continue;
        }
        let start = i;
        let mut ascii = true;
        let mut h = OFFSET;
        loop {
            // ASCII letters and digits, lowercased by one table look each.
            for &b in &bytes[i..] {
                let lower = LOWER_ALNUM[b as usize];
                if lower == 0 {
                    break;
                }
                h = (h ^ u64::from(lower)).wrapping_mul(PRIME);
                i += 1;
            }
            if let Some(c) = (bytes.get(i).is_some_and(|&b| b >= 0x80))
                .then(|| char_at(s, i, len))
                .flatten()
                .filter(|&c| is_alnum(c))
            {
                ascii = false;
                i += c.len_utf8();
                continue;
            }
            match char_at(s, i, len) {
                Some(j @ ('\'' | '’' | '-'))
                    if char_at(s, i + j.len_utf8(), len).is_some_and(is_alnum) =>
                {
                    if j == '’' {
                        ascii = false;
                    } else {
                        h = (h ^ j as u64).wrapping_mul(PRIME);
                    }
                    i += j.len_utf8();
                }
                _ => break,
            }
        }
        out.push(if ascii {
            h & !(1 << 63)
        } else {
            hash(&s[start..i])
        });
    }
}

/// For each quotation, the index of the quotation it repeats, when it is a pull quote.
///
/// `candidates` flags the quotations standing alone in their paragraph.
#[inline(never)]
pub(crate) fn repeats(text: &str, quotes: &[RawQuote], candidates: &[bool]) -> Vec<Option<usize>> {
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
    let mut seq: Vec<u64> = Vec::with_capacity(quoted_bytes / 5 + quotes.len());
    let mut starts: Vec<(u32, u32)> = Vec::new(); // (start in seq, quotation)
    for (i, q) in top() {
        starts.push((seq.len() as u32, i as u32));
        word_hashes(q.inner.slice(text), &mut seq);
        seq.push(SEPARATOR);
    }
    let owner = |at: usize| starts[starts.partition_point(|s| s.0 as usize <= at) - 1].1;
    // Each candidate's segments of consecutive words, with the gap allowed before each.
    let mut plans: Vec<(usize, Vec<Segment>)> = Vec::new();
    for &c in &picked {
        let ps = pieces(quotes[c].inner.slice(text));
        let words = ps.iter().filter(|p| matches!(p, Piece::Word(_))).count();
        if !(3..=MAX_PULL_WORDS).contains(&words) {
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
    let firsts: Vec<&[u64]> = plans.iter().map(|(_, segs)| &segs[0].1[..]).collect();
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
fn follows(seq: &[u64], mut from: usize, segs: &[Segment]) -> bool {
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
fn find_each(seq: &[u64], pats: &[&[u64]]) -> Vec<Vec<usize>> {
    const BITS: usize = 1 << 12;
    let slot = |h: u64| (h ^ h >> 29) as usize % BITS;
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
fn find_all(seq: &[u64], pat: &[u64]) -> Vec<usize> {
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

    #[test]
    fn brackets_and_ellipses_split_segments() {
        let p = pieces("I wish [Sony] had ... spoken.");
        assert_eq!(p.len(), 6);
        assert!(p[2] == Piece::Bracket && p[4] == Piece::Ellipsis);
        assert_eq!(find_all(&[1, 2, 1, 2, 3], &[1, 2, 3]), [2]);
        let seq = [1, 2, 1, 2, 3, 1, 1, 1];
        let pats: [&[u64]; 4] = [&[1, 2, 3], &[1, 1], &[], &[1]];
        let want = [vec![2], vec![5, 6], vec![], vec![0, 2, 5, 6, 7]];
        assert_eq!(find_each(&seq, &pats), want);
        let many = vec![7u64; 20];
        assert_eq!(
            find_each(&many, &[&[7, 7]])[0],
            (0..MAX_MATCHES).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_one_pass_search_agrees_with_searching_each_pattern() {
        // Over budget (every position starts every pattern) and within it.
        let sea: Vec<u64> = (0..5000)
            .map(|i| if i % 997 == 996 { 9 } else { 7 })
            .collect();
        let pats: Vec<Vec<u64>> = (1..40).map(|n| [vec![7; n], vec![9]].concat()).collect();
        let pats: Vec<&[u64]> = pats.iter().map(Vec::as_slice).collect();
        let each: Vec<Vec<usize>> = pats.iter().map(|p| find_all(&sea, p)).collect();
        assert_eq!(find_each(&sea, &pats), each);
        let text: Vec<u64> = (0..5000).map(|i| i % 50).collect();
        let pats: [&[u64]; 3] = [&[3, 4, 5], &[49, 0], &[7, 9]];
        let each: Vec<Vec<usize>> = pats.iter().map(|p| find_all(&text, p)).collect();
        assert_eq!(find_each(&text, &pats), each);
        assert_eq!(each[0].len(), MAX_MATCHES);
    }

    #[test]
    fn word_hashes_are_the_words_of_pieces() {
        for s in [
            "I wish [Sony] had ... spoken, don't you? It’s a well-known non-state actor's rock ’n’ roll",
            "Ünïcode wörds — and CAPS; e-mail -dash trailing- ’quote’ [unclosed bracket",
            "",
            "…...a.b.c 9/11 $44 3.5% 日本語 the end",
        ] {
            let mut got = Vec::new();
            word_hashes(s, &mut got);
            let want: Vec<u64> = pieces(s)
                .into_iter()
                .filter_map(|p| match p {
                    Piece::Word(h) => Some(h),
                    _ => None,
                })
                .collect();
            assert_eq!(got, want, "{s:?}");
        }
    }
}
