//! Any bytes, read as UTF-8 (lossily, as a browser would hand them over), through
//! `analyze`, the result checked against `tests/common/invariants.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = lede::analyze(&text);
    if let Err(broke) = invariants::analysis(&text, &analysis) {
        panic!("{broke}");
    }
    let mut js = analysis.clone();
    lede::MapSpans::map_spans(&mut js, &lede::Utf16Map::new(&text));
});
