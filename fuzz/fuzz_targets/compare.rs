//! Any bytes, split into articles at 0xFF bytes, through `compare`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let texts: Vec<String> = data.split(|&b| b == 0xFF).take(8).map(|p| String::from_utf8_lossy(p).into_owned()).collect();
    let articles: Vec<lede::Article<'_>> =
        texts.iter().enumerate().map(|(i, t)| lede::Article { id: i.to_string(), title: None, text: t }).collect();
    if let Ok(c) = lede::compare(&articles) {
        assert_eq!(c.articles.len(), articles.len());
    }
});
