//! Quotation marks: which characters open or close a quotation, and how they pair.
//!
//! The scanner walks the text once, keeping a small stack of open marks. Each mark
//! is pushed or popped at most once and a closing mark looks at most
//! [`SEARCH_DEPTH`] entries down the stack, so pairing is linear in the text.
//! [`read_transcripts`] then looks at a bounded number of tokens per quotation.

use super::{lexicon, Note, NoteCode};
use crate::forms::Forms;
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

/// How far down the stack a closing mark looks for its opening mark.
const SEARCH_DEPTH: usize = 4;
/// How many paragraphs a quotation may run over with no closing mark in between.
const MAX_SPAN_PARAGRAPHS: usize = 12;
/// The deepest nesting of quotations kept.
const MAX_DEPTH: usize = 6;
/// At most this many notes are reported.
const MAX_NOTES: usize = 200;
/// The most words of a transcript's speaker label ("SEN. WALT PRYOR:").
const MAX_LABEL_WORDS: usize = 4;
/// The most words of a stage direction ("(BEGIN VIDEO CLIP)").
const MAX_STAGE_WORDS: usize = 4;

/// Families of marks that close each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// “ ” „ " `` ''
    Double,
    /// ‘ ’ ‚ ' `
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    Angle,
    /// 「 」
    Corner,
    /// 『 』
    WhiteCorner,
}

/// A quotation as the marks delimit it, before any attribution.
#[derive(Debug, Clone)]
pub(crate) struct RawQuote {
    /// The opening mark.
    pub open: Span,
    /// The closing mark, when there is one.
    pub close: Option<Span>,
    /// The quoted text, trimmed of surrounding whitespace.
    pub inner: Span,
    /// Index of the enclosing quotation.
    pub parent: Option<usize>,
    /// The next paragraph reopens this quotation (no closing mark at the paragraph end).
    pub continued: bool,
    /// What a transcript paragraph opens with, when it is one (see [`read_transcripts`]).
    pub transcript: Option<Transcript>,
    dead: bool,
}

/// How a quotation paragraph of a transcript opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Transcript {
    /// "MODERATOR: …": the speaker's name (titles left out) and the colon's offset.
    Label { name: Span, colon: usize },
    /// "(LAUGHTER.)": a stage direction, not speech.
    StageDirection,
}

impl RawQuote {
    /// Where the quotation ends, marks included.
    pub fn outer_end(&self) -> usize {
        self.close.map_or(self.inner.end, |c| c.end)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Open(Family),
    Close(Family),
    Skip,
    Stray,
}

struct Entry {
    family: Family,
    ch: char,
    quote: usize,
    /// Paragraph index where the mark opened.
    paragraph: usize,
}

struct Scanner<'t> {
    text: &'t str,
    paragraphs: &'t [Span],
    stack: Vec<Entry>,
    quotes: Vec<RawQuote>,
    notes: Vec<Note>,
}

/// Pairs the quotation marks of `text`, paragraph by paragraph.
#[inline(never)]
pub(crate) fn pair(text: &str, paragraphs: &[Span]) -> (Vec<RawQuote>, Vec<Note>) {
    let mut s = Scanner {
        text,
        paragraphs,
        stack: Vec::new(),
        quotes: Vec::new(),
        notes: Vec::new(),
    };
    for (pi, p) in paragraphs.iter().enumerate() {
        let body = p.slice(text);
        let bytes = body.as_bytes();
        let mut skip_until = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Eight bytes at a time while they hold no mark and no non-ASCII byte.
            if let Some(chunk) = bytes.get(i..i + 8) {
                let mut w = [0u8; 8];
                w.copy_from_slice(chunk);
                if !may_hold_mark(u64::from_le_bytes(w)) {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            // ASCII other than the three marks goes by without decoding.
            if b < 0x80 && !matches!(b, b'"' | b'\'' | b'`') {
                i += 1;
                continue;
            }
            let Some(c) = body[i..].chars().next() else {
                break;
            };
            let at = p.start + i;
            i += c.len_utf8();
            if at < skip_until || !is_mark_char(c) {
                continue;
            }
            let (action, len, ch) = s.classify(at, c);
            skip_until = at + len;
            let mark = Span::new(at, at + len);
            match action {
                Action::Skip => {}
                Action::Stray => s.note(
                    mark,
                    NoteCode::StrayMark,
                    "a closing quotation mark with no opening mark",
                ),
                Action::Open(f) => s.open(f, ch, mark, pi),
                Action::Close(f) => s.close(f, mark),
            }
        }
        s.end_paragraph(pi);
    }
    // End of text: whatever is still open is unclosed.
    while let Some(e) = s.stack.pop() {
        s.unclosed(e);
    }
    let (quotes, notes) = (s.quotes, s.notes);
    compact(quotes, notes)
}

fn compact(quotes: Vec<RawQuote>, notes: Vec<Note>) -> (Vec<RawQuote>, Vec<Note>) {
    let mut remap = vec![usize::MAX; quotes.len()];
    let mut out: Vec<RawQuote> = Vec::with_capacity(quotes.len());
    for (i, q) in quotes.into_iter().enumerate() {
        if q.dead {
            continue;
        }
        remap[i] = out.len();
        out.push(q);
    }
    for i in 0..out.len() {
        // A quotation is nested only when it lies inside its (surviving) parent;
        // parents come first, so one pass settles every parent.
        let parent = out[i].parent.and_then(|p| {
            let r = remap[p];
            (r != usize::MAX).then_some(r)
        });
        out[i].parent = parent.filter(|&p| out[i].open.start < out[p].outer_end());
    }
    // Quotations come in order of their opening marks already.
    adopt_enclosed(&mut out);
    (out, notes)
}

/// Quotations nest or stand apart: one that opens inside another quotation's
/// marks is its child, even when the marks between them were paired otherwise
/// (an unclosed mark of one family, later closed across marks of others). Without
/// it the inner words were counted twice, once in each quotation, and an
/// article could quote more words than it has. `quotes` are in order of their
/// opening marks.
fn adopt_enclosed(quotes: &mut [RawQuote]) {
    let mut enclosing: Vec<usize> = Vec::new();
    for i in 0..quotes.len() {
        let start = quotes[i].open.start;
        while enclosing
            .last()
            .is_some_and(|&p| quotes[p].outer_end() <= start)
        {
            enclosing.pop();
        }
        if let (None, Some(&p)) = (quotes[i].parent, enclosing.last()) {
            quotes[i].parent = Some(p);
        }
        enclosing.push(i);
    }
}

/// False when none of the eight bytes of `w` is `"`, `'`, `` ` `` or non-ASCII
/// (every other mark is non-ASCII).
#[inline]
fn may_hold_mark(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let has = |b: u8| has_zero(w ^ (ONES * u64::from(b)));
    (w & HIGH) | has(b'"') | has(b'\'') | has(b'`') != 0
}

fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '“'
            | '”'
            | '„'
            | '‘'
            | '’'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

fn is_opening_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '„' | '«' | '»' | '‹' | '「' | '『' | '\'' | '‘' | '`'
    )
}

/// True when `c` may stand just before an opening mark.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '['
                        | '{'
                        | '\''
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | ':'
                        | '“'
                        | '‘'
                        | '«'
                        | '‹'
                        | '„'
                        | '"'
                        | '\u{a0}'
                )
        }
    }
}

/// True when `c` may stand just after a closing mark.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || (!c.is_alphanumeric() && c != '\'' && c != '’'),
    }
}

/// True for the apostrophe of a plural possessive inside a single-quoted
/// quotation: 'It's the students' fault,' he said. It follows an `s`, a
/// lowercase word comes next, and the same mark closes a few words on, before
/// punctuation.
fn plural_possessive(before: Option<char>, rest: &str, mark: char) -> bool {
    if !matches!(before, Some('s' | 'S')) || !rest.starts_with(' ') {
        return false;
    }
    if !rest[1..].starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let window = &rest[..rest.floor_char_boundary_compat(48)];
    window.char_indices().any(|(i, c)| {
        c == mark
            && window[..i]
                .chars()
                .next_back()
                .is_some_and(|b| !b.is_whitespace())
            && !window[..i].contains(['.', '!', '?', '\n'])
            && closes_before(window[i + c.len_utf8()..].chars().next())
    })
}

/// `str::floor_char_boundary`, which is not stable yet.
trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, at: usize) -> usize;
}

impl FloorCharBoundary for str {
    fn floor_char_boundary_compat(&self, at: usize) -> usize {
        if at >= self.len() {
            return self.len();
        }
        (0..=at)
            .rev()
            .find(|&i| self.is_char_boundary(i))
            .unwrap_or(0)
    }
}

/// True for an apostrophe that starts an elided word: '90s, 'em, rock 'n' roll.
fn is_elision(rest: &str) -> bool {
    let mut chars = rest.chars();
    let first = chars.next();
    if first.is_some_and(|c| c.is_ascii_digit()) {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        return digits == 2;
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(6)
        .flat_map(crate::case::lower)
        .collect();
    let after = rest[rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i)..]
        .chars()
        .next();
    let word_ends = after.is_none_or(|c| !c.is_alphabetic());
    word_ends
        && matches!(
            word.as_str(),
            "em" | "n" | "til" | "cause" | "cos" | "tis" | "twas" | "bout" | "nuff" | "ello" | "s"
        )
}

impl Scanner<'_> {
    fn note(&mut self, span: Span, code: NoteCode, message: &str) {
        if self.notes.len() < MAX_NOTES {
            self.notes.push(Note {
                span,
                code,
                message: message.to_string(),
            });
        }
    }

    fn find_open(&self, family: Family) -> Option<usize> {
        let n = self.stack.len();
        (n.saturating_sub(SEARCH_DEPTH)..n)
            .rev()
            .find(|&i| self.stack[i].family == family)
    }

    fn open_with(&self, family: Family, ch: char) -> bool {
        self.find_open(family)
            .is_some_and(|i| self.stack[i].ch == ch)
    }

    fn classify(&self, at: usize, c: char) -> (Action, usize, char) {
        let text = self.text;
        let before = text[..at].chars().next_back();
        let rest = &text[at + c.len_utf8()..];
        let after = rest.chars().next();
        let after_space = after.is_none_or(char::is_whitespace);
        let before_space = before.is_none_or(char::is_whitespace);
        let alnum_both =
            before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
        let len = c.len_utf8();
        let action = match c {
            '"' => {
                if opens_after(before) && !after_space {
                    // An opening context, unless it plainly closes an open quotation: `"a"- b`.
                    if before.is_some_and(|b| !b.is_whitespace())
                        && self.open_with(Family::Double, '"')
                        && closes_before(after)
                    {
                        Action::Close(Family::Double)
                    } else {
                        Action::Open(Family::Double)
                    }
                } else if self.find_open(Family::Double).is_some() && !before_space {
                    Action::Close(Family::Double)
                } else if !after_space {
                    Action::Open(Family::Double)
                } else if self.find_open(Family::Double).is_some() {
                    Action::Close(Family::Double)
                } else {
                    Action::Stray
                }
            }
            '`' => {
                if rest.starts_with('`') {
                    return (Action::Open(Family::Double), 2, '`');
                }
                if after_space {
                    Action::Skip
                } else {
                    Action::Open(Family::Single)
                }
            }
            '\'' if rest.starts_with('\'') => return self.typewriter(before, rest),
            '\'' | '‘' | '’' => {
                if alnum_both {
                    // An apostrophe inside a word: don't, Sony's.
                    Action::Skip
                } else if c == '‘' && self.open_with(Family::Single, '‚')
                    || !before_space
                        && closes_before(after)
                        && c != '‘'
                        && self.find_open(Family::Single).is_some()
                        && !plural_possessive(before, rest, c)
                {
                    // ‚…‘ (German), or a closing context with a single quotation open.
                    Action::Close(Family::Single)
                } else if c != '’' && opens_after(before) && !after_space && !is_elision(rest) {
                    Action::Open(Family::Single)
                } else {
                    // Apostrophes: students', '90s, rock 'n' roll.
                    Action::Skip
                }
            }
            '“' => {
                if self.open_with(Family::Double, '„')
                    || !before_space && closes_before(after) && self.open_with(Family::Double, '“')
                {
                    // „…“ (German), or a mistyped closing “ after “.
                    Action::Close(Family::Double)
                } else {
                    Action::Open(Family::Double)
                }
            }
            '”' => {
                if self.find_open(Family::Double).is_some() {
                    Action::Close(Family::Double)
                } else if opens_after(before) && !after_space {
                    Action::Open(Family::Double)
                } else {
                    Action::Stray
                }
            }
            '„' => Action::Open(Family::Double),
            '‚' => {
                if opens_after(before) && !after_space {
                    Action::Open(Family::Single)
                } else {
                    Action::Skip
                }
            }
            '«' => {
                if self.open_with(Family::Guillemet, '»') {
                    Action::Close(Family::Guillemet)
                } else {
                    Action::Open(Family::Guillemet)
                }
            }
            '»' => {
                if self.open_with(Family::Guillemet, '«') {
                    Action::Close(Family::Guillemet)
                } else if !after_space {
                    Action::Open(Family::Guillemet)
                } else {
                    Action::Stray
                }
            }
            '‹' => {
                if self.open_with(Family::Angle, '›') {
                    Action::Close(Family::Angle)
                } else {
                    Action::Open(Family::Angle)
                }
            }
            '›' => {
                if self.open_with(Family::Angle, '‹') {
                    Action::Close(Family::Angle)
                } else if !after_space {
                    Action::Open(Family::Angle)
                } else {
                    Action::Stray
                }
            }
            '「' => Action::Open(Family::Corner),
            '」' => {
                if self.find_open(Family::Corner).is_some() {
                    Action::Close(Family::Corner)
                } else {
                    Action::Stray
                }
            }
            '『' => Action::Open(Family::WhiteCorner),
            '』' => {
                if self.find_open(Family::WhiteCorner).is_some() {
                    Action::Close(Family::WhiteCorner)
                } else {
                    Action::Stray
                }
            }
            _ => Action::Skip,
        };
        (action, len, c)
    }

    /// rule typewriter-double: two apostrophes are one double mark, as old wire
    /// copy and some CMSs write “…”: ''…'' (or ``…''). `rest` follows the first
    /// apostrophe and starts with the second. In a run of three, an open single
    /// quotation closes first ('go home.''') and an opening pair comes first
    /// ('''Wait' was all…); the third apostrophe is classified on its own.
    fn typewriter(&self, before: Option<char>, rest: &str) -> (Action, usize, char) {
        let third = rest[1..].starts_with('\'');
        let before_space = before.is_none_or(char::is_whitespace);
        if third && !before_space && self.find_open(Family::Single).is_some() {
            return (Action::Close(Family::Single), 1, '\'');
        }
        let after = rest[1..].chars().next();
        let after_space = after.is_none_or(char::is_whitespace);
        let double_open = self.find_open(Family::Double).is_some();
        // An opening context, unless it plainly closes: ''a''- b.
        let opens = opens_after(before)
            && !after_space
            && !(!before_space && double_open && closes_before(after));
        let action = if opens {
            Action::Open(Family::Double)
        } else if double_open && (closes_before(after) || third) {
            // Also after a space: 'routine,' '' Mr. Quint said; contract, ''.
            Action::Close(Family::Double)
        } else {
            // Two apostrophes that neither open nor close: not a mark.
            Action::Skip
        };
        (action, 2, '\'')
    }

    fn open(&mut self, family: Family, ch: char, mark: Span, paragraph: usize) {
        // A second opening mark of the same family on top: the first was never closed
        // (same-family nesting is not how quotations nest).
        if self.stack.last().is_some_and(|e| e.family == family) {
            if let Some(e) = self.stack.pop() {
                self.unclosed_until(e, mark.start);
            }
        }
        // Deeper nesting than this is noise: the innermost open mark gives way.
        if self.stack.len() >= MAX_DEPTH {
            if let Some(e) = self.stack.pop() {
                self.unclosed_until(e, mark.start);
            }
        }
        let parent = self.stack.last().map(|e| e.quote);
        self.quotes.push(RawQuote {
            open: mark,
            close: None,
            inner: Span::new(mark.end, mark.end),
            parent,
            continued: false,
            transcript: None,
            dead: false,
        });
        self.stack.push(Entry {
            family,
            ch,
            quote: self.quotes.len() - 1,
            paragraph,
        });
    }

    fn close(&mut self, family: Family, mark: Span) {
        let Some(k) = self.find_open(family) else {
            if family != Family::Single {
                self.note(
                    mark,
                    NoteCode::StrayMark,
                    "a closing quotation mark with no opening mark",
                );
            }
            return;
        };
        while self.stack.len() > k + 1 {
            if let Some(e) = self.stack.pop() {
                self.unclosed_until(e, mark.start);
            }
        }
        let Some(e) = self.stack.pop() else { return };
        let q = &mut self.quotes[e.quote];
        q.close = Some(mark);
        q.inner = trim(self.text, Span::new(q.open.end, mark.start));
        if q.inner.is_empty() {
            q.dead = true;
        }
    }

    /// A mark that never closed: the quotation runs to the end of its paragraph.
    fn unclosed(&mut self, e: Entry) {
        self.unclosed_until(e, usize::MAX);
    }

    /// A mark that never closed: the quotation runs to the end of its paragraph or
    /// to `limit` (where the next quotation opens), whichever comes first. Unclosed
    /// quotations therefore never overlap, and their texts add up to the text's size.
    fn unclosed_until(&mut self, e: Entry, limit: usize) {
        let end = self.paragraphs[e.paragraph].end.min(limit);
        let straight_single = e.family == Family::Single && e.ch == '\'';
        let q = &mut self.quotes[e.quote];
        q.inner = trim(self.text, Span::new(q.open.end, end.max(q.open.end)));
        if straight_single || q.inner.is_empty() {
            // Most likely an apostrophe ('Tis, goin'), not a quotation.
            q.dead = true;
            return;
        }
        let open = q.open;
        self.note(
            open,
            NoteCode::UnclosedQuote,
            "a quotation mark opens here and is never closed",
        );
    }

    fn end_paragraph(&mut self, pi: usize) {
        // Inner quotations never run over a paragraph break.
        while self.stack.len() > 1 {
            if let Some(e) = self.stack.pop() {
                self.unclosed(e);
            }
        }
        let Some(bottom) = self.stack.last() else {
            return;
        };
        if pi + 1 >= self.paragraphs.len() {
            if let Some(e) = self.stack.pop() {
                self.unclosed(e);
            }
            return;
        }
        let next = self.paragraphs[pi + 1];
        let next_first = self.text[next.start..next.end].chars().next();
        let reopens = next_first.is_some_and(is_opening_char) && {
            let (action, _, _) = self.classify(next.start, next_first.unwrap_or(' '));
            action == Action::Open(bottom.family)
        };
        if reopens {
            // rule multi-paragraph: each paragraph reopens the quotation, only the last closes it.
            let end = self.paragraphs[pi].end;
            let Some(e) = self.stack.pop() else { return };
            let q = &mut self.quotes[e.quote];
            q.inner = trim(self.text, Span::new(q.open.end, end));
            q.continued = true;
            if q.inner.is_empty() {
                q.dead = true;
            }
        } else if bottom.family == Family::Single
            || pi + 1 - bottom.paragraph >= MAX_SPAN_PARAGRAPHS
        {
            // Single marks run over paragraphs only when each paragraph reopens them.
            if let Some(e) = self.stack.pop() {
                self.unclosed(e);
            }
        }
        // Otherwise the quotation stays open: the closing mark may end a later paragraph.
    }
}

/// rule transcript: a quotation opening its paragraph may be a line of a
/// quoted transcript. An all-caps speaker label and a colon ("MODERATOR: Mayor,
/// will you…", "SEN. WALT PRYOR: …") leave the quoted words and become the
/// quotation's [`Transcript::Label`]; a bracketed all-caps or stage word
/// ("(LAUGHTER.)", "(crosstalk)") is a [`Transcript::StageDirection`]. Reads the
/// tokens, a bounded number per quotation after a binary search.
pub(crate) fn read_transcripts(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    paragraphs: &[Span],
    quotes: &mut [RawQuote],
) {
    for q in quotes.iter_mut().filter(|q| q.parent.is_none()) {
        let p = paragraphs.partition_point(|p| p.end <= q.open.start);
        if paragraphs.get(p).is_none_or(|p| p.start != q.open.start) {
            continue;
        }
        let first = tokens.partition_point(|t| t.span.start < q.inner.start);
        let words = Words {
            text,
            tokens,
            forms,
            from: first,
            end: q.inner.end,
        };
        if let Some((name, colon)) = words.speaker_label() {
            let rest = trim(text, Span::new(colon + 1, q.inner.end));
            if !rest.is_empty() {
                q.inner = rest;
                q.transcript = Some(Transcript::Label { name, colon });
            }
        } else if words.stage_direction() {
            q.transcript = Some(Transcript::StageDirection);
        }
    }
}

/// The tokens of a quotation from token `from` on, up to byte `end`.
struct Words<'a> {
    text: &'a str,
    tokens: &'a [Token],
    forms: &'a Forms<'a>,
    from: usize,
    end: usize,
}

impl Words<'_> {
    /// Token `k` of the quotation, if it lies inside.
    fn get(&self, k: usize) -> Option<(&Token, &str)> {
        let t = self.tokens.get(self.from + k)?;
        (t.span.end <= self.end).then(|| (t, t.text(self.text)))
    }

    /// The normal form of token `k` (words only).
    fn form(&self, k: usize) -> Option<&str> {
        let id = (*self.forms.of_token.get(self.from + k)?)?;
        Some(self.forms.text(id))
    }

    /// rule speaker-label: up to [`MAX_LABEL_WORDS`] all-caps words (dots after
    /// abbreviations) and a colon: the name without its titles, and the colon.
    fn speaker_label(&self) -> Option<(Span, usize)> {
        let mut k = 0;
        let mut name: Option<Span> = None;
        let (mut letters, mut words) = (0, 0);
        while let Some((t, s)) = self.get(k) {
            match t.kind {
                TokenKind::Word if words < MAX_LABEL_WORDS && is_all_caps(s) => {
                    words += 1;
                    let title = name.is_none()
                        && self
                            .form(k)
                            .is_some_and(|f| lexicon::is_title(f.trim_end_matches('.')));
                    if !title {
                        letters += s.chars().filter(|c| c.is_alphabetic()).count();
                        name = Some(name.map_or(t.span, |n| Span::new(n.start, t.span.end)));
                    }
                }
                TokenKind::Punctuation if s == "." && k > 0 && self.get(k - 1)?.1 != "." => {}
                TokenKind::Punctuation if s == ":" => {
                    // A lone letter is a question or answer mark (Q:, A:), no
                    // one's name; "VIDEO:" and "UPDATE:" label something else.
                    let section = words == 1 && self.form(0).is_some_and(lexicon::is_section_label);
                    return name
                        .filter(|_| letters >= 2 && !section)
                        .map(|n| (n, t.span.start));
                }
                _ => return None,
            }
            k += 1;
        }
        None
    }

    /// rule stage-direction: the whole quotation is one bracket of up to
    /// [`MAX_STAGE_WORDS`] words, all in capitals or opening with a stage word.
    fn stage_direction(&self) -> bool {
        if self.get(0).is_none_or(|(_, s)| s != "(") {
            return false;
        }
        let (mut words, mut caps, mut stage) = (0, true, false);
        for k in 1..=2 * MAX_STAGE_WORDS {
            let Some((t, s)) = self.get(k) else {
                return false;
            };
            if s == ")" {
                // Only a full stop may follow the bracket.
                let after = match self.get(k + 1) {
                    Some((_, ".")) => k + 2,
                    _ => k + 1,
                };
                return words > 0 && (caps || stage) && self.get(after).is_none();
            }
            if t.kind.is_word_like() {
                stage |= words == 0 && self.form(k).is_some_and(lexicon::is_stage_direction);
                caps &= is_all_caps(s);
                words += 1;
                if words > MAX_STAGE_WORDS {
                    return false;
                }
            }
        }
        false
    }
}

/// True when `s` has letters and none of them is lowercase ("TIBBS", "O'NEILL").
pub(crate) fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

/// `span` without leading and trailing whitespace (no-break spaces included).
pub(crate) fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    Span::new(start, end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let paragraphs = crate::tokenize::paragraphs(text);
        pair(text, &paragraphs)
            .0
            .iter()
            .map(|q| q.inner.slice(text))
            .collect()
    }

    #[test]
    fn pairs_each_style() {
        assert_eq!(quoted("He said “yes” and ‘no’."), ["yes", "no"]);
        assert_eq!(quoted("Il a dit « oui » et »non«."), ["oui", "non"]);
        assert_eq!(quoted("Er sagte „ja“ und ‚nein‘."), ["ja", "nein"]);
        assert_eq!(quoted("彼は「はい」と『いいえ』"), ["はい", "いいえ"]);
        assert_eq!(quoted("He said ``yes'' and \"no\"."), ["yes", "no"]);
        assert_eq!(quoted("Es ist ‹klein› hier."), ["klein"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("don't, students' union, the '90s, rock 'n' roll, goin' home").is_empty());
        assert_eq!(quoted("the US 'will respond' to it"), ["will respond"]);
        assert_eq!(quoted("The students' union said 'no' today."), ["no"]);
        assert_eq!(
            quoted("'It's the students' fault,' he added."),
            ["It's the students' fault,"]
        );
        assert_eq!(
            quoted("He called it 'a disaster for students' and left."),
            ["a disaster for students"]
        );
    }

    #[test]
    fn nested_and_unclosed() {
        let text = "“I told them, ‘Stop.’ Then I left.”";
        let (q, _) = pair(text, &crate::tokenize::paragraphs(text));
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].parent, Some(0));
        let text = "He said “never and left.\n\nNext “ok” here.";
        let (q, notes) = pair(text, &crate::tokenize::paragraphs(text));
        assert_eq!(q[0].inner.slice(text), "never and left.");
        assert_eq!(q[1].inner.slice(text), "ok");
        assert_eq!(notes[0].code, NoteCode::UnclosedQuote);
    }

    #[test]
    fn runs_over_paragraphs() {
        let text = "“One.\n\nTwo.”\n\n“Three.\n\n“Four.”";
        assert_eq!(quoted(text), ["One.\n\nTwo.", "Three.", "Four."]);
    }

    #[test]
    fn typewriter_double_marks() {
        // rule typewriter-double: each row's quotations, outermost first.
        let table: &[(&str, &[&str])] = &[
            ("''We can't wait,'' said Dunn.", &["We can't wait,"]),
            ("He said ''yes'' and ``no''.", &["yes", "no"]),
            (
                "''They told me 'wait,' and I waited,'' said Ames.",
                &["They told me 'wait,' and I waited,", "wait,"],
            ),
            // An inner closing mark meets the outer one: ''' is ' then ''.
            (
                "Tibbs said, ''My mother said 'pay up.'''",
                &["My mother said 'pay up.'", "pay up."],
            ),
            // An opening run: ''' is '' then '.
            (
                "'''Wait' was all they said,'' Blyth said.",
                &["'Wait' was all they said,", "Wait"],
            ),
            (
                "''We were told it was 'routine,' '' Quint said.",
                &["We were told it was 'routine,'", "routine,"],
            ),
            ("''We never saw it, '' Ames said.", &["We never saw it,"]),
            (
                "Vorhees said, ''They told me 'Come back.'.''",
                &["They told me 'Come back.'.", "Come back."],
            ),
            // Apostrophes inside and at the end of words are not marks.
            (
                "''It was the players' fault,'' Bell said.",
                &["It was the players' fault,"],
            ),
            ("when ''Slammin' Sam'' Tully pitched", &["Slammin' Sam"]),
            ("(She claimed to ''retire.'') Then", &["retire."]),
            ("Two apostrophes '' alone.", &[]),
            // Each paragraph reopens the quotation.
            ("''One.\n\n''Two,'' said Ilse.", &["One.", "Two,"]),
            ("“Mixed,'' he said.", &["Mixed,"]),
        ];
        for (text, want) in table {
            assert_eq!(quoted(text), *want, "{text:?}");
        }
    }

    #[test]
    fn transcript_lines() {
        let read = |text: &'static str| -> Vec<(&'static str, Option<&'static str>)> {
            let paragraphs = crate::tokenize::paragraphs(text);
            let tokens = crate::tokenize::tokenize(text);
            let forms = Forms::new(text, &tokens);
            let (mut q, _) = pair(text, &paragraphs);
            read_transcripts(text, &tokens, &forms, &paragraphs, &mut q);
            q.iter()
                .map(|q| {
                    let t = match q.transcript {
                        Some(Transcript::Label { name, colon }) => {
                            assert_eq!(&text[colon..colon + 1], ":");
                            Some(name.slice(text))
                        }
                        Some(Transcript::StageDirection) => Some("()"),
                        None => None,
                    };
                    (q.inner.slice(text), t)
                })
                .collect()
        };
        // rule speaker-label and rule stage-direction: (quoted words, label).
        type Line<'a> = (&'a str, Option<&'a str>);
        let table: &[(&str, &[Line])] = &[
            (
                "\"MODERATOR: Will you run?\n\n\"OKAFOR: I will.\"",
                &[
                    ("Will you run?", Some("MODERATOR")),
                    ("I will.", Some("OKAFOR")),
                ],
            ),
            (
                "\"SEN. WALT PRYOR: Read the bill.\"",
                &[("Read the bill.", Some("WALT PRYOR"))],
            ),
            ("“MR. O'NEILL: No.”", &[("No.", Some("O'NEILL"))]),
            (
                "\"(LAUGHTER.)\n\n\"TIBBS: Yes.\"",
                &[("(LAUGHTER.)", Some("()")), ("Yes.", Some("TIBBS"))],
            ),
            ("“(crosstalk).”", &[("(crosstalk).", Some("()"))]),
            // Not labels: a lone letter, mixed case, a label not opening its
            // paragraph, a colon with nothing after it.
            ("\"Q: What now?\"", &[("Q: What now?", None)]),
            ("\"Tibbs: We won.\"", &[("Tibbs: We won.", None)]),
            ("He read it: \"TIBBS: No.\"", &[("TIBBS: No.", None)]),
            ("\"NOTE:\"", &[("NOTE:", None)]),
            (
                "\"VIDEO: They all told me.\"",
                &[("VIDEO: They all told me.", None)],
            ),
            // Not stage directions: words in brackets, or more after them.
            ("\"(We will win.)\"", &[("(We will win.)", None)]),
            ("\"(APPLAUSE) We won.\"", &[("(APPLAUSE) We won.", None)]),
        ];
        for (text, want) in table {
            assert_eq!(read(text), *want, "{text:?}");
        }
    }

    #[test]
    fn the_eight_byte_skip_sees_every_mark() {
        let word = |s: &[u8]| {
            let mut w = [0u8; 8];
            w.copy_from_slice(s);
            u64::from_le_bytes(w)
        };
        assert!(!may_hold_mark(word(b"abcdefgh")));
        assert!(!may_hold_mark(word(b"a, b. c!")));
        for at in 0..8 {
            for mark in [b'"', b'\'', b'`', 0xE2, 0xC2] {
                let mut s = *b"abcdefgh";
                s[at] = mark;
                assert!(may_hold_mark(word(&s)), "{at} {mark}");
            }
        }
    }
}
