//! Term frequency: words, key phrases and names, each with its occurrences.

use std::collections::HashMap;

use serde::Serialize;

use crate::lexicon;
use crate::options::{Options, Stopwords};
use crate::span::{MapSpans, Span, Utf16Map};
use crate::tokenize::{normalize, Token, TokenKind};

/// A word, phrase or name with its count and where it occurs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Term {
    /// The most frequent surface form ("Sony", "North Korea").
    pub term: String,
    /// The normalised form the count is keyed on (the stem when stemming).
    pub norm: String,
    /// How many times it occurs.
    pub count: usize,
    /// Occurrences per 1,000 words of the article.
    pub per_thousand: f64,
    /// Every occurrence, in text order.
    pub occurrences: Vec<Span>,
}

impl MapSpans for Term {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.occurrences.map_spans(map);
    }
}

/// The top terms of an article.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Terms {
    /// Single words, stop words left out, most frequent first.
    pub words: Vec<Term>,
    /// Two- and three-word phrases that cross no stop word or punctuation.
    pub phrases: Vec<Term>,
    /// Runs of capitalised words that are names, not just sentence starts.
    pub names: Vec<Term>,
}

impl MapSpans for Terms {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.words.map_spans(map);
        self.phrases.map_spans(map);
        self.names.map_spans(map);
    }
}

#[derive(Default)]
struct Tally {
    surfaces: HashMap<String, usize>,
    occurrences: Vec<Span>,
}

fn add(map: &mut HashMap<String, Tally>, key: String, surface: &str, span: Span) {
    let tally = map.entry(key).or_default();
    *tally.surfaces.entry(surface.to_string()).or_default() += 1;
    tally.occurrences.push(span);
}

fn finish(
    map: HashMap<String, Tally>,
    total_words: usize,
    limit: usize,
    min_count: usize,
) -> Vec<Term> {
    let mut terms: Vec<Term> = map
        .into_iter()
        .filter(|(_, t)| t.occurrences.len() >= min_count)
        .map(|(norm, t)| {
            let term = t
                .surfaces
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(s, _)| s.clone())
                .unwrap_or_default();
            let count = t.occurrences.len();
            let mut occurrences = t.occurrences;
            occurrences.sort();
            Term {
                term,
                norm,
                count,
                per_thousand: if total_words == 0 {
                    0.0
                } else {
                    (count as f64 * 1000.0 / total_words as f64 * 100.0).round() / 100.0
                },
                occurrences,
            }
        })
        .collect();
    terms.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.occurrences[0].cmp(&b.occurrences[0]))
    });
    terms.truncate(limit);
    terms
}

/// Counts the words, phrases and names of `text`, leaving out tokens inside `excluded`.
///
/// # Examples
/// ```
/// use lede::tokenize::{sentences, tokenize};
/// let text = "North Korea denied it. Officials in North Korea said the attack was not theirs.";
/// let tokens = tokenize(text);
/// let terms = lede::terms::terms(text, &tokens, &sentences(text, &tokens), &[], &Default::default());
/// assert_eq!(terms.names[0].term, "North Korea");
/// assert_eq!(terms.names[0].count, 2);
/// assert_eq!(terms.words[0].term, "North");
/// ```
pub fn terms(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    excluded: &[Span],
    options: &Options,
) -> Terms {
    let custom: Vec<String>;
    let stop: Box<dyn Fn(&str) -> bool> = match &options.stopwords {
        Stopwords::None => Box::new(|_| false),
        Stopwords::Default => Box::new(lexicon::is_stopword),
        Stopwords::Custom(list) => {
            custom = list.iter().map(|w| normalize(w).into_owned()).collect();
            Box::new(move |w| custom.iter().any(|c| c == w))
        }
    };
    let stemmer = options
        .stem
        .then(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
    let inside = |span: Span| excluded.iter().any(|e| e.contains(span));

    let mut words: HashMap<String, Tally> = HashMap::new();
    let mut phrases: HashMap<String, Tally> = HashMap::new();
    let mut names: HashMap<String, Tally> = HashMap::new();
    let mut total = 0usize;

    // Words that appear capitalised somewhere other than a sentence start.
    let mut sentence_starts = std::collections::HashSet::new();
    for s in sentences {
        if let Some(t) = tokens[tokens.partition_point(|t| t.span.start < s.start)..]
            .iter()
            .find(|t| t.kind == TokenKind::Word)
        {
            sentence_starts.insert(t.span.start);
        }
    }

    let mut run: Vec<(usize, String)> = Vec::new(); // token index, key
    let mut name_run: Vec<usize> = Vec::new();
    let flush_phrases = |run: &mut Vec<(usize, String)>, phrases: &mut HashMap<String, Tally>| {
        for n in 2..=3 {
            for w in run.windows(n) {
                let span = Span::new(tokens[w[0].0].span.start, tokens[w[n - 1].0].span.end);
                let key = w
                    .iter()
                    .map(|(_, k)| k.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                add(phrases, key, span.slice(text), span);
            }
        }
        run.clear();
    };
    let flush_name = |run: &mut Vec<usize>, names: &mut HashMap<String, Tally>| {
        // Connectors may not end a name.
        while run
            .last()
            .is_some_and(|&i| is_connector(tokens[i].text(text)))
        {
            run.pop();
        }
        if let (Some(&first), Some(&last)) = (run.first(), run.last()) {
            let only_start = run.len() == 1 && sentence_starts.contains(&tokens[first].span.start);
            let word = tokens[first].text(text);
            if !only_start && !(run.len() == 1 && lexicon::is_stopword(&normalize(word))) {
                let span = Span::new(tokens[first].span.start, tokens[last].span.end);
                let surface = span
                    .slice(text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                add(names, normalize(&surface).into_owned(), &surface, span);
            }
        }
        run.clear();
    };

    for (i, token) in tokens.iter().enumerate() {
        let adjacent = i > 0 && only_space(&text[tokens[i - 1].span.end..token.span.start]);
        if !adjacent {
            flush_phrases(&mut run, &mut phrases);
            flush_name(&mut name_run, &mut names);
        }
        if inside(token.span) {
            continue;
        }
        let surface = token.text(text);
        match token.kind {
            TokenKind::Word => {
                total += 1;
                let norm = normalize(surface);
                let capital = surface.chars().next().is_some_and(char::is_uppercase);
                if capital || (!name_run.is_empty() && is_connector(surface)) {
                    name_run.push(i);
                } else {
                    flush_name(&mut name_run, &mut names);
                }
                if stop(&norm) {
                    flush_phrases(&mut run, &mut phrases);
                    continue;
                }
                let key = match &stemmer {
                    Some(s) => s.stem(&norm).into_owned(),
                    None => norm.into_owned(),
                };
                add(&mut words, key.clone(), surface, token.span);
                run.push((i, key));
            }
            TokenKind::Number => {
                total += 1;
                flush_phrases(&mut run, &mut phrases);
                flush_name(&mut name_run, &mut names);
            }
            _ => {
                flush_phrases(&mut run, &mut phrases);
                flush_name(&mut name_run, &mut names);
            }
        }
    }
    flush_phrases(&mut run, &mut phrases);
    flush_name(&mut name_run, &mut names);

    Terms {
        words: finish(words, total, options.top_terms, 1),
        phrases: finish(phrases, total, options.top_terms, 2),
        names: finish(names, total, options.top_terms, 1),
    }
}

fn only_space(gap: &str) -> bool {
    gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

fn is_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "for" | "and" | "de" | "la" | "von" | "van" | "the" | "on"
    )
}
