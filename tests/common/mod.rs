//! Helpers shared by the integration tests. Each file in `tests/` is a crate of its own
//! and takes what it needs with `mod common;`. Dev-only, never part of the crate.
//!
//! - [`samples`]: the page's sample articles (`www/samples/`), most tests' real text;
//! - [`offsets`]: UTF-16 offsets (what JavaScript and the fixtures count) and byte offsets;
//! - [`spans`]: span checks that panic with what broke, whole results through [`invariants`];
//! - [`articles`]: `Article`s for `compare`;
//! - [`fixtures`]: the hand annotation of the samples' quotations, and quotation kinds by name;
//! - [`invariants`]: what every result satisfies (also included by path by `properties.rs`
//!   and the fuzz targets, with `news_text.rs`, the news-shaped text they generate).
#![allow(dead_code)] // each test uses its own part

pub mod articles;
pub mod fixtures;
pub mod invariants;
pub mod offsets;
pub mod samples;
pub mod spans;
