//! Analyses a text file from the command line.
//!
//! `cargo run --release --example analyze -- FILE` prints a summary;
//! `--json` prints the whole analysis as JSON (byte offsets).
//! `bench/instructions.sh` counts this example's instructions with callgrind.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: analyze FILE [--json]");
        return ExitCode::FAILURE;
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("analyze: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let analysis = lede::analyze(&text);
    if json {
        match serde_json::to_string_pretty(&analysis) {
            Ok(out) => println!("{out}"),
            Err(e) => {
                eprintln!("analyze: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        let s = &analysis.stats;
        println!(
            "{} words, {} sentences, {} paragraphs, {} quotes, {} speakers",
            s.words,
            s.sentences,
            s.paragraphs,
            analysis.quotes.len(),
            analysis.speakers.len()
        );
    }
    ExitCode::SUCCESS
}
