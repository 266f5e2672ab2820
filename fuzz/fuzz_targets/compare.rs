//! Any bytes, split into articles at 0xFF bytes, through `compare`, the result
//! checked against `tests/common/invariants.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let texts: Vec<String> = data
        .split(|&b| b == 0xFF)
        .take(8)
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let articles: Vec<lede::Article<'_>> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| lede::Article {
            id: i.to_string(),
            title: None,
            text: t,
        })
        .collect();
    // One piece is one article: too few to compare, an error and not a crash.
    if let Ok(c) = lede::compare(&articles) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        if let Err(broke) = invariants::comparison(&refs, &c) {
            panic!("{broke}");
        }
    }
});
