//! The article as a stream of items for attribution: the words and punctuation
//! outside quotations, with each top-level quotation as one item, split into
//! sentences and paragraphs.
//!
//! Words are read from the characters directly (letters and digits, joined by
//! inner apostrophes, hyphens and dots), so attribution does not depend on the
//! tokenizer's finer choices.

use super::lexicon;
use super::marks::RawQuote;
use crate::span::Span;

/// [`Doc::lower`] of a word that is its own lowercase form.
const AS_WRITTEN: u32 = !CAP;

/// The bit of [`Doc::lower`] that marks a word starting with a capital letter.
const CAP: u32 = 1 << 31;

/// One item of the stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Item {
    /// A word outside quotations.
    Word(Span),
    /// A punctuation character outside quotations, at a byte offset.
    Punct(char, usize),
    /// A top-level quotation (index into the raw quotations).
    Quote(usize),
}

/// An [`Item`] in 8 bytes instead of 12: a word is `(start, end)`; punctuation
/// is `(offset, PUNCT | char)` and a quotation `(index, QUOTE)`. Word ends stay
/// below 2³¹, since texts are far shorter than 2 GiB.
#[derive(Debug, Clone, Copy)]
struct Packed(u32, u32);

const PUNCT: u32 = 1 << 31;
const QUOTE: u32 = PUNCT | 1 << 30;

impl Packed {
    fn new(item: Item) -> Packed {
        match item {
            Item::Word(w) => Packed(w.start as u32, w.end as u32),
            Item::Punct(c, at) => Packed(at as u32, PUNCT | c as u32),
            Item::Quote(q) => Packed(q as u32, QUOTE),
        }
    }

    #[inline]
    fn get(self) -> Item {
        match self.1 {
            QUOTE => Item::Quote(self.0 as usize),
            hi if hi & PUNCT != 0 => Item::Punct(
                char::from_u32(hi & !PUNCT).unwrap_or('\u{FFFD}'),
                self.0 as usize,
            ),
            end => Item::Word(Span::new(self.0 as usize, end as usize)),
        }
    }
}

/// The item stream with sentence and paragraph numbers.
pub(crate) struct Doc<'t> {
    pub text: &'t str,
    /// The items, packed (see [`Packed`]).
    items: Vec<Packed>,
    /// Sentence number of each item.
    pub sent: Vec<u32>,
    /// Paragraph number of each sentence (a sentence never spans paragraphs).
    sent_para: Vec<u32>,
    /// While the stream is built: `(first item, paragraph number)` of each run of
    /// items in one paragraph.
    para_runs: Vec<(u32, u32)>,
    /// First item of each sentence.
    pub sent_start: Vec<usize>,
    /// For each raw quotation, its item (top-level ones only).
    pub quote_item: Vec<Option<usize>>,
    /// For each raw quotation, whether its text ends in a comma (“No Time to Die,”),
    /// which then also closes the writer's clause.
    pub comma_quote: Vec<bool>,
    /// The lowercase forms of the words that differ from their text, one after another.
    lower_text: String,
    /// Where each of those forms ends in `lower_text` (it starts where the one
    /// before ends).
    lower_end: Vec<u32>,
    /// For each item, the number of its lowercase form in `lower_end`, or
    /// [`AS_WRITTEN`] when the word is its own lowercase form (most words),
    /// with [`CAP`] set for a word starting with a capital letter.
    lower: Vec<u32>,
}

impl<'t> Doc<'t> {
    /// Builds the stream for `text` with its paragraphs and paired quotations;
    /// `tokens` (the tokenizer's count) bounds the number of items.
    #[inline(never)]
    pub fn new(text: &'t str, paragraphs: &[Span], quotes: &[RawQuote], tokens: usize) -> Doc<'t> {
        let mut doc = Doc {
            text,
            items: Vec::with_capacity(tokens + quotes.len()),
            sent: Vec::new(),
            sent_para: Vec::new(),
            para_runs: Vec::new(),
            sent_start: Vec::new(),
            quote_item: vec![None; quotes.len()],
            comma_quote: quotes
                .iter()
                .map(|q| q.inner.slice(text).ends_with(','))
                .collect(),
            lower_text: String::new(),
            lower_end: Vec::new(),
            lower: Vec::with_capacity(tokens + quotes.len()),
        };
        let mut next_q = 0;
        let mut cur = 0;
        for (pi, p) in paragraphs.iter().enumerate() {
            if p.end <= cur {
                continue;
            }
            let mut s = p.start.max(cur);
            while s < p.end {
                while next_q < quotes.len()
                    && (quotes[next_q].parent.is_some() || quotes[next_q].open.start < s)
                {
                    next_q += 1;
                }
                match quotes.get(next_q) {
                    Some(q) if q.open.start < p.end => {
                        doc.scan(s, q.open.start, pi);
                        doc.quote_item[next_q] = Some(doc.len());
                        doc.push(Item::Quote(next_q), pi);
                        s = q.outer_end().max(q.open.end);
                        next_q += 1;
                    }
                    _ => {
                        doc.scan(s, p.end, pi);
                        s = p.end;
                    }
                }
            }
            cur = s;
        }
        doc.split_sentences(quotes);
        doc
    }

    /// Pushes a punctuation mark or a quotation (words come through [`Doc::push_word`]).
    fn push(&mut self, item: Item, pi: usize) {
        debug_assert!(!matches!(item, Item::Word(_)));
        self.push_item(item, pi, false, AS_WRITTEN);
    }

    /// Pushes word `w`, which is ASCII or not, has an ASCII uppercase letter or
    /// not, and starts with a capital or not (as the scan found while reading it).
    #[inline(always)]
    fn push_word(&mut self, w: Span, pi: usize, ascii: bool, upper: bool, cap: bool) {
        let mut lower = AS_WRITTEN;
        if !ascii || upper {
            lower = self.lower_end.len() as u32;
            push_lower(&mut self.lower_text, w.slice(self.text));
            self.lower_end.push(self.lower_text.len() as u32);
        }
        self.push_item(Item::Word(w), pi, cap, lower);
    }

    #[inline(always)]
    fn push_item(&mut self, item: Item, pi: usize, cap: bool, lower: u32) {
        if self.para_runs.last().is_none_or(|&(_, p)| p != pi as u32) {
            self.para_runs.push((self.len() as u32, pi as u32));
        }
        self.lower.push(if cap { lower | CAP } else { lower });
        self.items.push(Packed::new(item));
    }

    fn scan(&mut self, from: usize, to: usize, pi: usize) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = from;
        while i < to {
            let b = bytes[i];
            let (mut j, mut ascii, mut upper, cap) = if b < 0x80 {
                let lower = LOWER_ALNUM[b as usize];
                if lower == 0 {
                    // ASCII outside words: spaces and punctuation, one byte at a time.
                    if matches!(b, b',' | b'.' | b';' | b':' | b'!' | b'?' | b'(' | b')')
                        || b == b'-' && bytes.get(i + 1) == Some(&b' ')
                    {
                        self.push(Item::Punct(b as char, i), pi);
                    }
                    i += 1;
                    continue;
                }
                // A word starting with an ASCII letter or digit (most words).
                (i + 1, true, lower != b, lower != b)
            } else {
                let Some(c) = char_at(text, i, to) else { break };
                if !is_alnum(c) {
                    if matches!(c, '—' | '–' | '…') {
                        self.push(Item::Punct(c, i), pi);
                    }
                    i += c.len_utf8();
                    continue;
                }
                (i + c.len_utf8(), false, false, c.is_uppercase())
            };
            loop {
                // Letters and digits of ASCII run on without decoding.
                let (end, capital) = crate::ascii::alnum_run(bytes, j, to);
                j = end;
                upper |= capital;
                // Most words end at a space or a comma: nothing joins there.
                if j < to && matches!(bytes[j], b' ' | b',' | b'\n' | b';' | b')' | b'"') {
                    break;
                }
                let Some(d) = char_at(text, j, to) else { break };
                let joins = is_alnum(d)
                    || matches!(d, '\'' | '’' | '-' | '‐' | '.' | '&')
                        && char_at(text, j + d.len_utf8(), to).is_some_and(is_alnum);
                if !joins {
                    break;
                }
                ascii &= d.is_ascii();
                upper |= d.is_ascii_uppercase();
                j += d.len_utf8();
            }
            if bytes.get(j) == Some(&b'.') && j < to && is_abbreviation(&text[i..j]) {
                j += 1;
            }
            self.push_word(Span::new(i, j), pi, ascii, upper, cap);
            i = j;
        }
    }

    fn split_sentences(&mut self, quotes: &[RawQuote]) {
        let n = self.len();
        let runs = std::mem::take(&mut self.para_runs);
        self.sent = vec![0; n];
        let mut sid = 0u32;
        let mut run = 0;
        for i in 0..n {
            let new_para = runs.get(run).is_some_and(|&(first, _)| first as usize == i);
            if new_para {
                run += 1;
            }
            // Most items follow a word without a full stop, which ends no
            // sentence: told from the packed word at one look.
            let after_plain_word = i > 0
                && self
                    .word_span(i - 1)
                    .is_some_and(|w| self.text.as_bytes()[w.end - 1] != b'.');
            if i > 0 && (new_para || !after_plain_word && self.boundary_after(i - 1, quotes)) {
                sid += 1;
            }
            if i == 0 || self.sent_start.len() <= sid as usize {
                self.sent_start.push(i);
                self.sent_para.push(runs[run - 1].1);
            }
            self.sent[i] = sid;
        }
    }

    /// How many items there are.
    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Item `i` (panics past the end, as indexing does).
    #[inline]
    pub fn item(&self, i: usize) -> Item {
        self.items[i].get()
    }

    /// Item `i`, or None past the end.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Item> {
        self.items.get(i).map(|p| p.get())
    }

    /// Paragraph number of item `i`.
    #[inline]
    pub fn para(&self, i: usize) -> u32 {
        self.sent_para[self.sent[i] as usize]
    }

    /// True when a sentence ends after item `i`, given that item `i + 1` is in
    /// the same paragraph.
    fn boundary_after(&self, i: usize, quotes: &[RawQuote]) -> bool {
        let next = i + 1;
        // Whether item `next` may open a sentence; looked at only after the few
        // items that may end one (most items are words without a full stop).
        let next_opens = || match self.item(next) {
            Item::Word(w) => !self.is_lower(w),
            Item::Quote(_) | Item::Punct('(', _) => true,
            Item::Punct(..) => false,
        };
        match self.item(i) {
            Item::Punct('.' | '!' | '?' | '…', _) => next_opens(),
            // A word is never empty, and a full stop is one byte.
            Item::Word(w) if self.text.as_bytes()[w.end - 1] == b'.' => {
                // Initials end a sentence only before a word that plainly starts one.
                let word = &self.text[w.start..w.end - 1];
                let initials = word.contains('.') || word.chars().count() == 1;
                if crate::lexicon::is_title(&crate::case::lowercase(word)) {
                    return false; // "Mr. Smith"
                }
                match self.item(next) {
                    Item::Word(n) if initials => lexicon::is_sentence_word(&self.lower(n)),
                    Item::Quote(_) => true,
                    // "Acme Corp. Its", "Jr. The": other abbreviations end sentences before a capital.
                    _ => !initials && next_opens(),
                }
            }
            Item::Quote(q) => next_opens() && ends_sentence(quotes[q].inner.slice(self.text)),
            _ => false,
        }
    }

    /// The lowercase form of a word, `’` folded to `'`.
    pub fn lower(&self, w: Span) -> String {
        let mut out = String::with_capacity(w.len());
        push_lower(&mut out, w.slice(self.text));
        out
    }

    /// The lowercase form of item `i` when it is a word (computed once, when
    /// the stream is built).
    #[inline]
    pub fn word(&self, i: usize) -> Option<&str> {
        // Attribution asks this of nearly every item: words are told from the
        // packed form at one look, without unpacking it.
        let w = self.word_span(i)?;
        match self.lower[i] & !CAP {
            AS_WRITTEN => Some(w.slice(self.text)),
            k => {
                let k = k as usize;
                let start = if k == 0 { 0 } else { self.lower_end[k - 1] };
                Some(&self.lower_text[start as usize..self.lower_end[k] as usize])
            }
        }
    }

    /// The bytes of [`Doc::word`]`(i)`, without checking that they slice a
    /// string at character boundaries (for the many quick looks at every word).
    #[inline]
    pub fn word_bytes(&self, i: usize) -> Option<&[u8]> {
        let w = self.word_span(i)?;
        match self.lower[i] & !CAP {
            AS_WRITTEN => self.text.as_bytes().get(w.start..w.end),
            k => {
                let k = k as usize;
                let start = if k == 0 { 0 } else { self.lower_end[k - 1] };
                self.lower_text
                    .as_bytes()
                    .get(start as usize..self.lower_end[k] as usize)
            }
        }
    }

    /// The span of item `i` when it is a word.
    #[inline]
    pub fn word_span(&self, i: usize) -> Option<Span> {
        let Packed(start, end) = *self.items.get(i)?;
        (end & PUNCT == 0).then(|| Span::new(start as usize, end as usize))
    }

    /// True when the word starts with a lowercase letter.
    pub fn is_lower(&self, w: Span) -> bool {
        match self.text.as_bytes().get(w.start) {
            Some(&b) if b < 0x80 => b.is_ascii_lowercase(),
            _ => w
                .slice(self.text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase),
        }
    }

    /// True when item `i` is a word starting with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.lower.get(i).is_some_and(|&l| l & CAP != 0)
    }

    /// True when items `a` and `b` are in the same sentence.
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        a < self.len() && b < self.len() && self.sent[a] == self.sent[b]
    }
}

/// True when a quotation's text ends a sentence: “… done.” or “… (leave.)”.
pub(crate) fn ends_sentence(inner: &str) -> bool {
    let t = inner.trim_end_matches(|c: char| {
        matches!(
            c,
            ')' | ']' | '’' | '\'' | '”' | '"' | '»' | '›' | '」' | '』'
        ) || c.is_whitespace()
    });
    t.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

fn is_abbreviation(word: &str) -> bool {
    let single_letters = word.split('.').all(|part| part.chars().count() == 1);
    if single_letters && word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    // Every listed abbreviation and title is ASCII and at most six letters long:
    // one sentence-final word in each sentence comes through here.
    if word.is_ascii() {
        if word.len() > 6 {
            return false;
        }
        let mut buf = [0u8; 6];
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        let lower = std::str::from_utf8(&buf[..word.len()]).unwrap_or("");
        return crate::lexicon::is_abbreviation(lower) || crate::lexicon::is_title(lower);
    }
    let lower = crate::case::lowercase(word);
    crate::lexicon::is_abbreviation(&lower) || crate::lexicon::is_title(&lower)
}

/// Each ASCII letter or digit in lowercase; 0 for every other byte: one look
/// tells a word's letters and its capitals (here and in pull-quote hashing).
pub(crate) static LOWER_ALNUM: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// The character at byte `i` of `text` if `i` is before `to` (a char boundary).
#[inline]
pub(crate) fn char_at(text: &str, i: usize, to: usize) -> Option<char> {
    if i >= to {
        return None;
    }
    match text.as_bytes()[i] {
        b if b < 0x80 => Some(b as char),
        _ => text[i..to].chars().next(),
    }
}

#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Appends the lowercase form of `word` to `out`, `’` folded to `'`.
pub(crate) fn push_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        let from = out.len();
        out.push_str(word);
        // SAFETY-free: ASCII lowercasing keeps the string valid UTF-8.
        out[from..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if c == '’' {
            out.push('\'');
        } else {
            crate::case::push_lower(out, c);
        }
    }
}
