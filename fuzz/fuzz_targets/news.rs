//! News-shaped text built from the fuzzer's bytes (`tests/common/news_text.rs`:
//! names with titles and connectors, cues, quotations of every mark family,
//! abbreviations, numbers, headlines, transcript labels, odd spaces) through every
//! public function, each result checked against `tests/common/invariants.rs`.
#![no_main]

use lede::{Article, Options};
use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;
#[path = "../../tests/common/news_text.rs"]
mod news_text;

use news_text::Choices;

impl Choices for Unstructured<'_> {
    fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        self.choose_index(n).unwrap_or(0)
    }

    fn exhausted(&self) -> bool {
        self.is_empty()
    }
}

/// Panics with what broke, for libFuzzer to report as a crash.
fn holds(outcome: invariants::Outcome, text: &str) {
    if let Err(what) = outcome {
        panic!("{what}\ntext: {text:?}");
    }
}

fn one(text: &str, options: &Options, term_at: usize, window: usize) {
    let analysis = lede::analyze(text);
    holds(invariants::analysis(text, &analysis), text);
    let mut js = analysis.clone();
    lede::MapSpans::map_spans(&mut js, &lede::Utf16Map::new(text));
    let with = lede::analyze_with(text, options).expect("no limit is set this low");
    holds(invariants::analysis(text, &with), text);
    let f = lede::frequencies(text, options);
    holds(invariants::frequencies(&f), text);
    if options.keep_boilerplate {
        holds(invariants::frequencies_agree(&f, &with), text);
    }
    let tokens = lede::tokenize::tokenize(text);
    holds(invariants::tokens(text, &tokens), text);
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind.is_word_like())
        .map(|t| t.text(text))
        .collect();
    if !words.is_empty() {
        let at = term_at % words.len();
        let term = words[at..(at + 2).min(words.len())].join(" ");
        let lines = lede::kwic(text, &tokens, &term, window);
        holds(invariants::kwic(text, &lines), text);
        let lines = lede::kwic(text, &tokens, words[at], window);
        holds(invariants::kwic(text, &lines), text);
    }
}

/// With `LEDE_NEWS_TEXT=<folder>`, the articles are written there (`0.txt`, `1.txt`, ...)
/// before anything runs: `scripts/fuzz.sh` turns a crashing input, which is choices,
/// into the texts it built for tests/regressions/.
fn write_texts(texts: &[String]) {
    if let Some(dir) = std::env::var_os("LEDE_NEWS_TEXT") {
        for (i, text) in texts.iter().enumerate() {
            std::fs::write(std::path::Path::new(&dir).join(format!("{i}.txt")), text)
                .expect("LEDE_NEWS_TEXT names a writable folder");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    // Options and the kwic term come first: the article takes every byte left.
    let options = news_text::options(&mut u);
    let term_at = u.below(1 << 16);
    let window = u.below(12);
    let texts = news_text::articles(&mut u);
    write_texts(&texts);
    for text in &texts {
        one(text, &options, term_at, window);
    }
    let articles: Vec<Article<'_>> = texts
        .iter()
        .map(|t| Article {
            id: String::new(),
            title: None,
            text: t,
        })
        .collect();
    let comparison = lede::compare(&articles).expect("two to four articles compare");
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    holds(
        invariants::comparison(&refs, &comparison),
        &texts.join("\n\u{ff}\n"),
    );
});
