//! Word-level difference of two word sequences.
//!
//! The method is Ratcliff–Obershelp "gestalt" matching, as in Python's
//! `difflib.SequenceMatcher`: take the longest common run of words as an
//! anchor, then recurse on the words left of it and right of it. Anchors are
//! contiguous runs, so a trimmed quote comes out as one equal run with
//! deletions around it, and a bracketed insertion as a small replacement.

use crate::sort::Lean;

/// One step of an edit script on word indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// `a[i..i+len]` equals `b[j..j+len]`.
    Equal { i: usize, j: usize, len: usize },
    /// `a[i..i+len]` is not in `b`.
    Delete { i: usize, len: usize },
    /// `b[j..j+len]` is not in `a`.
    Insert { j: usize, len: usize },
}

/// Longest sequences compared word by word; longer ones are only trimmed of
/// their common prefix and suffix, so no input can take quadratic time.
const MAX_WORDS: usize = 4000;

/// Word comparisons one difference may make, as a multiple of `a.len() × b.len()`:
/// each anchor splits the rest, and sequences that share only scattered words
/// would otherwise rescan the remainder once per anchor. Past it, what is left
/// counts as deleted and inserted.
const BUDGET: usize = 4;

/// The edit script that turns `a` into `b`: equal, delete and insert runs in
/// order, deletions before insertions where both fall between two equal runs.
pub(crate) fn diff(a: &[u32], b: &[u32]) -> Vec<Step> {
    let mut matches = Vec::new();
    if a.len() <= MAX_WORDS && b.len() <= MAX_WORDS {
        let mut row = vec![0u32; b.len() + 1];
        let mut prev = vec![0u32; b.len() + 1];
        let mut budget = BUDGET * a.len() * b.len();
        matching_runs(
            a,
            b,
            (0, a.len()),
            (0, b.len()),
            (&mut row, &mut prev),
            &mut budget,
            &mut matches,
        );
    } else {
        let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let suffix = a[prefix..]
            .iter()
            .rev()
            .zip(b[prefix..].iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        if prefix > 0 {
            matches.push((0, 0, prefix));
        }
        if suffix > 0 {
            matches.push((a.len() - suffix, b.len() - suffix, suffix));
        }
    }
    matches.lean_sort();
    let mut steps = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (mi, mj, len) in matches
        .into_iter()
        .chain(std::iter::once((a.len(), b.len(), 0)))
    {
        if mi > i {
            steps.push(Step::Delete { i, len: mi - i });
        }
        if mj > j {
            steps.push(Step::Insert { j, len: mj - j });
        }
        if len > 0 {
            steps.push(Step::Equal { i: mi, j: mj, len });
        }
        i = mi + len;
        j = mj + len;
    }
    steps
}

/// The longest common run of `a[alo..ahi]` and `b[blo..bhi]`, earliest in `a`
/// then in `b` among equals, as `(i, j, len)`.
#[allow(clippy::too_many_arguments)]
fn longest_run(
    a: &[u32],
    b: &[u32],
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
    row: &mut Vec<u32>,
    prev: &mut Vec<u32>,
) -> (usize, usize, usize) {
    let mut best = (alo, blo, 0usize);
    for p in prev[blo..=bhi].iter_mut() {
        *p = 0;
    }
    for (i, &word) in a.iter().enumerate().take(ahi).skip(alo) {
        row[blo] = 0;
        for j in blo..bhi {
            let k = if word == b[j] { prev[j] + 1 } else { 0 };
            row[j + 1] = k;
            if k as usize > best.2 {
                best = (i + 1 - k as usize, j + 1 - k as usize, k as usize);
            }
        }
        std::mem::swap(row, prev);
    }
    best
}

fn matching_runs(
    a: &[u32],
    b: &[u32],
    (alo, ahi): (usize, usize),
    (blo, bhi): (usize, usize),
    rows: (&mut Vec<u32>, &mut Vec<u32>),
    budget: &mut usize,
    out: &mut Vec<(usize, usize, usize)>,
) {
    if alo >= ahi || blo >= bhi {
        return;
    }
    let cost = (ahi - alo) * (bhi - blo);
    if cost > *budget {
        return;
    }
    *budget -= cost;
    let (row, prev) = rows;
    let (i, j, len) = longest_run(a, b, alo, ahi, blo, bhi, row, prev);
    if len == 0 {
        return;
    }
    matching_runs(a, b, (alo, i), (blo, j), (row, prev), budget, out);
    out.push((i, j, len));
    matching_runs(
        a,
        b,
        (i + len, ahi),
        (j + len, bhi),
        (row, prev),
        budget,
        out,
    );
}

/// Summary figures of a script: words in equal runs of at least `min_run`
/// words, and the longest equal run.
pub(crate) fn matched(steps: &[Step], min_run: usize) -> (usize, usize) {
    let mut total = 0;
    let mut longest = 0;
    for s in steps {
        if let Step::Equal { len, .. } = *s {
            if len >= min_run {
                total += len;
            }
            longest = longest.max(len);
        }
    }
    (total, longest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn script(a: &[u32], b: &[u32]) -> Vec<Step> {
        diff(a, b)
    }

    #[test]
    fn identical_is_one_equal_run() {
        assert_eq!(
            script(&[1, 2, 3], &[1, 2, 3]),
            [Step::Equal { i: 0, j: 0, len: 3 }]
        );
    }

    #[test]
    fn trimmed_is_deletions_around_one_run() {
        assert_eq!(
            script(&[9, 1, 2, 3, 8], &[1, 2, 3]),
            [
                Step::Delete { i: 0, len: 1 },
                Step::Equal { i: 1, j: 0, len: 3 },
                Step::Delete { i: 4, len: 1 }
            ]
        );
    }

    #[test]
    fn replacement_is_delete_then_insert() {
        // I wish [Sony] had spoken / I wish they had spoken
        assert_eq!(
            script(&[1, 2, 7, 4, 5], &[1, 2, 6, 4, 5]),
            [
                Step::Equal { i: 0, j: 0, len: 2 },
                Step::Delete { i: 2, len: 1 },
                Step::Insert { j: 2, len: 1 },
                Step::Equal { i: 3, j: 3, len: 2 }
            ]
        );
    }

    #[test]
    fn empty_sides() {
        assert!(script(&[], &[]).is_empty());
        assert_eq!(script(&[1], &[]), [Step::Delete { i: 0, len: 1 }]);
        assert_eq!(script(&[], &[1]), [Step::Insert { j: 0, len: 1 }]);
    }

    #[test]
    fn long_inputs_fall_back_to_prefix_and_suffix() {
        let a: Vec<u32> = (0..5000).collect();
        let mut b = a.clone();
        b[2500] = 99_999;
        let (total, longest) = matched(&diff(&a, &b), 1);
        assert_eq!(total, 4999);
        assert_eq!(longest, 2500);
    }

    #[test]
    fn scattered_common_words_stay_within_the_budget() {
        // Every other word shared, in a different order: thousands of one-word
        // anchors. The script still accounts for every word of both sides.
        let a: Vec<u32> = (0..3000)
            .map(|i| if i % 2 == 0 { i % 7 } else { 100 + i })
            .collect();
        let b: Vec<u32> = (0..3000)
            .map(|i| if i % 2 == 0 { (i / 2) % 7 } else { 10_000 + i })
            .collect();
        let steps = diff(&a, &b);
        let (mut na, mut nb) = (0, 0);
        for s in &steps {
            match *s {
                Step::Equal { len, .. } => {
                    na += len;
                    nb += len;
                }
                Step::Delete { len, .. } => na += len,
                Step::Insert { len, .. } => nb += len,
            }
        }
        assert_eq!((na, nb), (a.len(), b.len()));
    }
}
