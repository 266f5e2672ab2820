//! Span checks that panic with what broke; whole results go through [`invariants`].

use lede::{Analysis, Comparison, Span};

use super::invariants;

/// `span` lies inside `text` and on char boundaries.
pub fn assert_in(text: &str, span: Span, what: &str) {
    invariants::span(text, span, what).unwrap_or_else(|broke| panic!("{broke}"));
}

/// Everything [`invariants::analysis`] checks of an analysis of `text`.
pub fn assert_analysis(text: &str, a: &Analysis) {
    invariants::analysis(text, a).unwrap_or_else(|broke| panic!("{broke}"));
}

/// Everything [`invariants::comparison`] checks of a comparison of `texts`.
pub fn assert_comparison(texts: &[&str], c: &Comparison) {
    invariants::comparison(texts, c).unwrap_or_else(|broke| panic!("{broke}"));
}
