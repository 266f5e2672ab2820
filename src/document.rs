//! The document model: the one reading of a text that every stage consumes.
//!
//! The tokenizer reads the text once into tokens; lines and paragraphs come
//! from the gaps between them, sentences from the tokens; the word-like tokens'
//! normal forms are interned once; boilerplate is found on the lines and their
//! forms; and [`counted_words`](crate::tokenize::counted_words) decides once
//! which tokens count as words in every figure. Terms, statistics and the
//! quotation finder read these, never the characters again.

use crate::boilerplate::{self, Boilerplate};
use crate::forms::Forms;
use crate::span::Span;
use crate::tokenize::{self, Token};

/// One article, read.
pub(crate) struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Span>,
    pub paragraphs: Vec<Span>,
    /// Normal forms of the word-like tokens.
    pub forms: Forms<'t>,
    /// Site furniture found on the paragraphs.
    pub boilerplate: Vec<Boilerplate>,
    /// The spans left out of the figures (the boilerplate, unless kept).
    pub excluded: Vec<Span>,
    /// Per token: does it count as a word in the figures?
    pub counted: Vec<bool>,
}

impl<'t> Document<'t> {
    /// Reads `text`; boilerplate stays in the figures when `keep_boilerplate`.
    pub fn read(text: &'t str, keep_boilerplate: bool) -> Document<'t> {
        let tokens = tokenize::tokenize(text);
        let tokenize::Layout { lines, paragraphs } = tokenize::layout(text, &tokens);
        let sentences = tokenize::sentences(text, &tokens);
        let forms = Forms::new(text, &tokens);
        let boilerplate = boilerplate::find_in(text, &tokens, &forms, &lines, &paragraphs);
        let excluded: Vec<Span> = if keep_boilerplate {
            Vec::new()
        } else {
            boilerplate.iter().map(|b| b.span).collect()
        };
        let counted = tokenize::counted_words(&tokens, &excluded);
        Document {
            text,
            tokens,
            sentences,
            paragraphs,
            forms,
            boilerplate,
            excluded,
            counted,
        }
    }
}
