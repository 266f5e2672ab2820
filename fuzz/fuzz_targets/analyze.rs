//! Any bytes, read as UTF-8 (lossily, as a browser would hand them over), through `analyze`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = lede::analyze(&text);
    for q in &analysis.quotes {
        assert_eq!(q.span.slice(&text), q.text);
    }
    let mut js = analysis.clone();
    lede::MapSpans::map_spans(&mut js, &lede::Utf16Map::new(&text));
});
