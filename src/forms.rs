//! The normalised forms of a text's word-like tokens, interned once per analysis
//! so that terms and statistics look words up by number instead of hashing
//! each token's text again.
//!
//! Forms of up to 15 bytes (nearly every English word) are interned by value:
//! their bytes and length packed into a `u128`, so a lookup hashes and compares
//! two integers and never follows a pointer into the text.

use std::borrow::Cow;

use crate::hash::{IdTable, StrIds};
pub(crate) use crate::id::FormId;
use crate::tokenize::{normalize_to, Normal, Token};

/// Every word-like token's normalised form.
pub(crate) struct Forms<'t> {
    /// Per token: its form, or None when the token is not word-like.
    pub of_token: Vec<Option<FormId>>,
    /// Per form id: the normalised text.
    text: Vec<Cow<'t, str>>,
}

impl<'t> Forms<'t> {
    /// Interns the forms of `tokens` of `text`.
    #[inline(never)]
    pub fn new(text: &'t str, tokens: &[Token]) -> Forms<'t> {
        let mut interning = Interning::for_text(text);
        let mut forms = Forms {
            of_token: Vec::with_capacity(tokens.len()),
            text: Vec::new(),
        };
        for t in tokens {
            let id = t
                .kind
                .is_word_like()
                .then(|| forms.intern(&mut interning, text, t));
            forms.of_token.push(id);
        }
        forms
    }

    /// No forms yet, for [`Forms::intern`] one token at a time (`of_token` stays empty).
    pub fn empty() -> Forms<'t> {
        Forms {
            of_token: Vec::new(),
            text: Vec::new(),
        }
    }

    /// The form id of word-like token `t` of `text`, interned with `interning`.
    #[inline(always)]
    pub fn intern(&mut self, interning: &mut Interning, text: &'t str, t: &Token) -> FormId {
        // Short ASCII forms (most words): the lowercase key is packed straight
        // from the text, and the text is sliced only for a new form.
        if let Some((key, upper)) = pack_ascii(text.as_bytes(), t.span.start, t.span.len()) {
            let next = self.text.len() as u32;
            let id = interning.short.get_or_insert(key, next);
            if id == next {
                let surface = t.text(text);
                self.text.push(if upper {
                    Cow::Owned(surface.to_ascii_lowercase())
                } else {
                    Cow::Borrowed(surface)
                });
            }
            return FormId::new(id);
        }
        FormId::new(self.intern_other(interning, t.text(text)))
    }

    /// [`Forms::intern`] of a form that is not short ASCII.
    #[inline(never)]
    fn intern_other(&mut self, interning: &mut Interning, surface: &'t str) -> u32 {
        let Interning { short, long, buf } = interning;
        let mut table = Interner { short, long };
        match normalize_to(surface, buf) {
            Normal::Same => table.intern(surface, &mut self.text, || Cow::Borrowed(surface)),
            Normal::Buffer => table.intern(buf, &mut self.text, || Cow::Owned(buf.clone())),
        }
    }

    /// How many distinct forms there are.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The normalised text of `form`.
    #[inline(always)]
    pub fn text(&self, form: FormId) -> &str {
        &self.text[form.index()]
    }
}

/// The `len` bytes of `text` at `start`, lowercased and packed as a short form's
/// key (bytes in order, little-endian, the length in the last byte), and whether
/// any was uppercase; None unless they are ASCII and fewer than 16.
#[inline]
fn pack_ascii(text: &[u8], start: usize, len: usize) -> Option<(u128, bool)> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if len >= 16 {
        return None;
    }
    let (lo, hi) = match text.get(start..start + 16) {
        // Two words at once, the bytes past the form masked off.
        Some(b) => {
            let word = |at: usize| {
                let mut w = [0u8; 8];
                w.copy_from_slice(&b[at..at + 8]);
                u64::from_le_bytes(w)
            };
            let mask = |n: usize| {
                if n >= 8 {
                    u64::MAX
                } else {
                    (1u64 << (8 * n)) - 1
                }
            };
            (word(0) & mask(len), word(8) & mask(len.saturating_sub(8)))
        }
        // Near the end of the text: byte by byte.
        None => {
            let mut packed = [0u8; 16];
            packed[..len].copy_from_slice(&text[start..start + len]);
            let w = u128::from_le_bytes(packed);
            (w as u64, (w >> 64) as u64)
        }
    };
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    // ASCII 'A'..='Z' gain 0x20: bit 7 of b + 0x3f is set from 'A' up, of b + 0x25 from '[' up.
    let upper = |x: u64| (x + 0x3f3f_3f3f_3f3f_3f3f) & !(x + 0x2525_2525_2525_2525) & HIGH;
    let (ul, uh) = (upper(lo), upper(hi));
    let lo = lo | ul >> 2;
    let hi = (hi | uh >> 2) | (len as u64) << 56;
    Some((u128::from(lo) | u128::from(hi) << 64, ul | uh != 0))
}

/// The tables behind [`Forms::intern`]: ids of short forms by value, of
/// longer ones by text, and a buffer for normalising.
#[derive(Default)]
pub(crate) struct Interning {
    short: IdTable,
    long: LongForms,
    buf: String,
}

impl Interning {
    /// Tables with room for the forms `text` is likely to have, so that they
    /// seldom grow while it is read.
    pub fn for_text(text: &str) -> Interning {
        Interning {
            short: IdTable::with_capacity(expected_forms(text.len())),
            ..Interning::default()
        }
    }
}

/// About how many distinct forms `bytes` of prose hold: the vocabulary grows
/// as the square root of the text (Heaps' law; 12√bytes is 3,800 forms in
/// 100 KB of news, 12,000 in 1 MB, 38,000 in 10 MB).
pub(crate) fn expected_forms(bytes: usize) -> usize {
    (12.0 * (bytes as f64).sqrt()) as usize
}

/// Forms of 16 bytes or more (few): their text by number, and each number's form id.
#[derive(Default)]
struct LongForms {
    text: StrIds,
    form: Vec<u32>,
}

struct Interner<'a> {
    short: &'a mut IdTable,
    long: &'a mut LongForms,
}

impl Interner<'_> {
    #[inline]
    fn intern<'t>(
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
            self.short.get_or_insert(u128::from_le_bytes(packed), next)
        } else {
            let n = self.long.text.intern(form) as usize;
            if n == self.long.form.len() {
                self.long.form.push(next);
            }
            self.long.form[n]
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
        let ids = forms.of_token.clone();
        assert_eq!(ids.len(), tokens.len());
        assert_eq!(ids[0], ids[1]);
        assert_eq!(ids[1], ids[2]);
        assert_eq!(ids[3], None, "the comma");
        assert_eq!(forms.text(ids[0].unwrap()), "sony's");
        let long: Vec<FormId> = ids.iter().flatten().copied().collect();
        assert_eq!(long[4], long[6]);
        assert_eq!(forms.text(long[4]), "extraordinarily-long-hyphenated-word");
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
        for (t, id) in tokens.iter().zip(&forms.of_token) {
            if let Some(id) = *id {
                assert_eq!(forms.text(id), t.norm(text));
            }
        }
    }

    #[test]
    fn packing_matches_the_plain_lowercase_key() {
        let text = "Sony SONY's a Zz@[` AbCdEfGhIjKlMnO abcdefghijklmnop É x QuiTe";
        let plain = |w: &str| {
            let mut packed = [0u8; 16];
            packed[..w.len()].copy_from_slice(w.to_ascii_lowercase().as_bytes());
            packed[15] = w.len() as u8;
            u128::from_le_bytes(packed)
        };
        let mut start = 0;
        for w in text.split(' ') {
            let got = pack_ascii(text.as_bytes(), start, w.len());
            if w.len() < 16 && w.is_ascii() {
                let upper = w.bytes().any(|b| b.is_ascii_uppercase());
                assert_eq!(got, Some((plain(w), upper)), "{w:?}");
            } else {
                assert_eq!(got, None, "{w:?}");
            }
            start += w.len() + 1;
        }
    }
}
