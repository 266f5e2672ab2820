//! Results as a tape: a serde serializer that writes any value as a list of
//! words, a list of numbers and a string, which `js/decode.js` turns into
//! plain JavaScript objects.
//!
//! serde-wasm-bindgen, which Lede used before, builds the same objects with a
//! call into JavaScript for every field and a string decoded for every key.
//! A tape crosses in chunks of about 16 K words, so a result of any size takes
//! a few calls and little memory, and each distinct key or enum name crosses
//! once per result. The `.wasm` is 3 KB smaller gzipped.
//!
//! # Format
//! Each value starts with a tag word:
//! - [`NULL`], [`FALSE`], [`TRUE`];
//! - [`UINT`] then the value, for unsigned integers below 2³²;
//! - [`NUM`]: the next of `nums`, for every other number;
//! - [`STR`] then its length in UTF-16 code units: the next characters of `text`;
//! - [`SYM`] then a key: a string that comes from the code, not the data (enum variants);
//! - [`ARR`], the items, [`END`];
//! - [`OBJ`], each field as a key and a value, [`END`].
//!
//! A key is a number, counted from 0 in order of first use: the first use
//! writes the number, then the key's UTF-16 length, and takes that many
//! characters of `text`; later uses write the number alone. [`KEY_STR`]
//! instead of a key number means a map key written as a value.

use serde::ser::{self, Serialize};

pub(crate) const NULL: u32 = 0;
pub(crate) const FALSE: u32 = 1;
pub(crate) const TRUE: u32 = 2;
pub(crate) const UINT: u32 = 3;
pub(crate) const NUM: u32 = 4;
pub(crate) const STR: u32 = 5;
pub(crate) const SYM: u32 = 6;
pub(crate) const ARR: u32 = 7;
pub(crate) const OBJ: u32 = 8;
pub(crate) const END: u32 = u32::MAX;
pub(crate) const KEY_STR: u32 = u32::MAX - 1;

/// Where a tape's chunks go as they fill: words, numbers and text.
pub(crate) type Sink = fn(&[u32], &[f64], &str);

/// A chunk is handed to the sink once it holds this many words or text bytes
/// (checked between tokens), so a result of any size needs little memory here.
const CHUNK: usize = 1 << 14;

/// A value written as a tape (see the module docs).
#[derive(Default)]
pub(crate) struct Tape {
    pub words: Vec<u32>,
    pub nums: Vec<f64>,
    pub text: String,
    /// Takes each full chunk, and the last one; without a sink the tape keeps everything.
    sink: Option<Sink>,
    /// Keys already written: `(address, length, id + 1)` of each `&'static str`,
    /// open addressing by address; id 0 marks an empty slot.
    keys: Vec<(usize, usize, u32)>,
    key_count: u32,
}

/// Why a value could not be written (never for Lede's own types).
#[derive(Debug)]
pub(crate) struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

impl Tape {
    /// Appends word `w` (out of line: results have many fields, each writing words).
    #[inline(never)]
    fn word(&mut self, w: u32) {
        self.words.push(w);
    }

    /// A tape that hands its chunks to `sink`.
    pub fn with_sink(sink: Sink) -> Tape {
        Tape {
            sink: Some(sink),
            ..Tape::default()
        }
    }

    /// Writes `value` in place of what the tape held, keeping its memory: the
    /// engine reuses one tape, so results of a similar size need no new memory.
    pub fn write<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.words.clear();
        self.nums.clear();
        self.text.clear();
        self.keys.clear();
        self.keys.resize(256, (0, 0, 0));
        self.key_count = 0;
        value.serialize(&mut *self)?;
        self.flush();
        Ok(())
    }

    /// Hands the tape so far to the sink, if it has one, and starts the next chunk.
    #[cold]
    #[inline(never)]
    fn flush(&mut self) {
        if let Some(sink) = self.sink {
            sink(&self.words, &self.nums, &self.text);
            self.words.clear();
            self.nums.clear();
            self.text.clear();
        }
    }

    /// Before an item of a list (a result's only part that grows with the text):
    /// flushes a full chunk.
    #[inline]
    fn next_token(&mut self) {
        if self.words.len() >= CHUNK || self.text.len() >= CHUNK {
            self.flush();
        }
    }

    #[inline(never)]
    fn string(&mut self, s: &str) {
        self.text.push_str(s);
        self.word(utf16_len(s));
    }

    /// Writes `key`, a string of the program: by number after its first use.
    #[inline(never)]
    fn key(&mut self, key: &'static str) {
        let address = key.as_ptr() as usize;
        let mask = self.keys.len() - 1;
        let mut slot = address.wrapping_mul(0x9E37_79B9) >> 7 & mask;
        loop {
            match self.keys[slot] {
                (_, _, 0) => break,
                (a, len, id) if a == address && len == key.len() => {
                    self.word(id - 1);
                    return;
                }
                _ => slot = (slot + 1) & mask,
            }
        }
        let id = self.key_count;
        self.key_count += 1;
        self.keys[slot] = (address, key.len(), id + 1);
        self.word(id);
        self.string(key);
        if self.key_count as usize * 2 > self.keys.len() {
            self.grow_keys();
        }
    }

    #[cold]
    fn grow_keys(&mut self) {
        let doubled = vec![(0, 0, 0); self.keys.len() * 2];
        let old = std::mem::replace(&mut self.keys, doubled);
        let mask = self.keys.len() - 1;
        for entry in old.into_iter().filter(|e| e.2 != 0) {
            let mut slot = entry.0.wrapping_mul(0x9E37_79B9) >> 7 & mask;
            while self.keys[slot].2 != 0 {
                slot = (slot + 1) & mask;
            }
            self.keys[slot] = entry;
        }
    }

    #[inline(never)]
    fn number(&mut self, n: f64) {
        self.word(NUM);
        self.nums.push(n);
    }

    /// Opens `{ variant: [items] }` or `{ variant: { fields } }` (`inner` is
    /// ARR or OBJ); the container's `end` closes both.
    fn open_variant(&mut self, variant: &'static str, inner: u32) {
        self.word(OBJ);
        self.key(variant);
        self.word(inner);
    }

    /// An integer: a word when it fits in one (`small`), else the number `n`.
    #[inline(never)]
    fn integer(&mut self, small: Option<u32>, n: f64) -> Result<(), Error> {
        match small {
            Some(v) => self.words.extend([UINT, v]),
            None => self.number(n),
        }
        Ok(())
    }
}

/// The length of `s` in UTF-16 code units: one per character, two for those
/// outside the Basic Multilingual Plane (whose UTF-8 starts with 0xF0 or more).
fn utf16_len(s: &str) -> u32 {
    if s.is_ascii() {
        // Most strings; the check reads a word at a time.
        return s.len() as u32;
    }
    s.bytes()
        .map(|b| u32::from(b & 0xC0 != 0x80) + u32::from(b >= 0xF0))
        .sum()
}

impl ser::Serializer for &mut Tape {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    #[inline(never)]
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.word(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.integer(u32::try_from(v).ok(), v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u32(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u32(v.into())
    }
    #[inline(never)]
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.words.extend([UINT, v]);
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.integer(u32::try_from(v).ok(), v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.number(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    #[inline(never)]
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.word(STR);
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    #[inline(never)]
    fn serialize_none(self) -> Result<(), Error> {
        self.word(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.word(SYM);
        self.key(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        // `{ variant: value }`, as serde's externally tagged enums are in JSON.
        self.word(OBJ);
        self.key(variant);
        value.serialize(&mut *self)?;
        self.word(END);
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Error> {
        self.word(ARR);
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, Error> {
        self.open_variant(variant, ARR);
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Error> {
        self.word(OBJ);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        self.word(OBJ);
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, Error> {
        self.open_variant(variant, OBJ);
        Ok(self)
    }
}

/// The serde traits for containers other than maps: lists of values
/// (sequences, tuples, tuple structs and variants) and named fields (structs
/// and struct variants). Before each value comes `$before` (for a list, the
/// check that may hand a full chunk over; for a field, its key), and after the
/// last one an END for each object or array the container opened.
macro_rules! containers {
    ($($trait:ident :: $method:ident ($($key:ident)?) $before:ident, closed by $($end:ident),+;)*) => {$(
        impl ser::$trait for &mut Tape {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(
                &mut self,
                $($key: &'static str,)?
                value: &T,
            ) -> Result<(), Error> {
                self.$before($($key)?);
                value.serialize(&mut **self)
            }
            fn end(self) -> Result<(), Error> {
                $(self.word($end);)+
                Ok(())
            }
        }
    )*};
}

containers! {
    SerializeSeq::serialize_element() next_token, closed by END;
    SerializeTuple::serialize_element() next_token, closed by END;
    SerializeTupleStruct::serialize_field() next_token, closed by END;
    // `{ variant: [items] }`: the array, then the object.
    SerializeTupleVariant::serialize_field() next_token, closed by END, END;
    SerializeStruct::serialize_field(key) key, closed by END;
    // `{ variant: { fields } }`: the inner object, then the outer.
    SerializeStructVariant::serialize_field(key) key, closed by END, END;
}

impl ser::SerializeMap for &mut Tape {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.word(KEY_STR);
        let at = self.words.len();
        key.serialize(&mut **self)?;
        match self.words.get(at) {
            Some(&STR | &SYM) => Ok(()),
            _ => Err(Error("a map key must be a string".into())),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        self.word(END);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// Reads chunks as js/decode.js does, into JSON.
    #[derive(Default)]
    struct Reader {
        keys: Vec<String>,
        open: Vec<(serde_json::Value, Option<String>)>,
        root: Option<serde_json::Value>,
    }

    impl Reader {
        fn feed(&mut self, words: &[u32], nums: &[f64], text: &str) {
            use serde_json::Value;
            let text: Vec<u16> = text.encode_utf16().collect();
            let (mut t, mut n, mut s) = (0, 0, 0);
            let take = |len: u32, s: &mut usize| {
                let out = String::from_utf16(&text[*s..*s + len as usize]).unwrap();
                *s += len as usize;
                out
            };
            while t < words.len() {
                let w = words[t];
                t += 1;
                if w == END {
                    let (done, _) = self.open.pop().unwrap();
                    self.place(done);
                    continue;
                }
                let wants_key = matches!(self.open.last(), Some((Value::Object(_), None)));
                let mut symbol = |id: u32, t: &mut usize, s: &mut usize| {
                    if id as usize == self.keys.len() {
                        let len = words[*t];
                        *t += 1;
                        self.keys.push(take(len, s));
                    }
                    self.keys[id as usize].clone()
                };
                if wants_key {
                    let key = if w == KEY_STR {
                        t += 1; // the STR tag (the tests' map keys are strings)
                        t += 1;
                        take(words[t - 1], &mut s)
                    } else {
                        symbol(w, &mut t, &mut s)
                    };
                    self.open.last_mut().unwrap().1 = Some(key);
                    continue;
                }
                let mut payload = || {
                    t += 1;
                    words[t - 1]
                };
                let v = match w {
                    NULL => Value::Null,
                    FALSE => Value::Bool(false),
                    TRUE => Value::Bool(true),
                    UINT => Value::from(payload()),
                    NUM => {
                        n += 1;
                        serde_json::Number::from_f64(nums[n - 1]).map_or(Value::Null, Value::Number)
                    }
                    STR => Value::String(take(payload(), &mut s)),
                    SYM => {
                        let id = payload();
                        Value::String(symbol(id, &mut t, &mut s))
                    }
                    ARR | OBJ => {
                        let empty = if w == ARR {
                            Value::Array(vec![])
                        } else {
                            Value::Object(Default::default())
                        };
                        self.open.push((empty, None));
                        continue;
                    }
                    other => panic!("unreadable word {other} at {}", t - 1),
                };
                self.place(v);
            }
        }

        fn place(&mut self, v: serde_json::Value) {
            match self.open.last_mut() {
                None => self.root = Some(v),
                Some((serde_json::Value::Array(items), _)) => items.push(v),
                Some((serde_json::Value::Object(fields), key)) => {
                    fields.insert(key.take().unwrap(), v);
                }
                Some(_) => unreachable!(),
            }
        }
    }

    type Chunk = (Vec<u32>, Vec<f64>, String);

    thread_local! {
        static CHUNKS: std::cell::RefCell<Vec<Chunk>> = Default::default();
    }

    fn collect(words: &[u32], nums: &[f64], text: &str) {
        CHUNKS.with(|c| {
            c.borrow_mut()
                .push((words.to_vec(), nums.to_vec(), text.to_string()))
        });
    }

    /// `value` through a tape in chunks and back, against its JSON.
    fn round_trip<T: Serialize>(value: &T) -> usize {
        let mut tape = Tape::with_sink(collect);
        tape.write(value).unwrap();
        assert!(
            tape.words.is_empty() && tape.text.is_empty(),
            "the last chunk is flushed"
        );
        let chunks = CHUNKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
        let mut reader = Reader::default();
        for (words, nums, text) in &chunks {
            assert!(
                words.len() <= CHUNK + 64 || text.len() > CHUNK,
                "chunks stay small"
            );
            reader.feed(words, nums, text);
        }
        assert!(reader.open.is_empty());
        assert_eq!(reader.root.unwrap(), serde_json::to_value(value).unwrap());
        chunks.len()
    }

    #[test]
    fn whole_analyses_read_back_as_their_json_in_chunks() {
        let sample = include_str!("../www/samples/npr-white-house-proportional.txt");
        assert_eq!(round_trip(&crate::analyze(sample)), 1);
        let long = sample.repeat(40);
        assert!(
            round_trip(&crate::analyze(&long)) > 3,
            "a long result crosses in chunks"
        );
        let other = include_str!("../www/samples/verge-obama-will-respond.txt");
        let articles = [sample, other].map(|text| crate::Article {
            id: String::new(),
            title: None,
            text,
        });
        round_trip(&crate::compare(&articles).unwrap());
        round_trip(&crate::analyze(
            "“Ж😀,” she said.\n\n\u{1F468}\u{200D}\u{1F469}",
        ));
        round_trip(&crate::analyze(""));
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    enum Kind {
        Full,
        Partial,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Row {
        word_count: u64,
        kind: Kind,
        share: f64,
        name: Option<String>,
    }

    #[test]
    fn a_struct_names_each_key_once_then_by_number() {
        let rows = [
            Row {
                word_count: 3,
                kind: Kind::Full,
                share: 0.5,
                name: Some("Earnest".into()),
            },
            Row {
                word_count: 5_000_000_000,
                kind: Kind::Partial,
                share: -1.25,
                name: None,
            },
            Row {
                word_count: 0,
                kind: Kind::Full,
                share: f64::NAN,
                name: Some("Ким".into()),
            },
        ];
        let mut tape = Tape::default();
        tape.write(&rows).unwrap();
        #[rustfmt::skip]
        let expected = vec![
            ARR,
            OBJ,
            0, 9, UINT, 3,          // wordCount (new key 0, 9 units): 3
            1, 4, SYM, 2, 4,        // kind (new key 1): the symbol full (new key 2)
            3, 5, NUM,              // share (new key 3): nums[0]
            4, 4, STR, 7,           // name (new key 4): 7 units of text
            END,
            OBJ,
            0, NUM,                 // 5e9 does not fit a word: nums[1]
            1, SYM, 5, 7,           // the symbol partial, new key 5
            3, NUM,
            4, NULL,
            END,
            OBJ,
            0, UINT, 0,
            1, SYM, 2,              // full again, by number
            3, NUM,
            4, STR, 3,
            END,
            END,
        ];
        assert_eq!(tape.words, expected);
        assert_eq!(tape.text, "wordCountkindfullsharenameEarnestpartialКим");
        assert_eq!(tape.nums[..2], [0.5, 5e9]);
        assert_eq!(tape.nums[2], -1.25);
        assert!(tape.nums[3].is_nan());
    }

    #[test]
    fn lengths_are_utf16_code_units() {
        assert_eq!(utf16_len(""), 0);
        assert_eq!(utf16_len("abc"), 3);
        assert_eq!(utf16_len("“Ж”"), 3);
        assert_eq!(utf16_len("😀"), 2);
        assert_eq!(utf16_len("👩‍👩‍👧"), 8);
        for s in ["a😀b", "日本語", "x\u{10FFFF}"] {
            assert_eq!(utf16_len(s) as usize, s.encode_utf16().count());
        }
    }

    #[test]
    fn tuples_maps_and_many_keys() {
        let mut map = std::collections::BTreeMap::new();
        map.insert("__proto__", (1u8, -2i32));
        let mut tape = Tape::default();
        tape.write(&map).unwrap();
        assert_eq!(
            tape.words,
            [OBJ, KEY_STR, STR, 9, ARR, UINT, 1, NUM, END, END]
        );
        assert_eq!(tape.nums, [-2.0]);
        let numbers = tape.write(&std::collections::BTreeMap::from([(1, 2)]));
        assert!(numbers.is_err(), "a map key must be a string");

        // More keys than the first table holds: each still gets one number.
        let keys: Vec<&'static str> = (0..1000)
            .map(|i| &*Box::leak(format!("k{i}").into_boxed_str()))
            .collect();
        tape.write(&()).unwrap();
        for k in keys.iter().chain(&keys) {
            tape.key(k);
        }
        let mut expected = vec![NULL];
        for (i, k) in keys.iter().enumerate() {
            expected.extend([i as u32, k.len() as u32]);
        }
        expected.extend(0..1000);
        assert_eq!(tape.words, expected);

        // A tape written again starts afresh: keys are numbered from 0.
        tape.write(&[Kind::Partial]).unwrap();
        assert_eq!(tape.words, [ARR, SYM, 0, 7, END]);
        assert_eq!(tape.text, "partial");
    }
}
