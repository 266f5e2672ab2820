//! Throughput of the text pipeline on ~1 MB and ~10 MB of news prose, and of
//! the whole analysis on ~50 MB (time per MB must not grow with size).
//!
//! Run with `cargo bench --bench text`. Uses `std::time` only.
//! `cargo bench --bench text -- 10 analyze` runs only the 10 MB size and the
//! stages whose names contain `analyze`.

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

fn measure(label: &str, text: &str, f: &mut dyn FnMut() -> usize) {
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
    // Numeric arguments pick sizes in MB; other arguments filter stages by name.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let filters: Vec<&String> = args
        .iter()
        .filter(|a| a.parse::<usize>().is_err())
        .collect();
    let wanted =
        |label: &str| filters.is_empty() || filters.iter().any(|f| label.contains(f.as_str()));
    let measure = |label: &str, text: &str, f: &mut dyn FnMut() -> usize| {
        if wanted(label) {
            measure(label, text, f);
        }
    };
    let sizes = if sizes.is_empty() {
        vec![1, 10, 50]
    } else {
        sizes
    };
    for mb in sizes {
        let text = corpus(mb * 1_000_000);
        let options = lede::Options::default();
        println!("-- {:.1} MB", text.len() as f64 / 1e6);
        if mb >= 50 {
            // Only the whole pipelines at the largest size.
            measure("tokenize+terms", &text, &mut || {
                let tokens = tokenize(&text);
                let sents = sentences(&text, &tokens);
                lede::terms::terms(&text, &tokens, &sents, &[], &options).unique
            });
            measure("lede::analyze", &text, &mut || {
                lede::analyze(&text).tokens.len()
            });
            continue;
        }
        let tokens = tokenize(&text);
        let sents = sentences(&text, &tokens);
        let paras = paragraphs(&text);
        println!("   {} tokens", tokens.len());
        measure("tokenize", &text, &mut || tokenize(&text).len());
        measure("sentences", &text, &mut || sentences(&text, &tokens).len());
        measure("paragraphs", &text, &mut || paragraphs(&text).len());
        measure("boilerplate", &text, &mut || {
            lede::boilerplate::find(&text, &paras).len()
        });
        measure("terms", &text, &mut || {
            lede::terms::terms(&text, &tokens, &sents, &[], &options).unique
        });
        measure("tokenize+terms", &text, &mut || {
            let tokens = tokenize(&text);
            let sents = sentences(&text, &tokens);
            lede::terms::terms(&text, &tokens, &sents, &[], &options).unique
        });
        measure("stats", &text, &mut || {
            lede::Stats::compute(&text, &tokens, &sents, &[], &[], &[]).words
        });
        measure("lede::analyze", &text, &mut || {
            lede::analyze(&text).tokens.len()
        });
    }
}
