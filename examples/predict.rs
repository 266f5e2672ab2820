//! Quotations of every article of a converted PolNeAR file, in the scorer's
//! prediction format (see `../shared/eval/quotes/README.md`), with chosen
//! attribution sieves left out: `bench/ablation.mjs` measures what each adds.
//!
//! `cargo run --release --example predict -- GOLD.jsonl SPLIT OUT.jsonl [--without a,b]`
//! (the `test` split is refused: it is kept for the final check).

use std::io::{BufRead, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let without: Vec<&str> = args
        .iter()
        .position(|a| a == "--without")
        .and_then(|k| args.get(k + 1))
        .map(|list| list.split(',').filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    let [gold, split, out, ..] = args.as_slice() else {
        eprintln!("usage: predict GOLD.jsonl SPLIT OUT.jsonl [--without sieve,sieve]");
        eprintln!(
            "sieves: {}",
            lede::quotes::SIEVES
                .iter()
                .map(|s| s.name)
                .collect::<Vec<_>>()
                .join(", ")
        );
        return ExitCode::FAILURE;
    };
    if split == "test" {
        eprintln!("predict: the test split is kept for the final check");
        return ExitCode::FAILURE;
    }
    match run(gold, split, out, &without) {
        Ok(n) => {
            eprintln!("predict: {n} articles");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("predict: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(gold: &str, split: &str, out: &str, without: &[&str]) -> Result<usize, String> {
    let input = std::fs::File::open(gold).map_err(|e| format!("{gold}: {e}"))?;
    let mut output =
        std::io::BufWriter::new(std::fs::File::create(out).map_err(|e| format!("{out}: {e}"))?);
    let mut n = 0;
    for line in std::io::BufReader::new(input).lines() {
        let line = line.map_err(|e| e.to_string())?;
        let doc: serde_json::Value = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        if doc["split"] != split {
            continue;
        }
        let text = doc["text"].as_str().ok_or("an article without text")?;
        let found = lede::quotes::find_without(text, without)?;
        // The scorer counts offsets in code points.
        let mut at = vec![0; text.len() + 1];
        let mut cp = 0;
        for (b, c) in text.char_indices() {
            at[b..b + c.len_utf8()].fill(cp);
            cp += 1;
        }
        at[text.len()] = cp;
        // Titles, scare and nested quotes and repeats are written too, under kinds
        // the scorer leaves out, so that a diagnosis can see what a missed
        // quotation was taken for.
        let quotes: Vec<serde_json::Value> = found
            .quotes
            .iter()
            .map(|q| {
                let kind = match q.kind {
                    _ if q.repeats.is_some() => "repeat",
                    lede::QuoteKind::Direct => "direct",
                    lede::QuoteKind::Partial => "mixed",
                    lede::QuoteKind::Nested => "nested",
                    lede::QuoteKind::Title => "title",
                    lede::QuoteKind::Scare => "scare",
                };
                serde_json::json!({
                    "start": at[q.span.start],
                    "end": at[q.span.end],
                    "speaker": q.speaker,
                    "kind": kind,
                    "rule": q.rule,
                })
            })
            .collect();
        let row = serde_json::json!({ "id": doc["id"], "quotes": quotes });
        writeln!(output, "{row}").map_err(|e| e.to_string())?;
        n += 1;
    }
    Ok(n)
}
