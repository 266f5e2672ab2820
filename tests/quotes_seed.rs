//! The hand-annotated quotations of the two sample articles are found exactly:
//! same span, kind and speaker, and nothing else is reported as speech.

use std::fmt::Write as _;

use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/seed-quotes.json");

/// Byte offset of the UTF-16 offset `units` in `text`.
fn byte_offset(text: &str, units: usize) -> usize {
    let mut count = 0;
    for (i, c) in text.char_indices() {
        if count >= units {
            return i;
        }
        count += c.len_utf16();
    }
    text.len()
}

#[derive(Debug, PartialEq)]
struct Row {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    speaker: Option<String>,
}

fn kind_name(kind: lede::QuoteKind) -> String {
    serde_json::to_value(kind)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

fn check(file: &str) -> (usize, usize, String) {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    let text =
        std::fs::read_to_string(format!("{}/www/samples/{file}", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
    let expected: Vec<Row> = fixture["articles"][file]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let start = byte_offset(&text, e["start"].as_u64().unwrap() as usize);
            let end = byte_offset(&text, e["end"].as_u64().unwrap() as usize);
            assert_eq!(
                &text[start..end],
                e["text"].as_str().unwrap(),
                "fixture offsets"
            );
            Row {
                start,
                end,
                text: e["text"].as_str().unwrap().to_string(),
                kind: e["kind"].as_str().unwrap().to_string(),
                speaker: e["speaker"].as_str().map(str::to_string),
            }
        })
        .collect();
    let analysis = lede::analyze(&text);
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
    for file in [
        "npr-white-house-proportional.txt",
        "verge-obama-will-respond.txt",
    ] {
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
    for file in [
        "npr-white-house-proportional.txt",
        "verge-obama-will-respond.txt",
    ] {
        let text =
            std::fs::read_to_string(format!("{}/www/samples/{file}", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
        let a = lede::analyze(&text);
        for q in &a.quotes {
            assert_eq!(q.span.slice(&text), q.text);
            if let Some(m) = q.mention {
                assert!(m.end <= text.len() && !m.slice(&text).is_empty());
            }
            if let Some(c) = &q.cue {
                assert!(!c.span.slice(&text).is_empty());
            }
            if q.kind.is_speech() {
                assert!(q.rule.is_some() || q.speaker.is_none());
            }
        }
        for s in &a.speakers {
            assert!(s.share >= 0.0 && s.share <= 1.0);
            for &i in &s.quotes {
                assert_eq!(a.quotes[i].speaker.as_deref(), Some(s.name.as_str()));
            }
        }
    }
}
