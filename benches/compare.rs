//! Timing of `compare` on generated articles of about 5 KB.
//!
//! Run with `cargo bench --bench compare`. Articles mix sentences of the two
//! samples with generated sentences and quotes, so that pairs share some
//! passages, quotes and terms but no two articles are the same. Prints the
//! median of several runs, for the whole comparison and for the comparison
//! of ready analyses (what `compare_analyses` costs on top of analysis).

use std::time::{Duration, Instant};

use lede::compare::compare_analyses;
use lede::{analyze, compare, Article, CompareOptions};

const NPR: &str = include_str!("../www/samples/npr-white-house-proportional.txt");
const VERGE: &str = include_str!("../www/samples/verge-obama-will-respond.txt");

const WORDS: &[&str] = &[
    "officials",
    "network",
    "studio",
    "release",
    "security",
    "threat",
    "investigation",
    "agency",
    "company",
    "statement",
    "government",
    "response",
    "attack",
    "servers",
    "emails",
    "executives",
    "theaters",
    "holiday",
    "comedy",
    "leaders",
    "sanctions",
    "experts",
    "evidence",
    "hackers",
    "week",
    "country",
    "film",
    "decision",
    "critics",
    "industry",
    "damage",
    "systems",
    "report",
];
const NAMES: &[&str] = &[
    "Amy Pascal",
    "Kim Jong-un",
    "Seth Rogen",
    "Jeh Johnson",
    "Michael Lynton",
    "Obama",
];

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

fn sentences() -> Vec<&'static str> {
    [NPR, VERGE]
        .iter()
        .flat_map(|t| t.split_inclusive(". "))
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 6)
        .collect()
}

fn article(rng: &mut Rng, pool: &[&str]) -> String {
    let mut out = String::new();
    while out.len() < 5000 {
        match rng.next() % 4 {
            0 | 1 => out.push_str(rng.pick(pool)),
            2 => {
                let n = 8 + rng.next() % 12;
                let words: Vec<&str> = (0..n).map(|_| rng.pick(WORDS)).collect();
                out.push_str(&format!("The {}.", words.join(" ")));
            }
            _ => {
                let n = 6 + rng.next() % 10;
                let words: Vec<&str> = (0..n).map(|_| rng.pick(WORDS)).collect();
                out.push_str(&format!(
                    "“We {} the {},” {} said.",
                    words[0],
                    words[1..].join(" "),
                    rng.pick(NAMES)
                ));
            }
        }
        out.push_str(if rng.next() % 3 == 0 { "\n\n" } else { " " });
    }
    out
}

fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1000.0
}

fn main() {
    let pool = sentences();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let texts: Vec<String> = (0..200).map(|_| article(&mut rng, &pool)).collect();
    println!(
        "articles   total ms   compare-only ms   (median; ~{} bytes each)",
        texts[0].len()
    );
    for n in [2usize, 10, 50, 200] {
        let articles: Vec<Article> = texts[..n]
            .iter()
            .enumerate()
            .map(|(i, t)| Article {
                id: i.to_string(),
                title: None,
                text: t,
            })
            .collect();
        let runs = if n <= 10 {
            21
        } else if n <= 50 {
            7
        } else {
            3
        };
        let mut total = Vec::new();
        let mut only = Vec::new();
        for _ in 0..runs {
            let t = Instant::now();
            let c = compare(&articles).unwrap();
            total.push(t.elapsed());
            std::hint::black_box(&c);
            let analyses = articles.iter().map(|a| analyze(a.text)).collect();
            let t = Instant::now();
            let c = compare_analyses(&articles, analyses, &CompareOptions::default()).unwrap();
            only.push(t.elapsed());
            std::hint::black_box(&c);
        }
        println!("{n:>8} {:>10.2} {:>17.2}", median(total), median(only));
    }
}
