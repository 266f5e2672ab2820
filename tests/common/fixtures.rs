//! `tests/fixtures/seed-quotes.json`, the hand annotation of the samples' quotations, and
//! quotation kinds by the names JavaScript and the fixtures give them.

use lede::{QuoteKind, Span};

use super::offsets::byte_offset;
use super::samples;

/// One annotated quotation, its span in bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct SeedQuote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// The quoted words, as annotated (the span's text: checked when read).
    pub text: String,
    pub kind: QuoteKind,
    /// Who the article says spoke, `None` for a title.
    pub speaker: Option<String>,
}

/// The annotated quotations of the sample `file` (a file name in `www/samples/`).
pub fn seed_quotes(file: &str) -> Vec<SeedQuote> {
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/seed-quotes.json"))
            .expect("seed-quotes.json");
    let text = samples::text(file);
    let field = |q: &serde_json::Value, key: &str| {
        q[key]
            .as_u64()
            .unwrap_or_else(|| panic!("{file}: `{key}` of {q}")) as usize
    };
    fixture["articles"][file]
        .as_array()
        .unwrap_or_else(|| panic!("seed-quotes.json has no {file}"))
        .iter()
        .map(|q| {
            let span = Span::new(
                byte_offset(text, field(q, "start")),
                byte_offset(text, field(q, "end")),
            );
            let annotated = q["text"].as_str().unwrap_or_default();
            assert_eq!(span.slice(text), annotated, "{file}: the fixture's offsets");
            SeedQuote {
                span,
                text: annotated.to_owned(),
                kind: kind_named(q["kind"].as_str().unwrap_or_default()),
                speaker: q["speaker"].as_str().map(str::to_owned),
            }
        })
        .collect()
}

/// Every quotation kind.
const KINDS: [QuoteKind; 5] = [
    QuoteKind::Direct,
    QuoteKind::Partial,
    QuoteKind::Nested,
    QuoteKind::Title,
    QuoteKind::Scare,
];

/// The kind's name as JavaScript sees it (`"direct"`, `"partial"`, …).
pub fn kind_name(kind: QuoteKind) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(name)) => name,
        other => panic!("{kind:?} serialises as {other:?}"),
    }
}

/// The kind named `name` (see [`kind_name`]).
pub fn kind_named(name: &str) -> QuoteKind {
    KINDS
        .into_iter()
        .find(|&k| kind_name(k) == name)
        .unwrap_or_else(|| panic!("no quotation kind is named {name:?}"))
}
