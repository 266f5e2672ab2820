//! Sentence and paragraph boundaries.

use crate::lexicon;
use crate::span::Span;

use super::{is_opening, Token, TokenKind};

/// Paragraphs: blocks of text separated by blank lines, trimmed of surrounding whitespace.
///
/// A single line break inside a block does not start a paragraph.
///
/// # Examples
/// ```
/// let text = "One line\nstill one.\n\n  Two. \n";
/// let paragraphs = lede::tokenize::paragraphs(text);
/// let texts: Vec<&str> = paragraphs.iter().map(|p| p.slice(text)).collect();
/// assert_eq!(texts, ["One line\nstill one.", "Two."]);
/// ```
#[inline(never)]
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
            let start = offset + (line.len() - line.trim_start().len());
            let end = start + trimmed.len();
            match &mut block {
                Some(b) => b.end = end,
                None => block = Some(Span::new(start, end)),
            }
        }
        offset += line.len();
    }
    out.extend(block);
    out
}

/// Sentences, as spans from their first token to their last.
///
/// The rules, in order:
/// 1. A blank line always ends a sentence.
/// 2. `.`, `!`, `?`, `…` (and `。！？।؟`) end one, together with any closing
///    quotation marks and brackets right after them (`“proportional.”`, `?"`,
///    `leave.)”`), unless the next word starts with a lowercase letter
///    (`“Why?” he asked`, `we ... prevent`). Without a space after the mark, only
///    a capital letter starts a new sentence (`week.Skip`).
/// 3. An abbreviation's full stop ends a sentence only before a capitalised stop
///    word (`in the U.S. The`) or an opening quotation mark; a title's (`Mr.`) or
///    an initial's (`J.`) never does.
/// 4. A line break ends a line without final punctuation (a headline, a
///    dateline, a list item), unless the next line starts with a lowercase
///    letter or the line ends in a comma, a dash or a stop word: those are
///    hard-wrapped running text.
///
/// # Examples
/// ```
/// use lede::tokenize::{sentences, tokenize};
/// let text = "Mr. Obama said it was “proportional.” Sony did not. A headline\nThen text";
/// let spans = sentences(text, &tokenize(text));
/// let texts: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
/// assert_eq!(texts, ["Mr. Obama said it was “proportional.”", "Sony did not.", "A headline", "Then text"]);
/// ```
#[inline(never)]
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        let s = *start.get_or_insert(token.span.start);
        let bytes = text.as_bytes();
        // The common case: a word or mark that cannot end a sentence, then only spaces.
        let plain = match token.kind {
            TokenKind::Word | TokenKind::Number => bytes[token.span.end - 1] != b'.',
            TokenKind::Punctuation => {
                token.span.len() == 1 && !matches!(bytes[token.span.start], b'.' | b'!' | b'?')
            }
            _ => false,
        };
        if plain {
            if let Some(next) = tokens.get(i + 1) {
                if bytes[token.span.end..next.span.start]
                    .iter()
                    .all(|&b| b == b' ')
                {
                    i += 1;
                    continue;
                }
            }
        }
        let t = token.text(text);
        let mut terminal = terminal(token, t);
        // A list number ("1. First item") does not end a sentence.
        if t == "."
            && i > 0
            && tokens[i - 1].kind == TokenKind::Number
            && tokens[i - 1].span.start == s
        {
            terminal = Terminal::No;
        }
        let mut end = token.span.end;
        if terminal != Terminal::No {
            // Rule 2: closing quotes, brackets and further marks belong to the sentence.
            while let Some(next) = tokens.get(i + 1) {
                let nt = next.text(text);
                if next.span.start == end
                    && next.kind == TokenKind::Punctuation
                    && (is_closing(nt) || matches!(nt, "." | "!" | "?" | "…" | "..."))
                {
                    end = next.span.end;
                    i += 1;
                } else {
                    break;
                }
            }
        }
        let boundary = match tokens.get(i + 1) {
            None => true,
            Some(next) => {
                let gap = &text[end..next.span.start];
                let lines = gap.bytes().filter(|&b| b == b'\n').count();
                if lines >= 2 || !gap.is_ascii() && gap.contains('\u{2029}') {
                    true // rule 1
                } else if terminal == Terminal::No && lines == 0 {
                    false // the common case: a word within its line
                } else {
                    let nt = next.text(text);
                    let first = nt.chars().next().unwrap_or(' ');
                    match terminal {
                        Terminal::Stop | Terminal::Ellipsis if lines == 1 => {
                            !first.is_lowercase() || terminal == Terminal::Stop
                        }
                        Terminal::Stop | Terminal::Ellipsis => {
                            if gap.is_empty() {
                                // "week.Skip"; CJK marks need no space: "日本語。中文".
                                terminal == Terminal::Stop
                                    && (first.is_uppercase()
                                        || !t.is_ascii() && !first.is_lowercase())
                            } else {
                                !first.is_lowercase()
                                    && (terminal == Terminal::Stop
                                        || !first.is_ascii_punctuation()
                                        || is_opening(first))
                            }
                        }
                        Terminal::Abbreviation => {
                            lines == 1 && !first.is_lowercase()
                                || !gap.is_empty()
                                    && (is_opening(first) && first != '—' && first != '–'
                                        || first.is_uppercase()
                                            && next.kind == TokenKind::Word
                                            && lexicon::is_stopword(&super::normalize(nt)))
                        }
                        Terminal::Title => lines == 1 && !first.is_lowercase(),
                        Terminal::No => {
                            // Rule 4: hard-wrapped text goes on after a comma,
                            // a dash or a stop word ("... of the United\nStates").
                            lines == 1
                                && !first.is_lowercase()
                                && !matches!(t, "," | "-" | "‐" | "–" | "—" | "&" | ";")
                                && (token.kind != TokenKind::Word
                                    || !lexicon::is_stopword(&super::normalize(t)))
                        }
                    }
                }
            }
        };
        if boundary {
            out.push(Span::new(s, end));
            start = None;
        }
        i += 1;
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminal {
    /// Not a sentence end.
    No,
    /// `.`, `!`, `?`.
    Stop,
    /// `...` or `…`: ends a sentence only before a capital.
    Ellipsis,
    /// A word with a final full stop: `U.S.`, `Inc.`.
    Abbreviation,
    /// A title or initial with its full stop: `Mr.`, `J.`.
    Title,
}

fn terminal(token: Token, t: &str) -> Terminal {
    match token.kind {
        // One ASCII mark (most punctuation) without comparing strings.
        TokenKind::Punctuation if t.len() == 1 => match t.as_bytes()[0] {
            b'.' | b'!' | b'?' => Terminal::Stop,
            _ => Terminal::No,
        },
        TokenKind::Punctuation => match t {
            "..." | "…" => Terminal::Ellipsis,
            _ if t.starts_with("..") => Terminal::Ellipsis,
            "." | "!" | "?" | "。" | "！" | "？" | "।" | "॥" | "؟" | "۔" | "‼" | "⁇" | "⁈"
            | "⁉" => Terminal::Stop,
            _ => Terminal::No,
        },
        TokenKind::Word if t.len() > 1 && t.ends_with('.') => {
            let bare = &t[..t.len() - 1];
            let single = bare.chars().count() == 1;
            if single && bare.chars().all(char::is_uppercase)
                || lexicon::is_title(&bare.to_ascii_lowercase())
            {
                Terminal::Title
            } else {
                Terminal::Abbreviation
            }
        }
        _ => Terminal::No,
    }
}

fn is_closing(t: &str) -> bool {
    matches!(
        t,
        "”" | "’" | "\"" | "'" | ")" | "]" | "}" | "»" | "›" | "」" | "』" | "’’" | "''"
    )
}
