//! A plain scan-and-count loop: split the text into runs of alphanumeric characters,
//! lowercase them and count each in std's `HashMap<String, u32>`, as anyone would write
//! it first. The benchmark measures Lede against it on the same machine, because
//! MB/s figures on their own say as much about the machine as about the code.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher};

/// std's HashMap with std's hasher (SipHash), keyed with zeros: wasm32-unknown-unknown
/// has no randomness for `RandomState`.
type Counts = HashMap<String, u32, BuildHasherDefault<DefaultHasher>>;

/// Memory for `len` bytes of text, which JavaScript fills before calling [`count`].
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut buffer = Vec::<u8>::with_capacity(len);
    let ptr = buffer.as_mut_ptr();
    std::mem::forget(buffer);
    ptr
}

/// Counts the words of the UTF-8 text in the first `len` bytes at `ptr` (from
/// `alloc(capacity)`, freed here) and returns how many distinct words it holds.
///
/// # Safety
/// `ptr` must come from `alloc(capacity)` and its first `len` bytes be written.
#[no_mangle]
pub unsafe extern "C" fn count(ptr: *mut u8, len: usize, capacity: usize) -> u32 {
    let bytes = Vec::from_raw_parts(ptr, len, capacity);
    let text = String::from_utf8_lossy(&bytes);
    let mut counts = Counts::default();
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            match counts.get_mut(&word) {
                Some(n) => *n += 1,
                None => {
                    counts.insert(word.clone(), 1);
                }
            }
            word.clear();
        }
    }
    counts.len() as u32
}
