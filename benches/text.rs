//! Throughput of the text pipeline on ~1 MB and ~10 MB of news prose.
//!
//! Run with `cargo bench --bench text`. Uses `std::time` only.

use std::hint::black_box;
use std::time::{Duration, Instant};

use lede::tokenize::{paragraphs, sentences, tokenize};

const SAMPLES: &[&str] = &[
    include_str!("../www/samples/npr-white-house-proportional.txt"),
    include_str!("../www/samples/verge-obama-will-respond.txt"),
];

/// Repeats the samples, varying names and numbers so that the vocabulary grows.
fn corpus(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 8192);
    let mut i = 0usize;
    while out.len() < bytes {
        let sample = SAMPLES[i % SAMPLES.len()];
        for (n, para) in sample.split("\n\n").enumerate() {
            if (n + i) % 7 == 0 {
                out.push_str(&para.replace("Sony", &format!("Sony{}", i % 97)));
            } else {
                out.push_str(para);
            }
            out.push_str(&format!(
                " Figure {} rose {}.{}% to ${} million.\n\n",
                i,
                i % 100,
                n,
                i % 1000
            ));
        }
        i += 1;
    }
    out
}

fn measure(label: &str, text: &str, mut f: impl FnMut() -> usize) {
    // Warm up once, then repeat for at least half a second.
    black_box(f());
    let mut runs = 0u32;
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(500) || runs < 3 {
        black_box(f());
        runs += 1;
    }
    let secs = start.elapsed().as_secs_f64() / runs as f64;
    let mb = text.len() as f64 / 1e6;
    println!(
        "{label:<24} {:>8.1} MB/s  ({:.2} ms per run)",
        mb / secs,
        secs * 1e3
    );
}

fn main() {
    for size in [1_000_000, 10_000_000] {
        let text = corpus(size);
        let tokens = tokenize(&text);
        let sents = sentences(&text, &tokens);
        let options = lede::Options::default();
        println!(
            "-- {:.1} MB, {} tokens",
            text.len() as f64 / 1e6,
            tokens.len()
        );
        measure("tokenize", &text, || tokenize(&text).len());
        measure("sentences", &text, || sentences(&text, &tokens).len());
        measure("paragraphs", &text, || paragraphs(&text).len());
        measure("terms", &text, || {
            lede::terms::terms(&text, &tokens, &sents, &[], &options).unique
        });
        measure("tokenize+terms", &text, || {
            let tokens = tokenize(&text);
            let sents = sentences(&text, &tokens);
            lede::terms::terms(&text, &tokens, &sents, &[], &options).unique
        });
        measure("stats", &text, || {
            lede::Stats::compute(&text, &tokens, &sents, &[], &[], &[]).words
        });
        measure("lede::analyze", &text, || lede::analyze(&text).tokens.len());
    }
}
