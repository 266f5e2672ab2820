//! UTF-16 code-unit offsets, which JavaScript and the JSON fixtures count, and the byte
//! offsets the Rust core works in.

/// The byte offset in `text` of the UTF-16 offset `units` (the text's length past its end).
pub fn byte_offset(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (byte, c) in text.char_indices() {
        if seen >= units {
            return byte;
        }
        seen += c.len_utf16();
    }
    text.len()
}

/// The UTF-16 offset of the byte offset `byte` of `text` (a char boundary).
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}
