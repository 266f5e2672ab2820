//! Sentence and paragraph boundaries.
//!
//! A sentence may end after a token that can close one (`.`, `!`, `?`, an
//! ellipsis, an abbreviation's full stop) and wherever a line break falls.
//! Each such place is a `Candidate`; the `RULES` are tried on it in order
//! and the first with an opinion decides. Everything else (most tokens: a word
//! and a space) is passed over at one look.
//!
//! The rules follow what the best rule-based splitters decide: the "Golden
//! Rules" of the Pragmatic Segmenter and pySBD, the SRX segmentation rules,
//! Stanford CoreNLP's sentence splitter, and Punkt's abbreviation, initial and
//! orthographic heuristics (Kiss and Strunk 2006).

use std::ops::Range;

use crate::lexicon;
use crate::quotes::lexicon::speech_lemma;
use crate::span::Span;

use super::{is_opening, normalize, Token, TokenKind};

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
pub fn paragraphs(text: &str) -> Vec<Span> {
    layout(text, &super::tokenize(text)).paragraphs
}

/// The lines and paragraphs of a tokenized text.
pub(crate) struct Layout {
    /// Each line's tokens, as a range of token indices (never empty), in order.
    pub lines: Vec<Range<usize>>,
    /// Paragraphs: from the first token after a blank line to the last before the next.
    pub paragraphs: Vec<Span>,
}

/// Reads the lines and paragraphs of `text` from the gaps between its
/// `tokens`, never from the words: every character that is not whitespace is
/// in a token, so a gap holding a line break ends a line and one holding two
/// (a blank line) ends a paragraph.
#[inline(never)]
pub(crate) fn layout(text: &str, tokens: &[Token]) -> Layout {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(tokens.len() / 12 + 1);
    let mut paragraphs = Vec::with_capacity(tokens.len() / 48 + 1);
    let Some(first) = tokens.first() else {
        return Layout { lines, paragraphs };
    };
    let (mut line_start, mut paragraph_start) = (0, first.span.start);
    for i in 1..tokens.len() {
        let gap = &bytes[tokens[i - 1].span.end..tokens[i].span.start];
        // Most gaps are one space.
        let breaks = match gap {
            [b] => usize::from(*b == b'\n'),
            _ => gap.iter().filter(|&&b| b == b'\n').count(),
        };
        if breaks == 0 {
            continue;
        }
        lines.push(line_start..i);
        line_start = i;
        if breaks > 1 {
            paragraphs.push(Span::new(paragraph_start, tokens[i - 1].span.end));
            paragraph_start = tokens[i].span.start;
        }
    }
    lines.push(line_start..tokens.len());
    paragraphs.push(Span::new(
        paragraph_start,
        tokens[tokens.len() - 1].span.end,
    ));
    Layout { lines, paragraphs }
}

/// Sentences, as spans from their first token to their last.
///
/// Where a sentence may end, these rules decide, in order (the first that
/// applies wins; each is a named function of this module):
/// 1. The end of the text and a blank line end a sentence.
/// 2. A list item's label (`1.`, `1)`, `1.)`, `a.`, `iv.`, `•`) never ends
///    its item; the next item's label starts a new one, inline too
///    (`1) Tents 2) Stoves`).
/// 3. At a single line break: hard-wrapped running text goes on before a
///    lowercase word and after a comma, a dash, `&`, a lowercase stop word, a
///    title or an initial; a byline, dateline or title-case headline ends with its line
///    even before a lowercase word; any other line break ends the sentence.
/// 4. Within a line: `.`, `!`, `?` (and `。！？।؟`) end a sentence with the
///    closing quotation marks and brackets right after them (`“proportional.”`,
///    `?"`, `leave.)”`), unless a lowercase word follows (`“Why?” he asked`),
///    a citation closed by the full stop follows (`“…” (Reuters 2014).`), or a
///    named speaker and a speech verb follow a `?”` (`“Why?” Obama asked.`).
/// 5. An ellipsis (`…`, `...`, `. . .`, `[…]`) ends a sentence only before a
///    capitalised word other than `I`; with a fourth dot (`....`, `. . . .`)
///    it is a full stop. At the start of a sentence or quotation it never ends one.
/// 6. A title (`Mr.`, `Sen.`) never ends a sentence; an initial (`J.`) and an
///    abbreviation (`U.K.`, `Co.`) end one only before a capitalised stop word
///    or sentence starter (`in the U.K. Her firm`), not in a title-case headline
///    (`U.S. Will Respond`); `a.m.`, `p.m.` and `etc.` end one before any
///    capitalised word but a day, month or time zone (`8 p.m. Voters`, `8 p.m. Eastern`).
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
    split(text, tokens, |_, _| {})
}

/// A list item's number has at most this many digits: `12.` is a label, `2014.` a year.
const LIST_NUMBER_MAX_DIGITS: usize = 3;
/// Content words (not stop words) looked at on each side of an abbreviation to
/// tell a title-case headline from running text.
const TITLE_CASE_WINDOW: usize = 5;
/// Tokens looked at on each side at most while counting those words.
const TITLE_CASE_SCAN: usize = 16;
/// Share of capitalised content words, in percent, that makes a stretch title case.
const TITLE_CASE_PERCENT: usize = 80;
/// The fewest content words that can show title case.
const TITLE_CASE_MIN_WORDS: usize = 3;
/// The longest headline, in words.
const HEADLINE_MAX_WORDS: usize = 20;
/// The longest byline or dateline, in words.
const BYLINE_MAX_WORDS: usize = 10;
/// Capitalised name words between a quotation's `?”` and its speech verb.
const ATTRIBUTION_MAX_NAME_WORDS: usize = 3;
/// Tokens inside a citation's parentheses, at most: `(Reuters 2014)`.
const CITATION_MAX_TOKENS: usize = 8;
/// Words before the clock time of a time phrase that opens a sentence
/// (`Shortly after 5 a.m.`).
const FRONTED_TIME_MAX_WORDS: usize = 2;

/// What a rule says about a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// The sentence ends here.
    Split,
    /// The sentence goes on.
    Join,
}

/// A rule: its name, and its opinion on a candidate (or none).
type Rule = (&'static str, fn(&Candidate) -> Option<Verdict>);

/// The rules, in the order they are tried.
const RULES: &[Rule] = &[
    ("end-of-text", end_of_text),
    ("blank-line", blank_line),
    ("list-label", list_label),
    ("next-list-item", next_list_item),
    ("within-line", within_line),
    ("standalone-line", standalone_line),
    ("wrapped-line", wrapped_line),
    ("line-break", line_break),
    ("glued", glued),
    ("opening-ellipsis", opening_ellipsis),
    ("citation", citation),
    ("attribution", attribution),
    ("lowercase-next", lowercase_next),
    ("name-part", name_part),
    ("trailing-abbreviation", trailing_abbreviation),
    ("abbreviation", abbreviation),
    ("ellipsis", ellipsis),
    ("full-stop", full_stop),
];

/// The first opinion of [`RULES`] on `c`, and the rule's name.
fn decide(c: &Candidate) -> (Verdict, &'static str) {
    RULES
        .iter()
        .find_map(|&(name, rule)| rule(c).map(|v| (v, name)))
        // Every candidate has a mark or a line break, and some rule decides each.
        .unwrap_or((Verdict::Join, "none"))
}

/// The sentences of `text`, with each decision handed to `trace` (the tests
/// check which rule made it).
fn split(text: &str, tokens: &[Token], mut trace: impl FnMut(Verdict, &'static str)) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut first: Option<usize> = None;
    let mut item: Option<ListItem> = None;
    // The list item the last sentence was, whose label the next may follow.
    let mut previous: Option<ListItem> = None;
    let mut i = 0;
    while i < tokens.len() {
        let f = match first {
            Some(f) => f,
            None => {
                item = ListItem::at(text, tokens, i)
                    .filter(|it| it.opens(at_line_start(text, tokens, i), previous));
                first = Some(i);
                i
            }
        };
        // Inside a list item every token is looked at, for the next item's label.
        if item.is_none() {
            while passes(bytes, tokens, i) {
                i += 1;
            }
        }
        let mark = match item {
            Some(it) if i <= it.last => Mark {
                kind: MarkKind::ListLabel,
                first: i,
                last: it.last,
                quoted: false,
            },
            _ => Mark::at(text, tokens, i),
        };
        let c = Candidate::new(text, tokens, f, mark, item);
        let (verdict, rule) = decide(&c);
        trace(verdict, rule);
        if verdict == Verdict::Split {
            out.push(Span::new(tokens[f].span.start, tokens[mark.last].span.end));
            first = None;
            previous = item.take();
        }
        i = mark.last + 1;
    }
    out
}

/// The common case, told at one look: a token that cannot end a sentence (a
/// word without a final full stop, a mark other than `.!?…`, a URL, a symbol),
/// then only spaces, then no bullet.
#[inline(always)]
fn passes(bytes: &[u8], tokens: &[Token], i: usize) -> bool {
    let (Some(token), Some(next)) = (tokens.get(i), tokens.get(i + 1)) else {
        return false;
    };
    let (start, end) = (token.span.start, token.span.end);
    let plain = match token.kind {
        TokenKind::Word | TokenKind::Number => bytes[end - 1] != b'.',
        TokenKind::Punctuation if end - start == 1 => !matches!(bytes[start], b'.' | b'!' | b'?'),
        // Quotation marks and dashes (U+2013 to U+201F): the commonest marks of news
        // after the ASCII ones, and none ends a sentence.
        TokenKind::Punctuation => {
            end - start == 3
                && bytes[start] == 0xE2
                && bytes[start + 1] == 0x80
                && (0x93..=0x9F).contains(&bytes[start + 2])
        }
        _ => true,
    };
    plain
        && bytes[token.span.end..next.span.start]
            .iter()
            .all(|&b| b == b' ')
        && !(bytes[next.span.start] == 0xE2 && is_bullet_at(bytes, next.span.start))
}

/// What a token (with the marks glued after it) may end a sentence as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkKind {
    /// Nothing: only a line break can end a sentence here.
    None,
    /// A list item's label at the start of its item.
    ListLabel,
    /// `.`, `!`, `?`, their CJK and other forms, and a four-dot ellipsis.
    Stop,
    /// `...`, `…`, `. . .`, `[…]`.
    Ellipsis,
    /// A title before a name: `Mr.`, `Sen.`.
    Title,
    /// One capital letter and its full stop: `J.`.
    Initial,
    /// `a.m.`, `p.m.`, `etc.`: they usually close a phrase.
    Trailing,
    /// Any other word with a final full stop: `U.S.`, `Co.`, `Calif.`.
    Abbreviation,
}

/// A mark that may end a sentence: its kind and tokens.
#[derive(Debug, Clone, Copy)]
struct Mark {
    kind: MarkKind,
    /// The mark's first token: the `[` of `[…]`, the first `.` of `. . .`.
    first: usize,
    /// The sentence's last token if it ends here: the mark and the closing
    /// quotation marks and brackets glued after it.
    last: usize,
    /// A closing quotation mark follows the mark (`?”`).
    quoted: bool,
}

impl Mark {
    /// The mark at token `i`.
    fn at(text: &str, tokens: &[Token], i: usize) -> Mark {
        let t = tokens[i].text(text);
        let kind = match tokens[i].kind {
            TokenKind::Punctuation => punctuation_mark(t),
            TokenKind::Word if t.len() > 1 && t.ends_with('.') => {
                abbreviation_mark(text, tokens, i, &t[..t.len() - 1])
            }
            _ => MarkKind::None,
        };
        let mut mark = Mark {
            kind,
            first: i,
            last: i,
            quoted: false,
        };
        if kind == MarkKind::None {
            return mark;
        }
        if t == "." {
            mark.spaced_dots(text, tokens);
        }
        mark.absorb(text, tokens);
        // `[…]`, `(...)`: the brackets belong to the ellipsis.
        if mark.kind == MarkKind::Ellipsis && i > 0 && mark.last > i {
            let before = tokens[i - 1];
            let after = tokens[i + 1].text(text);
            if before.span.end == tokens[i].span.start
                && matches!((before.text(text), after), ("[", "]") | ("(", ")"))
            {
                mark.first = i - 1;
            }
        }
        mark
    }

    /// `. . .` is an ellipsis, and `. . . .` (or `word. . . .`) an ellipsis and a
    /// full stop: full stops one space apart are one mark.
    fn spaced_dots(&mut self, text: &str, tokens: &[Token]) {
        let mut dots = 1;
        while let Some(next) = tokens.get(self.last + 1) {
            let gap = &text[tokens[self.last].span.end..next.span.start];
            if (gap == " " || gap == "\u{a0}") && next.text(text) == "." {
                dots += 1;
                self.last += 1;
            } else {
                break;
            }
        }
        if dots == 3 {
            self.kind = MarkKind::Ellipsis;
        }
    }

    /// Takes in the closing quotation marks and brackets glued after the mark,
    /// and further marks (`?!`, `…”`, `U.S.?`): a full stop among them makes
    /// the whole a full stop.
    fn absorb(&mut self, text: &str, tokens: &[Token]) {
        while let Some(next) = tokens.get(self.last + 1) {
            if next.span.start != tokens[self.last].span.end || next.kind != TokenKind::Punctuation
            {
                break;
            }
            let nt = next.text(text);
            if is_closing(nt) {
                self.quoted |= is_closing_quote(nt);
            } else {
                match punctuation_mark(nt) {
                    MarkKind::Stop => self.kind = MarkKind::Stop,
                    MarkKind::Ellipsis if self.kind != MarkKind::Stop => {
                        self.kind = MarkKind::Ellipsis;
                    }
                    MarkKind::Ellipsis => {}
                    _ => break,
                }
            }
            self.last += 1;
        }
    }
}

/// The mark a punctuation token is.
fn punctuation_mark(t: &str) -> MarkKind {
    match single_char(t) {
        Some(
            '.' | '!' | '?' | '。' | '！' | '？' | '।' | '॥' | '؟' | '۔' | '‼' | '⁇' | '⁈' | '⁉',
        ) => MarkKind::Stop,
        Some('…') => MarkKind::Ellipsis,
        Some(_) => MarkKind::None,
        // A run of full stops: `..` and `...` an ellipsis, `....` one and a full stop.
        None if t.bytes().all(|b| b == b'.') => {
            if t.len() > 3 {
                MarkKind::Stop
            } else {
                MarkKind::Ellipsis
            }
        }
        None => MarkKind::None,
    }
}

/// The one character `t` is, if it is one.
fn single_char(t: &str) -> Option<char> {
    let mut chars = t.chars();
    chars.next().filter(|_| chars.next().is_none())
}

/// The mark a word with a final full stop is; `bare` is the word without it.
fn abbreviation_mark(text: &str, tokens: &[Token], i: usize, bare: &str) -> MarkKind {
    let mut chars = bare.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return if c.is_uppercase() {
            MarkKind::Initial
        } else {
            MarkKind::Abbreviation // "p. 55"
        };
    }
    let lower = normalize(bare);
    if lexicon::is_title(&lower) {
        if lower == "st" && is_street(text, tokens, i) {
            MarkKind::Abbreviation
        } else {
            MarkKind::Title
        }
    } else if lexicon::is_trailing_abbreviation(&lower) {
        MarkKind::Trailing
    } else {
        MarkKind::Abbreviation
    }
}

/// `St.` after a capitalised word or an ordinal is a street (`Main St.`,
/// `5th St.`), which may end a sentence; elsewhere it is a saint (`St. Louis`).
fn is_street(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0 && {
        let prev = tokens[i - 1];
        let p = prev.text(text);
        text[prev.span.end..tokens[i].span.start] == *" "
            && match prev.kind {
                TokenKind::Word => capital(p),
                TokenKind::Number => p.ends_with(|c: char| c.is_ascii_alphabetic()),
                _ => false,
            }
    }
}

/// One place where a sentence may end, with what the rules look at.
struct Candidate<'t> {
    text: &'t str,
    tokens: &'t [Token],
    /// The open sentence's first token.
    first: usize,
    mark: Mark,
    /// The open sentence's list label, when it is a list item.
    item: Option<ListItem>,
    /// The token after the mark.
    next: Option<usize>,
    /// The text between the mark and the next token.
    gap: &'t str,
    /// Line breaks in the gap (a paragraph separator counts two).
    lines: usize,
}

impl<'t> Candidate<'t> {
    fn new(
        text: &'t str,
        tokens: &'t [Token],
        first: usize,
        mark: Mark,
        item: Option<ListItem>,
    ) -> Self {
        let next = (mark.last + 1 < tokens.len()).then_some(mark.last + 1);
        let end = tokens[mark.last].span.end;
        let gap = next.map_or("", |n| &text[end..tokens[n].span.start]);
        Candidate {
            text,
            tokens,
            first,
            mark,
            item,
            next,
            gap,
            lines: line_breaks(gap),
        }
    }

    /// Token `k`'s text.
    fn word(&self, k: usize) -> &'t str {
        self.tokens[k].text(self.text)
    }

    /// True when tokens `k` and `k + 1` are on one line.
    #[inline(never)]
    fn same_line(&self, k: usize) -> bool {
        let gap = &self.text[self.tokens[k].span.end..self.tokens[k + 1].span.start];
        line_breaks(gap) == 0
    }

    /// The next token when it is a word starting with a lowercase letter (not
    /// `iPhone` or `eBay`, which start sentences capitalised as they are).
    fn next_is_lowercase(&self) -> bool {
        self.next
            .is_some_and(|n| self.tokens[n].kind == TokenKind::Word && lowercase(self.word(n)))
    }

    /// The next word on this line, after at most two opening quotation marks.
    #[inline(never)]
    fn next_word(&self) -> Option<usize> {
        let mut k = self.next?;
        let mut quotes = 0;
        while quotes < 2 && self.opens_quote_before_word(k) {
            quotes += 1;
            k += 1;
        }
        (self.tokens[k].kind == TokenKind::Word).then_some(k)
    }

    /// True when token `k` is an opening quotation mark with a token after it on its line.
    #[inline(never)]
    fn opens_quote_before_word(&self, k: usize) -> bool {
        self.tokens[k].kind == TokenKind::Punctuation
            && is_opening_quote(self.word(k))
            && k + 1 < self.tokens.len()
            && self.same_line(k)
    }

    /// True when the next word plainly starts a sentence: a capitalised stop
    /// word or sentence starter, or when `quotes`, any capitalised word after
    /// an opening quotation mark (`N.Y. “Secretary Clinton`).
    fn next_starts_sentence(&self, quotes: bool) -> bool {
        let k = if quotes {
            self.next_word()
        } else {
            self.next
                .filter(|&n| self.tokens[n].kind == TokenKind::Word)
        };
        k.is_some_and(|k| {
            let w = self.word(k);
            capital(w) && (Some(k) != self.next || normal_is(w, lexicon::is_sentence_starter))
        })
    }

    /// What token `k` is in an attribution after a quotation.
    #[inline(never)]
    fn speaker_word(&self, k: usize) -> SpeakerWord {
        if self.tokens[k].kind != TokenKind::Word || !self.same_line(k - 1) {
            return SpeakerWord::Other;
        }
        let w = self.word(k);
        let norm = normalize(w);
        if capital(w) {
            if lexicon::is_sentence_starter(&norm) {
                SpeakerWord::Other
            } else {
                SpeakerWord::Name
            }
        } else if speech_lemma(&norm).is_some() {
            SpeakerWord::Verb
        } else {
            SpeakerWord::Other
        }
    }

    /// Some when token `k` is a content word (a word, not a stop word),
    /// telling whether it is capitalised.
    #[inline(never)]
    fn content_word(&self, k: usize) -> Option<bool> {
        let w = self.word(k);
        (self.tokens[k].kind == TokenKind::Word
            && w.starts_with(char::is_alphabetic)
            && !normal_is(w.trim_end_matches('.'), lexicon::is_stopword))
        .then(|| capital(w))
    }

    /// True when the open sentence starts a line.
    fn starts_line(&self) -> bool {
        let before = &self.text[..self.tokens[self.first].span.start];
        let rest = before.trim_end_matches(|c: char| c.is_whitespace() && !is_line_end(c));
        rest.is_empty() || rest.ends_with(is_line_end)
    }

    /// What the line holding the open sentence, from its start to the mark, is.
    fn line_kind(&self) -> LineKind {
        let mut words = 0;
        let (mut content, mut capitalised) = (0, 0);
        let mut dated = false;
        for k in self.first..=self.mark.last {
            let token = self.tokens[k];
            let w = self.word(k);
            match token.kind {
                TokenKind::Word => {
                    let norm = normalize(w.trim_end_matches('.'));
                    if !lexicon::is_stopword(&norm) {
                        content += 1;
                        capitalised += usize::from(capital(w));
                    }
                    // "December 18", "18 Dec."
                    dated |= lexicon::is_calendar_word(&norm)
                        && (k > self.first && self.tokens[k - 1].kind == TokenKind::Number
                            || self
                                .tokens
                                .get(k + 1)
                                .is_some_and(|t| t.kind == TokenKind::Number));
                }
                // A clock time: "5:04".
                TokenKind::Number => dated |= w.contains(':'),
                _ => continue,
            }
            words += 1;
            if words > HEADLINE_MAX_WORDS {
                return LineKind::Running;
            }
        }
        let byline = matches!(self.word(self.first), "By" | "BY")
            && self.first < self.mark.last
            && capital(self.word(self.first + 1));
        if words <= BYLINE_MAX_WORDS && byline {
            LineKind::Byline
        } else if words <= BYLINE_MAX_WORDS && dated {
            LineKind::Dateline
        } else if is_title_case(content, capitalised) {
            LineKind::Headline
        } else {
            LineKind::Running
        }
    }

    /// True when the words around the mark, on its line, are in title case:
    /// it then sits in a headline (`U.S. Will Respond To North Korea`).
    fn in_title_case(&self) -> bool {
        let mut tally = Tally::default();
        // Back from the mark, then on from the word after the next, each side
        // up to the line's edge.
        for k in (self.first..self.mark.first).rev().take(TITLE_CASE_SCAN) {
            if !self.same_line(k) || !tally.add(self.content_word(k)) {
                break;
            }
        }
        tally.seen = 0;
        if let Some(next) = self.next {
            for k in (next + 1..self.tokens.len()).take(TITLE_CASE_SCAN) {
                if !self.same_line(k - 1) || !tally.add(self.content_word(k)) {
                    break;
                }
            }
        }
        is_title_case(tally.content, tally.capitalised)
    }
}

/// Content words counted on one side of a mark, for [`Candidate::in_title_case`].
#[derive(Default)]
struct Tally {
    /// On this side.
    seen: usize,
    content: usize,
    capitalised: usize,
}

impl Tally {
    /// Counts a word ([`Candidate::content_word`]); false once the side has
    /// [`TITLE_CASE_WINDOW`] words.
    fn add(&mut self, word: Option<bool>) -> bool {
        if let Some(capital) = word {
            self.seen += 1;
            self.content += 1;
            self.capitalised += usize::from(capital);
        }
        self.seen < TITLE_CASE_WINDOW
    }
}

/// True when enough of `content` words are capitalised for title case.
fn is_title_case(content: usize, capitalised: usize) -> bool {
    content >= TITLE_CASE_MIN_WORDS && capitalised * 100 >= content * TITLE_CASE_PERCENT
}

/// What a line on its own is, for the line-break rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// Running text, perhaps hard-wrapped.
    Running,
    /// `By Ann Lee`.
    Byline,
    /// `December 18, 2014`, `Updated 5:04 PM`.
    Dateline,
    /// A title-case line: `Obama Vows Response To Sony Hack`.
    Headline,
}

/// Rule: no token follows; the text ends the sentence.
fn end_of_text(c: &Candidate) -> Option<Verdict> {
    c.next.is_none().then_some(Verdict::Split)
}

/// Rule: a blank line (or a paragraph separator) always ends a sentence.
fn blank_line(c: &Candidate) -> Option<Verdict> {
    (c.lines >= 2).then_some(Verdict::Split)
}

/// Rule: a list item's label (`1.`, `a)`, `iv.`, `•`) opens its item and never ends it.
fn list_label(c: &Candidate) -> Option<Verdict> {
    (c.mark.kind == MarkKind::ListLabel).then_some(Verdict::Join)
}

/// Rule: the next token opens a list item, so the sentence ends here: a bullet
/// (`item • 10.`), a label at the start of the next line, or inline the label
/// that follows the open item's (`1) Tents 2) Stoves`, `a. Ask b. Wait`).
fn next_list_item(c: &Candidate) -> Option<Verdict> {
    let n = c.next?;
    if c.gap.is_empty() || matches!(c.mark.kind, MarkKind::Title | MarkKind::Initial) {
        return None;
    }
    if is_bullet_at(c.text.as_bytes(), c.tokens[n].span.start) {
        return Some(Verdict::Split);
    }
    // Within a line only the open item's successor counts: most candidates end here.
    if c.lines == 0 && c.item.is_none() {
        return None;
    }
    let next = ListItem::at(c.text, c.tokens, n)?;
    let follows = c
        .item
        .is_some_and(|open| c.mark.last > open.last && open.precedes(&next));
    // A capital's initial at a line start is a name more often than a label
    // ("according to\nJ. R. Ames"), unless it follows the open item's label.
    (follows || c.lines > 0 && !next.initial).then_some(Verdict::Split)
}

/// Rule: a token that cannot end a sentence, within its line, ends none.
fn within_line(c: &Candidate) -> Option<Verdict> {
    (c.mark.kind == MarkKind::None && c.lines == 0).then_some(Verdict::Join)
}

/// Rule: at a line break, a byline, a dateline and a title-case headline end
/// with their line, even before a lowercase word (`By Ann Lee\nupdated 5
/// minutes ago`), unless the line ends in a comma, a dash or a stop word
/// (`By Ann Lee and\nJo Park`): it is then wrapped.
fn standalone_line(c: &Candidate) -> Option<Verdict> {
    if c.lines != 1
        || c.mark.kind == MarkKind::Stop
        || c.item.is_some()
        || continues_line(c)
        || !c.starts_line()
    {
        return None;
    }
    (c.line_kind() != LineKind::Running).then_some(Verdict::Split)
}

/// Rule: a line break inside running text joins hard-wrapped lines before a
/// lowercase word, after a comma, a dash, `&` or a stop word (`of the\nUnited
/// States`), and after a title or an initial (`Sen.\nAmes`).
fn wrapped_line(c: &Candidate) -> Option<Verdict> {
    if c.lines != 1 {
        return None;
    }
    let join = match c.mark.kind {
        MarkKind::Stop => false,
        MarkKind::Title | MarkKind::Initial => true,
        MarkKind::None => c.next_is_lowercase() || continues_line(c),
        _ => c.next_is_lowercase(),
    };
    join.then_some(Verdict::Join)
}

/// True when the line ends in a mark or word that cannot close it: a comma, a
/// dash, `&`, or a lowercase stop word (a title-case line may end in a
/// capitalised one: `Trump Weighs In`).
fn continues_line(c: &Candidate) -> bool {
    let last = c.mark.last;
    let t = c.word(last);
    match c.tokens[last].kind {
        TokenKind::Punctuation => matches!(t, "," | "-" | "‐" | "–" | "—" | "&"),
        TokenKind::Word => t.starts_with(char::is_lowercase) && normal_is(t, lexicon::is_stopword),
        _ => false,
    }
}

/// Rule: any other line break ends a sentence: after a headline, a dateline,
/// a line without final punctuation, or a full stop.
fn line_break(c: &Candidate) -> Option<Verdict> {
    (c.lines == 1).then_some(Verdict::Split)
}

/// Rule: a mark glued to the next token ends a sentence only as a full stop
/// before a capital (`week.Skip`) or as a CJK mark (`日本語。中文`); `mean...see`
/// and `U.S.-led` go on.
fn glued(c: &Candidate) -> Option<Verdict> {
    if !c.gap.is_empty() {
        return None;
    }
    let first = c
        .next
        .map_or(' ', |n| c.word(n).chars().next().unwrap_or(' '));
    let wide = !c.word(c.mark.first).is_ascii();
    let split =
        c.mark.kind == MarkKind::Stop && (first.is_uppercase() || wide && !first.is_lowercase());
    Some(if split { Verdict::Split } else { Verdict::Join })
}

/// Rule: an ellipsis at the start of a sentence or of a quotation stands for
/// words left out before it (`“…proportional`, `[…] The court`), not for an end.
fn opening_ellipsis(c: &Candidate) -> Option<Verdict> {
    if c.mark.kind != MarkKind::Ellipsis {
        return None;
    }
    let at = c.mark.first;
    let opens = at == c.first || {
        let prev = c.tokens[at - 1];
        prev.span.end == c.tokens[at].span.start
            && prev.kind == TokenKind::Punctuation
            && c.word(at - 1)
                .chars()
                .next()
                .is_some_and(|ch| is_opening(ch) && !matches!(ch, '—' | '–'))
    };
    opens.then_some(Verdict::Join)
}

/// Rule: a citation in parentheses that the sentence's full stop closes
/// belongs to the sentence before it: `“…stairways.” (Smith 2014).`,
/// `(Reuters).` A citation is short and holds a number or only capitalised
/// words; `(She left early).` is a sentence of its own.
fn citation(c: &Candidate) -> Option<Verdict> {
    if !matches!(c.mark.kind, MarkKind::Stop | MarkKind::Ellipsis) || c.lines > 0 {
        return None;
    }
    let open = c.next?;
    if c.word(open) != "(" {
        return None;
    }
    let (mut number, mut lowercase) = (false, false);
    let end = (open + CITATION_MAX_TOKENS + 1).min(c.tokens.len() - 1);
    for k in open + 1..=end {
        if !c.same_line(k - 1) {
            return None;
        }
        let t = c.word(k);
        match c.tokens[k].kind {
            TokenKind::Number => number = true,
            TokenKind::Word => lowercase |= !capital(t),
            TokenKind::Punctuation if t == ")" => {
                let stop = c.tokens.get(k + 1)?;
                let closed = stop.span.start == c.tokens[k].span.end && stop.text(c.text) == ".";
                let cites = k > open + 1 && (number || !lowercase);
                return (closed && cites).then_some(Verdict::Join);
            }
            TokenKind::Punctuation if punctuation_mark(t) != MarkKind::None => return None,
            _ => {}
        }
    }
    None
}

/// Rule: a quotation that ends in `?`, `!` or an ellipsis, followed by a named
/// speaker and a speech verb, goes on: `“Why now?” Obama asked.`
fn attribution(c: &Candidate) -> Option<Verdict> {
    if !c.mark.quoted || c.lines > 0 {
        return None;
    }
    let asks = (c.mark.first..=c.mark.last).any(|k| {
        matches!(
            single_char(c.word(k)),
            Some('?' | '!' | '？' | '！' | '‼' | '⁇' | '⁈' | '⁉')
        )
    });
    if !(c.mark.kind == MarkKind::Ellipsis || c.mark.kind == MarkKind::Stop && asks) {
        return None;
    }
    let mut k = c.next?;
    let mut names = 0;
    loop {
        match c.speaker_word(k) {
            SpeakerWord::Name if names < ATTRIBUTION_MAX_NAME_WORDS && k + 1 < c.tokens.len() => {
                names += 1;
                k += 1;
            }
            SpeakerWord::Verb if names > 0 => return Some(Verdict::Join),
            _ => return None,
        }
    }
}

/// What a word after a quotation is, for [`attribution`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SpeakerWord {
    /// A capitalised word that may be part of a name, on the quotation's line.
    Name,
    /// A lowercase speech verb: `said`, `asked`.
    Verb,
    /// Anything else.
    Other,
}

/// Rule: a lowercase word after a mark continues the sentence: `“Why?” he
/// asked`, `Yahoo! in`, `we ... prevent`, `the U.S. in`.
fn lowercase_next(c: &Candidate) -> Option<Verdict> {
    c.next_is_lowercase().then_some(Verdict::Join)
}

/// Rule: a title never ends a sentence (`Sen. Ames`); an initial ends one only
/// before a capitalised stop word or sentence starter (`you and I. Did`, but
/// `Albert I. Jones`).
fn name_part(c: &Candidate) -> Option<Verdict> {
    match c.mark.kind {
        MarkKind::Title => Some(Verdict::Join),
        MarkKind::Initial if c.next_starts_sentence(false) => Some(Verdict::Split),
        MarkKind::Initial => Some(Verdict::Join),
        _ => None,
    }
}

/// Rule: `a.m.`, `p.m.` and `etc.` end a sentence before a capitalised word
/// (`at 8 p.m. Voters`), unless it is a day, a month or a time zone (`8 p.m.
/// Eastern`), the time opens the sentence (`At 5 a.m. Mr. Smith left`) or the
/// line is a title-case headline.
fn trailing_abbreviation(c: &Candidate) -> Option<Verdict> {
    if c.mark.kind != MarkKind::Trailing {
        return None;
    }
    let split = c.next_word().is_some_and(|k| {
        let w = c.word(k);
        capital(w)
            && !normal_is(w.trim_end_matches('.'), lexicon::is_time_follower)
            && !fronted_time(c)
            && !c.in_title_case()
    });
    Some(if split { Verdict::Split } else { Verdict::Join })
}

/// True when the clock time before the mark opens its sentence after a
/// preposition: `At 5 a.m.`, `Shortly after 8 p.m.`.
fn fronted_time(c: &Candidate) -> bool {
    let at = c.mark.first;
    if at == 0 || c.tokens[at - 1].kind != TokenKind::Number {
        return false;
    }
    let before = c.first..at - 1;
    !before.is_empty()
        && before.len() <= FRONTED_TIME_MAX_WORDS
        && before.clone().all(|k| c.tokens[k].kind == TokenKind::Word)
        && before
            .into_iter()
            .any(|k| normal_is(c.word(k), lexicon::is_time_preposition))
}

/// Rule: any other abbreviation ends a sentence only before a word that plainly
/// starts one (`in the U.K. Her firm`, `Dunn & Co. The case`) or a quotation
/// that opens with a capital (`N.Y. “Secretary`), and not in a title-case
/// headline (`U.S. Will Respond`); initials after a title are a name's (`Gov.
/// C.L. “Butch” Otter`).
fn abbreviation(c: &Candidate) -> Option<Verdict> {
    if c.mark.kind != MarkKind::Abbreviation {
        return None;
    }
    let word = |k: usize| c.tokens[k].text(c.text);
    let initials = word(c.mark.first)
        .split('.')
        .filter(|s| !s.is_empty())
        .all(|s| single_char(s).is_some_and(char::is_uppercase));
    let after_title = c.mark.first > 0
        && c.tokens[c.mark.first - 1].kind == TokenKind::Word
        && word(c.mark.first - 1)
            .strip_suffix('.')
            .is_some_and(|t| lexicon::is_title(&normalize(t)));
    if initials && after_title {
        return Some(Verdict::Join);
    }
    let split = c.next_starts_sentence(true) && !c.in_title_case();
    Some(if split { Verdict::Split } else { Verdict::Join })
}

/// Rule: an ellipsis ends a sentence before a capitalised word (`changed ...
/// The end`), but not before `I` and its contractions, capitalised anywhere
/// (`the thing is . . . I didn’t`), nor before anything else (`... 5 more`).
fn ellipsis(c: &Candidate) -> Option<Verdict> {
    if c.mark.kind != MarkKind::Ellipsis {
        return None;
    }
    let split = c.next_word().is_some_and(|k| {
        let w = c.word(k);
        capital(w) && !normal_is(w, lexicon::is_first_person_singular)
    });
    Some(if split { Verdict::Split } else { Verdict::Join })
}

/// Rule: a full stop, `?` or `!` ends the sentence before anything that is not
/// a lowercase word: a capital, a number, a quotation mark, a bracket.
fn full_stop(c: &Candidate) -> Option<Verdict> {
    (c.mark.kind == MarkKind::Stop).then_some(Verdict::Split)
}

/// A list item's label at a token: `1.`, `1)`, `1.)`, `(1)`, `a.`, `iv.`, `•`,
/// and at a line start `-` and `*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ListItem {
    label: Label,
    style: LabelStyle,
    /// One capital and its full stop (`A.`), which may be a name's initial.
    initial: bool,
    /// The label's last token.
    last: usize,
}

/// What a list label counts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// `•`, `‣`, `-`: every item the same.
    Bullet,
    /// `1.`
    Number(u32),
    /// `a.`, `iv.`: a letter (lowercase), a roman numeral, or both (`i`, `v`, `x`).
    Alpha {
        upper: bool,
        letter: Option<u8>,
        roman: Option<u32>,
    },
}

/// The punctuation around a list label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelStyle {
    /// A bullet alone.
    Bare,
    /// `1.`
    Dot,
    /// `1)`
    Paren,
    /// `1.)`
    DotParen,
    /// `(1)`
    Enclosed,
}

impl ListItem {
    /// The list label that starts at token `i`, if one does.
    #[inline(always)]
    fn at(text: &str, tokens: &[Token], i: usize) -> Option<ListItem> {
        if !Self::may_start(text.as_bytes(), tokens[i]) {
            return None;
        }
        Self::parse(text, tokens, i)
    }

    /// [`ListItem::at`] past its first look.
    fn parse(text: &str, tokens: &[Token], i: usize) -> Option<ListItem> {
        let token = tokens[i];
        let t = token.text(text);
        match token.kind {
            TokenKind::Punctuation | TokenKind::Symbol => {
                let dash = matches!(t, "-" | "*") && at_line_start(text, tokens, i);
                if !(is_bullet(t) || dash) {
                    return Self::labelled(text, tokens, i);
                }
                let next = tokens.get(i + 1)?;
                let gap = &text[token.span.end..next.span.start];
                if dash && gap.is_empty() {
                    return None; // "-5 degrees"
                }
                // "• 9. The first item": a bullet with a label.
                let last = match Self::labelled(text, tokens, i + 1) {
                    Some(inner) if line_breaks(gap) == 0 && gap.len() <= 1 => inner.last,
                    _ => i,
                };
                Some(ListItem {
                    label: Label::Bullet,
                    style: LabelStyle::Bare,
                    initial: false,
                    last,
                })
            }
            _ => Self::labelled(text, tokens, i),
        }
    }

    /// False for nearly every token, at a look at its length and the byte after
    /// it: a label is a short word or number before `.` or `)` (or with its `.`),
    /// a bullet, a dash or `(`.
    #[inline(always)]
    fn may_start(bytes: &[u8], token: Token) -> bool {
        let (start, end) = (token.span.start, token.span.end);
        match token.kind {
            TokenKind::Word | TokenKind::Number => {
                end - start <= 6
                    && (bytes[end - 1] == b'.' || matches!(bytes.get(end), Some(b'.' | b')')))
            }
            _ => matches!(bytes[start], b'(' | b'-' | b'*') || is_bullet_at(bytes, start),
        }
    }

    /// `1.`, `1)`, `1.)`, `(1)`, `a.`, `iv)`, `A.`, read from the bytes at token
    /// `i`: the label, its punctuation, then a space or the end of the text.
    fn labelled(text: &str, tokens: &[Token], i: usize) -> Option<ListItem> {
        let bytes = text.as_bytes();
        let start = tokens[i].span.start;
        let enclosed = bytes[start] == b'(';
        let from = start + usize::from(enclosed);
        let body = bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let mut end = from + body;
        let style = match (enclosed, bytes.get(end), bytes.get(end + 1)) {
            (true, Some(b')'), _) => LabelStyle::Enclosed,
            (false, Some(b'.'), Some(b')')) => LabelStyle::DotParen,
            (false, Some(b'.'), _) => LabelStyle::Dot,
            (false, Some(b')'), _) => LabelStyle::Paren,
            _ => return None,
        };
        end += if style == LabelStyle::DotParen { 2 } else { 1 };
        if bytes.get(end).is_some_and(|b| !b.is_ascii_whitespace()) {
            return None; // "1.5", "a.m", "(a)b"
        }
        let label = label_value(&text[from..from + body])?;
        // The token the label ends with ("A." is one token, "1." two).
        let last = (i..tokens.len())
            .take(4)
            .find(|&k| tokens[k].span.end == end)?;
        Some(ListItem {
            label,
            style,
            initial: last == i && !enclosed && body == 1 && bytes[from].is_ascii_uppercase(),
            last,
        })
    }

    /// True when this label opens its sentence as a list item: a bullet always;
    /// a number or letter at the start of a line, as a list's first label
    /// (`1.`, `a.`, `i.`), or after the `previous` sentence's label (`1. Go. 2. Stay.`),
    /// but not elsewhere (`The score? 42. Nobody`).
    fn opens(&self, line_start: bool, previous: Option<ListItem>) -> bool {
        let first = match self.label {
            Label::Bullet => return true,
            Label::Number(n) => n == 1,
            Label::Alpha { letter, roman, .. } => letter == Some(b'a') || roman == Some(1),
        };
        line_start || first && !self.initial || previous.is_some_and(|p| p.precedes(self))
    }

    /// True when `next` is the item after this one: same style, next number or letter.
    fn precedes(&self, next: &ListItem) -> bool {
        self.style == next.style
            && match (self.label, next.label) {
                (Label::Bullet, Label::Bullet) => true,
                (Label::Number(a), Label::Number(b)) => b == a + 1,
                (
                    Label::Alpha {
                        upper: ua,
                        letter: la,
                        roman: ra,
                    },
                    Label::Alpha {
                        upper: ub,
                        letter: lb,
                        roman: rb,
                    },
                ) => {
                    ua == ub
                        && (la.zip(lb).is_some_and(|(a, b)| b == a + 1)
                            || ra.zip(rb).is_some_and(|(a, b)| b == a + 1))
                }
                _ => false,
            }
    }
}

/// What a label's text counts as: a small number, one letter, a roman numeral.
fn label_value(t: &str) -> Option<Label> {
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return (t.len() <= LIST_NUMBER_MAX_DIGITS).then(|| t.parse().ok().map(Label::Number))?;
    }
    let upper = t.bytes().all(|b| b.is_ascii_uppercase());
    if !upper && !t.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let letter = (t.len() == 1).then(|| t.as_bytes()[0].to_ascii_lowercase());
    let roman = roman_value(t);
    (letter.is_some() || roman.is_some()).then_some(Label::Alpha {
        upper,
        letter,
        roman,
    })
}

/// Roman numerals as list labels number, in order (lowercase).
#[rustfmt::skip]
const ROMAN_NUMERALS: [&str; 20] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
];

/// The value of a roman numeral (either case) up to [`ROMAN_NUMERALS`]' last.
fn roman_value(t: &str) -> Option<u32> {
    let at = ROMAN_NUMERALS
        .iter()
        .position(|r| r.eq_ignore_ascii_case(t))?;
    Some(at as u32 + 1)
}

/// True when `w` starts with a capital letter. (One function for the rules
/// that ask: each inlined copy of the UTF-8 decoding costs the `.wasm` about
/// a hundred bytes.)
#[inline(never)]
fn capital(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True when `w` starts with a lowercase letter and is not written like
/// `iPhone` or `eBay` (which start sentences as they are).
#[inline(never)]
fn lowercase(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_lowercase) && !chars.next().is_some_and(char::is_uppercase)
}

/// True when the normal form of `w` passes `test`, a lexicon lookup.
#[inline(never)]
fn normal_is(w: &str, test: fn(&str) -> bool) -> bool {
    test(&normalize(w))
}

/// True when token `i` starts its line.
fn at_line_start(text: &str, tokens: &[Token], i: usize) -> bool {
    i == 0 || line_breaks(&text[tokens[i - 1].span.end..tokens[i].span.start]) > 0
}

/// Line breaks in a gap between tokens; a paragraph separator counts two.
fn line_breaks(gap: &str) -> usize {
    let bytes = gap.as_bytes();
    let mut lines = 0;
    for (k, &b) in bytes.iter().enumerate() {
        lines += match (b, bytes.get(k + 1), bytes.get(k + 2)) {
            (b'\n', _, _) | (0xC2, Some(0x85), _) | (0xE2, Some(0x80), Some(0xA8)) => 1, // NEL, U+2028
            (0xE2, Some(0x80), Some(0xA9)) => 2,                                         // U+2029
            _ => 0,
        };
    }
    lines
}

fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// Bullets that open list items: `•`, `‣`, `⁃`, `◦`, `▪`, `●`.
fn is_bullet(t: &str) -> bool {
    matches!(single_char(t), Some('•' | '‣' | '⁃' | '◦' | '▪' | '●'))
}

/// True when a bullet of [`is_bullet`] starts at `pos` (each is three bytes from 0xE2).
fn is_bullet_at(bytes: &[u8], pos: usize) -> bool {
    matches!(
        bytes.get(pos..pos + 3),
        Some(
            [0xE2, 0x80, 0xA2 | 0xA3]
                | [0xE2, 0x81, 0x83]
                | [0xE2, 0x97, 0xA6 | 0x8F]
                | [0xE2, 0x96, 0xAA]
        )
    )
}

/// Closing quotation marks and brackets, which belong to the mark before them.
fn is_closing(t: &str) -> bool {
    is_closing_quote(t) || matches!(single_char(t), Some(')' | ']' | '}'))
}

fn is_closing_quote(t: &str) -> bool {
    matches!(
        single_char(t),
        Some('”' | '’' | '"' | '\'' | '»' | '›' | '」' | '』')
    )
}

fn is_opening_quote(t: &str) -> bool {
    matches!(
        single_char(t),
        Some('“' | '‘' | '"' | '\'' | '«' | '‹' | '„' | '‚' | '「' | '『')
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    /// One row: the rule it exercises, the text, the sentences expected.
    type Row = (&'static str, &'static str, &'static [&'static str]);

    /// Our own sentences, by family; each row names a rule that must decide at
    /// least one candidate of its text (so every rule is seen at work).
    #[rustfmt::skip]
    const ROWS: &[Row] = &[
        // The end of the text, blank lines.
        ("end-of-text", "Voting ends tonight.", &["Voting ends tonight."]),
        ("end-of-text", "No final mark", &["No final mark"]),
        ("blank-line", "The mayor resigned\n\nHer deputy took over.", &["The mayor resigned", "Her deputy took over."]),
        ("blank-line", "The council meets Monday,\n\nwhen the budget is due.", &["The council meets Monday,", "when the budget is due."]),
        ("blank-line", "First part.\u{2029}Second part.", &["First part.", "Second part."]),
        ("blank-line", "A line\r\n\r\nAnother line", &["A line", "Another line"]),
        // Full stops, question and exclamation marks.
        ("full-stop", "The bridge reopened. Traffic resumed.", &["The bridge reopened.", "Traffic resumed."]),
        ("full-stop", "Did the bill pass? Nobody knows yet.", &["Did the bill pass?", "Nobody knows yet."]),
        ("full-stop", "It passed! Lawmakers cheered.", &["It passed!", "Lawmakers cheered."]),
        ("full-stop", "Turnout rose by a third. 12 counties have reported.", &["Turnout rose by a third.", "12 counties have reported."]),
        ("full-stop", "Prices fell?! Analysts were stunned.", &["Prices fell?!", "Analysts were stunned."]),
        ("full-stop", "The vote was close!! A recount starts Friday.", &["The vote was close!!", "A recount starts Friday."]),
        ("full-stop", "The app launched. iPhone owners rushed to it.", &["The app launched.", "iPhone owners rushed to it."]),
        ("full-stop", "He ranked 2. The rest trailed.", &["He ranked 2.", "The rest trailed."]),
        ("full-stop", "Which one? 42. Nobody guessed it.", &["Which one?", "42.", "Nobody guessed it."]),
        ("glued", "The session ended.Lawmakers went home.", &["The session ended.", "Lawmakers went home."]),
        ("glued", "東京で会議。大阪でも開催。", &["東京で会議。", "大阪でも開催。"]),
        ("glued", "It was a U.S.-led plan.", &["It was a U.S.-led plan."]),
        // Money, decimals and numbers at a sentence end.
        ("full-stop", "It cost $12.50. Nobody paid.", &["It cost $12.50.", "Nobody paid."]),
        ("full-stop", "The rate rose to 3.75 percent. Borrowers balked.", &["The rate rose to 3.75 percent.", "Borrowers balked."]),
        ("full-stop", "Shares closed at €48.20. Trading resumes Monday.", &["Shares closed at €48.20.", "Trading resumes Monday."]),
        ("full-stop", "Revenue hit $4.2 billion. Profit doubled.", &["Revenue hit $4.2 billion.", "Profit doubled."]),
        ("full-stop", "The index fell 0.5. Its rival lost 1.25.", &["The index fell 0.5.", "Its rival lost 1.25."]),
        ("end-of-text", "A ticket costs $9.99 in Ohio and 3.5% more in Iowa.", &["A ticket costs $9.99 in Ohio and 3.5% more in Iowa."]),
        ("full-stop", "The count reached 1,204. A second count begins.", &["The count reached 1,204.", "A second count begins."]),
        // E-mail addresses and web addresses at a sentence end.
        ("full-stop", "Send tips to desk@lede.example.org. We read them all.", &["Send tips to desk@lede.example.org.", "We read them all."]),
        ("full-stop", "The report is at https://example.org/files/2024.pdf. It runs 40 pages.", &["The report is at https://example.org/files/2024.pdf.", "It runs 40 pages."]),
        ("full-stop", "Details are on www.example.com. Sign-up closes soon.", &["Details are on www.example.com.", "Sign-up closes soon."]),
        ("full-stop", "Read more at example.org. The site is free.", &["Read more at example.org.", "The site is free."]),
        ("end-of-text", "Write to press@city.example.gov for details.", &["Write to press@city.example.gov for details."]),
        ("full-stop", "Her page moved to https://example.net/about?id=7! Update your links.", &["Her page moved to https://example.net/about?id=7!", "Update your links."]),
        // Abbreviations mid-sentence and at a sentence end.
        ("abbreviation", "She moved to the U.K. Her firm followed.", &["She moved to the U.K.", "Her firm followed."]),
        ("abbreviation", "It was Gov. C.L. “Butch” Otter who came.", &["It was Gov. C.L. “Butch” Otter who came."]),
        ("abbreviation", "Sen. J.R. Ames arrived. He sat.", &["Sen. J.R. Ames arrived.", "He sat."]),
        ("abbreviation", "They sued Ames, Dunn & Co. The case is pending.", &["They sued Ames, Dunn & Co.", "The case is pending."]),
        ("abbreviation", "He serves in the U.S. Army in Texas.", &["He serves in the U.S. Army in Texas."]),
        ("abbreviation", "They flew to Fresno, Calif. Still, the talks stalled.", &["They flew to Fresno, Calif.", "Still, the talks stalled."]),
        ("abbreviation", "The hearing is set for Jan. 12 in Albany.", &["The hearing is set for Jan. 12 in Albany."]),
        ("abbreviation", "Shares of Apple Inc. (AAPL) rose.", &["Shares of Apple Inc. (AAPL) rose."]),
        ("abbreviation", "The suit named Acme Corp. “We are reviewing it,” a lawyer said.", &["The suit named Acme Corp.", "“We are reviewing it,” a lawyer said."]),
        ("abbreviation", "The rally was held in Washington, D.C. It drew thousands.", &["The rally was held in Washington, D.C.", "It drew thousands."]),
        ("abbreviation", "The case is No. 14 on the docket.", &["The case is No. 14 on the docket."]),
        ("abbreviation", "She met the U.N. Security Council.", &["She met the U.N. Security Council."]),
        ("abbreviation", "U.S. Will Respond To Cyber Attack, Officials Say", &["U.S. Will Respond To Cyber Attack, Officials Say"]),
        ("abbreviation", "Talks With The U.K. Will Resume In May", &["Talks With The U.K. Will Resume In May"]),
        ("abbreviation", "The vote came from the U.S. The White House stayed silent.", &["The vote came from the U.S.", "The White House stayed silent."]),
        ("abbreviation", "Its founder was Ames Jr. He sold it in 1990.", &["Its founder was Ames Jr.", "He sold it in 1990."]),
        ("abbreviation", "She lives on Main St. The shop is next door.", &["She lives on Main St.", "The shop is next door."]),
        ("lowercase-next", "Ames & Co. and its rivals merged.", &["Ames & Co. and its rivals merged."]),
        ("lowercase-next", "The U.S. in effect blocked the bid.", &["The U.S. in effect blocked the bid."]),
        ("lowercase-next", "Fruit, e.g. the cheap kind, sold out.", &["Fruit, e.g. the cheap kind, sold out."]),
        ("abbreviation", "See p. 55 and the notes.", &["See p. 55 and the notes."]),
        // a.m., p.m. and etc.
        ("trailing-abbreviation", "The polls close at 8 p.m. Voters in line may stay.", &["The polls close at 8 p.m.", "Voters in line may stay."]),
        ("trailing-abbreviation", "The polls close at 8 p.m. Eastern time.", &["The polls close at 8 p.m. Eastern time."]),
        ("trailing-abbreviation", "Doors open at 6 a.m. Tuesday for early voters.", &["Doors open at 6 a.m. Tuesday for early voters."]),
        ("trailing-abbreviation", "At 5 a.m. Officer Lee found the car.", &["At 5 a.m. Officer Lee found the car."]),
        ("trailing-abbreviation", "Shortly after 9 p.m. Rivera conceded.", &["Shortly after 9 p.m. Rivera conceded."]),
        ("trailing-abbreviation", "The briefing ran until 11 a.m. Reporters then left.", &["The briefing ran until 11 a.m.", "Reporters then left."]),
        ("trailing-abbreviation", "Bring pens, paper, etc. Teachers supply the rest.", &["Bring pens, paper, etc.", "Teachers supply the rest."]),
        ("trailing-abbreviation", "The last call came at 9:30 p.m. ET.", &["The last call came at 9:30 p.m. ET."]),
        ("trailing-abbreviation", "Polls Close At 8 p.m. Tonight In Ohio", &["Polls Close At 8 p.m. Tonight In Ohio"]),
        ("trailing-abbreviation", "It starts at 7 P.M. “Come early,” the host said.", &["It starts at 7 P.M.", "“Come early,” the host said."]),
        ("lowercase-next", "The shift ends at 7 p.m. and restarts at dawn.", &["The shift ends at 7 p.m. and restarts at dawn."]),
        // Titles and initials.
        ("name-part", "Sen. J. R. Ames (R-Ohio) arrived.", &["Sen. J. R. Ames (R-Ohio) arrived."]),
        ("name-part", "Gov. Lia Park spoke first.", &["Gov. Lia Park spoke first."]),
        ("name-part", "Dr. Ruiz and Mrs. Okafor left together.", &["Dr. Ruiz and Mrs. Okafor left together."]),
        ("name-part", "The last two left were Maria and I. Everyone else had gone home.", &["The last two left were Maria and I.", "Everyone else had gone home."]),
        ("name-part", "The memo came from Paul T. Ostrowski himself.", &["The memo came from Paul T. Ostrowski himself."]),
        ("name-part", "The money went to Plan B. It was never funded.", &["The money went to Plan B.", "It was never funded."]),
        ("name-part", "The author, E. B. Lindqvist, declined.", &["The author, E. B. Lindqvist, declined."]),
        ("name-part", "The parade passed St. Anne's Church.", &["The parade passed St. Anne's Church."]),
        ("name-part", "The film starred Michael J. Fox and Ann B. Davis.", &["The film starred Michael J. Fox and Ann B. Davis."]),
        ("wrapped-line", "The bill was filed by Rep.\nDana Ortiz on Monday.", &["The bill was filed by Rep.\nDana Ortiz on Monday."]),
        ("wrapped-line", "The memo is signed Paul T.\nOstrowski.", &["The memo is signed Paul T.\nOstrowski."]),
        // Ellipses in every form, inside and ending a sentence.
        ("lowercase-next", "We tried ... and failed.", &["We tried ... and failed."]),
        ("lowercase-next", "We tried … and failed.", &["We tried … and failed."]),
        ("lowercase-next", "We tried . . . and failed.", &["We tried . . . and failed."]),
        ("lowercase-next", "The memo said the plan was [...] never approved.", &["The memo said the plan was [...] never approved."]),
        ("lowercase-next", "The memo said the plan was […] never approved.", &["The memo said the plan was […] never approved."]),
        ("lowercase-next", "Costs rose (...) but sales held.", &["Costs rose (...) but sales held."]),
        ("ellipsis", "The money ran out ... The project died.", &["The money ran out ...", "The project died."]),
        ("ellipsis", "The money ran out… The project died.", &["The money ran out…", "The project died."]),
        ("ellipsis", "The money ran out . . . The project died.", &["The money ran out . . .", "The project died."]),
        ("ellipsis", "The memo said the plan was […] Nobody signed it.", &["The memo said the plan was […]", "Nobody signed it."]),
        ("ellipsis", "The money ran out ... “We are done,” she said.", &["The money ran out ...", "“We are done,” she said."]),
        ("ellipsis", "I wanted to ... I just couldn't.", &["I wanted to ... I just couldn't."]),
        ("ellipsis", "It was hard . . . I’m still tired.", &["It was hard . . . I’m still tired."]),
        ("ellipsis", "The witness paused … 20 seconds passed.", &["The witness paused … 20 seconds passed."]),
        ("full-stop", "The money ran out…. The project died.", &["The money ran out….", "The project died."]),
        ("full-stop", "The money ran out.... The project died.", &["The money ran out....", "The project died."]),
        ("full-stop", "The money ran out. . . . The project died.", &["The money ran out. . . .", "The project died."]),
        ("full-stop", "The money ran out . . . . The project died.", &["The money ran out . . . .", "The project died."]),
        ("full-stop", "She wrote that it “could not go on. . . .” Then she resigned.", &["She wrote that it “could not go on. . . .”", "Then she resigned."]),
        ("end-of-text", "The draft simply ended . . .", &["The draft simply ended . . ."]),
        ("glued", "He paused...then spoke.", &["He paused...then spoke."]),
        ("opening-ellipsis", "“[…] We will rebuild,” the mayor said.", &["“[…] We will rebuild,” the mayor said."]),
        ("opening-ellipsis", "“… Proportional, measured and firm,” he said.", &["“… Proportional, measured and firm,” he said."]),
        ("glued", "“…Proportional, measured and firm,” he said.", &["“…Proportional, measured and firm,” he said."]),
        ("opening-ellipsis", "The ruling stood. ... Appeals followed.", &["The ruling stood.", "... Appeals followed."]),
        ("opening-ellipsis", "The text read “. . . Shall not be delayed” in full.", &["The text read “. . . Shall not be delayed” in full."]),
        // Quotations and parentheses that end or do not end a sentence.
        ("full-stop", "It must be “proportional.” The talks went on.", &["It must be “proportional.”", "The talks went on."]),
        ("full-stop", "Any reply must be “…proportional.” Aides agreed.", &["Any reply must be “…proportional.”", "Aides agreed."]),
        ("full-stop", "She asked, \"Why?\" Then she left.", &["She asked, \"Why?\"", "Then she left."]),
        ("full-stop", "“Is this over?” Nobody answered.", &["“Is this over?”", "Nobody answered."]),
        ("full-stop", "“Is this over?” He left the room.", &["“Is this over?”", "He left the room."]),
        ("full-stop", "“It is done.” Lin said nothing more.", &["“It is done.”", "Lin said nothing more."]),
        ("full-stop", "Her note read: ‘Back soon.’ It was dated May 2.", &["Her note read: ‘Back soon.’", "It was dated May 2."]),
        ("full-stop", "He waited. (She left early.) Then he went home.", &["He waited.", "(She left early.)", "Then he went home."]),
        ("full-stop", "Read the report (it is short). Then decide.", &["Read the report (it is short).", "Then decide."]),
        ("full-stop", "Everyone heard it. (She had said so twice.)", &["Everyone heard it.", "(She had said so twice.)"]),
        ("full-stop", "He wrote “Thanks.” (She never replied.) Then he called.", &["He wrote “Thanks.”", "(She never replied.)", "Then he called."]),
        ("lowercase-next", "“Why now?” she asked.", &["“Why now?” she asked."]),
        ("lowercase-next", "She said “no.” and walked away.", &["She said “no.” and walked away."]),
        ("lowercase-next", "He took the train (she left early.) and got home late.", &["He took the train (she left early.) and got home late."]),
        ("lowercase-next", "The panel rejected it (“too costly.”) and moved on.", &["The panel rejected it (“too costly.”) and moved on."]),
        ("lowercase-next", "He joined Jeopardy! in 1994.", &["He joined Jeopardy! in 1994."]),
        ("attribution", "“Is this over?” Mayor Lin asked.", &["“Is this over?” Mayor Lin asked."]),
        ("attribution", "“We won!” Coach Diaz shouted.", &["“We won!” Coach Diaz shouted."]),
        ("attribution", "\"Can it wait?\" Park said.", &["\"Can it wait?\" Park said."]),
        ("attribution", "“Where does it end …” Ortiz wrote.", &["“Where does it end …” Ortiz wrote."]),
        ("attribution", "“Why me?” Lee asked. Nobody knew.", &["“Why me?” Lee asked.", "Nobody knew."]),
        ("citation", "He called it “a landmark.” (Reuters 2014). The appeal failed.", &["He called it “a landmark.” (Reuters 2014).", "The appeal failed."]),
        ("citation", "The study was “inconclusive.” (Lee 2019). More work is planned.", &["The study was “inconclusive.” (Lee 2019).", "More work is planned."]),
        ("citation", "“We will not bend.” (AP). Talks resume today.", &["“We will not bend.” (AP).", "Talks resume today."]),
        ("citation", "“The rest [...]” (Ortiz 12). Next came the vote.", &["“The rest [...]” (Ortiz 12).", "Next came the vote."]),
        // List items.
        ("next-list-item", "1. Register online\n2. Bring ID\n3. Vote", &["1. Register online", "2. Bring ID", "3. Vote"]),
        ("next-list-item", "1) Register online 2) Bring ID 3) Vote", &["1) Register online", "2) Bring ID", "3) Vote"]),
        ("list-label", "1.) Register online. 2.) Bring ID.", &["1.) Register online.", "2.) Bring ID."]),
        ("next-list-item", "a. Register online b. Bring ID c. Vote", &["a. Register online", "b. Bring ID", "c. Vote"]),
        ("next-list-item", "i. Register ii. Bring ID iii. Vote", &["i. Register", "ii. Bring ID", "iii. Vote"]),
        ("list-label", "iv. Review the results", &["iv. Review the results"]),
        ("next-list-item", "• Register online • Bring ID • Vote", &["• Register online", "• Bring ID", "• Vote"]),
        ("next-list-item", "Bring these:\n- a photo ID,\n- proof of address", &["Bring these:", "- a photo ID,", "- proof of address"]),
        ("next-list-item", "(a) Register online\n(b) Bring ID", &["(a) Register online", "(b) Bring ID"]),
        ("next-list-item", "A. Background\nB. Findings", &["A. Background", "B. Findings"]),
        ("list-label", "10. The final item", &["10. The final item"]),
        ("next-list-item", "• 9. Register online • 10. Bring ID", &["• 9. Register online", "• 10. Bring ID"]),
        ("next-list-item", "Steps to take:\n• Register online", &["Steps to take:", "• Register online"]),
        ("next-list-item", "• Register online\n• Bring ID\n", &["• Register online", "• Bring ID"]),
        ("line-break", "1. Read the rules\nSign the form", &["1. Read the rules", "Sign the form"]),
        ("wrapped-line", "1. Register online, which takes\nfive minutes", &["1. Register online, which takes\nfive minutes"]),
        ("list-label", "1.\nRegister online", &["1.\nRegister online"]),
        ("next-list-item", "IV) Costs V) Benefits", &["IV) Costs", "V) Benefits"]),
        // Headlines, bylines and datelines: a line break ends them.
        ("standalone-line", "Storm Forces Evacuation Of Coastal Towns\nResidents fled overnight.", &["Storm Forces Evacuation Of Coastal Towns", "Residents fled overnight."]),
        ("standalone-line", "By Dana Ortiz\nupdated 5 minutes ago", &["By Dana Ortiz", "updated 5 minutes ago"]),
        ("standalone-line", "December 18, 2014\nthe council voted.", &["December 18, 2014", "the council voted."]),
        ("standalone-line", "Updated 5:04 PM\nthe council voted.", &["Updated 5:04 PM", "the council voted."]),
        ("standalone-line", "Council Backs New Budget\nupdated at noon", &["Council Backs New Budget", "updated at noon"]),
        ("wrapped-line", "Council backs new budget for the\nCity Library", &["Council backs new budget for the\nCity Library"]),
        ("line-break", "Trump Weighs In\nThe debate went on.", &["Trump Weighs In", "The debate went on."]),
        ("within-line", "Turnout\u{a0}rose in «every» county.", &["Turnout\u{a0}rose in «every» county."]),
        ("within-line", "Votes\tcounted: 1,204 @ElectionDesk #results", &["Votes\tcounted: 1,204 @ElectionDesk #results"]),
        ("wrapped-line", "By Ann Lee and\nJo Park\nThe council met.", &["By Ann Lee and\nJo Park", "The council met."]),
        ("standalone-line", "By Dana Ortiz\nThe council met Monday.", &["By Dana Ortiz", "The council met Monday."]),
        ("line-break", "White House says any reply must be ‘proportional’\nDecember 18, 2014\nThe White House said little.", &["White House says any reply must be ‘proportional’", "December 18, 2014", "The White House said little."]),
        ("end-of-text", "WASHINGTON (AP) — The Senate voted Tuesday.", &["WASHINGTON (AP) — The Senate voted Tuesday."]),
        ("abbreviation", "RENO, Nev. (AP) — The count went on.", &["RENO, Nev. (AP) — The count went on."]),
        // A single line break inside running text.
        ("wrapped-line", "The attack came from a\nsophisticated actor.", &["The attack came from a\nsophisticated actor."]),
        ("wrapped-line", "Aid will reach the people of\nNorthern Syria soon.", &["Aid will reach the people of\nNorthern Syria soon."]),
        ("wrapped-line", "The deal, signed in Paris,\nBerlin and Rome, held.", &["The deal, signed in Paris,\nBerlin and Rome, held."]),
        ("wrapped-line", "Members backed the plan —\nSome reluctantly.", &["Members backed the plan —\nSome reluctantly."]),
        ("wrapped-line", "We waited ...\nand waited.", &["We waited ...\nand waited."]),
        ("wrapped-line", "The figures were revised in the\nU.S. and Canada.", &["The figures were revised in the\nU.S. and Canada."]),
        ("wrapped-line", "Sales fell in the U.S.\nand in Canada.", &["Sales fell in the U.S.\nand in Canada."]),
        ("line-break", "Talks resumed\nThe deadline passed.", &["Talks resumed", "The deadline passed."]),
        ("line-break", "She thanked her staff.\nthen she left", &["She thanked her staff.", "then she left"]),
        ("line-break", "It ended in the U.S.\nThe rest followed.", &["It ended in the U.S.", "The rest followed."]),
        ("line-break", "Nothing changed;\nThe board met again.", &["Nothing changed;", "The board met again."]),
        ("line-break", "Stop lying\nShow humility", &["Stop lying", "Show humility"]),
        ("line-break", "We waited ...\nThen it rained.", &["We waited ...", "Then it rained."]),
    ];

    /// The sentence texts of `text` and the names of the rules that decided.
    fn run(text: &str) -> (Vec<&str>, Vec<&'static str>) {
        let tokens = tokenize(text);
        let mut rules = Vec::new();
        let spans = split(text, &tokens, |_, rule| rules.push(rule));
        assert_eq!(spans, sentences(text, &tokens), "{text:?}");
        (spans.iter().map(|s| s.slice(text)).collect(), rules)
    }

    #[test]
    fn table() {
        let mut failures = Vec::new();
        for &(rule, text, expected) in ROWS {
            let (got, rules) = run(text);
            if got != expected || !rules.contains(&rule) || rules.contains(&"none") {
                failures.push(format!(
                    "{text:?}\n  expected {expected:?} by {rule}\n  got      {got:?} by {rules:?}"
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} rows:\n{}",
            failures.len(),
            ROWS.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn table_has_every_rule_and_enough_rows() {
        assert!(ROWS.len() >= 100, "{}", ROWS.len());
        for (rule, _) in RULES {
            assert!(ROWS.iter().any(|r| r.0 == *rule), "no row for {rule}");
        }
    }

    #[test]
    fn rule_names_are_unique() {
        for (i, (a, _)) in RULES.iter().enumerate() {
            assert!(RULES[i + 1..].iter().all(|(b, _)| b != a), "{a}");
        }
    }

    #[test]
    fn roman_numerals() {
        for (t, v) in [
            ("i", 1),
            ("iv", 4),
            ("ix", 9),
            ("xiv", 14),
            ("XX", 20),
            ("VI", 6),
        ] {
            assert_eq!(roman_value(t), Some(v), "{t}");
        }
        for t in ["iiii", "vx", "ic", "iix", "mix", "xxi", ""] {
            assert_eq!(roman_value(t), None, "{t}");
        }
    }

    #[test]
    fn labels_follow_one_another() {
        let label = |t: &str| {
            let tokens = tokenize(t);
            ListItem::at(t, &tokens, 0).unwrap()
        };
        assert!(label("1. x").precedes(&label("2. x")));
        assert!(!label("1. x").precedes(&label("2) x")));
        assert!(label("h) x").precedes(&label("i) x")));
        assert!(label("i) x").precedes(&label("ii) x")));
        assert!(label("• x").precedes(&label("• x")));
        assert!(!label("a. x").precedes(&label("c. x")));
    }

    /// Lines and paragraphs as the characters give them: split at `\n`, each
    /// trimmed, blank lines between paragraphs.
    fn layout_by_characters(text: &str) -> (Vec<&str>, Vec<Vec<&str>>) {
        let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
        let mut paragraphs = vec![Vec::new()];
        for l in &lines {
            match (l.is_empty(), paragraphs.last_mut()) {
                (true, Some(p)) if !p.is_empty() => paragraphs.push(Vec::new()),
                (false, Some(p)) => p.push(*l),
                _ => {}
            }
        }
        paragraphs.retain(|p| !p.is_empty());
        (
            lines.into_iter().filter(|l| !l.is_empty()).collect(),
            paragraphs,
        )
    }

    #[test]
    fn lines_and_paragraphs_from_the_gaps_are_those_of_the_characters() {
        for text in [
            "",
            " \n\t ",
            "One line\nstill one.\n\n  Two. \n",
            "Sony paid $44\u{a0}million.\r\n\r\nThen\u{2028}more\u{85}text\n \t\nEnd",
            "“Quote,”\n\n\n\n— Dash\n\u{3000}Ideographic\u{200b}space\n\u{1f}control",
            "\n\nLead\n\nA\nB\nC\n\n",
        ] {
            let tokens = tokenize(text);
            let Layout { lines, paragraphs } = layout(text, &tokens);
            let line_texts: Vec<&str> = lines
                .iter()
                .map(|r| &text[tokens[r.start].span.start..tokens[r.end - 1].span.end])
                .collect();
            let paragraph_lines: Vec<Vec<&str>> = paragraphs
                .iter()
                .map(|p| p.slice(text).split('\n').map(str::trim).collect())
                .collect();
            let (want_lines, want_paragraphs) = layout_by_characters(text);
            assert_eq!(line_texts, want_lines, "{text:?}");
            assert_eq!(paragraph_lines, want_paragraphs, "{text:?}");
        }
    }

    #[test]
    fn every_token_is_in_one_sentence_whatever_the_marks() {
        let pieces = [
            ". ", "...", "…", "[", "]", "(", ")", "“", "”", "\"", "'", "1.", "a.", "iv.", "•", "-",
            "\n", "\n\n", "U.S.", "Mr.", "J.", "p.m.", "Co.", "The", "the", "I", "?", "!", " ",
            "\u{a0}", "said", "Ames",
        ];
        // Every pair and triple of pieces: no panic, and the spans cover every token once.
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c} {a}{c}{b}");
                    let tokens = tokenize(&text);
                    let spans = sentences(&text, &tokens);
                    let covered: usize = spans
                        .iter()
                        .map(|s| tokens.iter().filter(|t| s.contains(t.span)).count())
                        .sum();
                    assert_eq!(covered, tokens.len(), "{text:?}");
                    assert!(spans.windows(2).all(|w| w[0].end <= w[1].start), "{text:?}");
                }
            }
        }
    }
}
