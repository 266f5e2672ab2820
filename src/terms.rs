//! Term frequency: words, key phrases and names, each with its occurrences;
//! and keyword-in-context lines.
//!
//! Counting works on token ids: each token's normalised form is looked up once
//! in a table of borrowed strings, and everything else (stop words, stems,
//! possessives, phrases, names) is worked out once per distinct form. Strings
//! are built only for the terms returned.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::Serialize;

use crate::lexicon;
use crate::options::{Options, Stopwords};
use crate::span::{MapSpans, Span, Utf16Map};
use crate::tokenize::{normalize, normalize_to, strip_possessive, Normal, Token, TokenKind};

/// A word, phrase or name with its count and where it occurs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Term {
    /// The most frequent surface form ("Sony", "North Korea").
    pub term: String,
    /// The normalised form the count is keyed on (the stem when stemming;
    /// words of a phrase or name joined by single spaces).
    pub norm: String,
    /// How many times it occurs.
    pub count: usize,
    /// Occurrences per 1,000 words of the article.
    pub per_thousand: f64,
    /// Every occurrence, in text order (a possessive `’s` left out).
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
    /// Two- and three-word phrases that cross no stop word or punctuation,
    /// seen at least twice, most frequent first (longer first on ties).
    pub phrases: Vec<Term>,
    /// Runs of capitalised words that are names, not just sentence starts.
    pub names: Vec<Term>,
    /// Distinct terms counted (after stop words, possessives and stemming).
    pub unique: usize,
    /// Words the frequencies are relative to (boilerplate left out).
    pub total_words: usize,
}

impl MapSpans for Terms {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.words.map_spans(map);
        self.phrases.map_spans(map);
        self.names.map_spans(map);
    }
}

/// FxHash (from rustc): fast, and the text is the user's own, so flooding is no concern.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Answers "is this span inside an excluded one?" for spans asked in text order,
/// in time linear in both lists.
pub(crate) struct Exclusions {
    spans: Vec<Span>,
    next: usize,
}

impl Exclusions {
    pub(crate) fn new(excluded: &[Span]) -> Exclusions {
        let mut spans = excluded.to_vec();
        spans.sort_unstable();
        Exclusions { spans, next: 0 }
    }

    /// True when `span` lies inside an excluded span; `span`s must come in text order.
    pub(crate) fn contains(&mut self, span: Span) -> bool {
        while self.next < self.spans.len() && self.spans[self.next].end < span.end {
            self.next += 1;
        }
        // Overlapping exclusions: look at the few that may still start before.
        self.spans[self.next..]
            .iter()
            .take_while(|e| e.start <= span.start)
            .any(|e| e.contains(span))
    }
}

const NONE: u32 = u32::MAX;

/// The distinct normalised forms of a text and what is known about each.
struct Vocab<'t> {
    ids: FxMap<Cow<'t, str>, u32>,
    norms: Vec<Cow<'t, str>>,
    /// Per form: the term key it counts toward (`NONE` for stop words).
    key: Vec<u32>,
    /// Per form: its possessive-stripped form, as a base id (for names).
    base: Vec<u32>,
    /// Per form: a stop word (possessive stripped)?
    stop: Vec<bool>,
    /// Per form: seen starting with a lowercase letter somewhere?
    lower_seen: Vec<bool>,
    keys: FxMap<String, u32>,
    key_names: Vec<String>,
    bases: FxMap<String, u32>,
    base_names: Vec<String>,
}

impl<'t> Vocab<'t> {
    fn new() -> Vocab<'t> {
        Vocab {
            ids: FxMap::default(),
            norms: Vec::new(),
            key: Vec::new(),
            base: Vec::new(),
            stop: Vec::new(),
            lower_seen: Vec::new(),
            keys: FxMap::default(),
            key_names: Vec::new(),
            bases: FxMap::default(),
            base_names: Vec::new(),
        }
    }

    fn intern(&mut self, surface: &'t str, buf: &mut String, terms: &TermRules) -> u32 {
        let norm: &str = match normalize_to(surface, buf) {
            Normal::Same => surface,
            Normal::Buffer => buf.as_str(),
        };
        if let Some(&id) = self.ids.get(norm) {
            return id;
        }
        let owned: Cow<'t, str> = if norm.len() == surface.len() && std::ptr::eq(norm, surface) {
            Cow::Borrowed(surface)
        } else {
            Cow::Owned(norm.to_owned())
        };
        let id = self.norms.len() as u32;
        let stripped = strip_possessive(&owned);
        let stop = terms.is_stop(&owned) || terms.is_stop(stripped);
        let key = if stop || !stripped.chars().any(char::is_alphabetic) {
            NONE
        } else {
            let k = match &terms.stemmer {
                Some(s) => s.stem(stripped),
                None => Cow::Borrowed(stripped),
            };
            intern_string(&mut self.keys, &mut self.key_names, &k)
        };
        let base = intern_string(&mut self.bases, &mut self.base_names, stripped);
        self.ids.insert(owned.clone(), id);
        self.norms.push(owned);
        self.key.push(key);
        self.base.push(base);
        self.stop.push(stop);
        self.lower_seen.push(false);
        id
    }
}

fn intern_string(map: &mut FxMap<String, u32>, names: &mut Vec<String>, s: &str) -> u32 {
    if let Some(&id) = map.get(s) {
        return id;
    }
    let id = names.len() as u32;
    map.insert(s.to_owned(), id);
    names.push(s.to_owned());
    id
}

struct TermRules {
    custom: Option<std::collections::HashSet<String>>,
    default: bool,
    stemmer: Option<rust_stemmers::Stemmer>,
}

impl TermRules {
    fn new(options: &Options) -> TermRules {
        TermRules {
            custom: match &options.stopwords {
                Stopwords::Custom(list) => Some(
                    list.iter()
                        .map(|w| normalize(w.trim()).into_owned())
                        .collect(),
                ),
                _ => None,
            },
            default: options.stopwords == Stopwords::Default,
            stemmer: options
                .stem
                .then(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)),
        }
    }

    fn is_stop(&self, norm: &str) -> bool {
        match &self.custom {
            Some(set) => set.contains(norm),
            None => self.default && lexicon::is_stopword(norm),
        }
    }
}

/// The span of a token without a possessive `’s` or final `’`.
fn base_span(text: &str, token: Token) -> Span {
    let t = token.text(text);
    let trimmed = t
        .strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .or_else(|| t.strip_suffix("ʼs"))
        .or_else(|| t.strip_suffix("'S"))
        .or_else(|| t.strip_suffix("’S"))
        .filter(|b| !b.is_empty())
        .or_else(|| {
            t.strip_suffix('\'')
                .or_else(|| t.strip_suffix('’'))
                .filter(|b| b.ends_with(['s', 'S']) && b.len() > 1)
        })
        .unwrap_or(t);
    Span::new(token.span.start, token.span.start + trimmed.len())
}

fn per_thousand(count: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        (count as f64 * 100_000.0 / total as f64).round() / 100.0
    }
}

/// The most frequent of `spans`' texts (whitespace runs read as one space);
/// ties go to the earliest.
fn top_surface(text: &str, spans: &[Span]) -> String {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for s in spans {
        let t = s.slice(text);
        match seen.iter_mut().find(|(x, _)| *x == t) {
            Some((_, n)) => *n += 1,
            None => seen.push((t, 1)),
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for (t, n) in seen {
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((t, n));
        }
    }
    let best = best.map_or("", |(t, _)| t);
    if best.contains(|c: char| c.is_whitespace() && c != ' ') || best.contains("  ") {
        best.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        best.to_owned()
    }
}

/// Counts the words, phrases and names of `text`, leaving out tokens inside `excluded`.
///
/// - Words: [`TokenKind::Word`], hashtag and handle tokens, keyed on their
///   normalised form with a possessive `’s` removed (`Sony’s` counts as `Sony`),
///   stop words left out as `options.stopwords` says, grouped by their Snowball
///   stem when `options.stem` is set. Titles with a full stop (`Mr.`) and single
///   letters are left out. The term shown is the most frequent surface form.
/// - Phrases: two or three adjacent counted words with nothing but spaces
///   between them, seen at least twice; a phrase inside a longer one with the
///   same count is left out.
/// - Names: runs of capitalised words, joined by `of`, `for`, `de`, `von`, ...
///   (and by `and` after one of those: "Center for Strategic and International
///   Studies"), without leading titles ("President", "Spokesman"), without a
///   sentence-initial word that is a stop word or appears in lowercase elsewhere
///   ("The", "But", "Intelligence"); a one-word name must appear at least once
///   away from the start of a sentence. Title-case lines (headlines) give no names.
///
/// # Examples
/// ```
/// use lede::tokenize::{sentences, tokenize};
/// let text = "North Korea denied it. Officials in North Korea said the attack was not North Korea’s.";
/// let tokens = tokenize(text);
/// let terms = lede::terms::terms(text, &tokens, &sentences(text, &tokens), &[], &Default::default());
/// assert_eq!(terms.names[0].term, "North Korea");
/// assert_eq!(terms.names[0].count, 3);
/// assert_eq!(terms.words[0].term, "North");
/// assert_eq!(terms.phrases[0].term, "North Korea");
/// ```
pub fn terms(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    excluded: &[Span],
    options: &Options,
) -> Terms {
    let rules = TermRules::new(options);
    let mut vocab = Vocab::new();
    let mut buf = String::new();
    let mut exclusions = Exclusions::new(excluded);
    // Per token: its form id, or NONE when it is not a counted kind or excluded.
    let mut ids: Vec<u32> = Vec::with_capacity(tokens.len());
    let mut total = 0usize;
    for token in tokens {
        if !token.kind.is_word_like() || exclusions.contains(token.span) {
            ids.push(NONE);
            continue;
        }
        total += 1;
        if !matches!(
            token.kind,
            TokenKind::Word | TokenKind::Hashtag | TokenKind::Handle
        ) {
            ids.push(NONE);
            continue;
        }
        let surface = token.text(text);
        let id = vocab.intern(surface, &mut buf, &rules);
        if surface.as_bytes()[0].is_ascii_lowercase()
            || surface.chars().next().is_some_and(char::is_lowercase)
        {
            vocab.lower_seen[id as usize] = true;
        }
        ids.push(id);
    }
    // Word keys of tokens that count as words.
    let raw_key = |i: usize| -> u32 {
        let id = ids[i];
        if id == NONE {
            return NONE;
        }
        let t = tokens[i].text(text);
        if t.ends_with('.')
            && t.len() <= 5
            && lexicon::is_title(&vocab.norms[id as usize][..t.len() - 1])
            || t.chars().count() == 1
            || t.len() == 2 && t.ends_with('.')
        {
            return NONE;
        }
        vocab.key[id as usize]
    };

    let word_keys: Vec<u32> = (0..tokens.len()).map(raw_key).collect();
    let word_key = |i: usize| word_keys[i];

    // Words.
    let mut counts: Vec<(u32, u32)> = vec![(0, 0); vocab.key_names.len()]; // (count, first token)
    for i in 0..tokens.len() {
        let k = word_key(i);
        if k != NONE {
            let c = &mut counts[k as usize];
            if c.0 == 0 {
                c.1 = i as u32;
            }
            c.0 += 1;
        }
    }
    let unique = counts.iter().filter(|c| c.0 > 0).count();
    let mut order: Vec<u32> = (0..counts.len() as u32)
        .filter(|&k| counts[k as usize].0 > 0)
        .collect();
    order.sort_unstable_by_key(|&k| {
        (
            std::cmp::Reverse(counts[k as usize].0),
            counts[k as usize].1,
        )
    });
    order.truncate(options.top_terms);
    let mut rank = vec![NONE; counts.len()];
    for (r, &k) in order.iter().enumerate() {
        rank[k as usize] = r as u32;
    }
    let mut occurrences: Vec<Vec<Span>> = order
        .iter()
        .map(|&k| Vec::with_capacity(counts[k as usize].0 as usize))
        .collect();
    for (i, token) in tokens.iter().enumerate() {
        let k = word_key(i);
        if k != NONE && rank[k as usize] != NONE {
            occurrences[rank[k as usize] as usize].push(base_span(text, *token));
        }
    }
    let words = order
        .iter()
        .zip(occurrences)
        .map(|(&k, occ)| Term {
            term: top_surface(text, &occ),
            norm: vocab.key_names[k as usize].clone(),
            count: occ.len(),
            per_thousand: per_thousand(occ.len(), total),
            occurrences: occ,
        })
        .collect();

    let phrases = phrases(text, tokens, &vocab, &word_key, total, options.top_terms);
    let names = names(
        text,
        tokens,
        sentences,
        &ids,
        &vocab,
        total,
        options.top_terms,
    );
    Terms {
        words,
        phrases,
        names,
        unique,
        total_words: total,
    }
}

/// Runs of adjacent counted words: `(first token, last token)` of each window.
fn phrase_windows(
    text: &str,
    tokens: &[Token],
    word_key: &dyn Fn(usize) -> u32,
    mut visit: impl FnMut([u32; 3], usize, usize),
) {
    let mut run: Vec<usize> = Vec::new();
    let mut flush = |run: &mut Vec<usize>| {
        for n in 2..=3 {
            for w in run.windows(n) {
                let mut key = [NONE; 3];
                for (j, &i) in w.iter().enumerate() {
                    key[j] = word_key(i);
                }
                visit(key, w[0], w[n - 1]);
            }
        }
        run.clear();
    };
    for i in 0..tokens.len() {
        let k = word_key(i);
        let adjacent = run.last().is_some_and(|&p| {
            text[tokens[p].span.end..tokens[i].span.start]
                .bytes()
                .all(|b| b == b' ')
        });
        if k == NONE || tokens[i].kind != TokenKind::Word || !adjacent {
            flush(&mut run);
        }
        if k != NONE && tokens[i].kind == TokenKind::Word {
            run.push(i);
            // A possessive ends a phrase: "leader’s head" is not one.
            if base_span(text, tokens[i]) != tokens[i].span {
                flush(&mut run);
            }
        }
    }
    flush(&mut run);
}

fn phrases(
    text: &str,
    tokens: &[Token],
    vocab: &Vocab,
    word_key: &dyn Fn(usize) -> u32,
    total: usize,
    limit: usize,
) -> Vec<Term> {
    let mut counts: FxMap<[u32; 3], (u32, u32)> = FxMap::default();
    phrase_windows(text, tokens, word_key, |key, first, _| {
        let c = counts.entry(key).or_insert((0, first as u32));
        c.0 += 1;
    });
    let mut order: Vec<([u32; 3], u32, u32)> = counts
        .iter()
        .filter(|(_, c)| c.0 >= 2)
        .map(|(k, c)| (*k, c.0, c.1))
        .collect();
    // A phrase inside a longer one seen as often adds nothing.
    let counts = &counts;
    let covered: std::collections::HashSet<[u32; 3]> = order
        .iter()
        .filter(|(k, _, _)| k[2] != NONE)
        .flat_map(|&(k, n, _)| {
            [[k[0], k[1], NONE], [k[1], k[2], NONE]]
                .into_iter()
                .filter(move |sub| counts.get(sub).is_some_and(|c| c.0 == n))
        })
        .collect();
    order.retain(|(k, _, _)| !covered.contains(k));
    order.sort_unstable_by_key(|&(k, n, first)| (std::cmp::Reverse(n), k[2] == NONE, first));
    order.truncate(limit);
    let index: FxMap<[u32; 3], usize> = order
        .iter()
        .enumerate()
        .map(|(r, (k, _, _))| (*k, r))
        .collect();
    let mut occurrences: Vec<Vec<Span>> = vec![Vec::new(); order.len()];
    phrase_windows(text, tokens, word_key, |key, first, last| {
        if let Some(&r) = index.get(&key) {
            occurrences[r].push(Span::new(
                tokens[first].span.start,
                base_span(text, tokens[last]).end,
            ));
        }
    });
    order
        .iter()
        .zip(occurrences)
        .map(|((k, _, _), occ)| Term {
            term: top_surface(text, &occ),
            norm: k
                .iter()
                .filter(|&&x| x != NONE)
                .map(|&x| vocab.key_names[x as usize].as_str())
                .collect::<Vec<_>>()
                .join(" "),
            count: occ.len(),
            per_thousand: per_thousand(occ.len(), total),
            occurrences: occ,
        })
        .collect()
}

/// Lowercase words that may join the capitalised words of a name.
fn connector(word: &str) -> Option<Connector> {
    match word {
        "of" | "for" | "de" | "del" | "della" | "di" | "du" | "da" | "von" | "van" | "der"
        | "den" | "la" | "le" | "al" | "bin" | "ibn" | "y" | "on" => Some(Connector::Of),
        "the" => Some(Connector::The),
        "and" | "&" => Some(Connector::And),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Connector {
    /// "of", "for", "de", ...: may join any two capitalised words.
    Of,
    /// "the": only after an "of" ("Bank of the West").
    The,
    /// "and", "&": only after an "of" ("Center for Strategic and International Studies").
    And,
}

#[allow(clippy::too_many_arguments)]
fn names(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    ids: &[u32],
    vocab: &Vocab,
    total: usize,
    limit: usize,
) -> Vec<Term> {
    struct Tally {
        occurrences: Vec<Span>,
        non_initial: bool,
        first: usize,
    }
    let mut found: FxMap<Box<[u32]>, Tally> = FxMap::default();
    let mut key: Vec<u32> = Vec::new();
    let mut sentence_at = 0usize;
    let mut run: Vec<(usize, Option<Connector>)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // One sentence at a time: tokens up to the end of the next sentence span.
        while sentence_at < sentences.len() && sentences[sentence_at].end <= tokens[i].span.start {
            sentence_at += 1;
        }
        let mut end = i + 1;
        if let Some(s) = sentences
            .get(sentence_at)
            .filter(|s| s.start <= tokens[i].span.start)
        {
            while end < tokens.len() && tokens[end].span.end <= s.end {
                end += 1;
            }
        }
        let sentence = i..end;
        i = end;
        let initial = sentence
            .clone()
            .find(|&j| tokens[j].kind == TokenKind::Word);
        // Title-case lines (headlines, menus) say nothing about names.
        let (mut content, mut capital) = (0, 0);
        for j in sentence.clone() {
            let id = ids[j];
            if id != NONE && tokens[j].kind == TokenKind::Word && !vocab.stop[id as usize] {
                content += 1;
                capital += usize::from(starts_upper(tokens[j].text(text)));
            }
        }
        if content >= 2 && capital * 5 >= content * 4 {
            continue;
        }
        let mut finish = |run: &mut Vec<(usize, Option<Connector>)>| {
            while run.last().is_some_and(|r| r.1.is_some()) {
                run.pop();
            }
            let mut from = 0;
            while from < run.len() {
                let (j, conn) = run[from];
                let norm = &vocab.norms[ids[j] as usize];
                let bare = norm.strip_suffix('.').unwrap_or(norm);
                let drop = conn.is_some()
                    || lexicon::is_name_title(bare)
                    || Some(j) == initial
                        && (vocab.stop[ids[j] as usize] || vocab.lower_seen[ids[j] as usize]);
                if !drop {
                    break;
                }
                from += 1;
            }
            let name = &run[from.min(run.len())..];
            if let (Some(&(first, _)), Some(&(last, _))) = (name.first(), name.last()) {
                let single_stop = name.len() == 1 && vocab.stop[ids[first] as usize];
                if !single_stop {
                    key.clear();
                    key.extend(name.iter().map(|&(j, _)| vocab.base[ids[j] as usize]));
                    let span =
                        Span::new(tokens[first].span.start, base_span(text, tokens[last]).end);
                    let non_initial = Some(first) != initial || name.len() > 1;
                    match found.get_mut(key.as_slice()) {
                        Some(t) => {
                            t.occurrences.push(span);
                            t.non_initial |= non_initial;
                        }
                        None => {
                            found.insert(
                                key.clone().into_boxed_slice(),
                                Tally {
                                    occurrences: vec![span],
                                    non_initial,
                                    first,
                                },
                            );
                        }
                    }
                }
            }
            run.clear();
        };
        for j in sentence {
            let token = tokens[j];
            let adjacent = run.last().is_none_or(|&(p, _)| {
                text[tokens[p].span.end..token.span.start]
                    .bytes()
                    .all(|b| b == b' ')
            });
            if !adjacent {
                finish(&mut run);
            }
            let t = token.text(text);
            let conn = if ids[j] == NONE {
                connector(t)
            } else {
                connector(&vocab.norms[ids[j] as usize])
            };
            let is_capital = ids[j] != NONE && token.kind == TokenKind::Word && starts_upper(t);
            if is_capital {
                run.push((j, None));
                if base_span(text, token) != token.span {
                    // A possessive ends the name: "NPR’s Mellissa Block".
                    finish(&mut run);
                }
            } else if let (Some(c), false) = (conn, run.is_empty()) {
                let has_of = run.iter().any(|r| r.1 == Some(Connector::Of));
                if c == Connector::Of
                    || has_of && t.chars().all(|ch| ch.is_lowercase() || ch == '&')
                {
                    run.push((j, Some(c)));
                } else {
                    finish(&mut run);
                }
            } else {
                finish(&mut run);
            }
        }
        finish(&mut run);
    }
    let mut order: Vec<(Box<[u32]>, Tally)> =
        found.into_iter().filter(|(_, t)| t.non_initial).collect();
    order.sort_unstable_by_key(|(_, t)| (std::cmp::Reverse(t.occurrences.len()), t.first));
    order.truncate(limit);
    order
        .into_iter()
        .map(|(k, mut t)| {
            t.occurrences.sort_unstable();
            Term {
                term: top_surface(text, &t.occurrences),
                norm: k
                    .iter()
                    .map(|&b| vocab.base_names[b as usize].as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                count: t.occurrences.len(),
                per_thousand: per_thousand(t.occurrences.len(), total),
                occurrences: t.occurrences,
            }
        })
        .collect()
}

fn starts_upper(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_titlecase_like())
}

trait TitlecaseLike {
    fn is_titlecase_like(self) -> bool;
}

impl TitlecaseLike for char {
    /// The Unicode titlecase digraphs (Lt): ǅ, ǈ, ǋ, ǲ.
    fn is_titlecase_like(self) -> bool {
        matches!(self, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
    }
}

/// One keyword-in-context line: a match and the words around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Kwic {
    /// The words before the match (empty at the start of the text).
    pub left: Span,
    /// The match.
    pub matched: Span,
    /// The words after the match (empty at the end of the text).
    pub right: Span,
    /// The text of `left`.
    pub left_text: String,
    /// The text of `matched`.
    pub matched_text: String,
    /// The text of `right`.
    pub right_text: String,
}

impl MapSpans for Kwic {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.left.map_spans(map);
        self.matched.map_spans(map);
        self.right.map_spans(map);
    }
}

/// Every occurrence of `term` (one or more words, matched on normalised forms
/// with possessives ignored: "Sony" finds "Sony’s"), with up to `window` words
/// of context on each side.
///
/// A multi-word term matches adjacent word tokens only. Terms are matched on
/// their normalised form, not on their stem.
///
/// # Examples
/// ```
/// use lede::terms::kwic;
/// let text = "Sony canceled the film. Critics said Sony’s decision was wrong.";
/// let lines = kwic(text, &lede::tokenize::tokenize(text), "sony", 2);
/// assert_eq!(lines.len(), 2);
/// assert_eq!(lines[1].left_text, "Critics said");
/// assert_eq!(lines[1].matched_text, "Sony");
/// assert_eq!(lines[1].right_text, "decision was");
/// ```
pub fn kwic(text: &str, tokens: &[Token], term: &str, window: usize) -> Vec<Kwic> {
    let wanted: Vec<String> = term
        .split_whitespace()
        .map(|w| strip_possessive(&normalize(w)).to_owned())
        .collect();
    let mut out = Vec::new();
    if wanted.is_empty() {
        return out;
    }
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].kind.is_word_like())
        .collect();
    let mut buf = String::new();
    let matches_at = |w: usize, j: usize, buf: &mut String| -> bool {
        let t = tokens[words[w]].text(text);
        let norm = match normalize_to(t, buf) {
            Normal::Same => t,
            Normal::Buffer => buf.as_str(),
        };
        strip_possessive(norm) == wanted[j]
    };
    let mut w = 0;
    while w + wanted.len() <= words.len() {
        let mut ok = true;
        for j in 0..wanted.len() {
            if !matches_at(w + j, j, &mut buf) || j > 0 && words[w + j] != words[w + j - 1] + 1 {
                ok = false;
                break;
            }
        }
        if !ok {
            w += 1;
            continue;
        }
        let first = tokens[words[w]];
        let last = tokens[words[w + wanted.len() - 1]];
        let matched = Span::new(first.span.start, base_span(text, last).end);
        let left = if w == 0 || window == 0 {
            Span::new(matched.start, matched.start)
        } else {
            let from = w.saturating_sub(window);
            Span::new(
                tokens[words[from]].span.start,
                tokens[words[w] - 1].span.end,
            )
        };
        let after = w + wanted.len();
        let right = if after >= words.len() || window == 0 {
            Span::new(last.span.end, last.span.end)
        } else {
            let to = (after + window).min(words.len()) - 1;
            let start = tokens[words[after - 1] + 1].span.start;
            Span::new(start, tokens[words[to]].span.end)
        };
        out.push(Kwic {
            left,
            matched,
            right,
            left_text: left.slice(text).to_owned(),
            matched_text: matched.slice(text).to_owned(),
            right_text: right.slice(text).to_owned(),
        });
        w += wanted.len();
    }
    out
}
