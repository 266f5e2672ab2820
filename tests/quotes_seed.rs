//! The hand-annotated quotations of the two sample articles are found exactly:
//! same span, kind and speaker, and nothing else is reported as speech.

mod common;

use std::fmt::Write as _;

use common::fixtures::{kind_name, seed_quotes};
use common::samples;

#[derive(Debug, PartialEq)]
struct Row {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    speaker: Option<String>,
}

fn check(file: &str) -> (usize, usize, String) {
    let text = samples::text(file);
    let expected: Vec<Row> = seed_quotes(file)
        .into_iter()
        .map(|q| Row {
            start: q.span.start,
            end: q.span.end,
            text: q.text,
            kind: kind_name(q.kind),
            speaker: q.speaker,
        })
        .collect();
    let analysis = lede::analyze(text);
    let found: Vec<Row> = analysis
        .quotes
        .iter()
        .map(|q| Row {
            start: q.span.start,
            end: q.span.end,
            text: q.text.clone(),
            kind: kind_name(q.kind),
            speaker: q.speaker.clone(),
        })
        .collect();
    let mut diff = String::new();
    let mut exact = 0;
    for e in &expected {
        match found.iter().find(|f| f.start == e.start && f.end == e.end) {
            Some(f) if f == e => exact += 1,
            Some(f) => {
                let _ = writeln!(
                    diff,
                    "  {file} {:?}\n    expected {} / {:?}\n    found    {} / {:?}",
                    short(&e.text),
                    e.kind,
                    e.speaker,
                    f.kind,
                    f.speaker
                );
            }
            None => {
                let _ = writeln!(
                    diff,
                    "  {file} missing {:?} ({} / {:?})",
                    short(&e.text),
                    e.kind,
                    e.speaker
                );
            }
        }
    }
    for (f, q) in found.iter().zip(&analysis.quotes) {
        let annotated = expected
            .iter()
            .any(|e| e.start == f.start && e.end == f.end);
        if !annotated && q.kind.is_speech() {
            let _ = writeln!(
                diff,
                "  {file} unexpected {} quote {:?} ({:?})",
                f.kind,
                short(&f.text),
                f.speaker
            );
        }
    }
    (exact, expected.len(), diff)
}

fn short(s: &str) -> String {
    let s: String = s.chars().take(60).collect();
    s.replace('\n', "⏎")
}

#[test]
fn seed_fixture_is_matched_exactly() {
    let mut report = String::new();
    let mut exact = 0;
    let mut total = 0;
    for (file, _) in samples::ALL {
        let (e, t, d) = check(file);
        exact += e;
        total += t;
        report.push_str(&d);
    }
    println!("seed fixture: {exact} of {total} exact");
    assert!(
        report.is_empty(),
        "seed fixture: {exact} of {total} exact\n{report}"
    );
}

#[test]
fn every_span_lies_inside_the_article_and_slices_back() {
    for (_, text) in samples::ALL {
        let a = lede::analyze(text);
        common::spans::assert_analysis(text, &a);
        for q in &a.quotes {
            if let Some(m) = q.mention {
                assert!(!m.slice(text).is_empty());
            }
            if let Some(c) = &q.cue {
                assert!(!c.span.slice(text).is_empty());
            }
            if q.kind.is_speech() {
                assert!(q.rule.is_some() || q.speaker.is_none());
            }
        }
        for s in &a.speakers {
            for &i in &s.quotes {
                assert_eq!(a.quotes[i].speaker.as_deref(), Some(s.name.as_str()));
            }
        }
    }
}
