//! The normalised forms of a text's word-like tokens, interned once per analysis
//! so that terms and statistics look words up by number instead of hashing
//! each token's text again.
//!
//! Forms of up to 15 bytes (nearly every English word) are interned by value:
//! their bytes and length packed into a `u128`, so a lookup hashes and compares
//! two integers and never follows a pointer into the text.

use std::borrow::Cow;

use crate::hash::FxMap;
use crate::tokenize::{normalize_to, Normal, Token};

/// The form id of a token that is not word-like.
pub(crate) const NO_FORM: u32 = u32::MAX;

/// Every word-like token's normalised form.
pub(crate) struct Forms<'t> {
    /// Per token: its form id, or [`NO_FORM`] when the token is not word-like.
    pub of_token: Vec<u32>,
    /// Per form id: the normalised text.
    pub text: Vec<Cow<'t, str>>,
}

impl<'t> Forms<'t> {
    /// Interns the forms of `tokens` of `text`.
    pub fn new(text: &'t str, tokens: &[Token]) -> Forms<'t> {
        let mut interner = Interner::default();
        let mut forms = Forms {
            of_token: Vec::with_capacity(tokens.len()),
            text: Vec::new(),
        };
        let mut buf = String::new();
        for t in tokens {
            if !t.kind.is_word_like() {
                forms.of_token.push(NO_FORM);
                continue;
            }
            let surface = t.text(text);
            let bytes = surface.as_bytes();
            // Short ASCII forms (most words): the lowercase key is packed straight
            // from the text, and a string is made only for a new form.
            let id = if bytes.len() < 16 && bytes.is_ascii() {
                let mut packed = [0u8; 16];
                for (p, b) in packed.iter_mut().zip(bytes) {
                    *p = b.to_ascii_lowercase();
                }
                packed[15] = bytes.len() as u8;
                let next = forms.text.len() as u32;
                let id = *interner
                    .short
                    .entry(u128::from_le_bytes(packed))
                    .or_insert(next);
                if id == next {
                    forms
                        .text
                        .push(if bytes.iter().any(u8::is_ascii_uppercase) {
                            Cow::Owned(surface.to_ascii_lowercase())
                        } else {
                            Cow::Borrowed(surface)
                        });
                }
                id
            } else {
                match normalize_to(surface, &mut buf) {
                    Normal::Same => {
                        interner.intern(surface, &mut forms.text, || Cow::Borrowed(surface))
                    }
                    Normal::Buffer => {
                        interner.intern(&buf, &mut forms.text, || Cow::Owned(buf.clone()))
                    }
                }
            };
            forms.of_token.push(id);
        }
        forms
    }

    /// How many distinct forms there are.
    pub fn len(&self) -> usize {
        self.text.len()
    }
}

#[derive(Default)]
struct Interner<'t> {
    short: FxMap<u128, u32>,
    long: FxMap<Cow<'t, str>, u32>,
}

impl<'t> Interner<'t> {
    #[inline]
    fn intern(
        &mut self,
        form: &str,
        names: &mut Vec<Cow<'t, str>>,
        owned: impl FnOnce() -> Cow<'t, str>,
    ) -> u32 {
        let next = names.len() as u32;
        let bytes = form.as_bytes();
        let id = if bytes.len() < 16 {
            let mut packed = [0u8; 16];
            packed[..bytes.len()].copy_from_slice(bytes);
            packed[15] = bytes.len() as u8;
            *self
                .short
                .entry(u128::from_le_bytes(packed))
                .or_insert(next)
        } else if let Some(&id) = self.long.get(form) {
            id
        } else {
            let name = owned();
            self.long.insert(name.clone(), next);
            names.push(name);
            return next;
        };
        if id == next {
            names.push(owned());
        }
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    #[test]
    fn one_id_per_normalised_form_and_none_for_punctuation() {
        let text = "Sony’s SONY'S sony's, an extraordinarily-long-hyphenated-word and \
                    extraordinarily-long-hyphenated-word";
        let tokens = tokenize(text);
        let forms = Forms::new(text, &tokens);
        let ids: Vec<u32> = forms.of_token.clone();
        assert_eq!(ids.len(), tokens.len());
        assert_eq!(ids[0], ids[1]);
        assert_eq!(ids[1], ids[2]);
        assert_eq!(ids[3], NO_FORM, "the comma");
        assert_eq!(forms.text[ids[0] as usize], "sony's");
        let long: Vec<u32> = ids.iter().copied().filter(|&i| i != NO_FORM).collect();
        assert_eq!(long[4], long[6]);
        assert_eq!(
            forms.text[long[4] as usize],
            "extraordinarily-long-hyphenated-word"
        );
        assert_eq!(forms.len(), 4);
    }

    #[test]
    fn forms_differing_only_in_length_or_padding_stay_apart() {
        let text = "a a\u{0} ab abc abcdefghijklmno abcdefghijklmnop";
        let tokens = tokenize(text);
        let forms = Forms::new(text, &tokens);
        let mut seen: Vec<&str> = forms.text.iter().map(|f| f.as_ref()).collect();
        let n = seen.len();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), n, "every id has its own text");
        for (t, &id) in tokens.iter().zip(&forms.of_token) {
            if id != NO_FORM {
                assert_eq!(forms.text[id as usize], t.norm(text));
            }
        }
    }
}
