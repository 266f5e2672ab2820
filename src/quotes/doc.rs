//! The article as a stream of items for attribution: the words and punctuation
//! outside quotations, with each top-level quotation as one item, in sentences
//! and paragraphs.
//!
//! Read from the document model, never from the characters: the words are the
//! tokenizer's word-like tokens with their interned normal forms, and the
//! sentences are the tokenizer's, those a quotation runs across joined into one
//! (a quotation is one item, so “It was bad. Very bad,” he said is one sentence
//! of the stream, as it is one act of saying).

use super::marks::RawQuote;
use crate::forms::{FormId, Forms};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

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
    /// The normal forms of the words (the document model's).
    forms: &'t Forms<'t>,
    /// The items, packed (see [`Packed`]).
    items: Vec<Packed>,
    /// Per item: its normal form, for words.
    form: Vec<Option<FormId>>,
    /// Per item: a word starting with a capital letter?
    cap: Vec<bool>,
    /// Sentence number of each item.
    pub sent: Vec<u32>,
    /// Paragraph number of each sentence (a sentence never spans paragraphs).
    sent_para: Vec<u32>,
    /// First item of each sentence.
    pub sent_start: Vec<usize>,
    /// For each raw quotation, its item (top-level ones only).
    pub quote_item: Vec<Option<usize>>,
    /// For each raw quotation, whether its text ends in a comma (“No Time to Die,”),
    /// which then also closes the writer's clause.
    pub comma_quote: Vec<bool>,
    /// For each raw quotation, whether it could be a nickname inside a name: one
    /// or two capitalised words and nothing else (Robert C. “Bobby” Scott).
    nickname: Vec<bool>,
}

/// Where an item sits: the tokenizer's sentence its first and last characters
/// are in (they differ only for a quotation), and its paragraph.
#[derive(Clone, Copy)]
struct Place {
    sentence: usize,
    end_sentence: usize,
    paragraph: usize,
}

/// The sentence and paragraph of text positions asked in increasing order.
struct Locator<'a> {
    sentences: &'a [Span],
    paragraphs: &'a [Span],
    sentence: usize,
    paragraph: usize,
}

impl<'a> Locator<'a> {
    fn new(sentences: &'a [Span], paragraphs: &'a [Span]) -> Self {
        Locator {
            sentences,
            paragraphs,
            sentence: 0,
            paragraph: 0,
        }
    }

    /// The sentence and paragraph holding `pos`, or the next ones when it lies
    /// between two (`pos` never less than the one asked before).
    fn at(&mut self, pos: usize) -> (usize, usize) {
        while self.sentence + 1 < self.sentences.len() && self.sentences[self.sentence].end <= pos {
            self.sentence += 1;
        }
        while self.paragraph + 1 < self.paragraphs.len()
            && self.paragraphs[self.paragraph].end <= pos
        {
            self.paragraph += 1;
        }
        (self.sentence, self.paragraph)
    }

    /// The place of an item from `start` to `end` (exclusive, not before `start`);
    /// positions after it must not be asked before `end`.
    fn place(&mut self, start: usize, end: usize) -> Place {
        let (sentence, paragraph) = self.at(start);
        let (end_sentence, end_paragraph) = self.at(end.max(start + 1) - 1);
        Place {
            sentence,
            // A quotation running into later paragraphs ends its sentence there.
            end_sentence: if end_paragraph == paragraph {
                end_sentence
            } else {
                usize::MAX
            },
            paragraph,
        }
    }
}

impl<'t> Doc<'t> {
    /// Builds the stream from the document model: `tokens` of `text` with their
    /// `forms`, the tokenizer's `sentences` and `paragraphs`, and the paired quotations.
    #[inline(never)]
    pub fn new(
        text: &'t str,
        tokens: &[Token],
        forms: &'t Forms<'t>,
        sentences: &[Span],
        paragraphs: &[Span],
        quotes: &[RawQuote],
    ) -> Doc<'t> {
        let mut doc = Doc {
            text,
            forms,
            items: Vec::with_capacity(tokens.len() + quotes.len()),
            form: Vec::with_capacity(tokens.len() + quotes.len()),
            cap: Vec::with_capacity(tokens.len() + quotes.len()),
            sent: Vec::new(),
            sent_para: Vec::new(),
            sent_start: Vec::new(),
            quote_item: vec![None; quotes.len()],
            comma_quote: quotes
                .iter()
                .map(|q| q.inner.slice(text).ends_with(','))
                .collect(),
            nickname: quotes
                .iter()
                .map(|q| is_nickname_form(q.inner.slice(text)))
                .collect(),
        };
        let mut places: Vec<Place> = Vec::with_capacity(tokens.len() + quotes.len());
        let mut locate = Locator::new(sentences, paragraphs);
        // Top-level quotations in order of their opening marks.
        let mut top = quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.parent.is_none())
            .peekable();
        let mut skip_until = 0; // the end of the quotation last pushed
        for (ti, t) in tokens.iter().enumerate() {
            while let Some(&(qi, q)) = top.peek() {
                if q.open.start >= t.span.end {
                    break;
                }
                top.next();
                if q.open.start < skip_until {
                    continue; // opens inside the quotation before (marks crossing)
                }
                skip_until = q.outer_end().max(q.open.end);
                doc.quote_item[qi] = Some(doc.len());
                places.push(locate.place(q.open.start, skip_until));
                doc.push(Item::Quote(qi), None, false);
            }
            if t.span.start < skip_until {
                continue;
            }
            let place = locate.place(t.span.start, t.span.end);
            if t.kind.is_word_like() {
                places.push(place);
                let cap = starts_with_capital(t.text(text));
                doc.push(Item::Word(t.span), forms.of_token[ti], cap);
            } else if let Some(c) = stream_punct(text, *t) {
                places.push(place);
                doc.push(Item::Punct(c, t.span.start), None, false);
            }
        }
        for (qi, q) in top {
            if q.open.start >= skip_until {
                skip_until = q.outer_end().max(q.open.end);
                doc.quote_item[qi] = Some(doc.len());
                places.push(locate.place(q.open.start, skip_until));
                doc.push(Item::Quote(qi), None, false);
            }
        }
        doc.number_sentences(&places);
        doc
    }

    fn push(&mut self, item: Item, form: Option<FormId>, cap: bool) {
        self.items.push(Packed::new(item));
        self.form.push(form);
        self.cap.push(cap);
    }

    /// Numbers the stream's sentences: the tokenizer's, except that an item
    /// continues the sentence of the item before when it starts in the sentence
    /// that one ends in (a quotation ends in a later sentence than it starts:
    /// “It was bad. Very bad,” he said); a new paragraph always starts one.
    fn number_sentences(&mut self, places: &[Place]) {
        let n = self.len();
        self.sent = vec![0; n];
        let mut sid = 0u32;
        for (i, place) in places.iter().enumerate().take(n) {
            let new = i > 0 && {
                let prev = places[i - 1];
                prev.paragraph != place.paragraph || prev.end_sentence != place.sentence
            };
            sid += u32::from(new);
            if i == 0 || new {
                self.sent_start.push(i);
                self.sent_para.push(place.paragraph as u32);
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

    /// The normal form of item `i` when it is a word (the document model's:
    /// lowercase, `’` folded to `'`).
    #[inline]
    pub fn word(&self, i: usize) -> Option<&str> {
        Some(self.forms.text((*self.form.get(i)?)?))
    }

    /// The bytes of [`Doc::word`]`(i)`, for the many quick looks at every word.
    #[inline]
    pub fn word_bytes(&self, i: usize) -> Option<&[u8]> {
        self.word(i).map(str::as_bytes)
    }

    /// The span of item `i` when it is a word.
    #[inline]
    pub fn word_span(&self, i: usize) -> Option<Span> {
        let Packed(start, end) = *self.items.get(i)?;
        (end & PUNCT == 0).then(|| Span::new(start as usize, end as usize))
    }

    /// The words written in lowercase somewhere outside quotations, as a set of
    /// normal forms: one look by form id per question ([`LowercaseForms`]).
    pub fn lowercase_forms(&self) -> LowercaseForms {
        let mut seen = vec![false; self.forms.len()];
        for (form, &cap) in self.form.iter().zip(&self.cap) {
            if let (Some(form), false) = (form, cap) {
                seen[form.index()] = true;
            }
        }
        LowercaseForms(seen)
    }

    /// True when item `i` is a word that `set` holds.
    #[inline]
    pub fn word_in(&self, set: &LowercaseForms, i: usize) -> bool {
        self.form
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|f| set.0[f.index()])
    }

    /// True when item `i` is a word starting with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.cap.get(i).copied().unwrap_or(false)
    }

    /// True when item `i` is a quoted nickname between the given name and the
    /// surname of one name (Robert C. “Bobby” Scott): a name's words run on
    /// through it.
    pub fn nickname_at(&self, i: usize) -> bool {
        matches!(self.get(i), Some(Item::Quote(q)) if self.nickname[q])
            && i > 0
            && self.is_cap(i - 1)
            && self.is_cap(i + 1)
            && self.same_sentence(i - 1, i + 1)
    }

    /// True when items `a` and `b` are in the same sentence.
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        a < self.len() && b < self.len() && self.sent[a] == self.sent[b]
    }
}

/// Per normal form: is the word written in lowercase outside quotations
/// ([`Doc::lowercase_forms`])? A form's text is its id's alone, so this answers
/// what a set of the words' texts would, without hashing each word (the hash set
/// it replaced cost 4% of `analyze`'s instructions on 5 KB articles).
pub(crate) struct LowercaseForms(Vec<bool>);

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

/// The punctuation of `token` that attribution reads (clause and sentence
/// marks, brackets, dashes), as one character: `...` reads as `…`. Quotation
/// marks outside quotations and other symbols are not part of the stream.
fn stream_punct(text: &str, token: Token) -> Option<char> {
    if token.kind != TokenKind::Punctuation {
        return None;
    }
    let t = token.text(text);
    let mut chars = t.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        // Runs of one mark: "...", "--", "?!".
        return match c {
            '.' if t.bytes().all(|b| b == b'.') => Some('…'),
            '-' if t.bytes().all(|b| b == b'-') => Some('—'),
            '!' | '?' => Some(c),
            _ => None,
        };
    }
    match c {
        ',' | '.' | ';' | ':' | '!' | '?' | '(' | ')' | '—' | '–' | '…' => Some(c),
        // The horizontal bar of signatures (“…” ― Marisol Tejeda) reads as a dash.
        '―' => Some('—'),
        // A hyphen standing for a dash: "Ames - who", opening a line: "-President
        // Obama", or after a space before a name: "” -Commissioner Iva Hart".
        '-' => {
            let bytes = text.as_bytes();
            let spaced = bytes.get(token.span.end) == Some(&b' ');
            let opens_line = token.span.start == 0 || bytes[token.span.start - 1] == b'\n';
            let signs = token.span.start > 0
                && bytes[token.span.start - 1] == b' '
                && bytes
                    .get(token.span.end)
                    .is_some_and(u8::is_ascii_uppercase);
            (spaced || opens_line || signs).then_some('-')
        }
        _ => None,
    }
}

/// True when `word` starts with an uppercase letter.
fn starts_with_capital(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Each ASCII letter or digit in lowercase; 0 for every other byte: one look
/// tells a word's letters and its capitals.
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

/// Most words of a nickname inside a name (Dwayne “The Rock” Johnson); a cue
/// after such a name does not make it speech (Harold “Hal” Quint said).
pub(crate) const MAX_NICKNAME_WORDS: usize = 2;

/// True when a quotation's text could be a nickname: at most
/// [`MAX_NICKNAME_WORDS`] words, each capitalised and made of letters (and
/// apostrophes or hyphens), with no mark ending a clause.
fn is_nickname_form(inner: &str) -> bool {
    let mut words = 0;
    for w in inner.split_whitespace() {
        words += 1;
        if words > MAX_NICKNAME_WORDS
            || !w.starts_with(char::is_uppercase)
            || !w
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        {
            return false;
        }
    }
    words > 0
}

/// Runs `f` on the item stream of `text`, read as the quotation finder reads
/// it: the tables of tests of every attribution module start here.
#[cfg(test)]
pub(crate) fn with_doc<R>(text: &str, f: impl FnOnce(&Doc) -> R) -> R {
    let model = crate::document::Document::read(text, false);
    let (raw, _) = super::marks::pair(text, &model.paragraphs);
    let doc = Doc::new(
        text,
        &model.tokens,
        &model.forms,
        &model.sentences,
        &model.paragraphs,
        &raw,
    );
    f(&doc)
}
