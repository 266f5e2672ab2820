//! Property tests: whatever the text, `analyze` and `compare` return results whose
//! spans are in bounds, on character boundaries and ordered, and never panic; on
//! news-shaped text (`tests/common/news_text.rs`, the generator the `news` fuzz
//! target uses), every public function holds `tests/common/invariants.rs`.
#![cfg(not(target_arch = "wasm32"))]

use lede::tokenize::tokenize;
use lede::{analyze, analyze_with, compare, frequencies, kwic, Analysis, Article, Options};
use proptest::prelude::*;

#[path = "common/invariants.rs"]
mod invariants;
#[path = "common/news_text.rs"]
mod news_text;

use news_text::{Choices, Numbers};

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

fn check(text: &str, a: &Analysis) -> Result<(), TestCaseError> {
    invariants::analysis(text, a).map_err(TestCaseError::fail)
}

/// Choices for [`news_text`]: shrinking the list shrinks the article.
fn choices() -> impl Strategy<Value = Vec<u16>> {
    prop::collection::vec(any::<u16>(), 0..NEWS_CHOICES)
}

/// Choices per generated article or set of articles, at most: a few paragraphs.
const NEWS_CHOICES: usize = 800;

/// How one news-shaped article is looked at: drawn before the article, which
/// takes every choice left.
struct Probe {
    options: Options,
    term_at: usize,
    window: usize,
}

fn probe(c: &mut Numbers<'_>) -> Probe {
    Probe {
        options: news_text::options(c),
        term_at: c.below(1 << 16),
        window: c.below(12),
    }
}

/// Runs every public function over one news-shaped article and checks each result.
fn check_news(text: &str, p: &Probe) -> Result<(), TestCaseError> {
    let fail = TestCaseError::fail;
    check(text, &analyze(text))?;
    let with = analyze_with(text, &p.options).unwrap();
    check(text, &with)?;
    let f = frequencies(text, &p.options);
    invariants::frequencies(&f).map_err(fail)?;
    if p.options.keep_boilerplate {
        invariants::frequencies_agree(&f, &with).map_err(fail)?;
    }
    let tokens = tokenize(text);
    invariants::tokens(text, &tokens).map_err(fail)?;
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind.is_word_like())
        .map(|t| t.text(text))
        .collect();
    if !words.is_empty() {
        let at = p.term_at % words.len();
        for term in [
            words[at].to_owned(),
            words[at..(at + 2).min(words.len())].join(" "),
        ] {
            invariants::kwic(text, &kwic(text, &tokens, &term, p.window)).map_err(fail)?;
        }
    }
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

proptest! {
    // News-shaped articles of a few KB: 128 cases of each kind take one to three
    // seconds in a debug build; `./build.sh fuzz` and `soak` go on for minutes.
    #![proptest_config(ProptestConfig { cases: 128, .. ProptestConfig::default() })]

    #[test]
    fn news_text_holds_the_invariants(numbers in choices()) {
        let mut c = Numbers::new(&numbers);
        let p = probe(&mut c);
        let text = news_text::article(&mut c);
        check_news(&text, &p)?;
    }

    #[test]
    fn news_comparisons_hold_the_invariants(numbers in choices()) {
        let mut c = Numbers::new(&numbers);
        let texts = news_text::articles(&mut c);
        let articles: Vec<Article<'_>> = texts
            .iter()
            .map(|t| Article { id: String::new(), title: None, text: t })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let comparison = compare(&articles).unwrap();
        invariants::comparison(&refs, &comparison).map_err(TestCaseError::fail)?;
    }
}
