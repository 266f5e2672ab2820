//! Inputs that once broke Lede (found by fuzzing or reported), kept as tests:
//! every file in tests/regressions/ is analysed, and compared with the next one.

use std::fs;

#[test]
fn every_regression_input_gives_a_result() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/regressions");
    let mut texts: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_none_or(|e| e != "md"))
        .map(|p| String::from_utf8_lossy(&fs::read(p).unwrap()).into_owned())
        .collect();
    texts.sort();
    assert!(!texts.is_empty(), "tests/regressions/ holds the inputs");
    for text in &texts {
        let a = lede::analyze(text);
        for q in &a.quotes {
            assert_eq!(q.span.slice(text), q.text);
        }
    }
    for pair in texts.windows(2) {
        let articles: Vec<lede::Article<'_>> = pair
            .iter()
            .map(|t| lede::Article {
                id: String::new(),
                title: None,
                text: t,
            })
            .collect();
        lede::compare(&articles).unwrap();
    }
}
