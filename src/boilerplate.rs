//! Site furniture pasted along with an article: navigation, share buttons,
//! copyright and subscription lines, repeated headlines, promos after the article.
//!
//! Detection works line by line with general rules, not per site, on the
//! document model: a line's tokens and their normal forms, never its characters.
//! - **navigation**: a short line (at most [`NAVIGATION_MAX_WORDS`] words) that
//!   is, or starts with, a navigation phrase ("Skip to Content", "Share this
//!   story", "Advertisement", "Read more: ..."), or such a phrase glued to the end
//!   of a line ("... each week.Skip to main content"), or a line asking to
//!   follow an account ("Follow @USATOpinion");
//! - **copyright**: a line that starts with "Copyright" or "©", or a line of
//!   fewer than [`PROSE_MIN_WORDS`] words that says "all rights reserved";
//! - **promo**: a short line asking the reader to subscribe, sign up, donate,
//!   follow or visit ("To see more, visit", "Support our journalism");
//! - **repeat**: a line (under [`SHORT_LINE_BYTES`] bytes) that repeats an
//!   earlier one word for word, such as a headline pasted twice;
//! - **trailer**: every paragraph after a copyright or promo line in the second
//!   half of the text: whatever follows the end of the article is the site's.
//!
//! The phrases are in [`lexicon`](crate::lexicon): [`NAVIGATION_LINES`],
//! [`NAVIGATION_PREFIXES`], [`GLUED_NAVIGATION`] and [`PROMO_PHRASES`].

use std::ops::Range;

use serde::Serialize;

use crate::forms::Forms;
use crate::hash::FxMap;
use crate::lexicon::{GLUED_NAVIGATION, NAVIGATION_LINES, NAVIGATION_PREFIXES, PROMO_PHRASES};
use crate::span::{MapSpans, Span, Utf16Map};
use crate::tokenize::{self, Token, TokenKind};

/// A stretch of text set aside as boilerplate, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Boilerplate {
    /// The boilerplate text.
    pub span: Span,
    /// Why it was set aside.
    pub reason: Reason,
}

/// Why a stretch of text was set aside (serialised in kebab-case: `navigation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// A navigation or share line, or such a phrase glued to a line's end.
    Navigation,
    /// A copyright line.
    Copyright,
    /// A subscription or promotion line.
    Promo,
    /// A short line repeating an earlier one word for word.
    Repeat,
    /// The paragraphs after the article's copyright or promo line.
    Trailer,
}

impl Reason {
    /// The reason as serialised ("navigation").
    ///
    /// # Examples
    /// ```
    /// assert_eq!(lede::boilerplate::Reason::Trailer.name(), "trailer");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Reason::Navigation => "navigation",
            Reason::Copyright => "copyright",
            Reason::Promo => "promo",
            Reason::Repeat => "repeat",
            Reason::Trailer => "trailer",
        }
    }
}

impl MapSpans for Boilerplate {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
    }
}

/// Lines of this many bytes or more are never navigation, promo or repeats.
pub const SHORT_LINE_BYTES: usize = 300;
/// A line of this many words or more is prose: no navigation, promo or "all
/// rights reserved" line is that long, so only its start, a repeat or a glued
/// navigation tail are looked at.
pub const PROSE_MIN_WORDS: usize = 25;
/// Navigation lines have at most this many words.
pub const NAVIGATION_MAX_WORDS: usize = 8;
/// Promo lines have at most this many words.
pub const PROMO_MAX_WORDS: usize = 25;

/// For each byte value, the [`PROMO_PHRASES`] starting with it (bit k for phrase k).
static PROMO_FIRST: [u32; 256] = {
    assert!(PROMO_PHRASES.len() <= 32);
    let mut table = [0u32; 256];
    let mut k = 0;
    while k < PROMO_PHRASES.len() {
        table[PROMO_PHRASES[k].as_bytes()[0] as usize] |= 1 << k;
        k += 1;
    }
    table
};

/// The [`PROMO_PHRASES`] bit of "all rights reserved", which also marks a copyright line.
const RIGHTS_RESERVED: u32 = 1 << (PROMO_PHRASES.len() - 1);

/// True when `words` contains one of the [`PROMO_PHRASES`] whose bits are in
/// `wanted`, in one pass: at each byte, only the phrases starting with it are
/// compared (every short line comes through here, so no searcher per phrase).
fn contains_promo(words: &str, wanted: u32) -> bool {
    let h = words.as_bytes();
    for i in 0..h.len() {
        let mut m = PROMO_FIRST[h[i] as usize] & wanted;
        while m != 0 {
            let phrase = PROMO_PHRASES[m.trailing_zeros() as usize].as_bytes();
            if h.get(i + 1) == phrase.get(1) && h[i..].starts_with(phrase) {
                return true;
            }
            m &= m - 1;
        }
    }
    false
}

/// How many words `words` (single spaces between them) has.
fn word_count(words: &str) -> usize {
    if words.is_empty() {
        0
    } else {
        1 + words.bytes().filter(|&b| b == b' ').count()
    }
}

fn is_navigation(words: &str) -> bool {
    if words.is_empty() || word_count(words) > NAVIGATION_MAX_WORDS {
        return false;
    }
    NAVIGATION_LINES.contains(&words)
        || NAVIGATION_PREFIXES
            .iter()
            .any(|p| words.starts_with(p) || p.trim_end() == words)
}

/// One line of the text, read through the document model.
struct Line<'a> {
    text: &'a str,
    tokens: &'a [Token],
    forms: &'a Forms<'a>,
    /// The line's tokens (indices into `tokens`, never empty).
    range: Range<usize>,
}

impl Line<'_> {
    fn span(&self) -> Span {
        Span::new(
            self.tokens[self.range.start].span.start,
            self.tokens[self.range.end - 1].span.end,
        )
    }

    /// The normal form of token `i` of the text, when it is word-like.
    fn form(&self, i: usize) -> Option<&str> {
        self.forms.of_token[i].map(|f| self.forms.text(f))
    }

    /// How many word-like tokens the line has.
    fn words(&self) -> usize {
        self.range
            .clone()
            .filter(|&i| self.tokens[i].kind.is_word_like())
            .count()
    }

    /// The normal forms of the line's words, joined by single spaces, written
    /// into `out` (cleared first); the parts of a hyphenated word are words of
    /// their own, so "Sign-up" reads as the phrase "sign up".
    fn words_into(&self, out: &mut String) {
        out.clear();
        let forms = self.range.clone().filter_map(|i| self.form(i));
        for part in forms.flat_map(|f| f.split('-')).filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(part);
        }
    }

    /// True when the line asks to follow an account: "Follow @USATOpinion or
    /// #tellusatoday" (the share bar's "Follow us" with the account named).
    fn follows_account(&self) -> bool {
        let at = self.range.start;
        at + 1 < self.range.end
            && self.form(at) == Some("follow")
            && matches!(
                self.tokens[at + 1].kind,
                TokenKind::Handle | TokenKind::Hashtag
            )
    }

    /// True when the line starts like a copyright line: "©", "(c) ", or a word
    /// starting with "copyright".
    fn starts_copyright(&self) -> bool {
        let first = self.range.start;
        self.tokens[first].text(self.text).starts_with('©')
            || self.form(first).is_some_and(|f| f.starts_with("copyright"))
            || self.c_in_parentheses()
    }

    /// "(c) " opening the line: `(`, `c`, `)` with nothing between them, then a gap.
    fn c_in_parentheses(&self) -> bool {
        let at = self.range.start;
        if at + 3 >= self.range.end {
            return false;
        }
        let t = &self.tokens[at..at + 4];
        let texts = [
            t[0].text(self.text),
            t[1].text(self.text),
            t[2].text(self.text),
        ];
        texts == ["(", "c", ")"]
            && t[0].span.end == t[1].span.start
            && t[1].span.end == t[2].span.start
            && t[2].span.end < t[3].span.start
    }

    /// A navigation phrase glued to the end of the line ("... each week.Skip to
    /// main content"): its span, when the line's last words are one of
    /// [`GLUED_NAVIGATION`] with single spaces between them.
    fn glued(&self) -> Option<Span> {
        let end = self.span().end;
        GLUED_NAVIGATION.iter().find_map(|phrase| {
            let n = phrase.split(' ').count();
            let first = self.range.end.checked_sub(n)?;
            if first < self.range.start {
                return None;
            }
            let start = self.tokens[first].span.start;
            let same = (first..self.range.end)
                .zip(phrase.split(' '))
                .all(|(i, w)| self.form(i) == Some(w));
            (same && end - start == phrase.len()).then(|| Span::new(start, end))
        })
    }
}

/// Finds boilerplate lines and blocks of `text`, in text order.
///
/// # Examples
/// ```
/// use lede::boilerplate::Reason;
/// let text = "Skip to Content\n\nThe story, told at some length so that the article \
///             makes up most of the text.\n\nCopyright 2014 NPR. To see more, visit\n\nOur station promo.";
/// let paragraphs = lede::tokenize::paragraphs(text);
/// let found = lede::boilerplate::find(text, &paragraphs);
/// let reasons: Vec<Reason> = found.iter().map(|b| b.reason).collect();
/// assert_eq!(reasons, [Reason::Navigation, Reason::Copyright, Reason::Trailer]);
/// assert_eq!(found[2].span.slice(text), "Our station promo.");
/// ```
pub fn find(text: &str, paragraphs: &[Span]) -> Vec<Boilerplate> {
    let tokens = tokenize::tokenize(text);
    let forms = Forms::new(text, &tokens);
    let lines = tokenize::layout(text, &tokens).lines;
    find_in(text, &tokens, &forms, &lines, paragraphs)
}

/// [`find`] on the document model: `tokens` of `text`, their `forms`, its
/// `lines` (token ranges) and `paragraphs`.
#[inline(never)]
pub(crate) fn find_in(
    text: &str,
    tokens: &[Token],
    forms: &Forms<'_>,
    lines: &[Range<usize>],
    paragraphs: &[Span],
) -> Vec<Boilerplate> {
    let mut out = Vec::new();
    // Lines seen (values unused: the crate's string map type shares its code in the `.wasm`).
    let mut seen: FxMap<&str, usize> = FxMap::default();
    let mut words = String::new();
    let mut trailer: Option<Span> = None;
    let half = text.len() / 2;
    let (mut next_token, mut next_line) = (0, 0);
    for p in paragraphs {
        if let Some(t) = &mut trailer {
            t.end = p.end;
            continue;
        }
        // The paragraph's tokens, and the lines they are on.
        while next_token < tokens.len() && tokens[next_token].span.start < p.start {
            next_token += 1;
        }
        let first = next_token;
        while next_token < tokens.len() && tokens[next_token].span.end <= p.end {
            next_token += 1;
        }
        let own = first..next_token;
        while next_line < lines.len() && lines[next_line].end <= own.start {
            next_line += 1;
        }
        let mut ends_article = false;
        let mut k = next_line;
        while k < lines.len() && lines[k].start < own.end {
            let range = lines[k].start.max(own.start)..lines[k].end.min(own.end);
            k += 1;
            if range.is_empty() {
                continue;
            }
            let line = Line {
                text,
                tokens,
                forms,
                range,
            };
            let span = line.span();
            let short = span.len() < SHORT_LINE_BYTES;
            let reason = if !short || line.words() >= PROSE_MIN_WORDS {
                prose_reason(&line, short, &mut seen)
            } else {
                line.words_into(&mut words);
                short_line_reason(&line, &words, &mut seen)
            };
            match reason {
                Some(reason) => {
                    let ends = matches!(reason, Reason::Copyright | Reason::Promo);
                    ends_article |= ends && span.start >= half;
                    out.push(Boilerplate { span, reason });
                }
                None => out.extend(line.glued().map(|span| Boilerplate {
                    span,
                    reason: Reason::Navigation,
                })),
            }
        }
        if ends_article {
            trailer = Some(Span::new(p.end, p.end));
        }
    }
    if let Some(t) = trailer {
        if let Some(start) = paragraphs.iter().find(|p| p.start > t.start) {
            out.push(Boilerplate {
                span: Span::new(start.start, t.end),
                reason: Reason::Trailer,
            });
        }
    }
    out
}

/// Why a line of prose (long, or of [`PROSE_MIN_WORDS`] words or more) is
/// boilerplate: only a copyright start or a repeat make it so.
fn prose_reason<'t>(
    line: &Line<'t>,
    short: bool,
    seen: &mut FxMap<&'t str, usize>,
) -> Option<Reason> {
    if line.starts_copyright() {
        Some(Reason::Copyright)
    } else if short && seen.insert(line.span().slice(line.text), 0).is_some() {
        Some(Reason::Repeat)
    } else {
        None
    }
}

/// Why a short line whose normal forms are `words` is boilerplate, if it is.
fn short_line_reason<'t>(
    line: &Line<'t>,
    words: &str,
    seen: &mut FxMap<&'t str, usize>,
) -> Option<Reason> {
    if is_navigation(words) || line.follows_account() {
        Some(Reason::Navigation)
    } else if line.starts_copyright()
        || words.starts_with("copyright")
        || contains_promo(words, RIGHTS_RESERVED)
    {
        Some(Reason::Copyright)
    } else if word_count(words) <= PROMO_MAX_WORDS && contains_promo(words, u32::MAX) {
        Some(Reason::Promo)
    } else if seen.insert(line.span().slice(line.text), 0).is_some() {
        Some(Reason::Repeat)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `line` as [`find_in`] reads them.
    fn words_of(line: &str) -> String {
        let tokens = tokenize::tokenize(line);
        let forms = Forms::new(line, &tokens);
        let line = Line {
            text: line,
            tokens: &tokens,
            forms: &forms,
            range: 0..tokens.len(),
        };
        let mut out = String::new();
        line.words_into(&mut out);
        out
    }

    #[test]
    fn promo_phrases_are_found_as_substrings() {
        assert_eq!(
            PROMO_PHRASES[RIGHTS_RESERVED.trailing_zeros() as usize],
            "all rights reserved"
        );
        for words in [
            "",
            "a",
            "sign up for our newsletter",
            "your newsletter arrives weekly",
            "subscribe to ou",
            "terms of usage apply",
            "tall rights reserved",
            "all rights reserve",
            "we made possible by listeners",
            "made possible by listener support",
            "ssubscribe now",
            "ünïcode privacy policy",
        ] {
            let want = PROMO_PHRASES.iter().any(|p| words.contains(p));
            assert_eq!(contains_promo(words, u32::MAX), want, "{words:?}");
            assert_eq!(
                contains_promo(words, RIGHTS_RESERVED),
                words.contains("all rights reserved"),
                "{words:?}"
            );
        }
    }

    #[test]
    fn a_line_reads_as_its_normal_forms() {
        for (line, words) in [
            ("Read more: the full report", "read more the full report"),
            ("SIGN-UP", "sign up"),
            ("Sony’s  U.S. office — closed", "sony's u.s. office closed"),
            ("© 2014 NPR", "2014 npr"),
            ("", ""),
        ] {
            assert_eq!(words_of(line), words, "{line:?}");
        }
    }

    #[test]
    fn navigation_lines() {
        for (line, navigation) in [
            ("Skip to Content", true),
            ("Share this story", true),
            ("ADVERTISEMENT", true),
            ("Read more: the full report", true),
            ("Log-in", true),
            ("Follow us on Twitter", true),
            ("Related", true),
            (
                "Share prices fell sharply on Monday after the report",
                false,
            ),
            (
                "Skip to the end of this long line of more than eight words",
                false,
            ),
        ] {
            assert_eq!(is_navigation(&words_of(line)), navigation, "{line}");
        }
    }

    #[test]
    fn follow_lines_name_an_account() {
        let text =
            "The story.\n\nFollow @USATOpinion or #tellusatoday.\n\nFollow the money, he said.";
        let found: Vec<&str> = find(text, &crate::tokenize::paragraphs(text))
            .iter()
            .map(|b| b.span.slice(text))
            .collect();
        assert_eq!(found, ["Follow @USATOpinion or #tellusatoday."]);
    }

    #[test]
    fn glued_navigation_needs_the_words_with_single_spaces() {
        let glued = |line: &str| {
            let tokens = tokenize::tokenize(line);
            let forms = Forms::new(line, &tokens);
            let line = Line {
                text: line,
                tokens: &tokens,
                forms: &forms,
                range: 0..tokens.len(),
            };
            line.glued().map(|s| s.slice(line.text).to_string())
        };
        assert_eq!(
            glued("It ended each week.Skip to main content").as_deref(),
            Some("Skip to main content")
        );
        assert_eq!(
            glued("Café.SKIP TO CONTENT").as_deref(),
            Some("SKIP TO CONTENT")
        );
        assert_eq!(glued("It ended.Skip to  content"), None);
        assert_eq!(glued("Skip to content now"), None);
    }

    #[test]
    fn copyright_starts() {
        let starts = |line: &str| {
            let tokens = tokenize::tokenize(line);
            let forms = Forms::new(line, &tokens);
            Line {
                text: line,
                tokens: &tokens,
                forms: &forms,
                range: 0..tokens.len(),
            }
            .starts_copyright()
        };
        for (line, copyright) in [
            ("Copyright 2014 NPR", true),
            ("COPYRIGHTED material", true),
            ("©2014 NPR", true),
            ("(c) 2014 NPR", true),
            ("(c)2014 NPR", false),
            ("(C) 2014 NPR", false),
            ("The copyright holder", false),
        ] {
            assert_eq!(starts(line), copyright, "{line}");
        }
    }

    #[test]
    fn prose_lines_are_only_checked_for_a_copyright_start() {
        let prose = "The studio said in a statement that all rights reserved by the original \
                     contract would stay with the producers, and that the film would be shown \
                     in some independent theaters on Christmas Day after all.";
        let copyright = "Copyright 2014 NPR. To see more, visit http://www.npr.org/ and read \
                         the rest of the station's long list of programs, podcasts, newsletters \
                         and events for members and listeners across the region this winter.";
        let text = format!("{prose}\n\nAll rights reserved.\n\n{copyright}");
        let paragraphs = crate::tokenize::paragraphs(&text);
        let found: Vec<(&str, Reason)> = find(&text, &paragraphs)
            .iter()
            .map(|b| (b.span.slice(&text), b.reason))
            .collect();
        assert_eq!(
            found,
            [
                ("All rights reserved.", Reason::Copyright),
                (copyright, Reason::Copyright)
            ]
        );
    }

    #[test]
    fn reasons_serialise_as_their_names() {
        for r in [
            Reason::Navigation,
            Reason::Copyright,
            Reason::Promo,
            Reason::Repeat,
            Reason::Trailer,
        ] {
            let mut tape = crate::tape::Tape::default();
            tape.write(&r).unwrap();
            assert!(tape.text.ends_with(r.name()), "{r:?}");
        }
    }
}
