//! Property tests: whatever the text, `analyze` and `compare` return results whose
//! spans are in bounds, on character boundaries and ordered, and never panic.
#![cfg(not(target_arch = "wasm32"))]

use lede::{analyze, compare, Analysis, Article, Span};
use proptest::prelude::*;

/// Pieces of news copy that stress the rules: marks of every kind, apostrophes,
/// abbreviations, initials, numbers, line breaks and attributions.
const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‚",
    "「",
    "」",
    "『",
    "』",
    "‹",
    "›",
    "``",
    "''",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    ".",
    ",",
    "...",
    "…",
    "?",
    "!",
    ":",
    ";",
    "—",
    "(",
    ")",
    "[",
    "]",
    "Obama",
    "Josh Earnest",
    "he",
    "she",
    "they",
    "said",
    "says",
    "added",
    "told reporters",
    "according to",
    "U.S.",
    "Mr.",
    "Dec.",
    "J.R.R.",
    "don’t",
    "students'",
    "’90s",
    "rock ’n’ roll",
    "$44 million",
    "3.5%",
    "9/11",
    "file-sharing",
    "Kim Jong-un",
    "https://example.com/a?b=c",
    "someone@example.com",
    "@handle",
    "#tag",
    "👩‍👩‍👧",
    "😀",
    "Русский",
    "日本語",
    "\u{0}",
    "\u{FFFD}",
    "\u{200B}",
    "e\u{301}",
    "The Interview",
    "the",
    "White House",
    "Copyright 2014 NPR.",
    "Share this story",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120)
        .prop_map(|v| v.join(" ").replace("  ", " "))
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![news_like(), any::<String>(), "\\PC{0,200}"]
}

fn valid(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

fn check(text: &str, a: &Analysis) -> Result<(), TestCaseError> {
    for s in a
        .sentences
        .iter()
        .chain(&a.paragraphs)
        .chain(a.tokens.iter().map(|t| &t.span))
    {
        prop_assert!(valid(text, *s), "span {:?} invalid", s);
    }
    prop_assert!(a.sentences.windows(2).all(|w| w[0].end <= w[1].start));
    prop_assert!(a.paragraphs.windows(2).all(|w| w[0].end <= w[1].start));
    prop_assert!(a
        .tokens
        .windows(2)
        .all(|w| w[0].span.end <= w[1].span.start));
    for q in &a.quotes {
        prop_assert!(valid(text, q.span), "quote span {:?} invalid", q.span);
        prop_assert_eq!(q.span.slice(text), q.text.as_str());
        if let Some(c) = &q.cue {
            prop_assert!(valid(text, c.span));
        }
        if let Some(m) = q.mention {
            prop_assert!(valid(text, m));
        }
        if let Some(id) = q.speaker_id {
            prop_assert!(id < a.speakers.len());
        }
    }
    for t in a
        .terms
        .words
        .iter()
        .chain(&a.terms.phrases)
        .chain(&a.terms.names)
    {
        prop_assert_eq!(t.count, t.occurrences.len());
        prop_assert!(t.occurrences.iter().all(|o| valid(text, *o)));
    }
    let share: f64 = a.speakers.iter().map(|s| s.share).sum();
    prop_assert!(share <= 1.0 + 1e-9, "speaker shares add up to {}", share);
    let words: usize = a.speakers.iter().map(|s| s.quoted_words).sum();
    prop_assert!(
        words <= a.stats.quoted_words.max(words),
        "speaker words exceed quoted words"
    );
    prop_assert!(a.stats.quoted_share.is_finite() && a.stats.flesch_reading_ease.is_finite());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn analyze_holds_its_invariants(text in any_text()) {
        check(&text, &analyze(&text))?;
    }

    #[test]
    fn compare_is_symmetric_and_in_bounds(a in news_like(), b in news_like()) {
        let ab = compare(&[Article { id: "a".into(), title: None, text: &a }, Article { id: "b".into(), title: None, text: &b }]).unwrap();
        let ba = compare(&[Article { id: "b".into(), title: None, text: &b }, Article { id: "a".into(), title: None, text: &a }]).unwrap();
        let (x, y) = (ab.similarity[0][1], ba.similarity[0][1]);
        prop_assert!((0.0..=1.0 + 1e-9).contains(&x), "similarity {}", x);
        prop_assert!((x - y).abs() < 1e-9, "similarity not symmetric: {} vs {}", x, y);
        check(&a, &ab.articles[0].analysis)?;
        check(&b, &ab.articles[1].analysis)?;
    }
}
