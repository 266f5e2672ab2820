//! Runs of ASCII letters and digits, found eight bytes at a time.
//!
//! The tokenizer reads every word of an article. A word is a few bytes long and
//! its length varies, so a loop over its bytes costs several instructions per
//! byte and a mispredicted exit per word. Here the bytes are classified a word (`u64`) at a time and the
//! run's end is the first byte that fails. (The UTF-16 map passes over ASCII
//! text the same way.)
//!
//! Each classifier returns a mask with the high bit of every matching byte set.
//! Bytes of 0x80 and above (UTF-8 beyond ASCII) never match.

/// Every byte's high bit.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;
/// Every byte 1.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The eight bytes of `bytes` at `i`, little-endian, if there are eight.
#[inline(always)]
pub(crate) fn load(bytes: &[u8], i: usize) -> Option<u64> {
    let b = bytes.get(i..i + 8)?;
    let mut w = [0u8; 8];
    w.copy_from_slice(b);
    Some(u64::from_le_bytes(w))
}

/// The high bit of each byte of `x` that is ASCII and at least `c` (`c` at most 0x80).
#[inline(always)]
fn at_least(x: u64, c: u8) -> u64 {
    // Each byte, its high bit forced on, stays at 0x80 or above after taking
    // `c` away: no borrow crosses into the next byte.
    ((x | HIGH) - ONES * u64::from(c)) & HIGH
}

/// The high bit of each byte of `x` that is an ASCII letter or digit.
#[inline(always)]
pub(crate) fn alnum(x: u64) -> u64 {
    let ascii = !x & HIGH;
    let low = x & !HIGH;
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    // Setting 0x20 maps `A..=Z` onto `a..=z` and nothing else into that range.
    let folded = low | 0x2020_2020_2020_2020;
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    (digit | letter) & ascii
}

/// The high bit of each byte of `x` that is `_`.
#[inline(always)]
pub(crate) fn underscore(x: u64) -> u64 {
    let y = x ^ (ONES * u64::from(b'_'));
    // Exact zero-byte test: no carry crosses bytes.
    !(((y & !HIGH) + !HIGH) | y | !HIGH)
}

/// How many bytes of `x` come before its first byte not in `class` (a mask from
/// one of the classifiers), and a mask of those bytes.
#[inline(always)]
pub(crate) fn prefix(class: u64) -> (usize, u64) {
    let stop = !class & HIGH;
    if stop == 0 {
        (8, u64::MAX)
    } else {
        let bits = stop.trailing_zeros() & !7;
        (bits as usize / 8, (1u64 << bits) - 1)
    }
}

/// The end of the run of ASCII letters, digits and `_` that starts at `i`.
#[inline(always)]
pub(crate) fn word_run(bytes: &[u8], mut i: usize) -> usize {
    while let Some(x) = load(bytes, i) {
        let (n, _) = prefix(alnum(x) | underscore(x));
        i += n;
        if n < 8 {
            return i;
        }
    }
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
        i += 1;
    }
    i
}

/// True when `word` is one of `list`, ASCII case ignored. Not inlined: LLVM unrolled
/// `list.iter().any(|s| s.eq_ignore_ascii_case(word))` over each constant list into one
/// comparison per entry (`lexicon::is_scale_word` was 1.9 KB of `.wasm`, `is_elision`
/// 1.2 KB); one loop serves both (lede 355 bytes gzipped).
#[inline(never)]
pub(crate) fn is_one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|s| s.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifiers_agree_with_the_standard_library_on_every_byte() {
        for b in 0..=255u8 {
            for at in 0..8 {
                // The byte among neighbours of every kind, so that no borrow or
                // carry from one byte reaches the next.
                for fill in [0u8, b'_', b'z', 0x7f, 0x80, 0xff, b'0' - 1, b'9' + 1] {
                    let mut w = [fill; 8];
                    w[at] = b;
                    let x = u64::from_le_bytes(w);
                    let bit = |mask: u64| mask >> (8 * at + 7) & 1 == 1;
                    assert_eq!(bit(alnum(x)), b.is_ascii_alphanumeric(), "{b:#x}");
                    assert_eq!(bit(underscore(x)), b == b'_', "{b:#x}");
                }
            }
        }
    }

    #[test]
    fn one_of_a_list_in_any_ascii_case() {
        let list = ["bn", "million"];
        for (word, found) in [
            ("million", true),
            ("MILLION", true),
            ("Bn", true),
            ("millions", false),
            ("", false),
            ("milliön", false),
        ] {
            assert_eq!(is_one_of(&list, word), found, "{word}");
        }
    }

    #[test]
    fn runs_end_where_a_byte_loop_ends() {
        let text = "Sony Pictures_Entertainment, x AbCdEfGhIjKlMnOp é9 _a 12345678901234567 Z";
        let bytes = text.as_bytes();
        for i in 0..bytes.len() {
            let mut j = i;
            while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
                j += 1;
            }
            assert_eq!(word_run(bytes, i), j, "{i}");
        }
    }
}
