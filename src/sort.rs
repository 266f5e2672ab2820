//! Sorting with one copy of the sorting code.
//!
//! The standard library's sorts are generic over the element and the
//! comparison, so every call site with its own closure compiles a new
//! quicksort, about 4 to 12 KB of WebAssembly each; they made up a third of
//! Lede's `.wasm`. [`Lean`] sorts a list of positions with a comparison
//! behind `dyn`, compiled once, then moves the elements into that order.
//! The sort is stable. It costs an indirect call per comparison, which the
//! sorts of a news analysis (terms, speakers, quotes) never notice; plain
//! integer keys on hot paths keep the standard sort.

use std::cmp::Ordering;

/// Stable sorts compiled once for all element types.
pub(crate) trait Lean<T> {
    /// Like `sort_by`.
    fn lean_sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, cmp: F);
    /// Like `sort_by_key`.
    fn lean_sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut key: F) {
        self.lean_sort_by(|a, b| key(a).cmp(&key(b)));
    }
    /// Like `sort`.
    fn lean_sort(&mut self)
    where
        T: Ord,
    {
        self.lean_sort_by(T::cmp);
    }
}

impl<T> Lean<T> for [T] {
    fn lean_sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut cmp: F) {
        if self.len() < 2 {
            return;
        }
        let order = {
            let items = &*self;
            positions(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
        };
        permute(self, order);
    }
}

/// The positions `0..n` in stable order by `cmp`.
#[inline(never)]
fn positions(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Rearranges `items` so that the new `items[i]` is the old `items[order[i]]`,
/// following each cycle of the permutation with swaps.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let mut seed = 7u64;
        for len in [0, 1, 2, 3, 10, 100, 1000] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut lean = items.clone();
            lean.lean_sort_by_key(|x| x.0);
            let mut std = items.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(lean, std);
            let mut whole = items.clone();
            whole.lean_sort();
            std.sort();
            assert_eq!(whole, std);
        }
    }

    #[test]
    fn moves_owned_elements() {
        let mut words = vec![String::from("c"), "a".into(), "b".into(), "a".into()];
        words.lean_sort();
        assert_eq!(words, ["a", "a", "b", "c"]);
    }
}
