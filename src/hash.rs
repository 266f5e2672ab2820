//! The hash maps of the analysis: FxHash (from rustc) for speed, and sets of
//! the fixed word lists built once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FxHash (from rustc): fast, and the text is the user's own, so flooding is no concern.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    pub(crate) hash: u64,
}

impl FxHasher {
    #[inline]
    pub(crate) fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Whole words at a time; the last (or only) one may overlap the one before.
        let n = bytes.len();
        let word = |at: usize| {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[at..at + 8]);
            u64::from_le_bytes(w)
        };
        let half = |at: usize| {
            let mut w = [0u8; 4];
            w.copy_from_slice(&bytes[at..at + 4]);
            u32::from_le_bytes(w) as u64
        };
        if n >= 8 {
            let mut at = 0;
            while at + 8 < n {
                self.add(word(at));
                at += 8;
            }
            self.add(word(n - 8));
        } else if n >= 4 {
            self.add(half(0) | half(n - 4) << 32);
        } else if n > 0 {
            let (a, b, c) = (bytes[0] as u64, bytes[n / 2] as u64, bytes[n - 1] as u64);
            self.add(a | b << 8 | c << 16);
        }
        self.add(n as u64);
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_u128(&mut self, i: u128) {
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // The multiply leaves the low bits, which pick the bucket, depending on
        // the low bits of the input only; the rotation brings the high ones down.
        self.hash.rotate_left(26)
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A set of a fixed word list, for lists too long to search one by one: a map
/// from each word to its place in the list, the type of map that terms and
/// quotes use too, so the `.wasm` carries one copy of its code for all of them.
/// Its [`Shapes`] turn most other words away before they are hashed.
pub(crate) struct WordSet(FxMap<&'static str, usize>, Shapes);

impl WordSet {
    /// True when `word` is in the list.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.1.may_hold(word) && self.0.contains_key(word)
    }
}

/// The [`WordSet`] of `words`.
pub(crate) fn word_set(words: &[&'static str]) -> WordSet {
    WordSet(
        words.iter().enumerate().map(|(i, &w)| (w, i)).collect(),
        Shapes::of(words),
    )
}

/// [`word_set`] of a list written as one string of words separated by
/// whitespace. A `&[&str]` costs the `.wasm` a pointer and a length per word,
/// which compress poorly; one string does not (the quotation lexicon's lists
/// took 2.3 KB less gzipped this way).
pub(crate) fn word_set_str(words: &'static str) -> WordSet {
    let list: Vec<&'static str> = words.split_ascii_whitespace().collect();
    word_set(&list)
}

/// A fixed word list written as one string, made a [`WordSet`] at its first
/// lookup. A `matches!` of many words compiles to a comparison per word; one
/// type for every list carries one copy of the code that builds and searches
/// them (the lexicons' 46 lists: 9.2 KB less `.wasm`, 4.9 KB gzipped). The
/// set's [`Shapes`] turn most words away; shapes of its own, computed at
/// compile time, cost a list 128 bytes of data (2.3 KB gzipped for the 46).
pub(crate) struct Words {
    text: &'static str,
    /// The byte between entries; 0 for any ASCII whitespace.
    sep: u8,
    set: OnceLock<WordSet>,
}

impl Words {
    /// The words of `text`, separated by whitespace.
    pub(crate) const fn new(text: &'static str) -> Words {
        Words::separated(text, 0)
    }

    /// The entries of `text` separated by `|`, each trimmed: for entries of
    /// several words ("new york").
    pub(crate) const fn phrases(text: &'static str) -> Words {
        Words::separated(text, b'|')
    }

    const fn separated(text: &'static str, sep: u8) -> Words {
        Words {
            text,
            sep,
            set: OnceLock::new(),
        }
    }

    /// True when `word` is in the list. Not inlined: a call is smaller than the
    /// lookup at every call site.
    #[inline(never)]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set().contains(word)
    }

    fn set(&self) -> &WordSet {
        self.set.get_or_init(|| {
            let list: Vec<&'static str> = match self.sep {
                0 => self.text.split_ascii_whitespace().collect(),
                sep => self
                    .text
                    .split(sep as char)
                    .map(str::trim)
                    .filter(|w| !w.is_empty())
                    .collect(),
            };
            word_set(&list)
        })
    }
}

/// A fixed map from word to word written as one string of pairs separated by
/// whitespace ("gov governor sen senator"), built at its first lookup: a `match`
/// of many words compiles to a comparison per word.
pub(crate) struct Pairs {
    text: &'static str,
    map: OnceLock<(FxMap<&'static str, usize>, Vec<&'static str>)>,
}

impl Pairs {
    /// The pairs of `text`.
    pub(crate) const fn new(text: &'static str) -> Pairs {
        Pairs {
            text,
            map: OnceLock::new(),
        }
    }

    /// The word paired with `word`, if any (a later pair's, when two pair it).
    #[inline(never)]
    pub(crate) fn get(&self, word: &str) -> Option<&'static str> {
        let (map, values) = self.map.get_or_init(|| {
            let words: Vec<&'static str> = self.text.split_ascii_whitespace().collect();
            let mut map = FxMap::default();
            for (k, pair) in words.chunks_exact(2).enumerate() {
                map.insert(pair[0], k);
            }
            (map, words.chunks_exact(2).map(|pair| pair[1]).collect())
        });
        map.get(word).map(|&k| values[k])
    }
}

/// The shapes of a word list: for each length (31 for 31 bytes or more), a bit
/// for each first byte's low five bits that some word of that length starts
/// with. A word whose shape no listed word has is not in the list; most words
/// are told so at one look.
pub(crate) struct Shapes([u32; 32]);

impl Shapes {
    /// The shapes of `words`.
    pub(crate) const fn of(words: &[&str]) -> Shapes {
        let mut bits = [0u32; 32];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            if !w.is_empty() {
                bits[Self::len_class(w.len())] |= 1 << (w[0] & 31);
            }
            i += 1;
        }
        Shapes(bits)
    }

    const fn len_class(len: usize) -> usize {
        if len < 31 {
            len
        } else {
            31
        }
    }

    /// False when no word of the list has the shape of `word` (true for "").
    #[inline]
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&b) => self.0[Self::len_class(word.len())] >> (b & 31) & 1 != 0,
            None => true,
        }
    }
}

/// Ids of 128-bit keys (packed short forms, phrases): open addressing with
/// linear probing, at most half full. Leaner than a general hash map where it
/// counts: in WebAssembly the standard map's groups probe four slots at a time,
/// and these tables are looked up once or twice for every word of the text.
///
/// A slot holds its key and id side by side, so a lookup in a table larger than
/// the cache (tens of thousands of forms) misses it once, not twice.
#[derive(Default)]
pub(crate) struct IdTable {
    slots: Vec<Slot>,
    len: usize,
}

/// A key as two halves (8-byte aligned, so a slot takes 24 bytes, not 32) and its
/// id, or [`IdTable::EMPTY`] when the slot is empty.
#[derive(Clone, Copy)]
struct Slot {
    key: [u64; 2],
    id: u32,
}

impl Slot {
    const EMPTY: Slot = Slot {
        key: [0; 2],
        id: IdTable::EMPTY,
    };
}

impl IdTable {
    /// An empty slot's id; no key can have it.
    const EMPTY: u32 = u32::MAX;

    /// Room for `n` keys before the table grows.
    pub(crate) fn with_capacity(n: usize) -> IdTable {
        IdTable {
            slots: vec![Slot::EMPTY; (2 * n).next_power_of_two().max(1024)],
            len: 0,
        }
    }

    /// The id of `key`, inserting `next` for a new key.
    #[inline]
    pub(crate) fn get_or_insert(&mut self, key: u128, next: u32) -> u32 {
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let halves = [key as u64, (key >> 64) as u64];
        let mut i = Self::slot(key, mask);
        loop {
            let slot = &mut self.slots[i];
            if slot.id == Self::EMPTY {
                *slot = Slot {
                    key: halves,
                    id: next,
                };
                self.len += 1;
                return next;
            }
            if slot.key == halves {
                return slot.id;
            }
            i = (i + 1) & mask;
        }
    }

    #[inline]
    fn slot(key: u128, mask: usize) -> usize {
        let mut h = FxHasher::default();
        h.add(key as u64);
        h.add((key >> 64) as u64);
        (h.hash >> 32) as usize & mask
    }

    #[cold]
    fn grow(&mut self) {
        let capacity = (self.slots.len() * 2).max(1024);
        let old = std::mem::replace(&mut self.slots, vec![Slot::EMPTY; capacity]);
        let mask = capacity - 1;
        for slot in old {
            if slot.id != Self::EMPTY {
                let key = u128::from(slot.key[0]) | u128::from(slot.key[1]) << 64;
                let mut i = Self::slot(key, mask);
                while self.slots[i].id != Self::EMPTY {
                    i = (i + 1) & mask;
                }
                self.slots[i] = slot;
            }
        }
    }
}

/// Distinct strings numbered in order of arrival, kept one after another in one
/// buffer: interning costs no allocation per string (a term vocabulary has tens
/// of thousands, and allocating and freeing them showed in the profile).
#[derive(Default)]
pub(crate) struct StrIds {
    text: String,
    /// Where each string ends in `text` (it starts where the one before ends).
    ends: Vec<u32>,
    /// Open addressing: a string's id in the low half and the high half of its
    /// hash in the high half (most slots of other strings differ there, and are
    /// passed without comparing the strings), or `EMPTY`.
    slots: Vec<u64>,
}

impl StrIds {
    const EMPTY: u64 = u64::MAX;

    /// Room for `n` strings before the table grows.
    pub(crate) fn with_capacity(n: usize) -> StrIds {
        let mut ids = StrIds::default();
        if n > 0 {
            ids.slots = vec![Self::EMPTY; (2 * n).next_power_of_two().max(256)];
            ids.ends.reserve(n);
        }
        ids
    }

    /// The id of `s`, numbering it when it is new.
    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        if 2 * (self.ends.len() + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let hash = Self::hash(s);
        let tag = hash & 0xFFFF_FFFF_0000_0000;
        let mut i = (hash >> 32) as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot == Self::EMPTY {
                let id = self.ends.len() as u32;
                self.text.push_str(s);
                self.ends.push(self.text.len() as u32);
                self.slots[i] = tag | u64::from(id);
                return id;
            }
            if slot & 0xFFFF_FFFF_0000_0000 == tag && self.get(slot as u32) == s {
                return slot as u32;
            }
            i = (i + 1) & mask;
        }
    }

    /// String `id` (panics for an id not handed out, as indexing does).
    #[inline]
    pub(crate) fn get(&self, id: u32) -> &str {
        let id = id as usize;
        let start = if id == 0 {
            0
        } else {
            self.ends[id - 1] as usize
        };
        &self.text[start..self.ends[id] as usize]
    }

    /// How many strings there are.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    fn hash(s: &str) -> u64 {
        let mut h = FxHasher::default();
        h.write(s.as_bytes());
        h.finish()
    }

    #[cold]
    fn grow(&mut self) {
        let capacity = (self.slots.len() * 2).max(256);
        let old = std::mem::replace(&mut self.slots, vec![Self::EMPTY; capacity]);
        let mask = capacity - 1;
        for slot in old.into_iter().filter(|&s| s != Self::EMPTY) {
            // The slot keeps the high half of the hash, which picks the new slot too.
            let mut i = (slot >> 32) as usize & mask;
            while self.slots[i] != Self::EMPTY {
                i = (i + 1) & mask;
            }
            self.slots[i] = slot;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_hold_their_entries_and_nothing_else() {
        static WORDS: Words = Words::new(
            "
            said  told\n\twrote  a
        ",
        );
        static PHRASES: Words = Words::phrases(" new york | ohio |\n    d.c. | rhode island ");
        for w in ["said", "told", "wrote", "a"] {
            assert!(WORDS.contains(w), "{w}");
        }
        for w in ["", "sai", "saidx", " said", "an", "told wrote"] {
            assert!(!WORDS.contains(w), "{w}");
        }
        for w in ["new york", "ohio", "d.c.", "rhode island"] {
            assert!(PHRASES.contains(w), "{w}");
        }
        for w in ["new", "york", "new  york", " ohio", "rhode"] {
            assert!(!PHRASES.contains(w), "{w}");
        }
    }

    #[test]
    fn the_short_table_keeps_ids_through_growth() {
        let mut table = IdTable::default();
        let key = |n: u32| u128::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1 << 120;
        for n in 0..5000 {
            assert_eq!(table.get_or_insert(key(n), n), n);
        }
        for n in 0..5000 {
            assert_eq!(table.get_or_insert(key(n), u32::MAX - 1), n);
        }
        assert_eq!(table.len, 5000);
        assert!(table.slots.len() >= 10_000 && table.slots.len().is_power_of_two());
    }

    #[test]
    fn shapes_turn_away_only_words_not_listed() {
        let long = "a-word-of-thirty-one-bytes-or-more";
        let words = ["mr", "mrs", "senator", "ça", "", long];
        let set = word_set(&words);
        for w in words {
            assert!(set.contains(w), "{w:?}");
        }
        let shapes = Shapes::of(&words);
        for w in [
            "ms",
            "sen",
            "senators",
            "ça va",
            "a-word-of-thirty-one-bytes-or-less",
            "x",
        ] {
            assert!(!set.contains(w), "{w:?}");
        }
        // Turned away by shape: no listed word has that length and first byte.
        for w in ["sen", "x", "senators", "ça va"] {
            assert!(!shapes.may_hold(w), "{w:?}");
        }
        // Same shape as a listed word (case is not in the shape): only the map tells.
        for w in [
            "ms",
            "Mr",
            "mrx",
            "sinator",
            "a-word-of-thirty-one-bytes-or-less",
        ] {
            assert!(shapes.may_hold(w), "{w:?}");
        }
        assert!(shapes.may_hold(""));
    }

    #[test]
    fn strings_keep_their_ids_through_growth() {
        let mut ids = StrIds::default();
        let word = |n: usize| format!("wörd{n}");
        assert_eq!(ids.intern(""), 0);
        for n in 0..3000 {
            assert_eq!(ids.intern(&word(n)), n as u32 + 1);
        }
        for n in (0..3000).rev() {
            assert_eq!(ids.intern(&word(n)), n as u32 + 1);
            assert_eq!(ids.get(n as u32 + 1), word(n));
        }
        assert_eq!(ids.intern(""), 0);
        assert_eq!(ids.get(0), "");
        assert_eq!(ids.len(), 3001);
    }
}
