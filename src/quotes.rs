//! Quotations and who said them.
//!
//! Detection pairs quotation marks; attribution looks for a speech cue
//! ("says", "said", "according to") and the speaker it names.

use serde::Serialize;

use crate::span::{MapSpans, Span, Utf16Map};
use crate::tokenize::{Token, TokenKind};

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum QuoteKind {
    /// Quoted speech: a sentence or more in someone's words.
    Direct,
    /// A quoted fragment inside the writer's own sentence.
    Partial,
    /// A quotation inside another quotation.
    Nested,
    /// The title of a work ("The Interview"): not speech.
    Title,
    /// Scare quotes or a nickname: not speech.
    Scare,
}

impl QuoteKind {
    /// True for the kinds that are someone's words: direct, partial and nested.
    pub fn is_speech(self) -> bool {
        matches!(
            self,
            QuoteKind::Direct | QuoteKind::Partial | QuoteKind::Nested
        )
    }
}

/// The words that attribute a quotation: "Earnest says", "according to".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cue {
    /// The cue's words in the text.
    pub span: Span,
    /// The speech verb's lemma ("say", "add", "according to").
    pub lemma: String,
}

impl MapSpans for Cue {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
    }
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// The quoted words as they stand in the text.
    pub text: String,
    /// What kind of quotation it is.
    pub kind: QuoteKind,
    /// The speaker's name, or `None` when no one is named (always `None` for titles).
    pub speaker: Option<String>,
    /// Index of the speaker in the analysis' `speakers`.
    pub speaker_id: Option<usize>,
    /// The speech cue that attributes it.
    pub cue: Option<Cue>,
    /// The mention of the speaker that the cue was linked to ("Earnest", "he").
    pub mention: Option<Span>,
    /// The rule that linked the speaker, e.g. `cue-after` or `continuation`.
    pub rule: Option<&'static str>,
    /// Words in the quotation.
    pub words: usize,
    /// For a nested quote, the index of the quotation it sits in.
    pub parent: Option<usize>,
    /// For a pull quote, the index of the body quotation it repeats.
    pub repeats: Option<usize>,
}

impl MapSpans for Quote {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
        self.cue.map_spans(map);
        self.mention.map_spans(map);
    }
}

/// Someone quoted in the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    /// The fullest name the article gives ("Josh Earnest").
    pub name: String,
    /// Indices of this speaker's quotations in the analysis' `quotes`.
    pub quotes: Vec<usize>,
    /// Words in this speaker's quotations (nested ones counted once).
    pub quoted_words: usize,
    /// This speaker's quoted words as a share of the article's words (0 to 1).
    pub share: f64,
    /// Where the article names or refers to this speaker.
    pub mentions: Vec<Span>,
}

impl MapSpans for Speaker {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.mentions.map_spans(map);
    }
}

/// Something in the text worth a look: an unclosed mark, a stray mark.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// Where.
    pub span: Span,
    /// A stable code: `unclosed-quote`, `stray-mark`.
    pub code: &'static str,
    /// A sentence for people.
    pub message: String,
}

impl MapSpans for Note {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
    }
}

/// Quotations, speakers and notes found in one article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Quotes {
    /// Every quotation, in text order.
    pub quotes: Vec<Quote>,
    /// Everyone quoted.
    pub speakers: Vec<Speaker>,
    /// Problems found with quotation marks.
    pub notes: Vec<Note>,
}

const SPEECH_VERBS: &[(&str, &str)] = &[
    ("says", "say"),
    ("said", "say"),
    ("say", "say"),
    ("adds", "add"),
    ("added", "add"),
    ("told", "tell"),
    ("tells", "tell"),
    ("wrote", "write"),
    ("writes", "write"),
    ("stressed", "stress"),
    ("warned", "warn"),
    ("asked", "ask"),
    ("argued", "argue"),
    ("claimed", "claim"),
    ("insisted", "insist"),
    ("noted", "note"),
    ("explained", "explain"),
];

fn speech_lemma(word: &str) -> Option<&'static str> {
    SPEECH_VERBS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, l)| *l)
}

/// Finds the quotations of `text` and attributes them.
///
/// # Examples
/// ```
/// let text = "“It was special,” says Lewis.";
/// let tokens = lede::tokenize::tokenize(text);
/// let found = lede::quotes::find(text, &tokens, &lede::tokenize::paragraphs(text));
/// assert_eq!(found.quotes[0].span.slice(text), "It was special,");
/// assert_eq!(found.quotes[0].speaker.as_deref(), Some("Lewis"));
/// ```
pub fn find(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Quotes {
    let mut out = Quotes::default();
    for p in paragraphs {
        let mut open: Option<usize> = None;
        let body = p.slice(text);
        for (i, c) in body.char_indices() {
            let at = p.start + i;
            match (c, open) {
                ('“', None) | ('"', None) => open = Some(at + c.len_utf8()),
                ('”', Some(s)) | ('"', Some(s)) => {
                    let span = Span::new(s, at);
                    out.quotes.push(quote(text, span));
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(s) = open {
            out.notes.push(Note {
                span: Span::new(s, p.end),
                code: "unclosed-quote",
                message: "a quotation mark opens here and is not closed in its paragraph".into(),
            });
        }
    }
    for q in &mut out.quotes {
        attribute(text, tokens, q);
    }
    let total_words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    for (i, q) in out.quotes.iter_mut().enumerate() {
        let Some(name) = q.speaker.clone() else {
            continue;
        };
        let id = match out.speakers.iter().position(|s| s.name == name) {
            Some(id) => id,
            None => {
                out.speakers.push(Speaker {
                    name,
                    quotes: vec![],
                    quoted_words: 0,
                    share: 0.0,
                    mentions: vec![],
                });
                out.speakers.len() - 1
            }
        };
        q.speaker_id = Some(id);
        let s = &mut out.speakers[id];
        s.quotes.push(i);
        s.quoted_words += q.words;
        s.mentions.extend(q.mention);
        s.share = if total_words == 0 {
            0.0
        } else {
            s.quoted_words as f64 / total_words as f64
        };
    }
    out
}

fn quote(text: &str, span: Span) -> Quote {
    let inner = span.slice(text);
    let words = inner.split_whitespace().count();
    let kind = if words >= 4 {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    };
    Quote {
        span,
        text: inner.to_string(),
        kind,
        speaker: None,
        speaker_id: None,
        cue: None,
        mention: None,
        rule: None,
        words,
        parent: None,
        repeats: None,
    }
}

fn attribute(text: &str, tokens: &[Token], q: &mut Quote) {
    // Rule cue-after: `“…,” Name says` or `“…,” says Name`, within a few words of the closing mark.
    let after = tokens.partition_point(|t| t.span.start < q.span.end);
    let window: Vec<&Token> = tokens[after..]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .take(3)
        .collect();
    for (j, t) in window.iter().enumerate() {
        let Some(lemma) = speech_lemma(t.text(text)) else {
            continue;
        };
        let name = if j > 0 {
            Some(window[j - 1])
        } else {
            window.get(1).copied()
        };
        if let Some(n) =
            name.filter(|n| n.text(text).chars().next().is_some_and(char::is_uppercase))
        {
            q.speaker = Some(n.text(text).to_string());
            q.mention = Some(n.span);
            q.cue = Some(Cue {
                span: t.span,
                lemma: lemma.to_string(),
            });
            q.rule = Some("cue-after");
            return;
        }
    }
}
