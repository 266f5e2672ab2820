//! Dense ids that cannot be a sentinel.
//!
//! Per-token tables used to hold `u32::MAX` for "no id", and one reader that
//! forgot to check indexed a vocabulary with it (a panic, a trap in
//! WebAssembly). An id here is a `NonZeroU32` holding index + 1, so "no id" is
//! `Option<Id>`: the compiler makes every reader say what it does without one,
//! and the niche keeps `Option<Id>` at four bytes, as the sentinel was.

use std::num::NonZeroU32;

macro_rules! dense_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub(crate) struct $name(NonZeroU32);

        impl $name {
            /// The id of the item at `index` of its table.
            #[inline(always)]
            pub(crate) fn new(index: u32) -> $name {
                // Tables hold fewer items than the text has bytes, far below u32::MAX.
                $name(NonZeroU32::MIN.saturating_add(index))
            }

            /// The item's place in its table.
            #[inline(always)]
            pub(crate) fn index(self) -> usize {
                (self.0.get() - 1) as usize
            }

            /// Nonzero bits for hashing; `Option::None` hashes as 0.
            #[allow(dead_code)] // not every kind of id is hashed
            #[inline(always)]
            pub(crate) fn bits(id: Option<$name>) -> u32 {
                id.map_or(0, |i| i.0.get())
            }
        }
    };
}

dense_id!(
    /// A distinct normalised form of a text ([`crate::forms::Forms`]).
    FormId
);
dense_id!(
    /// A term key: the base (possessive-stripped) form, or its stem when stemming.
    KeyId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_optional_id_is_as_small_as_a_bare_one() {
        assert_eq!(std::mem::size_of::<Option<FormId>>(), 4);
        assert_eq!(std::mem::size_of::<Option<KeyId>>(), 4);
    }

    #[test]
    fn ids_give_back_their_index_and_hash_apart_from_none() {
        for i in [0u32, 1, 7, 1 << 20] {
            assert_eq!(FormId::new(i).index(), i as usize);
            assert_ne!(FormId::bits(Some(FormId::new(i))), FormId::bits(None));
        }
    }
}
