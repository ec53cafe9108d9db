//! Sorting for the short lists the widget orders (at most a few dozen items).
//!
//! The standard library's sorts are built for long slices and each adds
//! about 3 KB of wasm per item type; an insertion sort is a few hundred bytes
//! and as quick at this size. Stable: equal items keep their order, which
//! keeps rules of one level in the clinician's table order.

/// Sorts so that no item is `less` than the one before it.
pub fn sort_small_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts by a key, smallest first.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_small_by(items, |a, b| key(a) < key(b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_small_by_key(&mut items, |i| i.0);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_small_by_key(&mut empty, |i| *i);
        assert!(empty.is_empty());
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        let mut seed = 7u32;
        for len in 0..40 {
            let mut items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|i| i.0);
            sort_small_by_key(&mut items, |i| i.0);
            assert_eq!(items, expected);
        }
    }
}
