//! Words, sentences and paragraphs, each with a span into the text.
//!
//! Word boundaries follow Unicode UAX #29 (the `unicode-segmentation` crate),
//! with news-specific rules on top.

use std::borrow::Cow;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon;
use crate::span::{MapSpans, Span, Utf16Map};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TokenKind {
    /// Letters (with inner apostrophes, hyphens or dots).
    Word,
    /// Digits, with separators and units.
    Number,
    /// Punctuation marks, quotation marks included.
    Punctuation,
    /// Any other visible character (currency, maths, emoji...).
    Symbol,
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
}

impl MapSpans for Token {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
    }
}

/// The normalised form of a word: lowercase, with `’` folded to `'`.
///
/// # Examples
/// ```
/// assert_eq!(lede::tokenize::normalize("Sony’s"), "sony's");
/// assert_eq!(lede::tokenize::normalize("plain"), "plain");
/// ```
pub fn normalize(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'\'' || b == b'-')
    {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '’' | '‘' | 'ʼ' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

/// Splits `text` into tokens, whitespace left out.
///
/// # Examples
/// ```
/// use lede::tokenize::{tokenize, TokenKind};
/// let text = "Sony’s $44 million film.";
/// let tokens = tokenize(text);
/// let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["Sony’s", "$", "44", "million", "film", "."]);
/// assert_eq!(tokens[2].kind, TokenKind::Number);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    for (start, piece) in text.split_word_bound_indices() {
        let first = match piece.chars().next() {
            Some(c) => c,
            None => continue,
        };
        if first.is_whitespace() {
            continue;
        }
        let kind = if first.is_alphabetic() {
            TokenKind::Word
        } else if first.is_numeric() {
            TokenKind::Number
        } else if is_punctuation(first) {
            TokenKind::Punctuation
        } else {
            TokenKind::Symbol
        };
        let mut span = Span::new(start, start + piece.len());
        // Abbreviations and initials keep their final full stop: "U.S.", "Mr.".
        if kind == TokenKind::Word && text[span.end..].starts_with('.') && is_abbreviation(piece) {
            span.end += 1;
        }
        if let Some(last) = tokens.last_mut() {
            let last: &mut Token = last;
            if last.span.end > span.start {
                // The full stop was taken by the abbreviation before.
                continue;
            }
        }
        tokens.push(Token { span, kind });
    }
    tokens
}

/// True for characters in Unicode's punctuation categories (and ASCII punctuation).
pub fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~')
        || matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '«' | '»' | '¡' | '¿' | '§' | '¶' | '·'
            | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}' | '\u{FF01}'..='\u{FF0F}')
}

fn is_abbreviation(word: &str) -> bool {
    // Initials and dotted abbreviations: "U.S", "J.R.R", "A".
    let single_letters = word.split('.').all(|part| part.chars().count() == 1);
    if single_letters && word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    lexicon::is_abbreviation(&normalize(word))
}

/// Paragraphs: blocks of text separated by blank lines, trimmed of surrounding whitespace.
///
/// # Examples
/// ```
/// let text = "One line\nstill one.\n\n  Two. \n";
/// let paragraphs = lede::tokenize::paragraphs(text);
/// let texts: Vec<&str> = paragraphs.iter().map(|p| p.slice(text)).collect();
/// assert_eq!(texts, ["One line\nstill one.", "Two."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut block: Option<Span> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(b) = block.take() {
                out.push(b);
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            let start = offset + lead;
            let end = start + trimmed.len();
            match &mut block {
                Some(b) => b.end = end,
                None => block = Some(Span::new(start, end)),
            }
        }
        offset += line.len();
    }
    if let Some(b) = block {
        out.push(b);
    }
    out
}

/// Sentences: spans ending after `.`, `!` or `?` (and any closing quotes or
/// brackets), or at a line break; abbreviations and initials do not end one.
///
/// # Examples
/// ```
/// use lede::tokenize::{sentences, tokenize};
/// let text = "Mr. Obama said it was “proportional.” Sony did not. A headline\nThen text";
/// let spans = sentences(text, &tokenize(text));
/// let texts: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
/// assert_eq!(texts, ["Mr. Obama said it was “proportional.”", "Sony did not.", "A headline", "Then text"]);
/// ```
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        let s = *start.get_or_insert(token.span.start);
        let mut end = token.span.end;
        let t = token.text(text);
        let mut boundary = false;
        if matches!(t, "." | "!" | "?" | "…") || t.ends_with('.') && token.kind == TokenKind::Word
        {
            // Swallow further terminal marks, closing quotes and brackets.
            while i + 1 < tokens.len() {
                let next = tokens[i + 1];
                let nt = next.text(text);
                if next.span.start == end && (is_closing(nt) || matches!(nt, "." | "!" | "?")) {
                    end = next.span.end;
                    i += 1;
                } else {
                    break;
                }
            }
            let next = tokens.get(i + 1);
            boundary = match next {
                None => true,
                Some(n) => {
                    let gap = &text[end..n.span.start];
                    let follows_space = !gap.is_empty();
                    let nt = n.text(text);
                    let next_starts_upper = nt
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || is_opening(c) || c.is_numeric());
                    // A dotted abbreviation ends a sentence only before a capital after a space.
                    follows_space
                        && next_starts_upper
                        && !(t.ends_with('.')
                            && t.len() > 1
                            && lexicon::is_title(&normalize(t.trim_end_matches('.'))))
                        || gap.contains('\n')
                }
            };
        } else if let Some(n) = tokens.get(i + 1) {
            boundary = text[end..n.span.start].contains('\n');
        }
        if boundary || i + 1 == tokens.len() {
            out.push(Span::new(s, end));
            start = None;
        }
        i += 1;
    }
    out
}

fn is_closing(t: &str) -> bool {
    matches!(
        t,
        "”" | "’" | "\"" | "'" | ")" | "]" | "»" | "›" | "」" | "』"
    )
}

fn is_opening(c: char) -> bool {
    matches!(
        c,
        '“' | '‘' | '"' | '\'' | '(' | '[' | '«' | '‹' | '„' | '「' | '『'
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
    fn spans_slice_back() {
        let text = "Русский текст — “quoted” 😀 words.";
        for t in tokenize(text) {
            assert!(!t.text(text).trim().is_empty());
        }
    }
}
