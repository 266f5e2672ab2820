//! Analyses many articles in one process, one call each, as a page or a server would.
//!
//! `cargo run --release --example articles -- FILE [--json] [--times N]` reads FILE as
//! articles separated by the record separator (U+001E) and calls `lede::analyze` on each,
//! N times over (default 1). `--json` prints each analysis as one line of JSON (byte
//! offsets), so that two builds' outputs can be compared with `cmp`. Under callgrind it
//! gives the instructions of article-sized calls, where the fixed cost of a call weighs
//! more than in one long text.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let times: usize = args
        .iter()
        .position(|a| a == "--times")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let Some(path) = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--times"))
        .map(|(_, a)| a)
    else {
        eprintln!("usage: articles FILE [--json] [--times N]");
        return ExitCode::FAILURE;
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("articles: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut words = 0;
    for _ in 0..times {
        for article in text.split('\u{1e}') {
            let analysis = lede::analyze(article);
            words += analysis.stats.words;
            if json {
                match serde_json::to_string(&analysis) {
                    Ok(out) => println!("{out}"),
                    Err(e) => {
                        eprintln!("articles: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
        }
    }
    if !json {
        println!("{words} words");
    }
    ExitCode::SUCCESS
}
