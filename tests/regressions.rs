//! Inputs that once broke Lede (found by fuzzing or reported), kept as tests:
//! every file in tests/regressions/ is analysed, and compared with the next one.

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
    for text in &texts {
        common::spans::assert_analysis(text, &lede::analyze(text));
    }
    for pair in texts.windows(2) {
        let texts: Vec<&str> = pair.iter().map(String::as_str).collect();
        let c = lede::compare(&common::articles::numbered(&texts)).unwrap();
        common::spans::assert_comparison(&texts, &c);
    }
}
