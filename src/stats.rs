//! Document statistics: counts, reading time and readability.

use serde::Serialize;

use crate::forms::Forms;
use crate::quotes::Quote;
use crate::sort::Lean;
use crate::span::Span;
use crate::terms::Exclusions;
use crate::tokenize::{Token, TokenKind};

/// Counts and readability figures for one article (boilerplate left out unless kept).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Characters (Unicode scalar values) in the whole text.
    pub characters: usize,
    /// Word-like tokens: words, numbers, URLs, e-mail addresses, handles, hashtags.
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
    /// Computes the statistics; tokens, sentences and paragraphs inside an
    /// `excluded` span (boilerplate) are left out, characters are the whole text's.
    ///
    /// Words are the word-like tokens ([`TokenKind::is_word_like`]); `$44 million`
    /// is one word. Reading time assumes 238 words a minute (Brysbaert, 2019);
    /// Flesch reading ease is `206.835 - 1.015 × words/sentences - 84.6 ×
    /// syllables/words`, with syllables estimated from vowel groups.
    ///
    /// # Examples
    /// ```
    /// use lede::tokenize::{paragraphs, sentences, tokenize};
    /// let text = "The cat sat. The cat ran away.";
    /// let tokens = tokenize(text);
    /// let s = lede::Stats::compute(text, &tokens, &sentences(text, &tokens), &paragraphs(text), &[], &[]);
    /// assert_eq!((s.words, s.unique_words, s.sentences, s.paragraphs), (7, 5, 2, 1));
    /// assert_eq!(s.avg_sentence_words, 3.5);
    /// ```
    pub fn compute(
        text: &str,
        tokens: &[Token],
        sentences: &[Span],
        paragraphs: &[Span],
        excluded: &[Span],
        quotes: &[Quote],
    ) -> Stats {
        let forms = Forms::new(text, tokens);
        let counted = crate::tokenize::counted_words(tokens, excluded);
        let mut stats = Stats::compute_with_forms(
            text, tokens, &forms, &counted, sentences, paragraphs, excluded,
        );
        stats.count_quotes(quotes);
        stats
    }

    /// [`Stats::compute`] with the text's forms already interned, before the
    /// quotations are known (see [`Stats::count_quotes`]), so that the forms can be
    /// dropped before the quotations are looked for.
    #[inline(never)]
    pub(crate) fn compute_with_forms(
        text: &str,
        tokens: &[Token],
        forms: &Forms<'_>,
        counted: &[bool],
        sentences: &[Span],
        paragraphs: &[Span],
        excluded: &[Span],
    ) -> Stats {
        // Per form: its syllables once worked out (`UNSEEN` before).
        const UNSEEN: u32 = u32::MAX;
        let mut syllables_of = vec![UNSEEN; forms.len()];
        let mut unique = 0usize;
        let mut words = 0usize;
        let mut syllables = 0usize;
        for ((t, form), &counted) in tokens.iter().zip(&forms.of_token).zip(counted) {
            let Some(form) = form.filter(|_| counted) else {
                continue;
            };
            words += 1;
            let known = &mut syllables_of[form.index()];
            if *known == UNSEEN {
                let norm = forms.text(form);
                *known = if t.kind == TokenKind::Number {
                    number_syllables(norm)
                } else {
                    count_syllables(norm) as u32
                };
                unique += 1;
            }
            syllables += *known as usize;
        }
        let mut exclusions = Exclusions::new(excluded);
        let sentence_count = sentences
            .iter()
            .filter(|s| !exclusions.contains(**s))
            .count();
        let mut exclusions = Exclusions::new(excluded);
        let paragraph_count = paragraphs
            .iter()
            .filter(|p| !exclusions.contains(**p))
            .count();
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
        let mut covered = excluded.to_vec();
        covered.lean_sort();
        let mut boilerplate_characters = 0;
        let mut reach = 0;
        for s in covered {
            let start = s.start.max(reach);
            if start < s.end {
                boilerplate_characters += text[start..s.end].chars().count();
                reach = s.end;
            }
        }
        Stats {
            characters: text.chars().count(),
            words,
            unique_words: unique,
            sentences: sentence_count,
            paragraphs: paragraph_count,
            avg_sentence_words: round2(avg),
            type_token_ratio: if words == 0 {
                0.0
            } else {
                round2(unique as f64 / words as f64)
            },
            reading_minutes: round2(words as f64 / 238.0),
            flesch_reading_ease: round2(flesch),
            quotes: 0,
            quoted_words: 0,
            quoted_share: 0.0,
            boilerplate_characters,
        }
    }

    /// Sets the quotation figures (`quotes`, `quoted_words`, `quoted_share`) from
    /// the article's quotations.
    pub(crate) fn count_quotes(&mut self, quotes: &[Quote]) {
        self.quotes = quotes.iter().filter(|q| q.kind.is_speech()).count();
        self.quoted_words = quotes
            .iter()
            .zip(crate::quotes::counted_speech(quotes))
            .filter(|(_, counted)| *counted)
            .map(|(q, _)| q.words)
            .sum();
        self.quoted_share = if self.words == 0 {
            0.0
        } else {
            // Quoted words are counted words (`tokenize::counted_words`): never more.
            round2(self.quoted_words as f64 / self.words as f64)
        };
    }
}

/// Syllables of a number read aloud, roughly: one per digit group, two for a scale word.
fn number_syllables(norm: &str) -> u32 {
    let digits = norm.bytes().filter(u8::is_ascii_digit).count() as u32;
    let scale = u32::from(norm.contains(' ')) * 2;
    digits.clamp(1, 4) + scale
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Estimates the syllables of a lowercase English word by counting vowel groups.
fn count_syllables(word: &str) -> usize {
    let mut count = 0;
    let mut prev_vowel = false;
    if word.is_ascii() {
        // Each distinct form of the text comes through here once, most of them
        // ASCII: a vowel is a bit of a mask of `a..=z`, and nothing branches on it.
        const VOWELS: u32 = 1 | 1 << 4 | 1 << 8 | 1 << 14 | 1 << 20 | 1 << 24; // a e i o u y
        for &b in word.as_bytes() {
            let letter = b.wrapping_sub(b'a');
            let vowel = letter < 26 && VOWELS >> (letter & 31) & 1 == 1;
            count += usize::from(vowel & !prev_vowel);
            prev_vowel = vowel;
        }
    } else {
        for c in word.chars() {
            let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'à'..='æ' | 'è'..='ï' | 'ò'..='ö' | 'ù'..='ü');
            count += usize::from(vowel & !prev_vowel);
            prev_vowel = vowel;
        }
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

    #[test]
    fn ascii_words_count_as_by_their_characters() {
        let by_chars = |word: &str| {
            let mut count = 0;
            let mut prev = false;
            for c in word.chars() {
                let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
                count += usize::from(vowel && !prev);
                prev = vowel;
            }
            if word.ends_with('e') && !word.ends_with("le") && count > 1 {
                count -= 1;
            }
            count.max(1)
        };
        for word in [
            "", "queueing", "rhythm", "1990s", "u.s.", "don't", "e-mail", "ye", "zyzzyva",
            "{a}`y|", "aeiouy",
        ] {
            assert_eq!(count_syllables(word), by_chars(word), "{word}");
        }
    }
}
