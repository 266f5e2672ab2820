//! Spans into the analysed text, and their conversion to UTF-16 code units.
//!
//! The core works in UTF-8 byte offsets, so that `&text[span.start..span.end]` is
//! the spanned text in Rust. JavaScript counts UTF-16 code units, so the wasm
//! layer converts every span of a result with a [`Utf16Map`] before handing it over.

use serde::Serialize;

/// A half-open range `start..end` of offsets into a text.
///
/// In the Rust API the offsets are UTF-8 byte offsets on character boundaries;
/// in results handed to JavaScript they are UTF-16 code units.
///
/// # Examples
/// ```
/// use lede::Span;
/// let text = "Hello, world";
/// let span = Span::new(7, 12);
/// assert_eq!(span.slice(text), "world");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First offset inside the span.
    pub start: usize,
    /// First offset after the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of offsets the span covers.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The spanned text (byte offsets only).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when `other` lies wholly inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Converts UTF-8 byte offsets of one text into UTF-16 code-unit offsets.
///
/// It stores one checkpoint per non-ASCII character, so pure ASCII text costs
/// nothing, and for text with any, where the checkpoints of each 64-byte block
/// of the text begin: a lookup goes straight to its block.
///
/// # Examples
/// ```
/// use lede::Utf16Map;
/// let text = "é😀x";
/// let map = Utf16Map::new(text);
/// assert_eq!(map.convert(0), 0);
/// assert_eq!(map.convert(2), 1); // after é (2 bytes, 1 unit)
/// assert_eq!(map.convert(6), 3); // after 😀 (4 bytes, 2 units)
/// assert_eq!(map.convert(7), 4);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Utf16Map {
    /// `(byte offset just after a non-ASCII char, bytes minus units up to there)`.
    checkpoints: Vec<(u32, u32)>,
    /// For each block of [`Utf16Map::BLOCK`] bytes, how many checkpoints come
    /// at or before its first byte (empty when there are no checkpoints).
    blocks: Vec<u32>,
}

impl Utf16Map {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Utf16Map {
        let mut checkpoints = Vec::new();
        let mut delta: u32 = 0;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // ASCII (most text) eight bytes at a time.
            if let Some(x) = crate::ascii::load(bytes, i) {
                if x & crate::ascii::HIGH == 0 {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                continue;
            }
            let (len, units) = match b {
                0xC0..=0xDF => (2, 1),
                0xE0..=0xEF => (3, 1),
                _ => (4, 2),
            };
            i += len;
            delta += (len - units) as u32;
            checkpoints.push((i as u32, delta));
        }
        let mut blocks = Vec::new();
        if !checkpoints.is_empty() {
            blocks.reserve(bytes.len() / Self::BLOCK + 1);
            let mut idx = 0;
            for block in 0..=bytes.len() / Self::BLOCK {
                let first = block * Self::BLOCK;
                while idx < checkpoints.len() && checkpoints[idx].0 as usize <= first {
                    idx += 1;
                }
                blocks.push(idx as u32);
            }
        }
        Utf16Map {
            checkpoints,
            blocks,
        }
    }

    /// Bytes per block of the block index.
    const BLOCK: usize = 64;

    /// The UTF-16 offset of the byte offset `byte` (which must be a char boundary).
    pub fn convert(&self, byte: usize) -> usize {
        let points = &self.checkpoints;
        let block = byte / Self::BLOCK;
        // Only the checkpoints of the offset's block (at most one per character
        // in it) are searched.
        let (from, to) = match self.blocks.get(block) {
            Some(&first) => (
                first as usize,
                self.blocks
                    .get(block + 1)
                    .map_or(points.len(), |&next| next as usize),
            ),
            None => (0, points.len()),
        };
        let idx = from + points[from..to].partition_point(|&(b, _)| b as usize <= byte);
        if idx == 0 {
            byte
        } else {
            byte - self.checkpoints[idx - 1].1 as usize
        }
    }

    /// A converter for offsets that arrive in ascending order: each lookup is amortised O(1).
    ///
    /// # Examples
    /// ```
    /// let map = lede::Utf16Map::new("é😀x");
    /// let mut cursor = map.cursor();
    /// assert_eq!([0, 2, 6, 7].map(|b| cursor.convert(b)), [0, 1, 3, 4]);
    /// ```
    pub fn cursor(&self) -> Utf16Cursor<'_> {
        Utf16Cursor { map: self, next: 0 }
    }

    /// Converts a span in place.
    pub fn convert_span(&self, span: &mut Span) {
        span.start = self.convert(span.start);
        span.end = self.convert(span.end);
    }
}

/// Converts ascending byte offsets to UTF-16 offsets; see [`Utf16Map::cursor`].
#[derive(Debug, Clone)]
pub struct Utf16Cursor<'m> {
    map: &'m Utf16Map,
    /// Index of the first checkpoint after the last offset converted.
    next: usize,
}

impl Utf16Cursor<'_> {
    /// The UTF-16 offset of `byte`, which must not be below the previous one converted
    /// (a smaller offset falls back to a binary search).
    pub fn convert(&mut self, byte: usize) -> usize {
        let points = &self.map.checkpoints;
        if self.next > 0 && (points[self.next - 1].0 as usize) > byte {
            return self.map.convert(byte);
        }
        while self.next < points.len() && points[self.next].0 as usize <= byte {
            self.next += 1;
        }
        if self.next == 0 {
            byte
        } else {
            byte - points[self.next - 1].1 as usize
        }
    }
}

/// Results whose spans can be rewritten from byte offsets to another unit.
pub trait MapSpans {
    /// Rewrites every span (and every bare offset) with `map`.
    fn map_spans(&mut self, map: &Utf16Map);
}

impl MapSpans for Span {
    fn map_spans(&mut self, map: &Utf16Map) {
        map.convert_span(self);
    }
}

impl<T: MapSpans> MapSpans for Vec<T> {
    fn map_spans(&mut self, map: &Utf16Map) {
        for item in self {
            item.map_spans(map);
        }
    }
}

impl<T: MapSpans> MapSpans for Option<T> {
    fn map_spans(&mut self, map: &Utf16Map) {
        if let Some(item) = self {
            item.map_spans(map);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let map = Utf16Map::new("plain text");
        for i in 0..=10 {
            assert_eq!(map.convert(i), i);
        }
    }

    #[test]
    fn mixed_scripts_match_encode_utf16() {
        let text = "Русский текст, “quotes” and 👩‍👩‍👧 emoji; 日本語.";
        let map = Utf16Map::new(text);
        for (byte, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            let expected = text[..byte].encode_utf16().count();
            assert_eq!(map.convert(byte), expected, "at byte {byte}");
        }
    }

    #[test]
    fn ascii_runs_of_any_length_between_other_characters() {
        for run in 0..40 {
            let text = format!(
                "é{}“{}😀{}",
                "a".repeat(run),
                "b".repeat(run / 3),
                "c".repeat(70 - run)
            );
            let map = Utf16Map::new(&text);
            for (byte, _) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                assert_eq!(
                    map.convert(byte),
                    text[..byte].encode_utf16().count(),
                    "{run} {byte}"
                );
            }
        }
    }

    #[test]
    fn offsets_in_any_order_convert_alike() {
        let text = "é“x”’a".repeat(40) + "😀 end";
        let map = Utf16Map::new(&text);
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        let expected = |b: usize| text[..b].encode_utf16().count();
        // Backwards, then leaping about.
        for &b in offsets.iter().rev() {
            assert_eq!(map.convert(b), expected(b));
        }
        for k in 0..offsets.len() {
            let b = offsets[k * 37 % offsets.len()];
            assert_eq!(map.convert(b), expected(b));
        }
    }
}
