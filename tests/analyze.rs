//! The public API on real text: the bundled samples and hostile input.

mod common;

use common::samples::{NPR, VERGE};
use lede::{analyze, analyze_with, Analysis, Options};

/// What every analysis satisfies (`tests/common/invariants.rs`), and what these tests
/// add: no blank token, quotations in text order, each one's speaker named by its entry.
fn check_invariants(text: &str, a: &Analysis) {
    common::spans::assert_analysis(text, a);
    for t in &a.tokens {
        assert!(
            !t.text(text).trim().is_empty(),
            "blank token at {:?}",
            t.span
        );
    }
    assert!(
        a.quotes
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "quotes out of text order"
    );
    for q in &a.quotes {
        if let Some(id) = q.speaker_id {
            assert_eq!(Some(&a.speakers[id].name), q.speaker.as_ref());
        }
    }
}

#[test]
fn samples_hold_the_invariants() {
    for text in [NPR, VERGE] {
        check_invariants(text, &analyze(text));
    }
}

#[test]
fn samples_have_sensible_counts() {
    let a = analyze(NPR);
    assert!(
        (550..800).contains(&a.stats.words),
        "NPR words: {}",
        a.stats.words
    );
    assert!(
        a.stats.sentences >= 25,
        "NPR sentences: {}",
        a.stats.sentences
    );
    let v = analyze(VERGE);
    assert!(
        (600..800).contains(&v.stats.words),
        "Verge words: {}",
        v.stats.words
    );
    assert!(v.speakers.iter().any(|s| s.name == "Obama"));
}

#[test]
fn odd_input_gives_a_result() {
    let junk: String = (0u32..5000)
        .filter_map(|i| char::from_u32((i * 7919) % 0x11000))
        .collect();
    let cases = [
        String::new(),
        " \n\n\t ".into(),
        "\u{FFFD}\u{0}\u{1}".into(),
        junk,
        "\"".repeat(10_001),
        "“".repeat(5000) + &"”".repeat(5000),
        format!("“{}", "word ".repeat(20_000)),
        "'".repeat(3000),
        "...!?".repeat(1000),
    ];
    for text in &cases {
        check_invariants(text, &analyze(text));
    }
}

#[test]
fn the_size_limit_is_an_error_that_names_the_option() {
    let options = Options {
        max_bytes: 100,
        ..Options::default()
    };
    let err = analyze_with(&"x".repeat(101), &options).unwrap_err();
    assert!(err.to_string().contains("maxBytes"), "{err}");
}

/// One word count behind every figure: a quotation's words, its speaker's and the
/// article's are counted by the same rule, and text set aside as boilerplate
/// (a pasted repeat included) counts in none of them.
#[test]
fn quotations_and_statistics_count_words_alike() {
    let text = "“Follow @sony and #TheInterview at www.sony.com now,” Lewis said.";
    let a = analyze(text);
    assert_eq!(
        a.quotes[0].words, 7,
        "handles, hashtags and addresses are words"
    );
    assert_eq!(a.stats.words, 9);
    assert_eq!(a.stats.quoted_words, 7);
    assert_eq!(a.speakers[0].quoted_words, 7);
    assert!((a.speakers[0].share - 7.0 / 9.0).abs() < 1e-9);

    for copies in [1, 2, 5] {
        let twice = vec![NPR; copies].join("\n\n");
        let a = analyze(&twice);
        assert!(
            a.stats.quoted_words <= a.stats.words,
            "{copies} copies: {} quoted of {} words",
            a.stats.quoted_words,
            a.stats.words
        );
        // Short repeated lines are boilerplate and long ones are not, but either
        // way quoted and unquoted words leave the figures together.
        let once = analyze(NPR);
        assert!(
            (a.stats.quoted_share - once.stats.quoted_share).abs() <= 0.05,
            "{copies} copies: {} of the words in quotes, {} in one copy",
            a.stats.quoted_share,
            once.stats.quoted_share
        );
        let shares: f64 = a.speakers.iter().map(|s| s.share).sum();
        assert!(
            shares <= 1.0 + 1e-9,
            "{copies} copies: shares sum to {shares}"
        );
    }
}

/// Marks of different families crossing (an unclosed “ closed after other quotations
/// opened and closed) still give quotations that nest or stand apart, so no word is
/// quoted twice.
#[test]
fn quotations_nest_or_stand_apart() {
    let text =
        "He said “\"Not the end, noted Ames. \"We stay,\" said Dunn. ‘Yes,’ she said.” Then.";
    let a = analyze(text);
    for (i, q) in a.quotes.iter().enumerate() {
        for r in &a.quotes[..i] {
            let disjoint = r.span.end <= q.span.start;
            let inside = q.span.start >= r.span.start && q.span.end <= r.span.end;
            assert!(disjoint || inside, "{:?} crosses {:?}", q.span, r.span);
            if inside && q.parent.is_none() {
                panic!("{:?} lies inside {:?} but has no parent", q.text, r.text);
            }
        }
    }
    assert!(a.stats.quoted_words <= a.stats.words);
}
