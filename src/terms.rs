//! Term frequency: words, key phrases and names, each with its occurrences;
//! and keyword-in-context lines.
//!
//! Counting works on token ids: each token's normalised form is looked up once
//! in a table of borrowed strings, and everything else (stop words, stems,
//! possessives, phrases, names) is worked out once per distinct form. Strings
//! are built only for the terms returned.

use std::hash::Hasher;

use serde::Serialize;

use crate::forms::{expected_forms, FormId, Forms, Interning};
use crate::hash::StrIds;
use crate::id::KeyId;
use crate::lexicon;
use crate::options::{Options, Stopwords};
use crate::sort::Lean;
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

pub(crate) use crate::hash::FxMap;

/// Answers "is this span inside an excluded one?" for spans asked in text order,
/// in time linear in both lists.
pub(crate) struct Exclusions {
    spans: Vec<Span>,
    next: usize,
}

impl Exclusions {
    pub(crate) fn new(excluded: &[Span]) -> Exclusions {
        let mut spans = excluded.to_vec();
        spans.lean_sort();
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

/// No place in a ranking (ranks of terms and names not listed).
const UNRANKED: u32 = u32::MAX;

/// A token's shape bit (see `terms_with_forms`): a counted word that starts with a capital.
const CAPITAL: u8 = 1;
/// A token's shape bit: a counted word that is not a stop word.
const CONTENT: u8 = 2;

/// What is known about the distinct normalised forms of a text, by form id
/// ([`Forms`]); a form is looked at when a counted token first has it.
struct Vocab {
    /// Per form: what is known of it, all in one place, so that a token's form is
    /// one look in memory.
    info: Vec<Info>,
    /// The term keys by key id, when stemming (without it a term's key is its
    /// base: the possessive-stripped form).
    keys: StrIds,
    /// True when keys are stems.
    stemming: bool,
    /// The possessive-stripped forms, by base id.
    bases: StrIds,
}

/// What is known about one form.
#[derive(Clone, Copy)]
struct Info {
    /// The term key it counts toward (None for stop words).
    key: Option<KeyId>,
    /// Its possessive-stripped form, as a base id (for names).
    base: u32,
    /// Looked at yet? (The other fields mean nothing until then.)
    known: bool,
    /// A stop word (possessive stripped)?
    stop: bool,
    /// Seen starting with a lowercase letter somewhere?
    lower_seen: bool,
    /// A title with its full stop ("mr.")?
    title_stop: bool,
    /// Without a final full stop: a title or role before a name?
    name_title: bool,
    /// A word that may join the words of a name?
    connector: Option<Connector>,
}

impl Info {
    const UNKNOWN: Info = Info {
        key: None,
        base: 0,
        known: false,
        stop: false,
        lower_seen: false,
        title_stop: false,
        name_title: false,
        connector: None,
    };
}

impl Vocab {
    fn new(forms: usize, terms: &TermRules) -> Vocab {
        Vocab::with_info(vec![Info::UNKNOWN; forms], forms, terms)
    }

    /// An empty vocabulary with room for about `forms` forms.
    fn with_capacity(forms: usize, terms: &TermRules) -> Vocab {
        Vocab::with_info(Vec::with_capacity(forms), forms, terms)
    }

    fn with_info(info: Vec<Info>, forms: usize, terms: &TermRules) -> Vocab {
        let stemming = terms.stemmer.is_some();
        Vocab {
            info,
            keys: StrIds::with_capacity(if stemming { forms } else { 0 }),
            stemming,
            bases: StrIds::with_capacity(forms),
        }
    }

    /// The text of term key `k`.
    fn key(&self, k: KeyId) -> &str {
        let k = k.index() as u32;
        if self.stemming {
            self.keys.get(k)
        } else {
            self.bases.get(k)
        }
    }

    /// What is known of `form`, once [`Vocab::intern`] has looked at it.
    #[inline(always)]
    fn info(&self, form: FormId) -> &Info {
        &self.info[form.index()]
    }

    /// How many term keys there may be (key ids are below it).
    fn key_ids(&self) -> usize {
        if self.stemming {
            self.keys.len()
        } else {
            self.bases.len()
        }
    }

    /// Looks at `form` if it is new; a form's id here is its form id.
    #[inline(always)]
    fn intern(&mut self, form: FormId, forms: &Forms<'_>, terms: &TermRules) -> FormId {
        if !self.info.get(form.index()).is_some_and(|i| i.known) {
            self.intern_new(form, forms, terms);
        }
        form
    }

    #[inline(never)]
    fn intern_new(&mut self, form: FormId, forms: &Forms<'_>, terms: &TermRules) {
        if form.index() >= self.info.len() {
            // Forms interned one token at a time (see `frequencies`).
            self.info
                .resize(forms.len().max(form.index() + 1), Info::UNKNOWN);
        }
        let norm = forms.text(form);
        let stripped = strip_possessive(norm);
        let stop = terms.is_stop(norm) || stripped.len() != norm.len() && terms.is_stop(stripped);
        let base = self.bases.intern(stripped);
        let key = if stop || !stripped.chars().any(char::is_alphabetic) {
            None
        } else {
            Some(KeyId::new(match &terms.stemmer {
                Some(s) => self.keys.intern(&s.stem(stripped)),
                None => base,
            }))
        };
        let bare = norm.strip_suffix('.');
        self.info[form.index()] = Info {
            key,
            base,
            known: true,
            stop,
            lower_seen: false,
            title_stop: bare.is_some_and(lexicon::is_title),
            name_title: lexicon::is_name_title(bare.unwrap_or(norm)),
            connector: connector(norm),
        };
    }
}

/// The term key word token `token` of `text`, with form `id` (in `vocab`),
/// counts toward, or None: titles with their full stop and single letters
/// are not words.
#[inline(always)]
fn counted_key(text: &str, token: &Token, id: FormId, vocab: &Vocab) -> Option<KeyId> {
    // The token's bytes: a word is never empty, and its first and last bytes
    // tell all but a single non-ASCII character, which is decoded.
    let bytes = &text.as_bytes()[token.span.start..token.span.end];
    let n = bytes.len();
    let dot = bytes[n - 1] == b'.';
    // A single character of two to four bytes starts with a non-ASCII byte.
    let single_char = n == 1 || n <= 4 && bytes[0] >= 0x80 && token.text(text).chars().count() == 1;
    if n <= 5 && dot && vocab.info(id).title_stop || single_char || n == 2 && dot {
        None
    } else {
        vocab.info(id).key
    }
}

/// Every counted term of a text with its count: the whole frequency table,
/// not only the top terms of [`Terms`], and without spans.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Frequencies {
    /// The normalised terms (the stem when stemming), most frequent first,
    /// ties in order of first occurrence.
    pub terms: Vec<String>,
    /// `forms[i]` is the word form of `terms[i]` that occurs most often (the
    /// first seen on ties), possessive left out: a word to show for a stem
    /// ("attacks" for "attack", "companies" for "compani"). Without stemming it
    /// is the term itself.
    pub forms: Vec<String>,
    /// `counts[i]` is how many times `terms[i]` occurs.
    pub counts: Vec<u32>,
    /// Word-like tokens in the text (the total the counts are out of).
    pub total_words: usize,
}

/// Tokenises `text` and counts its terms by the same rules as [`terms`]
/// (stop words and stemming as `options` say), for the whole text: boilerplate
/// is not looked for, so it is counted too.
///
/// # Examples
/// ```
/// let f = lede::terms::frequencies("Sony’s hack. The hack of SONY.", &lede::Options::default());
/// assert_eq!(f.terms, ["sony", "hack"]);
/// assert_eq!(f.counts, [2, 2]);
/// assert_eq!(f.total_words, 6);
///
/// let stemmed = lede::Options { stem: true, ..Default::default() };
/// let f = lede::terms::frequencies("Companies attack. The company’s attacks, attacks.", &stemmed);
/// assert_eq!(f.terms, ["attack", "compani"]);
/// assert_eq!(f.forms, ["attacks", "companies"]);
/// ```
pub fn frequencies(text: &str, options: &Options) -> Frequencies {
    // Tokens are counted as the tokenizer hands them over, a few thousand at a
    // time, and never kept: the whole table costs the vocabulary, not the text.
    let mut forms = Forms::empty();
    let mut interning = Interning::for_text(text);
    let rules = TermRules::new(options);
    let mut vocab = Vocab::with_capacity(expected_forms(text.len()), &rules);
    // Per term key: (count, first token).
    let mut counts: Vec<(u32, u32)> = Vec::new();
    // Per base (possessive-stripped form), when stemming: how often it was
    // counted, to name each stem by a word.
    let mut base_counts: Vec<u32> = Vec::new();
    let mut total = 0usize;
    let mut i = 0usize;
    crate::tokenize::tokenize_chunks(text, &mut |tokens| {
        for token in tokens {
            i += 1;
            if !token.kind.is_word_like() {
                continue;
            }
            total += 1;
            if !matches!(
                token.kind,
                TokenKind::Word | TokenKind::Hashtag | TokenKind::Handle
            ) {
                continue;
            }
            let form = forms.intern(&mut interning, text, token);
            let id = vocab.intern(form, &forms, &rules);
            let key = counted_key(text, token, id, &vocab);
            if let Some(key) = key {
                tally(&mut counts, key, i - 1);
                if vocab.stemming {
                    let base = vocab.info(form).base as usize;
                    if base >= base_counts.len() {
                        base_counts.resize(base + 1, 0);
                    }
                    base_counts[base] += 1;
                }
            }
        }
    });
    let order = most_frequent_first(
        counts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.0 > 0)
            .map(|(k, &(count, first))| (count, first, k as u32)),
        usize::MAX,
    );
    let terms: Vec<String> = order
        .iter()
        .map(|&k| vocab.key(KeyId::new(k)).to_string())
        .collect();
    let forms = if vocab.stemming {
        let best = most_frequent_bases(&vocab, &base_counts);
        order
            .iter()
            .map(|&k| vocab.bases.get(best[k as usize].1).to_string())
            .collect()
    } else {
        terms.clone()
    };
    Frequencies {
        terms,
        forms,
        counts: order.iter().map(|&k| counts[k as usize].0).collect(),
        total_words: total,
    }
}

/// Per term key of the vocabulary: the (count, base id) of its base counted most
/// often by `base_counts`, the first seen on ties (bases are interned in text order).
/// Sized by the vocabulary's key ids, not by the keys counted: a word whose key
/// was made but never counted (a stop word of the caller's after the last counted
/// key) still has one.
fn most_frequent_bases(vocab: &Vocab, base_counts: &[u32]) -> Vec<(u32, u32)> {
    let mut best = vec![(0u32, u32::MAX); vocab.key_ids()];
    for info in vocab.info.iter().filter(|i| i.known) {
        let (Some(k), Some(&n)) = (info.key, base_counts.get(info.base as usize)) else {
            continue;
        };
        let b = &mut best[k.index()];
        if n > b.0 || n == b.0 && info.base < b.1 {
            *b = (n, info.base);
        }
    }
    best
}

/// The ids of `(count, first occurrence, id)` items, most frequent first, then
/// by first occurrence. First occurrences are distinct (no two terms or names
/// start at the same token), so one unstable sort of packed integers gives the
/// one order, without the comparison behind `dyn` of [`Lean`]. Only the first
/// `limit` are kept, and only they are sorted.
fn most_frequent_first(items: impl Iterator<Item = (u32, u32, u32)>, limit: usize) -> Vec<u32> {
    let packed: Vec<(u64, u32)> = items
        .map(|(count, first, id)| (u64::from(u32::MAX - count) << 32 | u64::from(first), id))
        .collect();
    first_of(packed, limit)
}

/// The ids of the first `limit` of `packed` `(key, id)` items in order of key,
/// where a key holds `u32::MAX - count` in its high half.
#[inline(never)]
fn first_of(mut packed: Vec<(u64, u32)>, limit: usize) -> Vec<u32> {
    if packed.len() > limit {
        // Only the items counted at least as often as the `limit`-th need sorting:
        // that count is found from a histogram of counts (those of `cap` or more
        // share its last bucket; any `cap` gives the same items, a small one
        // for a short list: an article's table then costs no 8 KB to clear).
        let cap = packed.len().min(1024);
        let count = |key: u64| (u32::MAX - (key >> 32) as u32) as usize;
        let mut histogram = vec![0usize; cap + 1];
        for &(key, _) in &packed {
            histogram[count(key).min(cap)] += 1;
        }
        let mut at_least = 0;
        let mut threshold = cap;
        while threshold > 0 && at_least + histogram[threshold] < limit {
            at_least += histogram[threshold];
            threshold -= 1;
        }
        packed.retain(|&(key, _)| count(key) >= threshold);
    }
    packed.sort_unstable();
    packed.truncate(limit);
    packed.into_iter().map(|(_, id)| id).collect()
}

/// Counts one more occurrence of term `key` at token `i` in `counts`
/// (per key: count, first token).
#[inline]
fn tally(counts: &mut Vec<(u32, u32)>, key: KeyId, i: usize) {
    if key.index() >= counts.len() {
        counts.resize(key.index() + 1, (0, 0));
    }
    let c = &mut counts[key.index()];
    if c.0 == 0 {
        c.1 = i as u32;
    }
    c.0 += 1;
}

struct TermRules {
    /// The caller's own stop words (a custom list and the extra words),
    /// normalised, sorted and deduplicated (looked up once per distinct form,
    /// so a binary search does).
    own: Vec<String>,
    /// Leave out [`lexicon::STOPWORDS`].
    default: bool,
    /// Leave out [`lexicon::REPORTING_VERBS`].
    reporting: bool,
    stemmer: Option<rust_stemmers::Stemmer>,
}

impl TermRules {
    fn new(options: &Options) -> TermRules {
        let custom = match &options.stopwords {
            Stopwords::Custom(list) => &list[..],
            _ => &[],
        };
        let mut own: Vec<String> = custom
            .iter()
            .chain(&options.extra_stopwords)
            .map(|w| normalize(w.trim()).into_owned())
            .filter(|w| !w.is_empty())
            .collect();
        own.lean_sort();
        own.dedup();
        TermRules {
            own,
            default: matches!(options.stopwords, Stopwords::Default | Stopwords::Reporting),
            reporting: options.stopwords == Stopwords::Reporting,
            stemmer: options
                .stem
                .then(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)),
        }
    }

    fn is_stop(&self, norm: &str) -> bool {
        self.default && lexicon::is_stopword(norm)
            || self.reporting && lexicon::is_reporting_verb(norm)
            || self.own.binary_search_by(|w| w.as_str().cmp(norm)).is_ok()
    }
}

/// The span of a token without a possessive `’s` or final `’`.
#[inline]
fn base_span(text: &str, token: Token) -> Span {
    // Most words end in neither an apostrophe nor an apostrophe and `s`
    // (`'` is 0x27; `’` ends in 0x99, `ʼ` in 0xBC): one look at the last two bytes.
    let b = text.as_bytes();
    let Span { start, end } = token.span;
    let quote = |b: u8| matches!(b, b'\'' | 0x99 | 0xBC);
    let maybe = match b[end - 1] {
        b's' | b'S' => end - start >= 2 && quote(b[end - 2]),
        b'\'' | 0x99 => true,
        _ => false,
    };
    if !maybe {
        return token.span;
    }
    possessive_base(text, token)
}

#[inline(never)]
fn possessive_base(text: &str, token: Token) -> Span {
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
    // Most terms are written one way throughout: then the first is the one,
    // without a table of texts (one per term of every result).
    let first = spans.first().map_or("", |s| s.slice(text));
    if spans.iter().all(|s| s.slice(text) == first) {
        return tidy_surface(first);
    }
    // Distinct texts in order of first appearance, with their counts.
    let mut seen: Vec<(&str, usize)> = Vec::new();
    let mut index: FxMap<&str, usize> = FxMap::default();
    for s in spans {
        let t = s.slice(text);
        match index.get(t) {
            Some(&at) => seen[at].1 += 1,
            None => {
                index.insert(t, seen.len());
                seen.push((t, 1));
            }
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for (t, n) in seen {
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((t, n));
        }
    }
    tidy_surface(best.map_or("", |(t, _)| t))
}

/// `surface` with each run of whitespace read as one space.
fn tidy_surface(surface: &str) -> String {
    if surface.contains(|c: char| c.is_whitespace() && c != ' ') || surface.contains("  ") {
        surface.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        surface.to_owned()
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
    let forms = Forms::new(text, tokens);
    let counted = crate::tokenize::counted_words(tokens, excluded);
    terms_with_forms(text, tokens, &forms, &counted, sentences, options)
}

/// [`terms`] with the text's forms already interned.
#[inline(never)]
pub(crate) fn terms_with_forms(
    text: &str,
    tokens: &[Token],
    forms: &Forms<'_>,
    counted_words: &[bool],
    sentences: &[Span],
    options: &Options,
) -> Terms {
    let rules = TermRules::new(options);
    let mut vocab = Vocab::new(forms.len(), &rules);
    // Per token: its form id, or None when it is not a counted kind or excluded.
    // The four lists start filled (most tokens are punctuation or uncounted,
    // and keep the fill) and are written by index.
    let mut ids: Vec<Option<FormId>> = vec![None; tokens.len()];
    // Per token: the word key it counts toward, or None.
    let mut word_keys: Vec<Option<KeyId>> = vec![None; tokens.len()];
    // Per token: how many adjacent counted words end at it (capped at 3), for phrases.
    let mut runs: Vec<u8> = vec![0; tokens.len()];
    // Per token, for names: CONTENT for a counted word that is not a stop word,
    // CAPITAL for a counted word that starts with a capital.
    let mut shapes: Vec<u8> = vec![0; tokens.len()];
    // Per word key: (count, first token).
    let mut counts: Vec<(u32, u32)> = Vec::new();
    let mut total = 0usize;
    let mut run = 0u8;
    let of_token = &forms.of_token[..tokens.len()];
    for (i, token) in tokens.iter().enumerate() {
        let counted = matches!(
            token.kind,
            TokenKind::Word | TokenKind::Hashtag | TokenKind::Handle
        );
        if !counted_words[i] {
            run = 0;
            continue;
        }
        total += 1;
        if !counted {
            run = 0;
            continue;
        }
        let Some(form) = of_token[i] else {
            run = 0; // counted kinds are word-like and always have a form
            continue;
        };
        let id = vocab.intern(form, forms, &rules);
        let first = text.as_bytes()[token.span.start];
        if first.is_ascii_lowercase()
            || first >= 0x80
                && token
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        {
            vocab.info[id.index()].lower_seen = true;
        } else if token.kind == TokenKind::Word && starts_upper_at(text, token.span) {
            shapes[i] = CAPITAL;
        }
        if token.kind == TokenKind::Word && !vocab.info(id).stop {
            shapes[i] |= CONTENT;
        }
        ids[i] = Some(id);
        let key = counted_key(text, token, id, &vocab);
        word_keys[i] = key;
        let Some(key) = key else {
            run = 0;
            continue;
        };
        tally(&mut counts, key, i);
        if token.kind != TokenKind::Word {
            run = 0;
            continue;
        }
        // Phrases: runs of adjacent counted words with nothing but spaces between.
        let adjacent = run > 0
            && text.as_bytes()[tokens[i - 1].span.end..token.span.start]
                .iter()
                .all(|&b| b == b' ');
        run = if adjacent { (run + 1).min(3) } else { 1 };
        runs[i] = run;
        // A possessive ends a phrase: "leader’s head" is not one.
        if base_span(text, *token) != token.span {
            run = 0;
        }
    }

    // Words.
    let unique = counts.iter().filter(|c| c.0 > 0).count();
    let order = most_frequent_first(
        counts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.0 > 0)
            .map(|(k, &(count, first))| (count, first, k as u32)),
        options.top_terms,
    );
    // By the vocabulary's key ids, so that every key a token has can be looked up.
    let mut rank = vec![UNRANKED; vocab.key_ids()];
    for (r, &k) in order.iter().enumerate() {
        rank[k as usize] = r as u32;
    }
    let mut occurrences: Vec<Vec<Span>> = order
        .iter()
        .map(|&k| Vec::with_capacity(counts[k as usize].0 as usize))
        .collect();
    if !order.is_empty() {
        for (token, k) in tokens.iter().zip(&word_keys) {
            let Some(k) = *k else { continue };
            if rank[k.index()] != UNRANKED {
                occurrences[rank[k.index()] as usize].push(base_span(text, *token));
            }
        }
    }
    let words = order
        .iter()
        .zip(occurrences)
        .map(|(&k, occ)| Term {
            term: top_surface(text, &occ),
            norm: vocab.key(KeyId::new(k)).to_string(),
            count: occ.len(),
            per_thousand: per_thousand(occ.len(), total),
            occurrences: occ,
        })
        .collect();

    let ranked = top_phrases(&word_keys, &runs, &counts, total, options.top_terms);
    let phrases = phrases(text, tokens, &vocab, &word_keys, &runs, ranked, total);

    let names = names(
        text,
        tokens,
        sentences,
        &ids,
        &shapes,
        &mut vocab,
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

/// The word keys of a two- or three-word phrase (None last for two words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PhraseKey([Option<KeyId>; 3]);

impl std::hash::Hash for PhraseKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let [a, b, c] = self.0.map(KeyId::bits);
        state.write_u64(u64::from(a) | u64::from(b) << 32);
        state.write_u32(c);
    }
}

/// The top `limit` phrases (see [`rank_phrases`]) of a text of `total` words.
///
/// A phrase occurs no more often than its rarest word, so counting only the
/// phrases whose words all occur at least `min` times counts every phrase that
/// occurs `min` times or more exactly, and the top phrases are right once the
/// last of them occurs `min` times or more. A long text starts high (a small
/// table instead of one entry per distinct phrase, which for 10 MB is a
/// million) and lowers `min` when too few phrases reach it; at 2 the count is
/// complete for every phrase that can be listed.
#[inline(never)]
fn top_phrases(
    word_keys: &[Option<KeyId>],
    runs: &[u8],
    counts: &[(u32, u32)],
    total: usize,
    limit: usize,
) -> Vec<(PhraseKey, u32, u32)> {
    let mut min = (total / 20_000).max(2) as u32;
    loop {
        let (index, list) = count_phrases(word_keys, runs, counts, min);
        let ranked = rank_phrases(&index, list, limit);
        let sure = ranked.len() == limit && ranked.last().is_some_and(|p| p.1 >= min);
        if sure || min <= 2 {
            return ranked;
        }
        min = (min / 8).max(2);
    }
}

/// Per phrase (in order of first occurrence): its key, count and first token,
/// for the phrases whose words (keys in `word_keys`, adjacent as `runs` says)
/// all occur at least `min` times; and each phrase's place in that list.
#[allow(clippy::type_complexity)]
fn count_phrases(
    word_keys: &[Option<KeyId>],
    runs: &[u8],
    counts: &[(u32, u32)],
    min: u32,
) -> (FxMap<PhraseKey, u32>, Vec<(PhraseKey, u32, u32)>) {
    let mut index: FxMap<PhraseKey, u32> = FxMap::default();
    let mut list: Vec<(PhraseKey, u32, u32)> = Vec::new();
    let frequent = |k: Option<KeyId>| k.is_some_and(|k| counts[k.index()].0 >= min);
    let mut count = |key: PhraseKey, first: usize| {
        let next = list.len() as u32;
        let p = *index.entry(key).or_insert(next);
        if p == next {
            list.push((key, 1, first as u32));
        } else {
            list[p as usize].1 += 1;
        }
    };
    for (i, &run) in runs.iter().enumerate() {
        if run < 2 || !frequent(word_keys[i]) || !frequent(word_keys[i - 1]) {
            continue;
        }
        count(PhraseKey([word_keys[i - 1], word_keys[i], None]), i - 1);
        if run == 3 && frequent(word_keys[i - 2]) {
            count(
                PhraseKey([word_keys[i - 2], word_keys[i - 1], word_keys[i]]),
                i - 2,
            );
        }
    }
    (index, list)
}

/// The top `limit` phrases of `list` (counted by [`count_phrases`]) that occur
/// at least twice and are not just part of a longer phrase seen as often.
fn rank_phrases(
    index: &FxMap<PhraseKey, u32>,
    list: Vec<(PhraseKey, u32, u32)>,
    limit: usize,
) -> Vec<(PhraseKey, u32, u32)> {
    let count_of = |key: &PhraseKey| index.get(key).map(|&p| list[p as usize].1);
    // A phrase inside a longer one seen as often adds nothing.
    // Values unused: a map of the type of `index` shares its code in the `.wasm`.
    let mut covered: FxMap<PhraseKey, u32> = FxMap::default();
    for &(k, n, _) in &list {
        let [a, b, c] = k.0;
        if n >= 2 && c.is_some() {
            for sub in [PhraseKey([a, b, None]), PhraseKey([b, c, None])] {
                if count_of(&sub) == Some(n) {
                    covered.insert(sub, 0);
                }
            }
        }
    }
    let mut order: Vec<(PhraseKey, u32, u32)> = list
        .into_iter()
        .filter(|(k, n, _)| *n >= 2 && !covered.contains_key(k))
        .collect();
    order.lean_sort_by_key(|&(k, n, first)| (std::cmp::Reverse(n), k.0[2].is_none(), first));
    order.truncate(limit);
    order
}

#[inline(never)]
fn phrases(
    text: &str,
    tokens: &[Token],
    vocab: &Vocab,
    word_keys: &[Option<KeyId>],
    runs: &[u8],
    order: Vec<(PhraseKey, u32, u32)>,
    total: usize,
) -> Vec<Term> {
    let rank: FxMap<PhraseKey, usize> = order
        .iter()
        .enumerate()
        .map(|(r, (k, _, _))| (*k, r))
        .collect();
    // Only windows whose first word starts a top phrase need looking up.
    let mut starts = vec![false; vocab.key_ids()];
    for k in order.iter().filter_map(|(k, _, _)| k.0[0]) {
        starts[k.index()] = true;
    }
    let mut occurrences: Vec<Vec<Span>> = order
        .iter()
        .map(|&(_, n, _)| Vec::with_capacity(n as usize))
        .collect();
    if !order.is_empty() {
        for (i, &run) in runs.iter().enumerate() {
            for len in 2..=run as usize {
                let first = i + 1 - len;
                if !word_keys[first].is_some_and(|k| starts[k.index()]) {
                    continue;
                }
                let mut key = [None; 3];
                key[..len].copy_from_slice(&word_keys[first..=i]);
                if let Some(&r) = rank.get(&PhraseKey(key)) {
                    occurrences[r].push(Span::new(
                        tokens[first].span.start,
                        base_span(text, tokens[i]).end,
                    ));
                }
            }
        }
    }
    order
        .iter()
        .zip(occurrences)
        .map(|((k, _, _), occ)| Term {
            term: top_surface(text, &occ),
            norm: k
                .0
                .iter()
                .flatten()
                .map(|&x| vocab.key(x))
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
#[inline(never)]
fn names(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    ids: &[Option<FormId>],
    shapes: &[u8],
    vocab: &mut Vocab,
    total: usize,
    limit: usize,
) -> Vec<Term> {
    struct Tally {
        count: usize,
        non_initial: bool,
        first: usize,
    }
    // Each distinct name's number in `tallies`; every occurrence, in text order,
    // with its name's number (one list, not a list per name: most names are rare).
    let mut found: FxMap<Box<[u32]>, u32> = FxMap::default();
    let mut tallies: Vec<(Box<[u32]>, Tally)> = Vec::new();
    let mut occurrences: Vec<(u32, Span)> = Vec::new();
    let mut key: Vec<u32> = Vec::new();
    let mut sentence_at = 0usize;
    // The words of the name under way: token index, and the connector it is, if one.
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
        for &shape in &shapes[sentence.clone()] {
            if shape & CONTENT != 0 {
                content += 1;
                capital += usize::from(shape & CAPITAL != 0);
            }
        }
        if content >= 2 && capital * 5 >= content * 4 {
            continue;
        }
        let mut finish = |run: &mut Vec<(usize, Option<Connector>)>, vocab: &mut Vocab| {
            while run.last().is_some_and(|r| r.1.is_some()) {
                run.pop();
            }
            // A connector such as "&" is no word and has no form.
            let info = |vocab: &Vocab, j: usize| ids[j].map(|f| *vocab.info(f));
            let mut from = 0;
            while from < run.len() {
                let (j, conn) = run[from];
                let drop = conn.is_some()
                    || info(vocab, j).is_some_and(|i| {
                        i.name_title || Some(j) == initial && (i.stop || i.lower_seen)
                    });
                if !drop {
                    break;
                }
                from += 1;
            }
            let name = &run[from.min(run.len())..];
            if let (Some(&(first, _)), Some(&(last, _))) = (name.first(), name.last()) {
                let single_stop = name.len() == 1 && info(vocab, first).is_some_and(|i| i.stop);
                if !single_stop {
                    key.clear();
                    for &(j, _) in name {
                        key.push(match info(vocab, j) {
                            Some(i) => i.base,
                            // Formless connectors ("&", or a word in excluded text) match
                            // `connector` as written, so their text is their form.
                            None => vocab.bases.intern(tokens[j].text(text)),
                        });
                    }
                    let span =
                        Span::new(tokens[first].span.start, base_span(text, tokens[last]).end);
                    let non_initial = Some(first) != initial || name.len() > 1;
                    let n = match found.get(key.as_slice()) {
                        Some(&n) => {
                            let t = &mut tallies[n as usize].1;
                            t.count += 1;
                            t.non_initial |= non_initial;
                            n
                        }
                        None => {
                            let n = tallies.len() as u32;
                            let boxed = key.clone().into_boxed_slice();
                            found.insert(boxed.clone(), n);
                            tallies.push((
                                boxed,
                                Tally {
                                    count: 1,
                                    non_initial,
                                    first,
                                },
                            ));
                            n
                        }
                    };
                    occurrences.push((n, span));
                }
            }
            run.clear();
        };
        for j in sentence {
            let is_capital = shapes[j] & CAPITAL != 0;
            if run.is_empty() && !is_capital {
                continue; // no name under way and none starting
            }
            let token = tokens[j];
            let adjacent = run.last().is_none_or(|&(p, _)| {
                text.as_bytes()[tokens[p].span.end..token.span.start]
                    .iter()
                    .all(|&b| b == b' ')
            });
            if !adjacent {
                finish(&mut run, vocab);
            }
            let t = token.text(text);
            let conn = match ids[j] {
                Some(f) => vocab.info(f).connector,
                None => connector(t),
            };
            if is_capital {
                run.push((j, None));
                if base_span(text, token) != token.span {
                    // A possessive ends the name: "NPR’s Mellissa Block".
                    finish(&mut run, vocab);
                }
            } else if let (Some(c), false) = (conn, run.is_empty()) {
                let has_of = run.iter().any(|r| r.1 == Some(Connector::Of));
                if c == Connector::Of
                    || has_of && t.chars().all(|ch| ch.is_lowercase() || ch == '&')
                {
                    run.push((j, Some(c)));
                } else {
                    finish(&mut run, vocab);
                }
            } else {
                finish(&mut run, vocab);
            }
        }
        finish(&mut run, vocab);
    }
    drop(found);
    let order = most_frequent_first(
        tallies
            .iter()
            .enumerate()
            .filter(|(_, (_, t))| t.non_initial)
            .map(|(n, (_, t))| (t.count as u32, t.first as u32, n as u32)),
        limit,
    );
    let mut rank = vec![UNRANKED; tallies.len()];
    let mut spans: Vec<Vec<Span>> = Vec::with_capacity(order.len());
    for (r, &n) in order.iter().enumerate() {
        rank[n as usize] = r as u32;
        spans.push(Vec::with_capacity(tallies[n as usize].1.count));
    }
    for &(n, span) in &occurrences {
        if let Some(&r) = rank.get(n as usize).filter(|&&r| r != UNRANKED) {
            spans[r as usize].push(span);
        }
    }
    order
        .iter()
        .zip(spans)
        .map(|(&n, mut occurrences)| {
            if !occurrences.is_sorted() {
                occurrences.lean_sort();
            }
            Term {
                term: top_surface(text, &occurrences),
                norm: tallies[n as usize]
                    .0
                    .iter()
                    .map(|&b| vocab.bases.get(b))
                    .collect::<Vec<_>>()
                    .join(" "),
                count: occurrences.len(),
                per_thousand: per_thousand(occurrences.len(), total),
                occurrences,
            }
        })
        .collect()
}

/// [`starts_upper`] of the text at `span`, looking at one byte when it is ASCII.
#[inline]
fn starts_upper_at(text: &str, span: Span) -> bool {
    match text.as_bytes().get(span.start) {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        _ => starts_upper(span.slice(text)),
    }
}

fn starts_upper(t: &str) -> bool {
    match t.as_bytes().first() {
        Some(&b) if b < 0x80 => return b.is_ascii_uppercase(),
        None => return false,
        _ => {}
    }
    t.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_titlecase_like())
}

trait TitlecaseLike {
    fn is_titlecase_like(&self) -> bool;
}

impl TitlecaseLike for char {
    /// The Unicode titlecase digraphs (Lt): ǅ, ǈ, ǋ, ǲ.
    fn is_titlecase_like(&self) -> bool {
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
    kwic_matching(text, tokens, term, window, None)
}

/// [`kwic`] with words matched by their Snowball English stem, as terms are
/// counted when stemming: "attack" finds "attacks" and "attacked".
///
/// # Examples
/// ```
/// use lede::terms::kwic_by_stem;
/// let text = "The attack came first. Two attacks followed, and the hackers attacked again.";
/// let lines = kwic_by_stem(text, &lede::tokenize::tokenize(text), "attacks", 1);
/// let found: Vec<&str> = lines.iter().map(|l| l.matched_text.as_str()).collect();
/// assert_eq!(found, ["attack", "attacks", "attacked"]);
/// ```
pub fn kwic_by_stem(text: &str, tokens: &[Token], term: &str, window: usize) -> Vec<Kwic> {
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    kwic_matching(text, tokens, term, window, Some(&stemmer))
}

fn kwic_matching(
    text: &str,
    tokens: &[Token],
    term: &str,
    window: usize,
    stemmer: Option<&rust_stemmers::Stemmer>,
) -> Vec<Kwic> {
    // A word's key: its normalised form without a possessive, stemmed when asked.
    let key = |norm: &str, out: &mut String| {
        let base = strip_possessive(norm);
        out.clear();
        match stemmer {
            Some(s) => out.push_str(&s.stem(base)),
            None => out.push_str(base),
        }
    };
    let wanted: Vec<String> = term
        .split_whitespace()
        .map(|w| {
            let mut k = String::new();
            key(&normalize(w), &mut k);
            k
        })
        .collect();
    let mut out = Vec::new();
    if wanted.is_empty() {
        return out;
    }
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].kind.is_word_like())
        .collect();
    let mut buf = String::new();
    let mut found = String::new();
    let mut matches_at = |w: usize, j: usize, buf: &mut String| -> bool {
        let t = tokens[words[w]].text(text);
        let norm = match normalize_to(t, buf) {
            Normal::Same => t,
            Normal::Buffer => buf.as_str(),
        };
        if stemmer.is_none() {
            return strip_possessive(norm) == wanted[j];
        }
        key(norm, &mut found);
        found == wanted[j]
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Word keys, runs and counts of a long synthetic text: words drawn with a
    /// skewed distribution, phrases broken now and then as punctuation would.
    /// Per token: word key and run; per key: (count, first token).
    type Synthetic = (Vec<Option<KeyId>>, Vec<u8>, Vec<(u32, u32)>);

    fn synthetic(words: usize, seed: u64) -> Synthetic {
        let mut state = seed;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as u32
        };
        let (mut keys, mut runs, mut counts) = (Vec::new(), Vec::new(), vec![(0u32, 0u32); 5000]);
        let mut run = 0u8;
        for i in 0..words {
            let r = next();
            // Squaring a uniform draw favours small keys: a few frequent words.
            let k = ((r % 5000) as u64 * (r % 5000) as u64 / 5000) as u32;
            let k = if r % 7 == 0 { (i as u32 / 3) % 40 } else { k };
            keys.push(Some(KeyId::new(k)));
            run = if next() % 6 == 0 { 1 } else { (run + 1).min(3) };
            runs.push(run);
            if counts[k as usize].0 == 0 {
                counts[k as usize].1 = i as u32;
            }
            counts[k as usize].0 += 1;
        }
        (keys, runs, counts)
    }

    #[test]
    fn the_first_few_are_the_first_of_the_full_order() {
        let mut seed = 3u64;
        for (n, spread) in [(0, 5), (10, 3), (500, 4), (5000, 3000), (3000, 2)] {
            let items: Vec<(u32, u32, u32)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    // Counts with many ties, some beyond the histogram's last bucket.
                    ((seed >> 40) as u32 % spread + 1, i * 7 % 5001, i)
                })
                .collect();
            let all = most_frequent_first(items.iter().copied(), usize::MAX);
            for limit in [0, 1, 2, 50, 499, 500, 501, 4999] {
                let first = most_frequent_first(items.iter().copied(), limit);
                assert_eq!(first, all[..limit.min(all.len())], "{n} {spread} {limit}");
            }
        }
    }

    #[test]
    fn top_phrases_with_a_threshold_match_the_full_count() {
        for (words, seed, limit) in [
            (200_000, 1, 25),
            (120_000, 7, 60),
            (60_000, 3, 5),
            (3_000, 9, 25),
        ] {
            let (keys, runs, counts) = synthetic(words, seed);
            let (index, list) = count_phrases(&keys, &runs, &counts, 1);
            let full = rank_phrases(&index, list, limit);
            assert!(
                full.len() == limit || words < 10_000,
                "{words}: {}",
                full.len()
            );
            assert_eq!(
                top_phrases(&keys, &runs, &counts, words, limit),
                full,
                "{words} words"
            );
        }
    }

    #[test]
    fn names_joined_by_a_connector_that_is_no_word() {
        // "&" has no form: a name run through it once indexed the vocabulary
        // with a missing id (found in a newspaper article).
        for (text, name) in [
            (
                "managed Center for & Children. Later the Center for & Children grew.",
                Some("center for & children"),
            ),
            ("C for &K京", None),
            ("s U.S of&S", None),
            ("d\u{fffd}N for A&T", None),
            ("Ames & Dunn met Ames & Dunn.", None),
        ] {
            let tokens = crate::tokenize::tokenize(text);
            let sentences = crate::tokenize::sentences(text, &tokens);
            let t = terms(text, &tokens, &sentences, &[], &Options::default());
            if let Some(name) = name {
                assert!(
                    t.names.iter().any(|n| n.norm == name),
                    "{text:?}: {:?}",
                    t.names
                );
            }
            crate::analyze(text);
        }
    }
}
