//! Lowercasing as `char::to_lowercase` does it, from a table of runs that
//! `build.rs` derives from `char::to_lowercase` itself: core's own case table
//! would add 8 KB to the gzipped `.wasm`.
//!
//! One difference from `str::to_lowercase`: a final capital sigma lowercases to
//! `σ`, not `ς` (word forms fold `ς` to `σ` anyway).

include!(concat!(env!("OUT_DIR"), "/lower.rs"));

/// The lowercase form of `c`: one character, or two for `İ` (`i` and U+0307).
#[inline]
pub(crate) fn lower(c: char) -> Lower {
    if c.is_ascii() {
        return Lower(Some(c.to_ascii_lowercase()), None);
    }
    if c == '\u{130}' {
        return Lower(Some('i'), Some('\u{307}'));
    }
    let cp = c as u32;
    // The last run starting at or before `cp`.
    let i = LOWER_RUNS.partition_point(|&(packed, _)| packed & 0x1F_FFFF <= cp);
    if let Some(&(packed, delta)) = i.checked_sub(1).and_then(|i| LOWER_RUNS.get(i)) {
        let start = packed & 0x1F_FFFF;
        let count = packed >> 21 & 0x7F;
        let stride = (packed >> 28) + 1;
        let offset = cp - start;
        if offset % stride == 0 && offset / stride < count {
            let mapped = char::from_u32(cp.wrapping_add_signed(delta));
            return Lower(Some(mapped.unwrap_or(c)), None);
        }
    }
    Lower(Some(c), None)
}

/// The one or two characters of [`lower`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lower(Option<char>, Option<char>);

impl Iterator for Lower {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        self.0.take().or_else(|| self.1.take())
    }
}

/// Appends the lowercase form of `c` to `out`.
#[inline]
pub(crate) fn push_lower(out: &mut String, c: char) {
    out.extend(lower(c));
}

/// The lowercase form of `s`.
pub(crate) fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_lower(&mut out, c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lowercases_as_std_does() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let ours: String = lower(c).collect();
            let std: String = c.to_lowercase().collect();
            assert_eq!(ours, std, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn strings_lowercase_as_std_does_but_for_final_sigma() {
        for s in [
            "Sony’s",
            "a\0B",
            "İSTANBUL",
            "ΑΘΗΝΑ",
            "Ǆemal",
            "ÉCOLE",
            "Straße",
            "ПУТИН",
            "",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase());
        }
        assert_eq!(lowercase("ΟΔΟΣ"), "οδοσ");
    }
}
