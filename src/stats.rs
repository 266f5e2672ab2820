//! Document statistics: counts, reading time and readability.

use serde::Serialize;

use crate::quotes::Quote;
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

/// Counts and readability figures for one article (boilerplate left out unless kept).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Characters (Unicode scalar values) in the whole text.
    pub characters: usize,
    /// Word and number tokens.
    pub words: usize,
    /// Distinct normalised words.
    pub unique_words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Paragraphs.
    pub paragraphs: usize,
    /// Mean words per sentence.
    pub avg_sentence_words: f64,
    /// Distinct words divided by words (0 for an empty text).
    pub type_token_ratio: f64,
    /// Reading time in minutes at 238 words a minute.
    pub reading_minutes: f64,
    /// Flesch reading ease (higher is easier; 60-70 is plain English).
    pub flesch_reading_ease: f64,
    /// Quotations that are speech (direct, partial or nested).
    pub quotes: usize,
    /// Words inside speech quotations (nested ones counted once).
    pub quoted_words: usize,
    /// Share of the words that are inside speech quotations (0 to 1).
    pub quoted_share: f64,
    /// Boilerplate characters set aside.
    pub boilerplate_characters: usize,
}

impl Stats {
    /// Computes the statistics.
    pub fn compute(
        text: &str,
        tokens: &[Token],
        sentences: &[Span],
        paragraphs: &[Span],
        excluded: &[Span],
        quotes: &[Quote],
    ) -> Stats {
        let inside = |span: Span| excluded.iter().any(|e| e.contains(span));
        let mut unique = std::collections::HashSet::new();
        let mut words = 0usize;
        let mut syllables = 0usize;
        for t in tokens
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        {
            if inside(t.span) {
                continue;
            }
            words += 1;
            let w = crate::tokenize::normalize(t.text(text));
            syllables += count_syllables(&w);
            unique.insert(w);
        }
        let sentence_count = sentences.iter().filter(|s| !inside(**s)).count();
        let paragraph_count = paragraphs.iter().filter(|p| !inside(**p)).count();
        let avg = if sentence_count == 0 {
            0.0
        } else {
            words as f64 / sentence_count as f64
        };
        let flesch = if words == 0 || sentence_count == 0 {
            0.0
        } else {
            206.835 - 1.015 * avg - 84.6 * (syllables as f64 / words as f64)
        };
        let speech: Vec<&Quote> = quotes.iter().filter(|q| q.kind.is_speech()).collect();
        let quoted_words: usize = speech
            .iter()
            .filter(|q| q.kind != crate::QuoteKind::Nested)
            .map(|q| q.words)
            .sum();
        Stats {
            characters: text.chars().count(),
            words,
            unique_words: unique.len(),
            sentences: sentence_count,
            paragraphs: paragraph_count,
            avg_sentence_words: round2(avg),
            type_token_ratio: if words == 0 {
                0.0
            } else {
                round2(unique.len() as f64 / words as f64)
            },
            reading_minutes: round2(words as f64 / 238.0),
            flesch_reading_ease: round2(flesch),
            quotes: speech.len(),
            quoted_words,
            quoted_share: if words == 0 {
                0.0
            } else {
                round2((quoted_words as f64 / words as f64).min(1.0))
            },
            boilerplate_characters: excluded
                .iter()
                .map(|s| text[s.start..s.end].chars().count())
                .sum(),
        }
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Estimates the syllables of a lowercase English word by counting vowel groups.
fn count_syllables(word: &str) -> usize {
    let mut count = 0;
    let mut prev_vowel = false;
    for c in word.chars() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if vowel && !prev_vowel {
            count += 1;
        }
        prev_vowel = vowel;
    }
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::count_syllables;

    #[test]
    fn syllables() {
        assert_eq!(count_syllables("cat"), 1);
        assert_eq!(count_syllables("proportional"), 4);
        assert_eq!(count_syllables("table"), 2);
        assert_eq!(count_syllables("make"), 1);
    }
}
