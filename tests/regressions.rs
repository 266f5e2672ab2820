//! Inputs that once broke Lede (found by fuzzing or reported), kept as tests:
//! every file in tests/regressions/ is analysed, counted with stems and the caller's
//! own stop words, and compared with the next one.

mod common;

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
    // Term counts with the options that choose their words differently: stems,
    // and the caller's own stop words (some of which the text has, some not).
    let stemmed = lede::Options {
        stem: true,
        stopwords: lede::Stopwords::Custom(vec!["said".into(), "the".into(), "Obama".into()]),
        ..Default::default()
    };
    for text in &texts {
        common::spans::assert_analysis(text, &lede::analyze(text));
        let f = lede::terms::frequencies(text, &stemmed);
        assert_eq!(f.terms.len(), f.forms.len(), "a form for every stem");
    }
    for pair in texts.windows(2) {
        let texts: Vec<&str> = pair.iter().map(String::as_str).collect();
        let c = lede::compare(&common::articles::numbered(&texts)).unwrap();
        common::spans::assert_comparison(&texts, &c);
    }
}
