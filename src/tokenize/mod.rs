//! Words, sentences and paragraphs, each with a span into the text.
//!
//! Word boundaries follow Unicode UAX #29 (the `unicode-segmentation` crate;
//! plain ASCII stretches take a fast path that gives the same boundaries),
//! with news-specific rules on top:
//!
//! - contractions and possessives with `'` or `’` stay whole (`don’t`, `Sony’s`,
//!   `students’`), as do elisions (`’90s`, `’n’`, `’em`);
//! - abbreviations and initials keep their full stop (`U.S.`, `Mr.`, `J.R.R.`);
//! - hyphenated words are one token (`file-sharing`, `Jong-un`);
//! - a number keeps its currency sign, percent sign, ordinal suffix and scale
//!   word: `$44 million` is **one** [`TokenKind::Number`] token (the only tokens
//!   that may contain a space), so are `3.5%`, `9/11`, `11th`, `1,000`, `7:30`;
//! - URLs, e-mail addresses, `@handles`, `#hashtags` and emoji (ZWJ sequences,
//!   flags, keycaps and skin tones included) are tokens of their own kinds;
//! - every other visible character is a punctuation or symbol token; `...` and
//!   `--` are single tokens.
//!
//! Whitespace is never part of a token, except the single space in a number with
//! a scale word. Tokens are in text order, do not overlap and lie on char
//! boundaries.

mod compose;
mod sentences;

use std::borrow::Cow;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon;
use crate::span::{MapSpans, Span, Utf16Map};

pub(crate) use sentences::{layout, Layout};
pub use sentences::{paragraphs, sentences};

/// Per token: does it count as a word in the article's figures? The one rule
/// behind every word count (statistics, terms, quotations, speakers' shares):
/// a word-like token ([`TokenKind::is_word_like`]) outside the text set aside
/// in `excluded` (boilerplate, repeats included). Sharing it is what keeps a
/// quotation's words within the article's words.
pub(crate) fn counted_words(tokens: &[Token], excluded: &[Span]) -> Vec<bool> {
    let mut exclusions = crate::terms::Exclusions::new(excluded);
    tokens
        .iter()
        .map(|t| t.kind.is_word_like() && (excluded.is_empty() || !exclusions.contains(t.span)))
        .collect()
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TokenKind {
    /// Letters (with inner apostrophes, hyphens or dots), in any script.
    Word,
    /// Digits, with separators, currency, percent sign, ordinal suffix or scale word.
    Number,
    /// Punctuation marks, quotation marks included.
    Punctuation,
    /// Any other visible character (currency, maths, ...).
    Symbol,
    /// A web address: `https://npr.org/x`, `www.theverge.com`, `npr.org`.
    Url,
    /// An e-mail address.
    Email,
    /// A social-media handle: `@BarackObama`.
    Handle,
    /// A hashtag: `#TheInterview`.
    Hashtag,
    /// One emoji, with its modifiers and ZWJ joins: `👩‍👩‍👧`, `🇺🇸`, `👍🏽`, `1️⃣`.
    Emoji,
}

impl TokenKind {
    /// True for the kinds counted as words in the statistics: words, numbers,
    /// URLs, e-mail addresses, handles and hashtags.
    ///
    /// # Examples
    /// ```
    /// use lede::TokenKind;
    /// assert!(TokenKind::Number.is_word_like());
    /// assert!(!TokenKind::Punctuation.is_word_like());
    /// ```
    pub fn is_word_like(self) -> bool {
        !matches!(
            self,
            TokenKind::Punctuation | TokenKind::Symbol | TokenKind::Emoji
        )
    }
}

/// One token: its span and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }

    /// The token's normalised form (see [`normalize`]), computed on demand.
    ///
    /// # Examples
    /// ```
    /// let text = "Sony’s";
    /// let token = lede::tokenize::tokenize(text)[0];
    /// assert_eq!(token.norm(text), "sony's");
    /// ```
    pub fn norm<'t>(&self, text: &'t str) -> Cow<'t, str> {
        normalize(self.text(text))
    }
}

impl MapSpans for Token {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
    }
}

/// The normalised form of a word: lowercase (Unicode case folding of letters,
/// final sigma folded), `’ ‘ ʼ` folded to `'`, `‐ ‑` folded to `-`, soft hyphens
/// dropped, and composed to NFC when it holds combining marks.
///
/// Returns the input borrowed when it is already normal (the common case for
/// lowercase ASCII words), so callers allocate only for the rest.
///
/// # Examples
/// ```
/// assert_eq!(lede::tokenize::normalize("Sony’s"), "sony's");
/// assert_eq!(lede::tokenize::normalize("plain"), "plain");
/// assert_eq!(lede::tokenize::normalize("ΟΔΟΣ"), "οδοσ");
/// assert_eq!(lede::tokenize::normalize("cafe\u{301}"), "café");
/// ```
pub fn normalize(word: &str) -> Cow<'_, str> {
    let mut buf = String::new();
    match normalize_to(word, &mut buf) {
        Normal::Same => Cow::Borrowed(word),
        Normal::Buffer => Cow::Owned(buf),
    }
}

/// Where [`normalize_to`] left the normal form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Normal {
    /// The word is already normal.
    Same,
    /// The normal form is in the buffer.
    Buffer,
}

/// Normalises `word` into `buf` (cleared first) unless it is already normal.
pub(crate) fn normalize_to(word: &str, buf: &mut String) -> Normal {
    let bytes = word.as_bytes();
    // The first byte that is not lowercase ASCII decides the path.
    let Some(at) = bytes.iter().position(|&b| NOT_LOWER_ASCII[b as usize]) else {
        return Normal::Same;
    };
    buf.clear();
    if bytes[at..].is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return Normal::Buffer;
    }
    let mut combining = false;
    for c in word.chars() {
        match c {
            '’' | '‘' | 'ʼ' | '′' => buf.push('\''),
            '\u{2010}' | '\u{2011}' => buf.push('-'),
            '\u{AD}' => {}
            'ς' => buf.push('σ'),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => {
                combining |= is_combining(c);
                for l in crate::case::lower(c) {
                    buf.push(if l == 'ς' { 'σ' } else { l });
                }
            }
        }
    }
    if combining {
        compose(buf);
    }
    Normal::Buffer
}

/// Canonical composition of each character with the one before it
/// (`e` + U+0301 → `é`, then `ê` + U+0301 → `ế`; Hangul jamo into syllables).
/// Unlike full NFC it does not reorder runs of several combining marks,
/// which news text does not produce; it needs a 12 KB table instead of the
/// 120 KB of a complete normaliser.
fn compose(buf: &mut String) {
    let mut out = String::with_capacity(buf.len());
    let mut last: Option<char> = None;
    for c in buf.chars() {
        if let Some(joined) = last.and_then(|p| compose_pair(p, c)) {
            out.pop();
            out.push(joined);
            last = Some(joined);
        } else {
            out.push(c);
            last = Some(c);
        }
    }
    *buf = out;
}

/// The canonical composition of `a` followed by `b`, if there is one.
fn compose_pair(a: char, b: char) -> Option<char> {
    const S_BASE: u32 = 0xAC00;
    const L_BASE: u32 = 0x1100;
    const V_BASE: u32 = 0x1161;
    const T_BASE: u32 = 0x11A7;
    const T_COUNT: u32 = 28;
    const N_COUNT: u32 = 21 * T_COUNT;
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + 19).contains(&a) && (V_BASE..V_BASE + 21).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * 21 + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + 19 * N_COUNT).contains(&a)
        && (a - S_BASE) % T_COUNT == 0
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return char::from_u32(a + (b - T_BASE));
    }
    let second = compose::SECONDS.binary_search(&b).ok()?;
    let key = a << 8 | second as u32;
    compose::COMPOSE
        .binary_search_by_key(&key, |&(k, _)| k)
        .ok()
        .and_then(|i| char::from_u32(compose::COMPOSE[i].1))
}

/// A composition's pair as one key, the first character above the place of the
/// second in `SECONDS` (120 of them): in order as the pairs are, and a row of
/// `COMPOSE` takes 8 bytes, not 12 (3.8 KB less `.wasm`, 0.4 KB gzipped).
pub(crate) const fn compose_key(first: u32, second: u32) -> u32 {
    let mut i = 0;
    while i < compose::SECONDS.len() {
        if compose::SECONDS[i] == second {
            return first << 8 | i as u32;
        }
        i += 1;
    }
    panic!("a second character of a composition is not in SECONDS")
}

/// Uppercase ASCII letters and every non-ASCII byte.
static NOT_LOWER_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b >= 0x80 || (b as u8).is_ascii_uppercase();
        b += 1;
    }
    table
};

/// Characters that compose with the one before them, whose presence makes
/// composition worth its cost.
fn is_combining(c: char) -> bool {
    compose::SECONDS.binary_search(&(c as u32)).is_ok()
}

/// The normalised form of a word without a possessive `'s` or final `'`:
/// `Sony’s` and `Sony` count as one term, and so do `students’` and `students`.
///
/// # Examples
/// ```
/// use lede::tokenize::strip_possessive;
/// assert_eq!(strip_possessive("sony's"), "sony");
/// assert_eq!(strip_possessive("students'"), "students");
/// assert_eq!(strip_possessive("don't"), "don't");
/// ```
pub fn strip_possessive(norm: &str) -> &str {
    if let Some(base) = norm.strip_suffix("'s") {
        if !base.is_empty() && !base.ends_with('\'') {
            return base;
        }
    }
    match norm.strip_suffix('\'') {
        Some(base) if base.ends_with('s') && base.len() > 1 => base,
        _ => norm,
    }
}

/// Splits `text` into tokens, whitespace left out.
///
/// # Examples
/// ```
/// use lede::tokenize::{tokenize, TokenKind};
/// let text = "Sony’s $44 million film, @sony #TheInterview 👍🏽.";
/// let tokens = tokenize(text);
/// let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["Sony’s", "$44 million", "film", ",", "@sony", "#TheInterview", "👍🏽", "."]);
/// assert_eq!(tokens[1].kind, TokenKind::Number);
/// assert_eq!(tokens[5].kind, TokenKind::Hashtag);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut scanner = Scanner {
        text,
        bytes: text.as_bytes(),
        tokens: Vec::with_capacity(text.len() / 5 + 1),
        open_single: false,
    };
    scanner.run(None);
    scanner.tokens
}

/// Tokens of `text` in order, handed to `sink` a few thousand at a time rather
/// than kept: for callers that only count (the tokens of 10 MB take 23 MB).
pub(crate) fn tokenize_chunks(text: &str, sink: &mut dyn FnMut(&[Token])) {
    let mut scanner = Scanner {
        text,
        bytes: text.as_bytes(),
        tokens: Vec::with_capacity(CHUNK + 16),
        open_single: false,
    };
    scanner.run(Some(sink));
}

/// Where [`tokenize_chunks`] hands its tokens.
type Sink<'a> = &'a mut dyn FnMut(&[Token]);

/// Tokens per [`tokenize_chunks`] call of its sink (about 50 KB of text).
const CHUNK: usize = 8192;

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    tokens: Vec<Token>,
    /// An opening single quotation mark waits for its closing one, so a final
    /// `’` after an `s` closes the quotation rather than making a possessive.
    open_single: bool,
}

impl Scanner<'_> {
    /// Scans the whole text; with a `sink`, hands it the tokens whenever
    /// [`CHUNK`] have gathered (between tokens, so no token looks back past it).
    fn run(&mut self, mut sink: Option<Sink<'_>>) {
        let len = self.bytes.len();
        let mut pos = 0;
        while pos < len {
            if let Some(sink) = sink.as_mut() {
                if self.tokens.len() >= CHUNK {
                    sink(&self.tokens);
                    self.tokens.clear();
                }
            }
            let b = self.bytes[pos];
            pos = if b < 0x80 {
                match b {
                    // One space between words (most spaces): nothing to decide.
                    b' ' if self
                        .bytes
                        .get(pos + 1)
                        .is_some_and(|&n| n > b' ' && n < 0x80) =>
                    {
                        pos + 1
                    }
                    b' ' | b'\t' | b'\r' | b'\n' | b'\x0b' | b'\x0c' => self.space(pos),
                    // U+FE0F and U+20E3 start with 0xEF and 0xE2.
                    b'0'..=b'9' | b'#' | b'*'
                        if matches!(self.bytes.get(pos + 1), Some(0xEF | 0xE2)) =>
                    {
                        self.keycap_or(pos, b)
                    }
                    b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => self.word(pos),
                    b'$' => self.currency(pos, 1),
                    b'@' => self.tagged(pos, TokenKind::Handle),
                    b'#' => self.tagged(pos, TokenKind::Hashtag),
                    b'\'' => self.apostrophe(pos),
                    b'.' => self.run_of(pos, b'.'),
                    b'-' => self.run_of(pos, b'-'),
                    _ => {
                        let kind = if is_punctuation(b as char) {
                            TokenKind::Punctuation
                        } else {
                            TokenKind::Symbol
                        };
                        self.push(pos, pos + 1, kind)
                    }
                }
            } else {
                let c = self.char_at(pos);
                if c.is_whitespace() {
                    self.space(pos)
                } else if c.is_alphanumeric() {
                    self.word(pos)
                } else if matches!(c, '’' | '‘' | 'ʼ') {
                    self.apostrophe(pos)
                } else if is_currency(c) {
                    self.currency(pos, c.len_utf8())
                } else {
                    self.other(pos, c)
                }
            };
        }
        if let Some(sink) = sink {
            sink(&self.tokens);
            self.tokens.clear();
        }
    }

    fn char_at(&self, pos: usize) -> char {
        self.text[pos..].chars().next().unwrap_or(' ')
    }

    fn char_before(&self, pos: usize) -> Option<char> {
        self.text[..pos].chars().next_back()
    }

    fn push(&mut self, start: usize, end: usize, kind: TokenKind) -> usize {
        self.tokens.push(Token {
            span: Span::new(start, end),
            kind,
        });
        end
    }

    /// Skips whitespace; a blank line forgets an unclosed single quotation mark.
    fn space(&mut self, mut pos: usize) -> usize {
        let mut newlines = 0;
        while pos < self.bytes.len() {
            let b = self.bytes[pos];
            if b == b'\n' {
                newlines += 1;
                pos += 1;
            } else if matches!(b, b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c') {
                pos += 1;
            } else if b >= 0x80 {
                let c = self.char_at(pos);
                if !c.is_whitespace() {
                    break;
                }
                pos += c.len_utf8();
            } else {
                break;
            }
        }
        if newlines >= 2 {
            self.open_single = false;
        }
        pos
    }

    /// A keycap emoji at `pos` (`1️⃣`, `#️⃣`, `*️⃣`), else what its base `b` starts alone.
    fn keycap_or(&mut self, pos: usize, b: u8) -> usize {
        match self.keycap_end(pos) {
            Some(end) => self.push(pos, end, TokenKind::Emoji),
            None if b.is_ascii_digit() => self.word(pos),
            None if b == b'#' => self.tagged(pos, TokenKind::Hashtag),
            None => self.push(pos, pos + 1, TokenKind::Punctuation.or_symbol(b)),
        }
    }

    /// The end of a keycap emoji whose base (`0`–`9`, `#`, `*`) is at `pos`.
    fn keycap_end(&self, pos: usize) -> Option<usize> {
        let rest = &self.text[pos + 1..];
        ["\u{FE0F}\u{20E3}", "\u{20E3}"]
            .iter()
            .find(|tail| rest.starts_with(*tail))
            .map(|tail| pos + 1 + tail.len())
    }

    /// `...`, `--`: a run of the same mark is one punctuation token.
    fn run_of(&mut self, start: usize, mark: u8) -> usize {
        let mut end = start + 1;
        while self.bytes.get(end) == Some(&mark) {
            end += 1;
        }
        self.push(start, end, TokenKind::Punctuation)
    }

    /// Any other character with what belongs to it: an emoji, punctuation or a symbol.
    fn other(&mut self, start: usize, c: char) -> usize {
        let mut end = start + c.len_utf8();
        if self.bytes.get(end).is_some_and(|&b| b >= 0x80) {
            // Combining marks, variation selectors, skin tones, ZWJ sequences and flag
            // pairs belong to it. Its UAX #29 word segment keeps them together as a
            // grapheme cluster does (the grapheme tables would add 11 KB to the gzipped
            // .wasm); a letter, digit or space that the segment takes in too (after
            // `‿` or `゛`, say) starts a token of its own.
            let first = end;
            let segment = start
                + self.text[start..]
                    .split_word_bounds()
                    .next()
                    .map_or(c.len_utf8(), str::len);
            end = self.text[first..segment]
                .char_indices()
                .find(|&(_, d)| d.is_alphanumeric() || d.is_whitespace())
                .map_or(segment, |(i, _)| first + i);
        }
        let emoji_style = self.text[start..end].contains('\u{FE0F}');
        let kind = if is_emoji(c) || emoji_style && !c.is_ascii() {
            TokenKind::Emoji
        } else if is_punctuation(c) {
            TokenKind::Punctuation
        } else {
            TokenKind::Symbol
        };
        self.push(start, end, kind)
    }

    /// `@handle` or `#hashtag` after a non-word character, else the bare mark.
    fn tagged(&mut self, start: usize, kind: TokenKind) -> usize {
        let after_word = self
            .char_before(start)
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        let mut end = start + 1;
        if !after_word {
            for (i, c) in self.text[start + 1..].char_indices() {
                let ok = if kind == TokenKind::Handle {
                    c.is_ascii_alphanumeric() || c == '_'
                } else if i == 0 {
                    c.is_alphabetic() || c == '_'
                } else {
                    c.is_alphanumeric() || c == '_'
                };
                if !ok {
                    break;
                }
                end = start + 1 + i + c.len_utf8();
            }
        }
        if end == start + 1 {
            return self.push(
                start,
                end,
                TokenKind::Punctuation.or_symbol(self.bytes[start]),
            );
        }
        self.push(start, end, kind)
    }

    /// A currency sign before a number joins it (`$44`); alone it is a symbol.
    fn currency(&mut self, start: usize, len: usize) -> usize {
        if self
            .bytes
            .get(start + len)
            .is_some_and(|b| b.is_ascii_digit())
        {
            let end = self.word(start + len);
            if let Some(last) = self.tokens.last_mut() {
                if last.span.start == start + len && last.kind == TokenKind::Number {
                    last.span.start = start;
                    return end;
                }
            }
            // Not a number after all (`$5bn` is a word): the sign stands alone.
            let t = self.tokens.pop();
            self.push(start, start + len, TokenKind::Symbol);
            if let Some(t) = t {
                self.tokens.push(t);
            }
            return end;
        }
        self.push(start, start + len, TokenKind::Symbol)
    }

    /// An apostrophe or single quotation mark that does not sit inside a word.
    fn apostrophe(&mut self, start: usize) -> usize {
        let mark = self.char_at(start);
        let after = start + mark.len_utf8();
        let before = self.char_before(start);
        let at_word_start = before.is_none_or(|c| c.is_whitespace() || is_opening(c));
        if at_word_start && after < self.bytes.len() {
            // Elisions: ’90s, ’n’, ’em, ’til.
            let core = self.core_end(after);
            let piece = &self.text[after..core];
            let decade = piece.len() == 3
                && piece.as_bytes()[..2].iter().all(u8::is_ascii_digit)
                && piece.ends_with('s');
            if decade {
                return self.push(start, core, TokenKind::Number);
            }
            if lexicon::is_elision(piece) {
                let mut end = core;
                if piece.eq_ignore_ascii_case("n") {
                    match self.text[core..].chars().next() {
                        Some(c @ ('\'' | '’')) => end += c.len_utf8(),
                        _ => return self.quote_mark(start, mark, at_word_start),
                    }
                }
                return self.push(start, end, TokenKind::Word);
            }
        }
        self.quote_mark(start, mark, at_word_start)
    }

    fn quote_mark(&mut self, start: usize, mark: char, at_word_start: bool) -> usize {
        let end = start + mark.len_utf8();
        let next_visible = self
            .text
            .get(end..)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| !c.is_whitespace());
        self.open_single = match mark {
            '‘' => true,
            '\'' => at_word_start && next_visible,
            _ => false,
        };
        self.push(start, end, TokenKind::Punctuation)
    }

    /// The end of a plain word at `start`: ASCII letters (then letters, digits or
    /// `_`) followed by a space or a mark that no rule below looks at (`,` unless
    /// between digits, `)`, `"`, `!`, `?`, …). Most words of any text are plain, and
    /// taking them here skips the checks for URLs, e-mail addresses, initials,
    /// hyphens, numbers, possessives and abbreviations, which all need another
    /// character after the letters.
    #[inline(always)]
    fn plain_word_end(&self, start: usize) -> Option<usize> {
        let bytes = self.bytes;
        if !bytes[start].is_ascii_alphabetic() {
            return None;
        }
        let i = crate::ascii::word_run(bytes, start + 1);
        match bytes.get(i) {
            None => Some(i),
            Some(&b) if PLAIN_END[b as usize] => Some(i),
            // WB11/WB12: `,` and `;` join digits.
            Some(b',' | b';')
                if !(bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) =>
            {
                Some(i)
            }
            _ => None,
        }
    }

    /// The end of the UAX #29 word segment starting at `pos` (a letter or digit).
    fn core_end(&self, pos: usize) -> usize {
        let bytes = self.bytes;
        let len = bytes.len();
        // ASCII fast path; it hands over to the full algorithm at any non-ASCII byte.
        let mut i = pos;
        loop {
            i = crate::ascii::word_run(bytes, i);
            if i >= len {
                return i;
            }
            let b = bytes[i];
            if b >= 0x80 {
                break;
            }
            if matches!(b, b'.' | b'\'' | b',' | b';') && i + 1 < len {
                let (prev, next) = (bytes[i - 1], bytes[i + 1]);
                if next >= 0x80 {
                    break;
                }
                // WB6/WB7: letter (MidLetter | MidNumLet) letter.
                let letters = matches!(b, b'.' | b'\'')
                    && prev.is_ascii_alphabetic()
                    && next.is_ascii_alphabetic();
                // WB11/WB12: digit (MidNum | MidNumLet) digit.
                let digits = prev.is_ascii_digit() && next.is_ascii_digit();
                if letters || digits {
                    i += 1;
                    continue;
                }
            }
            return i;
        }
        let segment = self.text[pos..]
            .split_word_bounds()
            .next()
            .map_or(1, str::len);
        let seg = &self.text[pos..pos + segment];
        // A colon is not word-inside in English news ("Obama:the" is a typo).
        match seg.find(':') {
            Some(colon) if colon > 0 => pos + colon,
            _ => pos + segment,
        }
    }

    /// A word, number, URL or e-mail address starting at a letter or digit.
    fn word(&mut self, start: usize) -> usize {
        if let Some(end) = self.plain_word_end(start) {
            return self.push(start, end, TokenKind::Word);
        }
        if let Some(end) = self.url_at(start) {
            return self.push(start, end, TokenKind::Url);
        }
        let mut end = self.core_end(start);
        if let Some(&b) = self.bytes.get(end) {
            if matches!(b, b'@' | b'-' | b'+' | b'%' | b'.') {
                if let Some(e) = self.email_at(start) {
                    return self.push(start, e, TokenKind::Email);
                }
            }
        }
        let core = &self.text[start..end];
        let numeric = core.as_bytes()[0].is_ascii_digit();
        if !numeric && core.bytes().any(|b| b == b'.') {
            match dotted(core) {
                Dotted::Initials => {
                    if self.bytes.get(end) == Some(&b'.') && self.bytes.get(end + 1) != Some(&b'.')
                    {
                        end += 1;
                    }
                    return self.push(start, end, TokenKind::Word);
                }
                Dotted::Domain => {
                    let end = self.url_tail(end);
                    return self.push(start, end, TokenKind::Url);
                }
                Dotted::Split(at) => return self.push(start, start + at, TokenKind::Word),
                Dotted::Keep => {}
            }
        }
        // Hyphenated compounds: file-sharing, un-American, Kim Jong-un, 10-week.
        loop {
            match self.bytes.get(end) {
                Some(&b) if b >= 0x80 || b == b'-' => {}
                _ => break,
            }
            let Some(c) = self.text[end..].chars().next() else {
                break;
            };
            if !matches!(c, '-' | '\u{2010}' | '\u{2011}') {
                break;
            }
            let next = end + c.len_utf8();
            let joins = self.text[next..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            if !joins {
                break;
            }
            end = self.core_end(next);
        }
        let mut kind = TokenKind::Word;
        if numeric {
            end = self.number_tail(end);
            if is_number(&self.text[start..end]) {
                kind = TokenKind::Number;
                end = self.scale_word(end);
            }
        }
        // Possessive plural: students’, leaders’ (unless it closes a quotation).
        // (`'` is 0x27 and `’` starts with 0xE2: other words are passed at one byte's look.)
        if kind == TokenKind::Word
            && !self.open_single
            && matches!(self.bytes.get(end), Some(b'\'' | 0xE2))
        {
            let word = &self.text[start..end];
            if word.ends_with(['s', 'S']) && word.chars().count() > 1 {
                if let Some(c @ ('\'' | '’')) = self.text[end..].chars().next() {
                    let after = end + c.len_utf8();
                    let free = self.text[after..]
                        .chars()
                        .next()
                        .is_none_or(|n| !n.is_alphanumeric());
                    if free {
                        end = after;
                    }
                }
            }
        }
        // Abbreviations keep their full stop: Mr., Dec., Inc., J. (an initial).
        if kind == TokenKind::Word
            && self.bytes.get(end) == Some(&b'.')
            && self.bytes.get(end + 1) != Some(&b'.')
        {
            let word = &self.text[start..end];
            let initial = word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase()
                || word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if initial || self.is_abbreviation_at(word, end + 1) {
                end += 1;
            }
        }
        self.push(start, end, kind)
    }

    fn is_abbreviation_at(&self, word: &str, after_stop: usize) -> bool {
        if word.len() > 6 || !word.is_ascii() {
            return false;
        }
        let mut lower = [0u8; 6];
        for (l, b) in lower.iter_mut().zip(word.bytes()) {
            *l = b.to_ascii_lowercase();
        }
        let lower = std::str::from_utf8(&lower[..word.len()]).unwrap_or("");
        if lexicon::is_abbreviation(lower) {
            return true;
        }
        // "No. 1", "Fig. 3", "pp. 12": only before a number.
        lexicon::is_numeric_abbreviation(lower)
            && self.text[after_stop..]
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit())
    }

    /// After the digits: `9/11`, `7:30`, `3.5%`, `1990’s`.
    fn number_tail(&self, mut end: usize) -> usize {
        let bytes = self.bytes;
        let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
        loop {
            match bytes.get(end) {
                Some(b'/' | b':') if digit_at(end + 1) && digit_at(end - 1) => {
                    let mut e = end + 1;
                    while digit_at(e) {
                        e += 1;
                    }
                    end = e;
                }
                _ => break,
            }
        }
        if bytes.get(end) == Some(&b'%') {
            end += 1;
        } else if self.text[end..].starts_with('‰') {
            end += '‰'.len_utf8();
        } else if let Some(c @ ('\'' | '’')) = self.text[end..].chars().next() {
            // 1990's, 102.3's
            let s = end + c.len_utf8();
            if bytes.get(s) == Some(&b's')
                && !bytes.get(s + 1).is_some_and(|b| b.is_ascii_alphanumeric())
            {
                end = s + 1;
            }
        }
        end
    }

    /// `$44 million`: a scale word after one space joins the number.
    fn scale_word(&self, end: usize) -> usize {
        let rest = &self.text[end..];
        let Some(rest) = rest
            .strip_prefix(' ')
            .or_else(|| rest.strip_prefix('\u{a0}'))
        else {
            return end;
        };
        let gap = self.text.len() - end - rest.len();
        let word_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        if word_len == 0 || word_len > 8 {
            return end;
        }
        let follows = rest[word_len..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'));
        if !follows && lexicon::is_scale_word(&rest[..word_len]) {
            end + gap + word_len
        } else {
            end
        }
    }

    /// `https://...`, `http://...`, `www.` at a word start.
    fn url_at(&self, start: usize) -> Option<usize> {
        let rest = &self.bytes[start..];
        if !matches!(rest.first(), Some(b'h' | b'H' | b'w' | b'W' | b'f' | b'F')) {
            return None;
        }
        let prefix = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        if !(prefix(b"https://") || prefix(b"http://") || prefix(b"www.") || prefix(b"ftp://")) {
            return None;
        }
        if self.char_before(start).is_some_and(char::is_alphanumeric) {
            return None;
        }
        let end = self.url_tail(start);
        (end > start + 4).then_some(end)
    }

    /// Extends a URL to the end of its path, leaving out final punctuation and
    /// a closing bracket it did not open.
    fn url_tail(&self, start: usize) -> usize {
        let mut end = start;
        let mut open = 0i32;
        for (i, c) in self.text[start..].char_indices() {
            if c.is_whitespace() || matches!(c, '<' | '>' | '"' | '“' | '”' | '‘' | '’' | '«' | '»')
            {
                break;
            }
            match c {
                '(' => open += 1,
                ')' if open == 0 => break,
                ')' => open -= 1,
                _ => {}
            }
            end = start + i + c.len_utf8();
        }
        while end > start {
            let last = self.bytes[end - 1];
            if matches!(last, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'') {
                end -= 1;
            } else {
                break;
            }
        }
        end
    }

    /// `name@example.com` starting at `start`.
    fn email_at(&self, start: usize) -> Option<usize> {
        let bytes = self.bytes;
        let local =
            |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
        let mut at = start;
        while at < bytes.len() && at - start < 64 && local(bytes[at]) {
            at += 1;
        }
        if bytes.get(at) != Some(&b'@') || at == start {
            return None;
        }
        let mut end = at + 1;
        let mut dots = 0;
        while end < bytes.len() {
            let b = bytes[end];
            if b.is_ascii_alphanumeric() || b == b'-' {
                end += 1;
            } else if b == b'.' && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) {
                dots += 1;
                end += 1;
            } else {
                break;
            }
        }
        (dots > 0 && bytes[end - 1].is_ascii_alphabetic()).then_some(end)
    }
}

impl TokenKind {
    fn or_symbol(self, b: u8) -> TokenKind {
        if is_punctuation(b as char) {
            self
        } else {
            TokenKind::Symbol
        }
    }
}

/// The bytes after which a word ends with nothing more to decide (see
/// [`Scanner::plain_word_end`]).
static PLAIN_END: [bool; 256] = {
    let mut table = [false; 256];
    let ends = b" \n\r\t)\"!?](/";
    let mut k = 0;
    while k < ends.len() {
        table[ends[k] as usize] = true;
        k += 1;
    }
    table
};

/// How a word with inner full stops reads.
enum Dotted {
    /// `U.S`, `J.R.R`, `p.m`, `Ph.D`: initials, which take their final full stop.
    Initials,
    /// `npr.org`: a domain name.
    Domain,
    /// `week.Skip`: two words whose space went missing; the first ends here.
    Split(usize),
    /// `node.js`: one word.
    Keep,
}

fn dotted(core: &str) -> Dotted {
    let last = core.rsplit('.').next().unwrap_or("");
    if last.chars().count() == 1 {
        return Dotted::Initials;
    }
    if core.split('.').all(|p| p.chars().count() == 1) {
        return Dotted::Initials;
    }
    if core.len() > 4
        && core
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && lexicon::is_tld(last)
    {
        return Dotted::Domain;
    }
    // Split where a lowercase word runs into a capitalised one: "week.Skip".
    let mut offset = 0;
    for part in core.split('.') {
        let next_start = offset + part.len() + 1;
        if next_start < core.len() {
            let next = &core[next_start..];
            let lower_end =
                part.chars().count() > 1 && part.chars().last().is_some_and(char::is_lowercase);
            let capital = next.chars().next().is_some_and(char::is_uppercase)
                && next
                    .split('.')
                    .next()
                    .is_some_and(|w| w.chars().count() > 1);
            if lower_end && capital {
                return Dotted::Split(offset + part.len());
            }
        }
        offset = next_start;
    }
    Dotted::Keep
}

/// True when a token starting with a digit is a number: digits with separators,
/// then optionally `%`, an ordinal suffix (`11th`) or a decade `s` (`1990s`).
fn is_number(token: &str) -> bool {
    if token.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let mut body = token.trim_end_matches(['%', '‰']);
    while let Some(b) = body.strip_suffix("'s") {
        body = b;
    }
    while let Some(b) = body.strip_suffix("’s") {
        body = b;
    }
    let digits_end = body
        .find(|c: char| {
            !(c.is_ascii_digit() || matches!(c, '.' | ',' | '/' | ':' | '\'' | '’' | ';'))
        })
        .unwrap_or(body.len());
    let suffix = &body[digits_end..];
    suffix.is_empty()
        || ["st", "nd", "rd", "th", "s"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s))
}

/// True for characters in Unicode's punctuation categories (and ASCII punctuation).
pub fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~')
        || matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '«' | '»' | '¡' | '¿' | '§' | '¶' | '·'
            | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}' | '\u{FF01}'..='\u{FF0F}'
            | '\u{FF1A}' | '\u{FF1B}' | '\u{FF1F}' | '\u{0964}' | '\u{0965}' | '\u{060C}' | '\u{061B}' | '\u{061F}'
            | '\u{06D4}' | '\u{05BE}' | '\u{05C3}' | '\u{037E}' | '\u{0387}' | '\u{055D}' | '\u{0589}')
}

fn is_currency(c: char) -> bool {
    matches!(
        c,
        '€' | '£'
            | '¥'
            | '₹'
            | '₽'
            | '₩'
            | '₪'
            | '₺'
            | '₴'
            | '₦'
            | '฿'
            | '₫'
            | '¢'
            | '₱'
    )
}

/// Extended pictographic characters that are emoji on their own.
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{231A}' | '\u{231B}'
        | '\u{23E9}'..='\u{23F3}' | '\u{23F8}'..='\u{23FA}' | '\u{2B50}' | '\u{2B55}' | '\u{2B1B}' | '\u{2B1C}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}')
        && !matches!(c, '\u{275B}'..='\u{2760}')
}

/// True for marks that open a quotation or bracket.
pub(crate) fn is_opening(c: char) -> bool {
    matches!(
        c,
        '“' | '‘'
            | '"'
            | '\''
            | '('
            | '['
            | '{'
            | '«'
            | '‹'
            | '„'
            | '‚'
            | '「'
            | '『'
            | '—'
            | '–'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn contractions_and_possessives_stay_whole() {
        assert_eq!(words("don’t you'd Sony’s"), ["don’t", "you'd", "Sony’s"]);
    }

    #[test]
    fn abbreviations_keep_their_full_stop() {
        assert_eq!(
            words("the U.S. and Mr. Smith"),
            ["the", "U.S.", "and", "Mr.", "Smith"]
        );
    }

    #[test]
    fn dotted_words() {
        assert!(matches!(dotted("U.S"), Dotted::Initials));
        assert!(matches!(dotted("Ph.D"), Dotted::Initials));
        assert!(matches!(dotted("npr.org"), Dotted::Domain));
        assert!(matches!(dotted("week.Skip"), Dotted::Split(4)));
        assert!(matches!(dotted("node.js"), Dotted::Keep));
    }

    #[test]
    fn numbers() {
        assert!(is_number("1,000") && is_number("11th") && is_number("3.5%") && is_number("1990s"));
        assert!(!is_number("3D") && !is_number("10-week"));
    }

    #[test]
    fn normal_forms() {
        assert_eq!(normalize("U.S."), "u.s.");
        assert_eq!(normalize("Jong‐un"), "jong-un");
        assert_eq!(normalize("ΣΟΦΊΑ"), "σοφία");
        assert!(matches!(normalize("sony's"), Cow::Borrowed(_)));
    }

    #[test]
    fn decomposed_letters_compose() {
        assert_eq!(normalize("Cafe\u{301}"), "café");
        assert_eq!(normalize("Vie\u{302}\u{301}t"), "việt".replace('ệ', "ế"));
        assert_eq!(normalize("\u{1112}\u{1161}\u{11AB}"), "한");
        assert_eq!(normalize("\u{1100}\u{1161}"), "가");
        assert_eq!(normalize("Й"), normalize("И\u{306}"));
        assert_eq!(normalize("ǅ"), "ǆ");
        // No composition exists: the mark stays.
        assert_eq!(normalize("Q\u{301}"), "q\u{301}");
    }

    #[test]
    fn every_listed_pair_composes_and_no_other() {
        for &(key, c) in &compose::COMPOSE {
            let (a, b) = (key >> 8, compose::SECONDS[(key & 0xFF) as usize]);
            assert_eq!(compose_key(a, b), key);
            let (a, b) = (char::from_u32(a).unwrap(), char::from_u32(b).unwrap());
            assert_eq!(compose_pair(a, b), char::from_u32(c));
            // Order matters, except where a character composes with itself (Unicode 16's
            // Tulu-Tigalari, Gurung Khema and Kirat Rai doubled vowel signs).
            if a != b {
                assert_eq!(compose_pair(b, a), None);
            }
        }
        // Kaithi: both halves and the result outside the Basic Multilingual Plane.
        assert_eq!(normalize("\u{11099}\u{110BA}"), "\u{1109A}");
    }

    #[test]
    fn chunks_are_the_tokens_in_order() {
        // Currency signs look back at the number just pushed: put many across chunk ends.
        let text =
            "Sony paid $44 million, ’90s rock ’n’ roll; students’ “quote” $5bn U.S. e-mail. "
                .repeat(1500);
        let whole = tokenize(&text);
        assert!(whole.len() > 3 * CHUNK);
        let mut chunked = Vec::new();
        let mut calls = 0;
        tokenize_chunks(&text, &mut |tokens| {
            calls += 1;
            chunked.extend_from_slice(tokens);
        });
        assert_eq!(chunked, whole);
        assert!(calls > 3);
    }
}
